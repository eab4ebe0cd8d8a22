// Fills findings' docs[] with the sections that teach their concepts. Pure.
import type { Lang } from '../i18n/lang.js';
import type { DocRef, DocSearchResult } from '../model/docs.js';
import type { Finding } from '../model/finding.js';
import { CONCEPTS } from './catalog.js';
import { rankFinding } from './rank.js';
import type { DocIndex } from './types.js';

export interface AnnotateOptions {
  /** Sections from the user's documents per finding (default 2). */
  userLimit?: number;
  /** Sections from the handbook per finding (default 1). */
  handbookLimit?: number;
  /**
   * A user section needs at least this BM25F score to be cited (default 4.5, set on the labeled
   * set: a section about the concept scores 6–20, a passing mention 1–4).
   */
  minScore?: number;
}

export function toDocRef(r: DocSearchResult): DocRef {
  const ref: DocRef = { source: r.source, document: r.document, file: r.file, line: r.line, headings: r.headings, anchor: r.anchor };
  if (r.cautions) ref.cautions = r.cautions;
  return ref;
}

/**
 * Returns the findings with docs[] holding, for each finding's concept and terms, the best sections of the
 * user's documents first and then the handbook section in `lang`. References a finding already
 * had are kept in front. Findings with an unknown or empty concept keep what they had.
 */
export function annotate(findings: Finding[], index: DocIndex, lang: Lang, opts: AnnotateOptions = {}): Finding[] {
  const memo = new Map<string, DocRef[]>();
  const refsFor = (f: Finding): DocRef[] => {
    const failing = f.severity === 'warning' || f.severity === 'error';
    const key = `${f.concept}\0${failing}\0${(f.terms ?? []).join('\0')}`;
    let refs = memo.get(key);
    if (!refs) {
      // Without user documents the handbook's sections per concept were chosen with the package.
      refs = index.handbookRefs?.(f.concept, lang) ?? conceptRefs(index, f.concept, f.terms, failing, lang, opts);
      memo.set(key, refs);
    }
    return refs;
  };
  return findings.map((f) => {
    if (!f.concept) return f;
    const computed = refsFor(f);
    const seen = new Set(f.docs.map((d) => `${d.file}:${d.line}`));
    return { ...f, docs: [...f.docs, ...computed.filter((d) => !seen.has(`${d.file}:${d.line}`))] };
  });
}

/** The sections a finding about `concept` cites: the user's best ones, then the handbook's marked one. */
function conceptRefs(
  index: DocIndex,
  concept: string,
  terms: string[] | undefined,
  failing: boolean,
  lang: Lang,
  opts: AnnotateOptions,
): DocRef[] {
  return rankFinding(
    index,
    { concept, terms, failing },
    {
      lang,
      limit: opts.userLimit ?? 2,
      handbookLimit: opts.handbookLimit ?? 1,
      minScore: 0,
      citeScore: opts.minScore ?? 4.5,
      handbookMarkedOnly: true,
      relative: 0.65,
    },
  ).map(toDocRef);
}

/**
 * What annotate() cites for each concept and language from an index of the handbook alone, for the
 * build (src/docs/load.ts). With no user document, the handbook's sections are the ones marked for
 * the concept, whatever the finding's terms or severity (tests/unit/docs-load.test.ts checks it).
 */
export function handbookAnnotations(index: DocIndex): Record<string, Record<Lang, DocRef[]>> {
  const out: Record<string, Record<Lang, DocRef[]>> = {};
  for (const { key } of CONCEPTS) out[key] = { ja: conceptRefs(index, key, undefined, true, 'ja', {}), en: conceptRefs(index, key, undefined, true, 'en', {}) };
  return out;
}
