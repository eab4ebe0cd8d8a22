// Whether a section of the user's documents teaches a concept, for citations. Pure.
// A search may list a section that mentions a word; a citation says "this section teaches it", so it
// needs the concept named as such, and a section about it (its heading) wins over one that names it
// in passing.
import { sectionTerms } from './bm25.js';
import type { Concept } from './catalog.js';
import { matchQuality, type Term } from './normalize.js';
import { phraseForms } from './phrases.js';
import { tokenize } from './tokens.js';
import type { DocIndex, IndexEntry } from './types.js';

/** Each section's parent section, per index (built once). */
const parentCache = new WeakMap<DocIndex, Map<IndexEntry, IndexEntry>>();
export function parents(index: DocIndex): Map<IndexEntry, IndexEntry> {
  let m = parentCache.get(index);
  if (!m) {
    m = new Map();
    for (const e of index.entries) for (const c of e.children) m.set(c, e);
    parentCache.set(index, m);
  }
  return m;
}

/** Some phrase has all its tokens in the section (heading, body, code) or in its parent headings. */
export function namesAny(index: DocIndex, e: IndexEntry, phrases: string[][]): boolean {
  const own = sectionTerms(e);
  const parentOf = parents(index);
  const has = (t: string) => {
    if (t in own.head || t in own.body || t in own.code) return true;
    for (let p = parentOf.get(e); p; p = parentOf.get(p)) if (t in sectionTerms(p).head) return true;
    return false;
  };
  return phrases.some((tokens) => tokens.every(has));
}

/**
 * Words that say nothing alone about what a section teaches: nearly every section about a failing
 * container has "コンテナ", "Pod" or "ログ", and "コード" is also source code. A related word made only of
 * these never makes a section citable. Made on first use: tokenized when the module loaded, they cost
 * every explain ~1 ms, and explain without user documents never asks whether a section teaches.
 */
const GENERIC = (): ReadonlySet<string> =>
  (generic ??= new Set(
    tokenize(
      'Pod ポッド container コンテナ log ログ code コード error エラー kubectl image イメージ node ノード service サービス ' +
        'port ポート memory メモリ label ラベル selector セレクタ key キー tag タグ limits requests ready failed pending',
    ),
  ));
let generic: ReadonlySet<string> | undefined;

interface NamedPhrase {
  tokens: string[];
  /** Made only of GENERIC words. */
  generic: boolean;
  /** Its spellings, for a whole-heading match. */
  variants: Term[];
  /**
   * One Japanese compound ("初期化コンテナ", "終了コード"): it names the concept only where it is
   * written as one word, not where its parts are ("コンテナ … 初期化してくれます").
   */
  compound: boolean;
}
interface Evidence {
  /** The concept's names and symptoms. */
  names: NamedPhrase[];
  /** Its related words that are more than generic words. */
  related: NamedPhrase[];
}
const evidenceCache = new Map<string, Evidence>();
const JA_COMPOUND = /^(?=.*[\u30a0-\u30ff\u3400-\u9fff])[^\s\u3040-\u309f]+$/;
function evidenceOf(c: Concept): Evidence {
  let ev = evidenceCache.get(c.key);
  if (!ev) {
    const phrases = (raw: string[]) =>
      raw
        .map((r) => ({ raw: r, ...phraseForms(r) }))
        .filter((p) => p.tokens.length > 0)
        .map(({ raw, tokens, variants }) => ({
          tokens,
          generic: tokens.every((t) => GENERIC().has(t)),
          variants,
          compound: JA_COMPOUND.test(raw.normalize('NFKC')),
        }));
    ev = { names: phrases([...c.ja, ...c.en, ...(c.symptoms ?? [])]), related: phrases(c.related ?? []).filter((p) => !p.generic) };
    evidenceCache.set(c.key, ev);
  }
  return ev;
}

/**
 * How well a user section teaches a concept: 2 when its own heading is about it (holds one of the
 * concept's names, symptoms or related words; a name made of generic words only when it is the whole
 * heading: "Pod", "Podとは", not "クライアントがPod内のログを閲覧できる仕組み"), 1 when it names the
 * concept in its text or parent headings (every token of a name or symptom), else 0. A related word
 * only in the text ("kube-scheduler" in a section about the descheduler) or a generic token alone
 * ("コード" in a heading about infrastructure as code, for an exit code) is not teaching.
 */
export function teaching(index: DocIndex, e: IndexEntry, c: Concept): 0 | 1 | 2 {
  const ev = evidenceOf(c);
  const head = sectionTerms(e).head;
  const written = (p: NamedPhrase, texts: string[]) => !p.compound || p.variants.some((v) => texts.some((t) => matchQuality(t, v) > 0));
  const inHead = (p: NamedPhrase) =>
    p.tokens.every((t) => t in head) && written(p, [e.head]) && (!p.generic || p.variants.some((v) => v.text === e.core));
  if (ev.names.some(inHead) || ev.related.some(inHead)) return 2;
  // A name made of generic words only ("Service selector") in passing names nothing: it must head the section.
  const named = ev.names.filter((p) => !p.generic && namesAny(index, e, [p.tokens]));
  return named.some((p) => written(p, [e.head, e.body, e.code, ...e.parents])) ? 1 : 0;
}

