// bin/load-bundle.cjs: the launcher keeps V8's code for dist/main.cjs in the cache directory, one file
// per verb, and never lets the cache cost a result: a damaged or unwritable cache only costs speed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
/** The build id scripts/build.mjs appends to the bundle. */
const built = () => /kx-build:([0-9a-f]+)/.exec(readFileSync(new URL('../../dist/main.cjs', import.meta.url), 'latin1').slice(-64))![1];

describe('the code cache of the launcher', () => {
  it('is written by the first run of a verb, reused by the next; each verb has its own', async () => {
    const cache = cacheDir();
    const first = await docs(cache);
    expect(first.code).toBe(0);
    const install = `main-${built()}-${process.version}-${process.arch}`;
    expect(files(cache)).toEqual([`${install}-docs.bin`]);
    const written = statSync(join(cache, 'v8', `${install}-docs.bin`));

    const again = await docs(cache);
    expect(again.stdout).toBe(first.stdout);
    // Reused, not written again.
    expect(statSync(join(cache, 'v8', `${install}-docs.bin`)).mtimeMs).toBe(written.mtimeMs);

    // Each verb its own; a flag's value before the verb is not a verb.
    const other = await runKx(['--lang', 'en', 'completion', 'bash'], { KUBEXPLAIN_CACHE_DIR: cache });
    expect(other.code).toBe(0);
    expect(files(cache)).toEqual([`${install}-completion.bin`, `${install}-docs.bin`]);
  });

  it('is written only by a run that did its verb to the end: not by help, not by a run that failed', async () => {
    // Such a run compiles a fraction of the verb; its cache, accepted by every later run, left explain
    // compiling the rest on each run (~10 ms).
    const cache = cacheDir();
    const install = `main-${built()}-${process.version}-${process.arch}`;
    const help = await runKx(['--lang', 'en', 'explain', '--help'], { KUBEXPLAIN_CACHE_DIR: cache });
    expect(help.code).toBe(0);
    const failed = await runKx(['docs', '--concept', 'no-such-concept', '--lang', 'en'], { KUBEXPLAIN_CACHE_DIR: cache });
    expect(failed.code).toBe(2);
    expect(() => files(cache)).toThrow();
    const clean = await docs(cache);
    expect(clean.code).toBe(0);
    expect(files(cache)).toEqual([`${install}-docs.bin`]);
    expect(statSync(join(cache, 'v8', `${install}-docs.bin`)).size).toBeGreaterThan(100_000);
  });

  it('explain keeps one per kind as typed: each kind runs code of its own', async () => {
    const cache = cacheDir();
    const install = `main-${built()}-${process.version}-${process.arch}`;
    const file = join(cache, 'rbac.yaml');
    writeFileSync(
      file,
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: reader, namespace: shop}\nrules: [{apiGroups: [""], resources: [pods], verbs: [get]}]\n' +
        '---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: read, namespace: shop}\n' +
        'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}\nsubjects: [{kind: User, name: ann}]\n',
    );
    // The values of flags before the kind are not the kind.
    const role = await runKx(['-n', 'shop', 'explain', '-f', file, '--lang', 'en', 'role/reader'], { KUBEXPLAIN_CACHE_DIR: cache });
    expect(role.code).toBe(0);
    // TYPE/NAME without a verb is explain.
    const binding = await runKx(['-o', 'json', 'rolebinding/read', '-n', 'shop', '-f', file], { KUBEXPLAIN_CACHE_DIR: cache });
    expect(binding.code).toBe(0);
    expect(readdirSync(join(cache, 'v8')).sort()).toEqual([`${install}-explain-role.bin`, `${install}-explain-rolebinding.bin`]);
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

  it("keeps the caches of the few installs used last, and names its own by the bundle's content", async () => {
    const cache = cacheDir();
    mkdirSync(join(cache, 'v8'));
    // Six other installs, older than any run of this one: two files each (two verbs, or the earlier format).
    for (let i = 0; i < 6; i++) {
      const names =
        i % 2
          ? [`main-0000000000000${i}0-v20.0.0-x64-docs.bin`, `main-0000000000000${i}0-v20.0.0-x64-who-can.bin`]
          : [`main-0000000000000${i}0-v20.0.0-x64.bin`, `main-0000000000000${i}0-v20.0.0-x64.verbs`];
      for (const n of names) {
        writeFileSync(join(cache, 'v8', n), 'x');
        utimesSync(join(cache, 'v8', n), 1_000_000 + i, 1_000_000 + i);
      }
    }
    expect((await docs(cache)).code).toBe(0);
    const left = files(cache);
    expect(left).toContain(`main-${built()}-${process.version}-${process.arch}-docs.bin`);
    // The four newest of the others stay whole; the two oldest go whole.
    for (const i of [2, 3, 4, 5]) expect(left.filter((f) => f.startsWith(`main-0000000000000${i}0-`))).toHaveLength(2);
    for (const i of [0, 1]) expect(left.filter((f) => f.startsWith(`main-0000000000000${i}0-`))).toEqual([]);
    expect(left).toHaveLength(9);
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
