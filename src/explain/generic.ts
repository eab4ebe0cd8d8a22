// The explainer for kinds without their own (custom resources, Leases, …): every condition judged by
// its polarity (Ready=False is bad, *Pressure=True is bad, a type we do not know is shown neutrally),
// the phase, whether the controller has acted on the latest spec, owners, deletion and events. Pure.
import type { Explainer } from './contract.js';
import type { Event } from '../model/pod.js';
import { listOf } from '../model/read-plan.js';
import {
  badConditions,
  commonParts,
  conditionsOf,
  eventsOf,
  generationFinding,
  judgeCondition,
  m,
  phaseFinding,
  targetOf,
} from './kind-parts.js';

/** The generic explainer for one kind (its group and kind are those of the object explained). */
export function genericExplainer(group: string, kind: string): Explainer {
  return {
    group,
    kind,
    budget: 2,
    reads: (target) => ({ events: eventsOf(target) }),
    explain(snap) {
      const o = snap.object;
      const k = o.kind ?? kind;
      const name = o.metadata?.name ?? '';
      // A custom resource's own concept is its CustomResourceDefinition; built-in kinds without an explainer share 'event'.
      const concept = group.includes('.') && !group.endsWith('k8s.io') ? 'crd' : 'event';
      const findings = [phaseFinding(o, concept), ...commonParts(o, concept, listOf<Event>(snap, 'events'))].filter((f) => f !== undefined);
      const bad = badConditions(o);
      const phase = (o.status as { phase?: unknown } | undefined)?.phase;
      const failedPhase = typeof phase === 'string' && /^(Failed|Lost|Error)$/.test(phase);
      const behind = generationFinding(o, concept)?.severity === 'warning';
      const judged = conditionsOf(o).map(judgeCondition);
      const message = bad.length
        ? m['generic.verdict.bad']({ kind: k, name, conditions: bad.join(', ') })
        : failedPhase
          ? m['generic.verdict.phase']({ kind: k, name, phase })
          : behind
            ? m['generic.verdict.behind']({ kind: k, name })
            : judged.includes('ok')
              ? m['generic.verdict.ok']({ kind: k, name })
              : judged.length
                ? m['generic.verdict.neutral']({ kind: k, name })
                : typeof phase === 'string' && phase
                  ? m['generic.verdict.phase']({ kind: k, name, phase })
                  : m['generic.verdict.none']({ kind: k, name });
      const severity = bad.length || failedPhase || behind ? 'warning' : judged.includes('ok') ? 'ok' : 'info';
      return { kind: 'Explanation', target: targetOf(o, k), verdict: { severity, message }, findings, warnings: [...snap.warnings] };
    },
  };
}
