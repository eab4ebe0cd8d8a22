// BM25F over an index's sections. Pure. Fields: the section's own heading (boosted), its parents'
// headings, its body and its code. Statistics (document frequencies, average field lengths) are
// computed once per index on first use, separately for the user's documents and the handbook: two
// different collections, and the handbook's words must not change how the user's sections rank.
import { eachTokenId, termCounts, termOf } from './tokens.js';
import type { DocIndex, DocSource, IndexEntry, PackedPostings, PackedStats, RawPostings, Section, SectionTerms } from './types.js';

const FIELDS = ['head', 'parents', 'body', 'code'] as const;
type Field = (typeof FIELDS)[number];
const WEIGHT: Record<Field, number> = { head: 4, parents: 1.2, body: 1, code: 0.5 };
const B: Record<Field, number> = { head: 0.5, parents: 0.5, body: 0.75, code: 0.75 };
const K1 = 1.2;

interface Posting {
  e: IndexEntry;
  /** Field-weighted, length-normalized term frequency (BM25F's pseudo-frequency). */
  tf: number;
  /** The term is in the section's own heading. */
  head: boolean;
}

interface Stats {
  n: number;
  postings: Pick<Map<string, Posting[]>, 'get'>;
}

/** Changes with the weights, so statistics packed ahead (the handbook's) are packed again. */
export const BM25_KEY = JSON.stringify({ WEIGHT, B });

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

const statsCache2 = new WeakMap<DocIndex, Partial<Record<DocSource, Stats>>>();

/** Each collection's statistics, computed on first use (annotating never needs the handbook's). */
function stats(index: DocIndex, source: DocSource): Stats {
  let both = statsCache2.get(index);
  if (!both) statsCache2.set(index, (both = {}));
  const packed = index.packed?.[source];
  return (both[source] ??= (packed && ('raw' in packed ? unpackRaw(index, source, packed) : unpack(index, source, packed))) || collect(index, source));
}

/** Raw postings as counted: `postings` holds each term's quadruples back to back, term i's ending at `ends[i]`. */
export interface PackedRaw {
  terms: string[];
  sizes: Int32Array;
  ends: Int32Array;
  postings: Int32Array;
  /** The same counts section by section: section s's quadruples (term, head, body, code) are forward[starts[s]…starts[s+1]). */
  starts: Int32Array;
  forward: Int32Array;
}

/**
 * Raw postings of sections' token counts, sections in collection order (the user's documents cache),
 * counted from their texts: each token's number into arrays, the quadruples in section order, then
 * placed term by term. Integers only: counting into an object per field and section, then reading
 * those back, cost a 5 MB folder more than its Markdown parse; the postings as text (numbers
 * formatted and joined) 240 ms more.
 */
export function packRaw(sections: Iterable<Pick<Section, 'heading' | 'body' | 'code'>>): PackedRaw {
  // Per token number (the run's, src/docs/tokens.ts termId): its counts in the section being counted,
  // the section they belong to, and its number in this collection.
  let counts = new Int32Array(0);
  let stamp = new Int32Array(0);
  let local = new Int32Array(0);
  const grow = (id: number) => {
    const size = Math.max(id + 1, 2 * stamp.length, 4096);
    const c = new Int32Array(3 * size);
    c.set(counts);
    const st = new Int32Array(size).fill(-1);
    st.set(stamp);
    const l = new Int32Array(size).fill(-1);
    l.set(local);
    counts = c;
    stamp = st;
    local = l;
  };
  const terms: string[] = [];
  const perTerm: number[] = [];
  const forward: number[] = [];
  const starts: number[] = [];
  const sizes: number[] = [];
  let at = 0;
  let touched: number[] = [];
  let field = 0;
  let total = 0;
  const count = (id: number) => {
    if (id >= stamp.length) grow(id);
    if (stamp[id] !== at) {
      stamp[id] = at;
      counts[3 * id] = counts[3 * id + 1] = counts[3 * id + 2] = 0;
      touched.push(id);
    }
    counts[3 * id + field]!++;
    total++;
  };
  for (const s of sections) {
    touched = [];
    for (field = 0; field < 3; field++) {
      const text = field === 0 ? s.heading : field === 1 ? s.body : s.code;
      total = 0;
      if (text) eachTokenId(text, count);
      sizes.push(total);
    }
    starts.push(forward.length);
    for (const id of touched) {
      let t = local[id]!;
      if (t === -1) {
        t = local[id] = terms.length;
        terms.push(termOf(id));
        perTerm.push(0);
      }
      perTerm[t]!++;
      forward.push(t, counts[3 * id]!, counts[3 * id + 1]!, counts[3 * id + 2]!);
    }
    at++;
  }
  starts.push(forward.length);
  const ends = new Int32Array(terms.length);
  const next = new Int32Array(terms.length);
  let sum = 0;
  for (let i = 0; i < terms.length; i++) {
    next[i] = sum;
    sum += 4 * perTerm[i]!;
    ends[i] = sum;
  }
  const postings = new Int32Array(sum);
  for (let sec = 0; sec < at; sec++)
    for (let q = starts[sec]!; q < starts[sec + 1]!; q += 4) {
      const t = forward[q]!;
      const o = next[t]!;
      postings[o] = sec;
      postings[o + 1] = forward[q + 1]!;
      postings[o + 2] = forward[q + 2]!;
      postings[o + 3] = forward[q + 3]!;
      next[t] = o + 4;
    }
  return { terms, sizes: Int32Array.from(sizes), ends, postings, starts: Int32Array.from(starts), forward: Int32Array.from(forward) };
}

/**
 * Raw postings as statistics: the weights collect() would compute, to the last bit (the same sums in
 * the same order), for the terms a query asks for. A term in a heading also counts for every section
 * under it (the parents field), the document's title excepted.
 */
function unpackRaw(index: DocIndex, source: DocSource, raw: RawPostings): Stats | null {
  const entries = index.entries.filter((e) => e.doc.source === source);
  if (entries.length !== raw.n || raw.sizes.length !== 3 * raw.n) return null;
  const at = new Map(entries.map((e, i) => [e, i]));
  const parent = new Int32Array(entries.length).fill(-1);
  entries.forEach((e, i) => {
    for (const c of e.children) parent[at.get(c)!] = i;
  });
  const isTitle = (i: number) => parent[i] === -1 && entries[i]!.section.level === 1 && entries[i]!.doc.sections[0] === entries[i]!.section;
  // Parent headings' token totals: the chain of headings above each section (entries come after their parents).
  const chain = new Array<number>(entries.length);
  const len = { head: [] as number[], parents: [] as number[], body: [] as number[], code: [] as number[] };
  const total: Record<Field, number> = { head: 0, parents: 0, body: 0, code: 0 };
  for (let i = 0; i < entries.length; i++) {
    const head = raw.sizes[3 * i]!;
    const up = parent[i]!;
    const parents = up === -1 ? 0 : chain[up]!;
    chain[i] = parents + (isTitle(i) ? 0 : head);
    len.head.push(head);
    len.parents.push(parents);
    len.body.push(raw.sizes[3 * i + 1]!);
    len.code.push(raw.sizes[3 * i + 2]!);
  }
  // Summed in the order collect() sums them: the same doubles.
  for (let i = 0; i < entries.length; i++) for (const f of FIELDS) total[f] += len[f][i]!;
  const n = Math.max(1, entries.length);
  const avg = { head: total.head / n || 1, parents: total.parents / n || 1, body: total.body / n || 1, code: total.code / n || 1 };
  const norm = (f: Field, i: number) => 1 - B[f] + (B[f] * len[f][i]!) / avg[f];
  // Where each section's subsections end: they follow it, one level deeper or more, in its document.
  const end = new Int32Array(entries.length);
  for (let i = entries.length - 1; i >= 0; i--) {
    let j = i + 1;
    while (j < entries.length && entries[j]!.doc === entries[i]!.doc && entries[j]!.section.level > entries[i]!.section.level) j = end[j]!;
    end[i] = j;
  }
  let position: Map<string, number> | undefined;
  const done = new Map<string, Posting[] | undefined>();
  const posting = (i: number, h: number, p: number, b: number, c: number): Posting => {
    let w = 0;
    if (h) w += (WEIGHT.head * h) / norm('head', i);
    if (p) w += (WEIGHT.parents * p) / norm('parents', i);
    if (b) w += (WEIGHT.body * b) / norm('body', i);
    if (c) w += (WEIGHT.code * c) / norm('code', i);
    return { e: entries[i]!, tf: w, head: h > 0 };
  };
  const get = (term: string): Posting[] | undefined => {
    position ??= new Map(raw.terms.map((t, i) => [t, i]));
    const t = position.get(term);
    if (t === undefined) return undefined;
    const quads = raw.list(t);
    // The term in a heading counts for every section under it, the document's title excepted.
    let parents: Map<number, number> | undefined;
    for (let j = 0; j < quads.length; j += 4) {
      const i = quads[j]!;
      const h = quads[j + 1]!;
      if (!h || isTitle(i)) continue;
      for (let k = i + 1; k < end[i]!; k++) (parents ??= new Map()).set(k, (parents.get(k) ?? 0) + h);
    }
    const list: Posting[] = [];
    if (!parents) {
      for (let j = 0; j < quads.length; j += 4) list.push(posting(quads[j]!, quads[j + 1]!, 0, quads[j + 2]!, quads[j + 3]!));
      return list;
    }
    // Sections with the term in their own text and those under a heading with it, in collection order.
    const own = new Map<number, number>();
    for (let j = 0; j < quads.length; j += 4) own.set(quads[j]!, j);
    const positions = [...new Set([...own.keys(), ...parents.keys()])].sort((a, b) => a - b);
    for (const i of positions) {
      const j = own.get(i);
      list.push(
        j === undefined ? posting(i, 0, parents.get(i)!, 0, 0) : posting(i, quads[j + 1]!, parents.get(i) ?? 0, quads[j + 2]!, quads[j + 3]!),
      );
    }
    return list;
  };
  return {
    n,
    postings: {
      get(term) {
        if (!done.has(term)) done.set(term, get(term));
        return done.get(term);
      },
    },
  };
}

/** A collection's statistics for the package's build (src/docs/load.ts buildHandbookIndex). */
export function packStats(index: DocIndex, source: DocSource): PackedStats {
  const entries = index.entries.filter((e) => e.doc.source === source);
  const at = new Map(entries.map((e, i) => [e, i]));
  const { n, postings } = collect(index, source);
  const terms: string[] = [];
  const lists: string[] = [];
  for (const [term, list] of postings as Map<string, Posting[]>) {
    terms.push(term);
    // String(number) and Number(string) give back the same double.
    lists.push(list.map((p) => `${at.get(p.e)!},${p.tf},${p.head ? 1 : 0}`).join(','));
  }
  return { n, terms, lists };
}

/** Packed statistics over this index's entries, each term's postings rebuilt when a query first asks for it. */
function unpack(index: DocIndex, source: DocSource, packed: PackedPostings): Stats | null {
  const entries = index.entries.filter((e) => e.doc.source === source);
  // Built for other documents: count them again.
  if (entries.length !== packed.n) return null;
  let position: Map<string, number> | undefined;
  const done = new Map<string, Posting[] | undefined>();
  return {
    n: packed.n,
    postings: {
      get(term) {
        if (done.has(term)) return done.get(term);
        position ??= new Map(packed.terms.map((t, i) => [t, i]));
        const i = position.get(term);
        const flat = i === undefined ? undefined : packed.list(i).split(',');
        let list: Posting[] | undefined;
        if (flat) {
          list = [];
          for (let j = 0; j < flat.length; j += 3) list.push({ e: entries[Number(flat[j])]!, tf: Number(flat[j + 1]), head: flat[j + 2] === '1' });
        }
        done.set(term, list);
        return list;
      },
    },
  };
}

function collect(index: DocIndex, source: DocSource): Stats {
  const entries = index.entries.filter((e) => e.doc.source === source);
  const parentOf = new Map<IndexEntry, IndexEntry>();
  for (const e of entries) for (const c of e.children) parentOf.set(c, e);
  const total: Record<Field, number> = { head: 0, parents: 0, body: 0, code: 0 };
  // Parent headings, the document title excluded (it says nothing about one section); each chain
  // is merged once and shared by all the sections under it.
  const chains = new Map<IndexEntry, Record<string, number>>();
  const chain = (p: IndexEntry | undefined): Record<string, number> => {
    if (!p) return {};
    let c = chains.get(p);
    if (c) return c;
    const up = parentOf.get(p);
    const isTitle = !up && p.section.level === 1 && p.doc.sections[0] === p.section;
    c = { ...chain(up) };
    if (!isTitle) {
      const head = sectionTerms(p).head;
      for (const k in head) c[k] = (c[k] ?? 0) + head[k]!;
    }
    chains.set(p, c);
    return c;
  };
  const rows = entries.map((e) => {
    const t = sectionTerms(e);
    const parents = chain(parentOf.get(e));
    const tf: Record<Field, Record<string, number>> = { head: t.head, parents, body: t.body, code: t.code };
    const len = { head: size(t.head), parents: size(parents), body: size(t.body), code: size(t.code) };
    for (const f of FIELDS) total[f] += len[f];
    return { e, tf, len };
  });
  const n = Math.max(1, entries.length);
  const avg = { head: total.head / n || 1, parents: total.parents / n || 1, body: total.body / n || 1, code: total.code / n || 1 };
  const postings = new Map<string, Posting[]>();
  for (const { e, tf, len } of rows) {
    const weighted = new Map<string, number>();
    for (const f of FIELDS) {
      const norm = 1 - B[f] + (B[f] * len[f]) / avg[f];
      for (const k in tf[f]) weighted.set(k, (weighted.get(k) ?? 0) + (WEIGHT[f] * tf[f][k]!) / norm);
    }
    for (const [k, w] of weighted) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push({ e, tf: w, head: k in tf.head });
    }
  }
  return { n, postings };
}

/** A weighted query: token → weight (the weight of the strongest phrase it came from). */
export type Query = Map<string, number>;

export interface Hit {
  score: number;
  /** Some query term is in the section's own heading. */
  head: boolean;
}

/** BM25F scores of every section that has at least one query term, per collection. */
export function scoreAll(index: DocIndex, query: Query, sources: readonly DocSource[] = ['user', 'handbook']): Map<IndexEntry, Hit> {
  const out = new Map<IndexEntry, Hit>();
  for (const source of sources) {
    const st = stats(index, source);
    for (const [term, qw] of query) {
      const list = st.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (st.n - list.length + 0.5) / (list.length + 0.5));
      for (const p of list) {
        const add = qw * idf * ((p.tf * (K1 + 1)) / (p.tf + K1));
        const hit = out.get(p.e);
        if (hit) {
          hit.score += add;
          hit.head ||= p.head;
        } else out.set(p.e, { score: add, head: p.head });
      }
    }
  }
  return out;
}
