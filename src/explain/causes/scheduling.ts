// Why a Pod cannot be scheduled: the scheduler's FailedScheduling / PodScheduled message parsed into
// its per-reason node counts, then, with the Node list, the reason that really blocks the nodes the
// Pod could otherwise go to (a taint on the nodes its selector matches, a cordon, a request larger
// than any node). Pure; returns data, never sentences.
import type { Message } from '../../model/message.js';
import type { Pod } from '../../model/pod.js';
import { compareText } from '../../text/compare.js';
import { selectorString } from '../../model/labels.js';
import { parseQuantity, formatQuantity } from '../quantity.js';
import { tolerates, type Taint, type Toleration } from '../taints.js';
import { placementAllows, placementText, type NodePlacement } from '../../model/node-selector.js';
import { podTerm, type Affinity, type PodTerm } from '../pod-scheduling.js';

/** One "N node(s) <reason>" part of the scheduler's message, in the scheduler's filter vocabulary. */
export type ReasonKind =
  | 'node-affinity'
  | 'node-name'
  | 'taint'
  | 'resources'
  | 'too-many-pods'
  | 'cordoned'
  | 'pod-affinity'
  | 'pod-anti-affinity'
  | 'existing-anti-affinity'
  | 'topology-spread'
  | 'volume-node-affinity'
  | 'volume-binding'
  | 'ports'
  | 'other';

export interface SchedulingReason {
  count: number;
  kind: ReasonKind;
  /** The scheduler's words for this part, as written. */
  text: string;
  resource?: string;
  /** Present when the scheduler named the taint (before v1.33 it wrote `{key: value}`). */
  taint?: { key: string; value: string };
}

export interface SchedulingMessage {
  available: number;
  total: number;
  reasons: SchedulingReason[];
  /** Pre-filter failures that apply to every node, e.g. `pod has unbound immediate PersistentVolumeClaims`. */
  podWide: string[];
  /** The `preemption: …` note: whether evicting lower-priority Pods would help. */
  preemption?: string;
}

// The scheduler's reason texts (k8s.io/kubernetes/pkg/scheduler/framework/plugins/*), in filter order.
const KINDS: [RegExp, ReasonKind][] = [
  [/were unschedulable/, 'cordoned'],
  [/didn't match the requested node name/, 'node-name'],
  [/had untolerated taint/, 'taint'],
  [/didn't match Pod's node affinity\/selector/, 'node-affinity'],
  [/didn't have free ports/, 'ports'],
  [/^Insufficient /, 'resources'],
  [/^Too many pods/, 'too-many-pods'],
  // VolumeBinding's ErrReasonNodeConflict (v1.36 wording, then the older one) and VolumeZone's: a bound volume's own node affinity or zone.
  [/didn't match PersistentVolume's node affinity|had volume node affinity conflict|had no available volume zone/, 'volume-node-affinity'],
  [/persistent ?volume|PersistentVolumeClaim|pvc/i, 'volume-binding'],
  [/didn't match pod topology spread constraints/, 'topology-spread'],
  [/didn't match pod affinity rules/, 'pod-affinity'],
  [/didn't match pod anti-affinity rules/, 'pod-anti-affinity'],
  [/didn't satisfy existing pods anti-affinity rules/, 'existing-anti-affinity'],
];
const ORDER = new Map(KINDS.map(([, k], i) => [k, i]));

function classify(text: string): Omit<SchedulingReason, 'count'> {
  const kind = KINDS.find(([re]) => re.test(text))?.[1] ?? 'other';
  const out: Omit<SchedulingReason, 'count'> = { kind, text };
  const taint = /had untolerated taint \{([^:}]*): ?([^}]*)\}/.exec(text);
  if (taint) out.taint = { key: taint[1]!, value: taint[2]! };
  const res = /^Insufficient (\S+)/.exec(text);
  if (res) out.resource = res[1]!;
  return out;
}

/** Parses `0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. preemption: …`. */
export function parseSchedulingMessage(message: string | undefined): SchedulingMessage | undefined {
  const head = /^(\d+)\/(\d+) nodes are available:\s*/.exec(message ?? '');
  if (!head || !message) return undefined;
  let rest = message.slice(head[0].length);
  let preemption: string | undefined;
  const p = rest.indexOf('preemption: ');
  if (p >= 0) {
    preemption = rest.slice(p + 'preemption: '.length).replace(/\.+$/, '');
    rest = rest.slice(0, p);
  }
  // Dynamic resource allocation adds this note before the preemption part; it is not a reason.
  rest = rest.replace(/\s*no new claims to deallocate,?\s*$/, '').replace(/[.\s]+$/, '');
  const reasons: SchedulingReason[] = [];
  const podWide: string[] = [];
  for (const part of rest.split(/, (?=\d+ )|\. (?=[a-z])/)) {
    const m = /^(\d+) (.+)$/.exec(part.trim());
    if (m) reasons.push({ count: Number(m[1]), ...classify(m[2]!.replace(/\.$/, '')) });
    else if (part.trim()) podWide.push(part.trim().replace(/\.$/, ''));
  }
  return { available: Number(head[1]), total: Number(head[2]), reasons, podWide, ...(preemption ? { preemption } : {}) };
}

/** The parts of a Node this analysis reads. */
export interface NodeLike {
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: { unschedulable?: boolean; taints?: Taint[] };
  status?: { allocatable?: Record<string, string> };
}

/** The parts of a PersistentVolumeClaim this analysis reads. */
export interface ClaimLike {
  metadata?: { name?: string };
  spec?: { storageClassName?: string; volumeName?: string };
  status?: { phase?: string };
  /** Why the claim is not bound, as its own explainer says it (src/explain/pvc.ts), when its class and events were read. */
  why?: ClaimWhy;
}

export interface ClaimWhy {
  title: Message;
  details: readonly Message[];
}

type UnboundClaim = { name: string; phase?: string; storageClass?: string; why?: ClaimWhy };

/** The cause that blocks scheduling, with the objects it is about. */
export type SchedulingCause =
  /** No node carries the labels the Pod asks for. */
  | { kind: 'node-selector'; selector: string; nodes: number }
  /** The nodes the Pod may go to carry a taint it does not tolerate. */
  | { kind: 'taint'; key: string; value?: string; effect: string; nodes: string[] }
  /** The nodes the Pod may go to are cordoned (spec.unschedulable). */
  | { kind: 'cordoned'; nodes: string[] }
  /**
   * A request no node can satisfy (`tooBig`), a resource none of the nodes the Pod may use lists in its
   * allocatable (`unoffered`: an extended resource no device plugin advertises there, e.g. nvidia.com/gpu),
   * or nodes whose free room is taken by other Pods.
   */
  | {
      kind: 'resources';
      resource: string;
      request?: string;
      largest?: { node: string; allocatable: string };
      tooBig: boolean;
      unoffered?: { nodes: number };
    }
  | { kind: 'too-many-pods'; nodes: number }
  | { kind: 'pvc'; claims: UnboundClaim[] }
  /** The Pod's claims that are bound, with their PersistentVolume: its nodeAffinity rules the nodes out. */
  | { kind: 'volume-node-affinity'; nodes: number; volumes: { claim: string; volume: string }[] }
  /** The host ports the Pod asks for (`8080/TCP`), taken on `nodes` nodes. */
  | { kind: 'ports'; nodes: number; ports: string[] }
  /** The DoNotSchedule constraints (`topologyKey (maxSkew N)`). */
  /**
   * `fewDomains`: a constraint whose minDomains exceeds the domains of the nodes the Pod may use (its
   * topologyKey's values there): the filter then counts the global minimum as 0, so each domain holds at most maxSkew.
   */
  | {
      kind: 'topology-spread';
      nodes: number;
      constraints: string[];
      fewDomains?: { key: string; minDomains: number; maxSkew: number; domains: string[] };
    }
  /** The topology keys of the required anti-affinity terms. */
  | { kind: 'pod-anti-affinity'; nodes: number; keys: string[]; terms: string[] }
  /**
   * The required pod affinity terms (`app=cache @ kubernetes.io/hostname`), the first one's selector as
   * `kubectl -l` takes it, and the Pod's namespace when a term looks only there (no namespaces, no namespaceSelector).
   */
  | { kind: 'pod-affinity'; nodes: number; terms: string[]; selector: string; ownNamespace?: string }
  | { kind: 'existing-anti-affinity' | 'node-name'; nodes: number }
  /** A reason this tool does not know, quoted as the scheduler wrote it. */
  | { kind: 'other'; text: string };

/** Nodes the Pod may use that a different blocker stops than the cause's (named besides the cause). */
export type OtherBlock =
  | { kind: 'taint'; taint: string; nodes: string[] }
  | { kind: 'cordoned'; nodes: string[] }
  | { kind: 'resources'; resource: string; request: string; allocatable: string; nodes: string[] };

export interface SchedulingAnalysis {
  message: SchedulingMessage;
  cause: SchedulingCause;
  /** True when the Node list confirmed the cause; false when it rests on the message alone. */
  confirmed: boolean;
  /** False when the Node list could not be read (or was not asked for): nothing could be checked against the nodes. */
  nodesRead: boolean;
  /** The other blockers of the nodes the Pod may use, when they differ from node to node. */
  also: OtherBlock[];
}

/** nodeSelector and required node affinity, as the NodeAffinity filter evaluates them (terms ORed). */
export const nodeMatchesPod = (pod: Pod, node: NodeLike): boolean => placementAllows(pod.spec as NodePlacement, node);

/** The Pod's effective request of a resource: app containers and sidecars summed, or the largest init container plus the sidecars before it. */
export function podRequest(pod: Pod, resource: string): number {
  const req = (c: { resources?: { requests?: Record<string, string>; limits?: Record<string, string> } }) =>
    parseQuantity(c.resources?.requests?.[resource] ?? c.resources?.limits?.[resource]) ?? 0;
  let sidecars = 0;
  let initPeak = 0;
  for (const c of pod.spec.initContainers ?? []) {
    if (c.restartPolicy === 'Always') sidecars += req(c);
    else initPeak = Math.max(initPeak, sidecars + req(c));
  }
  const app = pod.spec.containers.reduce((s, c) => s + req(c), 0) + sidecars;
  const overhead = parseQuantity((pod.spec as { overhead?: Record<string, string> }).overhead?.[resource]) ?? 0;
  return Math.max(app, initPeak) + overhead;
}

const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

type NodeBlock = { kind: 'cordoned' } | { kind: 'taint'; taint: Taint } | { kind: 'resources'; resource: string } | { kind: 'unknown' };

/** What stops one node that matches the Pod's selector, checked in the scheduler's filter order. */
function nodeBlock(pod: Pod, node: NodeLike, resources: string[]): NodeBlock {
  const tols = (pod.spec.tolerations ?? []) as Toleration[];
  if (node.spec?.unschedulable && !tolerates(tols, UNSCHEDULABLE_TAINT)) return { kind: 'cordoned' };
  const taint = (node.spec?.taints ?? []).find((t) => t.effect !== 'PreferNoSchedule' && !tolerates(tols, t));
  if (taint) return { kind: 'taint', taint };
  for (const r of resources) {
    const alloc = parseQuantity(node.status?.allocatable?.[r]);
    if (alloc === undefined || podRequest(pod, r) > alloc) return { kind: 'resources', resource: r };
  }
  return { kind: 'unknown' };
}

const nameOf = (n: NodeLike) => n.metadata?.name ?? '?';

function resourceCause(pod: Pod, resource: string, nodes: readonly NodeLike[] | undefined): SchedulingCause {
  const need = podRequest(pod, resource);
  let largest: { node: string; allocatable: string; n: number } | undefined;
  for (const n of nodes ?? []) {
    const a = parseQuantity(n.status?.allocatable?.[resource]);
    if (a !== undefined && (!largest || a > largest.n)) largest = { node: nameOf(n), allocatable: n.status!.allocatable![resource]!, n: a };
  }
  // Nodes list cpu, memory and pods always; an extended resource only where its device plugin runs.
  const unoffered = !!nodes?.length && (!largest || largest.n === 0);
  return {
    kind: 'resources',
    resource,
    ...(need ? { request: formatQuantity(resource, need) } : {}),
    ...(largest ? { largest: { node: largest.node, allocatable: largest.allocatable } } : {}),
    tooBig: !!largest && need > largest.n,
    ...(unoffered ? { unoffered: { nodes: nodes.length } } : {}),
  };
}

type Container = { ports?: { hostPort?: number; protocol?: string }[] };

/** The host ports the Pod asks for, as the NodePorts filter reads them (every container, init containers too). */
const hostPorts = (pod: Pod): string[] => [
  ...new Set(
    [...((pod.spec.initContainers ?? []) as Container[]), ...(pod.spec.containers as Container[])].flatMap((c) =>
      (c.ports ?? []).flatMap((p) => (p.hostPort ? [`${p.hostPort}/${p.protocol ?? 'TCP'}`] : [])),
    ),
  ),
];

interface SpreadConstraint {
  topologyKey?: string;
  maxSkew?: number;
  whenUnsatisfiable?: string;
  minDomains?: number;
  nodeAffinityPolicy?: string;
  nodeTaintsPolicy?: string;
}

/**
 * The first DoNotSchedule constraint whose minDomains is more than the domains among `nodes` (the nodes the
 * Pod's nodeSelector and affinity allow, as nodeAffinityPolicy Honor counts them; with nodeTaintsPolicy
 * Honor, only those whose taints it tolerates). Skipped for nodeAffinityPolicy Ignore, which counts nodes not read here.
 */
function fewDomains(
  pod: Pod,
  nodes: readonly NodeLike[],
): { key: string; minDomains: number; maxSkew: number; domains: string[] } | undefined {
  const tols = (pod.spec.tolerations ?? []) as Toleration[];
  for (const c of (pod.spec as { topologySpreadConstraints?: SpreadConstraint[] }).topologySpreadConstraints ?? []) {
    if (c.whenUnsatisfiable === 'ScheduleAnyway' || !c.minDomains || !c.topologyKey || c.nodeAffinityPolicy === 'Ignore') continue;
    const eligible =
      c.nodeTaintsPolicy === 'Honor'
        ? nodes.filter((n) => (n.spec?.taints ?? []).every((t) => t.effect === 'PreferNoSchedule' || tolerates(tols, t)))
        : nodes;
    const domains = [...new Set(eligible.flatMap((n) => n.metadata?.labels?.[c.topologyKey!] ?? []))].sort(compareText);
    if (domains.length < c.minDomains) return { key: c.topologyKey, minDomains: c.minDomains, maxSkew: c.maxSkew ?? 1, domains };
  }
  return undefined;
}

/** The constraints the PodTopologySpread filter enforces (DoNotSchedule; ScheduleAnyway only scores). */
const spreadConstraints = (pod: Pod): string[] =>
  ((pod.spec as { topologySpreadConstraints?: SpreadConstraint[] }).topologySpreadConstraints ?? [])
    .filter((c) => c.whenUnsatisfiable !== 'ScheduleAnyway')
    .map((c) => `${c.topologyKey ?? '?'} (maxSkew ${c.maxSkew ?? 1})`);

/** The topology keys of the Pod's required anti-affinity terms. */
const antiAffinityKeys = (pod: Pod): string[] => {
  const a = (pod.spec.affinity ?? {}) as {
    podAntiAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { topologyKey?: string }[] };
  };
  return [...new Set((a.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => t.topologyKey ?? '?'))];
};

/** The Pod's required pod affinity terms: what the InterPodAffinity filter found no Pod for. */
function affinityCause(pod: Pod, nodes: number): SchedulingCause {
  const terms: PodTerm[] = ((pod.spec.affinity ?? {}) as Affinity).podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  const own = terms.some((t) => !t.namespaces?.length && !t.namespaceSelector);
  return {
    kind: 'pod-affinity',
    nodes,
    terms: terms.map(podTerm),
    selector: terms[0] ? selectorArg(terms[0]) : '',
    ...(own && pod.metadata.namespace ? { ownNamespace: pod.metadata.namespace } : {}),
  };
}

/** A term's label selector as `kubectl get -l` takes it (`app=cache,tier in (a,b)`), quoted for the shell when needed. */
function selectorArg(t: PodTerm): string {
  const parts = selectorString(t.labelSelector);
  return /[\s()!]/.test(parts) ? `'${parts}'` : parts;
}

function claimsOf(pod: Pod, pvcs: readonly ClaimLike[] | undefined): UnboundClaim[] {
  const names = (pod.spec.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : []));
  return names
    .map((name) => {
      const c = pvcs?.find((p) => p.metadata?.name === name);
      return {
        name,
        ...(c ? { phase: c.status?.phase ?? 'Pending' } : pvcs ? { phase: 'Missing' } : {}),
        ...(c?.spec?.storageClassName ? { storageClass: c.spec.storageClassName } : {}),
        ...(c?.why ? { why: c.why } : {}),
      };
    })
    .filter((c) => c.phase !== 'Bound');
}

/** A cause from the message alone: the reason that rules out most nodes, ties going to the later filter (closer to fitting). */
function fromMessage(pod: Pod, msg: SchedulingMessage, nodes: readonly NodeLike[] | undefined): SchedulingCause {
  // Nodes that fail the selector are not where the Pod is meant to go; and the filters that run
  // before NodeAffinity (cordon, taints) never checked the selector on theirs. So when another
  // reason is present, it is the blocker of the nodes the Pod could use.
  const others = msg.reasons.filter((r) => r.kind !== 'node-affinity');
  const sorted = [...(others.length ? others : msg.reasons)].sort(
    (a, b) => b.count - a.count || (ORDER.get(b.kind) ?? 99) - (ORDER.get(a.kind) ?? 99),
  );
  const top = sorted[0];
  if (!top) return { kind: 'other', text: msg.podWide.join('; ') };
  return fromReason(pod, top, nodes);
}

function fromReason(pod: Pod, r: SchedulingReason, nodes: readonly NodeLike[] | undefined): SchedulingCause {
  switch (r.kind) {
    case 'node-affinity':
      return { kind: 'node-selector', selector: selectorText(pod), nodes: r.count };
    case 'taint':
      return { kind: 'taint', key: r.taint?.key ?? '', ...(r.taint?.value ? { value: r.taint.value } : {}), effect: '', nodes: [] };
    case 'cordoned':
      return { kind: 'cordoned', nodes: [] };
    case 'resources':
      return resourceCause(pod, r.resource ?? 'cpu', nodes);
    case 'too-many-pods':
      return { kind: 'too-many-pods', nodes: r.count };
    case 'volume-binding':
      return { kind: 'pvc', claims: claimsOf(pod, undefined) };
    case 'volume-node-affinity':
      return { kind: 'volume-node-affinity', nodes: r.count, volumes: [] };
    case 'ports':
      return { kind: 'ports', nodes: r.count, ports: hostPorts(pod) };
    case 'topology-spread': {
      const few = nodes?.length ? fewDomains(pod, nodes) : undefined;
      return { kind: 'topology-spread', nodes: r.count, constraints: spreadConstraints(pod), ...(few ? { fewDomains: few } : {}) };
    }
    case 'pod-anti-affinity':
      return {
        kind: 'pod-anti-affinity',
        nodes: r.count,
        keys: antiAffinityKeys(pod),
        terms: (((pod.spec.affinity ?? {}) as Affinity).podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map(podTerm),
      };
    case 'pod-affinity':
      return affinityCause(pod, r.count);
    case 'other':
      return { kind: 'other', text: r.text };
    default:
      return { kind: r.kind, nodes: r.count };
  }
}

export const selectorText = (pod: Pod): string => placementText(pod.spec as NodePlacement);

/**
 * The blocking cause of a FailedScheduling message. With the Node list (and the namespace's PVCs when
 * the Pod mounts claims) the cause is confirmed against the nodes the Pod's selector matches; without
 * it, the reason that rules out most nodes is named and `confirmed` is false.
 */
export function analyzeScheduling(
  pod: Pod,
  message: string | undefined,
  nodes?: readonly NodeLike[],
  pvcs?: readonly ClaimLike[],
): SchedulingAnalysis | undefined {
  const msg = parseSchedulingMessage(message);
  if (!msg) return undefined;
  const nodesRead = !!nodes?.length;
  const base = { message: msg, nodesRead, also: [] as OtherBlock[] };
  if (msg.podWide.some((p) => /PersistentVolumeClaim/i.test(p)) || (!msg.reasons.length && claimsOf(pod, pvcs).length)) {
    return { ...base, cause: { kind: 'pvc', claims: claimsOf(pod, pvcs) }, confirmed: !!pvcs };
  }
  if (!nodes?.length) return { ...base, cause: withVolumes(pod, fromMessage(pod, msg, nodes), pvcs), confirmed: false };
  const candidates = nodes.filter((n) => nodeMatchesPod(pod, n));
  if (!candidates.length)
    return { ...base, cause: { kind: 'node-selector', selector: selectorText(pod), nodes: nodes.length }, confirmed: true };
  const resources = [...new Set(msg.reasons.flatMap((r) => (r.resource ? [r.resource] : [])))];
  const blocks = candidates.map((n) => ({ node: nameOf(n), block: nodeBlock(pod, n, resources.length ? resources : ['cpu', 'memory']) }));
  // The blocker shared by most of the matching nodes, in filter order on a tie.
  const groups = new Map<string, { block: NodeBlock; nodes: string[] }>();
  for (const b of blocks) {
    const key = b.block.kind === 'taint' ? `taint:${b.block.taint.key}:${b.block.taint.effect}` : b.block.kind;
    const g = groups.get(key) ?? { block: b.block, nodes: [] };
    g.nodes.push(b.node);
    groups.set(key, g);
  }
  const known = [...groups.values()].filter((g) => g.block.kind !== 'unknown').sort((a, b) => b.nodes.length - a.nodes.length);
  const top = known[0];
  if (!top || (groups.get('unknown')?.nodes.length ?? 0) > top.nodes.length) {
    // The nodes the Pod may go to pass what the Node list shows: the message's other reasons decide.
    const rest = msg.reasons.filter((r) => !['node-affinity', 'taint', 'cordoned'].includes(r.kind));
    const cause = withVolumes(
      pod,
      rest.length ? fromMessage(pod, { ...msg, reasons: rest }, candidates) : fromMessage(pod, msg, candidates),
      pvcs,
    );
    return { ...base, cause, confirmed: false, also: known.flatMap((g) => otherBlock(pod, g, candidates)) };
  }
  const b = top.block;
  const cause: SchedulingCause =
    b.kind === 'cordoned'
      ? { kind: 'cordoned', nodes: top.nodes }
      : b.kind === 'taint'
        ? { kind: 'taint', key: b.taint.key, ...(b.taint.value ? { value: b.taint.value } : {}), effect: b.taint.effect, nodes: top.nodes }
        : b.kind === 'resources'
          ? resourceCause(pod, b.resource, candidates)
          : { kind: 'other', text: message ?? '' };
  return { ...base, cause, confirmed: true, also: known.slice(1).flatMap((g) => otherBlock(pod, g, candidates)) };
}

/** A volume node affinity cause with the Pod's bound claims and their volumes (the claims' spec.volumeName). */
function withVolumes(pod: Pod, cause: SchedulingCause, pvcs: readonly ClaimLike[] | undefined): SchedulingCause {
  if (cause.kind !== 'volume-node-affinity') return cause;
  const names = (pod.spec.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : []));
  const volumes = names.flatMap((claim) => {
    const volume = pvcs?.find((p) => p.metadata?.name === claim)?.spec?.volumeName;
    return volume ? [{ claim, volume }] : [];
  });
  return { ...cause, volumes };
}

/** A group of nodes stopped by another blocker than the cause's, one entry per node for a resource (each has its own allocatable). */
function otherBlock(pod: Pod, g: { block: NodeBlock; nodes: string[] }, candidates: readonly NodeLike[]): OtherBlock[] {
  const b = g.block;
  if (b.kind === 'cordoned') return [{ kind: 'cordoned', nodes: g.nodes }];
  if (b.kind === 'taint') return [{ kind: 'taint', taint: taintText(b.taint), nodes: g.nodes }];
  if (b.kind !== 'resources') return [];
  const request = formatQuantity(b.resource, podRequest(pod, b.resource));
  return g.nodes.map((node) => ({
    kind: 'resources',
    resource: b.resource,
    request,
    allocatable: candidates.find((n) => nameOf(n) === node)?.status?.allocatable?.[b.resource] ?? '0',
    nodes: [node],
  }));
}

/** `key=value:Effect`, as kubectl writes a taint. */
export const taintText = (t: { key: string; value?: string; effect?: string }): string =>
  `${t.key}${t.value ? `=${t.value}` : ''}${t.effect ? `:${t.effect}` : ''}`;
