// What `dns` reads, as a plan the one plan executor (src/cluster) runs, and the DnsSnapshot built from
// what was read. Pure. The target is read first (a missing Service with close names), then at once:
// - the Corefile of kube-system/coredns, for the cluster domain (absent or unreadable: assumed);
// - a Service: a headless one's EndpointSlices and the StatefulSets whose serviceName names Pods under
//   it (offline the StatefulSets predict Pod names, so they are read for any Service);
// - a Pod: the Services of its namespace (a headless one with its subdomain gives it a name);
// - a Gateway: the Services an in-cluster implementation made for it (GEP-1762 labels them
//   gateway.networking.k8s.io/gateway-name=NAME; the label holds no namespace).
// Offline (-f), a list the files lack is unknown, not empty.
import type { KubeObject } from '../model/kube.js';
import type { ClusterDomain, DnsSnapshot } from '../model/dns.js';
import type { Gateway } from '../model/gateway.js';
import type { EndpointSlice, RoutedPod, Service } from '../model/routing.js';
import { get, list, listOf, objectOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';

export type DnsTargetKind = 'Service' | 'Pod' | 'Gateway';

const corefileRead = get('ConfigMap', 'coredns', 'kube-system');

export function dnsPlan(kind: DnsTargetKind, offline: boolean): { reads(target: KubeObject, namespace: string): ReadPlan } {
  return {
    reads(target, ns) {
      const name = (target.metadata?.name as string | undefined) ?? '';
      if (kind === 'Pod') return { corefile: corefileRead, services: list('Service', { namespace: ns }) };
      if (kind === 'Gateway')
        return {
          corefile: corefileRead,
          services: list('Service', { namespace: ns, labelSelector: `gateway.networking.k8s.io/gateway-name=${name}` }),
        };
      const headless = (target as unknown as Service).spec?.clusterIP === 'None';
      return {
        corefile: corefileRead,
        endpointSlices: headless
          ? list('EndpointSlice', { namespace: ns, labelSelector: `kubernetes.io/service-name=${name}` })
          : undefined,
        statefulSets: headless || offline ? list('StatefulSet', { namespace: ns }) : undefined,
      };
    },
  };
}

/** A list the manifests do not hold is unknown offline; live, an empty list is an answer. */
const known = <T>(items: readonly T[] | undefined, offline: boolean): readonly T[] | undefined =>
  offline && items?.length === 0 ? undefined : items;

export function dnsSnapshot(
  kind: DnsTargetKind,
  snap: Snapshot,
  namespace: string,
  /** Picks the cluster domain from CoreDNS's Corefile (src/routing/cluster-domain.ts, with the --cluster-domain flag). */
  chooseDomain: (corefile: string | undefined) => ClusterDomain,
  from?: string,
): DnsSnapshot {
  const offline = !!snap.offline;
  const corefile = (objectOf<KubeObject>(snap, 'corefile')?.data as Record<string, string> | undefined)?.Corefile;
  const common = { namespace, domain: chooseDomain(corefile), offline, warnings: [...snap.warnings] };
  if (kind === 'Pod') {
    const services = listOf<Service>(snap, 'services');
    return {
      ...common,
      target: { kind: 'Pod', pod: snap.object as unknown as RoutedPod },
      ...(services ? { services: [...services] } : {}),
    };
  }
  if (kind === 'Gateway') {
    const services = known(listOf<Service>(snap, 'services'), offline);
    return {
      ...common,
      target: { kind: 'Gateway', gateway: snap.object as unknown as Gateway, ...(services ? { services: [...services] } : {}) },
      ...(from ? { from } : {}),
    };
  }
  const endpointSlices = known(listOf<EndpointSlice>(snap, 'endpointSlices'), offline);
  return {
    ...common,
    target: { kind: 'Service', service: snap.object as unknown as Service },
    ...(endpointSlices ? { endpointSlices: [...endpointSlices] } : {}),
    statefulSets: (listOf<KubeObject>(snap, 'statefulSets') ?? []).map((s) => {
      const spec = s.spec as
        { serviceName?: string; replicas?: number; template?: { metadata?: { labels?: Record<string, string> } } } | undefined;
      return {
        name: (s.metadata?.name as string | undefined) ?? '',
        ...(spec?.serviceName ? { serviceName: spec.serviceName } : {}),
        replicas: spec?.replicas ?? 1,
        labels: spec?.template?.metadata?.labels ?? {},
      };
    }),
    ...(from ? { from } : {}),
  };
}
