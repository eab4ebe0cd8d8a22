// What every kind's explanation shares, as Messages: conditions judged by their polarity, the phase,
// whether the controller has seen the latest spec, owners and events. The generic explainer is
// these parts alone; each kind's explainer adds its own findings before them. Pure.
import { finding, worseSeverity, type FindingModel, type Severity } from '../model/finding.js';
import type { KubeObject } from '../model/kube.js';
import { list, type Read } from '../model/read-plan.js';
import type { Event } from '../model/pod.js';
import { builders, quoted, type Message } from '../model/message.js';
import type { KindsCatalog } from '../i18n/messages/kinds-en.js';
import type { en } from '../i18n/messages/en.js';
import { dedupeEvents } from './common.js';

export const m = builders<KindsCatalog>('kinds');
/** Sentences the Pod explainer already has (events, conditions, owners): said the same way for every kind. */
const pm = builders<typeof en>('pod');

/** The metadata fields these explainers read, typed. */
export interface Meta {
  name?: string;
  namespace?: string;
  uid?: string;
  generation?: number;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { kind: string; name: string; controller?: boolean }[];
  deletionTimestamp?: string;
  finalizers?: string[];
}
export const meta = (o: KubeObject): Meta => (o.metadata ?? {}) as Meta;

export const worst = (fs: readonly { severity: Severity }[], floor: Severity = 'ok'): Severity =>
  fs.reduce<Severity>((a, f) => worseSeverity(a, f.severity), floor);

export const nameOf = (o: KubeObject): string => o.metadata?.name ?? '';
export const targetOf = (o: KubeObject, kind: string) => ({
  kind,
  name: nameOf(o),
  ...(o.metadata?.namespace ? { namespace: o.metadata.namespace } : {}),
});

// ── Conditions by polarity ─────────────────────────────────────────────────────────────────────

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  observedGeneration?: number;
}

// Types whose healthy status is True (positive) or False (negative, "abnormal-true"). Any other type
// is reported as it is, neither good nor bad: we do not know what the controller means by it.
const POSITIVE =
  /^(Ready|Available|Established|NamesAccepted|Complete|Initialized|ContainersReady|PodScheduled|Accepted|Programmed|ResolvedRefs|Synced|Healthy|Reconciled|Succeeded|AbleToScale|ScalingActive|DisruptionAllowed|Bound|Valid|Scheduled)$/;
const NEGATIVE =
  /Pressure$|ResizeError$|^(ReplicaFailure|Failed|FailureTarget|Stalled|Degraded|NetworkUnavailable|Terminating|Error|Errored|Unhealthy|Suspended|NonStructuralSchema)$/;

export type Polarity = 'positive' | 'negative' | 'unknown';
export const polarityOf = (type: string): Polarity => (NEGATIVE.test(type) ? 'negative' : POSITIVE.test(type) ? 'positive' : 'unknown');

/** ok, warning, or info (an unknown type, or status Unknown on a known one is a warning). */
export function judgeCondition(c: Condition): Severity {
  const p = polarityOf(c.type);
  if (p === 'unknown') return 'info';
  if (c.status !== 'True' && c.status !== 'False') return 'warning';
  return (p === 'positive') === (c.status === 'True') ? 'ok' : 'warning';
}

export const conditionsOf = (o: KubeObject): Condition[] =>
  ((o.status as { conditions?: Condition[] } | undefined)?.conditions ?? []).filter((c) => c?.type);

/** The cluster's own words of a condition: reason and message, quoted. */
export const conditionWords = (c: { reason?: string; message?: string }): Message[] =>
  [c.reason, c.message].filter((s): s is string => !!s).map((s) => quoted(s));

export function conditionFindings(o: KubeObject, concept: string, meaning?: (c: Condition) => Message | undefined): FindingModel[] {
  return conditionsOf(o).map((c) => {
    const sev = judgeCondition(c);
    const means = meaning?.(c);
    const polarity = polarityOf(c.type);
    return finding(`condition.${c.type}`, concept, sev, pm['condition.title']({ type: c.type, status: c.status }), [
      ...(means ? [means] : []),
      ...(polarity === 'unknown'
        ? [m['condition.unknown-type']()]
        : sev === 'warning'
          ? [m[`condition.bad.${polarity}`]({ type: c.type, status: c.status })]
          : []),
      ...conditionWords(c),
    ]);
  });
}

/** The conditions that are bad, as "Type=Status (Reason)" strings, for a verdict. */
export const badConditions = (o: KubeObject): string[] =>
  conditionsOf(o)
    .filter((c) => judgeCondition(c) === 'warning')
    .map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`);

// ── Phase, generation, owners, deletion ───────────────────────────────────────────────────────

export function phaseFinding(o: KubeObject, concept: string): FindingModel | undefined {
  const phase = (o.status as { phase?: unknown } | undefined)?.phase;
  if (typeof phase !== 'string' || !phase) return undefined;
  const sev: Severity = /^(Failed|Lost|Error|Unknown)$/.test(phase) ? 'warning' : 'info';
  return finding('phase', concept, sev, m['phase.title']({ phase }));
}

/** status.observedGeneration behind metadata.generation: the controller has not acted on the latest spec yet. */
export function generationFinding(o: KubeObject, concept: string): FindingModel | undefined {
  const gen = meta(o).generation;
  const seen = (o.status as { observedGeneration?: unknown } | undefined)?.observedGeneration;
  if (typeof gen !== 'number' || typeof seen !== 'number') return undefined;
  return seen < gen
    ? finding('generation', concept, 'warning', m['generation.behind']({ generation: gen, observed: seen }), [
        m['generation.behind.detail'](),
      ])
    : finding('generation', concept, 'ok', m['generation.current']({ generation: gen }));
}

const OWNER_CONCEPT: Record<string, string> = {
  Deployment: 'owner.deployment',
  ReplicaSet: 'owner.replicaset',
  StatefulSet: 'statefulset',
  DaemonSet: 'daemonset',
  Job: 'job',
  CronJob: 'cronjob',
};

export function ownerFindings(o: KubeObject, concept: string): FindingModel[] {
  return (meta(o).ownerReferences ?? []).map((r) =>
    finding(`owner.${r.kind}.${r.name}`, OWNER_CONCEPT[r.kind] ?? concept, 'info', pm['owner.title']({ kind: r.kind, name: r.name }), [
      r.controller ? m['owner.controller']() : m['owner.plain'](),
    ]),
  );
}

export function deletionFinding(o: KubeObject, concept: string): FindingModel | undefined {
  const at = meta(o).deletionTimestamp;
  if (!at) return undefined;
  const fins = meta(o).finalizers ?? [];
  return finding('deleting', concept, 'warning', m['deleting.title']({ since: at }), [
    fins.length ? m['deleting.finalizers']({ finalizers: fins.join(', ') }) : m['deleting.no-finalizers'](),
  ]);
}

// ── Events ─────────────────────────────────────────────────────────────────────────────────────

/** Events of the object, de-duplicated; undefined when they could not be read. */
export function eventsFinding(events: readonly Event[] | undefined): FindingModel | undefined {
  if (!events) return undefined;
  const list = dedupeEvents(events);
  return finding(
    'events',
    'events',
    list.some((e) => e.type === 'Warning') ? 'warning' : 'info',
    pm['events.title']({ count: list.length }),
    list.length
      ? list.map((e) => pm['events.line']({ type: e.type, reason: e.reason, count: e.count, message: quoted(e.message) }))
      : [pm['events.none']()],
  );
}

/** Warning events with `reason` (newest last). */
export const eventsWith = (events: readonly Event[] | undefined, reason: string | RegExp): Event[] =>
  (events ?? []).filter((e) => (typeof reason === 'string' ? e.reason === reason : reason.test(e.reason ?? '')));

/**
 * The parts every explanation ends with: generation, conditions, owners, deletion, events. The phase
 * is the kind's own explainer's to explain (the generic one adds phaseFinding).
 */
export function commonParts(
  o: KubeObject,
  concept: string,
  events: readonly Event[] | undefined,
  meaning?: (c: Condition) => Message | undefined,
): FindingModel[] {
  return [
    generationFinding(o, concept),
    ...conditionFindings(o, concept, meaning),
    ...ownerFindings(o, concept),
    deletionFinding(o, concept),
    eventsFinding(events),
  ].filter((f): f is FindingModel => !!f);
}

/** The events of `o`, by uid (in every namespace for a cluster-scoped object). */
export const eventsOf = (o: KubeObject): Read =>
  list('Event', {
    ...(o.metadata?.namespace ? { namespace: o.metadata.namespace } : {}),
    fieldSelector: meta(o).uid ? `involvedObject.uid=${meta(o).uid}` : `involvedObject.name=${nameOf(o)}`,
  });
