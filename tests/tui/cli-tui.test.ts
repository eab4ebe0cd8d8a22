// The built binary without a terminal: `kubexplain` alone prints the help, `kubexplain tui` says it
// needs a terminal (exit 2) without drawing anything.
import { describe, expect, it } from 'vitest';
import { runKx } from '../support/binary.js';

const kx = (...args: string[]) => runKx(args);

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
