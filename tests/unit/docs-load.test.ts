// Loading documents from disk: where paths come from, bad files, and the cache of a large folder.
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildHandbookIndex, cacheDir, configPath, handbookDir, loadDocIndex } from '../../src/docs/load.js';
import { sectionMisconceptions } from '../../src/docs/misconceptions.js';
import { catalogPhrases, phrasesKey } from '../../src/docs/phrases.js';
import { search } from '../../src/docs/rank.js';
import { annotate } from '../../src/docs/annotate.js';
import { CONCEPTS } from '../../src/docs/catalog.js';
import { say } from '../../src/i18n/localize.js';
import type { Lang } from '../../src/i18n/lang.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kx-docs-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (rel: string, content: string | Buffer) => {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};
/** The load warnings as the renderers say them. */
const said = (r: Awaited<ReturnType<typeof loadDocIndex>>, lang: Lang = 'en') => r.warnings.map((w) => say(w, lang));
const titles = (r: Awaited<ReturnType<typeof loadDocIndex>>) => r.index.documents.filter((d) => d.source === 'user').map((d) => d.title);

describe('loadDocIndex', () => {
  it('walks a folder for .md, .markdown and .txt files in name order, skipping hidden folders and other files', async () => {
    write('b.md', '# B\n');
    write('a.txt', '# A\n');
    write('sub/c.markdown', '# C\n');
    write('.git/x.md', '# hidden\n');
    write('node_modules/y.md', '# dep\n');
    write('image.png', 'not markdown');
    const r = await loadDocIndex({ docs: [dir], handbook: false, env: {}, cwd: dir });
    expect(titles(r)).toEqual(['A', 'B', 'C']);
    expect(r.warnings).toEqual([]);
    expect(r.origin).toBe('flag');
    expect(r.index.documents.map((d) => d.file)).toEqual(['a.txt', 'b.md', path.join('sub', 'c.markdown')]);
  });

  it('indexes a file named explicitly whatever its extension', async () => {
    const f = write('notes.rst', '# Notes\n');
    const r = await loadDocIndex({ docs: [f], handbook: false, env: {}, cwd: dir });
    expect(titles(r)).toEqual(['Notes']);
  });

  it('skips binary, huge, invalid UTF-8 and missing files with one warning each, and never throws', async () => {
    write('good.md', '# Good\n');
    write('binary.md', Buffer.from([0x23, 0x20, 0x41, 0x00, 0x01, 0x02]));
    write('latin1.md', Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const huge = write('huge.md', '');
    truncateSync(huge, 6 * 1024 * 1024);
    symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'broken.md'));
    const r = await loadDocIndex({ docs: [dir, path.join(dir, 'missing-folder')], handbook: false, env: {}, cwd: dir });
    expect(titles(r)).toEqual(['Good']);
    expect(r.warnings).toHaveLength(5);
    const w = said(r).join('\n');
    expect(w).toMatch(/binary\.md: binary file; skipped/);
    expect(w).toMatch(/latin1\.md: not valid UTF-8; skipped/);
    expect(w).toMatch(/huge\.md: larger than 5 MB \(6\.0 MB\); skipped/);
    expect(w).toMatch(/broken\.md: not found; skipped/);
    expect(w).toMatch(/missing-folder: not found; skipped/);
    // Japanese names the same files and reasons, in a Japanese sentence.
    const ja = said(r, 'ja').join('\n');
    expect(ja).toMatch(/binary\.md: バイナリファイルであるため、読み込みませんでした/);
    expect(ja).toMatch(/latin1\.md: 正しい UTF-8 ではないため、読み込みませんでした/);
    expect(ja).toMatch(/huge\.md: 5 MB を超える \(6\.0 MB\)ため、読み込みませんでした/);
    expect(ja).toMatch(/broken\.md: 見つからないため、読み込みませんでした/);
    expect(ja).toMatch(/missing-folder: 見つからないため、読み込みませんでした/);
    expect(ja).not.toMatch(/skipped|binary file|not found/);
  });

  it('a folder given as a file, an oversized or unreadable config file: warnings in en and ja', async () => {
    const big = write('big/config.yaml', '');
    truncateSync(big, 2 * 1024 * 1024);
    const tooBig = await loadDocIndex({ handbook: false, env: { KUBEXPLAIN_CONFIG: big }, cwd: dir });
    expect(said(tooBig)).toEqual([`${big}: larger than 1 MB; skipped`]);
    expect(said(tooBig, 'ja')).toEqual([`${big}: 1 MB を超えるため、読み込みませんでした`]);
    const folder = write('conf-dir/x', '');
    const asFolder = await loadDocIndex({ handbook: false, env: { KUBEXPLAIN_CONFIG: path.dirname(folder) }, cwd: dir });
    expect(said(asFolder)).toEqual([`${path.dirname(folder)}: is a folder; skipped`]);
    expect(said(asFolder, 'ja')).toEqual([`${path.dirname(folder)}: フォルダであるため、読み込みませんでした`]);
    const list = write('list/config.yaml', 'docs: {a: 1}\n');
    const wrong = await loadDocIndex({ handbook: false, env: { KUBEXPLAIN_CONFIG: list }, cwd: dir });
    expect(said(wrong, 'ja')).toEqual([`${list}: "docs" にはパスかパスのリストを書いてください`]);
  });

  it.skipIf(process.getuid?.() === 0)('skips an unreadable file with a warning', async () => {
    const f = write('secret.md', '# S\n');
    chmodSync(f, 0);
    const r = await loadDocIndex({ docs: [dir], handbook: false, env: {}, cwd: dir });
    expect(said(r).join('\n')).toMatch(/secret\.md: cannot read \(EACCES\)/);
    expect(said(r, 'ja').join('\n')).toMatch(/secret\.md: 読み取る権限がない \(EACCES\)ため/);
  });

  it('takes paths from --docs, else KUBEXPLAIN_DOCS, else the config file (relative to it)', async () => {
    write('flag/f.md', '# From flag\n');
    write('env1/e.md', '# From env 1\n');
    write('env2/e.md', '# From env 2\n');
    write('conf/notes/c.md', '# From config\n');
    const config = write('conf/config.yaml', 'docs:\n  - notes\n');
    const env = { KUBEXPLAIN_DOCS: [path.join(dir, 'env1'), path.join(dir, 'env2')].join(path.delimiter), KUBEXPLAIN_CONFIG: config };
    const byFlag = await loadDocIndex({ docs: [path.join(dir, 'flag')], handbook: false, env, cwd: dir });
    expect([byFlag.origin, titles(byFlag)]).toEqual(['flag', ['From flag']]);
    const byEnv = await loadDocIndex({ handbook: false, env, cwd: dir });
    expect([byEnv.origin, titles(byEnv)]).toEqual(['env', ['From env 1', 'From env 2']]);
    const byConfig = await loadDocIndex({ handbook: false, env: { KUBEXPLAIN_CONFIG: config }, cwd: '/' });
    expect([byConfig.origin, titles(byConfig)]).toEqual(['config', ['From config']]);
  });

  it('finds the config file under XDG_CONFIG_HOME or HOME, and warns about a broken one', async () => {
    expect(configPath({ HOME: '/h' })).toBe('/h/.config/kubexplain/config.yaml');
    expect(configPath({ HOME: '/h', XDG_CONFIG_HOME: '/x' })).toBe('/x/kubexplain/config.yaml');
    write('.config/kubexplain/config.yaml', 'docs: [unclosed\n');
    const r = await loadDocIndex({ handbook: false, env: { HOME: dir }, cwd: dir });
    expect(r.origin).toBe('none');
    expect(r.warnings).toHaveLength(1);
    expect(said(r)[0]).toMatch(/config\.yaml: not valid YAML \(".+"\); ignored/);
    // The YAML parser's own words are quoted, never spliced into the Japanese sentence.
    expect(said(r, 'ja')[0]).toMatch(/config\.yaml: 正しい YAML ではないため無視しました \(「.+」\)/);
    const missing = await loadDocIndex({ handbook: false, env: { KUBEXPLAIN_CONFIG: path.join(dir, 'nope.yaml') }, cwd: dir });
    expect(said(missing)[0]).toMatch(/nope\.yaml: config file not found/);
    expect(said(missing, 'ja')[0]).toMatch(/nope\.yaml: 設定ファイルが見つかりません/);
    const none = await loadDocIndex({ handbook: false, env: { HOME: path.join(dir, 'empty-home') }, cwd: dir });
    expect([none.origin, none.warnings]).toEqual(['none', []]);
  });

  it('puts user documents before the handbook, which has both languages', async () => {
    write('mine.md', '# Mine\n## Readiness probe\n');
    const r = await loadDocIndex({ docs: [dir], env: {}, cwd: dir });
    expect(r.index.documents[0]!.source).toBe('user');
    const hb = r.index.documents.filter((d) => d.source === 'handbook');
    expect(new Set(hb.map((d) => d.lang))).toEqual(new Set(['ja', 'en']));
    // Absolute: a path the user can open wherever they run the command.
    expect(hb.every((d) => path.isAbsolute(d.file) && d.file.startsWith(handbookDir()!))).toBe(true);
    expect(handbookDir()).toMatch(/docs[/\\]handbook$/);
  });

  it('a file with the same content under a new mtime or name is not parsed again (content hash)', async () => {
    const a = write('docs/a.md', '# Alpha\n## Section\nText.\n');
    const env = { KUBEXPLAIN_CACHE_DIR: path.join(dir, 'cache') };
    const opts = { docs: [path.join(dir, 'docs')], handbook: false as const, env, cwd: dir };
    await loadDocIndex(opts);
    const cdir = cacheDir(env);
    const p = path.join(cdir, readdirSync(cdir)[0]!);
    writeFileSync(p, readFileSync(p, 'utf8').replace('"title":"Alpha"', '"title":"From cache"'));
    // Touched (new mtime): read and hashed, and the cached parse is used.
    utimesSync(a, new Date(), new Date(Date.now() + 5000));
    const again = await loadDocIndex(opts);
    expect(titles(again)).toEqual(['From cache']);
    // Token counts are cached as postings: BM25 does not tokenize again.
    expect(again.index.packed?.user?.terms).toEqual(expect.arrayContaining(['alpha', 'section', 'text']));
  });

  it('the handbook loads from the index built with the package while it is current', async () => {
    const root = handbookDir()!;
    const built = await buildHandbookIndex(root);
    expect(built.docs.length).toBeGreaterThan(20);
    expect(
      built.docs.every((d) => !path.isAbsolute(d.file) && d.sections.every((s) => Array.isArray(s.headCounts) && s.misconceptions)),
    ).toBe(true);
    // The catalog's phrases and the katakana vocabulary come with it; a catalog changed since is noticed.
    expect(built.vocab).toContain('コンテナ');
    const texts = catalogPhrases();
    expect(built.phrases.map((p) => p[0])).toEqual(texts);
    expect(built.key).toContain(`;${phrasesKey(texts)};`);
    // Another text, one fewer, or another order: another key, so that index is not used.
    for (const other of [texts.map((t, i) => (i === 3 ? `${t}x` : t)), texts.slice(1), [texts[1]!, texts[0]!, ...texts.slice(2)]])
      expect(phrasesKey(other)).not.toBe(phrasesKey(texts));
  });

  it('the built index ranks exactly as the handbook parsed and counted at run time', async () => {
    const fromBuilt = (await loadDocIndex({ env: { KUBEXPLAIN_CACHE_DIR: path.join(dir, 'cache') } })).index;
    const parsed = (await loadDocIndex({ env: {}, cache: false })).index;
    // The built path carries the packed statistics; the parsed one counts everything itself.
    expect(fromBuilt.packed?.handbook?.n).toBe(fromBuilt.entries.length);
    expect(parsed.packed).toBeUndefined();
    for (const [q, lang] of [
      ['Pod が起動しない', 'ja'],
      ['readiness probe', 'en'],
      ['Service に接続できない', 'ja'],
      ['image pull backoff', 'en'],
    ] as const)
      expect(search(fromBuilt, q, { lang })).toEqual(search(parsed, q, { lang }));
    // The counts, read through the getters (the built sections make them when first asked for).
    const counts = (e: (typeof parsed.entries)[number]) => ({
      head: e.section.terms!.head,
      body: e.section.terms!.body,
      code: e.section.terms!.code,
    });
    expect(
      fromBuilt.entries.map((e) => [e.section.anchor, sectionMisconceptions(e.section), counts(e), e.section.body, e.section.code]),
    ).toEqual(parsed.entries.map((e) => [e.section.anchor, sectionMisconceptions(e.section), counts(e), e.section.body, e.section.code]));
  });

  it('without user documents, the index for annotating cites what the whole index cites: every concept, language and severity', async () => {
    const slim = (await loadDocIndex({ env: {}, annotateOnly: true })).index;
    // The annotations built with the package, not the handbook's sections.
    expect(slim.entries).toEqual([]);
    expect(slim.handbookRefs).toBeDefined();
    const full = (await loadDocIndex({ env: {}, cache: false })).index;
    const findings = CONCEPTS.flatMap((c) =>
      (['error', 'ok'] as const).map((severity) => ({
        id: c.key,
        concept: c.key,
        severity,
        title: '',
        detail: '',
        terms: ['web', 'CrashLoopBackOff'],
        docs: [],
      })),
    );
    for (const lang of ['ja', 'en'] as const) {
      const cited = annotate(findings, slim, lang);
      expect(cited).toEqual(annotate(findings, full, lang));
      // Real sections, in the user's language, with files one can open.
      expect(cited.filter((f) => f.docs.length > 0).length).toBeGreaterThan(CONCEPTS.length);
      expect(cited.flatMap((f) => f.docs).every((d) => path.isAbsolute(d.file) && d.file.includes(`${path.sep}${lang}${path.sep}`))).toBe(
        true,
      );
    }
    expect(annotate([{ ...findings[0]!, concept: 'no.such-concept' }], slim, 'en')[0]!.docs).toEqual([]);
  });

  it('the built annotations are not used once the handbook is edited since the build, nor for another concept catalog', async () => {
    const real = handbookDir()!;
    const root = path.join(dir, 'docs', 'handbook');
    cpSync(real, root, { recursive: true });
    const built = path.join(dir, 'dist', 'handbook-index.jsonl');
    cpSync(path.join(real, '..', '..', 'dist', 'handbook-index.jsonl'), built, { preserveTimestamps: true });
    utimesSync(built, new Date(), new Date(Date.now() + 60_000));
    const slim = async () => (await loadDocIndex({ env: {}, handbook: root, annotateOnly: true })).index;
    expect((await slim()).handbookRefs).toBeDefined();
    // Another concept list: the whole index instead.
    writeFileSync(built, readFileSync(built, 'utf8').replace('"concepts":"', '"concepts":"x.'));
    expect((await slim()).handbookRefs).toBeUndefined();
    cpSync(path.join(real, '..', '..', 'dist', 'handbook-index.jsonl'), built);
    utimesSync(built, new Date(), new Date(Date.now() + 60_000));
    expect((await slim()).handbookRefs).toBeDefined();
    // A handbook file edited after the build: parsed instead, and cited from what it says now.
    const file = path.join(
      root,
      'en',
      readdirSync(path.join(root, 'en')).find((n) => n.endsWith('.md'))!,
    );
    utimesSync(file, new Date(), new Date(Date.now() + 120_000));
    const parsed = await slim();
    expect(parsed.handbookRefs).toBeUndefined();
    expect(parsed.entries.length).toBeGreaterThan(100);
  });

  it('caches a folder index keyed by path, mtime and size, and refreshes it when a file changes', async () => {
    const a = write('docs/a.md', '# Alpha\n');
    write('docs/b.md', '# Beta\n');
    const env = { KUBEXPLAIN_CACHE_DIR: path.join(dir, 'cache') };
    const opts = { docs: [path.join(dir, 'docs')], handbook: false as const, env, cwd: dir, cache: true as const };
    expect(titles(await loadDocIndex(opts))).toEqual(['Alpha', 'Beta']);
    const cdir = cacheDir(env);
    expect(cdir).toBe(path.join(dir, 'cache', 'docs-index'));
    const [cacheFile] = readdirSync(cdir);
    // Prove the cache is read: edit the cached title of an unchanged file.
    const p = path.join(cdir, cacheFile!);
    writeFileSync(p, readFileSync(p, 'utf8').replace('"title":"Alpha"', '"title":"From cache"'));
    expect(titles(await loadDocIndex(opts))).toEqual(['From cache', 'Beta']);
    // A changed file (new size and mtime) is parsed again.
    writeFileSync(a, '# Alpha two\n');
    utimesSync(a, new Date(), new Date(Date.now() + 5000));
    expect(titles(await loadDocIndex(opts))).toEqual(['Alpha two', 'Beta']);
    // A deleted file drops out of the index and the cache.
    rmSync(a);
    expect(titles(await loadDocIndex(opts))).toEqual(['Beta']);
    expect(readFileSync(p, 'utf8')).not.toContain('a.md');
  });

  it('caches small folders too (not with cache: false), and survives a broken or unwritable cache', async () => {
    write('docs/a.md', '# Alpha\n');
    const env = { KUBEXPLAIN_CACHE_DIR: path.join(dir, 'cache') };
    await loadDocIndex({ docs: [path.join(dir, 'docs')], handbook: false, env, cwd: dir, cache: false });
    expect(() => readdirSync(path.join(dir, 'cache'))).toThrow();
    await loadDocIndex({ docs: [path.join(dir, 'docs')], handbook: false, env, cwd: dir });
    const [f] = readdirSync(path.join(dir, 'cache', 'docs-index'));
    writeFileSync(path.join(dir, 'cache', 'docs-index', f!), '{not json');
    const r = await loadDocIndex({ docs: [path.join(dir, 'docs')], handbook: false, env, cwd: dir, cache: true });
    expect(titles(r)).toEqual(['Alpha']);
    const blocked = write('blocked', 'a file where the cache folder should be');
    const r2 = await loadDocIndex({
      docs: [path.join(dir, 'docs')],
      handbook: false,
      env: { KUBEXPLAIN_CACHE_DIR: blocked },
      cwd: dir,
      cache: true,
    });
    expect([titles(r2), r2.warnings]).toEqual([['Alpha'], []]);
  });
});
