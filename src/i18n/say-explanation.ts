// An ExplanationModel said in one language: the step every renderer takes first.
import type { Explanation, ExplanationModel } from '../model/explanation.js';
import type { Finding, FindingModel } from '../model/finding.js';
import type { Lang } from './lang.js';
import { catalogsIn, say } from './localize.js';

export function sayExplanation(m: ExplanationModel, lang: Lang): Explanation {
  return {
    kind: 'Explanation',
    target: m.target,
    verdict: { severity: m.verdict.severity, text: say(m.verdict.message, lang) },
    findings: m.findings.map((f) => sayFinding(f, lang)),
    warnings: m.warnings.map((w) => say(w, lang)),
  };
}

/** One finding said: its title, and its detail lines joined by newlines. */
export const sayFinding = (f: FindingModel, lang: Lang): Finding => ({
  id: f.id,
  concept: f.concept,
  severity: f.severity,
  title: say(f.title, lang),
  detail: f.detail.map((d) => say(d, lang)).join('\n'),
  // The case's own words rank the documents beside the concept (annotate); no renderer prints them.
  ...(f.terms?.length ? { terms: [...f.terms] } : {}),
  docs: f.docs,
});

/** The catalogs saying `m` needs: explain loads only those (a Pod's are ~25 kB of the 400). */
export const catalogsOf = (m: ExplanationModel): Set<string> =>
  catalogsIn([m.verdict.message, ...m.findings.flatMap((f) => [f.title, ...f.detail]), ...m.warnings]);
