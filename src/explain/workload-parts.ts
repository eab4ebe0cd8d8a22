// What the workload explainers (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob) share,
// as Messages: their Pods grouped by state, the worst Pod with its own root cause (the Pod
// explainer's analysis, so a workload names the taint key, the missing key or the probe in the same
// terms), ownership, conditions and the events of the objects involved. Pure.
import { selectorString, type LabelSelector } from '../model/labels.js';
import { finding, SEVERITY_RANK, worseSeverity, type FindingModel, type Severity } from '../model/finding.js';
import type { KubeObject } from '../model/kube.js';
import { builders, quoted, type Message } from '../model/message.js';
import { list, listOf, type Read, type Snapshot } from '../model/read-plan.js';
import type { Condition, Event, Pod } from '../model/pod.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import type { en } from '../i18n/messages/en.js';
import { podCause, type PodCauseInput } from './pod-cause.js';
import { verdict as podVerdict, configMapKeys } from './pod.js';
import type { NodeLike } from './causes/scheduling.js';
import { eventsFinding as eventsOfFinding } from './kind-parts.js';
import { dedupeEvents } from './common.js';
import { claimsWithWhy } from './pod-claims.js';

export const w = builders<WMessages>('wl');
const pm = builders<typeof en>('pod');

export interface WorkloadMeta {
  name: string;
  namespace?: string;
  uid?: string;
  generation?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { kind: string; name: string; uid?: string; controller?: boolean }[];
  creationTimestamp?: string;
}
export const metaOf = (o: KubeObject) => (o.metadata ?? {}) as WorkloadMeta;

export const targetOf = (o: KubeObject, kind: string) => {
  const m = metaOf(o);
  return { kind, name: m.name, ...(m.namespace ? { namespace: m.namespace } : {}) };
};

/** True when `o` has an owner reference to `owner` (by uid, or kind+name when uids are absent). */
export function ownedBy(o: KubeObject, owner: KubeObject): boolean {
  const m = metaOf(owner);
  return (metaOf(o).ownerReferences ?? []).some((r) => (m.uid && r.uid ? r.uid === m.uid : r.kind === owner.kind && r.name === m.name));
}

export const podsOf = (pods: readonly KubeObject[] | undefined, owner: KubeObject): Pod[] | undefined =>
  pods?.filter((p) => ownedBy(p, owner)) as Pod[] | undefined;

// ── Reads ──────────────────────────────────────────────────────────────────────────────────────

/** A LabelSelector as the API's labelSelector query string (one copy: src/model/labels.ts). */
export const selectorQuery = selectorString;

export const nsOf = (o: KubeObject, fallback: string) => metaOf(o).namespace ?? fallback;

/** The target's Pods, by its own selector. */
export const podsRead = (o: KubeObject, ns: string): Read =>
  list('Pod', { namespace: nsOf(o, ns), labelSelector: selectorQuery((o.spec as { selector?: LabelSelector } | undefined)?.selector) });

/**
 * The namespace's events: the workload's, its ReplicaSets' and its Pods' in one request (a field
 * selector cannot name several objects), so the worst Pod's cause comes from its own events.
 */
export const namespaceEvents = (o: KubeObject, ns: string): Read => list('Event', { namespace: nsOf(o, ns) });

/**
 * The Node list, read only when the status says replicas are missing: a Pod that cannot be scheduled
 * is explained with the taint key, the cordoned node or the largest allocatable, which only the Nodes
 * tell (the scheduler's message counts nodes but names neither taints nor nodes).
 */
export const nodesWhen = (short: boolean): Read | undefined => (short ? list('Node') : undefined);

/** What the Pod cause analysis can use from a workload's snapshot. */
export function causeContext(snap: Snapshot): Omit<PodCauseInput, 'pod'> {
  const events = listOf<Event>(snap, 'events');
  const nodes = listOf<NodeLike>(snap, 'nodes');
  const pvcs = claimsWithWhy(snap, 'events');
  const cms = listOf<KubeObject>(snap, 'configMaps');
  return {
    ...(events ? { events } : {}),
    ...(nodes ? { nodes } : {}),
    ...(pvcs ? { pvcs } : {}),
    ...(cms ? { configMaps: cms.map(configMapKeys) } : {}),
  };
}

// ── Pods ───────────────────────────────────────────────────────────────────────────────────────

/** A one-word state for grouping Pods: a waiting reason, Completed, Failed, Unschedulable, Ready… */
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
  severity: Severity;
  /** The Pod's verdict: its root cause when one is known (same words as `explain pod`). */
  message: Message;
  concept?: string;
  terms?: readonly string[];
}

/** Each Pod's verdict (the Pod explainer's root cause), worst first; ties keep the input order. */
export function podVerdicts(pods: readonly Pod[], ctx: Omit<PodCauseInput, 'pod'>): PodVerdict[] {
  const mine = eventsByPod(ctx.events);
  return pods
    .map((pod): PodVerdict => {
      // The Pod's own events, as podCause would filter them from the namespace's: once, not once per Pod.
      const events = mine && pod.metadata.uid ? { events: mine.get(pod.metadata.uid) ?? [] } : {};
      const c = podCause({ ...ctx, ...events, pod });
      if (c) return { pod, severity: c.severity, message: c.message, concept: c.concept, terms: c.terms };
      const v = podVerdict(pod);
      return { pod, severity: v.severity, message: v.message };
    })
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

/** Events by the uid of the object they are about; undefined when one names no uid (it then concerns every Pod). */
function eventsByPod(events: readonly Event[] | undefined): Map<string, Event[]> | undefined {
  if (!events) return undefined;
  const by = new Map<string, Event[]>();
  for (const e of events) {
    const uid = involved(e);
    if (!uid) return undefined;
    let list = by.get(uid);
    if (!list) by.set(uid, (list = []));
    list.push(e);
  }
  return by;
}

// A workload's explanation asks for the worst of the same Pods twice (its Pods finding, its verdict).
const worstOf = new WeakMap<readonly Pod[], { ctx: object; worst: PodVerdict | undefined }>();

/** The worst Pod when it is not fine (warning or error). */
export function worstPod(pods: readonly Pod[] | undefined, ctx: Omit<PodCauseInput, 'pod'>): PodVerdict | undefined {
  if (!pods) return undefined;
  const known = worstOf.get(pods);
  if (known?.ctx === ctx) return known.worst;
  const v = podVerdicts(pods, ctx)[0];
  const worst = v && SEVERITY_RANK[v.severity] >= SEVERITY_RANK.warning ? v : undefined;
  worstOf.set(pods, { ctx, worst });
  return worst;
}

const STARTING = new Set(['probes.not-yet', 'container.init-running', 'image.pull']);

/** A Pod that is not failing but still starting: a probe has not passed yet, an init container still runs, an image is being pulled (an info cause). */
export function startingPod(pods: readonly Pod[] | undefined, ctx: Omit<PodCauseInput, 'pod'>): PodVerdict | undefined {
  return pods ? podVerdicts(pods, ctx).find((v) => v.severity === 'info' && STARTING.has(v.concept ?? '')) : undefined;
}

/** How bad a Pod's state is: Ready and Completed are fine; Pending, Terminating, NotReady a warning; anything else an error. */
export const podTrouble = (pod: Pod): Severity => stateSeverity(podState(pod));

const stateSeverity = (state: string): Severity =>
  state === 'Ready' || state === 'Completed'
    ? 'ok'
    : state === 'Pending' || state === 'Terminating' || state === 'NotReady'
      ? 'warning'
      : 'error';

type Which = 'all' | 'new' | 'old';
const podsTitle = (which: Which, count: string) =>
  which === 'new' ? w['pods.new.title']({ count }) : which === 'old' ? w['pods.old.title']({ count }) : w['pods.title']({ count });

/** Pods grouped by state ("Ready (3): a, b, c"), and the worst one explained with its own root cause. */
export function podFindings(
  pods: readonly Pod[] | undefined,
  ctx: Omit<PodCauseInput, 'pod'>,
  opts: { id?: string; concept?: string; which?: Which; worst?: boolean } = {},
): FindingModel[] {
  const id = opts.id ?? 'pods';
  const concept = opts.concept ?? 'pod';
  const which = opts.which ?? 'all';
  if (!pods) return [finding(id, concept, 'warning', podsTitle(which, '?'), [w['unknown.list']()])];
  if (pods.length === 0) return [finding(id, concept, 'info', podsTitle(which, '0'), [w['pods.none']()])];
  const groups = new Map<string, string[]>();
  for (const p of pods) groups.set(podState(p), [...(groups.get(podState(p)) ?? []), p.metadata.name]);
  let sev: Severity = 'ok';
  const lines: Message[] = [];
  for (const [state, names] of [...groups].sort((a, b) => SEVERITY_RANK[stateSeverity(b[0])] - SEVERITY_RANK[stateSeverity(a[0])])) {
    sev = worseSeverity(sev, stateSeverity(state));
    lines.push(w['pods.group']({ state, count: names.length, names: names.sort().join(', ') }));
  }
  const out = [finding(id, concept, sev, podsTitle(which, String(pods.length)), lines)];
  const bad = opts.worst === false ? undefined : worstPod(pods, ctx);
  if (bad) out.push(worstFinding(`${id}.worst`, bad, ctx.events));
  return out;
}

/** The worst Pod as a finding: its verdict, where to look next, its own Warning events. */
export function worstFinding(id: string, bad: PodVerdict, events: readonly Event[] | undefined): FindingModel {
  const name = bad.pod.metadata.name;
  return finding(
    id,
    bad.concept ?? 'pod',
    bad.severity,
    w['pods.worst.title']({ pod: name }),
    [w['pods.worst.detail']({ verdict: bad.message, pod: name, ns: bad.pod.metadata.namespace ?? '' }), ...podWarnings(bad.pod, events)],
    bad.terms,
  );
}

const involved = (e: Event) => (e as { involvedObject?: { uid?: string } }).involvedObject?.uid;

/** Up to three Warning events of one Pod (from the namespace's events the snapshot already holds). */
function podWarnings(pod: Pod, events: readonly Event[] | undefined): Message[] {
  if (!events || !pod.metadata.uid) return [];
  const mine = events.filter((e) => e.type === 'Warning' && involved(e) === pod.metadata.uid);
  return dedupeEvents(mine, 3).map((e) =>
    pm['events.line']({ type: e.type, reason: e.reason, count: e.count, message: quoted(e.message) }),
  );
}

/** Events of the given objects (by uid), de-duplicated; undefined when the events could not be read. */
export function eventsFinding(events: readonly Event[] | undefined, ...objs: (KubeObject | undefined)[]): FindingModel | undefined {
  const uids = new Set(objs.map((o) => (o ? (metaOf(o).uid ?? '') : '')).filter(Boolean));
  return eventsOfFinding(events?.filter((e) => uids.has(involved(e) ?? '')));
}

/** Events about one object (by uid). */
export const eventsAbout = (events: readonly Event[] | undefined, o: KubeObject | undefined) =>
  o ? events?.filter((e) => involved(e) === metaOf(o).uid) : undefined;

// ── Conditions, templates ──────────────────────────────────────────────────────────────────────

export const conditions = (o: KubeObject): Condition[] => (o.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];
export const cond = (o: KubeObject, type: string) => conditions(o).find((c) => c.type === type);

/** A condition with what it means for this kind (by type and reason), and the controller's own words. */
export function conditionFinding(kind: string, c: Condition, healthy: boolean, concept: string, extra?: Message): FindingModel {
  const said = [c.reason, c.message].filter(Boolean).join(': ');
  return finding(
    `condition.${c.type}`,
    concept,
    healthy ? 'ok' : 'warning',
    w['condition.title']({ type: c.type, status: c.status, reason: c.reason ?? '' }),
    [
      w['condition.means']({ kind, type: c.type, status: c.status, reason: c.reason ?? '' }),
      ...(said ? [w['condition.said']({ said: quoted(said) })] : []),
      ...(extra ? [extra] : []),
    ],
  );
}

/** The images of a Pod template, "name=image" joined. */
export function templateImages(template: unknown): string {
  const spec = (
    template as
      { spec?: { containers?: { name: string; image?: string }[]; initContainers?: { name: string; image?: string }[] } } | undefined
  )?.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => `${c.name}=${c.image ?? '?'}`).join(', ');
}
