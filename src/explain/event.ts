// Explains one Event (core/v1 or events.k8s.io/v1): what it is about, who reported it, how often,
// and whether the object it is about still exists; events expire (one hour by default), so an old
// one may describe a past state. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { Message } from '../model/message.js';
import { quoted } from '../model/message.js';
import { m, targetOf } from './kind-parts.js';
import { get, objectOf, type ReadPlan } from '../model/read-plan.js';

interface Ref {
  kind?: string;
  name?: string;
  namespace?: string;
  fieldPath?: string;
}
export interface EventObject extends KubeObject {
  involvedObject?: Ref;
  regarding?: Ref;
  reason?: string;
  message?: string;
  note?: string;
  type?: string;
  count?: number;
  deprecatedCount?: number;
  series?: { count?: number; lastObservedTime?: string };
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  reportingController?: string;
  reportingInstance?: string;
}

/** Kinds whose object the explainer looks up (the rest are named, not read). */
const READABLE = new Set([
  'Pod',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Node',
  'Service',
  'PersistentVolumeClaim',
  'PersistentVolume',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'Namespace',
  'Ingress',
]);

const about = (e: EventObject): Ref => e.regarding ?? e.involvedObject ?? {};

export const explainer: Explainer = {
  kind: 'Event',
  group: '',
  reads(target: KubeObject): ReadPlan {
    const r = about(target as EventObject);
    return { regarding: r.kind && r.name && READABLE.has(r.kind) ? get(r.kind, r.name, r.namespace) : undefined };
  },
  explain(snap) {
    const e = snap.object as EventObject;
    const r = about(e);
    const what = `${r.kind ?? '?'} ${r.name ?? '?'}`;
    const warning = e.type === 'Warning';
    const count = e.series?.count ?? e.count ?? e.deprecatedCount ?? 1;
    const last = e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? '';
    const by = e.reportingController ?? e.reportingComponent ?? e.source?.component ?? '?';
    const message = e.note ?? e.message ?? '';
    const findings: FindingModel[] = [
      finding('about', 'event', warning ? 'warning' : 'info', m['ev.about']({ type: e.type ?? 'Normal', reason: e.reason ?? '?', what }), [
        ...(message ? [quoted(message)] : []),
        ...(r.fieldPath ? [m['ev.field']({ field: r.fieldPath })] : []),
      ]),
      finding('when', 'event', 'info', m['ev.when']({ count, first: e.firstTimestamp ?? e.eventTime ?? '?', last: last || '?' }), [
        m['ev.ttl'](),
      ]),
      finding('by', 'event', 'info', m['ev.by']({ by }), [m['ev.by.detail']()]),
    ];
    const target = objectOf(snap, 'regarding');
    const next: Message[] = [];
    if (target === null) findings.push(finding('gone', 'event', 'info', m['ev.gone']({ what })));
    else if (r.kind && r.name) next.push(m['ev.next']({ kind: r.kind.toLowerCase(), name: r.name }));
    if (next.length) findings.push(finding('next', 'event', 'info', m['ev.next.title'](), next));
    const text = warning
      ? m['ev.verdict.warning']({ reason: e.reason ?? '?', what, count, message: quoted(message) })
      : m['ev.verdict.normal']({ reason: e.reason ?? '?', what, count });
    return {
      kind: 'Explanation',
      target: targetOf(e, 'Event'),
      verdict: { severity: warning ? 'warning' : 'info', message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};
