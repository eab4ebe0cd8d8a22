// What a Gateway API trace reads, as a plan the one plan executor (src/cluster) runs in rounds, and the
// GatewaySnapshot the trace takes, built from what was read. Pure.
// - An HTTPRoute or GRPCRoute (the target): its parent Gateways, the GatewayClasses, and its backends
//   at once (neither needs the other); then namespace labels if a parent's listener selects namespaces.
// - A Gateway (the target): the GatewayClasses and every route (cluster-wide, else its namespace);
//   then the backends of the routes attached to it.
// - A URL (no target object): every Gateway, HTTPRoute and Ingress; then the route and rule the URL
//   reaches and only that rule's backends, or (no Gateway takes it) the Ingress rule it reaches: the
//   IngressClasses, its one backend, the TLS Secret of its host.
// Backends are read as one batch per namespace (src/routing/read-plans.ts), then their causes.
import type { KubeObject } from '../model/kube.js';
import { namespaceLabelsOf } from '../model/labels.js';
import type { Gateway, GatewayClass, GatewaySnapshot, GatewayTraceTarget, ReferenceGrant, Route } from '../model/gateway.js';
import { get, list, listOf, objectOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import { isGatewayParent, parentKey } from './gateway-match.js';
import { selectUrlRoute } from './gateway-url.js';
import { servicesNext, servicesReads, servicesRouting, tlsSecretOf } from './read-plans.js';
import type { Ingress, IngressClass, RoutingSnapshot, Service } from '../model/routing.js';
import { selectIngressRule, type IngressChoice } from './ingress-url.js';

/** The plan of one trace: the reads of its first round, then those the snapshot so far calls for (src/explain/contract.ts). */
export interface TracePlan {
  reads(target: KubeObject, namespace: string): ReadPlan;
  next(snap: Snapshot): ReadPlan;
}

// ── shared with explain (src/explain/gateway-parts.ts) ──────────────────────────────────────────

/** Routes of both kinds, cluster-wide (a listener may take routes from every namespace); `orNamespace` when that is refused. */
export const routeReads = (orNamespace?: string): ReadPlan => {
  const or = orNamespace === undefined ? {} : { orNamespace };
  return { httproutes: list('HTTPRoute', or), grpcroutes: list('GRPCRoute', or) };
};

/** The routes read, each with its kind (list items carry none); undefined when neither list could be read. */
export function routesOf(snap: Snapshot): Route[] | undefined {
  const http = listOf<KubeObject>(snap, 'httproutes');
  const grpc = listOf<KubeObject>(snap, 'grpcroutes');
  if (!http && !grpc) return undefined;
  return [
    ...(http ?? []).map((r) => ({ ...(r as unknown as Route), kind: 'HTTPRoute' as const })),
    ...(grpc ?? []).map((r) => ({ ...(r as unknown as Route), kind: 'GRPCRoute' as const })),
  ];
}

// ── the plan ─────────────────────────────────────────────────────────────────────────────────────

const parentKeys = (r: Route) => [
  ...new Set((r.spec?.parentRefs ?? []).filter(isGatewayParent).map((p) => parentKey(p, r.metadata.namespace ?? ''))),
];
const isService = (b: { group?: string; kind?: string }) => (b.group ?? '') === '' && (b.kind ?? 'Service') === 'Service';

/** The Service backends of these rules of a route: namespace → names, in the order met; and namespaces needing a ReferenceGrant. */
function backendsOf(routes: readonly { route: Route; rules: NonNullable<Route['spec']>['rules'] }[]) {
  const byNs = new Map<string, string[]>();
  const grants = new Set<string>();
  for (const { route, rules } of routes) {
    const routeNs = route.metadata.namespace ?? '';
    for (const b of (rules ?? []).flatMap((rule) => rule.backendRefs ?? []).filter(isService)) {
      const ns = b.namespace ?? routeNs;
      const names = byNs.get(ns) ?? [];
      if (!names.includes(b.name)) byNs.set(ns, [...names, b.name]);
      if (ns !== routeNs) grants.add(ns);
    }
  }
  return { byNs, grants };
}

/** Each backend namespace's batch, then (once read) its causes; the ReferenceGrants of cross-namespace backends. */
function backendReads(snap: Snapshot | undefined, chosen: ReturnType<typeof backendsOf>): ReadPlan {
  const plan: ReadPlan = {};
  for (const [ns, names] of chosen.byNs) Object.assign(plan, servicesReads(ns, names), snap ? servicesNext(ns, names, snap) : {});
  for (const ns of chosen.grants) plan[`grants:${ns}`] = list('ReferenceGrant', { namespace: ns });
  return plan;
}

/** Namespace labels, read only when a Gateway's listener selects namespaces (allowedRoutes.namespaces.from: Selector). */
function labelReads(gateways: readonly (Gateway | null | undefined)[], routes: readonly Route[]): ReadPlan {
  const needed = gateways.some((g) => (g?.spec?.listeners ?? []).some((l) => l.allowedRoutes?.namespaces?.from === 'Selector'));
  if (!needed) return {};
  return Object.fromEntries(
    [...new Set(routes.map((r) => r.metadata.namespace ?? ''))].map((n) => [`namespace:${n}`, get('Namespace', n)]),
  );
}

const allRules = (routes: readonly Route[]) => routes.map((route) => ({ route, rules: route.spec?.rules }));

type UrlTarget = Extract<GatewayTraceTarget, { kind: 'URL' }>;
type RouteTarget = Extract<GatewayTraceTarget, { kind: 'HTTPRoute' | 'GRPCRoute' }>;

export function gatewayTracePlan(target: GatewayTraceTarget): TracePlan {
  if (target.kind === 'URL') return urlPlan(target);
  if (target.kind === 'Gateway') return gatewayPlan(`${target.namespace}/${target.name}`, target.namespace);
  return routePlan(target);
}

function routePlan(target: RouteTarget): TracePlan {
  const routeOf = (o: KubeObject): Route => ({ ...(o as unknown as Route), kind: target.kind });
  const backends = (snap: Snapshot | undefined, route: Route) => backendReads(snap, backendsOf(allRules([route])));
  return {
    reads: (o) => {
      const route = routeOf(o);
      const parents = parentKeys(route).map((key) => {
        const [ns, name] = key.split('/') as [string, string];
        return [`gateway:${key}`, get('Gateway', name, ns)];
      });
      return { classes: list('GatewayClass'), ...Object.fromEntries(parents), ...backends(undefined, route) };
    },
    next: (snap) => {
      const route = routeOf(snap.object);
      const parents = parentKeys(route).map((key) => objectOf<Gateway>(snap, `gateway:${key}`));
      return { ...backends(snap, route), ...labelReads(parents, [route]) };
    },
  };
}

function gatewayPlan(key: string, ns: string): TracePlan {
  return {
    reads: () => ({ classes: list('GatewayClass'), ...routeReads(ns) }),
    next: (snap) => {
      const routes = (routesOf(snap) ?? []).filter((r) => parentKeys(r).includes(key));
      return { ...backendReads(snap, backendsOf(allRules(routes))), ...labelReads([snap.object as unknown as Gateway], routes) };
    },
  };
}

function urlPlan(url: UrlTarget): TracePlan {
  return {
    reads: () => ({
      classes: list('GatewayClass'),
      gateways: list('Gateway', { orNamespace: url.namespace }),
      httproutes: list('HTTPRoute', { orNamespace: url.namespace }),
      ingresses: list('Ingress', { orNamespace: url.namespace }),
    }),
    next: (snap) => {
      const routes = routesOf(snap) ?? [];
      const labels = labelReads(gatewaysListed(snap), routes);
      // The route a URL reaches depends on the labels a listener selects on: read them first.
      if (Object.keys(labels).some((k) => !(k in snap.reads))) return labels;
      const rule = urlRule(url, frame(url, snap));
      if (rule.length) return backendReads(snap, backendsOf(rule));
      const choice = ingressChoice(url, snap);
      return choice ? ingressUrlReads(snap, url, choice) : {};
    },
  };
}

// ── a URL an Ingress takes ───────────────────────────────────────────────────────────────────────

const ingressesListed = (snap: Snapshot) => listOf<Ingress>(snap, 'ingresses');
const ingressChoice = (url: UrlTarget, snap: Snapshot) => selectIngressRule(ingressesListed(snap) ?? [], url.host, url.path);
/** The TLS entry of the Ingress that names the URL's host (a wildcard entry included). */
const tlsFor = (ing: Ingress, host: string) =>
  (ing.spec?.tls ?? []).find((t) =>
    (t.hosts ?? []).some((h) => h.toLowerCase() === host || (h.startsWith('*.') && host.endsWith(h.slice(1)))),
  );

function ingressUrlReads(snap: Snapshot, url: UrlTarget, choice: IngressChoice): ReadPlan {
  const ns = choice.ingress.metadata.namespace ?? url.namespace;
  const name = choice.backend.service?.name;
  // Plain http never meets the certificate.
  const secret = url.scheme === 'http' ? undefined : tlsFor(choice.ingress, url.host)?.secretName;
  return {
    ingressClasses: list('IngressClass'),
    ...(name ? { ...servicesReads(ns, [name]), ...servicesNext(ns, [name], snap) } : {}),
    ...(secret ? { [`tls:${secret}`]: get('Secret', secret, ns) } : {}),
  };
}

/** The routing snapshot of the Ingress rule a URL reaches: its class, TLS Secret and backend Service. */
function ingressUrlRouting(snap: Snapshot, url: UrlTarget, choice: IngressChoice): RoutingSnapshot {
  const ing = choice.ingress;
  const ns = ing.metadata.namespace ?? url.namespace;
  const offline = snap.offline === true;
  const name = choice.backend.service?.name;
  const services = listOf<Service>(snap, `services@${ns}`);
  const backend = name ? servicesRouting(ns, [name], snap)[`${ns}/${name}`] : undefined;
  const classes = listOf<IngressClass>(snap, 'ingressClasses');
  const tls = url.scheme === 'http' ? undefined : tlsFor(ing, url.host);
  const tlsSecrets = tls?.secretName ? [tlsSecretOf(snap, tls.secretName)] : [];
  return {
    ...(backend ?? { namespace: ns, services: {}, offline, warnings: [] }),
    // A Service a readable list lacks is missing (null); unknown when unreadable or, offline, absent from the files.
    ...(name && backend === null ? { services: { [name]: null } } : {}),
    ...(services ? { serviceNames: services.map((s) => s.metadata.name) } : {}),
    ingress: ing,
    ...(classes && !(offline && classes.length === 0) ? { ingressClasses: [...classes] } : {}),
    tlsSecrets,
    warnings: [],
  };
}

/** The one rule a URL reaches (none: no backends to read). */
function urlRule(target: UrlTarget, gsnap: GatewaySnapshot) {
  const choice = selectUrlRoute(gsnap, target.host, target.path);
  return choice ? [{ route: choice.route, rules: [choice.route.spec!.rules![choice.ruleIndex]!] }] : [];
}

const gatewaysListed = (snap: Snapshot) => listOf<Gateway>(snap, 'gateways') ?? [];

// ── the snapshot ─────────────────────────────────────────────────────────────────────────────────

/** The GatewaySnapshot a trace works on, from what the plan read. Offline, what the files lack is unknown, never missing. */
export function gatewayTraceSnapshot(target: GatewayTraceTarget, snap: Snapshot): GatewaySnapshot {
  const gsnap = frame(target, snap);
  const rule = target.kind === 'URL' ? urlRule(target, gsnap) : allRules(gsnap.routes);
  const chosen = backendsOf(rule);
  for (const [ns, names] of chosen.byNs)
    if (`services@${ns}` in snap.reads) Object.assign(gsnap.backends, servicesRouting(ns, names, snap));
  if (target.kind !== 'URL') return gsnap;
  const ingresses = ingressesListed(snap);
  const choice = rule.length ? undefined : ingressChoice(target, snap);
  return {
    ...gsnap,
    ...(ingresses ? { ingresses: [...ingresses] } : {}),
    ...(choice ? { ingressUrl: { choice, routing: ingressUrlRouting(snap, target, choice) } } : {}),
  };
}

/** Everything but the backends. */
function frame(target: GatewayTraceTarget, snap: Snapshot): GatewaySnapshot {
  const offline = snap.offline === true;
  const gateways: Record<string, Gateway | null> = {};
  let routes: Route[];
  if (target.kind === 'HTTPRoute' || target.kind === 'GRPCRoute') {
    const route = { ...(snap.object as unknown as Route), kind: target.kind };
    routes = [route];
    for (const key of parentKeys(route)) {
      const gw = objectOf<Gateway>(snap, `gateway:${key}`);
      // Offline, a Gateway the files lack may exist in the cluster.
      if (gw || (gw === null && !offline)) gateways[key] = gw;
    }
  } else if (target.kind === 'Gateway') {
    const key = `${target.namespace}/${target.name}`;
    gateways[key] = snap.object as unknown as Gateway;
    routes = (routesOf(snap) ?? []).filter((r) => parentKeys(r).includes(key));
  } else {
    for (const g of gatewaysListed(snap)) gateways[`${g.metadata.namespace}/${g.metadata.name}`] = g;
    routes = (listOf<KubeObject>(snap, 'httproutes') ?? []).map((r) => ({ ...(r as unknown as Route), kind: 'HTTPRoute' as const }));
  }

  const gatewayClasses: Record<string, GatewayClass | null> = {};
  const classes = listOf<GatewayClass>(snap, 'classes');
  for (const c of classes ?? []) gatewayClasses[c.metadata.name] = c;
  // A class that a readable list does not hold is missing; offline (or unreadable) it is unknown.
  if (classes && !offline)
    for (const gw of Object.values(gateways)) {
      const n = gw?.spec?.gatewayClassName ?? '';
      if (gw && !(n in gatewayClasses)) gatewayClasses[n] = null;
    }

  const referenceGrants: Record<string, ReferenceGrant[]> = {};
  const namespaceLabels: Record<string, Record<string, string>> = {};
  for (const key of Object.keys(snap.reads)) {
    if (key.startsWith('grants:')) {
      const l = listOf<ReferenceGrant>(snap, key);
      if (l && !(offline && l.length === 0)) referenceGrants[key.slice(7)] = [...l];
    }
    if (key.startsWith('namespace:')) {
      const n = objectOf<KubeObject>(snap, key);
      if (n) namespaceLabels[key.slice(10)] = namespaceLabelsOf(n);
    }
  }

  return {
    target,
    gatewayClasses,
    gateways,
    routes,
    referenceGrants,
    namespaceLabels,
    backends: {},
    offline,
    warnings: [...snap.warnings],
  };
}
