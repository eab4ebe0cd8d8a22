// BM25F over an index's sections. Pure. Fields: the section's own heading (boosted), its parents'
// headings, its body and its code. Statistics (document frequencies, average field lengths) are
// computed once per index on first use, separately for the user's documents and the handbook: two
// different collections, and the handbook's words must not change how the user's sections rank.
import { termCounts } from './tokens.js';
import type { DocIndex, DocSource, IndexEntry, SectionTerms } from './types.js';

const FIELDS = ['head', 'parents', 'body', 'code'] as const;
type Field = (typeof FIELDS)[number];
const WEIGHT: Record<Field, number> = { head: 4, parents: 1.2, body: 1, code: 0.5 };
const B: Record<Field, number> = { head: 0.5, parents: 0.5, body: 0.75, code: 0.75 };
const K1 = 1.2;

interface Stats {
  n: number;
  df: Map<string, number>;
  avg: Record<Field, number>;
  fields: Map<IndexEntry, { tf: Record<Field, Record<string, number>>; len: Record<Field, number> }>;
}

const statsCache = new WeakMap<DocIndex, Record<DocSource, Stats>>();

/** A section's token counts: from the parsed document when it has them, else computed now. */
export function sectionTerms(e: IndexEntry): SectionTerms {
  const s = e.section;
  return (s.terms ??= { head: termCounts(s.heading), body: termCounts(s.body), code: s.code ? termCounts(s.code) : {} });
}

const size = (tf: Record<string, number>) => {
  let n = 0;
  for (const k in tf) n += tf[k]!;
  return n;
};

function stats(index: DocIndex, source: DocSource): Stats {
  let both = statsCache.get(index);
  if (!both) statsCache.set(index, (both = { user: collect(index, 'user'), handbook: collect(index, 'handbook') }));
  return both[source];
}

function collect(index: DocIndex, source: DocSource): Stats {
  const entries = index.entries.filter((e) => e.doc.source === source);
  const df = new Map<string, number>();
  const fields = new Map<IndexEntry, { tf: Record<Field, Record<string, number>>; len: Record<Field, number> }>();
  const total: Record<Field, number> = { head: 0, parents: 0, body: 0, code: 0 };
  const parentOf = new Map<IndexEntry, IndexEntry>();
  for (const e of entries) for (const c of e.children) parentOf.set(c, e);
  for (const e of entries) {
    const t = sectionTerms(e);
    // Parent headings, the document title excluded (it says nothing about one section).
    const parents: Record<string, number> = {};
    for (let p = parentOf.get(e); p; p = parentOf.get(p)) {
      if (!parentOf.get(p) && p.section.level === 1 && e.doc.sections[0] === p.section) break;
      for (const [k, v] of Object.entries(sectionTerms(p).head)) parents[k] = (parents[k] ?? 0) + v;
    }
    const tf = { head: t.head, parents, body: t.body, code: t.code };
    const len = { head: size(t.head), parents: size(parents), body: size(t.body), code: size(t.code) };
    for (const f of FIELDS) total[f] += len[f];
    fields.set(e, { tf, len });
    const seen = new Set<string>();
    for (const f of FIELDS) for (const k in tf[f]) seen.add(k);
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const n = Math.max(1, entries.length);
  const avg = { head: total.head / n || 1, parents: total.parents / n || 1, body: total.body / n || 1, code: total.code / n || 1 };
  return { n, df, avg, fields };
}

/** A weighted query: token → weight (the sum of the weights of the phrases it came from, capped). */
export type Query = Map<string, number>;

/** BM25F score of one section for a query. */
export function bm25f(index: DocIndex, e: IndexEntry, query: Query): number {
  const st = stats(index, e.doc.source);
  const f = st.fields.get(e);
  if (!f) return 0;
  let score = 0;
  for (const [term, qw] of query) {
    const df = st.df.get(term);
    if (!df) continue;
    let tf = 0;
    for (const field of FIELDS) {
      const c = f.tf[field][term];
      if (c) tf += (WEIGHT[field] * c) / (1 - B[field] + (B[field] * f.len[field]) / st.avg[field]);
    }
    if (tf === 0) continue;
    const idf = Math.log(1 + (st.n - df + 0.5) / (df + 0.5));
    score += qw * idf * ((tf * (K1 + 1)) / (tf + K1));
  }
  return score;
}
