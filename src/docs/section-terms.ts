// A section's token counts as the built index and the documents cache keep them: flat [term, count,
// term, count…] lists (JSON.parse of an object per section, each with its own keys, cost 13 ms for
// the handbook; flat lists 1 ms), made into objects field by field when first read. Ranking reads
// the heading's counts of a few sections and the body's of fewer. Pure.
import { termCounts } from './tokens.js';
import type { Section, SectionTerms } from './types.js';

export type Flat = (string | number)[];

export interface FlatTerms {
  head: Flat;
  /** Absent: counted from the text when read (the built handbook leaves them to the packed statistics). */
  body?: Flat;
  code?: Flat;
}

export function flat(counts: Record<string, number>): Flat {
  const out: Flat = [];
  for (const k in counts) out.push(k, counts[k]!);
  return out;
}

function unflat(list: Flat): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < list.length; i += 2) out[list[i] as string] = list[i + 1] as number;
  return out;
}

export function flatTerms(t: SectionTerms, withText = true): FlatTerms {
  return withText ? { head: flat(t.head), body: flat(t.body), code: flat(t.code) } : { head: flat(t.head) };
}

/** SectionTerms whose fields are made when first read (own enumerable getters: they compare and serialize as plain data). */
export function lazyTerms(section: Pick<Section, 'heading' | 'body' | 'code'>, counts: FlatTerms): SectionTerms {
  const made: Partial<SectionTerms> = {};
  // The text is read only when its counts are: the built handbook's loads on first read.
  const field = (name: keyof SectionTerms, list: Flat | undefined, text: () => string) => ({
    enumerable: true,
    get: () => (made[name] ??= list ? unflat(list) : text() ? termCounts(text()) : {}),
  });
  return Object.defineProperties({} as SectionTerms, {
    head: field('head', counts.head, () => section.heading),
    body: field('body', counts.body, () => section.body),
    code: field('code', counts.code, () => section.code),
  });
}
