// The cache of parsed documents as written to disk (src/docs/load.ts reads and writes the file). Pure.
//
// Lines, so that a run parses only what it reads, as the built handbook does: the index (every
// document's title and its sections' headings, places, concept markers and text lengths), then one
// line of text per document, then the collection's terms; after them, as 32-bit integers that need
// no parsing, the postings of the sections' token counts (src/docs/bm25.ts packRaw) and the same
// counts section by section. `explain` parses the index and the terms; a section's counts become
// objects when ranking first reads them, its text when ranking first asks for it.
// One JSON of every document with every section's counts as objects cost 170 ms of each run with a
// 5 MB folder, and the statistics built from them at the first query 400 ms more.
import type { Lang } from '../i18n/lang.js';
import { packRaw, type PackedRaw } from './bm25.js';
import { textLength } from './build.js';
import { kindOf, type SectionKind } from './intent.js';
import type { DocSource, ParsedDocument, RawPostings, Section, SectionFacts, SectionTerms } from './types.js';

/** Bump when the lines change. */
export const DOC_CACHE_VERSION = 4;

/** A section as the index line keeps it; its headings path is rebuilt from the levels as the parser built it. */
type SectionRow = [heading: string, level: number, line: number, anchor: string, concepts: string[], length: number];

interface CachedDoc {
  hash: string;
  source: DocSource;
  lang: Lang | null;
  title: string;
  sections: SectionRow[];
}

interface Header {
  version: number;
  /** Token counts depend on the tokenizer's vocabulary (src/docs/tokens.ts katakanaVocabularyKey). */
  vocab: string;
  /** Path → size, mtime, content hash: a file unchanged in size and mtime is not read again. */
  files: Record<string, [size: number, mtimeMs: number, hash: string]>;
  /** In the order indexed: the postings' positions count their sections in this order. */
  docs: CachedDoc[];
  /** Bytes of integers after the last line: n, the number of terms, the sizes, the ends, the postings. */
  blob: number;
}

/** One document of a cache being written: `text` gives its text line as written when it came from the cache. */
export interface CacheEntry {
  hash: string;
  doc: ParsedDocument;
  text?: () => string;
}

/**
 * The file for these documents (its text, then its integers), with the raw postings of their sections
 * for this run to use too. The same documents in the same order as `old` (files renamed or touched)
 * keep its postings.
 */
export function writeDocCache(
  vocab: string,
  files: Header['files'],
  entries: CacheEntry[],
  old: DocCache | null,
): { text: string; blob: Uint8Array; postings: RawPostings } {
  const texts = entries.map(({ doc, text }) => text?.() ?? JSON.stringify(doc.sections.flatMap((s) => [s.body, s.code])));
  const reuse = old && sameDocuments(old.hashes, entries);
  const packed = reuse ? null : packRaw(entries.flatMap((e) => e.doc.sections));
  const terms = packed ? packed.terms : old!.postings().terms;
  const blob = packed ? toBlob(packed) : old!.blob;
  const header: Header = {
    version: DOC_CACHE_VERSION,
    vocab,
    files,
    docs: entries.map(({ hash, doc }) => ({
      hash,
      source: doc.source,
      lang: doc.lang,
      title: doc.title,
      sections: doc.sections.map((s) => [s.heading, s.level, s.line, s.anchor, s.concepts, textLength(s)]),
    })),
    blob: blob.byteLength,
  };
  const text = `${[JSON.stringify(header), ...texts, JSON.stringify(terms)].join('\n')}\n`;
  return { text, blob, postings: reuse ? old!.postings() : fromBlob(blob, terms)!.postings };
}

/** n, the number of terms, the sizes, the ends, the sections' starts, the postings and the sections' quadruples, as one run of integers. */
function toBlob({ terms, sizes, ends, starts, postings, forward }: PackedRaw): Uint8Array {
  const all = new Int32Array(2 + sizes.length + ends.length + starts.length + postings.length + forward.length);
  all[0] = sizes.length / 3;
  all[1] = terms.length;
  let at = 2;
  for (const part of [sizes, ends, starts, postings, forward]) {
    all.set(part, at);
    at += part.length;
  }
  return new Uint8Array(all.buffer);
}

/** The postings of a blob, and each section's counts (its quadruples), or null when it does not hold together. */
function fromBlob(bytes: Uint8Array, terms: string[]): { postings: RawPostings; quads: (s: number) => Int32Array } | null {
  if (bytes.byteLength % 4 !== 0 || bytes.byteLength < 8) return null;
  // Copied: an Int32Array must start at a multiple of 4 bytes, and the blob follows text of any length.
  const all = new Int32Array(bytes.byteLength / 4);
  new Uint8Array(all.buffer).set(bytes);
  const n = all[0]!;
  const count = all[1]!;
  if (n < 0 || count !== terms.length || 2 + 3 * n + count + n + 1 > all.length) return null;
  let at = 2;
  const part = (length: number) => all.subarray(at, (at += length));
  const sizes = part(3 * n);
  const ends = part(count);
  const starts = part(n + 1);
  const postings = part(ends[count - 1] ?? 0);
  const forward = all.subarray(at);
  const ascending = (xs: Int32Array, last: number) => {
    let prev = 0;
    for (const x of xs) {
      if (x < prev || x % 4 !== 0) return false;
      prev = x;
    }
    return prev === last;
  };
  if (!ascending(ends, postings.length) || starts[0] !== 0 || !ascending(starts, forward.length)) return null;
  for (let j = 0; j < postings.length; j += 4) if (postings[j]! < 0 || postings[j]! >= n) return null;
  for (let j = 0; j < forward.length; j += 4) if (forward[j]! < 0 || forward[j]! >= count) return null;
  return {
    postings: { raw: true, n, terms, sizes, list: (i) => postings.subarray(i === 0 ? 0 : ends[i - 1]!, ends[i]!) },
    quads: (s) => forward.subarray(starts[s]!, starts[s + 1]!),
  };
}

/**
 * A section's token counts from its quadruples, as termCounts gives them for its heading, body and
 * code; each field made when first read (ranking reads the headings' counts of many sections, the
 * body's of fewer).
 */
class QuadTerms implements SectionTerms {
  #made: Partial<SectionTerms> = {};
  constructor(
    readonly quads: Int32Array,
    readonly terms: string[],
  ) {}
  #field(name: keyof SectionTerms, slot: number): Record<string, number> {
    let out = this.#made[name];
    if (!out) {
      out = this.#made[name] = Object.create(null) as Record<string, number>;
      const q = this.quads;
      for (let j = 0; j < q.length; j += 4) if (q[j + slot]) out[this.terms[q[j]!]!] = q[j + slot]!;
    }
    return out;
  }
  get head(): Record<string, number> {
    return this.#field('head', 1);
  }
  get body(): Record<string, number> {
    return this.#field('body', 2);
  }
  get code(): Record<string, number> {
    return this.#field('code', 3);
  }
}

/** The same documents in the same order: the postings of one are the postings of the other. */
export const sameDocuments = (hashes: string[], entries: CacheEntry[]): boolean =>
  hashes.length === entries.length && entries.every((e, i) => e.hash === hashes[i]);

/** A cache file as read: its documents made when asked for, its postings checked when read. */
export interface DocCache {
  files: Header['files'];
  /** The documents' content hashes, in the order written. */
  hashes: string[];
  /** Document i, its texts and body counts read on first use. */
  doc(i: number): ParsedDocument;
  /** Document i's text line as written (to write it again unchanged). */
  textLine(i: number): string;
  postings(): RawPostings;
  /** The integers as written. */
  blob: Uint8Array;
}

/**
 * Reads a cache file, or null when it is not one of this version and vocabulary or does not hold
 * together. Each line is decoded when first read: the text lines of the documents a run does not cite
 * never are. Never throws on a damaged file: a text line that fails to parse later makes its
 * sections' text empty, which only costs a citation.
 */
export function readDocCache(buf: Buffer, vocab: string): DocCache | null {
  let header: Header;
  const first = buf.indexOf(10);
  try {
    header = JSON.parse(buf.toString('utf8', 0, first)) as Header;
  } catch {
    return null;
  }
  if (!header || header.version !== DOC_CACHE_VERSION || header.vocab !== vocab || typeof header.files !== 'object' || !Array.isArray(header.docs))
    return null;
  if (!Number.isInteger(header.blob) || header.blob < 0 || header.blob > buf.length) return null;
  const textEnd = buf.length - header.blob;
  const ends: number[] = [];
  for (let at = first; at !== -1 && at < textEnd; at = buf.indexOf(10, at + 1)) ends.push(at);
  if (ends.length !== header.docs.length + 2 || ends.at(-1) !== textEnd - 1) return null;
  const line = (i: number) => buf.toString('utf8', i === 0 ? 0 : ends[i - 1]! + 1, ends[i]);
  let terms: unknown;
  try {
    terms = JSON.parse(line(ends.length - 1));
  } catch {
    return null;
  }
  if (!Array.isArray(terms)) return null;
  const blob = buf.subarray(textEnd);
  const read = fromBlob(blob, terms as string[]);
  // The postings must count the sections of the index line.
  const firsts: number[] = [];
  let sections = 0;
  for (const d of header.docs) {
    firsts.push(sections);
    sections += d.sections.length;
  }
  if (!read || read.postings.n !== sections) return null;
  const { postings, quads } = read;
  const made: ParsedDocument[] = [];
  return {
    files: header.files,
    hashes: header.docs.map((d) => d.hash),
    doc: (i) => (made[i] ??= toDocument(header.docs[i]!, new DocData(() => line(i + 1), (s) => new QuadTerms(quads(firsts[i]! + s), postings.terms)))),
    textLine: (i) => line(i + 1),
    postings: () => postings,
    blob,
  };
}

function toDocument(d: CachedDoc, texts: DocData): ParsedDocument {
  const stack: { level: number; text: string }[] = [];
  const sections = d.sections.map(([heading, level, line, anchor, concepts, length], i) => {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    stack.push({ level, text: heading });
    return new CachedSection(heading, stack.map((s) => s.text), level, line, anchor, concepts, texts, i, length);
  });
  return { source: d.source, lang: d.lang, file: '', title: d.title, sections };
}

/** A document's text line, parsed when one of its sections' text is first read, and its sections' counts. */
class DocData {
  #texts?: string[];
  constructor(
    readonly line: () => string,
    readonly counts: (section: number) => SectionTerms,
  ) {}
  get(i: number): string {
    if (!this.#texts) {
      try {
        this.#texts = JSON.parse(this.line()) as string[];
      } catch {
        // A damaged line: the section has no text, which costs a citation at most.
        this.#texts = [];
      }
    }
    return this.#texts[i] ?? '';
  }
}

/**
 * A cached section: its text, token counts and kind are made when first read. Getters of a class,
 * not of each object: 16,000 sections with closures of their own cost more in garbage collection
 * than the JSON they replace.
 */
class CachedSection implements Section {
  #terms?: SectionTerms;
  #facts?: SectionFacts;
  constructor(
    readonly heading: string,
    readonly headings: string[],
    readonly level: number,
    readonly line: number,
    readonly anchor: string,
    readonly concepts: string[],
    readonly texts: DocData,
    readonly at: number,
    readonly length: number,
  ) {}
  get body(): string {
    return this.texts.get(2 * this.at);
  }
  get code(): string {
    return this.texts.get(2 * this.at + 1);
  }
  get terms(): SectionTerms {
    return (this.#terms ??= this.texts.counts(this.at));
  }
  set terms(t: SectionTerms) {
    this.#terms = t;
  }
  get facts(): SectionFacts {
    return (this.#facts ??= new CachedFacts(this));
  }
  set facts(f: SectionFacts) {
    this.#facts = f;
  }
}

/** A cached section's facts: its length as cached, what its text offers when ranking first asks (that reads the text). */
class CachedFacts implements SectionFacts {
  #kind?: SectionKind;
  constructor(readonly section: CachedSection) {}
  get length(): number {
    return this.section.length;
  }
  get howto(): boolean {
    return (this.#kind ??= kindOf(this.section)).howto;
  }
  get definition(): boolean {
    return (this.#kind ??= kindOf(this.section)).definition;
  }
}
