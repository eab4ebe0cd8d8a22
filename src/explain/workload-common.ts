// Pure helpers shared by the workload explainers: Pod states and grouping, the worst Pod and its
// verdict (the Pod explainer's own logic), ownership, conditions and events of related objects.
import type { KubeObject } from '../model/kube.js';
import type { Finding, Severity, Verdict } from '../model/finding.js';
import type { Condition, Event, Pod } from '../model/pod.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages/index.js';
import { wmessages, type WMessages } from '../i18n/messages/workloads.js';
import { verdict as podVerdict } from './pod.js';
import { podCause } from './pod-cause.js';
import { say } from '../i18n/localize.js';
import { dedupeEvents } from './common.js';

export const fnd = (id: string, concept: string, severity: Severity, title: string, detail: string): Finding => ({
  id,
  concept,
  severity,
  title,
  detail,
  docs: [],
});

export const RANK: Record<Severity, number> = { ok: 0, info: 1, warning: 2, error: 3 };
export const worse = (a: Severity, b: Severity): Severity => (RANK[a] >= RANK[b] ? a : b);

export const metaOf = (o: KubeObject) =>
  (o.metadata ?? {}) as {
    name: string;
    namespace?: string;
    uid?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { kind: string; name: string; uid?: string; controller?: boolean }[];
    creationTimestamp?: string;
    deletionTimestamp?: string;
  };
export const nameOf = (o: KubeObject) => metaOf(o).name ?? '';

/** True when `o` has a controller owner reference to `owner` (by uid, or kind+name when uids are absent). */
export function ownedBy(o: KubeObject, owner: KubeObject): boolean {
  const m = metaOf(owner);
  return (metaOf(o).ownerReferences ?? []).some((r) => (m.uid && r.uid ? r.uid === m.uid : r.kind === owner.kind && r.name === m.name));
}

/** A one-word state for grouping Pods: a waiting reason, Completed, Failed, Unschedulable, Running/Ready… */
export function podState(pod: Pod): string {
  if (pod.metadata.deletionTimestamp) return 'Terminating';
  const phase = pod.status?.phase ?? 'Unknown';
  if (phase === 'Succeeded') return 'Completed';
  if (phase === 'Failed') return pod.status?.reason ?? 'Failed';
  for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const r = s.state?.waiting?.reason;
    if (r && r !== 'ContainerCreating' && r !== 'PodInitializing') return r;
  }
  if (phase === 'Pending') {
    const sched = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    return sched?.status === 'False' ? (sched.reason ?? 'Unschedulable') : 'Pending';
  }
  if (phase === 'Running') return pod.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True' ? 'Ready' : 'NotReady';
  return phase;
}

export interface PodVerdict {
  pod: Pod;
  verdict: Verdict;
}

/**
 * Each Pod's verdict (the Pod explainer's root cause, with the events the workload read), worst
 * first; ties keep the input order.
 */
export function podVerdicts(pods: readonly Pod[], lang: Lang, events?: readonly Event[]): PodVerdict[] {
  return pods
    .map((pod) => {
      const v = podCause({ pod, ...(events ? { events } : {}) }) ?? podVerdict(pod);
      return { pod, verdict: { severity: v.severity, text: say(v.message, lang) } };
    })
    .sort((a, b) => RANK[b.verdict.severity] - RANK[a.verdict.severity]);
}

/** The worst Pod when it is not fine (warning or error). */
export function worstPod(pods: readonly Pod[], lang: Lang, events?: readonly Event[]): PodVerdict | undefined {
  const w = podVerdicts(pods, lang, events)[0];
  return w && RANK[w.verdict.severity] >= RANK.warning ? w : undefined;
}

const STATE_SEVERITY = (state: string): Severity =>
  state === 'Ready' || state === 'Completed'
    ? 'ok'
    : state === 'Pending' || state === 'Terminating' || state === 'NotReady'
      ? 'warning'
      : 'error';

/** Pods grouped by state ("Ready (3): a, b, c"), and the worst one explained with its own verdict. */
export function podFindings(
  pods: readonly Pod[] | undefined,
  lang: Lang,
  idPrefix = 'pods',
  concept = 'pod',
  which: 'all' | 'new' | 'old' = 'all',
  events?: readonly Event[],
): Finding[] {
  const w = wmessages(lang);
  const title = (count: string) =>
    which === 'new' ? w['pods.new.title']({ count }) : which === 'old' ? w['pods.old.title']({ count }) : w['pods.title']({ count });
  if (!pods) return [fnd(idPrefix, concept, 'warning', title('?'), w['unknown.list']())];
  if (pods.length === 0) return [fnd(idPrefix, concept, 'info', title('0'), w['pods.none']())];
  const groups = new Map<string, string[]>();
  for (const p of pods) groups.set(podState(p), [...(groups.get(podState(p)) ?? []), p.metadata.name]);
  let sev: Severity = 'ok';
  const lines: string[] = [];
  for (const [state, names] of [...groups].sort((a, b) => RANK[STATE_SEVERITY(b[0])] - RANK[STATE_SEVERITY(a[0])])) {
    sev = worse(sev, STATE_SEVERITY(state));
    lines.push(w['pods.group']({ state, count: names.length, names: names.sort().join(', ') }));
  }
  const out = [fnd(idPrefix, concept, sev, title(String(pods.length)), lines.join('\n'))];
  const bad = worstPod(pods, lang, events);
  if (bad) {
    out.push(
      fnd(
        `${idPrefix}.worst`,
        concept === 'pod' ? 'pod' : concept,
        bad.verdict.severity,
        w['pods.worst.title']({ pod: bad.pod.metadata.name }),
        [
          w['pods.worst.detail']({ verdict: bad.verdict.text, pod: bad.pod.metadata.name, ns: bad.pod.metadata.namespace ?? '' }),
          ...podWarnings(bad.pod, events, lang),
        ].join('\n'),
      ),
    );
  }
  return out;
}

/** Up to three Warning events of one Pod (from the namespace's events the snapshot already holds). */
export function podWarnings(pod: Pod, events: readonly Event[] | undefined, lang: Lang): string[] {
  if (!events || !pod.metadata.uid) return [];
  const t = messages(lang);
  const mine = events.filter(
    (e) => e.type === 'Warning' && (e as { involvedObject?: { uid?: string } }).involvedObject?.uid === pod.metadata.uid,
  );
  return dedupeEvents(mine, 3).map((e) => t['events.line'](e));
}

/** Events about any of the given objects (by uid), de-duplicated, newest last. */
export function eventsFinding(events: readonly Event[] | undefined, uids: ReadonlySet<string>, lang: Lang): Finding {
  const t = messages(lang);
  if (!events) return fnd('events', 'events', 'info', t['events.title']({ count: 0 }), wmessages(lang)['unknown.list']());
  const mine = events.filter((e) => uids.has((e as { involvedObject?: { uid?: string } }).involvedObject?.uid ?? ''));
  const list = dedupeEvents(mine);
  if (list.length === 0) return fnd('events', 'events', 'info', t['events.title']({ count: 0 }), t['events.none']());
  return fnd(
    'events',
    'events',
    list.some((e) => e.type === 'Warning') ? 'warning' : 'info',
    t['events.title']({ count: list.length }),
    list.map((e) => t['events.line'](e)).join('\n'),
  );
}

/** A condition finding whose meaning comes from the workload catalog (by kind, type and reason). */
export function conditionFinding(kind: string, c: Condition, healthy: boolean, concept: string, w: WMessages, extra = ''): Finding {
  const meaning = w.condition(kind, c.type, c.status, c.reason);
  const said = [c.reason, c.message].filter(Boolean).join(': ');
  return fnd(
    `condition.${c.type}`,
    concept,
    healthy ? 'ok' : 'warning',
    `Condition ${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`,
    [meaning, said && w['condition.said']({ said }), extra].filter(Boolean).join('\n'),
  );
}

export const conditions = (o: KubeObject): Condition[] => (o.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];
export const cond = (o: KubeObject, type: string) => conditions(o).find((c) => c.type === type);

/** The images of a Pod template, "name=image" joined. */
export function templateImages(template: unknown): string {
  const spec = (
    template as
      { spec?: { containers?: { name: string; image?: string }[]; initContainers?: { name: string; image?: string }[] } } | undefined
  )?.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => `${c.name}=${c.image ?? '?'}`).join(', ');
}

export const podsOf = (snapPods: readonly KubeObject[] | undefined, owner: KubeObject): Pod[] | undefined =>
  snapPods?.filter((p) => ownedBy(p, owner)) as Pod[] | undefined;

export const asPods = (xs: readonly KubeObject[] | undefined) => xs as unknown as Pod[] | undefined;

export const uidsOf = (...objs: (KubeObject | undefined)[]) => new Set(objs.map((o) => (o ? (metaOf(o).uid ?? '') : '')).filter(Boolean));
