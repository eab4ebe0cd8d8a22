// What a Service or Ingress trace reads, as ReadPlans the plan executor (src/cluster) runs, and the
// RoutingSnapshot the trace engine takes, built from what was read. Pure. A Service: its
// EndpointSlices (label kubernetes.io/service-name), the Pods its selector matches, the
// NetworkPolicies; then only when needed, all Pods and the workloads (a selector matching nothing:
// near misses, scaled to 0) or the Unhealthy events (selected Pods not Ready: the readiness probe).
// Offline (manifest files) reads cost nothing: every workload is read, its Pod template stands in.
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
import { formatLabels } from '../model/labels.js';
import { WORKLOADS, routedWorkloads, templatePods } from '../model/routed-workloads.js';

const SERVICE_NAME = 'kubernetes.io/service-name';
const selectorOf = (svc: Service) => {
  const sel = svc.spec?.selector;
  return sel && Object.keys(sel).length ? sel : undefined;
};
const isReady = (p: RoutedPod) => p.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';

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
  if (snap.offline)
    return {
      allPods: list('Pod', { namespace: ns }),
      ...Object.fromEntries(WORKLOADS.map((k) => [`workload:${k}`, list(k, { namespace: ns })])),
    };
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
      'workload:Deployment': list('Deployment', { namespace: ns }),
      'workload:StatefulSet': list('StatefulSet', { namespace: ns }),
    };
  if (pods.every(isReady)) return {};
  return { events: list('Event', { namespace: ns, fieldSelector: 'involvedObject.kind=Pod,reason=Unhealthy' }) };
}

const workloadsOf = (snap: Snapshot): KubeObject[] | undefined => {
  const keys = Object.keys(snap.reads).filter((k) => k.startsWith('workload:'));
  if (keys.length === 0) return undefined;
  const all = keys.flatMap((k) => listOf(snap, k) ?? []);
  // Offline, a ReplicaSet owned by a Deployment in the same files would double it; keep the Deployment.
  return all.filter(
    (w) => !(w.kind === 'ReplicaSet' && (w.metadata as { ownerReferences?: unknown[] } | undefined)?.ownerReferences?.length),
  );
};

/** Offline, Pod templates of the workloads stand in for Pods; live, the selected Pods or (none selected) all of them. */
function podsOf(snap: Snapshot, workloads: KubeObject[] | undefined): RoutedPod[] | undefined {
  const selected = listOf<RoutedPod>(snap, 'pods');
  const all = listOf<RoutedPod>(snap, 'allPods');
  if (snap.offline) return [...(all ?? selected ?? []), ...templatePods(workloads ?? [])];
  if (selected?.length || !('allPods' in snap.reads)) return selected && [...selected];
  // None selected: all Pods (near misses), unknown when they could not be listed.
  return all && [...all];
}

/** Offline, a list the files lack is unknown, not empty. */
const known = <T>(snap: Snapshot, key: string): T[] | undefined => {
  const l = listOf<T>(snap, key);
  return l === undefined || (snap.offline && l.length === 0) ? undefined : [...l];
};

const common = (snap: Snapshot, ns: string) => {
  const workloads = workloadsOf(snap);
  const pods = podsOf(snap, workloads);
  const slices = known<EndpointSlice>(snap, 'slices');
  const networkPolicies = listOf<NetworkPolicy>(snap, 'networkPolicies');
  const events = listOf<RoutedEvent>(snap, 'events');
  const elsewhere = listOf<RoutedPod>(snap, 'elsewhere')?.filter((p) => p.metadata.namespace !== ns);
  const services = new Set(listOf<Service>(snap, 'namespaceServices')?.map((s) => s.metadata.name));
  // Slices of Services that exist are theirs; unknown Services (unreadable) leave nothing to suggest.
  const namespaceSlices =
    'namespaceServices' in snap.reads && listOf(snap, 'namespaceServices') === undefined
      ? undefined
      : listOf<EndpointSlice>(snap, 'namespaceSlices')?.filter((s) => !services.has(s.metadata.labels?.[SERVICE_NAME] ?? ''));
  return {
    namespace: ns,
    ...(slices ? { endpointSlices: slices } : {}),
    ...(pods ? { pods } : {}),
    ...(workloads ? { workloads: routedWorkloads(workloads) } : {}),
    ...(events ? { events: [...events] } : {}),
    ...(elsewhere ? { podsElsewhere: elsewhere } : {}),
    ...(namespaceSlices ? { namespaceSlices: [...namespaceSlices] } : {}),
    ...(networkPolicies ? { networkPolicies: [...networkPolicies] } : {}),
    offline: snap.offline === true,
    warnings: [...snap.warnings],
  };
};

/** The RoutingSnapshot of a Service trace from what serviceReads/serviceNext read. */
export function serviceRouting(svc: Service, snap: Snapshot): RoutingSnapshot {
  const ns = svc.metadata.namespace ?? '';
  if (svc.spec?.type === 'ExternalName')
    return { namespace: ns, services: { [svc.metadata.name]: svc }, offline: snap.offline === true, warnings: [...snap.warnings] };
  return { ...common(snap, ns), services: { [svc.metadata.name]: svc } };
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
    ...(names.length
      ? {
          slices: list('EndpointSlice', {
            namespace: ns,
            labelSelector: names.length === 1 ? `${SERVICE_NAME}=${names[0]}` : `${SERVICE_NAME} in (${names.join(',')})`,
          }),
        }
      : {}),
    allPods: list('Pod', { namespace: ns }),
    networkPolicies: list('NetworkPolicy', { namespace: ns }),
    ...Object.fromEntries(tlsNames(ing).map((n) => [`tls:${n}`, get('Secret', n, ns)])),
  };
}

/** Offline, the workloads whose templates stand in for Pods. */
export const ingressNext = (snap: Snapshot, ns: string): ReadPlan =>
  snap.offline ? Object.fromEntries(WORKLOADS.map((k) => [`workload:${k}`, list(k, { namespace: ns })])) : {};

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
  const tlsSecrets: TlsSecret[] = tlsNames(ing).map((name) => {
    const s = objectOf<KubeObject>(snap, `tls:${name}`);
    if (s === undefined || (s === null && offline)) return { name, exists: 'unknown' };
    if (s === null) return { name, exists: false };
    return { name, exists: true, ...(typeof s.type === 'string' ? { type: s.type } : {}) };
  });
  return {
    ...common(snap, ns),
    ingress: ing,
    ...(classes ? { ingressClasses: classes } : {}),
    tlsSecrets,
    services: byName,
    ...(services ? { serviceNames: services.map((s) => s.metadata.name) } : {}),
  };
}
