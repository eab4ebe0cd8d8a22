// Ranking sections for a concept or a free-text query. Pure.
//
// A section scores per term: a heading that names the term (10 when the heading is the term, 6–9
// when it contains it, by how much of the heading the term covers) far outweighs a parent heading
// (≤ 2.5), mentions in the body (≤ 3) or in code (≤ 1). A section's score is its best term plus a
// quarter of the rest (capped), so a heading that names the concept beats a body that mentions
// several of its words. Free-text queries are matched against the catalog too: "resource limits"
// finds the `resources` concept and with it "リソース制限", and the other way round.
import type { Lang } from '../i18n/lang.js';
import type { DocSearchResult } from '../model/docs.js';
import { CONCEPTS, getConcept, type Concept } from './catalog.js';
import { translateQuery } from './glossary.js';
import {
  bigrams,
  count,
  dice,
  hasJapanese,
  matchQuality,
  norm,
  queryCore,
  queryWords,
  termVariants,
  type Term,
} from './normalize.js';
import type { DocIndex, IndexEntry } from './types.js';
import { editDistance } from '../text/edit-distance.js';

export interface RankOptions {
  /** Handbook language to include (the other language's handbook is left out). Default: both. */
  lang?: Lang;
  /** At most this many results from user documents. Default 10. */
  limit?: number;
  /** At most this many results from the handbook. Default 3. */
  handbookLimit?: number;
  /** Results scoring below this are dropped. */
  minScore?: number;
  /**
   * rankConcept only: consider just the handbook sections that declare the concept with a marker.
   * The handbook is ours and marks every concept, so annotating skips scoring the rest of it.
   */
  handbookMarkedOnly?: boolean;
}

interface WeightedTerm {
  variants: Term[];
  weight: number;
}

const PRIMARY = 1;
const SYNONYM = 0.9;
const RELATED = 0.3;
const MARKER_BONUS = 20;

const conceptTermCache = new Map<string, WeightedTerm[]>();

/** A concept's terms with weights: the first of each language is primary, the rest synonyms, then related words. */
export function conceptTerms(concept: Concept): WeightedTerm[] {
  const cached = conceptTermCache.get(concept.key);
  if (cached) return cached;
  const byText = new Map<string, WeightedTerm>();
  const add = (raw: string, weight: number) => {
    for (const v of termVariants(raw)) {
      const prev = byText.get(v.text);
      if (!prev || prev.weight < weight) byText.set(v.text, { variants: [v], weight });
    }
  };
  concept.ja.forEach((t, i) => add(t, i === 0 ? PRIMARY : SYNONYM));
  concept.en.forEach((t, i) => add(t, i === 0 ? PRIMARY : SYNONYM));
  for (const t of concept.related ?? []) add(t, RELATED);
  const terms = [...byText.values()];
  conceptTermCache.set(concept.key, terms);
  return terms;
}

function termScore(e: IndexEntry, t: WeightedTerm): number {
  let best = 0;
  for (const v of t.variants) {
    let heading = 0;
    if (e.core === v.text) heading = 12;
    else {
      const q = matchQuality(e.head, v);
      if (q > 0) {
        const cover = v.text.length / Math.max(v.text.length, e.core.length || e.head.length);
        heading = q * (5 + 4 * cover);
      }
    }
    // A parent heading that names the term is context: strong for a section whose own heading
    // does not ("5.6 ヘルスチェック › 5.6.3 種類"), a small agreement bonus for one that does.
    let parent = 0;
    for (let i = 0; i < e.parents.length; i++) {
      const q = matchQuality(e.parents[i]!, v);
      if (q > 0) {
        parent = q * (heading > 0 ? 1 : i === 0 ? 2.5 : 1.5);
        break;
      }
    }
    const n = e.body ? count(e.body, v, 16) : 0;
    const body = n > 0 ? Math.min(3, Math.log2(1 + n)) : 0;
    const c = e.code ? count(e.code, v, 8) : 0;
    const code = c > 0 ? Math.min(1, 0.5 * Math.log2(1 + c)) : 0;
    best = Math.max(best, heading + parent + body + code);
  }
  return best * t.weight;
}

/** Like termScore for a set of words that must all occur (any order, any distance): in the heading, a parent, or the body. */
function allOfScore(e: IndexEntry, groups: Term[][]): number {
  const quality = (text: string) => {
    let q = 1;
    let len = 0;
    for (const alts of groups) {
      let best = 0;
      let bestLen = 0;
      for (const t of alts) {
        const m = matchQuality(text, t);
        if (m > best) [best, bestLen] = [m, t.text.length];
      }
      if (best === 0) return { q: 0, len: 0 };
      q = Math.min(q, best);
      len += bestLen;
    }
    return { q, len };
  };
  const h = quality(e.head);
  let heading = 0;
  if (h.q > 0) heading = h.q * (5 + 4 * Math.min(1, h.len / Math.max(1, e.core.length)));
  let parent = 0;
  if (e.parents[0] && quality(e.parents[0]).q > 0) parent = heading > 0 ? 1 : 2.5;
  let body = 0;
  if (e.body) {
    let n = Infinity;
    for (const alts of groups) n = Math.min(n, Math.max(...alts.map((t) => count(e.body, t, 16))));
    if (n > 0 && n !== Infinity) body = Math.min(3, Math.log2(1 + n));
  }
  return heading + parent + body;
}

/**
 * Best term plus a share of the others (at most 3), plus extras such as a concept marker; a section
 * that is only an outline (no text under it or under its subsections) counts a little less.
 */
function combine(e: IndexEntry, scores: number[], extra: number): number {
  let max = 0;
  let sum = 0;
  for (const s of scores) {
    sum += s;
    if (s > max) max = s;
  }
  const score = max + Math.min(3, 0.3 * (sum - max)) + extra;
  return e.outline ? score * 0.85 : score;
}

const notUnderCache = new Map<string, Term[]>();

/** 0.3 when a parent heading says the words mean something else here (Concept.notUnder), else 1. */
function contextFactor(e: IndexEntry, concept: Concept): number {
  if (!concept.notUnder || e.parents.length === 0) return 1;
  let terms = notUnderCache.get(concept.key);
  if (!terms) notUnderCache.set(concept.key, (terms = concept.notUnder.flatMap(termVariants)));
  for (const p of e.parents) for (const t of terms) if (matchQuality(p, t) > 0) return 0.3;
  return 1;
}

function toResult(e: IndexEntry, score: number): DocSearchResult {
  return {
    file: e.doc.file,
    line: e.section.line,
    headings: e.section.headings,
    document: e.doc.title,
    score: Math.round(score * 100) / 100,
    source: e.doc.source,
    anchor: e.section.anchor,
  };
}

function finish(scored: { e: IndexEntry; score: number }[], opts: RankOptions, minScore: number): DocSearchResult[] {
  let kept = scored.filter((s) => s.score >= minScore);
  // A heading with no text of its own ("### StatefulSet") whose subsection scores about as well
  // ("#### ▼ StatefulSetとは") would only repeat it: keep the subsection, which has the content.
  const byEntry = new Map(kept.map((s) => [s.e, s.score]));
  kept = kept.filter((s) => {
    if (s.e.body.trim() || s.e.code.trim()) return true;
    for (const child of s.e.children) {
      const c = byEntry.get(child);
      if (c !== undefined && c >= s.score * 0.8) return false;
    }
    return true;
  });
  kept.sort((a, b) => b.score - a.score || a.e.docOrder - b.e.docOrder || a.e.section.line - b.e.section.line);
  const user = kept.filter((s) => s.e.doc.source === 'user').slice(0, opts.limit ?? 10);
  // Handbook sections are one per concept: keep only those close to the best one.
  const hb = kept.filter((s) => s.e.doc.source === 'handbook');
  const handbook = hb.filter((s) => s.score >= (hb[0]?.score ?? 0) * 0.5).slice(0, opts.handbookLimit ?? 3);
  return [...user, ...handbook].map((s) => toResult(s.e, s.score));
}

function eligible(e: IndexEntry, opts: RankOptions): boolean {
  return !(e.doc.source === 'handbook' && opts.lang && e.doc.lang && e.doc.lang !== opts.lang);
}

/**
 * Sections that teach a concept, best first: user documents first, then the handbook.
 * An unknown key gives no results (check it with getConcept first).
 */
export function rankConcept(index: DocIndex, key: string, opts: RankOptions = {}): DocSearchResult[] {
  const concept = getConcept(key);
  if (!concept) return [];
  const terms = conceptTerms(concept);
  const scored: { e: IndexEntry; score: number }[] = [];
  for (const e of index.entries) {
    if (!eligible(e, opts)) continue;
    const marked = e.section.concepts.includes(key);
    if (opts.handbookMarkedOnly && e.doc.source === 'handbook' && !marked) continue;
    const marker = marked ? MARKER_BONUS : 0;
    const score = combine(e, terms.map((t) => termScore(e, t)), marker) * contextFactor(e, concept);
    scored.push({ e, score });
  }
  return finish(scored, opts, opts.minScore ?? 3);
}

export interface ConceptMatch {
  key: string;
  /** 1 when the query is one of the concept's terms; less for partial matches. */
  strength: number;
}

/** Concepts a free-text query names, in either language, strongest first (at most 3). */
export function matchConcepts(query: string): ConceptMatch[] {
  const q = queryCore(query);
  if (!q) return [];
  const qTerm = termVariants(q)[0];
  const out: ConceptMatch[] = [];
  for (const c of CONCEPTS) {
    let best = 0;
    for (const raw of [...c.ja, ...c.en, c.key]) {
      for (const v of termVariants(raw)) {
        let m = 0;
        if (v.text === q) m = 1;
        else if (v.text.length >= 2 && matchQuality(q, v) === 1) m = 0.5 + 0.45 * (v.text.length / q.length);
        else if (qTerm && q.length >= 4 && matchQuality(v.text, qTerm) === 1) m = 0.6 * (q.length / v.text.length);
        best = Math.max(best, m);
      }
    }
    if (best >= 0.5) out.push({ key: c.key, strength: best });
  }
  out.sort((a, b) => b.strength - a.strength || a.key.localeCompare(b.key));
  const top = out[0]?.strength ?? 0;
  return out.filter((m) => m.strength >= top * 0.75).slice(0, 3);
}

/** Free-text search in Japanese or English: the query itself, its words, and the concepts it names. */
export function search(index: DocIndex, query: string, opts: RankOptions = {}): DocSearchResult[] {
  const q = queryCore(query);
  if (!q) return [];
  const terms = new Map<string, WeightedTerm>();
  const add = (t: WeightedTerm) => {
    const k = t.variants.map((v) => v.text).join('|');
    const prev = terms.get(k);
    if (!prev || prev.weight < t.weight) terms.set(k, t);
  };
  add({ variants: termVariants(q), weight: 1 });
  const translation = translateQuery(q);
  for (const t of translation.phrases) add({ variants: termVariants(t), weight: 0.9 });
  const concepts = matchConcepts(query);
  // Single words of a longer query count for less when the whole query names a concept; all of
  // them together (in any order), in either language, count almost like the phrase.
  const words = queryWords(q);
  const wordWeight = (concepts[0]?.strength ?? 0) >= 0.9 ? 0.25 : 0.5;
  if (words.length > 1) for (const w of words) add({ variants: termVariants(w), weight: wordWeight });
  const allOf: { groups: Term[][]; weight: number }[] = [];
  if (words.length > 1) allOf.push({ groups: words.map(termVariants), weight: 0.8 });
  if (translation.segments) allOf.push({ groups: translation.segments.map(termVariants), weight: 0.8 });
  if (translation.words) allOf.push({ groups: translation.words.map((alts) => alts.flatMap(termVariants)), weight: 0.75 });
  for (const m of concepts) {
    const c = getConcept(m.key)!;
    for (const t of conceptTerms(c)) add({ variants: t.variants, weight: 0.6 * m.strength * t.weight });
  }
  const list = [...terms.values()];
  const fuzzy = hasJapanese(q) ? bigrams(q) : null;

  const scored: { e: IndexEntry; score: number }[] = [];
  for (const e of index.entries) {
    if (!eligible(e, opts)) continue;
    const scores = list.map((t) => termScore(e, t));
    for (const a of allOf) scores.push(allOfScore(e, a.groups) * a.weight);
    if (fuzzy) {
      const d = dice(fuzzy, e.headBigrams);
      if (d >= 0.45) scores.push(8 * d);
    }
    let marker = 0;
    for (const m of concepts) if (e.section.concepts.includes(m.key)) marker = Math.max(marker, MARKER_BONUS * m.strength);
    const best = concepts[0] ? getConcept(concepts[0].key) : undefined;
    scored.push({ e, score: combine(e, scores, marker) * (best ? contextFactor(e, best) : 1) });
  }
  return finish(scored, opts, opts.minScore ?? 2);
}

/** Concepts whose names resemble the query, for "nothing matched; try …" (may be empty). */
export function suggestConcepts(query: string, n = 5): Concept[] {
  const q = norm(query);
  if (!q) return [];
  const qb = bigrams(q);
  const scored = CONCEPTS.map((c) => {
    let best = 0;
    for (const raw of [c.key, ...c.ja, ...c.en, ...(c.related ?? [])]) {
      const t = norm(raw);
      best = Math.max(best, dice(qb, bigrams(t)));
      if (/^[a-z0-9 ]+$/.test(q) && /^[a-z0-9 ]+$/.test(t)) {
        const d = editDistance(q, t);
        best = Math.max(best, 1 - d / Math.max(q.length, t.length));
      }
    }
    return { c, best };
  });
  return scored
    .filter((s) => s.best >= 0.4)
    .sort((a, b) => b.best - a.best || a.c.key.localeCompare(b.c.key))
    .slice(0, n)
    .map((s) => s.c);
}

/** Catalog keys close to an unknown key: edit distance on keys, and concepts the text names. */
export function closeConceptKeys(key: string, n = 3): string[] {
  const k = key.toLowerCase();
  const out = new Map<string, number>();
  for (const c of CONCEPTS) {
    const d = editDistance(k, c.key);
    const lastPart = c.key.split('.').pop()!;
    const dLast = editDistance(k, lastPart);
    // Lower is closer: a near-miss of the whole key, then of its last part, then a concept the
    // text names ("readiness"), then a key containing the text.
    if (d <= Math.max(2, Math.floor(c.key.length / 3))) out.set(c.key, 0.3 * d);
    else if (dLast <= Math.max(1, Math.floor(lastPart.length / 4))) out.set(c.key, 0.3 + 0.3 * dLast);
    else if (c.key.includes(k) || k.includes(lastPart)) out.set(c.key, 2 + d / 100);
  }
  for (const m of matchConcepts(key.replace(/[._-]+/g, ' '))) out.set(m.key, Math.min(out.get(m.key) ?? 99, 0.5 + (1 - m.strength)));
  if (out.size === 0) suggestConcepts(key, n).forEach((c, i) => out.set(c.key, 10 + i));
  return [...out.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([key]) => key);
}
