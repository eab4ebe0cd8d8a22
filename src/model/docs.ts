/** A well-known misconception the cited section states, and what is true (v1.36), in the output language. */
export interface DocCaution {
  id: string;
  text: string;
}

/** Where a concept is taught: a section of the user's documents or of the built-in handbook. */
export interface DocRef {
  source: 'user' | 'handbook';
  /** Title of the document (its first heading or front-matter title). */
  document: string;
  file: string;
  /** 1-based line of the section heading. */
  line: number;
  /** Heading path, outermost first. */
  headings: string[];
  /** GitHub-style anchor of the section heading. */
  anchor: string;
  /** Present when the section states a well-known misconception (src/docs/misconceptions.ts). */
  cautions?: DocCaution[];
}

/** One ranked result of `kubexplain docs`. */
export interface DocSearchResult {
  file: string;
  line: number;
  headings: string[];
  document: string;
  score: number;
  source: 'user' | 'handbook';
  /** GitHub-style anchor of the section heading. */
  anchor: string;
  /** Present when the section states a well-known misconception. */
  cautions?: DocCaution[];
}

export interface DocSearch {
  kind: 'DocSearch';
  query: string | null;
  concept: string | null;
  results: DocSearchResult[];
  /** Catalog concepts a free-text query was matched to (its terms in both languages were searched too). */
  concepts: string[];
  warnings: string[];
}
