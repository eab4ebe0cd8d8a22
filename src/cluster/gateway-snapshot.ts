// Reads what a Gateway API trace needs, in parallel where it can: the route (or the Gateway, or for
// a URL every Gateway and HTTPRoute), the parent Gateways, the GatewayClasses, the ReferenceGrants
// of the backends' namespaces, namespace labels when a listener selects namespaces, and the
// Service routing snapshot of every backendRef. A 403 on a secondary read becomes a warning and
// "unknown"; offline (manifest files), what the files lack is unknown, never "missing".
import { ExitCode, KxError } from '../errors.js';
import { readWarning } from './errors.js';
import type { Message } from '../model/message.js';
import type { KubeObject, Reader } from './reader.js';
import { ManifestReader } from './manifests.js';
import type { Gateway, GatewayClass, GatewaySnapshot, GatewayTraceTarget, ReferenceGrant, Route } from '../model/gateway.js';
import type { RoutingSnapshot } from '../model/routing.js';
import { corefile, fetchServiceRouting, fetchServicesRouting } from './routing-snapshot.js';
import type { ClusterDomain, DnsSnapshot } from '../model/dns.js';
import type { Service } from '../model/routing.js';

const isForbidden = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.forbidden;
const isNotFound = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.notFound;
const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** A get whose 404 is null (offline: undefined, the cluster may have it) and whose 403 is a warning and undefined. */
async function getOrNull<T>(
  reader: Reader,
  kind: string,
  name: string,
  ns: string | undefined,
  warnings: Message[],
): Promise<T | null | undefined> {
  try {
    return (await reader.get(kind, name, ns)) as unknown as T;
  } catch (err) {
    if (isNotFound(err)) return reader instanceof ManifestReader ? undefined : null;
    if (isForbidden(err)) {
      warnings.push(readWarning(err as KxError));
      return undefined;
    }
    throw err;
  }
}

async function listOrUndefined(
  reader: Reader,
  kind: string,
  ns: string | undefined,
  warnings: Message[],
): Promise<KubeObject[] | undefined> {
  try {
    return await reader.list(kind, ns ? { namespace: ns } : {});
  } catch (err) {
    if (!isForbidden(err)) throw err;
    warnings.push(readWarning(err as KxError));
    return undefined;
  }
}

/** Cluster-wide when allowed, else the namespace given (a Role is often all a user has). */
async function listWide(reader: Reader, kind: string, ns: string, warnings: Message[]): Promise<KubeObject[]> {
  if (reader instanceof ManifestReader) return reader.list(kind);
  try {
    return await reader.list(kind);
  } catch (err) {
    if (!isForbidden(err)) throw err;
    warnings.push(readWarning(err as KxError));
    return (await listOrUndefined(reader, kind, ns, warnings)) ?? [];
  }
}

const parentKeys = (r: Route) =>
  (r.spec?.parentRefs ?? [])
    .filter((p) => (p.group ?? GATEWAY_GROUP) === GATEWAY_GROUP && (p.kind ?? 'Gateway') === 'Gateway')
    .map((p) => `${p.namespace ?? r.metadata.namespace}/${p.name}`);

export async function fetchGatewayRouting(reader: Reader, target: GatewayTraceTarget): Promise<GatewaySnapshot> {
  const warnings: Message[] = [];
  const offline = reader instanceof ManifestReader;
  const gateways: Record<string, Gateway | null> = {};
  let routes: Route[];

  // A route's parent Gateways are read alongside its backends (neither needs the other): one round trip fewer.
  let parents: Promise<void> = Promise.resolve();
  if (target.kind === 'HTTPRoute' || target.kind === 'GRPCRoute') {
    const route = (await reader.get(target.kind, target.name, target.namespace)) as unknown as Route;
    route.kind = target.kind;
    routes = [route];
    parents = Promise.all(
      [...new Set(parentKeys(route))].map(async (key) => {
        const [ns, name] = key.split('/') as [string, string];
        const gw = await getOrNull<Gateway>(reader, 'Gateway', name, ns, warnings);
        if (gw !== undefined) gateways[key] = gw;
      }),
    ).then(() => undefined);
  } else if (target.kind === 'Gateway') {
    const gw = (await reader.get('Gateway', target.name, target.namespace)) as unknown as Gateway;
    const key = `${target.namespace}/${target.name}`;
    gateways[key] = gw;
    const lists = await Promise.all(['HTTPRoute', 'GRPCRoute'].map((k) => listWide(reader, k, target.namespace, warnings)));
    routes = withKinds(lists).filter((r) => parentKeys(r).includes(key));
  } else {
    const [gws, http] = await Promise.all([
      listWide(reader, 'Gateway', target.namespace, warnings),
      listWide(reader, 'HTTPRoute', target.namespace, warnings),
    ]);
    for (const g of gws as unknown as Gateway[]) gateways[`${g.metadata.namespace}/${g.metadata.name}`] = g;
    routes = withKinds([http, []]);
  }

  const routeNamespaces = [...new Set(routes.map((r) => r.metadata.namespace ?? target.namespace))];
  const backendRefs = routes.flatMap((r) =>
    (r.spec?.rules ?? []).flatMap((rule) =>
      (rule.backendRefs ?? [])
        .filter((b) => (b.group ?? '') === '' && (b.kind ?? 'Service') === 'Service')
        .map((b) => ({ ns: b.namespace ?? r.metadata.namespace ?? target.namespace, name: b.name, routeNs: r.metadata.namespace })),
    ),
  );
  const grantNamespaces = [...new Set(backendRefs.filter((b) => b.ns !== b.routeNs).map((b) => b.ns))];
  const services = [...new Set(backendRefs.map((b) => `${b.ns}/${b.name}`))];
  // Namespace labels matter only when a listener selects namespaces: known once the parents are read.
  const labelsOnceParentsRead = parents.then(() => {
    const needsLabels = Object.values(gateways).some((g) =>
      (g?.spec?.listeners ?? []).some((l) => l.allowedRoutes?.namespaces?.from === 'Selector'),
    );
    return needsLabels ? namespaceLabels(reader, routeNamespaces, warnings) : {};
  });

  const [classes, labels, grants, backends] = await Promise.all([
    listOrUndefined(reader, 'GatewayClass', undefined, warnings),
    labelsOnceParentsRead,
    Promise.all(grantNamespaces.map(async (ns) => [ns, await listOrUndefined(reader, 'ReferenceGrant', ns, warnings)] as const)),
    backendsByNamespace(reader, services, warnings),
  ]);
  const present = Object.values(gateways).filter((g): g is Gateway => !!g);

  const gatewayClasses: Record<string, GatewayClass | null> = {};
  const wanted = new Set(present.map((g) => g.spec?.gatewayClassName ?? ''));
  for (const c of (classes ?? []) as unknown as GatewayClass[]) gatewayClasses[c.metadata.name] = c;
  // A class that a readable list does not hold is missing; offline (or unreadable) it is unknown.
  if (classes && !(offline && classes.length === 0))
    for (const n of wanted) if (!(n in gatewayClasses) && !offline) gatewayClasses[n] = null;

  const referenceGrants: Record<string, ReferenceGrant[]> = {};
  for (const [ns, list] of grants) if (list && !(offline && list.length === 0)) referenceGrants[ns] = list as unknown as ReferenceGrant[];
  const backendMap: Record<string, RoutingSnapshot | null> = {};
  for (const [key, snap] of backends) {
    if (snap === undefined) continue;
    backendMap[key] = snap;
    if (snap) warnings.push(...snap.warnings);
  }
  return {
    target,
    gatewayClasses,
    gateways,
    routes,
    referenceGrants,
    namespaceLabels: labels,
    backends: backendMap,
    offline,
    // Backends share lists: the same refusal is reported once.
    warnings: [...new Map(warnings.map((w) => [JSON.stringify(w), w])).values()],
  };
}

function withKinds([http, grpc]: KubeObject[][]): Route[] {
  return [
    ...(http ?? []).map((r) => ({ ...(r as unknown as Route), kind: 'HTTPRoute' as const })),
    ...(grpc ?? []).map((r) => ({ ...(r as unknown as Route), kind: 'GRPCRoute' as const })),
  ];
}

async function namespaceLabels(reader: Reader, names: string[], warnings: Message[]): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  await Promise.all(
    names.map(async (n) => {
      const ns = await getOrNull<KubeObject>(reader, 'Namespace', n, undefined, warnings);
      // Every namespace carries kubernetes.io/metadata.name; files rarely say so.
      if (ns) out[n] = { 'kubernetes.io/metadata.name': n, ...((ns.metadata as { labels?: Record<string, string> }).labels ?? {}) };
    }),
  );
  return out;
}

/** Live: one set of lists per backend namespace; offline: per Service from the files. */
async function backendsByNamespace(
  reader: Reader,
  keys: string[],
  warnings: Message[],
): Promise<(readonly [string, RoutingSnapshot | null | undefined])[]> {
  if (reader instanceof ManifestReader) return Promise.all(keys.map(async (key) => [key, await backend(reader, key, warnings)] as const));
  const byNs = new Map<string, string[]>();
  for (const key of keys) {
    const [ns, name] = key.split('/') as [string, string];
    byNs.set(ns, [...(byNs.get(ns) ?? []), name]);
  }
  const parts = await Promise.all(
    [...byNs].map(async ([ns, names]) => {
      try {
        const snaps = await fetchServicesRouting(reader, ns, names);
        return names.map((n) => [`${ns}/${n}`, snaps[n]] as const);
      } catch (err) {
        if (!isForbidden(err)) throw err;
        warnings.push(readWarning(err as KxError));
        return names.map((n) => [`${ns}/${n}`, undefined] as const);
      }
    }),
  );
  return parts.flat();
}

/** The Service routing snapshot of a backend: null when the Service does not exist, undefined when unknown. */
async function backend(reader: Reader, key: string, warnings: Message[]): Promise<RoutingSnapshot | null | undefined> {
  const [ns, name] = key.split('/') as [string, string];
  try {
    return await fetchServiceRouting(reader, name, ns);
  } catch (err) {
    if (isNotFound(err)) return reader instanceof ManifestReader ? undefined : null;
    if (!isForbidden(err)) throw err;
    warnings.push(readWarning(err as KxError));
    return undefined;
  }
}

/**
 * What `dns gateway/NAME` reads: the Gateway, the cluster domain (CoreDNS's Corefile), and the
 * Services an in-cluster implementation made for it in its namespace (GEP-1762 labels them
 * gateway.networking.k8s.io/gateway-name=NAME; the label holds no namespace, so one elsewhere may
 * belong to a Gateway of the same name). Unreadable, or none in the files offline: unknown.
 */
export async function fetchGatewayDns(
  reader: Reader,
  name: string,
  ns: string,
  chooseDomain: (corefile: string | undefined) => ClusterDomain,
  from?: string,
): Promise<DnsSnapshot> {
  const warnings: Message[] = [];
  const offline = reader instanceof ManifestReader;
  const gateway = (await reader.get('Gateway', name, ns)) as unknown as Gateway;
  const gwns = gateway.metadata.namespace ?? ns;
  const [cf, services] = await Promise.all([
    corefile(reader),
    (async () => {
      try {
        return await reader.list('Service', { namespace: gwns, labelSelector: `gateway.networking.k8s.io/gateway-name=${name}` });
      } catch (err) {
        if (!isForbidden(err)) throw err;
        warnings.push(readWarning(err as KxError));
        return undefined;
      }
    })(),
  ]);
  return {
    namespace: gwns,
    target: {
      kind: 'Gateway',
      gateway,
      ...(services && !(offline && services.length === 0) ? { services: services as unknown as Service[] } : {}),
    },
    domain: chooseDomain(cf),
    ...(from ? { from } : {}),
    offline,
    warnings,
  };
}
