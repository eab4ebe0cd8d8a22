// The documents and annotations API used by the other commands (explain, trace, who-can, the TUI).
export { annotate, toDocRef, type AnnotateOptions } from './annotate.js';
export { buildIndex } from './build.js';
export { CONCEPTS, conceptKeys, getConcept, type Concept } from './catalog.js';
export { cacheDir, configPath, handbookDir, loadDocIndex, type LoadOptions, type LoadResult } from './load.js';
export { parseMarkdown } from './parse.js';
export {
  closeConceptKeys,
  matchConcepts,
  rankConcept,
  search,
  suggestConcepts,
  type ConceptMatch,
  type RankOptions,
} from './rank.js';
export type { DocIndex, ParsedDocument, Section } from './types.js';
