// commands/stdout.ts: standard output without process.stdout (see there why). A terminal is told from
// /dev/null, a file and a pipe without loading node:tty; -o yaml captures what a verb writes.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureStdout, isTerminal, stdout } from '../../commands/stdout.js';
import { KX_BIN } from '../support/binary.js';

// Which of Node's modules the real binary loaded, written at exit by a preloaded script.
const preload = join(tmpdir(), `kx-stdout-modules-${process.pid}.cjs`);
writeFileSync(
  preload,
  "process.on('exit', () => require('fs').writeSync(2, '\\nMODULES ' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(' ')))",
);
afterAll(() => rmSync(preload, { force: true }));

/** Runs `docs --list` with stdout on `out`: did it load node:tty, or Node's streams? */
function docsIn(out: number | 'pipe') {
  const r = spawnSync(process.execPath, ['-r', preload, KX_BIN, 'docs', '--list', '--lang', 'en'], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(r.status).toBe(0);
  const modules = /MODULES (.*)$/.exec(r.stderr)![1]!.split(' ');
  return { tty: modules.includes('tty'), streams: modules.includes('stream') };
}

describe('stdout', () => {
  it('/dev/null, a file or a pipe is told from a terminal without node:tty, and a docs command builds no stream', () => {
    const devNull = openSync('/dev/null', 'w');
    const file = openSync(join(tmpdir(), `kx-stdout-${process.pid}`), 'w');
    try {
      for (const out of [devNull, file, 'pipe'] as const) expect(docsIn(out)).toEqual({ tty: false, streams: false });
    } finally {
      closeSync(devNull);
      closeSync(file);
      rmSync(join(tmpdir(), `kx-stdout-${process.pid}`), { force: true });
    }
  });

  it("isTerminal agrees with node:tty on this process's descriptors", () => {
    for (const fd of [0, 1, 2] as const) expect(isTerminal(fd)).toBe(isatty(fd));
  });

  it('captures what is written until the text is taken, then writes again', () => {
    const held = captureStdout();
    stdout.write('{"a":');
    stdout.write('1}');
    expect(held.text()).toBe('{"a":1}');
    // Restored: a second text() holds nothing new.
    held.restore();
    expect(held.text()).toBe('{"a":1}');
  });
});
