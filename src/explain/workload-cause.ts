// Causes above the Pod, as Messages (the `wl` catalog, keys `cause.*`): why a ReplicaSet cannot create
// Pods (the exact quota, ServiceAccount, webhook or policy), what blocks a CronJob's schedule, why a
// Node is NotReady and what keeps a Namespace in Terminating. Pure.
import { builders, quoted, type Message } from '../model/message.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import { classifyCreateFailure } from './causes/replicaset-create.js';
import type { ScheduleAnalysis } from './causes/cron-schedule.js';
import type { NodeNotReady } from './causes/node-ready.js';
import type { NamespaceBlock } from './causes/namespace-terminating.js';
import { list } from './pod-cause.js';
import type { Pod } from '../model/pod.js';
import { tolerationFor, type Toleration } from './taints.js';

const w = builders<WMessages>('wl');

export interface Cause {
  concept: string;
  terms: string[];
  message: Message;
  details: Message[];
}

/** The cause as the explanation's first finding, as a Pod's is: its precise concept and terms reach the docs and `check`. */
export const causeFinding = (c: Cause, severity: Severity): FindingModel =>
  finding('cause', c.concept, severity, c.message, c.details, c.terms);

/** A Deployment rollout in progress (old Pods still there): how many extra Pods it may add, how many old ones it may take down first. */
export interface RolloutRoom {
  surge: number;
  unavailable: number;
  desired: number;
}

/** Why `owner` ("ReplicaSet web-5d9c", "StatefulSet db") cannot create Pods, from the API server's FailedCreate message. */
export function createCause(owner: string, message: string, rollout?: RolloutRoom): Cause {
  // client-go's event aggregator prefixes the 10th similar event: not the API server's words.
  const f = classifyCreateFailure(message.replace(/^\(combined from similar events\): /, ''));
  switch (f.kind) {
    case 'quota-exceeded': {
      const detail = list(f.resources.map((r) => `${r.resource} ${r.requested ?? '?'}+${r.used ?? '?'}>${r.limited ?? '?'}`));
      // A quota on the number of Pods is not helped by smaller requests; a rollout that surges needs room for its extra Pods.
      const onlyCount = f.resources.every((r) => r.resource === 'pods' || r.resource === 'count/pods');
      const params = { owner, quota: f.quota, detail };
      return {
        concept: 'resourcequota.exceeded',
        terms: ['exceeded quota', f.quota, ...f.resources.map((r) => r.resource)],
        message:
          rollout && rollout.surge > 0 && rollout.unavailable === 0
            ? w['cause.create.quota-surge']({ ...params, surge: rollout.surge, desired: rollout.desired })
            : onlyCount
              ? w['cause.create.quota-pods'](params)
              : w['cause.create.quota-exceeded'](params),
        details: f.resources.map((r) =>
          w['cause.create.quota-line']({
            resource: r.resource,
            requested: r.requested ?? '?',
            used: r.used ?? '?',
            limited: r.limited ?? '?',
          }),
        ),
      };
    }
    case 'quota-must-specify':
      return {
        concept: 'limitrange.defaults',
        terms: ['must specify', f.quota, ...f.resources],
        message: w['cause.create.quota-must-specify']({
          owner,
          quota: f.quota,
          resources: list(f.resources),
          containers: list(f.containers.length ? f.containers : ['?']),
        }),
        details: [],
      };
    case 'serviceaccount-missing':
      return {
        concept: 'serviceaccount.missing',
        terms: ['serviceaccount', f.serviceAccount],
        message: w['cause.create.serviceaccount-missing']({ owner, sa: f.serviceAccount }),
        details: [],
      };
    case 'webhook-denied':
      return {
        concept: 'admission.webhook',
        terms: ['admission webhook', f.webhook],
        message: w['cause.create.webhook-denied']({ owner, webhook: f.webhook, reason: quoted(f.reason) }),
        details: [],
      };
    case 'policy-denied':
      return {
        concept: 'admission.webhook',
        terms: ['ValidatingAdmissionPolicy', f.policy],
        message: w['cause.create.policy-denied']({ owner, policy: f.policy, reason: quoted(f.reason) }),
        details: [],
      };
    case 'limitrange':
      return {
        concept: 'limitrange.defaults',
        terms: ['LimitRange'],
        message: w['cause.create.limitrange']({ owner, detail: quoted(f.detail) }),
        details: [],
      };
    case 'pod-security':
      return {
        concept: 'admission.pod-security',
        terms: ['PodSecurity', 'pod-security.kubernetes.io/enforce', f.level, ...f.checks.map((c) => c.name)],
        message: w['cause.create.pod-security']({
          owner,
          level: f.level,
          checks: quoted(f.checks.map((c) => c.name).join(', ')),
        }),
        details: f.checks.map((c) => quoted(c.text)),
      };
    case 'other':
      return {
        concept: 'replicaset',
        terms: ['FailedCreate'],
        message: w['cause.create.other']({ owner, message: quoted(f.message) }),
        details: [],
      };
  }
}

/** The CronJob's schedule problem (`deadline`: its startingDeadlineSeconds); undefined when there is nothing to say. */
export function scheduleCause(a: ScheduleAnalysis, deadline?: number): (Cause & { severity: 'error' | 'warning' }) | undefined {
  const terms = ['schedule', a.schedule];
  const events = a.events
    .filter((e) => e.reason !== 'MissSchedule')
    .map((e) => w['cause.cj.event']({ reason: e.reason, message: quoted(e.message) }));
  if (a.invalid?.what === 'timeZone' || a.events.some((e) => e.reason === 'UnknownTimeZone'))
    return {
      severity: 'error',
      concept: 'cronjob.schedule',
      terms: [...terms, 'timeZone'],
      message: w['cause.cj.timezone']({ tz: a.timeZone ?? '?' }),
      details: events,
    };
  const invalid = a.events.find((e) => e.reason === 'InvalidSchedule');
  if (a.invalid || invalid)
    return {
      severity: 'error',
      concept: 'cronjob.schedule',
      terms: [...terms, 'InvalidSchedule'],
      message: w['cause.cj.invalid']({ schedule: a.schedule, error: quoted(a.invalid?.error ?? invalid!.message) }),
      details: events,
    };
  if (a.never)
    return {
      severity: 'error',
      concept: 'cronjob.schedule',
      terms,
      message: w['cause.cj.never']({ schedule: a.schedule }),
      details: events,
    };
  const tooMany = a.events.find((e) => e.reason === 'TooManyMissedTimes');
  if (tooMany || a.missed > 100)
    return {
      severity: 'warning',
      concept: 'cronjob.schedule',
      terms: [...terms, 'TooManyMissedTimes'],
      message: w['cause.cj.toomany']({ count: 100 }),
      details: events,
    };
  if (a.pastDeadline && a.lastMissed)
    return {
      severity: 'warning',
      concept: 'cronjob.schedule',
      terms: [...terms, 'startingDeadlineSeconds'],
      message: w['cause.cj.missed']({ count: a.missed, last: a.lastMissed, deadline: deadline ?? '?' }),
      details: events,
    };
  return undefined;
}

/** The NotReady cause of a Node, and the controller's taints. */
export function nodeCause(name: string, n: NodeNotReady): Cause {
  const msg = quoted(n.message ?? n.reason ?? '?');
  const message =
    n.kind === 'network-plugin' && n.inner
      ? w['cause.node.network-plugin']({ name, reason: n.inner.reason, message: quoted(n.inner.message) })
      : n.kind === 'runtime'
        ? w['cause.node.runtime']({ name, message: msg })
        : n.kind === 'pleg'
          ? w['cause.node.pleg']({ name, message: msg })
          : n.kind === 'kubelet-stopped'
            ? w['cause.node.kubelet-stopped']({ name, since: n.lastHeartbeat ?? '?' })
            : w['cause.node.other']({ name, reason: n.reason ?? '?', message: msg });
  const taints = n.taints.map((t) => `${t.key}:${t.effect}`);
  return {
    concept: 'node.notready',
    terms: ['NotReady', ...(n.reason ? [n.reason] : []), ...(n.inner ? [n.inner.reason] : [])],
    message,
    details: taints.length ? [w['cause.node.taints']({ taints: list(taints) })] : [],
  };
}

/**
 * When the node's Pods leave, per NoExecute taint of the node controller: the taint eviction controller
 * evicts a Pod that does not tolerate it at once, one that tolerates it for tolerationSeconds (300 s,
 * added to every Pod by the DefaultTolerationSeconds admission plugin) that long after the taint was
 * added, and never one that tolerates it without a limit (DaemonSet Pods).
 */
export function nodeEvictions(n: NodeNotReady, pods: readonly Pod[]): Message[] {
  const names = (ps: readonly Pod[]) => {
    const all = ps.map((p) => `${p.metadata.namespace ?? ''}/${p.metadata.name}`).sort();
    return all.length > 5 ? [...all.slice(0, 5), `… (+${all.length - 5})`].join(', ') : all.join(', ');
  };
  return n.taints
    .filter((t) => t.effect === 'NoExecute')
    .flatMap((t) => {
      const now: Pod[] = [];
      const never: Pod[] = [];
      const after = new Map<number, Pod[]>();
      for (const p of pods) {
        const tol = tolerationFor((p.spec as { tolerations?: Toleration[] }).tolerations ?? [], t);
        if (!tol) now.push(p);
        else if (tol.tolerationSeconds === undefined) never.push(p);
        else after.set(tol.tolerationSeconds, [...(after.get(tol.tolerationSeconds) ?? []), p]);
      }
      const added = t.timeAdded ? Date.parse(t.timeAdded) : NaN;
      const taint = `${t.key}:${t.effect}`;
      return [
        ...[...after]
          .sort((a, b) => a[0] - b[0])
          .map(([seconds, ps]) =>
            w['cause.node.evict.after']({
              taint,
              seconds,
              at: Number.isNaN(added) ? '?' : new Date(added + Math.max(0, seconds) * 1000).toISOString().replace('.000Z', 'Z'),
              count: ps.length,
              pods: names(ps),
            }),
          ),
        ...(now.length ? [w['cause.node.evict.now']({ taint, count: now.length, pods: names(now) })] : []),
        ...(never.length ? [w['cause.node.evict.never']({ taint, count: never.length, pods: names(never) })] : []),
      ];
    });
}

/** What keeps a Namespace in Terminating. */
export function namespaceCause(name: string, b: NamespaceBlock): Cause {
  const terms = ['Terminating', 'finalizers', ...b.finalizers.map((f) => f.finalizer)];
  // The objects holding it: those carrying a finalizer the condition names, else those being deleted with a finalizer.
  const named = new Set(b.finalizers.map((f) => f.finalizer));
  const held = b.objects.filter((o) =>
    named.size ? o.finalizers.some((f) => named.has(f)) : o.deleting && o.finalizers.some((f) => f !== 'kubernetes'),
  );
  const unseen = b.finalizers.filter((f) => !held.some((o) => o.finalizers.includes(f.finalizer)));
  const base = { concept: 'namespace.terminating', terms };
  if (b.failures.length)
    return {
      ...base,
      message: w['cause.ns.failure']({ name, type: b.failures[0]!.type, message: quoted(b.failures[0]!.message) }),
      details: [],
    };
  if (held.length)
    return {
      ...base,
      message: w['cause.ns.finalizers']({
        name,
        objects: {
          key: 'pod:list',
          params: { items: held.map((o) => w['cause.ns.object']({ kind: o.kind, name: o.name, finalizers: o.finalizers.join(', ') })) },
        },
      }),
      // Finalizers the condition counts on objects not read here (custom resources, say).
      details: unseen.length ? [w['cause.ns.unseen']({ finalizers: list(unseen.map((f) => `${f.finalizer} ×${f.count}`)), name })] : [],
    };
  const resources = {
    key: 'pod:list',
    params: { items: b.remaining.map((r) => w['cause.ns.resource']({ resource: r.resource, count: r.count })) },
  };
  if (b.finalizers.length)
    return {
      ...base,
      message: w['cause.ns.remaining']({
        name,
        finalizers: {
          key: 'pod:list',
          params: { items: b.finalizers.map((f) => w['cause.ns.finalizer']({ finalizer: f.finalizer, count: f.count })) },
        },
        resources,
        get: b.remaining.map((r) => r.resource).join(',') || 'RESOURCE',
      }),
      details: [],
    };
  return { ...base, message: w['cause.ns.content']({ name, resources: b.remaining.length ? resources : '-' }), details: [] };
}
