// The one cause that explains a failing Pod, in the terms a learner can act on: the blocking
// scheduling reason with its objects, an eviction, a failing probe, a missing config key, an image
// pull failure, a crash, or restarts hidden behind Ready. Used by the Pod verdict and carried up
// unchanged by every workload verdict. Pure: returns Messages (the `pod` catalog, keys `cause.*`).
import type { Severity } from '../model/finding.js';
import { builders, quoted, type Message } from '../model/message.js';
import type { Event, Pod, SecretSummary } from '../model/pod.js';
import type { Messages } from '../i18n/messages/index.js';
import { analyzeScheduling, taintText, type ClaimLike, type NodeLike, type OtherBlock, type SchedulingCause } from './causes/scheduling.js';
import { evictionCause } from './causes/eviction.js';
import { tolerationFor, type Toleration } from './taints.js';
import { containerFailures, restartedContainers, type ContainerFailure, type ContainerRole } from './causes/containers.js';
import { handlerOf, probeFailures, type ProbeFailure } from './causes/probes.js';
import { pendingProbe, type PendingProbe } from './causes/probe-pending.js';
import { pullFailure } from './causes/image-pull.js';
import { configRefProblem } from './causes/config-refs.js';
import { nonRootProblem } from './causes/run-as-non-root.js';
import { mountProblem, type MountProblem } from './causes/volume-mount.js';
import { startProblem } from './causes/start-error.js';
import { exitMeaning } from './causes/exit-codes.js';
import { aboutContainer, hookText, stopProblem } from './causes/prestop.js';

const m = builders<Messages>('pod');

export interface PodCauseInput {
  pod: Pod;
  /** The Pod's own events (or a namespace's: they are filtered by the Pod's uid). */
  events?: readonly Event[];
  /** Every Node, for a Pod that cannot be scheduled. */
  nodes?: readonly NodeLike[];
  pvcs?: readonly ClaimLike[];
  /** ConfigMaps of the namespace with their key names. */
  configMaps?: readonly { name: string; keys: string[] }[];
  secrets?: readonly SecretSummary[];
  serviceAccount?: { name: string; imagePullSecrets: string[] };
  /** The Pod's own Node (read for a Pod being deleted: its NoExecute taints). */
  node?: NodeLike;
  /** The Pods on the node a preempting Pod is nominated for (status.nominatedNodeName). */
  nodePods?: readonly Pod[];
  /** The Pod's Node was read and does not exist (404). */
  nodeGone?: boolean;
}

export interface PodCause {
  severity: Severity;
  /** The precise concept of the docs catalog (src/docs/catalog-problems.ts). */
  concept: string;
  /** The case's own words: reasons, probe types, resource and object names. */
  terms: string[];
  /** The verdict: cause, objects, one next step. */
  message: Message;
  /** Supporting lines (scheduler counts, near misses, pull secrets). */
  details: Message[];
}

export const list = (items: readonly string[]): Message => ({ key: 'pod:list', params: { items: [...items] } });

const who = (role: ContainerRole, name: string): Message =>
  role === 'init' ? m['cause.role.init']({ name }) : role === 'sidecar' ? m['cause.role.sidecar']({ name }) : m['cause.role.app']({ name });

/**
 * The failing container named with what it blocks: an init container holds back the app containers;
 * a sidecar does too until it has started, and once they run it keeps the Pod from being Ready.
 */
function blocking(pod: Pod, role: ContainerRole, name: string): Message {
  if (role === 'init') return m['cause.role.init.blocks']({ name });
  if (role === 'app') return who(role, name);
  const appsRunning = (pod.status?.containerStatuses ?? []).some((s) => s.state?.running);
  return appsRunning ? m['cause.role.sidecar.beside']({ name }) : m['cause.role.sidecar.blocks']({ name });
}

const eventsOf = (pod: Pod, events: readonly Event[] | undefined) =>
  events?.filter((e) => {
    const uid = (e as { involvedObject?: { uid?: string } }).involvedObject?.uid;
    return !uid || !pod.metadata.uid || uid === pod.metadata.uid;
  });

export function podCause(input: PodCauseInput): PodCause | undefined {
  const { pod } = input;
  // A Pod being deleted is explained by who disrupts it (preemption, eviction, taint manager), if anyone.
  const ev = eviction(pod, input.node);
  if (ev) return ev;
  const events = eventsOf(pod, input.events);
  if (pod.metadata.deletionTimestamp) return stopping(pod, events, input.node);
  // Said of a Pod no kubelet ever reported (Pending, no container status): the case of a spec.nodeName
  // that names no node. A Running Pod whose node was deleted is gone within a minute anyway.
  if (input.nodeGone && pod.spec.nodeName && (pod.status?.phase ?? 'Pending') === 'Pending' && !pod.status?.containerStatuses?.length)
    return orphaned(pod);
  const sched = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
  const nominated = pod.status?.nominatedNodeName;
  if (sched && !pod.spec.nodeName && nominated) return preempting(nominated, input.nodePods);
  if (sched && !pod.spec.nodeName) {
    const a = analyzeScheduling(pod, sched.message, input.nodes, input.pvcs);
    if (a) {
      const reasons = a.message.reasons.map((r) => m['cause.sched.reason']({ count: r.count, text: quoted(r.text) }));
      const details = [
        ...(reasons.length
          ? [m['cause.sched.reasons']({ total: a.message.total, reasons: { key: 'pod:list', params: { items: reasons } } })]
          : []),
        ...a.also.map(alsoBlocked),
        // An unbound claim's own reasons (the provisioner's words, the default class).
        ...(a.cause.kind === 'pvc' ? (a.cause.claims.find((x) => x.why)?.why?.details ?? []) : []),
        ...(a.nodesRead ? [] : [m['cause.sched.unconfirmed']()]),
      ];
      return { ...schedulingVerdict(pod, a.cause), details, severity: 'error' };
    }
  }
  const failures = containerFailures(pod);
  const probes = probeFailures(pod, events);
  const first = failures[0];
  if (first) return containerCause(input, first, probes, events);
  const mount = mountProblem(pod, events, {
    ...(input.configMaps ? { configMaps: input.configMaps.map((c) => c.name) } : {}),
    ...(input.secrets ? { secrets: input.secrets.map((s) => s.name) } : {}),
  });
  if (mount) return mountCause(pod, mount);
  const init = initRunning(pod);
  if (init) return init;
  const pull = pullingNow(pod, events);
  if (pull) return pull;
  if (pod.status?.phase === 'Running') {
    const ready = pod.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    const readiness = probes.find((p) => p.type === 'readiness');
    const gate = ready ? undefined : unmetGate(pod);
    if (gate) return gate;
    if (!ready && readiness) return probeCause(readiness, 'warning');
    const restarted = restartedContainers(pod)[0];
    if (restarted) {
      const kill = probes.find(
        (p) => (p.type === 'liveness' || p.type === 'startup') && p.killed && (!p.container || p.container === restarted.container),
      );
      if (kill) return probeCause(kill, 'warning');
      const last = restarted.last;
      return {
        severity: 'warning',
        concept:
          last?.reason === 'OOMKilled' ? 'container.oomkilled' : last?.exitCode === 137 ? 'container.exit-codes' : 'container.crashloop',
        terms: [restarted.container, ...(last?.reason ? [last.reason] : [])],
        message: m['cause.restarted']({
          who: who(restarted.role, restarted.container),
          restarts: restarted.restarts,
          last: last ? m['cause.restarted.last']({ code: last.exitCode, reason: last.reason ?? '?' }) : '',
        }),
        details: [],
      };
    }
    const pending = ready ? undefined : pendingProbe(pod, probes);
    if (pending) return pendingCause(pod, pending, events !== undefined);
  }
  return undefined;
}

/**
 * A container not ready because a probe has not passed yet, with no failure that says more: the
 * startup probe's allowance or the readiness probe's first check, counted from the container's start.
 */
function pendingCause(pod: Pod, p: PendingProbe, eventsRead: boolean): PodCause {
  const handler = handlerOf(p.probe);
  const probe = probeText({ type: p.type, ...(handler ? { handler } : {}) });
  const base = { who: who(p.role, p.container), probe, started: p.startedAt ?? '?', delay: p.delay, period: p.period };
  const recorded = eventsRead ? m['cause.probe.pending.none']() : m['cause.probe.pending.unread']();
  const terms = [`${p.type} probe`, p.container, 'initialDelaySeconds', 'periodSeconds'];
  const details = [m['cause.probe.pending.unknown']()];
  const concept = 'probes.not-yet';
  if (p.type === 'readiness')
    return {
      severity: 'info',
      concept,
      terms: [...terms, 'successThreshold'],
      message: m['cause.probe.readiness.pending']({
        ...base,
        recorded,
        success: p.successThreshold,
        first: p.until ?? '?',
        pod: pod.metadata.name,
      }),
      details,
    };
  const timing = { threshold: p.failureThreshold, window: p.delay + p.failureThreshold * p.period, until: p.until ?? '?' };
  if (p.failures)
    return {
      severity: 'warning',
      concept,
      terms: [...terms, 'failureThreshold', 'Unhealthy'],
      message: m['cause.probe.startup.failing']({
        ...base,
        ...timing,
        count: p.failures.count,
        result: probeResult(p.failures),
        pod: pod.metadata.name,
        container: p.container,
      }),
      details: [],
    };
  return {
    severity: 'info',
    concept,
    terms: [...terms, 'failureThreshold'],
    message: m['cause.probe.startup.pending']({ ...base, ...timing, recorded, pod: pod.metadata.name }),
    details,
  };
}

/**
 * A Pod the scheduler nominated for a node after preempting Pods there (status.nominatedNodeName with
 * PodScheduled=False): it waits for the victims to terminate, not for a fix. Victims still on the node
 * are those marked DisruptionTarget/PreemptionByScheduler; one held by a finalizer keeps it waiting.
 */
function preempting(node: string, nodePods: readonly Pod[] | undefined): PodCause {
  const victims = (nodePods ?? []).filter((p) =>
    p.status?.conditions?.some((c) => c.type === 'DisruptionTarget' && c.status === 'True' && c.reason === 'PreemptionByScheduler'),
  );
  const name = (p: Pod) => `${p.metadata.namespace ?? ''}/${p.metadata.name}`;
  const held = victims.filter((p) => p.metadata.finalizers?.length);
  const base = { concept: 'priorityclass', terms: ['preemption', 'nominatedNodeName', 'PriorityClass', node] };
  if (held.length)
    return {
      ...base,
      severity: 'warning',
      message: m['cause.sched.nominated.held']({
        node,
        victims: list(held.map((p) => `${name(p)} (finalizer ${(p.metadata.finalizers ?? []).join(', ')})`)),
        pod: held[0]!.metadata.name,
        ns: held[0]!.metadata.namespace ?? 'default',
      }),
      details: [],
    };
  return {
    ...base,
    severity: 'info',
    message: victims.length
      ? m['cause.sched.nominated']({ node, victims: list(victims.map(name)) })
      : m['cause.sched.nominated.unknown']({ node }),
    details: nodePods ? [] : [m['cause.sched.nominated.unread']({ node })],
  };
}

function eviction(pod: Pod, nodeObject?: NodeLike): PodCause | undefined {
  const e = evictionCause(pod);
  if (!e) return undefined;
  const details = [
    ...e.containers.map((c) => m['cause.evicted.container']({ container: c.name, usage: c.usage, request: c.request })),
    ...(pod.metadata.deletionTimestamp && pod.metadata.finalizers?.length
      ? [m['cause.disrupted.finalizers']({ finalizers: list(pod.metadata.finalizers) })]
      : []),
  ];
  const base = {
    concept: 'pod.eviction',
    terms: ['Evicted', ...(e.reason ? [e.reason] : []), ...(e.resource ? [e.resource] : [])],
    details,
  };
  if (e.by === 'kubelet' && e.final) {
    const message =
      e.resource && e.available && e.threshold
        ? m['cause.evicted.pressure']({ resource: e.resource, available: e.available, threshold: e.threshold })
        : e.condition
          ? m['cause.evicted.condition']({ condition: e.condition })
          : m['cause.evicted.other']({ message: quoted(e.message ?? '') });
    return { ...base, severity: 'error', message };
  }
  const node = pod.spec.nodeName ?? '?';
  const message =
    e.by === 'other'
      ? m['cause.disrupted.other']({ reason: e.reason ?? '?' })
      : e.by === 'preemption'
        ? m['cause.disrupted.preemption']({ node, priority: pod.spec.priority ?? 0, class: pod.spec.priorityClassName ?? '-' })
        : e.by === 'taint-manager'
          ? m['cause.disrupted.taint-manager']({ node, taints: list(noExecute(pod, nodeObject)) })
          : e.by === 'eviction-api'
            ? m['cause.disrupted.eviction-api']({ replaced: replacedBy(pod) })
            : m[`cause.disrupted.${e.by}`]();
  return { ...base, concept: e.by === 'preemption' ? 'priorityclass' : base.concept, severity: e.final ? 'error' : 'warning', message };
}

/** Who recreates a disrupted Pod: its controller, or nobody (a bare Pod is gone for good). */
function replacedBy(pod: Pod): Message {
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller);
  return owner ? m['cause.disrupted.owner']({ kind: owner.kind, name: owner.name }) : m['cause.disrupted.no-owner']();
}

/**
 * Bound to a Node that does not exist (deleted, or a spec.nodeName that names no node): no kubelet
 * runs it, and the pod garbage collector deletes it (pkg/controller/podgc gcOrphaned, after a 40 s
 * quarantine).
 */
function orphaned(pod: Pod): PodCause {
  const node = pod.spec.nodeName ?? '?';
  return {
    severity: 'error',
    concept: 'pod.scheduling',
    terms: ['nodeName', node],
    message: m['cause.node-gone']({ phase: pod.status?.phase ?? 'Pending', node, owned: !!pod.metadata.ownerReferences?.length }),
    details: [],
  };
}

/** The Node's NoExecute taints the Pod does not tolerate for good (no toleration, or one with tolerationSeconds). */
function noExecute(pod: Pod, node: NodeLike | undefined): string[] {
  const tols = (pod.spec.tolerations ?? []) as Toleration[];
  const out = (node?.spec?.taints ?? [])
    .filter((t) => t.effect === 'NoExecute')
    .flatMap((t) => {
      const tol = tolerationFor(tols, t);
      if (tol && tol.tolerationSeconds === undefined) return [];
      return [tol ? `${taintText(t)} (tolerationSeconds ${tol.tolerationSeconds})` : taintText(t)];
    });
  return out.length ? out : ['?'];
}

/** A node the Pod may use that another blocker stops: named so that fixing the cause alone is not mistaken for the whole fix. */
function alsoBlocked(b: OtherBlock): Message {
  const nodes = list(b.nodes);
  if (b.kind === 'taint') return m['cause.sched.also.taint']({ nodes, taint: b.taint });
  if (b.kind === 'cordoned') return m['cause.sched.also.cordoned']({ nodes });
  return m['cause.sched.also.resources']({ nodes, resource: b.resource, request: b.request, allocatable: b.allocatable });
}

// Taints the node lifecycle controller keeps in step with a node condition (k8s.io/api/core/v1 TaintNode*):
// the fix is the node, since a removed taint comes back and a toleration sends the Pod to a failing node.
// Cited: the section that teaches the node's problem, not the one defining taints.
const CONDITION_TAINTS: Record<string, { condition: string; concept: string }> = {
  'node.kubernetes.io/not-ready': { condition: 'Ready=False', concept: 'node.notready' },
  'node.kubernetes.io/unreachable': { condition: 'Ready=Unknown', concept: 'node.notready' },
  'node.kubernetes.io/memory-pressure': { condition: 'MemoryPressure=True', concept: 'pod.eviction' },
  'node.kubernetes.io/disk-pressure': { condition: 'DiskPressure=True', concept: 'pod.eviction' },
  'node.kubernetes.io/pid-pressure': { condition: 'PIDPressure=True', concept: 'pod.eviction' },
  'node.kubernetes.io/network-unavailable': { condition: 'NetworkUnavailable=True', concept: 'taints.tolerations' },
};

function schedulingVerdict(pod: Pod, c: SchedulingCause): Omit<PodCause, 'details' | 'severity'> {
  switch (c.kind) {
    case 'node-selector':
      return {
        concept: pod.spec.nodeSelector && Object.keys(pod.spec.nodeSelector).length ? 'scheduling.node-selector' : 'affinity',
        terms: ['nodeSelector', c.selector],
        message: m['cause.sched.selector']({ selector: c.selector || '-', nodes: c.nodes }),
      };
    case 'taint': {
      const taint = taintText(c);
      const byCondition = c.nodes.length ? CONDITION_TAINTS[c.key] : undefined;
      return {
        concept: byCondition?.concept ?? 'taints.tolerations',
        terms: ['taint', 'toleration', c.key].filter(Boolean),
        message: !c.nodes.length
          ? m['cause.sched.taint.unnamed']({ count: countOf(pod, 'taint') })
          : byCondition
            ? m['cause.sched.taint.condition']({ taint, nodes: list(c.nodes), node: c.nodes[0]!, condition: byCondition.condition })
            : m['cause.sched.taint']({ taint, nodes: list(c.nodes), key: c.key }),
      };
    }
    case 'cordoned':
      return {
        concept: 'scheduling.cordon',
        terms: ['cordon', 'SchedulingDisabled', ...c.nodes],
        message: c.nodes.length
          ? m['cause.sched.cordoned']({ nodes: list(c.nodes) })
          : m['cause.sched.cordoned.unnamed']({ count: countOf(pod, 'cordoned') }),
      };
    case 'resources':
      return {
        concept: c.unoffered ? 'scheduling.extended-resource' : 'scheduling.resources',
        terms: [`Insufficient ${c.resource}`, c.resource, 'requests'],
        message:
          c.unoffered && c.request
            ? m['cause.sched.unoffered']({ resource: c.resource, request: c.request, nodes: c.unoffered.nodes })
            : c.tooBig && c.largest && c.request
              ? m['cause.sched.toobig']({
                  resource: c.resource,
                  request: c.request,
                  allocatable: c.largest.allocatable,
                  node: c.largest.node,
                })
              : c.request
                ? m['cause.sched.full']({ resource: c.resource, request: c.request })
                : m['cause.sched.full.unknown']({ resource: c.resource }),
      };
    case 'too-many-pods':
      return { concept: 'scheduling.resources', terms: ['Too many pods'], message: m['cause.sched.pods']({ count: c.nodes }) };
    case 'pvc': {
      const missing = c.claims.filter((x) => x.phase === 'Missing').map((x) => x.name);
      const names: (Message | string)[] = c.claims.map((x) =>
        x.phase && x.phase !== 'Missing' ? m['cause.sched.pvc.claim']({ name: x.name, phase: x.phase, sc: x.storageClass ?? '' }) : x.name,
      );
      // The claim's own explainer read its class and events: its verdict is the cause, said here.
      const known = missing.length ? undefined : c.claims.find((x) => x.why);
      return {
        concept: 'pvc.unbound',
        terms: ['PersistentVolumeClaim', 'unbound', ...c.claims.map((x) => x.name)],
        message: known?.why
          ? m['cause.sched.pvc.why']({ why: known.why.title })
          : missing.length
            ? m['cause.sched.pvc.missing']({ claims: list(missing) })
            : m['cause.sched.pvc']({
                claims: { key: 'pod:list', params: { items: names.length ? names : ['?'] } },
                first: c.claims[0]?.name ?? 'NAME',
              }),
      };
    }
    case 'volume-node-affinity':
      return {
        concept: 'scheduling.volume-node-affinity',
        terms: ['PersistentVolume', 'nodeAffinity', ...c.volumes.flatMap((v) => [v.claim, v.volume])],
        message: c.volumes.length
          ? m['cause.sched.volume-node-affinity.named']({
              count: c.nodes,
              volumes: list(c.volumes.map((v) => `${v.claim} → PersistentVolume ${v.volume}`)),
              volume: c.volumes[0]!.volume,
            })
          : m['cause.sched.volume-node-affinity']({ count: c.nodes }),
      };
    case 'pod-anti-affinity':
      return {
        concept: 'scheduling.pod-affinity',
        terms: [c.kind, ...c.keys],
        message: m['cause.sched.pod-anti-affinity']({
          count: c.nodes,
          keys: list(c.keys.length ? c.keys : ['?']),
          terms: list(c.terms.length ? c.terms : ['?']),
        }),
      };
    case 'pod-affinity':
      return {
        concept: 'scheduling.pod-affinity',
        terms: [c.kind, ...c.terms],
        message: m['cause.sched.pod-affinity']({
          count: c.nodes,
          terms: list(c.terms.length ? c.terms : ['?']),
          selector: c.selector,
          own: c.ownNamespace ?? '',
        }),
      };
    case 'existing-anti-affinity':
      return { concept: 'scheduling.pod-affinity', terms: [c.kind], message: m['cause.sched.existing-anti-affinity']({ count: c.nodes }) };
    case 'topology-spread':
      return {
        concept: 'scheduling.topology-spread',
        terms: ['topologySpreadConstraints', ...c.constraints, ...(c.fewDomains ? ['minDomains'] : [])],
        message: c.fewDomains
          ? m['cause.sched.topology-min-domains']({
              key: c.fewDomains.key,
              min: c.fewDomains.minDomains,
              skew: c.fewDomains.maxSkew,
              count: c.fewDomains.domains.length,
              domains: list(c.fewDomains.domains.length ? c.fewDomains.domains : ['-']),
            })
          : m['cause.sched.topology-spread']({ count: c.nodes, constraints: list(c.constraints.length ? c.constraints : ['?']) }),
      };
    case 'ports':
      return {
        concept: 'scheduling.host-port',
        terms: ['hostPort', ...c.ports],
        message: m['cause.sched.ports']({ count: c.nodes, ports: list(c.ports.length ? c.ports : ['?']) }),
      };
    case 'node-name':
      return { concept: 'pod.scheduling', terms: [c.kind], message: m['cause.sched.node-name']({ count: c.nodes }) };
    case 'other':
      return { concept: 'pod.scheduling', terms: [], message: m['cause.sched.other']({ message: quoted(c.text) }) };
  }
}

/** The scheduler's count for a reason kind (used when the Node list could not name the nodes). */
function countOf(pod: Pod, kind: 'taint' | 'cordoned'): number {
  const msg = pod.status?.conditions?.find((c) => c.type === 'PodScheduled')?.message ?? '';
  const re = kind === 'taint' ? /(\d+) node\(s\) had untolerated taint/g : /(\d+) node\(s\) were unschedulable/g;
  return [...msg.matchAll(re)].reduce((s, x) => s + Number(x[1]), 0);
}

function probeText(p: Pick<ProbeFailure, 'type' | 'handler'>): string {
  const h = p.handler;
  if (!h) return p.type;
  if (h.kind === 'http') return `HTTP GET ${h.path ?? '/'} :${h.port ?? '?'}`;
  if (h.kind === 'exec') return `exec ${h.command ?? ''}`;
  return `${h.kind === 'tcp' ? 'TCP' : 'gRPC'} :${h.port ?? '?'}`;
}

/** What a failing probe answered, from its Unhealthy events. */
const probeResult = (p: ProbeFailure): Message | string =>
  p.status !== undefined
    ? m['cause.probe.status']({ status: p.status })
    : p.refused
      ? m['cause.probe.refused']()
      : p.timeout
        ? m['cause.probe.timeout']()
        : p.output
          ? m['cause.probe.output']({ output: quoted(p.output) })
          : '';

function probeCause(p: ProbeFailure, severity: Severity): PodCause {
  const result = probeResult(p);
  const container = p.container ?? '?';
  const probe = probeText(p);
  const terms = [`${p.type} probe`, p.type, 'Unhealthy', ...(p.status ? [String(p.status)] : [])];
  // The probe itself is wrong, not the app: the section on broken probes teaches it.
  if (p.undeclaredPort !== undefined && p.declaredPorts) {
    const { type, killed } = p;
    const message = m['cause.probe.port-name']({
      type,
      container,
      probe,
      port: p.undeclaredPort,
      declared: p.declaredPorts.join(', '),
      killed,
    });
    return { severity, concept: 'probes.misconfigured', terms: [...terms, 'port', p.undeclaredPort], message, details: [] };
  }
  if (p.missingProgram !== undefined && p.handler?.kind === 'exec') {
    const message = m['cause.probe.exec-missing']({ type: p.type, container, probe, program: p.missingProgram, killed: p.killed });
    return { severity, concept: 'probes.misconfigured', terms: [...terms, 'exec', p.missingProgram], message, details: [] };
  }
  if (p.timeout && p.status === undefined && !p.refused && p.timeoutSeconds !== undefined) {
    const message = m['cause.probe.slow']({ type: p.type, container, probe, seconds: p.timeoutSeconds, killed: p.killed });
    return { severity, concept: 'probes.misconfigured', terms: [...terms, 'timeoutSeconds'], message, details: [] };
  }
  const message =
    p.type === 'readiness'
      ? m['cause.probe.readiness']({ container, probe, result })
      : m[`cause.probe.${p.type}`]({ container, probe, result, killed: p.killed });
  // Declared ports are informational (the app may listen elsewhere): said as a lead, not as the cause.
  const details = p.otherPorts
    ? [m['cause.probe.port-differs']({ container, port: p.handler?.port ?? '?', declared: p.otherPorts.join(', ') })]
    : [];
  return { severity, concept: `probes.${p.type}`, terms, message, details };
}

function containerCause(input: PodCauseInput, f: ContainerFailure, probes: ProbeFailure[], events: readonly Event[] | undefined): PodCause {
  const pod = input.pod;
  const w = blocking(pod, f.role, f.container);
  const terms = [f.reason, f.container];
  const cause = (severity: Severity, concept: string, message: Message, extra: Message[] = [], more: string[] = []): PodCause => ({
    severity,
    concept,
    terms: [...terms, ...more],
    message,
    details: extra,
  });
  switch (f.kind) {
    case 'image-pull':
      return pullCause(input, f, events);
    case 'config':
      return configCause(input, f);
    case 'start-error':
      return startCause(pod, f, w);
    case 'oomkilled': {
      const lim = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((c) => c.name === f.container)?.resources?.limits
        ?.memory;
      // Without its own limit, the kernel killed it for the Pod-level limit (spec.resources) or because the node ran out of memory.
      const podLim = (pod.spec as { resources?: { limits?: { memory?: string } } }).resources?.limits?.memory;
      const message = lim
        ? m['cause.oomkilled']({ who: w, limit: lim, restarts: f.restarts, pod: pod.metadata.name })
        : podLim
          ? m['cause.oomkilled.pod-limit']({ who: w, limit: podLim, restarts: f.restarts })
          : m['cause.oomkilled.node']({ who: w, node: pod.spec.nodeName ?? '?', restarts: f.restarts });
      return cause('error', 'container.oomkilled', message, [], ['OOMKilled', ...(lim || podLim ? [] : ['node out of memory'])]);
    }
    case 'killed':
    case 'crashloop':
    case 'error-exit':
    case 'waiting': {
      const hook = postStartFailed(pod, f, events);
      if (hook) return hook;
      break;
    }
  }
  switch (f.kind) {
    case 'killed': {
      const kill = probes.find(
        (p) => (p.type === 'liveness' || p.type === 'startup') && p.killed && (!p.container || p.container === f.container),
      );
      if (kill) return probeCause(kill, 'error');
      return cause(
        'error',
        'container.exit-codes',
        m['cause.killed']({ who: w, restarts: f.restarts, pod: pod.metadata.name }),
        [],
        ['137', 'SIGKILL'],
      );
    }
    case 'crashloop': {
      const kill = probes.find(
        (p) => (p.type === 'liveness' || p.type === 'startup') && p.killed && (!p.container || p.container === f.container),
      );
      if (kill) return probeCause(kill, 'error');
      // Exit 0: the command finished, and restartPolicy Always starts it again: no error to find in the log.
      if ((f.last?.exitCode ?? f.exitCode) === 0)
        return cause(
          'error',
          'container.completed-restart',
          m['cause.crashloop.completed']({
            who: w,
            restarts: f.restarts,
            policy: f.role === 'sidecar' ? 'Always' : (pod.spec.restartPolicy ?? 'Always'),
            pod: pod.metadata.name,
            container: f.container,
          }),
          [],
          ['CrashLoopBackOff', 'Completed', 'exit code 0'],
        );
      const coded = codedExit(pod, f.container, f.last?.exitCode ?? f.exitCode, true);
      if (coded)
        return cause(
          'error',
          'container.exit-codes',
          m['cause.crashloop.coded']({
            who: w,
            code: String(f.last?.exitCode ?? f.exitCode),
            reason: f.last?.reason ?? '?',
            restarts: f.restarts,
            ...coded,
          }),
          [],
          ['CrashLoopBackOff', `exit code ${f.last?.exitCode ?? f.exitCode}`],
        );
      return cause(
        'error',
        'container.crashloop',
        m['cause.crashloop']({
          who: w,
          code: String(f.last?.exitCode ?? f.exitCode ?? '?'),
          reason: f.last?.reason ?? '?',
          restarts: f.restarts,
          pod: pod.metadata.name,
          container: f.container,
        }),
        [],
        ['CrashLoopBackOff'],
      );
    }
    case 'error-exit': {
      const coded = codedExit(pod, f.container, f.exitCode, false);
      if (coded)
        return cause(
          'error',
          'container.exit-codes',
          m['cause.exit.coded']({ who: w, code: String(f.exitCode), reason: f.reason, ...coded }),
          [],
          [`exit code ${f.exitCode}`],
        );
      return cause(
        'error',
        'container.exit-codes',
        m['cause.exit']({ who: w, code: String(f.exitCode ?? '?'), reason: f.reason, pod: pod.metadata.name, container: f.container }),
        [],
        [`exit code ${f.exitCode ?? '?'}`],
      );
    }
    case 'waiting':
      return cause(
        'error',
        'container.state',
        m['cause.waiting']({
          reason: f.reason,
          who: w,
          message: f.message ? m['cause.waiting.message']({ message: quoted(f.message) }) : '',
        }),
      );
  }
}

/** What an exit code says by itself (126, 127, a signal) and the step that follows from it; undefined for an app's own code. */
function codedExit(
  pod: Pod,
  container: string,
  code: number | undefined,
  previous: boolean,
): { meaning: Message; step: Message } | undefined {
  const e = exitMeaning(code);
  if (!e) return undefined;
  // A restarted container's failed run is the previous one; a container that is not restarted still has its log.
  const at = { pod: pod.metadata.name, logs: `kubectl logs ${pod.metadata.name} -c ${container}${previous ? ' --previous' : ''}` };
  switch (e.kind) {
    case 'not-executable':
    case 'not-found':
      return { meaning: m[`cause.exit.meaning.${e.kind}`](), step: m[`cause.exit.step.${e.kind}`](at) };
    case 'abort':
    case 'segfault':
      return { meaning: m[`cause.exit.meaning.${e.kind}`](), step: m['cause.exit.step.crash'](at) };
    case 'sigterm':
      return { meaning: m['cause.exit.meaning.sigterm'](), step: m['cause.exit.step.sigterm'](at) };
    case 'signal':
      return {
        meaning: m['cause.exit.meaning.signal']({ code: String(code), signal: e.signal, name: e.name ?? '' }),
        step: m['cause.exit.step.signal'](at),
      };
  }
}

/**
 * The kubelet killed the container because its postStart hook failed: the event FailedPostStartHook (on the
 * container's fieldPath) says so without the hook's output, and until the next start the container waits in
 * PostStartHookError, whose message is the hook's error ("Exec lifecycle hook ([CMD]) for Container … failed -
 * error: …, message: …"): a program the image lacks is named from it.
 */
function postStartFailed(pod: Pod, f: ContainerFailure, events: readonly Event[] | undefined): PodCause | undefined {
  const said = f.reason === 'PostStartHookError' ? f.message : undefined;
  if (!said && !events?.some((e) => e.reason === 'FailedPostStartHook' && aboutContainer(e, f.container))) return undefined;
  const spec = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((c) => c.name === f.container);
  const restarts = statusesOf(pod).find((s) => s.name === f.container)?.restartCount ?? 0;
  const base = { container: f.container, hook: hookText(spec?.lifecycle?.postStart), restarts };
  const program = /exec: "([^"]+)": (?:executable file not found|stat \S+: no such file or directory)/.exec(said ?? '')?.[1];
  const http = spec?.lifecycle?.postStart?.httpGet;
  return {
    severity: 'error',
    concept: 'container.lifecycle-hooks',
    terms: ['postStart', 'FailedPostStartHook', f.container, ...(said ? ['PostStartHookError'] : [])],
    message:
      program !== undefined
        ? m['cause.poststart.missing']({ ...base, program })
        : said
          ? m['cause.poststart.said'](base)
          : http
            ? m['cause.poststart.http']({ ...base, path: http.path ?? '/', port: String(http.port ?? '?') })
            : m['cause.poststart'](base),
    details: said ? [quoted(said)] : [],
  };
}

/**
 * A Pod being deleted whose containers are stopping: a preStop hook that failed, a container SIGKILLed
 * when the grace period ran out, or the preStop hook the kubelet runs first, with the time by which the
 * containers are gone. What holds the Pod once they are (a finalizer, a node that is not Ready and cannot
 * confirm) is said by the Pod's verdict instead.
 */
function stopping(pod: Pod, events: readonly Event[] | undefined, node: NodeLike | undefined): PodCause | undefined {
  const finalizers = pod.metadata.finalizers ?? [];
  if (finalizers.length && !statusesOf(pod).some((s) => s.state?.running)) return undefined;
  const ready = (node?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions?.find(
    (c) => c.type === 'Ready',
  );
  if (node && ready?.status !== 'True') return undefined;
  const p = stopProblem(pod, events);
  if (!p) return undefined;
  const hook = hookText(p.hook);
  const base = { container: p.container, grace: p.grace, until: p.until };
  const details = finalizers.length ? [m['cause.disrupted.finalizers']({ finalizers: list(finalizers) })] : [];
  const terms = ['preStop', 'terminationGracePeriodSeconds', 'SIGTERM', p.container];
  if (p.kind === 'failed') {
    const command = p.hook?.exec?.command;
    const check = command
      ? m['cause.prestop.check.exec']({ pod: pod.metadata.name, container: p.container, command: command.join(' ') })
      : m['cause.prestop.check.other']();
    return {
      severity: 'warning',
      concept: 'container.prestop',
      terms: [...terms, 'FailedPreStopHook'],
      message: m['cause.prestop.failed']({ ...base, hook, check }),
      details,
    };
  }
  if (p.kind === 'killed')
    return {
      severity: 'warning',
      concept: 'container.prestop',
      terms: [...terms, 'SIGKILL', '137'],
      message: p.hook ? m['cause.prestop.killed']({ ...base, hook }) : m['cause.stop.killed'](base),
      details,
    };
  return {
    severity: 'info',
    concept: 'container.prestop',
    terms,
    message: m['cause.prestop.running']({ ...base, hook, pod: pod.metadata.name }),
    details,
  };
}

/**
 * An init container (not a sidecar) still running: the app containers start only once it exits 0, and
 * nothing is wrong enough for an event (a loop waiting for a database looks like this).
 */
function initRunning(pod: Pod): PodCause | undefined {
  if (pod.status?.phase !== 'Pending') return undefined;
  for (const c of pod.spec.initContainers ?? []) {
    if (c.restartPolicy === 'Always') continue;
    const s = pod.status.initContainerStatuses?.find((x) => x.name === c.name);
    if (!s?.state?.running) continue;
    const all = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
    const command = all.length > 80 ? `${all.slice(0, 79)}…` : all;
    return {
      severity: 'info',
      concept: 'container.init-running',
      terms: ['init container', 'PodInitializing', 'Initialized', c.name],
      message: m['cause.init.running']({
        container: c.name,
        since: s.state.running.startedAt ?? '?',
        command: command ? m['cause.init.command']({ command: quoted(command) }) : '',
        pod: pod.metadata.name,
      }),
      details: [],
    };
  }
  return undefined;
}

/**
 * A container still waiting in ContainerCreating while the kubelet pulls its image: its event Pulling
 * ("Pulling image \"IMAGE\"") has no Pulled after it yet. Nothing has failed (a failed pull is
 * ErrImagePull); a large image on a first pull takes a while.
 */
function pullingNow(pod: Pod, events: readonly Event[] | undefined): PodCause | undefined {
  if (pod.status?.phase !== 'Pending' || !events) return undefined;
  for (const s of statusesOf(pod)) {
    if (s.state?.waiting?.reason !== 'ContainerCreating' && s.state?.waiting?.reason !== 'PodInitializing') continue;
    const mine = events.filter(
      (e) => aboutContainer(e, s.name) && (e as { involvedObject?: { fieldPath?: string } }).involvedObject?.fieldPath,
    );
    const pulling = mine.find((e) => e.reason === 'Pulling');
    if (!pulling || mine.some((e) => e.reason === 'Pulled' || e.reason === 'Failed' || e.reason === 'BackOff')) continue;
    const image = /^Pulling image "(.*)"$/.exec(pulling.message ?? '')?.[1] ?? s.image ?? '?';
    return {
      severity: 'info',
      concept: 'image.pull',
      terms: ['Pulling', image, s.name],
      message: m['cause.pull.pulling']({
        container: s.name,
        image,
        since: pulling.firstTimestamp ?? pulling.eventTime ?? '?',
        node: pod.spec.nodeName ?? '?',
        pod: pod.metadata.name,
      }),
      details: [],
    };
  }
  return undefined;
}

const statusesOf = (pod: Pod) => [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];

/**
 * A Pod whose containers are ready but whose readiness gate is not: the condition the gate names is
 * missing or not True (pkg/kubelet/status/generate.go: Ready=False, reason ReadinessGatesNotReady). Only
 * the controller that owns the gate sets it.
 */
function unmetGate(pod: Pod): PodCause | undefined {
  const containersReady = pod.status?.conditions?.find((c) => c.type === 'ContainersReady')?.status === 'True';
  if (!containersReady) return undefined;
  for (const g of pod.spec.readinessGates ?? []) {
    const c = pod.status?.conditions?.find((x) => x.type === g.conditionType);
    if (c?.status === 'True') continue;
    const said = [c?.reason, c?.message].filter(Boolean).join(': ');
    return {
      severity: 'warning',
      concept: 'pod.readiness-gate',
      terms: ['readinessGates', 'ReadinessGatesNotReady', g.conditionType],
      message: c
        ? m['cause.gate.false']({
            gate: g.conditionType,
            status: c.status,
            said: said ? m['cause.waiting.message']({ message: quoted(said) }) : '',
          })
        : m['cause.gate.missing']({ gate: g.conditionType }),
      details: [],
    };
  }
  return undefined;
}

function startCause(pod: Pod, f: ContainerFailure, w: Message): PodCause {
  const container = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((c) => c.name === f.container);
  const p = startProblem(f.message, container);
  const base = { reason: f.reason, who: w, image: container?.image ?? '?' };
  const details = f.message ? [quoted(f.message.trimEnd())] : [];
  const terms = [f.reason, 'StartError', f.container];
  const cause = (message: Message): PodCause => ({ severity: 'error', concept: 'container.exit-codes', terms, message, details });
  // containerd: an earlier CreateContainer for the same name (attempt) has not returned yet; not the image's fault.
  if (p.kind === 'other' && /failed to reserve container name/.test(f.message ?? ''))
    return {
      ...cause(m['cause.start.name-reserved']({ reason: f.reason, who: w, node: pod.spec.nodeName ?? '?' })),
      severity: 'warning',
      concept: 'container.name-reserved',
    };
  if (p.kind === 'other') return cause(m['cause.start.other'](base));
  const program = p.program;
  if (p.split) return cause(m['cause.start.split']({ ...base, program, field: p.from, items: JSON.stringify(p.split) }));
  if (p.kind === 'not-found')
    return cause(
      p.from === 'image'
        ? m['cause.start.notfound.image']({ ...base, program })
        : m['cause.start.notfound']({ ...base, program, field: p.from }),
    );
  return cause(m[p.kind === 'not-executable' ? 'cause.start.permission' : 'cause.start.format']({ ...base, program }));
}

function mountCause(pod: Pod, p: MountProblem): PodCause {
  const details = p.kind === 'missing-object' && !p.message ? [] : [quoted(p.message ?? '')];
  switch (p.kind) {
    case 'missing-object': {
      const base = { kind: p.object, name: p.name, volume: p.volume };
      const message = p.exists
        ? m['cause.mount.exists-now'](base)
        : p.similar.length
          ? m['cause.mount.similar']({ ...base, similar: list(p.similar) })
          : m['cause.mount.missing']({ ...base, ns: pod.metadata.namespace ?? 'default' });
      const terms = ['FailedMount', p.object, p.name, p.volume];
      return { severity: p.exists ? 'warning' : 'error', concept: 'config.missing-ref', terms, message, details };
    }
    case 'multi-attach':
      return {
        severity: 'error',
        concept: 'pvc',
        terms: ['FailedAttachVolume', 'Multi-Attach', 'ReadWriteOnce', p.volume],
        message: m['cause.mount.multi-attach']({
          volume: p.volume,
          pods: p.pods.length ? m['cause.mount.multi-attach.pods']({ pods: list(p.pods) }) : '',
        }),
        details,
      };
    case 'other':
      return {
        severity: 'error',
        concept: 'volumes',
        terms: [p.reason, ...(p.volume ? [p.volume] : [])],
        message: m['cause.mount.other']({ reason: p.reason, volume: p.volume ?? '?' }),
        details,
      };
  }
}

function pullCause(input: PodCauseInput, f: ContainerFailure, events: readonly Event[] | undefined): PodCause {
  const p = pullFailure(
    input.pod,
    f.container,
    { reason: f.reason, ...(f.message ? { message: f.message } : {}) },
    events,
    input.secrets?.map((s) => s.name),
    input.serviceAccount ? { name: input.serviceAccount.name, secrets: input.serviceAccount.imagePullSecrets } : undefined,
  );
  const w = blocking(input.pod, f.role, f.container);
  const base = { reason: f.reason, who: w, image: p.image };
  const details: Message[] = [];
  if (p.unretrievable.length) details.push(m['cause.pull.unretrievable']({ names: list(p.unretrievable) }));
  if (p.serviceAccount?.secrets.length)
    details.push(m['cause.pull.sa']({ sa: p.serviceAccount.name, names: list(p.serviceAccount.secrets) }));
  if (p.detail) details.push(quoted(p.detail));
  const terms = [f.reason, p.image, p.kind];
  if (p.kind === 'unauthorized') {
    const missing = p.secrets.filter((s) => s.exists === false).map((s) => s.name);
    const present = p.secrets.filter((s) => s.exists === true).map((s) => s.name);
    // Unread Secrets (a workload reads none) are named without claiming that they exist.
    const unchecked = p.secrets.filter((s) => s.exists === undefined).map((s) => s.name);
    const secrets = missing.length
      ? m['cause.pull.secrets.missing']({ names: list(missing) })
      : present.length
        ? m['cause.pull.secrets.present']({ names: list(present) })
        : unchecked.length
          ? m['cause.pull.secrets.unchecked']({ names: list(unchecked), pod: input.pod.metadata.name })
          : m['cause.pull.secrets.none']();
    return {
      severity: 'error',
      concept: 'image.pull-secret',
      terms: [...terms, 'imagePullSecrets'],
      message: p.missingOrPrivate
        ? m['cause.pull.missing-or-private']({ ...base, secrets })
        : m['cause.pull.unauthorized']({ ...base, status: p.status ? m['cause.pull.status']({ status: p.status }) : '', secrets }),
      details,
    };
  }
  const message =
    p.kind === 'unknown'
      ? m['cause.pull.unknown'](base)
      : p.kind === 'not-found' || p.kind === 'unreachable'
        ? m[`cause.pull.${p.kind}`](base)
        : p.kind === 'rate-limited'
          ? m['cause.pull.rate-limited']({ ...base, node: input.pod.spec.nodeName ?? '?' })
          : p.kind === 'never-pull'
            ? m['cause.pull.never-pull']({ who: w, image: p.image, node: input.pod.spec.nodeName ?? '?' })
            : m['cause.pull.invalid-name']({
                who: w,
                image: p.image,
                field: `${f.role === 'app' ? 'spec.containers' : 'spec.initContainers'}[${f.container}].image`,
              });
  return { severity: 'error', concept: 'image.pull', terms, message, details };
}

function configCause(input: PodCauseInput, f: ContainerFailure): PodCause {
  const ns = input.pod.metadata.namespace ?? 'default';
  const lookup = (kind: 'ConfigMap' | 'Secret', name: string): string[] | null | undefined => {
    if (kind === 'ConfigMap') {
      if (!input.configMaps) return undefined;
      return input.configMaps.find((c) => c.name === name)?.keys ?? null;
    }
    if (!input.secrets) return undefined;
    return input.secrets.find((s) => s.name === name)?.keys ?? null;
  };
  const names = (kind: 'ConfigMap' | 'Secret') =>
    kind === 'ConfigMap' ? input.configMaps?.map((c) => c.name) : input.secrets?.map((s) => s.name);
  const p = configRefProblem(f.message ?? '', lookup, names);
  const base = { severity: 'error' as Severity, details: [] };
  if (p.kind === 'missing-key') {
    const terms = [f.reason, p.object, p.name, p.key];
    const message = p.nearMisses.length
      ? m['cause.config.key.near']({ kind: p.object, name: p.name, key: p.key, near: list(p.nearMisses) })
      : p.keys
        ? m['cause.config.key']({ kind: p.object, name: p.name, key: p.key, keys: list(p.keys.length ? p.keys : ['-']) })
        : m['cause.config.key.unknown']({ kind: p.object, name: p.name, key: p.key });
    return { ...base, concept: 'config.missing-key', terms, message };
  }
  if (p.kind === 'missing-object') {
    const message = p.similar.length
      ? m['cause.config.object.similar']({ kind: p.object, name: p.name, similar: list(p.similar) })
      : m['cause.config.object']({ kind: p.object, name: p.name, ns });
    return { ...base, concept: 'config.missing-ref', terms: [f.reason, p.object, p.name], message };
  }
  const sub = subPathCause(input.pod, f) ?? nonRootCause(input.pod, f);
  if (sub) return sub;
  return { ...base, concept: 'config.missing-ref', terms: [f.reason], message: m['cause.config.other']({ message: quoted(p.message) }) };
}

/** runAsNonRoot refuses the image's user: the securityContext against the image, never a missing reference. */
function nonRootCause(pod: Pod, f: ContainerFailure): PodCause | undefined {
  const p = nonRootProblem(pod, f.container, f.message ?? '');
  if (!p) return undefined;
  const who = blocking(pod, f.role, f.container);
  const image = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((c) => c.name === f.container)?.image ?? '?';
  const base = { who, image, field: p.field, user: p.user ?? '?' };
  const message =
    p.kind === 'image-root'
      ? m['cause.nonroot.image-root'](base)
      : p.kind === 'image-user-name'
        ? m['cause.nonroot.user-name'](base)
        : p.kind === 'run-as-user-0'
          ? m['cause.nonroot.run-as-user-0'](base)
          : m['cause.nonroot.invalid-uid'](base);
  return {
    severity: 'error',
    concept: 'container.run-as-non-root',
    terms: [f.reason, 'runAsNonRoot', 'runAsUser', 'securityContext', f.container],
    message,
    details: [quoted(f.message!)],
  };
}

/** "failed to prepare subPath for volumeMount \"conf\" of container \"app\"": the mount from the spec; the kubelet hides why. */
function subPathCause(pod: Pod, f: ContainerFailure): PodCause | undefined {
  const said = /^failed to (?:prepare subPath|create subPath directory) for volumeMount "([^"]+)" of container "([^"]+)"/.exec(
    f.message ?? '',
  );
  if (!said || said[2] !== f.container) return undefined;
  const container = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((c) => c.name === f.container);
  const mount = container?.volumeMounts?.find((v) => v.name === said[1] && (v.subPath || v.subPathExpr));
  if (!mount) return undefined;
  const subPath = mount.subPath || mount.subPathExpr || '';
  const message = m['cause.config.subpath']({
    container: f.container,
    mount: mount.name,
    subPath,
    mountPath: mount.mountPath,
    node: pod.spec.nodeName ?? '?',
  });
  return {
    severity: 'error',
    concept: 'volume.subpath',
    terms: [f.reason, 'subPath', mount.name, subPath],
    message,
    details: [quoted(f.message!)],
  };
}
