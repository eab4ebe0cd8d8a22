// The built binary's contract: --version, --help listing every verb, exit codes for usage errors
// and for verbs not built yet, no stack traces. Runs dist/ (npm test builds it first).
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/i18n/lang.js';
import { KX_BIN, runKx } from '../support/binary.js';

const kx = (...args: string[]) => runKx(args);

describe('kubexplain CLI', () => {
  it('prints the package version', async () => {
    const r = await kx('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists every verb of the design in --help', async () => {
    const r = await kx('--help');
    expect(r.code).toBe(0);
    for (const verb of ['explain', 'trace', 'dns', 'who-can', 'can', 'access', 'docs', 'tui']) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${verb}\\b`, 'm'));
    }
  });

  it('stops quietly when the reader closes the pipe early (| head): exit 0, no stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [KX_BIN, 'docs', '--list', '--lang', 'en'], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((res) => child.on('close', res));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });

  it('--help teaches: examples and exit codes at the top, examples for each verb', async () => {
    const top = await kx('--help');
    expect(top.stdout).toMatch(/Exit codes: 0 ok .* 1 can: denied .* 2 usage/);
    for (const verb of ['explain', 'trace', 'dns', 'who-can', 'can', 'access', 'docs']) {
      const r = await kx(verb, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Examples:\\n  kubexplain ${verb} `));
    }
    // Eight processes in a row: the default 5 s is too short on a loaded machine.
  }, 30_000);

  it('prints help instead of drawing when stdout is not a terminal', async () => {
    const r = await kx();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: kubexplain');
  });

  it('rejects an unknown verb with exit 2 and one error line', async () => {
    const r = await kx('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown -o value with exit 2', async () => {
    const r = await kx('explain', 'pod/x', '-o', 'xml');
    expect(r.code).toBe(2);
  });

  it('treats kind/name as explain: an unknown kind or a missing name is a usage error (exit 2)', async () => {
    for (const args of [['pdo/web'], ['explain', 'pod']]) {
      const r = await kx(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: (unknown kind "pdo"|missing name in "pod")\nhint: /);
    }
    expect((await kx('pdo/web')).stderr).toContain('did you mean pod');
  });

  it('trace and dns (the last verbs built): a malformed target is one line, exit 2, no stack', async () => {
    for (const args of [
      ['trace', 'pod/web'],
      ['dns', 'deploy/web'],
    ]) {
      const r = await kx(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: cannot (trace "pod\/web"|list DNS names for "deploy\/web")/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('detectLang', () => {
  it('prefers --lang, then LC_ALL over LANG', () => {
    expect(detectLang('en', { LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(detectLang(undefined, { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(detectLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
  });
});

describe('firstPositional (the kind/name shortcut)', () => {
  it('skips option values, so a path given to --kubeconfig is not taken for a target', async () => {
    const { firstPositional } = await import('../../commands/main.js');
    expect(firstPositional(['--kubeconfig', '/tmp/k', 'explain', 'pod/x'])).toBe('explain');
    expect(firstPositional(['-n', 'shop', 'pod/x'])).toBe('pod/x');
    expect(firstPositional(['--kubeconfig=/tmp/k', 'pod/x'])).toBe('pod/x');
    expect(firstPositional(['--debug', '-o', 'json'])).toBeUndefined();
  });
});
