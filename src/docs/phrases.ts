// A phrase's tokens and normalized variants, computed once per text. Pure (a memo).
// Ranking asks for the same phrases again and again: every query matches against every concept
// name, every finding's query is its concept's names. The package's build computes the catalog's
// phrases ahead (src/docs/load.ts primes them from dist/handbook-index.json), so a run normalizes
// none of them.
import { makeTerm, termVariants, type Term } from './normalize.js';
import { tokenize } from './tokens.js';

export interface PhraseForms {
  /** Distinct tokens (src/docs/tokens.ts), in order of first occurrence. */
  tokens: string[];
  /** Normalized variants (src/docs/normalize.ts termVariants). */
  variants: Term[];
}

/** As the built index keeps a phrase: [text, tokens, variant texts]. Variant edges are recomputed (cheap). */
export type PackedPhrase = [text: string, tokens: string[], variants: string[]];

const memo = new Map<string, PhraseForms>();

export function phraseForms(text: string): PhraseForms {
  let f = memo.get(text);
  if (!f) memo.set(text, (f = { tokens: [...new Set(tokenize(text))], variants: termVariants(text) }));
  return f;
}

export function packPhrases(texts: Iterable<string>): PackedPhrase[] {
  return [...new Set(texts)].map((t) => {
    const f = phraseForms(t);
    return [t, f.tokens, f.variants.map((v) => v.text)];
  });
}

/** Phrases computed by the build; a text already known keeps what was computed here. */
export function primePhrases(packed: readonly PackedPhrase[]): void {
  for (const [text, tokens, variants] of packed) if (!memo.has(text)) memo.set(text, { tokens, variants: variants.map(makeTerm) });
}
