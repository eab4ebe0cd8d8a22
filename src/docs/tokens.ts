// Tokens for BM25 over mixed Japanese and English text. Pure.
//
// Japanese has no spaces. Intl.Segmenter('ja', word) gives dictionary words but, measured on the
// five seed tutorials (160 KB), took ~190 ms per pass on this machine (≈ 6 s for a 5 MB folder,
// against a budget of 1 s), and scored no better on the labeled set (bench/docs-eval.ts) than what
// is used here: each run of kanji is a token (when short) and is also cut into overlapping pairs
// of characters, as in Lucene's CJK analyzer; a run of katakana is cut into the katakana words of
// the concept catalog and glossary ("コンテナイメージ" → コンテナ, イメージ), since pairs of katakana
// match across unrelated words (トレレーション and オーケストレーション share four pairs); hiragana
// runs (particles, verb endings) are dropped. Latin words are lower-cased, a plural "s" is dropped, and camelCase API
// names also give their parts ("ImagePullBackOff" → imagepullbackoff, image, pull, back, off).
import { CONCEPTS } from './catalog.js';
import { glossaryJapanese } from './glossary.js';

const STOP = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'be', 'was', 'what', 'how', 'why', 'does',
  'do', 'did', 'with', 'my', 'i', 'it', 'its', 'by', 'from', 'at', 'as', 'vs', 'this', 'that', 'can', 'will', 'when',
  'me', 'you', 'your', 'we', 'our', 'there', 'has', 'have', 'get', 'if', 'so', 'than', 'then', 'into',
]);

const CAMEL = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g;

function latin(word: string, out: string[]): void {
  if (STOP.has(word)) return;
  out.push(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  if (/[._\-/:]/.test(word)) for (const p of word.split(/[._\-/:]+/)) if (p.length > 1 && !STOP.has(p) && p !== word) latin(p, out);
}

function kanji(run: string, out: string[]): void {
  if (run.length <= 8) out.push(run);
  if (run.length >= 3) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
}

const KATAKANA_RUN = /[\u30a0-\u30ff]+/g;
/** The long-vowel mark at the end of a word is spelled both ways (サーバー, サーバ). */
const kanaWord = (w: string) => w.replace(/・/g, '').replace(/ー+$/, '');

/** Bump when tokenize() changes what it emits. */
export const TOKENIZER_VERSION = 2;

let vocabulary: { words: Set<string>; lookup: Map<string, string>; longest: number } | null = null;

/** Katakana words of the catalog and glossary; also part of the document cache's key (katakanaVocabularyKey). */
function vocabularySource(): string[] {
  return [...CONCEPTS.flatMap((c) => [...c.ja, ...(c.related ?? [])]), ...glossaryJapanese()];
}

function vocab() {
  if (!vocabulary) {
    const words = new Set<string>();
    for (const text of vocabularySource())
      for (const m of text.normalize('NFKC').matchAll(KATAKANA_RUN)) {
        const w = kanaWord(m[0]);
        if (w.length >= 2) words.add(w);
      }
    primeVocabulary([...words]);
  }
  return vocabulary!;
}

/** The vocabulary as the package's build found it (vocabularyWords), so a run does not normalize the catalog for it. */
export function primeVocabulary(list: readonly string[]): void {
  if (vocabulary) return;
  const words = new Set(list);
  // Inside a run a word may keep its long-vowel mark (サーバーエラー): match both spellings.
  const lookup = new Map<string, string>();
  for (const w of words) {
    lookup.set(w, w);
    lookup.set(`${w}ー`, w);
  }
  let longest = 2;
  for (const w of lookup.keys()) longest = Math.max(longest, w.length);
  vocabulary = { words, lookup, longest: Math.min(16, longest) };
}

/** The katakana vocabulary's words, for the build. */
export function vocabularyWords(): string[] {
  return [...vocab().words];
}

/**
 * A katakana run: itself, and its known words by longest match (unknown stretches stay whole). A known
 * word that is itself a compound of known words also gives its parts: リソースクォータ and マスターノード
 * are catalog words, and a text that says "リソースクォータ" is about クォータ as well.
 */
function katakana(run: string, out: string[]): void {
  const w = kanaWord(run);
  if (w.length < 2) return;
  out.push(w);
  const parts = segment(w);
  if (parts.length > 1) for (const p of parts) if (p.length >= 2) out.push(p);
  for (const p of parts) {
    if (!vocab().lookup.has(p)) continue;
    const sub = segment(p, p);
    if (sub.length > 1 && sub.some((x) => vocab().lookup.has(x))) for (const x of sub) if (x.length >= 2) out.push(x);
  }
}

/** Longest-match segmentation over the vocabulary, leaving out `without` (to split a known compound). */
function segment(w: string, without?: string): string[] {
  const { lookup, longest } = vocab();
  const parts: string[] = [];
  let unknown = '';
  for (let i = 0; i < w.length; ) {
    let hit: string | undefined;
    let len = 0;
    for (let n = Math.min(longest, w.length - i); n >= 2; n--) {
      hit = lookup.get(w.slice(i, i + n));
      if (hit === without) hit = undefined;
      if (hit) {
        len = n;
        break;
      }
    }
    if (hit) {
      if (unknown) parts.push(kanaWord(unknown));
      unknown = '';
      parts.push(hit);
      i += len;
    } else unknown += w[i++];
  }
  if (unknown) parts.push(kanaWord(unknown));
  return parts;
}

/** The tokens of a text, in order (repeats kept: counts matter). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  eachToken(text, (t) => out.push(t));
  return out;
}

// One word: Latin (with inner . - _ / :), a run of kanji, or of katakana (with ー). Hiragana runs
// (particles, verb endings) give no token: the pattern skips them like spaces.
const WORD = /[a-z0-9]+(?:[._\-/:][a-z0-9]+)*|[\u3400-\u9fff\uf900-\ufaff々〆]+|[\u30a0-\u30ff]+/g;
const CAMEL_WORD = /\b[a-z]+(?:[A-Z][a-z]+)+\b|\b(?:[A-Z][a-z]+){2,}\b/g;

/**
 * Each token of a text, in order. The words are matched as plain strings (no match objects: on a
 * 5 MB folder those were most of the tokenizer's garbage), and each kind of word is told by its
 * first character, the three kinds having no character in common.
 */
function eachToken(text: string, emit: (t: string) => void): void {
  // camelCase parts are found before lower-casing.
  const camel = text.match(CAMEL_WORD);
  if (camel)
    for (const w of camel) {
      const parts: string[] = [];
      for (const p of w.match(CAMEL) ?? []) if (p.length > 1) latin(p.toLowerCase(), parts);
      for (const x of parts) emit(x);
    }
  const words = text.normalize('NFKC').toLowerCase().match(WORD);
  if (words) for (const w of words) for (const x of wordTokens(w)) emit(x);
}

// The same words recur all through a folder of documents: each one is cut once (a 5 MB folder
// tokenized in half the time).
const wordMemo = new Map<string, string[]>();

function wordTokens(word: string): string[] {
  let out = wordMemo.get(word);
  if (!out) {
    out = [];
    const c = word.charCodeAt(0);
    if (c < 0x80) latin(word, out);
    else if (c >= 0x30a0 && c <= 0x30ff) katakana(word, out);
    else kanji(word, out);
    if (wordMemo.size < 200_000) wordMemo.set(word, out);
  }
  return out;
}

// Each token's number, for counting many texts into arrays (src/docs/bm25.ts packRaw): the same for
// the whole run. A word's tokens' numbers are kept with the word, so counting a text looks up each word once.
const ids = new Map<string, number>();
const idTerms: string[] = [];
const wordIds = new Map<string, number[]>();

/** A token's number in this run. */
export function termId(t: string): number {
  let id = ids.get(t);
  if (id === undefined) {
    id = idTerms.length;
    ids.set(t, id);
    idTerms.push(t);
  }
  return id;
}

/** The token of a number from termId. */
export const termOf = (id: number): string => idTerms[id]!;

/** Each token of a text as its number, in order: tokenize(text).map(termId), without the strings. */
export function eachTokenId(text: string, emit: (id: number) => void): void {
  const camel = text.match(CAMEL_WORD);
  if (camel)
    for (const w of camel) {
      const parts: string[] = [];
      for (const p of w.match(CAMEL) ?? []) if (p.length > 1) latin(p.toLowerCase(), parts);
      for (const x of parts) emit(termId(x));
    }
  const words = text.normalize('NFKC').toLowerCase().match(WORD);
  if (!words) return;
  for (const w of words) {
    let list = wordIds.get(w);
    if (!list) {
      list = wordTokens(w).map(termId);
      if (wordIds.size < 200_000) wordIds.set(w, list);
    }
    for (const id of list) emit(id);
  }
}

/**
 * Token counts of a text, in an object without prototype ("constructor" is a word like any other):
 * counted in it directly, 2.5× faster than a Map turned into an object, the same keys in the same order.
 */
export function termCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  eachToken(text, (t) => (counts[t] = (counts[t] ?? 0) + 1));
  return counts;
}

/** Changes when the katakana vocabulary does, so cached token counts are rebuilt. */
export function katakanaVocabularyKey(): string {
  // The tokenizer's version is part of the key: cached token counts are rebuilt when its rules change.
  const words = `${TOKENIZER_VERSION};${[...vocab().words].sort().join(',')}`;
  let h = 0;
  for (let i = 0; i < words.length; i++) h = (Math.imul(h, 31) + words.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
