// What a Service or Ingress trace reads, as ReadPlans the plan executor (src/cluster) runs, and the
// RoutingSnapshot the trace engine takes, built from what was read. Pure. A Service: its
// EndpointSlices (label kubernetes.io/service-name), the Pods its selector matches, the
// NetworkPolicies; then only when needed, all Pods and the workloads (a selector matching nothing:
// near misses, scaled to 0) or the Unhealthy events (selected Pods not Ready: the readiness probe).
// Offline (manifest files) reads cost nothing: every workload is read, its Pod template stands in.
// Several Services of one namespace (a Gateway route's backends) are read as one batch of four lists.
import type { KubeObject } from '../model/kube.js';
import { get, list, listOf, objectOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import type {
  EndpointSlice,
  Ingress,
  IngressClass,
  NetworkPolicy,
  RoutedEvent,
  RoutedPod,
  RoutingSnapshot,
  Service,
  TlsSecret,
} from '../model/routing.js';
import { formatLabels, mapSelects, namespaceLabelsOf } from '../model/labels.js';
import { WORKLOADS, routedWorkloads, templatePods } from '../model/routed-workloads.js';
import { namespacePeerNeeds, peersBeyond } from './network-policy.js';
import type { PeerWorld } from './policy-peers.js';

const SERVICE_NAME = 'kubernetes.io/service-name';
const selectorOf = (svc: Service) => {
  const sel = svc.spec?.selector;
  return sel && Object.keys(sel).length ? sel : undefined;
};
const isReady = (p: RoutedPod) => p.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
/** The EndpointSlices of these Services, in one list. */
const slicesOf = (ns: string, names: readonly string[]) =>
  list('EndpointSlice', {
    namespace: ns,
    labelSelector: names.length === 1 ? `${SERVICE_NAME}=${names[0]}` : `${SERVICE_NAME} in (${names.join(',')})`,
  });
const workloadReads = (kinds: readonly string[], ns: string, at = ''): ReadPlan =>
  Object.fromEntries(kinds.map((k) => [`workload:${k}${at}`, list(k, { namespace: ns })]));

/** The first round for a Service: its slices, the Pods its selector matches (all without one), NetworkPolicies. */
export function serviceReads(svc: Service, ns: string): ReadPlan {
  if (svc.spec?.type === 'ExternalName') return {};
  const sel = selectorOf(svc);
  return {
    slices: list('EndpointSlice', { namespace: ns, labelSelector: `${SERVICE_NAME}=${svc.metadata.name}` }),
    pods: list('Pod', { namespace: ns, ...(sel ? { labelSelector: formatLabels(sel) } : {}) }),
    networkPolicies: list('NetworkPolicy', { namespace: ns }),
  };
}

/** What the first round calls for: the causes of no Pod (all Pods, workloads) or of Pods not Ready (probe events). */
export function serviceNext(svc: Service, ns: string, snap: Snapshot): ReadPlan {
  if (svc.spec?.type === 'ExternalName') return {};
  if (snap.offline) return { allPods: list('Pod', { namespace: ns }), ...workloadReads(WORKLOADS, ns) };
  const sel = selectorOf(svc);
  const pods = listOf<RoutedPod>(snap, 'pods');
  // No selector and no slice of its own: a hand-written slice may carry a wrong service-name label.
  // (The Services too: a slice labelled for another Service that exists is that one's.)
  if (!sel && listOf(snap, 'slices')?.length === 0)
    return { namespaceSlices: list('EndpointSlice', { namespace: ns }), namespaceServices: list('Service', { namespace: ns }) };
  if (!sel || !pods) return {};
  if (pods.length === 0)
    return {
      allPods: list('Pod', { namespace: ns }),
      // The same selector across namespaces: Pods running elsewhere are never selected.
      elsewhere: list('Pod', { labelSelector: formatLabels(sel) }),
      ...workloadReads(REPLICATED, ns),
    };
  // A NetworkPolicy on these Pods admitting Pods of the namespace that none of them is: do any exist?
  const policies = listOf<NetworkPolicy>(snap, 'networkPolicies');
  // One admitting by namespaceSelector: does any namespace carry those labels, and any Pod there the podSelector's?
  const needs = policies && namespacePeerNeeds(policies, pods, peerWorld(snap, ns));
  const peers = {
    ...(policies && peersBeyond(policies, pods) ? { peerPods: list('Pod', { namespace: ns }) } : {}),
    ...(needs?.namespaces ? { namespaces: list('Namespace') } : {}),
    ...Object.fromEntries((needs?.selectors ?? []).slice(0, 2).map((s) => [`peerSel:${s}`, list('Pod', { labelSelector: s })])),
  };
  if (pods.every(isReady)) return peers;
  return { events: unhealthy(ns), ...peers };
}

/** What a Service's reads tell about NetworkPolicy peers (src/routing/policy-peers.ts). */
function peerWorld(snap: Snapshot, ns: string): PeerWorld {
  const namespacePods = listOf<RoutedPod>(snap, 'allPods') ?? listOf<RoutedPod>(snap, 'peerPods');
  const namespaces = namespaceLabels(snap);
  return {
    policyNs: ns,
    ...(namespacePods ? { namespacePods } : {}),
    ...(namespaces ? { namespaces } : {}),
    podsMatching: (sel) => listOf<RoutedPod>(snap, `peerSel:${sel}`),
  };
}

const namespaceLabels = (snap: Snapshot) => {
  const namespaces = listOf<KubeObject>(snap, 'namespaces');
  return namespaces && Object.fromEntries(namespaces.map((n) => [n.metadata?.name ?? '', namespaceLabelsOf(n)]));
};

/** Read live only when a selector matches no Pod: the kinds a Service usually fronts. */
const REPLICATED = ['Deployment', 'StatefulSet'];
const unhealthy = (ns: string) => list('Event', { namespace: ns, fieldSelector: 'involvedObject.kind=Pod,reason=Unhealthy' });

const workloadsOf = (snap: Snapshot, at = ''): KubeObject[] | undefined => {
  const keys = WORKLOADS.map((k) => `workload:${k}${at}`).filter((k) => k in snap.reads);
  if (keys.length === 0) return undefined;
  const all = keys.flatMap((k) => listOf(snap, k) ?? []);
  // Offline, a ReplicaSet owned by a Deployment in the same files would double it; keep the Deployment.
  return all.filter(
    (w) => !(w.kind === 'ReplicaSet' && (w.metadata as { ownerReferences?: unknown[] } | undefined)?.ownerReferences?.length),
  );
};

/** Offline, Pod templates of the workloads stand in for Pods; live, the selected Pods or (none selected) all of them. */
function podsOf(snap: Snapshot, workloads: KubeObject[] | undefined, at: string): RoutedPod[] | undefined {
  const selected = listOf<RoutedPod>(snap, `pods${at}`);
  const all = listOf<RoutedPod>(snap, `allPods${at}`);
  if (snap.offline) return [...(all ?? selected ?? []), ...templatePods(workloads ?? [])];
  if (selected?.length || !(`allPods${at}` in snap.reads)) return selected && [...selected];
  // None selected: all Pods (near misses), unknown when they could not be listed.
  return all && [...all];
}

/** Offline, a list the files lack is unknown, not empty. */
const known = <T>(snap: Snapshot, key: string): T[] | undefined => {
  const l = listOf<T>(snap, key);
  return l === undefined || (snap.offline && l.length === 0) ? undefined : [...l];
};

/** What every routing snapshot of a namespace holds; `at` is the key suffix of a namespace's batch ('' for one Service). */
const common = (snap: Snapshot, ns: string, at = '') => {
  const workloads = workloadsOf(snap, at);
  const pods = podsOf(snap, workloads, at);
  const slices = known<EndpointSlice>(snap, `slices${at}`);
  const networkPolicies = listOf<NetworkPolicy>(snap, `networkPolicies${at}`);
  // Live only: offline, a Pod the files lack may run in the cluster.
  const namespacePods = snap.offline ? undefined : (listOf<RoutedPod>(snap, `allPods${at}`) ?? listOf<RoutedPod>(snap, `peerPods${at}`));
  const events = listOf<RoutedEvent>(snap, `events${at}`);
  const namespaces = namespaceLabels(snap);
  const peerSelectors = Object.keys(snap.reads).filter((k) => k.startsWith('peerSel:'));
  const elsewhere = listOf<RoutedPod>(snap, `elsewhere${at}`)?.filter((p) => p.metadata.namespace !== ns);
  const services = new Set(listOf<Service>(snap, `namespaceServices${at}`)?.map((s) => s.metadata.name));
  // Slices of Services that exist are theirs; unknown Services (unreadable) leave nothing to suggest.
  const namespaceSlices =
    `namespaceServices${at}` in snap.reads && listOf(snap, `namespaceServices${at}`) === undefined
      ? undefined
      : listOf<EndpointSlice>(snap, `namespaceSlices${at}`)?.filter((s) => !services.has(s.metadata.labels?.[SERVICE_NAME] ?? ''));
  return {
    namespace: ns,
    ...(slices ? { endpointSlices: slices } : {}),
    ...(pods ? { pods } : {}),
    ...(workloads ? { workloads: routedWorkloads(workloads) } : {}),
    ...(events ? { events: [...events] } : {}),
    ...(elsewhere ? { podsElsewhere: elsewhere } : {}),
    ...(namespaceSlices ? { namespaceSlices: [...namespaceSlices] } : {}),
    ...(networkPolicies ? { networkPolicies: [...networkPolicies] } : {}),
    ...(namespacePods ? { namespacePods: [...namespacePods] } : {}),
    ...(namespaces ? { namespaceLabels: namespaces } : {}),
    ...(peerSelectors.length
      ? {
          podsBySelector: Object.fromEntries(
            peerSelectors.flatMap((k) => (listOf<RoutedPod>(snap, k) ? [[k.slice(8), [...listOf<RoutedPod>(snap, k)!]]] : [])),
          ),
        }
      : {}),
    offline: snap.offline === true,
    warnings: [...snap.warnings],
  };
};

/** The RoutingSnapshot of a Service trace from what serviceReads/serviceNext read. */
export function serviceRouting(svc: Service, snap: Snapshot): RoutingSnapshot {
  const ns = svc.metadata.namespace ?? '';
  if (svc.spec?.type === 'ExternalName')
    return { namespace: ns, services: { [svc.metadata.name]: svc }, offline: snap.offline === true, warnings: [...snap.warnings] };
  const routing = { ...common(snap, ns), services: { [svc.metadata.name]: svc } };
  // Without a selector the first round listed every Pod of the namespace.
  const all = !selectorOf(svc) && !snap.offline ? listOf<RoutedPod>(snap, 'pods') : undefined;
  return all && !routing.namespacePods ? { ...routing, namespacePods: [...all] } : routing;
}

// ── Several Services of one namespace (a Gateway route's backends) ────────────────────────────────

/**
 * One batch per namespace instead of a plan per Service: the namespace's Services (a name it lacks is
 * missing), the EndpointSlices of the wanted ones, all Pods, the NetworkPolicies. Keys end in @ns.
 */
export function servicesReads(ns: string, names: readonly string[]): ReadPlan {
  const at = `@${ns}`;
  return {
    [`services${at}`]: list('Service', { namespace: ns }),
    [`slices${at}`]: slicesOf(ns, names),
    [`allPods${at}`]: list('Pod', { namespace: ns }),
    [`networkPolicies${at}`]: list('NetworkPolicy', { namespace: ns }),
  };
}

/** Once the batch is read, the causes it calls for, read once for the namespace (as serviceNext does for one Service). */
export function servicesNext(ns: string, names: readonly string[], snap: Snapshot): ReadPlan {
  const at = `@${ns}`;
  if (!(`allPods${at}` in snap.reads)) return {};
  if (snap.offline) return workloadReads(WORKLOADS, ns, at);
  const services = listOf<Service>(snap, `services${at}`);
  const pods = listOf<RoutedPod>(snap, `allPods${at}`);
  if (!services || !pods) return {};
  const selected = services
    .filter((s) => names.includes(s.metadata.name))
    .map(selectorOf)
    .filter((sel): sel is Record<string, string> => !!sel)
    .map((sel) => pods.filter((p) => mapSelects(sel, p.metadata.labels)));
  return {
    ...(selected.some((p) => p.length === 0) ? workloadReads(REPLICATED, ns, at) : {}),
    ...(selected.some((p) => p.length > 0 && !p.every(isReady)) ? { [`events${at}`]: unhealthy(ns) } : {}),
  };
}

/**
 * The routing snapshot of each wanted Service, by namespace/name, over the batch's shared lists: null when a
 * readable list lacks it; absent when unknown (the list was refused, or offline the files lack it).
 */
export function servicesRouting(ns: string, names: readonly string[], snap: Snapshot): Record<string, RoutingSnapshot | null> {
  const at = `@${ns}`;
  const services = listOf<Service>(snap, `services${at}`);
  if (!services) return {};
  const base = common(snap, ns, at);
  const out: Record<string, RoutingSnapshot | null> = {};
  for (const name of names) {
    const svc = services.find((s) => s.metadata.name === name);
    if (!svc) {
      if (!snap.offline) out[`${ns}/${name}`] = null;
      continue;
    }
    const slices = base.endpointSlices?.filter((e) => e.metadata.labels?.[SERVICE_NAME] === name);
    // Offline, no slice of this Service in the files is unknown, not "none".
    const { endpointSlices: _all, ...rest } = base;
    out[`${ns}/${name}`] = {
      ...rest,
      ...(slices && !(snap.offline && slices.length === 0) ? { endpointSlices: slices } : {}),
      services: { [name]: svc },
    };
  }
  return out;
}

// ── Ingress ────────────────────────────────────────────────────────────────────────────────────

const backendNames = (ing: Ingress) => {
  const spec = ing.spec ?? {};
  return [
    ...new Set(
      [spec.defaultBackend, ...(spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend))]
        .map((b) => b?.service?.name)
        .filter((n): n is string => !!n),
    ),
  ];
};
const tlsNames = (ing: Ingress) => [...new Set((ing.spec?.tls ?? []).map((t) => t.secretName).filter((n): n is string => !!n))];

/** An Ingress: the IngressClasses, the namespace's Services (backends, close names), their slices, Pods, NetworkPolicies, TLS Secrets. */
export function ingressReads(ing: Ingress, ns: string): ReadPlan {
  const names = backendNames(ing);
  return {
    ingressClasses: list('IngressClass'),
    services: list('Service', { namespace: ns }),
    ...(names.length ? { slices: slicesOf(ns, names) } : {}),
    allPods: list('Pod', { namespace: ns }),
    networkPolicies: list('NetworkPolicy', { namespace: ns }),
    ...Object.fromEntries(tlsNames(ing).map((n) => [`tls:${n}`, get('Secret', n, ns)])),
  };
}

/** Offline, the workloads whose templates stand in for Pods. */
export const ingressNext = (snap: Snapshot, ns: string): ReadPlan => (snap.offline ? workloadReads(WORKLOADS, ns) : {});

/** A TLS Secret read as `tls:<name>`: unknown when unreadable or (offline) absent from the files; never its values. */
export function tlsSecretOf(snap: Snapshot, name: string): TlsSecret {
  const s = objectOf<KubeObject>(snap, `tls:${name}`);
  if (s === undefined || (s === null && snap.offline)) return { name, exists: 'unknown' };
  if (s === null) return { name, exists: false };
  return { name, exists: true, ...(typeof s.type === 'string' ? { type: s.type } : {}) };
}

export function ingressRouting(ing: Ingress, snap: Snapshot): RoutingSnapshot {
  const ns = ing.metadata.namespace ?? '';
  const offline = snap.offline === true;
  const services = listOf<Service>(snap, 'services');
  const byName: Record<string, Service | null> = {};
  for (const n of backendNames(ing)) {
    const found = services?.find((s) => s.metadata.name === n);
    // Unknown (403) stays absent; a Service that is not in a readable list is null (missing).
    // Offline, a Service absent from the files may still exist in the cluster: unknown, not missing.
    if (services && (found || !offline)) byName[n] = found ?? null;
  }
  const classes = known<IngressClass>(snap, 'ingressClasses');
  const tlsSecrets = tlsNames(ing).map((name) => tlsSecretOf(snap, name));
  return {
    ...common(snap, ns),
    ingress: ing,
    ...(classes ? { ingressClasses: classes } : {}),
    tlsSecrets,
    services: byName,
    ...(services ? { serviceNames: services.map((s) => s.metadata.name) } : {}),
  };
}
