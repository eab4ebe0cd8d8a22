// Explains one Pod: what its plan reads depends on its state (a Pod that cannot be scheduled needs
// the Node list, a failing image pull its pull Secrets and ServiceAccount), and the verdict names the
// root cause with its objects and one next step (./pod-cause.ts). Pure: returns Messages.
import type { Explainer } from './contract.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { ExplanationModel } from '../model/explanation.js';
import { builders, quoted, type Message } from '../model/message.js';
import type { Container, ContainerStatus, EndpointSlice, Event, Pod, Probe, SecretSummary, Service } from '../model/pod.js';
import type { KubeObject } from '../model/kube.js';
import { get, list, listOf, objectOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import type { Messages } from '../i18n/messages/index.js';
import { absentOptionalKeys, allContainers, keysReferenced, referencedObjects, needOf } from './pod-refs.js';
import { dedupeEvents, matchesSelector, formatSelector } from './common.js';
import { schedulingConstraints } from './pod-scheduling.js';
import { list as items, podCause, type PodCauseInput } from './pod-cause.js';
import type { ClaimLike, NodeLike } from './causes/scheduling.js';
import { claimPhase } from './pvc-phase.js';
import { claimReads, claimsWithWhy } from './pod-claims.js';
import { waitingToCreate } from './causes/volume-mount.js';
import { causeFinding } from './workload-cause.js';
import { dnsBlocked, failing } from './pod-dns.js';

const t = builders<Messages>('pod');

// The target and seven reads: a Ready Pod that takes env from a ConfigMap and a Secret reads both (an
// optional key they lack is said), besides its events, Services, EndpointSlices and controller; a
// failing one also its namespace's NetworkPolicies (./pod-dns.ts), in the same round.
export const POD_REQUEST_BUDGET = 8;

const ownerRef = (pod: Pod) => pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
const unscheduled = (pod: Pod) =>
  !pod.spec.nodeName && !!pod.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.status === 'False');
const pulling = (pod: Pod) =>
  [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].some((s) =>
    /ImagePull|ErrImage|InvalidImageName/.test(s.state?.waiting?.reason ?? ''),
  );
/**
 * What to read for this Pod, most useful first (the budget keeps the first 7): its events always; the
 * Node list and its claims when it cannot be scheduled; its pull Secrets and ServiceAccount when an
 * image pull fails; otherwise its Services and their EndpointSlices, its controller, the objects it
 * references and its Node.
 */
export function podReads(pod: Pod, ns: string): ReadPlan {
  const refs = referencedObjects(pod);
  const owner = ownerRef(pod);
  const events = list('Event', {
    namespace: ns,
    fieldSelector: pod.metadata.uid
      ? `involvedObject.uid=${pod.metadata.uid}`
      : `involvedObject.name=${pod.metadata.name},involvedObject.namespace=${ns}`,
  });
  const ownerRead =
    owner && ['ReplicaSet', 'Job', 'StatefulSet', 'DaemonSet'].includes(owner.kind) ? get(owner.kind, owner.name, ns) : undefined;
  const configMaps = refs.configMaps.length ? list('ConfigMap', { namespace: ns }) : undefined;
  const secrets = refs.secrets.length || pulling(pod) ? list('Secret', { namespace: ns }) : undefined;
  const pvcs = refs.pvcs.length ? list('PersistentVolumeClaim', { namespace: ns }) : undefined;
  const node = pod.spec.nodeName ? get('Node', pod.spec.nodeName) : undefined;
  // Nominated after preempting: the Pods still on that node (in any namespace) are the victims it waits for.
  const nominated = pod.status?.nominatedNodeName;
  const victims = nominated ? list('Pod', { fieldSelector: `spec.nodeName=${nominated}` }) : undefined;
  if (unscheduled(pod)) return { events, nodes: list('Node'), victims, pvcs, owner: ownerRead, configMaps, secrets };
  // Deleting: what holds it is a finalizer (on the object) or a Node whose kubelet cannot confirm.
  if (pod.metadata.deletionTimestamp) return { events, node, owner: ownerRead };
  if (pulling(pod))
    return {
      events,
      secrets,
      serviceAccount: get('ServiceAccount', pod.spec.serviceAccountName ?? 'default', ns),
      owner: ownerRead,
      node,
    };
  // Scheduled but no container created yet: the volumes' objects come before the Services.
  if (waitingToCreate(pod)) return { events, configMaps, secrets, pvcs, owner: ownerRead, node };
  // Ready: the kubelet reported it lately, so its Node says nothing new (and the budget would skip it
  // with a warning on every healthy Pod that references a ConfigMap).
  const ready = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
  return {
    events,
    services: list('Service', { namespace: ns }),
    endpointSlices: list('EndpointSlice', { namespace: ns }),
    owner: ownerRead,
    configMaps,
    secrets,
    // Crash-looping, restarting or not Ready: can it resolve names? Before the claims and the Node, which
    // the budget leaves out first (as it did before this read).
    networkPolicies: failing(pod) ? list('NetworkPolicy', { namespace: ns }) : undefined,
    pvcs,
    node: ready ? undefined : node,
  };
}

export const explainer: Explainer = {
  group: '',
  kind: 'Pod',
  budget: POD_REQUEST_BUDGET,
  reads: (pod, ns) => podReads(pod as unknown as Pod, ns),
  // An unscheduled Pod's unbound claim: what the claim's explainer reads, to say why it is unbound.
  next: (snap) => claimReads([snap.object as unknown as Pod], snap, true),
  explain: (snap) => explainPod(snap),
};

/** The cause input a Pod snapshot gives: the reads the cause analysis can use. */
export function causeInput(snap: Snapshot): PodCauseInput {
  const pod = snap.object as unknown as Pod;
  const sa = objectOf<KubeObject>(snap, 'serviceAccount');
  const cms = listOf<KubeObject>(snap, 'configMaps');
  const secrets = listOf<KubeObject>(snap, 'secrets');
  return {
    pod,
    ...optional('events', listOf<Event>(snap, 'events')),
    ...optional('nodes', listOf<NodeLike>(snap, 'nodes')),
    ...optional('pvcs', claimsWithWhy(snap, 'claimEvents')),
    ...optional('nodePods', listOf<Pod>(snap, 'victims')),
    ...optional('node', objectOf<NodeLike>(snap, 'node') ?? undefined),
    ...(objectOf<NodeLike>(snap, 'node') === null ? { nodeGone: true } : {}),
    ...optional('configMaps', cms?.map(configMapKeys)),
    ...optional('secrets', secrets?.map(secretKeys)),
    ...(sa
      ? {
          serviceAccount: {
            name: sa.metadata?.name ?? 'default',
            imagePullSecrets: ((sa as { imagePullSecrets?: { name: string }[] }).imagePullSecrets ?? []).map((s) => s.name),
          },
        }
      : {}),
  };
}

const optional = <K extends string, V>(k: K, v: V | undefined) => (v === undefined ? {} : ({ [k]: v } as Record<K, V>));

export const configMapKeys = (c: KubeObject) => ({
  name: c.metadata?.name ?? '',
  keys: [...Object.keys((c.data as object | undefined) ?? {}), ...Object.keys((c.binaryData as object | undefined) ?? {})].sort(),
});

/** A Secret as the plan executor keeps it (keySizes, no values) → its key names. */
export const secretKeys = (s: KubeObject): SecretSummary => ({
  name: s.metadata?.name ?? '',
  keys: Object.keys((s as { keySizes?: Record<string, number> }).keySizes ?? {}).sort(),
});

export function explainPod(snap: Snapshot): ExplanationModel {
  const pod = snap.object as unknown as Pod;
  const input = causeInput(snap);
  const cause = podCause(input);
  const services = listOf<Service>(snap, 'services');
  const findings: FindingModel[] = [
    ...(cause ? [causeFinding(cause, cause.severity)] : []),
    ...termination(pod),
    phase(pod),
    ...conditions(pod),
    ...containers(pod),
    ...probes(pod),
    ...resources(pod),
    scheduling(pod, objectOf<KubeObject>(snap, 'node')),
    ...schedulingConstraints(pod, objectOf<KubeObject>(snap, 'node') ?? undefined),
    ...owners(pod, snap),
    serviceAccount(pod),
    ...references(pod, input),
    ...serviceFindings(pod, services, listOf<EndpointSlice>(snap, 'endpointSlices')),
    ...dnsNames(pod, services),
    // A possible cause, not the cause: after the findings check takes a verdict's cause from (src/check/group.ts).
    ...dnsBlocked(snap),
    events(input.events),
  ];
  return {
    kind: 'Explanation',
    target: { kind: 'Pod', name: pod.metadata.name, ...(pod.metadata.namespace ? { namespace: pod.metadata.namespace } : {}) },
    verdict: cause
      ? { severity: cause.severity, message: cause.message }
      : (held(pod, objectOf<KubeObject>(snap, 'node')) ?? verdict(pod, services)),
    findings,
    warnings: [...snap.warnings, ...snap.skipped.map((s) => t['warning.budget']({ parts: s }))],
  };
}

const statuses = (pod: Pod): ContainerStatus[] => [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];

/** The verdict of a Pod without a failing cause: terminating, completed, ready, starting. */
export function verdict(pod: Pod, services?: readonly Service[]): { severity: Severity; message: Message } {
  if (pod.metadata.deletionTimestamp) {
    const g = pod.metadata.deletionGracePeriodSeconds;
    // Nothing holds it (no finalizer, its node Ready or unread): the kubelet stops it by deletionTimestamp.
    return {
      severity: 'warning',
      message: t['verdict.terminating']({
        grace: g !== undefined ? ` (${g}s)` : '',
        node: pod.spec.nodeName ?? '?',
        until: pod.metadata.deletionTimestamp,
      }),
    };
  }
  const phase = pod.status?.phase ?? 'Unknown';
  if (phase === 'Failed')
    return {
      severity: 'error',
      message: t['verdict.failed.generic']({
        reason: quoted([pod.status?.reason, pod.status?.message].filter(Boolean).join(': ') || 'Failed'),
      }),
    };
  if (phase === 'Succeeded') return { severity: 'ok', message: t['verdict.succeeded']() };
  if (phase === 'Running') {
    const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
    if (ready?.status === 'True') {
      const selected = services?.some(
        (s) => s.spec?.selector && Object.keys(s.spec.selector).length && matchesSelector(s.spec.selector, pod.metadata.labels ?? {}),
      );
      return { severity: 'ok', message: selected ? t['verdict.ready']() : t['verdict.ready.noservice']() };
    }
    const unready = (pod.status?.containerStatuses ?? []).filter((s) => !s.ready).map((s) => s.name);
    return { severity: 'warning', message: t['verdict.notready']({ containers: unready.join(', ') || ready?.reason || 'Ready=False' }) };
  }
  if (phase === 'Pending')
    return {
      severity: 'info',
      message: t['verdict.pending']({ reason: pod.status?.reason ? quoted(pod.status.reason) : t['verdict.pending.starting']() }),
    };
  return { severity: 'warning', message: t['verdict.unknown']({ phase }) };
}

/**
 * What keeps a deleted Pod: its finalizers, a Node that is not Ready (its kubelet cannot confirm the stop), or
 * a Node that no longer exists (null: read and not found; the pod garbage collector deletes such orphans).
 */
function held(pod: Pod, node: KubeObject | null | undefined): { severity: Severity; message: Message } | undefined {
  if (!pod.metadata.deletionTimestamp) return undefined;
  const finalizers = pod.metadata.finalizers ?? [];
  if (finalizers.length)
    return { severity: 'warning', message: t['verdict.terminating.finalizers']({ finalizers: items(finalizers), pod: pod.metadata.name }) };
  const ready = (node?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions?.find(
    (c) => c.type === 'Ready',
  );
  if (node === null && pod.spec.nodeName)
    return { severity: 'warning', message: t['verdict.terminating.node-gone']({ node: pod.spec.nodeName, pod: pod.metadata.name }) };
  if (node && ready?.status !== 'True')
    return { severity: 'warning', message: t['verdict.terminating.node']({ node: pod.spec.nodeName ?? '?' }) };
  return undefined;
}

function termination(pod: Pod): FindingModel[] {
  if (!pod.metadata.deletionTimestamp) return [];
  return [
    finding('pod.terminating', 'pod.termination', 'warning', t['terminating.title'](), [
      t['terminating.detail']({
        until: pod.metadata.deletionTimestamp,
        grace: String(pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30),
      }),
    ]),
  ];
}

function phase(pod: Pod): FindingModel {
  const p = pod.status?.phase ?? 'Unknown';
  const sev: Severity = p === 'Failed' ? 'error' : p === 'Pending' || p === 'Unknown' ? 'warning' : p === 'Succeeded' ? 'ok' : 'info';
  const key = (['Pending', 'Running', 'Succeeded', 'Failed'].includes(p) ? `phase.${p}` : 'phase.Unknown') as 'phase.Pending';
  return finding('pod.phase', 'pod.phase', sev, t['phase.title']({ phase: p }), [t[key]()]);
}

const KNOWN_CONDITIONS = [
  'PodScheduled',
  'PodReadyToStartContainers',
  'Initialized',
  'ContainersReady',
  'Ready',
  'DisruptionTarget',
] as const;

function conditions(pod: Pod): FindingModel[] {
  const gates = new Set((pod.spec.readinessGates ?? []).map((g) => g.conditionType));
  const out: FindingModel[] = [];
  const conds = pod.status?.conditions ?? [];
  for (const c of conds) {
    const known = (KNOWN_CONDITIONS as readonly string[]).includes(c.type);
    const meaning = known
      ? t[`condition.${c.type}` as 'condition.Ready']()
      : gates.has(c.type)
        ? t['condition.gate']()
        : t['condition.other']();
    const extra = [c.reason, c.message].filter(Boolean).join(': ');
    const bad = c.type === 'DisruptionTarget' ? c.status === 'True' : c.status !== 'True';
    const sev: Severity = !bad ? 'ok' : c.type === 'PodScheduled' ? 'error' : 'warning';
    out.push(
      finding(`condition.${c.type}`, 'pod.conditions', sev, t['condition.title']({ type: c.type, status: c.status }), [
        meaning,
        ...(extra ? [quoted(extra)] : []),
      ]),
    );
  }
  for (const g of gates)
    if (!conds.some((c) => c.type === g))
      out.push(finding(`condition.${g}`, 'pod.conditions', 'warning', t['condition.missing']({ type: g }), [t['condition.gate']()]));
  return out;
}

function stateText(s: ContainerStatus | undefined): Message {
  if (s?.state?.running) return t['state.running']();
  if (s?.state?.waiting) return t['state.waiting']({ reason: s.state.waiting.reason ?? '?' });
  if (s?.state?.terminated) return t['state.terminated']({ reason: s.state.terminated.reason ?? '?', code: s.state.terminated.exitCode });
  return t['state.unknown']();
}

type Role = 'init' | 'sidecar' | 'container';

function containers(pod: Pod): FindingModel[] {
  const list: [Container, Role, ContainerStatus | undefined][] = [
    ...(pod.spec.initContainers ?? []).map(
      (c) =>
        [c, c.restartPolicy === 'Always' ? 'sidecar' : 'init', pod.status?.initContainerStatuses?.find((s) => s.name === c.name)] as [
          Container,
          Role,
          ContainerStatus | undefined,
        ],
    ),
    ...pod.spec.containers.map(
      (c) =>
        [c, 'container', pod.status?.containerStatuses?.find((s) => s.name === c.name)] as [Container, Role, ContainerStatus | undefined],
    ),
  ];
  return list.map(([c, kind, s]) => {
    const lines: Message[] = [];
    if (kind === 'sidecar') lines.push(t['container.sidecar']());
    if (c.image) lines.push(t['container.image']({ image: c.image }));
    const st = s?.state;
    if (!s) lines.push(t['container.nostatus']());
    else if (st?.running) lines.push(t['container.running']({ since: st.running.startedAt ?? '?' }));
    else if (st?.waiting) {
      lines.push(t['container.waiting']({ reason: st.waiting.reason ?? '?', message: '' }));
      if (st.waiting.message) lines.push(quoted(st.waiting.message));
    } else if (st?.terminated)
      lines.push(
        t['container.terminated']({
          code: st.terminated.exitCode,
          reason: st.terminated.reason ?? '?',
          signal: st.terminated.signal ? ` signal ${st.terminated.signal}` : '',
        }),
      );
    if (s) lines.push(t['container.ready']({ ready: s.ready ? t.yes() : t.no() }));
    if (s && s.restartCount > 0) lines.push(t['container.restarts']({ count: s.restartCount }));
    const last = s?.lastState?.terminated;
    if (last) lines.push(t['container.last']({ code: last.exitCode, reason: last.reason ?? '?' }));
    if (last?.exitCode === 137 || st?.terminated?.exitCode === 137) lines.push(t['container.code137']());
    const term = st?.terminated;
    const failedNow = !!st?.waiting && !['ContainerCreating', 'PodInitializing'].includes(st.waiting.reason ?? '');
    const sev: Severity =
      failedNow || (term && term.exitCode !== 0)
        ? 'error'
        : term
          ? 'ok'
          : s?.ready
            ? s.restartCount > 0
              ? 'warning'
              : 'ok'
            : s && (s.restartCount > 0 || !s.ready)
              ? 'warning'
              : s
                ? 'ok'
                : 'info';
    const concept = kind === 'init' ? 'container.init' : kind === 'sidecar' ? 'container.sidecar' : 'container.state';
    return finding(
      `container.${c.name}`,
      concept,
      sev,
      t['container.title']({ kind: t[`container.kind.${kind}`](), name: c.name, state: stateText(s) }),
      lines,
    );
  });
}

function describeProbe(p: Probe): Message {
  const what = p.httpGet
    ? `HTTP GET ${p.httpGet.path ?? '/'} :${p.httpGet.port ?? ''}`
    : p.tcpSocket
      ? `TCP :${p.tcpSocket.port ?? ''}`
      : p.grpc
        ? `gRPC :${p.grpc.port ?? ''}`
        : p.exec
          ? `exec ${(p.exec.command ?? []).join(' ')}`
          : '?';
  return t['probe.every']({ what, period: p.periodSeconds ?? 10 });
}

function probes(pod: Pod): FindingModel[] {
  const out: FindingModel[] = [];
  for (const c of pod.spec.containers) {
    const s = pod.status?.containerStatuses?.find((x) => x.name === c.name);
    const running = !!s?.state?.running;
    out.push(
      c.readinessProbe
        ? finding(
            `probe.readiness.${c.name}`,
            'probes.readiness',
            running && !s?.ready ? 'warning' : 'info',
            t['probe.readiness.title']({ container: c.name }),
            [t['probe.readiness.set']({ probe: describeProbe(c.readinessProbe) })],
          )
        : finding(`probe.readiness.${c.name}`, 'probes.readiness', 'info', t['probe.readiness.title']({ container: c.name }), [
            t['probe.readiness.none'](),
          ]),
    );
    if (c.livenessProbe)
      out.push(
        finding(
          `probe.liveness.${c.name}`,
          'probes.liveness',
          s && s.restartCount > 0 ? 'warning' : 'info',
          t['probe.liveness.title']({ container: c.name }),
          [t['probe.liveness.set']({ probe: describeProbe(c.livenessProbe) })],
        ),
      );
    if (c.startupProbe)
      out.push(
        finding(`probe.startup.${c.name}`, 'probes.startup', 'info', t['probe.startup.title']({ container: c.name }), [
          t['probe.startup.set']({ probe: describeProbe(c.startupProbe) }),
        ]),
      );
  }
  return out;
}

function resources(pod: Pod): FindingModel[] {
  const fmt = (r?: Record<string, string>) =>
    r && Object.keys(r).length
      ? Object.entries(r)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')
      : t['resources.none']();
  const out = allContainers(pod).map((c) => {
    const oom = statuses(pod).some(
      (s) => s.name === c.name && (s.lastState?.terminated?.reason === 'OOMKilled' || s.state?.terminated?.reason === 'OOMKilled'),
    );
    return finding(`resources.${c.name}`, 'resources', oom ? 'error' : 'info', t['resources.title']({ container: c.name }), [
      t['resources.detail']({ requests: fmt(c.resources?.requests), limits: fmt(c.resources?.limits) }),
      ...(c.resources?.limits?.memory ? [] : [t['resources.nomemlimit']()]),
    ]);
  });
  const qos = pod.status?.qosClass;
  if (qos === 'Guaranteed' || qos === 'Burstable' || qos === 'BestEffort')
    out.push(finding('qos', 'qos', 'info', t['qos.title']({ qos }), [t[`qos.${qos}`]()]));
  return out;
}

function scheduling(pod: Pod, node: KubeObject | null | undefined): FindingModel {
  const name = pod.spec.nodeName;
  const cond = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  const lines: Message[] = [];
  if (pod.spec.nodeSelector && Object.keys(pod.spec.nodeSelector).length)
    lines.push(t['scheduling.selector']({ selector: formatSelector(pod.spec.nodeSelector) }));
  if (cond?.status === 'False' && cond.message) lines.push(t['scheduling.message']({ message: quoted(cond.message) }));
  const nodeReady = (node?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions?.find(
    (c) => c.type === 'Ready',
  );
  const notReady = !!name && !!nodeReady && nodeReady.status !== 'True';
  if (notReady) lines.push(t['scheduling.node.notready']({ node: name }));
  return finding(
    'scheduling',
    notReady ? 'node.notready' : 'pod.scheduling',
    name ? (notReady ? 'error' : 'ok') : cond?.status === 'False' ? 'error' : 'info',
    name ? t['scheduling.title.node']({ node: name }) : t['scheduling.title.none'](),
    lines,
  );
}

function owners(pod: Pod, snap: Snapshot): FindingModel[] {
  const ref = ownerRef(pod);
  if (!ref) return [finding('owner', 'pod', 'info', t['owner.none.title'](), [t['owner.none']()])];
  const o = objectOf<KubeObject>(snap, 'owner');
  const title = t['owner.title']({ kind: ref.kind, name: ref.name });
  if (o === null)
    return [finding('owner', ownerConcept(ref.kind), 'warning', title, [t['owner.missing']({ kind: ref.kind, name: ref.name })])];
  const parent = o
    ? ((o.metadata as { ownerReferences?: { kind: string; name: string; controller?: boolean }[] } | undefined)?.ownerReferences ?? [])[0]
    : undefined;
  if (ref.kind === 'ReplicaSet') {
    const out = [
      finding('owner', 'owner.replicaset', 'info', title, [
        t['owner.replicaset']({ deployment: parent?.kind === 'Deployment' ? t['owner.ofDeployment']({ name: parent.name }) : '' }),
        ...(o === undefined ? [t['owner.unknown']()] : []),
      ]),
    ];
    if (parent?.kind === 'Deployment')
      out.push(
        finding('owner.deployment', 'owner.deployment', 'info', t['owner.deployment.title']({ name: parent.name }), [
          t['owner.deployment'](),
        ]),
      );
    return out;
  }
  if (ref.kind === 'Job')
    return [
      finding('owner', 'job', 'info', title, [
        t['owner.job']({ cronjob: parent?.kind === 'CronJob' ? t['owner.ofCronJob']({ name: parent.name }) : '' }),
      ]),
    ];
  return [finding('owner', ownerConcept(ref.kind), 'info', title, [t['owner.other']({ kind: ref.kind })])];
}

const ownerConcept = (kind: string) =>
  (({ ReplicaSet: 'owner.replicaset', Job: 'job', StatefulSet: 'statefulset', DaemonSet: 'daemonset' }) as Record<string, string>)[kind] ??
  'pod';

function serviceAccount(pod: Pod): FindingModel {
  return finding('serviceaccount', 'serviceaccount', 'info', t['sa.title']({ name: pod.spec.serviceAccountName ?? 'default' }), [
    t['sa.detail'](),
  ]);
}

function references(pod: Pod, input: PodCauseInput): FindingModel[] {
  const refs = referencedObjects(pod);
  const out: FindingModel[] = [];
  const one = (
    id: string,
    kind: 'ConfigMap' | 'Secret',
    titleKey: 'ref.cm.title' | 'ref.secret.title',
    name: string,
    known: readonly string[] | undefined,
    keys?: readonly string[],
  ) => {
    const found = known === undefined ? 'unknown' : known.includes(name) ? 'exists' : 'missing';
    // A missing object that no reference requires does not stop the containers.
    const need = found === 'missing' ? needOf(pod, kind, name) : 'required';
    const state = need === 'required' ? found : need;
    const wanted = keys ? keysReferenced(pod, kind, name) : [];
    const missingKeys = wanted.filter((k) => !keys?.includes(k));
    const absent = keys && state === 'exists' ? absentOptionalKeys(pod, kind, name, keys) : [];
    const base: Message[] =
      state === 'missing'
        ? [t['ref.missing.detail']({ kind })]
        : state === 'optional' || state === 'pull'
          ? [t[`ref.${state}.detail`]({ kind })]
          : state === 'unknown'
            ? [t['ref.unknown.detail']()]
            : missingKeys.length
              ? [t['cause.config.ref.key']({ name, missing: missingKeys.join(', '), keys: keys?.join(', ') || '-' })]
              : kind === 'Secret' && keys
                ? [t['ref.secret.keys']({ keys: keys.join(', ') || '-' })]
                : [t['ref.exists.detail']()];
    const detail = [...base, ...absent.map((r) => t['ref.optional.key']({ kind, name, ...r }))];
    const sev: Severity =
      state === 'missing' || missingKeys.length
        ? 'error'
        : state === 'unknown' || state === 'pull'
          ? 'warning'
          : state === 'optional' || absent.length
            ? 'info'
            : 'ok';
    const concept = missingKeys.length || absent.length ? 'config.missing-key' : state === 'missing' ? 'config.missing-ref' : id;
    const said = missingKeys.length ? t['ref.keymissing']() : absent.length ? t['ref.optionalkey']() : t[`ref.${state}`]();
    out.push(finding(`${id}.${name}`, concept, sev, t[titleKey]({ name, state: said }), detail));
  };
  for (const n of refs.configMaps)
    one(
      'configmap',
      'ConfigMap',
      'ref.cm.title',
      n,
      input.configMaps?.map((c) => c.name),
      input.configMaps?.find((c) => c.name === n)?.keys,
    );
  for (const n of refs.secrets)
    one(
      'secret',
      'Secret',
      'ref.secret.title',
      n,
      input.secrets?.map((s) => s.name),
      input.secrets?.find((s) => s.name === n)?.keys,
    );
  // A claim is explained by its phase (Bound, Pending, Lost), not only by whether it exists.
  for (const n of refs.pvcs) {
    const pvc = input.pvcs ? ((input.pvcs.find((p) => p.metadata?.name === n) as KubeObject | undefined) ?? null) : undefined;
    const why = (pvc as ClaimLike | null | undefined)?.why;
    if (why) {
      out.push(finding(`pvc.${n}`, 'pvc.unbound', 'error', why.title, why.details));
      continue;
    }
    const c = claimPhase(n, pvc);
    out.push(
      finding(`pvc.${n}`, c.severity === 'ok' || c.severity === 'info' ? 'pvc' : 'pvc.unbound', c.severity, c.text, c.next ? [c.next] : []),
    );
  }
  return out;
}

function serviceFindings(pod: Pod, services: readonly Service[] | undefined, slices: readonly EndpointSlice[] | undefined): FindingModel[] {
  if (!services) return [];
  const labels = pod.metadata.labels ?? {};
  const selecting = services.filter(
    (s) => s.spec?.selector && Object.keys(s.spec.selector).length && matchesSelector(s.spec.selector, labels),
  );
  if (selecting.length === 0) return [finding('service', 'service', 'info', t['svc.none.title'](), [t['svc.none']()])];
  return selecting.map((svc) => {
    const selector = formatSelector(svc.spec!.selector!);
    const id = `service.${svc.metadata.name}`;
    if (!slices)
      return finding(id, 'service.endpoints', 'warning', t['svc.title']({ name: svc.metadata.name, state: t['ref.unknown']() }), [
        t['svc.detail.unknown']({ selector }),
      ]);
    const eps = slices
      .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name)
      .flatMap((s) => s.endpoints ?? [])
      .filter(
        (e) =>
          e.targetRef?.kind === 'Pod' && (e.targetRef.uid ? e.targetRef.uid === pod.metadata.uid : e.targetRef.name === pod.metadata.name),
      );
    if (eps.length === 0)
      return finding(id, 'service.endpoints', 'warning', t['svc.title']({ name: svc.metadata.name, state: t['svc.absent']() }), [
        t['svc.detail.absent']({ selector }),
      ]);
    const c = eps[0]!.conditions ?? {};
    const yn = (b: boolean | undefined) => String(b ?? false);
    const state = c.terminating ? 'svc.terminating' : c.ready ? 'svc.ready' : 'svc.notready';
    return finding(id, 'service.endpoints', c.ready ? 'ok' : 'warning', t['svc.title']({ name: svc.metadata.name, state: t[state]() }), [
      t['svc.detail']({ selector, ready: yn(c.ready), serving: yn(c.serving), terminating: yn(c.terminating) }),
    ]);
  });
}

/**
 * The names cluster DNS serves for this Pod, in the assumed zone cluster.local (`kubexplain dns pod/NAME`
 * detects the zone and lists short names): its dashed-IP name, its hostname.subdomain name when a
 * headless Service of that name exists, and the names of the Services that select it.
 */
function dnsNames(pod: Pod, services: readonly Service[] | undefined): FindingModel[] {
  const ns = pod.metadata.namespace ?? 'default';
  const zone = 'cluster.local';
  const names: string[] = [];
  if (pod.status?.podIP) names.push(`${pod.status.podIP.replace(/[.:]/g, '-')}.${ns}.pod.${zone}`);
  const labels = pod.metadata.labels ?? {};
  for (const svc of services ?? []) {
    const sel = svc.spec?.selector;
    if (sel && Object.keys(sel).length && matchesSelector(sel, labels)) names.push(`${svc.metadata.name}.${ns}.svc.${zone}`);
  }
  const out: FindingModel[] = [];
  const { hostname, subdomain } = pod.spec;
  if (hostname && subdomain) {
    const name = `${hostname}.${subdomain}.${ns}.svc.${zone}`;
    const headless = services?.find((s) => s.metadata.name === subdomain);
    if (!services || (headless && headless.spec?.clusterIP === 'None')) names.push(name);
    else
      out.push(
        finding('dns.subdomain', 'dns.pod', 'warning', t['dns.subdomain.title']({ name }), [t['dns.subdomain.detail']({ subdomain })]),
      );
  }
  if (names.length === 0) return out;
  return [
    finding('dns', 'dns.pod', 'info', t['dns.title']({ count: names.length }), [
      t['dns.detail']({ names: names.join(', '), pod: pod.metadata.name, ns }),
    ]),
    ...out,
  ];
}

/** One line per de-duplicated event; the message is the cluster's own words. */
export const eventLine = (e: { type: string; reason: string; count: number; message: string }) =>
  t['events.line']({ type: e.type, reason: e.reason, count: e.count, message: quoted(e.message) });

function events(list: readonly Event[] | undefined): FindingModel {
  if (!list) return finding('events', 'events', 'info', t['events.title']({ count: 0 }), [t['ref.unknown.detail']()]);
  const deduped = dedupeEvents(list);
  if (deduped.length === 0) return finding('events', 'events', 'info', t['events.title']({ count: 0 }), [t['events.none']()]);
  return finding(
    'events',
    'events',
    deduped.some((e) => e.type === 'Warning') ? 'warning' : 'info',
    t['events.title']({ count: deduped.length }),
    deduped.map(eventLine),
  );
}
