// The explainer for kinds without their own: owners, status conditions and recent events, read
// from any object's standard fields. Pure; its fetch lives in registry.ts.
import type { KubeObject } from '../model/kube.js';
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity } from '../model/finding.js';
import type { Condition, Event, OwnerReference } from '../model/pod.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages/index.js';
import { dedupeEvents } from './common.js';

export interface GenericSnapshot {
  object: KubeObject;
  events?: Event[];
  warnings: string[];
}

// Conditions whose healthy status is False (the rest are healthy when True).
const NEGATIVE = /Pressure$|^(ReplicaFailure|Failed|FailureTarget|Stalled|Degraded|NetworkUnavailable|DisruptionTarget|Terminating)$/;

export function explainGeneric(snap: GenericSnapshot, lang: Lang): Explanation {
  const t = messages(lang);
  const o = snap.object;
  const meta = (o.metadata ?? {}) as { name?: string; namespace?: string; ownerReferences?: OwnerReference[] };
  const kind = o.kind ?? 'Object';
  const name = meta.name ?? '';
  const findings: Finding[] = [];
  for (const ref of meta.ownerReferences ?? []) {
    findings.push({
      id: `owner.${ref.kind}.${ref.name}`,
      concept:
        ref.kind === 'Deployment'
          ? 'owner.deployment'
          : ref.kind === 'ReplicaSet'
            ? 'owner.replicaset'
            : ref.kind === 'Job' || ref.kind === 'CronJob'
              ? 'job'
              : 'pod.conditions',
      severity: 'info',
      title: t['owner.title']({ kind: ref.kind, name: ref.name }),
      detail: t['generic.owner.detail'](),
      docs: [],
    });
  }
  const conds = (o.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];
  const bad: string[] = [];
  for (const c of conds) {
    const healthy = NEGATIVE.test(c.type) ? c.status === 'False' : c.status === 'True';
    if (!healthy) bad.push(`${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`);
    const sev: Severity = healthy ? 'ok' : 'warning';
    findings.push({
      id: `condition.${c.type}`,
      concept: 'pod.conditions',
      severity: sev,
      title: t['condition.title']({ type: c.type, status: c.status }),
      detail: t['generic.condition.detail']({ detail: [c.reason, c.message].filter(Boolean).join(': ') }),
      docs: [],
    });
  }
  if (snap.events) {
    const list = dedupeEvents(snap.events);
    findings.push({
      id: 'events',
      concept: 'events',
      severity: list.some((e) => e.type === 'Warning') ? 'warning' : 'info',
      title: t['events.title']({ count: list.length }),
      detail: list.length ? list.map((e) => t['events.line'](e)).join('\n') : t['events.none'](),
      docs: [],
    });
  }
  const summary =
    conds.length === 0
      ? t['generic.verdict.none']()
      : bad.length
        ? t['generic.verdict.bad']({ conditions: bad.join(', ') })
        : t['generic.verdict.ok']();
  return {
    kind: 'Explanation',
    target: { kind, name, ...(meta.namespace ? { namespace: meta.namespace } : {}) },
    verdict: { severity: conds.length === 0 ? 'info' : bad.length ? 'warning' : 'ok', text: t['generic.verdict']({ kind, name, summary }) },
    findings,
    warnings: [...snap.warnings],
  };
}
