// Reads what a Gateway backend's Service trace or a dns answer needs, in parallel: the Service, its
// EndpointSlices (by the kubernetes.io/service-name label), the Pods, NetworkPolicies. (`trace` and
// `explain` of a Service or Ingress read through their explainers' plans: src/routing/read-plans.ts.) A 403 on
// a secondary read becomes a warning naming the permission, and that part is "unknown". Offline
// (a ManifestReader), workload Pod templates stand in for Pods and what only a cluster knows
// (readiness, endpoints, IPs) stays unknown.
import { ExitCode, KxError, em } from '../errors.js';
import { readWarning } from './errors.js';
import { quoted, type Message } from '../model/message.js';
import type { KubeObject, ListOptions, Reader } from './reader.js';
import { ManifestReader } from './manifests.js';
import type { EndpointSlice, NetworkPolicy, RoutedEvent, RoutedPod, RoutedWorkload, RoutingSnapshot, Service } from '../model/routing.js';
import type { ClusterDomain, DnsSnapshot } from '../model/dns.js';
import { formatLabels, mapSelects } from '../model/labels.js';
import { closeNames } from '../text/close-names.js';
import { WORKLOADS, routedWorkloads, templatePods } from '../model/routed-workloads.js';

export { routedWorkloads, templatePods };

const isForbidden = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.forbidden;
const isNotFound = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.notFound;

/** Runs a secondary read; a 403 becomes a warning and undefined. */
async function optional<T>(warnings: Message[], read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    if (!isForbidden(err)) throw err;
    warnings.push(readWarning(err as KxError));
    return undefined;
  }
}

async function offlineWorkloads(reader: ManifestReader, ns: string): Promise<KubeObject[]> {
  const workloads = (await Promise.all(WORKLOADS.map((k) => reader.list(k, { namespace: ns })))).flat();
  // A ReplicaSet owned by a Deployment in the same files would double it; keep the Deployment.
  return workloads.filter(
    (w) => !(w.kind === 'ReplicaSet' && (w.metadata as { ownerReferences?: unknown[] } | undefined)?.ownerReferences?.length),
  );
}

async function offlinePods(reader: ManifestReader, ns: string): Promise<RoutedPod[]> {
  const pods = (await reader.list('Pod', { namespace: ns })) as unknown as RoutedPod[];
  return [...pods, ...templatePods(await offlineWorkloads(reader, ns))];
}

/**
 * What else explains a selector's result, read only when it is needed: the workloads when no Pod
 * matches (scaled to 0, labels on the wrong object), and the Unhealthy events when a selected Pod
 * is not Ready (the readiness probe's failure). Live, at most one or two more requests.
 */
async function causes(
  reader: Reader,
  ns: string,
  selector: Record<string, string> | undefined,
  pods: RoutedPod[] | undefined,
  warnings: Message[],
): Promise<{ workloads?: RoutedWorkload[]; events?: RoutedEvent[] }> {
  if (reader instanceof ManifestReader) return { workloads: routedWorkloads(await offlineWorkloads(reader, ns)) };
  if (!pods || !selector || Object.keys(selector).length === 0) return {};
  const selected = pods.filter((p) => mapSelects(selector, p.metadata.labels));
  if (selected.length === 0) {
    const lists = await Promise.all(['Deployment', 'StatefulSet'].map((k) => optional(warnings, () => reader.list(k, { namespace: ns }))));
    return { workloads: routedWorkloads(lists.flatMap((l) => l ?? [])) };
  }
  const notReady = selected.some((p) => p.status?.conditions?.find((c) => c.type === 'Ready')?.status !== 'True');
  if (!notReady) return {};
  const events = await optional(warnings, () =>
    reader.list('Event', { namespace: ns, fieldSelector: 'involvedObject.kind=Pod,reason=Unhealthy' }),
  );
  return events ? { events: events as unknown as RoutedEvent[] } : {};
}

/** The Service, or a notFound error that suggests close names from the namespace. */
export async function getService(reader: Reader, name: string, ns: string): Promise<Service> {
  try {
    return (await reader.get('Service', name, ns)) as unknown as Service;
  } catch (err) {
    if (!isNotFound(err)) throw err;
    const names = await reader.list('Service', { namespace: ns }).then(
      (l) => l.map((s) => s.metadata?.name ?? ''),
      () => [] as string[],
    );
    const near = closeNames(name, names);
    throw new KxError(
      em['service.notFound']({ name: quoted(name), ns: quoted(ns) }),
      ExitCode.notFound,
      near.length
        ? em.near({ near })
        : names.length
          ? em['service.list']({ ns, names: names.slice(0, 8) })
          : em['service.none']({ ns: quoted(ns) }),
      { cause: err },
    );
  }
}

const sliceOptions = (ns: string, names: string[]): ListOptions => ({
  namespace: ns,
  labelSelector: names.length === 1 ? `kubernetes.io/service-name=${names[0]}` : `kubernetes.io/service-name in (${names.join(',')})`,
});

/** Slices: live always; offline only those the manifests hold (else unknown). */
async function slicesFor(reader: Reader, ns: string, names: string[], warnings: Message[]): Promise<EndpointSlice[] | undefined> {
  if (names.length === 0) return [];
  const list = await optional(warnings, () => reader.list('EndpointSlice', sliceOptions(ns, names)));
  if (reader instanceof ManifestReader && list?.length === 0) return undefined;
  return list as unknown as EndpointSlice[] | undefined;
}

async function podsFor(
  reader: Reader,
  ns: string,
  selectors: (Record<string, string> | undefined)[],
  warnings: Message[],
): Promise<RoutedPod[] | undefined> {
  if (reader instanceof ManifestReader) return offlinePods(reader, ns);
  // One selector: ask the server for the matching Pods; all Pods only when none match (near misses).
  const only = selectors.length === 1 && selectors[0] && Object.keys(selectors[0]).length ? selectors[0] : undefined;
  if (only) {
    const matched = await optional(warnings, () => reader.list('Pod', { namespace: ns, labelSelector: formatLabels(only) }));
    if (matched === undefined || matched.length > 0) return matched as unknown as RoutedPod[] | undefined;
  }
  return (await optional(warnings, () => reader.list('Pod', { namespace: ns }))) as unknown as RoutedPod[] | undefined;
}

export async function fetchServiceRouting(reader: Reader, name: string, ns: string): Promise<RoutingSnapshot> {
  const svc = await getService(reader, name, ns);
  const warnings: Message[] = [];
  const offline = reader instanceof ManifestReader;
  const selector = svc.spec?.selector;
  const external = svc.spec?.type === 'ExternalName';
  const [endpointSlices, [pods, extra], networkPolicies] = await Promise.all([
    external ? Promise.resolve([] as EndpointSlice[]) : slicesFor(reader, ns, [name], warnings),
    external
      ? Promise.resolve([[] as RoutedPod[], {}] as const)
      : podsFor(reader, ns, [selector], warnings).then(async (p) => [p, await causes(reader, ns, selector, p, warnings)] as const),
    optional(warnings, () => reader.list('NetworkPolicy', { namespace: ns })) as Promise<NetworkPolicy[] | undefined>,
  ]);
  return {
    namespace: ns,
    services: { [name]: svc },
    ...(endpointSlices ? { endpointSlices } : {}),
    ...(pods ? { pods } : {}),
    ...extra,
    ...(networkPolicies ? { networkPolicies } : {}),
    offline,
    warnings,
  };
}

/**
 * Several Services of one namespace (the backends of a Gateway route), read together: one list each
 * of Services, their EndpointSlices, Pods and NetworkPolicies for the namespace instead of four
 * requests per Service. Each Service gets its own snapshot over the shared lists; a name the
 * Service list lacks is null. Causes (workloads, Unhealthy events) are read once, when one needs them.
 */
export async function fetchServicesRouting(reader: Reader, ns: string, names: string[]): Promise<Record<string, RoutingSnapshot | null>> {
  const warnings: Message[] = [];
  const [services, endpointSlices, pods, networkPolicies] = await Promise.all([
    reader.list('Service', { namespace: ns }) as unknown as Promise<Service[]>,
    slicesFor(reader, ns, names, warnings),
    optional(warnings, () => reader.list('Pod', { namespace: ns })) as Promise<RoutedPod[] | undefined>,
    optional(warnings, () => reader.list('NetworkPolicy', { namespace: ns })) as Promise<NetworkPolicy[] | undefined>,
  ]);
  const wanted = services.filter((s) => names.includes(s.metadata.name));
  const selectors = wanted
    .map((s) => s.spec?.selector)
    .filter((sel): sel is Record<string, string> => !!sel && Object.keys(sel).length > 0);
  const extra: { workloads?: RoutedWorkload[]; events?: RoutedEvent[] } = {};
  for (const sel of selectors) {
    const found = await causes(reader, ns, sel, pods, warnings);
    if (found.workloads && !extra.workloads) extra.workloads = found.workloads;
    if (found.events && !extra.events) extra.events = found.events;
  }
  const out: Record<string, RoutingSnapshot | null> = {};
  for (const name of names) {
    const svc = wanted.find((s) => s.metadata.name === name);
    out[name] = svc
      ? {
          namespace: ns,
          services: { [name]: svc },
          ...(endpointSlices
            ? { endpointSlices: endpointSlices.filter((e) => e.metadata.labels?.['kubernetes.io/service-name'] === name) }
            : {}),
          ...(pods ? { pods } : {}),
          ...extra,
          ...(networkPolicies ? { networkPolicies } : {}),
          offline: false,
          warnings,
        }
      : null;
  }
  return out;
}

/** The Corefile of kube-system/coredns, when it can be read (absent, 403: undefined). */
export async function corefile(reader: Reader): Promise<string | undefined> {
  try {
    const cm = await reader.get('ConfigMap', 'coredns', 'kube-system');
    const data = cm.data as Record<string, string> | undefined;
    return data?.Corefile;
  } catch (err) {
    if (isNotFound(err) || isForbidden(err)) return undefined;
    throw err;
  }
}

export async function fetchDns(
  reader: Reader,
  kind: 'Service' | 'Pod',
  name: string,
  ns: string,
  /** Picks the cluster domain from CoreDNS's Corefile (when readable): src/routing's rule, passed by the caller. */
  chooseDomain: (corefile: string | undefined) => ClusterDomain,
  from?: string,
): Promise<DnsSnapshot> {
  const warnings: Message[] = [];
  const offline = reader instanceof ManifestReader;
  if (kind === 'Service') {
    const svc = await getService(reader, name, ns);
    const headless = svc.spec?.clusterIP === 'None';
    const [cf, endpointSlices, statefulSets] = await Promise.all([
      corefile(reader),
      headless ? slicesFor(reader, ns, [name], warnings) : Promise.resolve(undefined),
      offline ? reader.list('StatefulSet', { namespace: ns }) : Promise.resolve([]),
    ]);
    return {
      namespace: ns,
      target: { kind: 'Service', service: svc },
      ...(endpointSlices ? { endpointSlices } : {}),
      statefulSets: statefulSets.map((s) => {
        const spec = s.spec as
          { serviceName?: string; replicas?: number; template?: { metadata?: { labels?: Record<string, string> } } } | undefined;
        return {
          name: s.metadata?.name ?? '',
          ...(spec?.serviceName ? { serviceName: spec.serviceName } : {}),
          replicas: spec?.replicas ?? 1,
          labels: spec?.template?.metadata?.labels ?? {},
        };
      }),
      domain: chooseDomain(cf),
      ...(from ? { from } : {}),
      offline,
      warnings,
    };
  }
  const pod = (await reader.get('Pod', name, ns)) as unknown as RoutedPod;
  const [cf, services] = await Promise.all([
    corefile(reader),
    optional(warnings, () => reader.list('Service', { namespace: ns })) as Promise<Service[] | undefined>,
  ]);
  return {
    namespace: ns,
    target: { kind: 'Pod', pod },
    ...(services ? { services } : {}),
    domain: chooseDomain(cf),
    offline,
    warnings,
  };
}
