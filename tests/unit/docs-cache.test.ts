// The cache of the user's documents (src/docs/doc-cache.ts, written and read by src/docs/load.ts):
// what it gives back ranks exactly as the documents parsed and counted at run time, and a damaged,
// stale or foreign cache is never used.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotate } from '../../src/docs/annotate.js';
import { sectionTerms } from '../../src/docs/bm25.js';
import { cacheDir, handbookDir, loadDocIndex } from '../../src/docs/load.js';
import { sectionMisconceptions } from '../../src/docs/misconceptions.js';
import { search } from '../../src/docs/rank.js';
import type { DocIndex } from '../../src/docs/types.js';
import type { Lang } from '../../src/i18n/lang.js';
import { seedsDir } from '../docs-eval/score.js';
import { asFinding, FINDINGS } from '../docs-eval/set.js';

let dir: string;
let docs: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kx-doc-cache-'));
  docs = path.join(dir, 'docs');
  // The handbook's Markdown as a user's folder (nested headings, concept markers, both languages), and
  // the seed tutorials where this checkout has them.
  cpSync(handbookDir()!, docs, { recursive: true });
  const seeds = seedsDir();
  if (seeds) cpSync(seeds, path.join(docs, 'seeds'), { recursive: true });
  env = { KUBEXPLAIN_CACHE_DIR: path.join(dir, 'cache') };
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const load = (cache = true) => loadDocIndex({ docs: [docs], handbook: false, env, cwd: dir, cache });
const cacheFile = () => {
  const d = cacheDir(env);
  return path.join(
    d,
    readdirSync(d).find((f) => f.endsWith('.docs'))!,
  );
};

const QUERIES: [string, Lang][] = [
  ['Pod が起動しない', 'ja'],
  ['readiness probe', 'en'],
  ['Service に接続できない', 'ja'],
  ['image pull backoff', 'en'],
  ['CrashLoopBackOff とは', 'ja'],
  ['taint toleration', 'en'],
  ['コンテナが再起動を繰り返す', 'ja'],
];
const findings = FINDINGS.slice(0, 60).map((x, i) => asFinding(x, `f${i}`));

/** What a run shows from an index: search results, citations, and each section's place, text and counts. */
function shown(index: DocIndex) {
  return {
    search: QUERIES.map(([q, lang]) => search(index, q, { lang })),
    annotate: (['ja', 'en'] as const).map((lang) => annotate(findings, index, lang)),
    sections: index.entries.map((e) => ({
      file: e.doc.file,
      title: e.doc.title,
      heading: e.section.heading,
      headings: e.section.headings,
      level: e.section.level,
      line: e.section.line,
      anchor: e.section.anchor,
      concepts: e.section.concepts,
      body: e.section.body,
      code: e.section.code,
      outline: e.outline,
      misconceptions: sectionMisconceptions(e.section),
      terms: ((t) => ({ head: { ...t.head }, body: { ...t.body }, code: { ...t.code } }))(sectionTerms(e)),
    })),
  };
}

// Each test indexes the handbook (and the seeds) several times: seconds on a loaded machine.
describe('the documents cache', { timeout: 60_000 }, () => {
  it('written then read, ranks and shows exactly what the documents parsed at run time give', async () => {
    const parsed = shown((await load(false)).index);
    expect(parsed.search.flat().some((r) => r.source === 'user')).toBe(true);
    // First run: parsed, cached, and ranked with the postings it counted (not collected again).
    const cold = (await load()).index;
    expect(cold.packed?.user).toMatchObject({ raw: true, n: cold.entries.length });
    expect(shown(cold)).toEqual(parsed);
    // Second run: every document from the cache, none read.
    const before = readFileSync(cacheFile());
    const warm = (await load()).index;
    expect(warm.packed?.user).toMatchObject({ raw: true, n: warm.entries.length });
    expect(shown(warm)).toEqual(parsed);
    expect(readFileSync(cacheFile()).equals(before)).toBe(true);
  });

  it('a damaged cache is rejected and written again', async () => {
    const parsed = shown((await load(false)).index);
    await load();
    const good = readFileSync(cacheFile());
    const blob = (JSON.parse(good.toString('utf8', 0, good.indexOf(10))) as { blob: number }).blob;
    const edit = (at: number, value: number) => {
      const b = Buffer.from(good);
      b.writeInt32LE(value, at);
      return b;
    };
    const damaged = [
      good.subarray(0, good.length - 8), // cut short
      Buffer.from(good.toString('latin1').replace(/"version":\d+/, '"version":1'), 'latin1'), // another version
      Buffer.from(good.toString('latin1').replace(/"vocab":"[^"]*"/, '"vocab":"x"'), 'latin1'), // another tokenizer vocabulary
      edit(good.length - blob, 3), // postings counting other sections
      edit(good.length - 16, 1 << 30), // a posting of a section that does not exist
      Buffer.concat([good, Buffer.from('\n')]), // a line more
      Buffer.from('{not json'),
    ];
    for (const bytes of damaged) {
      writeFileSync(cacheFile(), bytes);
      expect(shown((await load()).index)).toEqual(parsed);
      expect(readFileSync(cacheFile()).equals(good)).toBe(true);
    }
  });

  it('a changed file is parsed again; a touched one keeps its parse and the postings', async () => {
    await load();
    const names = readdirSync(path.join(docs, 'en')).filter((n) => n.endsWith('.md'));
    const file = path.join(docs, 'en', names[0]!);
    // Touched: read and hashed again, same content: the postings line is kept as written.
    const postings = () => {
      const b = readFileSync(cacheFile());
      return b.subarray(b.length - (JSON.parse(b.toString('utf8', 0, b.indexOf(10))) as { blob: number }).blob).toString('base64');
    };
    const before = postings();
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(shown((await load()).index)).toEqual(shown((await load(false)).index));
    expect(postings()).toBe(before);
    // Changed: the new text is what ranks, and the cache says so.
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n## Zebra crossing\n\nA zebraword to find.\n`);
    const changed = (await load()).index;
    expect(shown(changed)).toEqual(shown((await load(false)).index));
    expect(search(changed, 'zebraword', { lang: 'en' })[0]?.headings.at(-1)).toBe('Zebra crossing');
    expect(postings()).not.toBe(before);
    expect(search((await load()).index, 'zebraword', { lang: 'en' })[0]?.headings.at(-1)).toBe('Zebra crossing');
    // Removed: gone from the index and from the cache.
    rmSync(file);
    const gone = (await load()).index;
    expect(gone.documents.some((d) => d.file.endsWith(path.join('en', names[0]!)))).toBe(false);
    expect(readFileSync(cacheFile()).includes(file)).toBe(false);
    expect(existsSync(cacheFile())).toBe(true);
  });
});
