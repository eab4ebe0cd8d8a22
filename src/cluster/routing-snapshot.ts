// Reads what a dns answer needs, in parallel: the Service (a missing one with close names), the
// EndpointSlices of a headless one, the Corefile. (`trace` and `explain` read through plans run by the
// plan executor: src/routing/read-plans.ts, gateway-plan.ts.) A 403 on a secondary read becomes a
// warning naming the permission, and that part is "unknown". Offline (a ManifestReader), what only a
// cluster knows (endpoints, IPs) stays unknown.
import { ExitCode, KxError, em } from '../errors.js';
import { readWarning } from './errors.js';
import { quoted, type Message } from '../model/message.js';
import type { Reader } from './reader.js';
import { ManifestReader } from './manifests.js';
import type { EndpointSlice, RoutedPod, Service } from '../model/routing.js';
import type { ClusterDomain, DnsSnapshot } from '../model/dns.js';
import { closeNames } from '../text/close-names.js';

const isForbidden = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.forbidden;
const isNotFound = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.notFound;

/** Runs a secondary read; a 403 becomes a warning and undefined. */
export async function optional<T>(warnings: Message[], read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    if (!isForbidden(err)) throw err;
    warnings.push(readWarning(err as KxError));
    return undefined;
  }
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

/** A Service's slices: live always; offline only those the manifests hold (else unknown). */
async function slicesFor(reader: Reader, ns: string, name: string, warnings: Message[]): Promise<EndpointSlice[] | undefined> {
  const list = await optional(warnings, () =>
    reader.list('EndpointSlice', { namespace: ns, labelSelector: `kubernetes.io/service-name=${name}` }),
  );
  if (reader instanceof ManifestReader && list?.length === 0) return undefined;
  return list as unknown as EndpointSlice[] | undefined;
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
      headless ? slicesFor(reader, ns, name, warnings) : Promise.resolve(undefined),
      // Offline they predict the Pods' names; live a headless Service's tell whose Pods get names under it.
      offline
        ? reader.list('StatefulSet', { namespace: ns })
        : headless
          ? optional(warnings, () => reader.list('StatefulSet', { namespace: ns }))
          : [],
    ]);
    return {
      namespace: ns,
      target: { kind: 'Service', service: svc },
      ...(endpointSlices ? { endpointSlices } : {}),
      statefulSets: (statefulSets ?? []).map((s) => {
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
