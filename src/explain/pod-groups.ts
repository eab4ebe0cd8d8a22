// The Pods of a Node or Namespace as Messages: grouped by state ("Ready (3): a, b, c") and the worst
// one explained by the Pod explainer's own root cause. Pure.
import { finding, SEVERITY_RANK, worseSeverity, type FindingModel, type Severity } from '../model/finding.js';
import { builders, quoted } from '../model/message.js';
import type { Event, Pod } from '../model/pod.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import type { en } from '../i18n/messages/en.js';
import { dedupeEvents } from './common.js';
import { verdict as podVerdict } from './pod.js';
import { podCause } from './pod-cause.js';
import { podState } from './workload-common.js';

const w = builders<WMessages>('wl');
const pm = builders<typeof en>('pod');

const stateSeverity = (state: string): Severity =>
  state === 'Ready' || state === 'Completed'
    ? 'ok'
    : state === 'Pending' || state === 'Terminating' || state === 'NotReady'
      ? 'warning'
      : 'error';

/** Pods grouped by state, worst state first, and the worst Pod with its verdict; `undefined` Pods were not read. */
export function podGroupFindings(pods: readonly Pod[] | undefined, events?: readonly Event[]): FindingModel[] {
  if (!pods) return [finding('pods', 'pod', 'warning', w['pods.title']({ count: '?' }), [w['unknown.list']()])];
  if (pods.length === 0) return [finding('pods', 'pod', 'info', w['pods.title']({ count: '0' }), [w['pods.none']()])];
  const groups = new Map<string, string[]>();
  for (const p of pods) groups.set(podState(p), [...(groups.get(podState(p)) ?? []), p.metadata.name]);
  const sorted = [...groups].sort((a, b) => SEVERITY_RANK[stateSeverity(b[0])] - SEVERITY_RANK[stateSeverity(a[0])]);
  const severity = sorted.reduce<Severity>((s, [state]) => worseSeverity(s, stateSeverity(state)), 'ok');
  const out = [
    finding(
      'pods',
      'pod',
      severity,
      w['pods.title']({ count: String(pods.length) }),
      sorted.map(([state, names]) => w['pods.group']({ state, count: names.length, names: names.sort().join(', ') })),
    ),
  ];
  const worst = pods
    .map((pod) => ({ pod, v: podCause({ pod, ...(events ? { events } : {}) }) ?? podVerdict(pod) }))
    .sort((a, b) => SEVERITY_RANK[b.v.severity] - SEVERITY_RANK[a.v.severity])[0];
  if (worst && SEVERITY_RANK[worst.v.severity] >= SEVERITY_RANK.warning) {
    const { pod } = worst;
    const warnings = dedupeEvents(
      (events ?? []).filter(
        (e) =>
          e.type === 'Warning' &&
          !!pod.metadata.uid &&
          (e as { involvedObject?: { uid?: string } }).involvedObject?.uid === pod.metadata.uid,
      ),
      3,
    );
    out.push(
      finding('pods.worst', 'pod', worst.v.severity, w['pods.worst.title']({ pod: pod.metadata.name }), [
        w['pods.worst.detail']({ verdict: worst.v.message, pod: pod.metadata.name, ns: pod.metadata.namespace ?? '' }),
        ...warnings.map((e) => pm['events.line']({ type: e.type, reason: e.reason, count: e.count, message: quoted(e.message) })),
      ]),
    );
  }
  return out;
}
