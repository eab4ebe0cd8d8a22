// Explains a PodDisruptionBudget: the Pods it covers, minAvailable/maxUnavailable as Pod counts,
// healthy against wanted, and how many voluntary disruptions (evictions, drains) it allows now.
// A budget at 0 blocks every drain and eviction of its Pods; one that selects no Pods protects
// nothing. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Event, Pod } from '../model/pod.js';
import type { LabelSelector } from '../model/routing.js';
import type { Message } from '../model/message.js';
import { formatSelector, selectorMatches } from '../routing/selectors.js';
import { commonParts, eventsOf, m, nameOf, targetOf, type Condition } from './kind-parts.js';
import { list, listOf, type ReadPlan } from '../model/read-plan.js';

export interface Budget extends KubeObject {
  spec?: {
    selector?: LabelSelector | null;
    minAvailable?: number | string;
    maxUnavailable?: number | string;
    unhealthyPodEvictionPolicy?: string;
  };
  status?: {
    currentHealthy?: number;
    desiredHealthy?: number;
    disruptionsAllowed?: number;
    expectedPods?: number;
    conditions?: Condition[];
  };
}

/** An int-or-percent of `total` as a Pod count; percentages round up, as the disruption controller does. */
export const podCount = (v: number | string, total: number): number =>
  typeof v === 'number' ? v : /%$/.test(v) ? Math.ceil((Number(v.slice(0, -1)) * total) / 100) : Number(v);

export const explainer: Explainer = {
  kind: 'PodDisruptionBudget',
  group: 'policy',
  reads(target: KubeObject, namespace: string): ReadPlan {
    return { pods: list('Pod', { namespace: target.metadata?.namespace ?? namespace }), events: eventsOf(target) };
  },
  explain(snap) {
    const b = snap.object as Budget;
    const name = nameOf(b);
    const st = b.status ?? {};
    const expected = st.expectedPods ?? 0;
    const allowed = st.disruptionsAllowed ?? 0;
    const pods = listOf<Pod>(snap, 'pods');
    // policy/v1: an empty selector selects every Pod of the namespace; a missing one selects none.
    const selector = b.spec?.selector;
    const covered = pods && selector ? pods.filter((p) => selectorMatches(selector, p.metadata.labels ?? {})) : pods && [];
    const findings: FindingModel[] = [];

    const selText = selector ? formatSelector(selector) : undefined;
    findings.push(
      finding(
        'selector',
        'pdb',
        covered?.length === 0 ? 'warning' : 'info',
        selector === undefined || selector === null
          ? m['pdb.selector.none']()
          : selText
            ? m['pdb.selector']({ selector: selText, count: covered?.length ?? '?' })
            : m['pdb.selector.all']({ count: covered?.length ?? '?' }),
        covered?.length
          ? covered.slice(0, 10).map((p) => m['pdb.pod']({ name: p.metadata.name, phase: p.status?.phase ?? '?', ready: ready(p) }))
          : [m['pdb.pods.none']()],
      ),
    );

    const rule = b.spec?.minAvailable !== undefined ? 'min' : 'max';
    const value = b.spec?.minAvailable ?? b.spec?.maxUnavailable ?? 1;
    const asCount = podCount(value, expected);
    findings.push(
      finding(
        'budget',
        'pdb',
        'info',
        rule === 'min'
          ? m['pdb.min']({ value: String(value), count: asCount, expected })
          : m['pdb.max']({ value: String(value), count: asCount, expected }),
        [
          m['pdb.healthy']({ current: st.currentHealthy ?? 0, desired: st.desiredHealthy ?? 0, expected }),
          ...(b.spec?.unhealthyPodEvictionPolicy === 'AlwaysAllow' ? [m['pdb.unhealthy.always']()] : [m['pdb.unhealthy.if-healthy']()]),
        ],
      ),
    );

    const blocked = allowed === 0 && expected > 0;
    const fix = blocked ? blockFix(b, rule, asCount, expected) : undefined;
    findings.push(
      finding(
        'allowed',
        'pdb',
        blocked ? 'error' : 'ok',
        m['pdb.allowed']({ count: allowed }),
        fix ? [m['pdb.blocked.detail'](), fix] : [m['pdb.allowed.detail']({ count: allowed })],
      ),
    );
    findings.push(...commonParts(b, 'pdb', listOf<Event>(snap, 'events')));

    let severity: Severity;
    let text: Message;
    if (expected === 0 && (covered === undefined || covered.length === 0)) {
      severity = 'warning';
      text = m['pdb.verdict.no-pods']({ name });
    } else if (fix) {
      severity = 'error';
      // The next step in the verdict too: check prints what follows " — " as the fix.
      text = m['pdb.verdict.blocked']({ name, healthy: st.currentHealthy ?? 0, desired: st.desiredHealthy ?? 0, next: fix });
    } else {
      severity = 'ok';
      text = m['pdb.verdict.ok']({ name, count: allowed, healthy: st.currentHealthy ?? 0, desired: st.desiredHealthy ?? 0 });
    }
    return {
      kind: 'Explanation',
      target: targetOf(b, 'PodDisruptionBudget'),
      verdict: { severity, message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};

const ready = (p: Pod): boolean => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

/** What to change so the budget allows a disruption again. */
function blockFix(b: Budget, rule: 'min' | 'max', count: number, expected: number): Message {
  const healthy = b.status?.currentHealthy ?? 0;
  if (healthy < (b.status?.desiredHealthy ?? 0)) return m['pdb.fix.unhealthy']({ healthy, desired: b.status?.desiredHealthy ?? 0 });
  if (rule === 'max') return m['pdb.fix.max']({ value: String(b.spec?.maxUnavailable ?? 0) });
  return count >= expected ? m['pdb.fix.min-all']({ value: String(b.spec?.minAvailable ?? 0), expected }) : m['pdb.fix.min']();
}
