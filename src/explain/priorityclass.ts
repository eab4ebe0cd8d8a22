// Explains a PriorityClass: its value and what it decides (scheduling order, preemption, eviction
// order under node pressure), the preemption policy, whether it is the global default, and the Pods
// that use it. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { Event, Pod } from '../model/pod.js';
import { commonParts, eventsOf, m, nameOf, targetOf } from './kind-parts.js';
import { list, listOf, type ReadPlan } from '../model/read-plan.js';

export interface PriorityClass extends KubeObject {
  value?: number;
  globalDefault?: boolean;
  preemptionPolicy?: string;
  description?: string;
}

/** Values above this are reserved for system classes (system-cluster-critical, system-node-critical). */
export const SYSTEM_PRIORITY = 1_000_000_000;

export const explainer: Explainer = {
  kind: 'PriorityClass',
  group: 'scheduling.k8s.io',
  reads(target: KubeObject): ReadPlan {
    // No field selector reaches spec.priorityClassName: every Pod is read and filtered.
    return { pods: list('Pod'), events: eventsOf(target) };
  },
  explain(snap) {
    const pc = snap.object as PriorityClass;
    const name = nameOf(pc);
    const value = pc.value ?? 0;
    const never = pc.preemptionPolicy === 'Never';
    const findings: FindingModel[] = [
      finding('value', 'priorityclass', 'info', m['pc.value']({ value }), [
        value > SYSTEM_PRIORITY ? m['pc.system']() : m['pc.value.detail'](),
      ]),
      finding('preemption', 'priorityclass', 'info', never ? m['pc.preempt.never']() : m['pc.preempt.lower'](), [
        never ? m['pc.preempt.never.detail']() : m['pc.preempt.lower.detail'](),
      ]),
      finding('default', 'priorityclass', 'info', pc.globalDefault ? m['pc.default']() : m['pc.not-default']()),
    ];
    const pods = listOf<Pod>(snap, 'pods');
    const users = pods?.filter((p) => (p.spec as { priorityClassName?: string }).priorityClassName === name);
    if (users)
      findings.push(
        finding(
          'pods',
          'priorityclass',
          'info',
          m['pc.pods']({ count: users.length }),
          users.length
            ? users.slice(0, 10).map((p) => m['pc.pod']({ ns: p.metadata.namespace ?? '', name: p.metadata.name }))
            : [m['pc.pods.none']()],
        ),
      );
    findings.push(...commonParts(pc, 'priorityclass', listOf<Event>(snap, 'events')));
    const text = m['pc.verdict']({ name, value, count: users?.length ?? '?', never });
    return {
      kind: 'Explanation',
      target: targetOf(pc, 'PriorityClass'),
      verdict: { severity: 'info', message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};
