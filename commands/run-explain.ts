// Wires an explanation together: the kind's registered explainer (src/explain/registry.ts), its
// ReadPlan run by the plan executor (src/cluster), the pure explain(), then said in the user's
// language. Kinds without an explainer get the generic one.
import type { Explanation, ExplanationModel } from '../src/model/explanation.js';
import type { Severity } from '../src/model/finding.js';
import type { Lang } from '../src/i18n/lang.js';
import { kindRef, type KindInfo } from '../src/cluster/kinds.js';
import type { Reader } from '../src/cluster/reader.js';
import { registrationFor } from '../src/explain/registry.js';
import { executePlan } from '../src/cluster/plan-executor.js';
import { withSuggestions } from '../src/cluster/not-found.js';
import { catalogsOf, sayExplanation } from '../src/i18n/say-explanation.js';
import { loadCatalogs } from '../src/i18n/localize.js';
import { genericExplainer } from '../src/explain/generic.js';

export type Explain = (reader: Reader, name: string, namespace: string, lang: Lang) => Promise<Explanation>;

/** An object judged: its verdict's severity now, its explanation said only when asked (check prints only problems). */
export interface Judged {
  severity: Severity;
  /** Needs `catalogs` loaded (src/i18n/localize.ts); `check` loads them all. */
  say: () => Explanation;
  catalogs: () => ReadonlySet<string>;
}
export type Judge = (reader: Reader, name: string, namespace: string, lang: Lang) => Promise<Judged>;

/** The explanation of `kind`/`name`, said in `lang`; a missing target gets a "did you mean" hint (one list, after the 404). */
export function explainerFor(kind: KindInfo): Explain {
  const judge = judgeFor(kind);
  return async (reader, name, ns, lang) => {
    const judged = await judge(reader, name, ns, lang);
    await loadCatalogs(lang, judged.catalogs());
    return judged.say();
  };
}

/** explainerFor without saying: `check` judges thousands of objects and says only the few that are problems. */
export function judgeFor(kind: KindInfo): Judge {
  const reg = registrationFor(kind.group, kind.kind);
  const judge: Judge = reg
    ? async (reader, name, ns, lang) => {
        const explainer = await reg.load();
        return fromModel(explainer.explain(await executePlan(reader, explainer, kindRef(kind), name, ns)), lang);
      }
    : explainGenericLive(kind);
  return (reader, name, ns, lang) => withSuggestions(reader, kind, name, ns, () => judge(reader, name, ns, lang));
}

/** Kinds without an explainer of their own: the generic one, two requests (the object, its events). */
function explainGenericLive(kind: KindInfo): Judge {
  const explainer = genericExplainer(kind.group, kind.kind);
  return async (reader, name, ns, lang) =>
    fromModel(explainer.explain(await executePlan(reader, explainer, kindRef(kind), name, ns)), lang);
}

const fromModel = (m: ExplanationModel, lang: Lang): Judged => ({
  severity: m.verdict.severity,
  say: () => sayExplanation(m, lang),
  catalogs: () => catalogsOf(m),
});
