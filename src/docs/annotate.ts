// Fills findings' docs[] with the sections that teach their concepts. Pure.
import type { Lang } from '../i18n/lang.js';
import type { DocRef, DocSearchResult } from '../model/docs.js';
import type { Finding } from '../model/finding.js';
import { rankConcept } from './rank.js';
import type { DocIndex } from './types.js';

export interface AnnotateOptions {
  /** Sections from the user's documents per finding (default 2). */
  userLimit?: number;
  /** Sections from the handbook per finding (default 1). */
  handbookLimit?: number;
  /**
   * A user section needs at least this score to be cited (default 4.5: roughly, a heading that
   * names the concept, or a parent heading plus several mentions; a passing mention is not enough).
   */
  minScore?: number;
}

export function toDocRef(r: DocSearchResult): DocRef {
  return { source: r.source, document: r.document, file: r.file, line: r.line, headings: r.headings, anchor: r.anchor };
}

/**
 * Returns the findings with docs[] holding, for each finding's concept, the best sections of the
 * user's documents first and then the handbook section in `lang`. References a finding already
 * had are kept in front. Findings with an unknown or empty concept keep what they had.
 */
export function annotate(findings: Finding[], index: DocIndex, lang: Lang, opts: AnnotateOptions = {}): Finding[] {
  const memo = new Map<string, DocRef[]>();
  const refsFor = (concept: string): DocRef[] => {
    let refs = memo.get(concept);
    if (!refs) {
      const ranked = rankConcept(index, concept, {
        lang,
        limit: opts.userLimit ?? 2,
        handbookLimit: opts.handbookLimit ?? 1,
        minScore: 0,
        handbookMarkedOnly: true,
      });
      const min = opts.minScore ?? 4.5;
      refs = ranked.filter((r) => r.source === 'handbook' || r.score >= min).map(toDocRef);
      memo.set(concept, refs);
    }
    return refs;
  };
  return findings.map((f) => {
    if (!f.concept) return f;
    const computed = refsFor(f.concept);
    const seen = new Set(f.docs.map((d) => `${d.file}:${d.line}`));
    return { ...f, docs: [...f.docs, ...computed.filter((d) => !seen.has(`${d.file}:${d.line}`))] };
  });
}
