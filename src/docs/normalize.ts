// Text normalization and term matching for the document index. Pure.
//
// Documents and queries mix Japanese and English, full-width and half-width forms, camelCase API
// names ("readinessProbe") and decorated or numbered headings ("5.6.2　Readiness probe",
// "#### ▼ Podとは"). Both sides of every comparison go through norm(), so matching is a plain
// substring search with a few boundary rules.

const KATAKANA = /[\u30a1-\u30fa\u30fc]/;
const ASCII_ALNUM = /[a-z0-9]/;

/**
 * NFKC (full-width → half-width, full-width space → space), lower case, the
 * long-vowel mark dropped at the end of katakana words (サーバー = サーバ), every run of
 * punctuation or symbols (▼, ・, 「」, ?, /) collapsed to one space, and no space between Latin
 * and Japanese text.
 */
export function norm(text: string): string {
  let t = text.normalize('NFKC').toLowerCase();
  t = t.replace(/ー+(?![\u30a1-\u30fa])/g, '');
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ');
  // "Pod とは" and "Podとは", "Ingress コントローラ" and "Ingressコントローラ" are the same words.
  t = t.replace(/([a-z0-9]) (?=[\u3040-\u30ff\u3400-\u9fff])/g, '$1').replace(/([\u3040-\u30ff\u3400-\u9fff]) (?=[a-z0-9])/g, '$1');
  return t.trim();
}

// Numbering in front of a heading, after norm(): "1章 ", "第3章", then "5 6 2 ", "01 02 ", "付録a ",
// "a 3 1" (norm() glues digits to Japanese that follows: "5 7リソース管理").
const CHAPTER = /^第?\d+(?: \d+)*\s?[章節部] ?/;
const NUMBERS = /^(?:\d+(?: \d+)*|付録 ?[a-z]|[a-z](?: \d+)+)(?: |(?=[^a-z0-9])|$)/;
// "とは", "とは何か", "について", "の概要", "入門" at the end; "what is", "about", "introduction to" at the start.
const JA_SUFFIX = /(?:\s*(?:とは何か|とは何ですか|とは|について|の概要|概要|入門|の基本|の仕組み))+$/;
const EN_PREFIX = /^(?:what (?:is|are) (?:an? |the )?|about |introduction to |intro to |understanding )/;

/** The normalized heading without its numbering and definitional wording: "5.6.2 Readiness probe" → "readiness probe". */
export function headingCore(heading: string): string {
  let t = norm(heading).replace(CHAPTER, '').replace(NUMBERS, '');
  t = t.replace(JA_SUFFIX, '').replace(EN_PREFIX, '').trim();
  return t;
}

/** A query without question words: "readiness probe とは?" → "readiness probe". */
export function queryCore(query: string): string {
  return norm(query)
    .replace(JA_SUFFIX, '')
    .replace(/(?:\s*(?:って何|ってなに|とは|は何|の意味|を教えて|を知りたい|の違い))+$/, '')
    .replace(EN_PREFIX, '')
    .replace(/^(?:how (?:do|does|to) (?:i |you )?|why (?:is|does) )/, '')
    .trim();
}

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'be', 'what', 'how', 'why', 'does',
  'do', 'with', 'my', 'i', 'it', 'its', 'by', 'from', 'at', 'as', 'vs', 'kubernetes', 'k8s', 'kube',
]);

/** The content words of a normalized query (for partial matching); Japanese runs stay whole. */
export function queryWords(q: string): string[] {
  return q.split(' ').filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

/** A normalized term plus how to check its edges. */
export interface Term {
  text: string;
  /** Must not be glued to an ASCII letter or digit (plural "s"/"es" allowed at the end). */
  asciiStart: boolean;
  asciiEnd: boolean;
  /** Katakana words must not be part of a longer katakana word (サービス ≠ マイクロサービス). */
  kanaStart: boolean;
  kanaEnd: boolean;
}

/**
 * The normalized variants of one term, so API names and prose find each other:
 * "readinessProbe" → "readinessprobe" and "readiness probe"; "readiness probe" → also "readinessprobe".
 * Text is not split at camelCase ("RoleBinding" stays one word and does not contain "role").
 */
export function termVariants(raw: string): Term[] {
  const n = norm(raw);
  if (!n) return [];
  const out = new Set([n]);
  const split = norm(raw.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2'));
  if (split) out.add(split);
  if (n.includes(' ') && /^[a-z0-9 ]+$/.test(n)) out.add(n.replace(/ /g, ''));
  return [...out].map(makeTerm);
}

export function makeTerm(text: string): Term {
  const first = text[0] ?? '';
  const last = text[text.length - 1] ?? '';
  return {
    text,
    asciiStart: ASCII_ALNUM.test(first),
    asciiEnd: ASCII_ALNUM.test(last),
    kanaStart: KATAKANA.test(first),
    kanaEnd: KATAKANA.test(last),
  };
}

/**
 * Where `term` occurs in `text` at a word edge, from `from`: [start, end, quality], or null.
 * quality is 1 for a clean match, 0.5 when a katakana term is glued to more katakana (フェーズ in
 * ライフサイクルフェーズ is fine, サービス in マイクロサービス is not, and the text alone cannot tell).
 * An ASCII term glued to ASCII letters never matches ("pod" is not in "podscheduled").
 */
function findAt(text: string, term: Term, from: number): [number, number, number] | null {
  let i = text.indexOf(term.text, from);
  while (i !== -1) {
    let end = i + term.text.length;
    const before = text[i - 1] ?? ' ';
    let ok = true;
    let quality = 1;
    if (term.asciiStart && ASCII_ALNUM.test(before)) ok = false;
    if (ok && term.asciiEnd && ASCII_ALNUM.test(text[end] ?? ' ')) {
      // plurals: "probes", "classes"
      if (text[end] === 's' && !ASCII_ALNUM.test(text[end + 1] ?? ' ')) end += 1;
      else if (text[end] === 'e' && text[end + 1] === 's' && !ASCII_ALNUM.test(text[end + 2] ?? ' ')) end += 2;
      else ok = false;
    }
    if (ok && ((term.kanaStart && KATAKANA.test(before)) || (term.kanaEnd && KATAKANA.test(text[end] ?? ' ')))) {
      quality = 0.5;
    }
    if (ok) return [i, end, quality];
    i = text.indexOf(term.text, i + 1);
  }
  return null;
}

/** 1 if `term` occurs cleanly in `text`, 0.5 if only glued into a longer katakana word, else 0. */
export function matchQuality(text: string, term: Term): number {
  if (!term.text) return 0;
  let best = 0;
  let from = 0;
  for (;;) {
    const hit = findAt(text, term, from);
    if (!hit) return best;
    if (hit[2] === 1) return 1;
    best = Math.max(best, hit[2]);
    from = hit[0] + 1;
  }
}

export function contains(text: string, term: Term): boolean {
  return matchQuality(text, term) > 0;
}

/** How often `term` occurs in `text` (at word edges, glued katakana matches count half), up to `max`. */
export function count(text: string, term: Term, max = 50): number {
  if (!term.text) return 0;
  let n = 0;
  let from = 0;
  for (;;) {
    const hit = findAt(text, term, from);
    if (!hit) return n;
    n += hit[2];
    if (n >= max) return n;
    from = hit[1];
  }
}

/** Character bigrams of the non-space text (for fuzzy Japanese matching and suggestions). */
export function bigrams(text: string): Set<string> {
  const s = text.replace(/ /g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

/** Dice coefficient of two bigram sets. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}


/** True when the text has Japanese (kana or CJK ideographs). */
export function hasJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
}
