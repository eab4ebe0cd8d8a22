// A phrase's tokens and normalized variants, computed once per text. Pure (a memo).
// Ranking asks for the same phrases again and again: every query matches against every concept
// name, every finding's query is its concept's names. The package's build computes the catalog's
// phrases ahead (src/docs/load.ts primes them from dist/handbook-index.jsonl), so a run normalizes
// none of them.
import { CONCEPTS } from './catalog.js';
import { glossaryJapanese } from './glossary.js';
import { makeTerm, termVariants, type Term } from './normalize.js';
import { tokenize } from './tokens.js';

/** Bump when norm(), termVariants() or makeTerm() change what they return: built phrases are computed again. */
export const PHRASES_VERSION = 1;

export interface PhraseForms {
  /** Distinct tokens (src/docs/tokens.ts), in order of first occurrence. */
  tokens: string[];
  /** Normalized variants (src/docs/normalize.ts termVariants). */
  variants: Term[];
}

/** As the built index keeps a phrase: [text, tokens, variant texts]. Variant edges are recomputed (cheap). */
export type PackedPhrase = [text: string, tokens: string[], variants: string[]];

const memo = new Map<string, PhraseForms>();
/** Built phrases not asked for yet: most queries and findings need a few of them. */
const primed = new Map<string, PackedPhrase>();

export function phraseForms(text: string): PhraseForms {
  let f = memo.get(text);
  if (!f) {
    const p = primed.get(text);
    f = p ? { tokens: p[1], variants: p[2].map(makeTerm) } : { tokens: [...new Set(tokenize(text))], variants: termVariants(text) };
    memo.set(text, f);
  }
  return f;
}

export function packPhrases(texts: readonly string[]): PackedPhrase[] {
  return texts.map((t) => {
    const f = phraseForms(t);
    return [t, f.tokens, f.variants.map((v) => v.text)];
  });
}

/** Phrases computed by the build; a text already known keeps what was computed here. */
export function primePhrases(packed: readonly PackedPhrase[]): void {
  for (const p of packed) primed.set(p[0], p);
}

/**
 * Every phrase of the concept catalog that ranking asks about (names, related words, symptoms,
 * notUnder) and the glossary's Japanese words: together, also everything the tokenizer's katakana
 * vocabulary is made from.
 */
export function catalogPhrases(): string[] {
  const texts = CONCEPTS.flatMap((c) => [c.key, ...c.ja, ...c.en, ...(c.related ?? []), ...(c.symptoms ?? []), ...(c.notUnder ?? [])]);
  return [...new Set([...texts, ...glossaryJapanese()])];
}

/**
 * Tells the catalog's phrases apart (texts and order): part of the built index's key, so an index built
 * for another catalog is not used. FNV-1a over the texts; the count too.
 */
export function phrasesKey(texts: readonly string[] = catalogPhrases()): string {
  let h = 0x811c9dc5;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x0a, 0x01000193);
  }
  return `${texts.length}:${(h >>> 0).toString(16)}`;
}
