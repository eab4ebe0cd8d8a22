// bin/load-bundle.cjs: the launcher keeps V8's code for dist/main.cjs in the cache directory, learns
// each verb once, and never lets the cache cost a result: a damaged or unwritable cache only costs speed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKx } from '../support/binary.js';

const dirs: string[] = [];
const cacheDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'kx-v8-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const docs = (cache: string) => runKx(['docs', 'readiness probe', '--lang', 'en'], { KUBEXPLAIN_CACHE_DIR: cache });
const files = (cache: string) => readdirSync(join(cache, 'v8')).sort();

describe('the code cache of the launcher', () => {
  it('is written by the first run, reused by the next, and learns a new verb once', async () => {
    const cache = cacheDir();
    const first = await docs(cache);
    expect(first.code).toBe(0);
    const written = files(cache);
    expect(written.filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    expect(written.some((f) => f.includes(process.version))).toBe(true);
    const bin = written.find((f) => f.endsWith('.bin'))!;
    const verbs = () => readFileSync(join(cache, 'v8', bin.replace(/\.bin$/, '.verbs')), 'utf8').split('\n');
    expect(verbs()).toEqual(['docs']);

    const again = await docs(cache);
    expect(again.stdout).toBe(first.stdout);
    expect(verbs()).toEqual(['docs']);

    // A flag's value before the verb is not a verb.
    const help = await runKx(['--lang', 'en', 'explain', '--help'], { KUBEXPLAIN_CACHE_DIR: cache });
    expect(help.code).toBe(0);
    expect(verbs()).toEqual(['docs', 'explain']);
  });

  it('a damaged cache is rejected by V8 and rewritten; the output is the same', async () => {
    const cache = cacheDir();
    const clean = await docs(cache);
    const bin = files(cache).find((f) => f.endsWith('.bin'))!;
    writeFileSync(join(cache, 'v8', bin), 'not a code cache');
    const damaged = await docs(cache);
    expect(damaged.code).toBe(0);
    expect(damaged.stdout).toBe(clean.stdout);
    expect(damaged.stderr).toBe('');
    expect(readFileSync(join(cache, 'v8', bin)).length).toBeGreaterThan(10_000);
  });

  it("keeps other installs' caches (a few), newest first, and names its own by the bundle's content", async () => {
    const cache = cacheDir();
    mkdirSync(join(cache, 'v8'));
    // Eight caches of other bundles, older than any run of this one.
    for (let i = 0; i < 8; i++) {
      const f = join(cache, 'v8', `main-0000000000000${i}0-v20.0.0-x64.bin`);
      writeFileSync(f, 'x');
      utimesSync(f, 1_000_000 + i, 1_000_000 + i);
    }
    expect((await docs(cache)).code).toBe(0);
    const bins = files(cache).filter((f) => f.endsWith('.bin'));
    expect(bins).toHaveLength(6);
    const built = /kx-build:([0-9a-f]+)/.exec(readFileSync(new URL('../../dist/main.cjs', import.meta.url), 'latin1').slice(-64))![1];
    expect(bins).toContain(`main-${built}-${process.version}-${process.arch}.bin`);
    // The newest of the others stay.
    expect(bins).toContain('main-000000000000070-v20.0.0-x64.bin');
    expect(bins).toContain('main-000000000000030-v20.0.0-x64.bin');
    expect(bins).not.toContain('main-000000000000000-v20.0.0-x64.bin');
  });

  it('the bundle answers from the handbook index built with it: no handbook parsed, no docs cache written', async () => {
    // Broken once: the build escaped the patterns the index's key is made of, and every run parsed the handbook again.
    const cache = cacheDir();
    expect((await docs(cache)).code).toBe(0);
    expect(readdirSync(cache)).toEqual(['v8']);
  });

  it('a cache directory that cannot be made costs nothing but speed', async () => {
    // A file where the directory should be: fails for root too, unlike a read-only mode.
    const file = join(cacheDir(), 'a-file');
    writeFileSync(file, '');
    const r = await docs(file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('readiness');
    expect(r.stderr).toBe('');
  });
});
