// The built binary without a terminal: `kubexplain` alone prints the help, `kubexplain tui` says it
// needs a terminal (exit 2) without drawing anything.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = new URL('../../bin/kubexplain', import.meta.url).pathname;

async function kx(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('kubexplain tui without a terminal', () => {
  it('no arguments: help, exit 0, no escape sequences', async () => {
    const r = await kx();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: kubexplain');
    expect(r.stdout).not.toContain('\u001b[?1049h');
  });

  it('only common flags: help too (the TUI opens only on a terminal)', async () => {
    const r = await kx('--lang', 'en');
    expect(r.stdout + r.stderr).not.toContain('\u001b[?1049h');
  });

  it('tui: one error line, exit 2', async () => {
    const r = await kx('tui');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: the TUI needs a terminal on stdin and stdout\nhint: /);
    expect(r.stdout).toBe('');
  });
});
