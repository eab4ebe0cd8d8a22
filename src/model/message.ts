// A sentence the tool will say, before it is said: pure code returns these, renderers turn them
// into text in the chosen language (src/i18n/localize.ts). `key` is `catalog:id` (e.g.
// `pod:verdict.crashloop`); params are plain values or nested Messages, localized first.
export type MessageParam = string | number | boolean | Message | readonly MessageParam[] | undefined;

export interface Message {
  key: string;
  params?: Readonly<Record<string, MessageParam>>;
}

export const message = (key: string, params?: Record<string, MessageParam>): Message => (params ? { key, params } : { key });

export const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { key?: unknown }).key === 'string';

/**
 * Words the cluster (or a document) said, to be quoted as its own words, never translated or spliced
 * into a sentence of ours: English "…", Japanese 「…」.
 */
export const quoted = (text: string): Message => ({ key: 'common:quoted', params: { text } });

/** Typed builders for a catalog: `m.crashloop({...})` returns the Message `pod:crashloop`. */
type Catalog = Record<string, (...args: never[]) => string>;
type ParamsOf<F> = F extends (p: infer P) => string ? P : never;
/** A string param may be a Message, or a list of them (said, then joined by the language's list separator). */
type Said = string | Message | readonly (string | Message)[];
type Loose<P> = {
  [K in keyof P]: P[K] extends string ? Said : P[K] extends string | undefined ? Said | undefined : P[K];
};
export type Builders<C extends Catalog> = {
  [K in keyof C]: unknown extends ParamsOf<C[K]> ? () => Message : (p: Loose<ParamsOf<C[K]>>) => Message;
};

export function builders<C extends Catalog>(catalog: string): Builders<C> {
  // Each builder is made on first use and kept as an own property: explainers call them for every
  // object `check` judges, and only a missing property reaches the Proxy behind the prototype.
  const made = {} as Record<string | symbol, unknown>;
  Object.setPrototypeOf(
    made,
    new Proxy(
      {},
      {
        get: (_t, id) => {
          const key = `${catalog}:${String(id)}`;
          const b = (p?: Record<string, MessageParam>) => message(key, p);
          Object.defineProperty(made, id, { value: b, enumerable: true });
          return b;
        },
      },
    ),
  );
  return made as Builders<C>;
}
