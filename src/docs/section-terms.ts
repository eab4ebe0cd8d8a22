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

/**
 * SectionTerms whose fields are made when first read. A class with its getters on the prototype: a
 * run makes one per section of the handbook, and two Object.defineProperties per section (own
 * accessors) cost 3–4 ms of a fresh process, where a class costs 0.3. toJSON serializes it as data.
 */
class LazyTerms implements SectionTerms {
  #head?: Record<string, number>;
  #body?: Record<string, number>;
  #code?: Record<string, number>;
  readonly #section: Pick<Section, 'heading' | 'body' | 'code'>;
  readonly #counts: FlatTerms;
  constructor(section: Pick<Section, 'heading' | 'body' | 'code'>, counts: FlatTerms) {
    this.#section = section;
    this.#counts = counts;
  }
  get head(): Record<string, number> {
    return (this.#head ??= unflat(this.#counts.head));
  }
  get body(): Record<string, number> {
    return (this.#body ??= made(this.#counts.body, () => this.#section.body));
  }
  get code(): Record<string, number> {
    return (this.#code ??= made(this.#counts.code, () => this.#section.code));
  }
  toJSON(): SectionTerms {
    return { head: this.head, body: this.body, code: this.code };
  }
}

// The text is read only when its counts are: the built handbook's loads on first read.
const made = (list: Flat | undefined, text: () => string) => (list ? unflat(list) : text() ? termCounts(text()) : {});

export function lazyTerms(section: Pick<Section, 'heading' | 'body' | 'code'>, counts: FlatTerms): SectionTerms {
  return new LazyTerms(section, counts);
}
