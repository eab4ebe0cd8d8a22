import type { Lang } from '../i18n/lang.js';
import type { DocRef } from '../model/docs.js';

export type DocSource = 'user' | 'handbook';

/** One heading and the content under it up to the next heading of any level. */
export interface Section {
  /** Heading text as written, without Markdown markup (link text kept, URL dropped); sanitized. */
  heading: string;
  /** Heading path, outermost first, ending with this heading. */
  headings: string[];
  level: number;
  /** 1-based line of the heading in the file. */
  line: number;
  /** GitHub-style anchor (github-slugger, deduplicated per document). */
  anchor: string;
  /** Concept keys pinned with `<!-- concept: key, key -->` under the heading. */
  concepts: string[];
  /** Plain prose under the heading (paragraphs, lists, tables), URLs removed. */
  body: string;
  /** Content of code blocks under the heading. */
  code: string;
  /** Token counts of heading, body and code (src/docs/tokens.ts), computed once when parsed and cached with the document. */
  terms?: SectionTerms;
  /** Misconception ids the section states, found when it was indexed (the handbook's at build time). */
  misconceptions?: string[];
  /** What ranking asks of the text, kept by the built handbook, whose text itself loads when first read. */
  facts?: SectionFacts;
}

/** Facts about a section's text: ranking needs them for every section, the text itself for few. */
export interface SectionFacts {
  /** (body + code).trim().length */
  length: number;
  /** It shows how to check or fix something (src/docs/intent.ts). */
  howto: boolean;
  /** Its heading says it defines something. */
  definition: boolean;
}

export interface SectionTerms {
  head: Record<string, number>;
  body: Record<string, number>;
  code: Record<string, number>;
}

/** One parsed Markdown (or .txt) document. */
export interface ParsedDocument {
  source: DocSource;
  /** Handbook documents only: their language. */
  lang: Lang | null;
  /** Path for display: relative to the working directory when inside it, else absolute. */
  file: string;
  /** Front-matter title, else first heading, else file name. */
  title: string;
  sections: Section[];
}

/** The searchable index: documents in priority order (user documents first, then the handbook). */
export interface DocIndex {
  documents: ParsedDocument[];
  /** Every section, with precomputed normalized fields; ids index into this array. */
  entries: IndexEntry[];
  /** BM25 statistics built ahead (the handbook's, with the package), by collection. */
  packed?: Partial<Record<DocSource, PackedPostings | RawPostings>>;
  /**
   * An index for annotating only, without user documents: the handbook sections annotate() cites for
   * a concept, chosen with the package (src/docs/load.ts); documents and entries are then empty.
   */
  handbookRefs?: (concept: string, lang: Lang) => DocRef[];
}

/**
 * A collection's token counts turned around, as the user's documents cache keeps them: for each
 * term, the sections holding it with its count in their heading, body and code (`list(i)`: flat
 * `position, head, body, code` quadruples, positions ascending). BM25F's weights depend on the whole
 * collection, so they are worked out when a query asks for a term (src/docs/bm25.ts); the counts
 * are what the documents gave, and need no collection to be written. Integers, kept and written as
 * they are in memory: nothing to format or parse.
 */
export interface RawPostings {
  raw: true;
  n: number;
  terms: string[];
  list(i: number): Int32Array;
  /** Per section, in order: the token totals of its heading, body and code. */
  sizes: Int32Array;
}

/**
 * A collection's BM25 statistics in a form JSON keeps: `terms[i]`'s postings are `lists[i]`, flat
 * triples joined by commas (entry position within the collection, weighted tf, 1 if the term is in
 * the heading). Strings, read when a query asks for the term: JSON.parse of the handbook's lists as
 * arrays of numbers cost 4 ms of every start, as strings under 1 ms.
 */
export interface PackedStats {
  n: number;
  terms: string[];
  lists: string[];
}

/** Packed statistics as a run reads them: a term's postings are read when a query first asks for the term. */
export interface PackedPostings {
  n: number;
  terms: string[];
  /** `lists[i]` of PackedStats. */
  list(i: number): string;
}

export interface IndexEntry {
  doc: ParsedDocument;
  docOrder: number;
  section: Section;
  /** norm(heading) without numbering and "とは"/"what is" wording. */
  core: string;
  /** norm(heading) in full. */
  head: string;
  /** norm() of ancestor headings, nearest first (document title excluded). */
  parents: string[];
  body: string;
  code: string;
  /** Neither this section nor any of its subsections has text: a heading in an outline. */
  outline: boolean;
  /** Direct subsections. */
  children: IndexEntry[];
}

export interface LoadWarning {
  file: string;
  message: string;
}
