// Ranking sections for a concept, a finding or a free-text query. Pure.
//
// BM25F (src/docs/bm25.ts) over each section's heading (boosted), parent headings, body and code,
// with Japanese-aware tokens (src/docs/tokens.ts). A query is a set of weighted phrases: the
// query itself, its glossary translation, and the words of the catalog concepts it names (so an
// English query finds Japanese sections and the other way round); a finding's query is its
// concept's words plus the case's own terms. A heading that names a phrase outright gets a bonus,
// the handbook section marked for the concept a large one. Intent (src/docs/intent.ts) prefers
// sections with checks and fixes for problems and definitions for "what is" questions. A section
// with no text of its own is never returned (its score goes to the nearest section with text).
import type { Lang } from '../i18n/lang.js';
import type { DocSearchResult } from '../model/docs.js';
import { editDistance } from '../text/edit-distance.js';
import { scoreAll, sectionTerms, type Hit, type Query } from './bm25.js';
import { textLength } from './build.js';
import { CONCEPTS, getConcept, type Concept } from './catalog.js';
import { translateQuery, translateWords } from './glossary.js';
import { intentFactor, queryIntent, type Intent } from './intent.js';
import { getMisconception, sectionMisconceptions } from './misconceptions.js';
import { bigrams, dice, matchQuality, norm, queryCore, termVariants, type Term } from './normalize.js';
import { phraseForms } from './phrases.js';
import { namesAny, parents, teaching } from './teaching.js';
import { tokenize } from './tokens.js';
import type { DocIndex, IndexEntry } from './types.js';
import { compareText } from '../text/compare.js';

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
  /** User sections scoring below this share of the best one are dropped (default 0.25). */
  relative?: number;
  /**
   * rankFinding only: the user sections are citations, so only those scoring at least this that teach
   * the concept are kept (see teaching); a search may list passing mentions, a citation may not.
   */
  citeScore?: number;
}

const PRIMARY = 1;
const SYNONYM = 0.9;
const RELATED = 0.3;
const MARKER_BONUS = 20;
/** A user section that names none of a finding's phrases keeps this share of its score. */
const UNNAMED = 0.4;
/** A query matched to a problem concept at least this strongly is asked as that problem (see search). */
const NAMES_PROBLEM = 0.9;
/** A finding's own terms (reason, probe type, names) weigh a little less than its concept's names. */
const TERM = 0.5;
/** User sections scoring below this share of the best one are dropped (RankOptions.relative). */
const RELATIVE = 0.25;

/** Phrases → a BM25 query: each token weighs as much as the strongest phrase it comes from. */
function toQuery(parts: WeightedText[]): Query {
  const q: Query = new Map();
  for (const p of parts) for (const t of phraseForms(p.text).tokens) if (p.weight > (q.get(t) ?? 0)) q.set(t, p.weight);
  return q;
}

interface WeightedText {
  text: string;
  weight: number;
}

/** A concept's words as weighted phrases: its first name in each language, its synonyms, then related words. */
function conceptParts(concept: Concept, scale = 1): WeightedText[] {
  const parts: WeightedText[] = [];
  concept.ja.forEach((t, i) => parts.push({ text: t, weight: scale * (i === 0 ? PRIMARY : SYNONYM) }));
  concept.en.forEach((t, i) => parts.push({ text: t, weight: scale * (i === 0 ? PRIMARY : SYNONYM) }));
  for (const t of concept.related ?? []) parts.push({ text: t, weight: scale * RELATED });
  return parts;
}

interface Phrase {
  variants: Term[];
  weight: number;
  /** Its tokens: a heading without all of them cannot name it (a cheap test before matching). */
  tokens: string[];
}

/** A heading that names one of the phrases outright counts extra (BM25 alone cannot tell a name from a mention). */
function headingBonus(e: IndexEntry, phrases: Phrase[]): number {
  let best = 0;
  const head = sectionTerms(e).head;
  for (const p of phrases) {
    if (p.tokens.length === 0 || !p.tokens.every((t) => t in head)) continue;
    for (const v of p.variants) {
      if (e.core === v.text) best = Math.max(best, 5 * p.weight);
      else if (v.text.length >= 2 && matchQuality(e.head, v) > 0) best = Math.max(best, 1.5 * p.weight * matchQuality(e.head, v));
    }
  }
  return best;
}

const hasText = (e: IndexEntry) => textLength(e.section) > 0;

/**
 * A section with no text of its own is never a result: its score goes to its first subsection
 * with text, else to the nearest parent with text, else nowhere.
 */
function liftEmpty(index: DocIndex, scored: Map<IndexEntry, number>): void {
  const parentOf = parents(index);
  for (const [e, s] of [...scored]) {
    if (hasText(e)) continue;
    scored.delete(e);
    if (s <= 0) continue;
    let target: IndexEntry | undefined;
    const queue = [...e.children];
    while (queue.length > 0 && !target) {
      const c = queue.shift()!;
      if (hasText(c)) target = c;
      else queue.push(...c.children);
    }
    for (let p = parentOf.get(e); !target && p; p = parentOf.get(p)) if (hasText(p)) target = p;
    if (target) scored.set(target, Math.max(scored.get(target) ?? 0, s * 0.85));
  }
}

const markedCache = new WeakMap<DocIndex, Map<string, IndexEntry[]>>();
/** The sections that declare a concept with a marker. */
function markedFor(index: DocIndex, key: string): IndexEntry[] {
  let m = markedCache.get(index);
  if (!m) {
    m = new Map();
    for (const e of index.entries)
      for (const k of e.section.concepts) {
        let list = m.get(k);
        if (!list) m.set(k, (list = []));
        list.push(e);
      }
    markedCache.set(index, m);
  }
  return m.get(key) ?? [];
}

interface Retrieval {
  parts: WeightedText[];
  intent: Intent;
  /**
   * A user section should name one of the parts outright (all of a phrase's tokens in it or its parent
   * headings); one that only shares scattered generic tokens ("Pod", "オブジェクト") with a finding's
   * words rarely teaches it and keeps UNNAMED of its score.
   */
  evidence?: boolean;
  /**
   * The question's own words, each with its translations: a heading that holds most of them is
   * likely the answer ("マスターNode上のPod" for "マスターノードに Pod が配置されない").
   */
  own?: string[][];
  /** Catalog concepts the request is about (marker bonus, context), strongest first. */
  concepts: { concept: Concept; strength: number }[];
  /** Handbook: only sections that declare one of the concepts. */
  handbookMarkedOnly?: boolean;
  /** Citations: user sections below this score or that do not teach the first concept are dropped (see teaching). */
  citeScore?: number;
}

function retrieve(index: DocIndex, r: Retrieval, opts: RankOptions, minScore: number): DocSearchResult[] {
  // Handbook sections for annotations are the marked ones: only the user's documents need scoring,
  // and without any (explain with the handbook alone) there is no query to build.
  const sources = (r.handbookMarkedOnly ? (['user'] as const) : (['user', 'handbook'] as const)).filter((s) =>
    index.documents.some((d) => d.source === s),
  );
  const hits = sources.length > 0 ? scoreAll(index, toQuery(r.parts), sources) : new Map<IndexEntry, Hit>();
  let phrases: Phrase[] | undefined;
  const named = () =>
    (phrases ??= r.parts.filter((p) => p.weight >= SYNONYM * 0.6).map((p) => ({ ...phraseForms(p.text), weight: p.weight })));
  const scored = new Map<IndexEntry, number>();
  // Only a section with a query word or a marker for one of the concepts can score.
  const candidates = new Set(hits.keys());
  for (const c of r.concepts) for (const e of markedFor(index, c.concept.key)) candidates.add(e);
  for (const e of candidates) {
    if (!eligible(e, opts)) continue;
    let marker = 0;
    for (const c of r.concepts) if (e.section.concepts.includes(c.concept.key)) marker = Math.max(marker, MARKER_BONUS * c.strength);
    if (r.handbookMarkedOnly && e.doc.source === 'handbook' && marker === 0) continue;
    const hit = hits.get(e);
    const base = hit ? hit.score + (hit.head ? headingBonus(e, named()) : 0) : 0;
    if (base <= 0 && marker === 0) continue;
    const context = r.concepts[0] ? contextFactor(e, r.concepts[0].concept) : 1;
    const cover = r.own && hit?.head ? 1 + headingCover(e, r.own) : 1;
    scored.set(e, base * context * cover * intentFactor(r.intent, e) + marker);
  }
  liftEmpty(index, scored);
  // User sections that can never be results are dropped before the evidence test, the teaching test
  // and the sort, which cost more than the scoring itself: for citations, those below citeScore (the
  // evidence test only lowers scores); otherwise those below the share of the best one that finish()
  // keeps (the best one at its lowest, UNNAMED of its score, when evidence may lower it).
  const subject = r.concepts[0]?.concept;
  const cite = r.citeScore !== undefined && subject !== undefined;
  let best = 0;
  for (const [e, v] of scored) if (e.doc.source === 'user' && v > best) best = v;
  const floor = cite ? r.citeScore! : best * (opts.relative ?? RELATIVE) * (r.evidence ? UNNAMED : 1);
  for (const [e, v] of scored) if (e.doc.source === 'user' && v < floor) scored.delete(e);
  if (r.evidence) {
    let sets: string[][] | undefined;
    const phraseTokens = () => (sets ??= [...new Set(r.parts.map((p) => p.text))].map((t) => phraseForms(t).tokens).filter((t) => t.length > 0));
    for (const [e, v] of scored) if (e.doc.source === 'user' && !namesAny(index, e, phraseTokens())) scored.set(e, v * UNNAMED);
  }
  if (cite) {
    // Cite sections about the concept; sections that only name it, when none is about it.
    const tier = new Map(
      [...scored].filter(([e, v]) => e.doc.source === 'user' && v >= r.citeScore!).map(([e]) => [e, teaching(index, e, subject)]),
    );
    const bar = Math.max(1, ...tier.values());
    for (const e of [...scored.keys()]) if (e.doc.source === 'user' && (tier.get(e) ?? 0) < bar) scored.delete(e);
  }
  return finish([...scored].map(([e, score]) => ({ e, score })), opts, minScore);
}

/**
 * A query's words at their finest (a token that contains another one is left out: マスターノード gives
 * マスタ and ノード, 再起動 its pairs), each with its glossary translations (ノード → node).
 */
function ownWords(query: string): string[][] {
  const tokens = [...new Set(tokenize(query))];
  const fine = tokens.filter((t) => !tokens.some((o) => o !== t && t.includes(o)));
  return fine.map((t) => [t, ...translateWords(t).flatMap((w) => tokenize(w))]);
}

/** Share of the question's words in the heading (0 unless at least two are). */
function headingCover(e: IndexEntry, own: string[][]): number {
  if (e.doc.sections[0] === e.section && e.section.level === 1) return 0; // a document's title names its whole subject
  const head = sectionTerms(e).head;
  const n = own.filter((alts) => alts.some((t) => t in head)).length;
  return n >= 2 ? n / own.length : 0;
}


const notUnderCache = new Map<string, Term[]>();

/** 0.3 when a parent heading says the words mean something else here (Concept.notUnder), else 1. */
function contextFactor(e: IndexEntry, concept: Concept): number {
  if (!concept.notUnder || e.parents.length === 0) return 1;
  let terms = notUnderCache.get(concept.key);
  if (!terms) notUnderCache.set(concept.key, (terms = concept.notUnder.flatMap((t) => phraseForms(t).variants)));
  for (const p of e.parents) for (const t of terms) if (matchQuality(p, t) > 0) return 0.3;
  return 1;
}

function toResult(e: IndexEntry, score: number, lang: Lang): DocSearchResult {
  const r: DocSearchResult = {
    file: e.doc.file,
    line: e.section.line,
    headings: e.section.headings,
    document: e.doc.title,
    score: Math.round(score * 100) / 100,
    source: e.doc.source,
    anchor: e.section.anchor,
  };
  const ids = sectionMisconceptions(e.section);
  if (ids.length > 0) r.cautions = ids.map((id) => ({ id, text: getMisconception(id)!.truth[lang] }));
  return r;
}

/** Best first; user sections close enough to the best one, then the handbook's. */
function finish(scored: { e: IndexEntry; score: number }[], opts: RankOptions, minScore: number): DocSearchResult[] {
  const kept = scored.filter((s) => s.score >= minScore);
  kept.sort((a, b) => b.score - a.score || a.e.docOrder - b.e.docOrder || a.e.section.line - b.e.section.line);
  const userAll = kept.filter((s) => s.e.doc.source === 'user');
  const floor = (userAll[0]?.score ?? 0) * (opts.relative ?? RELATIVE);
  const user = userAll.filter((s) => s.score >= floor).slice(0, opts.limit ?? 10);
  // Handbook sections are one per concept: keep only those close to the best one.
  const hb = kept.filter((s) => s.e.doc.source === 'handbook');
  const handbook = hb.filter((s) => s.score >= (hb[0]?.score ?? 0) * 0.5).slice(0, opts.handbookLimit ?? 3);
  return [...user, ...handbook].map((s) => toResult(s.e, s.score, opts.lang ?? 'en'));
}

function eligible(e: IndexEntry, opts: RankOptions): boolean {
  return !(e.doc.source === 'handbook' && opts.lang && e.doc.lang && e.doc.lang !== opts.lang);
}

/**
 * Sections that teach a concept, best first: user documents first, then the handbook.
 * An unknown key gives no results (check it with getConcept first).
 */
export function rankConcept(index: DocIndex, key: string, opts: RankOptions = {}): DocSearchResult[] {
  return rankFinding(index, { concept: key }, opts);
}

export interface FindingQuery {
  concept: string;
  /** The case's own words (reason, probe type, resource name): query context beside the concept's words. */
  terms?: string[];
  /** A failing finding (warning, error) asks for causes and fixes. */
  failing?: boolean;
}

/** Sections for one finding: its precise concept plus the case's terms. */
export function rankFinding(index: DocIndex, f: FindingQuery, opts: RankOptions = {}): DocSearchResult[] {
  const concept = getConcept(f.concept);
  if (!concept) return [];
  const parts = conceptParts(concept);
  for (const t of f.terms ?? []) if (t.trim()) parts.push({ text: t, weight: TERM });
  const intent: Intent = concept.problem || f.failing ? 'problem' : 'neutral';
  const r: Retrieval = {
    parts,
    intent,
    concepts: [{ concept, strength: 1 }],
    handbookMarkedOnly: opts.handbookMarkedOnly,
    evidence: true,
    citeScore: opts.citeScore,
  };
  return retrieve(index, r, opts, opts.minScore ?? 1);
}

export interface ConceptMatch {
  key: string;
  /** 1 when the query is one of the concept's terms; less for partial matches. */
  strength: number;
}

/**
 * Concepts a free-text query names, in either language, strongest first (at most 3). A term names
 * the concept when the query contains it, or when the query has every token of a term of two or more
 * tokens: "コンテナが再起動を繰り返す" has all of "コンテナの再起動の繰り返し".
 */
export function matchConcepts(query: string): ConceptMatch[] {
  let m = matched.get(query);
  if (!m) matched.set(query, (m = matchConceptsNow(query)));
  return m.map((x) => ({ ...x }));
}

// `docs` asks twice per query (to search, and to list the concepts it names).
const matched = new Map<string, ConceptMatch[]>();

function matchConceptsNow(query: string): ConceptMatch[] {
  const q = queryCore(query);
  if (!q) return [];
  const qTerm = termVariants(q)[0];
  const qTokens = new Set(tokenize(query));
  const out: ConceptMatch[] = [];
  for (const c of CONCEPTS) {
    let best = 0;
    for (const raw of [...c.ja, ...c.en, c.key]) {
      for (const v of phraseForms(raw).variants) {
        let m = 0;
        if (v.text === q) m = 1;
        else if (v.text.length >= 2 && matchQuality(q, v) === 1) m = 0.5 + 0.45 * (v.text.length / q.length);
        else if (qTerm && q.length >= 4 && matchQuality(v.text, qTerm) === 1) m = 0.6 * (q.length / v.text.length);
        best = Math.max(best, m);
      }
    }
    for (const raw of [...c.ja, ...c.en, ...(c.symptoms ?? [])]) {
      const tokens = phraseForms(raw).tokens;
      if (tokens.length >= 2 && tokens.every((t) => qTokens.has(t))) best = Math.max(best, 0.5 + 0.45 * Math.min(1, tokens.length / qTokens.size));
    }
    if (best >= 0.5) out.push({ key: c.key, strength: best });
  }
  out.sort((a, b) => b.strength - a.strength || compareText(a.key, b.key));
  const top = out[0]?.strength ?? 0;
  return out.filter((m) => m.strength >= top * 0.75).slice(0, 3);
}

/** Free-text search in Japanese or English: the query itself, its words, and the concepts it names. */
export function search(index: DocIndex, query: string, opts: RankOptions = {}): DocSearchResult[] {
  const q = queryCore(query);
  if (!q) return [];
  const concepts = matchConcepts(query).map((m) => ({ concept: getConcept(m.key)!, strength: m.strength }));
  const named = concepts[0] && concepts[0].strength >= NAMES_PROBLEM && concepts[0].concept.problem ? concepts[0].concept : undefined;
  // A question that is a way of naming a problem ("コンテナが再起動を繰り返す" is a crash loop) is
  // answered as that problem's finding would be: the concept's words lead, the question's own words
  // are context, and sections must name what they teach. Otherwise the query's rare words ("再起動")
  // pull in passing mentions.
  const own = named ? TERM : 1;
  const parts: WeightedText[] = [{ text: query, weight: own }];
  for (const t of translateQuery(q).phrases) parts.push({ text: t, weight: 0.9 * own });
  for (const t of translateWords(q)) parts.push({ text: t, weight: 0.5 * own });
  for (const m of concepts) parts.push(...conceptParts(m.concept, (m.concept === named ? 1 : 0.8) * m.strength));
  const intent = named && queryIntent(query) !== 'definition' ? 'problem' : queryIntent(query);
  return retrieve(index, { parts, intent, concepts, evidence: named !== undefined, own: ownWords(query) }, opts, opts.minScore ?? 1);
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
    .sort((a, b) => b.best - a.best || compareText(a.c.key, b.c.key))
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
    .sort((a, b) => a[1] - b[1] || compareText(a[0], b[0]))
    .slice(0, n)
    .map(([key]) => key);
}
