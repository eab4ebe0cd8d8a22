// The one module of src/docs that touches the file system: finds the user's documents (--docs,
// KUBEXPLAIN_DOCS or the config file) and the built-in handbook, reads them defensively, keeps a
// cache of parsed documents (with their token counts) keyed by content hash and validated by size
// and mtime, loads the handbook's index built with the package, and builds the index.
// A file that cannot be used (unreadable, binary, over 5 MB, not UTF-8) is skipped with one warning.
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fsp, nodeRequire } from '../text/lazy-builtins.js';
import type { Lang } from '../i18n/lang.js';
import type { docsLoadEn } from '../i18n/messages/docs-load.js';
import { builders, quoted, type Message } from '../model/message.js';
import { BM25_KEY, packStats } from './bm25.js';
import { readDocCache, sameDocuments, writeDocCache, type CacheEntry, type DocCache } from './doc-cache.js';
import { buildIndex, textLength } from './build.js';
import { handbookAnnotations } from './annotate.js';
import { CONCEPTS } from './catalog.js';
import type { DocRef } from '../model/docs.js';
import { kindOf } from './intent.js';
import { misconceptionsKey, sectionMisconceptions } from './misconceptions.js';
import type { parseMarkdown as ParseMarkdown } from './parse.js';
import { catalogPhrases, packPhrases, PHRASES_VERSION, phrasesKey, primePhrases, type PackedPhrase } from './phrases.js';
import { flat, lazyTerms, type Flat } from './section-terms.js';
import { katakanaVocabularyKey, primeVocabulary, termCounts, TOKENIZER_VERSION, vocabularyWords } from './tokens.js';
import type { DocIndex, PackedPostings, PackedStats, ParsedDocument, RawPostings, Section, SectionFacts } from './types.js';

// Set by scripts/build.mjs to builtKey() of the code it bundles; undefined from source.
declare const KX_BUILT_KEY: string | undefined;


const d = builders<typeof docsLoadEn>('docload');

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_FILES = 5000;
const MAX_DEPTH = 16;
const DOC_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx', '.txt']);

export interface LoadOptions {
  /** Paths from --docs (files or folders), in order. */
  docs?: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Include the built-in handbook (default true), or the folder holding its ja/ and en/. */
  handbook?: boolean | string;
  /** Cache parsed documents on disk (default true). */
  cache?: boolean | 'auto';
  /**
   * The index only annotates findings (explain, trace, check): without user documents, it holds the
   * handbook's sections per concept as built with the package, not the handbook itself.
   */
  annotateOnly?: boolean;
}

export type DocsOrigin = 'flag' | 'env' | 'config' | 'none';

export interface LoadResult {
  index: DocIndex;
  /** One per skipped file or unusable setting (catalog `docload`): the path and the reason. */
  warnings: Message[];
  /** Where the user's document paths came from, and the paths themselves. */
  origin: DocsOrigin;
  paths: string[];
}

/**
 * Loads the user's documents and the handbook into one index. Never throws for bad files or
 * paths: they become warnings. User paths come from the first of: --docs, KUBEXPLAIN_DOCS (split
 * on the platform's path delimiter), `docs:` in the config file.
 */
export async function loadDocIndex(opts: LoadOptions = {}): Promise<LoadResult> {
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const warnings: Message[] = [];
  const { origin, paths } = userDocPaths(opts.docs ?? [], env, cwd, warnings);

  const files: FileRef[] = [];
  const seen = new Set<string>();
  for (const p of paths) await collect(p, cwd, files, seen, warnings);
  if (files.length > MAX_FILES) {
    warnings.push(d['too-many']({ paths: paths.join(', '), max: MAX_FILES }));
    files.length = MAX_FILES;
  }

  const handbook = opts.handbook ?? true;
  const root = handbook === false ? null : typeof handbook === 'string' ? handbook : handbookDir();
  if (opts.annotateOnly && files.length === 0 && root && opts.cache !== false) {
    const handbookRefs = builtAnnotations(root);
    if (handbookRefs) return { index: { documents: [], entries: [], handbookRefs }, warnings, origin, paths };
  }
  // The built index first: it primes the vocabulary that the user's cache is keyed by, and the catalog's phrases.
  const built = root && opts.cache !== false ? builtHandbook(root) : null;

  const cache = opts.cache !== false && files.length > 0 ? await openCache(paths, env) : null;
  const documents: ParsedDocument[] = [];
  for (const f of files) {
    const display = displayPath(f.abs, cwd);
    // Unchanged size and mtime: the cached parse, without reading the file.
    const hit = cache?.get(f);
    if (hit) {
      documents.push({ ...hit, file: display });
      continue;
    }
    const text = await readText(f.abs, display, f.size, warnings);
    if (text === null) continue;
    // Same content under a new mtime or path: still parsed once.
    const hash = contentHash(text);
    const known = cache?.byHash(f, hash);
    if (known) {
      documents.push({ ...known, file: display });
      continue;
    }
    // Token counts are made when first asked for: the cache counts the texts into its postings without them.
    const doc = await parse(text, { file: display, source: 'user', fallbackTitle: path.basename(f.abs) });
    documents.push(doc);
    cache?.put(f, hash, doc);
  }
  // The user's documents' postings, as cached or as just counted: ranking need not count them again.
  const user = cache ? await cache.save() : undefined;

  let packed: DocIndex['packed'] = user && { user };
  if (handbook !== false) {
    if (!root) warnings.push(d['handbook.missing']());
    else {
      // Parsed when ranking first asks for them (annotating never does).
      if (built) packed = { ...packed, get handbook() { return built.stats(); } };
      documents.push(...(built?.docs ?? (await loadHandbook(root, warnings, opts.cache === false ? null : await openCache([`handbook:${root}`], env)))));
    }
  }
  return { index: buildIndex(documents, packed), warnings, origin, paths };
}

// markdown-it and its helpers load only when a document must be parsed: with the cache warm,
// `explain` never needs them.
let parser: Promise<typeof ParseMarkdown> | undefined;
const parse = async (...args: Parameters<typeof ParseMarkdown>) => (await (parser ??= import('./parse.js').then((m) => m.parseMarkdown)))(...args);

// ── Where the user's documents are ──────────────────────────────────────────────────────────

function expandHome(p: string, env: NodeJS.ProcessEnv): string {
  if (p === '~' || p.startsWith('~/')) return path.join(env.HOME || homedir(), p.slice(1));
  return p;
}

/** The config file: $KUBEXPLAIN_CONFIG, else $XDG_CONFIG_HOME/kubexplain/config.yaml, else ~/.config/kubexplain/config.yaml. */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KUBEXPLAIN_CONFIG) return expandHome(env.KUBEXPLAIN_CONFIG, env);
  const base = env.XDG_CONFIG_HOME || path.join(env.HOME || homedir(), '.config');
  return path.join(base, 'kubexplain', 'config.yaml');
}

function userDocPaths(
  flag: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  warnings: Message[],
): { origin: DocsOrigin; paths: string[] } {
  const clean = (list: string[], base: string) =>
    list.map((p) => p.trim()).filter(Boolean).map((p) => path.resolve(base, expandHome(p, env)));
  if (flag.length > 0) return { origin: 'flag', paths: clean(flag, cwd) };
  const fromEnv = (env.KUBEXPLAIN_DOCS ?? '').split(path.delimiter);
  if (fromEnv.some((p) => p.trim())) return { origin: 'env', paths: clean(fromEnv, cwd) };
  const file = configPath(env);
  if (!existsSync(file)) {
    if (env.KUBEXPLAIN_CONFIG) warnings.push(d['config.missing']({ file }));
    return { origin: 'none', paths: [] };
  }
  const text = readConfig(file, warnings);
  if (text === null) return { origin: 'none', paths: [] };
  try {
    // The YAML parser loads only when there is a config file to read.
    const { parse: parseYaml } = nodeRequire(import.meta.url)('yaml') as typeof import('yaml');
    const data: unknown = parseYaml(text);
    const docs = data && typeof data === 'object' ? (data as { docs?: unknown }).docs : undefined;
    if (docs === undefined || docs === null) return { origin: 'none', paths: [] };
    const list = typeof docs === 'string' ? [docs] : Array.isArray(docs) ? docs.filter((d) => typeof d === 'string') : null;
    if (!list) {
      warnings.push(d['config.docs']({ file }));
      return { origin: 'none', paths: [] };
    }
    return { origin: 'config', paths: clean(list as string[], path.dirname(file)) };
  } catch (err) {
    warnings.push(d['config.yaml']({ file, error: quoted(firstLine(err)) }));
    return { origin: 'none', paths: [] };
  }
}

/** The config file is small and local: a synchronous read keeps userDocPaths simple. null with a warning when unusable. */
function readConfig(file: string, warnings: Message[]): string | null {
  try {
    if (statSync(file).size > 1024 * 1024) warnings.push(skipped(file, d['reason.too-large']({ limit: 1 })));
    else return readFileSync(file, 'utf8');
  } catch (err) {
    warnings.push(skipped(file, unreadable(err)));
  }
  return null;
}

function firstLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.split('\n')[0] ?? m;
}

// ── Finding and reading files ───────────────────────────────────────────────────────────────

interface FileRef {
  abs: string;
  size: number;
  mtimeMs: number;
}

async function collect(p: string, cwd: string, out: FileRef[], seen: Set<string>, warnings: Message[], depth = 0): Promise<void> {
  let st;
  try {
    st = await fsp().stat(p);
  } catch (err) {
    warnings.push(skipped(displayPath(p, cwd), errnoReason(err, d['reason.not-found']())));
    return;
  }
  let real: string;
  try {
    real = await fsp().realpath(p);
  } catch {
    real = p;
  }
  if (seen.has(real)) return;
  seen.add(real);
  if (st.isFile()) {
    // A file named explicitly is indexed whatever its extension; in folders only Markdown and text.
    if (depth > 0 && !DOC_EXTENSIONS.has(path.extname(p).toLowerCase())) return;
    out.push({ abs: p, size: st.size, mtimeMs: st.mtimeMs });
    return;
  }
  if (!st.isDirectory()) {
    if (depth === 0) warnings.push(skipped(displayPath(p, cwd), d['reason.not-file-or-folder']()));
    return;
  }
  if (depth >= MAX_DEPTH || out.length > MAX_FILES) return;
  let names: string[];
  try {
    names = (await fsp().readdir(p)).sort();
  } catch (err) {
    warnings.push(skipped(displayPath(p, cwd), errnoReason(err, d['reason.unlistable']({ code: errnoCode(err) }))));
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    await collect(path.join(p, name), cwd, out, seen, warnings, depth + 1);
  }
}

const errnoCode = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code;

/** Why a path could not be used, from its errno code; `fallback` for any other error. */
function errnoReason(err: unknown, fallback: Message): Message {
  const code = errnoCode(err);
  if (code === 'ENOENT') return d['reason.not-found']();
  if (code === 'EACCES' || code === 'EPERM') return d['reason.no-access']({ code });
  if (code === 'EISDIR') return d['reason.is-folder']();
  return fallback;
}

const skipped = (file: string, reason: Message) => d.skipped({ file, reason });
const unreadable = (err: unknown) => errnoReason(err, d['reason.unreadable']({ code: errnoCode(err) }));

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or null with one warning: too big, unreadable, binary, or not UTF-8. */
async function readText(abs: string, display: string, size: number, warnings: Message[]): Promise<string | null> {
  if (size > MAX_FILE_BYTES) {
    warnings.push(skipped(display, d['reason.too-large']({ limit: 5, size: (size / 1024 / 1024).toFixed(1) })));
    return null;
  }
  let buf: Buffer;
  try {
    buf = await fsp().readFile(abs);
  } catch (err) {
    warnings.push(skipped(display, unreadable(err)));
    return null;
  }
  if (buf.length > MAX_FILE_BYTES) {
    warnings.push(skipped(display, d['reason.too-large']({ limit: 5 })));
    return null;
  }
  if (buf.subarray(0, 8192).includes(0)) {
    warnings.push(skipped(display, d['reason.binary']()));
    return null;
  }
  try {
    return decoder.decode(buf);
  } catch {
    warnings.push(skipped(display, d['reason.not-utf8']()));
    return null;
  }
}

/** Relative to the working directory when that is shorter, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && rel.length < abs.length ? rel : abs;
}

// ── The handbook ────────────────────────────────────────────────────────────────────────────

/** docs/handbook of this installation: found by walking up from this module (src/ or dist/src/). */
export function handbookDir(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'docs', 'handbook');
    if (existsSync(path.join(candidate, 'en')) && existsSync(path.join(candidate, 'ja'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** The handbook's parsed sections are cached like a large folder's (keyed by path, size, mtime). */
async function loadHandbook(root: string, warnings: Message[], cache: Awaited<ReturnType<typeof openCache>> | null): Promise<ParsedDocument[]> {
  const docs: ParsedDocument[] = [];
  for (const lang of ['ja', 'en'] as Lang[]) {
    const dir = path.join(root, lang);
    let names: string[];
    try {
      names = (await fsp().readdir(dir)).filter((n) => n.endsWith('.md')).sort();
    } catch {
      warnings.push(d['handbook.unreadable']({ dir }));
      continue;
    }
    for (const name of names) {
      const abs = path.join(dir, name);
      // Absolute: a path the user can open from anywhere, not one relative to the package folder.
      const display = abs;
      let text: string;
      let ref: FileRef | undefined;
      try {
        if (cache) {
          const st = await fsp().stat(abs);
          ref = { abs, size: st.size, mtimeMs: st.mtimeMs };
          const hit = cache.get(ref);
          if (hit) {
            docs.push({ ...hit, file: display });
            continue;
          }
        }
        text = await fsp().readFile(abs, 'utf8');
      } catch (err) {
        warnings.push(skipped(display, unreadable(err)));
        continue;
      }
      const doc = withTerms(await parse(text, { file: display, source: 'handbook', lang, fallbackTitle: name }));
      docs.push(doc);
      if (ref) cache?.put(ref, contentHash(text), doc);
    }
  }
  if (cache) await cache.save();
  return docs;
}

// ── Cache of parsed documents ───────────────────────────────────────────────────────────────

/** Token counts for every section, computed once per parse so the cache and the index keep them. */
export function withTerms(doc: ParsedDocument): ParsedDocument {
  for (const s of doc.sections) s.terms ??= { head: termCounts(s.heading), body: termCounts(s.body), code: s.code ? termCounts(s.code) : {} };
  return doc;
}

// node:crypto loads only when a user's document or cache needs hashing: a run with the handbook alone never does.
const sha256 = (text: string) => process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
const contentHash = (text: string) => sha256(text).slice(0, 32);

/** $KUBEXPLAIN_CACHE_DIR, else $XDG_CACHE_HOME/kubexplain, else ~/.cache/kubexplain; the index lives in docs-index/. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.KUBEXPLAIN_CACHE_DIR
    ? expandHome(env.KUBEXPLAIN_CACHE_DIR, env)
    : path.join(env.XDG_CACHE_HOME || path.join(env.HOME || homedir(), '.cache'), 'kubexplain');
  return path.join(base, 'docs-index');
}

async function openCache(roots: string[], env: NodeJS.ProcessEnv) {
  const key = sha256(roots.join('\0')).slice(0, 24);
  const file = path.join(cacheDir(env), `${key}.docs`);
  const vocab = katakanaVocabularyKey();
  let old: DocCache | null = null;
  try {
    old = readDocCache(await fsp().readFile(file), vocab);
  } catch {
    // No cache yet, or a broken one: start over.
  }
  const first = new Map<string, number>();
  old?.hashes.forEach((h, i) => first.has(h) || first.set(h, i));
  const files: Record<string, [number, number, string]> = {};
  const entries: CacheEntry[] = [];
  const keep = (f: FileRef, hash: string, doc: ParsedDocument, from?: number) => {
    files[f.abs] = [f.size, f.mtimeMs, hash];
    entries.push({ hash, doc, text: from === undefined ? undefined : () => old!.textLine(from) });
  };
  const cached = (hash: string): number | undefined => first.get(hash);
  return {
    get(f: FileRef): ParsedDocument | null {
      const e = old?.files[f.abs];
      const i = e && e[0] === f.size && e[1] === f.mtimeMs ? cached(e[2]) : undefined;
      if (i === undefined) return null;
      const doc = old!.doc(i);
      keep(f, e![2], doc, i);
      return doc;
    },
    byHash(f: FileRef, hash: string): ParsedDocument | null {
      const i = cached(hash);
      const doc = i !== undefined ? old!.doc(i) : entries.find((x) => x.hash === hash)?.doc;
      if (!doc) return null;
      keep(f, hash, doc, i);
      return doc;
    },
    put(f: FileRef, hash: string, doc: ParsedDocument) {
      keep(f, hash, doc);
    },
    /** Writes the cache when it changed; the postings of the documents kept, for the run to rank with. */
    async save(): Promise<RawPostings> {
      const unchanged =
        old !== null && sameDocuments(old.hashes, entries) && Object.keys(files).length === Object.keys(old.files).length &&
        Object.entries(files).every(([p, [size, mtimeMs, hash]]) => {
          const o = old!.files[p];
          return o !== undefined && o[0] === size && o[1] === mtimeMs && o[2] === hash;
        });
      if (unchanged) return old!.postings();
      const { text, blob, postings } = writeDocCache(vocab, files, entries, old);
      try {
        await fsp().mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        // Two writes, not one buffer: the text is encoded as it is written, and the integers are not copied.
        const out = await fsp().open(tmp, 'w');
        try {
          await out.writeFile(text);
          await out.writeFile(blob);
        } finally {
          await out.close();
        }
        await fsp().rename(tmp, file);
      } catch {
        // A cache that cannot be written only costs speed next time.
      }
      return postings;
    },
  };
}

// ── The handbook's index, built with the package ────────────────────────────────────────────

/** Where `npm run build` writes the handbook's parsed index (scripts/handbook-index.ts). */
export function builtHandbookPath(root: string): string {
  return path.join(path.dirname(path.dirname(root)), 'dist', 'handbook-index.jsonl');
}

/** The handbook's index as built: what a run would compute from the handbook, computed once with the package. */
export interface BuiltHandbook {
  version: number;
  /** The versions of the tokenizer and phrases, the BM25 weights and the misconception detectors it was built with. */
  key: string;
  /** The katakana vocabulary of the tokenizer (src/docs/tokens.ts). */
  vocab: string[];
  /** The catalog's phrases with their tokens and normalized variants (src/docs/phrases.ts). */
  phrases: PackedPhrase[];
  /** Files relative to the handbook folder, with their sizes, to tell a stale index. */
  files: { rel: string; size: number }[];
  docs: BuiltDocument[];
  /** Each section's [body, code], sections in the order of docs: read when a run first asks for a section's text. */
  texts: [string, string][];
  /** BM25 statistics of the handbook collection (src/docs/bm25.ts packStats). */
  stats: PackedStats;
  /** What annotate() cites per concept and language from the handbook alone (src/docs/annotate.ts), files relative. */
  annotations: Record<string, Record<Lang, DocRef[]>>;
}

/**
 * A section as the built index keeps it: its heading's token counts as a flat [term, count, term,
 * count…] list (JSON.parse of an object per section, each with its own keys, cost 13 ms; flat lists
 * 1 ms), the misconceptions it states and the facts about its text that ranking needs; not the text.
 * Body and code counts are in the packed statistics, which is all a run asks of them; a caller that
 * wants them, or the text, still gets them on first use.
 */
type BuiltSection = Omit<Section, 'terms' | 'body' | 'code'> & { headCounts: Flat; facts: SectionFacts };
type BuiltDocument = Omit<ParsedDocument, 'sections'> & { sections: BuiltSection[] };

const BUILT_VERSION = 10;

/**
 * Changes with the code the built index depends on besides the handbook's files: the catalog's
 * phrases among it. Compared as it is: hashing it cost more than the comparison. The bundle has it from
 * its build (KX_BUILT_KEY): making it (the catalog's phrases, the misconception patterns) cost every
 * run ~3 ms.
 */
function builtKey(): string {
  if (typeof KX_BUILT_KEY === 'string') return KX_BUILT_KEY;
  return `${TOKENIZER_VERSION};${PHRASES_VERSION};${phrasesKey()};${BM25_KEY};${misconceptionsKey()}`;
}

/**
 * The built index as written, in lines: a header with the byte length of each line after it, the index
 * (JSON), the texts (JSON), the statistics' terms with where each term's postings end (JSON), the
 * postings lists back to back (ASCII), and the annotations with what tells them current (JSON). A run
 * reads and parses only what it uses: `explain` without user documents the annotations alone (it cites
 * the sections marked for each concept: reading the 170 KB index and making its sections cost ~7 ms),
 * with them the index, a query also the terms and the postings of its own few terms. Parsing all of it
 * as one JSON cost 5–9 ms of every run; decoding the whole file as UTF-8, 3 ms on Node 20.
 */
export function serializeBuiltHandbook({ texts, stats, annotations, ...index }: BuiltHandbook): string {
  let end = 0;
  const ends = stats.lists.map((l) => (end += l.length));
  const head: BuiltHead = { version: index.version, key: index.key, files: index.files, concepts: conceptKeys() };
  const lines = [
    JSON.stringify(index),
    JSON.stringify(texts),
    JSON.stringify({ n: stats.n, terms: stats.terms, ends }),
    stats.lists.join(''),
    JSON.stringify({ ...head, annotations }),
  ];
  return [JSON.stringify(lines.map((l) => Buffer.byteLength(l))), ...lines, ''].join('\n');
}

const LINES = 5;

/** What tells a built index current: its format, the code it was built with, the handbook's files and the concepts. */
type BuiltHead = Pick<BuiltHandbook, 'version' | 'key' | 'files'> & {
  /** The catalog's concept keys when built (annotations exist for those only). */
  concepts?: string;
};

const conceptKeys = () => CONCEPTS.map((c) => c.key).join(',');

/**
 * Whether the index was built by this code from the handbook as it is now: same format and key, the
 * same files, none edited since the build (then the handbook is parsed instead).
 */
function current(root: string, head: BuiltHead, builtAt: number): boolean {
  if (head.version !== BUILT_VERSION || head.key !== builtKey()) return false;
  const names: string[] = [];
  for (const lang of ['ja', 'en']) {
    try {
      for (const n of readdirSync(path.join(root, lang)).sort()) if (n.endsWith('.md')) names.push(`${lang}/${n}`);
    } catch {
      return false;
    }
  }
  if (names.join('\0') !== head.files.map((f) => f.rel).join('\0')) return false;
  for (const f of head.files) {
    const st = statSync(path.join(root, f.rel), { throwIfNoEntry: false });
    if (!st || st.size !== f.size || st.mtimeMs > builtAt) return false;
  }
  return true;
}

/**
 * The lines of a built index file, each read from the file when first asked for: `line(i)` is line
 * i after the header (0 the index). Null when the file cannot be read or its header does not fit it.
 */
function builtLines(file: string): { mtimeMs: number; line(i: number, encoding: 'utf8' | 'latin1'): string } | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const { size, mtimeMs } = fstatSync(fd);
    const head = Buffer.alloc(Math.min(size, 256));
    readSync(fd, head, 0, head.length, 0);
    const nl = head.indexOf(10);
    const lengths = JSON.parse(head.toString('latin1', 0, nl)) as unknown;
    if (!Array.isArray(lengths) || lengths.length !== LINES || !lengths.every((n) => Number.isInteger(n) && n >= 0)) return null;
    const starts: number[] = [];
    let at = nl + 1;
    for (const n of lengths as number[]) {
      starts.push(at);
      at += n + 1;
    }
    if (at !== size) return null;
    return {
      mtimeMs,
      line(i, encoding) {
        // Read again when asked for, rather than kept: most runs never ask for the texts or the statistics.
        const buf = Buffer.allocUnsafe((lengths as number[])[i]!);
        const f = openSync(file, 'r');
        try {
          readSync(f, buf, 0, buf.length, starts[i]!);
        } finally {
          closeSync(f);
        }
        return buf.toString(encoding);
      },
    };
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A built section as a Section: its text is read, and its heading's token counts become an object,
 * when first asked for (most never are). A class with the text's getters on its prototype: own
 * accessors made with Object.defineProperties for each of the handbook's sections cost a fresh
 * process 3–4 ms (it runs them in the interpreter), fields assigned in a constructor 0.3 ms.
 */
class BuiltSectionView implements Section {
  heading: string;
  headings: string[];
  level: number;
  line: number;
  anchor: string;
  concepts: string[];
  misconceptions?: string[];
  facts?: SectionFacts;
  terms: Section['terms'];
  readonly #text: () => [string, string];
  constructor(s: BuiltSection, text: () => [string, string]) {
    this.#text = text;
    this.heading = s.heading;
    this.headings = s.headings;
    this.level = s.level;
    this.line = s.line;
    this.anchor = s.anchor;
    this.concepts = s.concepts;
    if (s.misconceptions) this.misconceptions = s.misconceptions;
    this.facts = s.facts;
    this.terms = lazyTerms(this, { head: s.headCounts });
  }
  get body(): string {
    return this.#text()[0];
  }
  get code(): string {
    return this.#text()[1];
  }
}

/**
 * The handbook's parsed documents and statistics as data, or null when there is no index or it is
 * stale. Read synchronously: a few local files, and each asynchronous read cost a round trip.
 */
function builtHandbook(root: string): { docs: ParsedDocument[]; stats: () => PackedPostings } | null {
  const lines = builtLines(builtHandbookPath(root));
  if (!lines) return null;
  let data: Omit<BuiltHandbook, 'texts' | 'stats' | 'annotations'>;
  try {
    data = JSON.parse(lines.line(0, 'utf8')) as typeof data;
  } catch {
    return null;
  }
  if (data.version !== BUILT_VERSION || data.key !== builtKey()) return null;
  // Computed from the catalog, not from the handbook: good even when the handbook was edited since.
  primeVocabulary(data.vocab);
  primePhrases(data.phrases);
  if (!current(root, data, lines.mtimeMs)) return null;
  let texts: BuiltHandbook['texts'] | undefined;
  let at = 0;
  const docs = data.docs.map((d) => ({
    ...d,
    file: path.join(root, d.file),
    sections: d.sections.map((s) => {
      const i = at++;
      return new BuiltSectionView(s, () => (texts ??= JSON.parse(lines.line(1, 'utf8')) as BuiltHandbook['texts'])[i]!);
    }),
  }));
  let stats: PackedPostings | undefined;
  const postings = (): PackedPostings => {
    const { n, terms, ends: to } = JSON.parse(lines.line(2, 'utf8')) as { n: number; terms: string[]; ends: number[] };
    // The postings are ASCII: offsets in bytes, as written, are offsets in characters.
    const all = lines.line(3, 'latin1');
    return { n, terms, list: (i) => all.slice(i === 0 ? 0 : to[i - 1]!, to[i]!) };
  };
  return { docs, stats: () => (stats ??= postings()) };
}

/**
 * The handbook's sections per concept and language as annotate() cites them without user documents,
 * read from the built index; null when it is missing, stale, or from another concept catalog.
 */
function builtAnnotations(root: string): ((concept: string, lang: Lang) => DocRef[]) | null {
  const lines = builtLines(builtHandbookPath(root));
  if (!lines) return null;
  let data: BuiltHead & { annotations: BuiltHandbook['annotations'] };
  try {
    data = JSON.parse(lines.line(4, 'utf8')) as typeof data;
  } catch {
    return null;
  }
  if (data.concepts !== conceptKeys() || !current(root, data, lines.mtimeMs)) return null;
  // An unknown concept cites nothing, as rankFinding says.
  return (concept, lang) => (data.annotations[concept]?.[lang] ?? []).map((r) => ({ ...r, file: path.join(root, r.file) }));
}

/** Parses the handbook for the build: documents with token counts and misconceptions, files relative to `root`, statistics. */
export async function buildHandbookIndex(root: string): Promise<BuiltHandbook> {
  const files: BuiltHandbook['files'] = [];
  const docs: ParsedDocument[] = [];
  for (const lang of ['ja', 'en'] as Lang[]) {
    for (const name of (await fsp().readdir(path.join(root, lang))).filter((n) => n.endsWith('.md')).sort()) {
      const rel = `${lang}/${name}`;
      const text = await fsp().readFile(path.join(root, rel), 'utf8');
      files.push({ rel, size: Buffer.byteLength(text) });
      docs.push(withTerms(await parse(text, { file: rel, source: 'handbook', lang, fallbackTitle: name })));
    }
  }
  const index = buildIndex(docs);
  const stats = packStats(index, 'handbook');
  const texts: BuiltHandbook['texts'] = [];
  const compact = docs.map((d) => ({
    ...d,
    sections: d.sections.map(({ terms, body, code, ...s }) => {
      texts.push([body, code]);
      const facts = { length: textLength({ ...s, body, code }), ...kindOf({ heading: s.heading, body, code }) };
      return { ...s, misconceptions: sectionMisconceptions({ ...s, body, code }), facts, headCounts: flat(terms!.head) };
    }),
  }));
  return {
    version: BUILT_VERSION,
    key: builtKey(),
    vocab: vocabularyWords(),
    phrases: packPhrases(catalogPhrases()),
    files,
    docs: compact,
    texts,
    stats,
    annotations: handbookAnnotations(index),
  };
}

// ── One section's Markdown, for `docs --show` ───────────────────────────────────────────────

/**
 * The Markdown of a section as written: from its heading to the next heading of the same or a
 * higher level (subsections included). Null when the file cannot be read any more.
 */
export async function sectionMarkdown(doc: ParsedDocument, line: number, cwd = process.cwd()): Promise<string | null> {
  const i = doc.sections.findIndex((s) => s.line === line);
  if (i < 0) return null;
  const level = doc.sections[i]!.level;
  const next = doc.sections.slice(i + 1).find((s) => s.level <= level);
  let text: string;
  try {
    text = await fsp().readFile(path.resolve(cwd, doc.file), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  return lines.slice(line - 1, next ? next.line - 1 : lines.length).join('\n');
}
