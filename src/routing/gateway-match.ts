// Gateway API semantics a trace needs, as the spec (v1.6, standard channel) defines them: conditions
// by type with their observedGeneration, which listeners a parentRef names, whether a listener
// allows a route (namespace and kind), hostname intersection (wildcards are suffix matches), the
// ReferenceGrant that permits a cross-namespace backend, and URL matching with the spec's
// precedence. Pure.
import type {
  BackendRef,
  Condition,
  Gateway,
  GatewayMeta,
  Listener,
  ParentReference,
  ReferenceGrant,
  Route,
  RouteMatch,
} from '../model/gateway.js';
import { selectorMatches } from './selectors.js';

export const GROUP = 'gateway.networking.k8s.io';

export interface ConditionState {
  condition?: Condition;
  /** The controller wrote it for an older generation of the object. */
  stale: boolean;
  /** The API server's default (status Unknown, reason Pending): no controller has written it. */
  pending: boolean;
}

/** A condition by type, and whether it is current (observedGeneration) or only the CRD's default. */
export function conditionOf(conditions: readonly Condition[] | undefined, type: string, meta: GatewayMeta): ConditionState {
  const condition = (conditions ?? []).find((c) => c.type === type);
  const stale =
    condition?.observedGeneration !== undefined && meta.generation !== undefined && condition.observedGeneration < meta.generation;
  const pending = !condition || (condition.status === 'Unknown' && condition.reason === 'Pending');
  return { ...(condition ? { condition } : {}), stale, pending };
}

/** Everything the parentRef defaults to: group gateway.networking.k8s.io, kind Gateway, the route's namespace. */
export function parentKey(p: ParentReference, routeNs: string): string {
  return `${p.namespace ?? routeNs}/${p.name}`;
}

export const isGatewayParent = (p: ParentReference) => (p.group ?? GROUP) === GROUP && (p.kind ?? 'Gateway') === 'Gateway';

/** The listeners a parentRef names: by sectionName, by port, or all of them. */
export function listenersOf(gw: Gateway, p: ParentReference): Listener[] {
  return (gw.spec?.listeners ?? []).filter(
    (l) => (p.sectionName === undefined || l.name === p.sectionName) && (p.port === undefined || l.port === p.port),
  );
}

/** Route kinds a listener accepts when allowedRoutes.kinds is empty, by protocol (what implementations support). */
function defaultKinds(protocol: string): string[] {
  return protocol === 'HTTP' || protocol === 'HTTPS' ? ['HTTPRoute', 'GRPCRoute'] : protocol === 'TLS' ? ['TLSRoute'] : [];
}

export type Allowance = { allowed: true } | { allowed: false; why: 'namespace' | 'kind' } | { allowed: 'unknown' };

/** Whether the listener lets a route of this kind in this namespace attach (allowedRoutes). */
export function listenerAllows(
  l: Listener,
  gatewayNs: string,
  route: Route,
  namespaceLabels: Record<string, Record<string, string>>,
): Allowance {
  const kinds = l.allowedRoutes?.kinds?.length ? l.allowedRoutes.kinds.map((k) => k.kind) : defaultKinds(l.protocol);
  if (!kinds.includes(route.kind)) return { allowed: false, why: 'kind' };
  const ns = route.metadata.namespace ?? '';
  const from = l.allowedRoutes?.namespaces?.from ?? 'Same';
  if (from === 'All') return { allowed: true };
  if (from === 'Same') return ns === gatewayNs ? { allowed: true } : { allowed: false, why: 'namespace' };
  const labels = namespaceLabels[ns];
  if (!labels) return { allowed: 'unknown' };
  return selectorMatches(l.allowedRoutes?.namespaces?.selector ?? {}, labels) ? { allowed: true } : { allowed: false, why: 'namespace' };
}

/** Whether `host` (no wildcard) is matched by `pattern` (exact, or *.suffix matching one or more labels). */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && h.length > p.length - 1;
  return p === h;
}

/**
 * The hostnames a route serves through a listener: the intersection of the listener's hostname
 * and the route's hostnames. undefined = any host (neither restricts); [] = no intersection.
 */
export function intersectHostnames(listenerHost: string | undefined, routeHosts: readonly string[] | undefined): string[] | undefined {
  if (!routeHosts?.length) return listenerHost ? [listenerHost] : undefined;
  if (!listenerHost) return [...routeHosts];
  return [...new Set(routeHosts.map((r) => intersectOne(listenerHost, r)).filter((h): h is string => h !== undefined))];
}

function intersectOne(l: string, r: string): string | undefined {
  const lw = l.startsWith('*.');
  const rw = r.startsWith('*.');
  if (!lw && !rw) return l.toLowerCase() === r.toLowerCase() ? r : undefined;
  if (lw && !rw) return hostMatches(l, r) ? r : undefined;
  if (!lw && rw) return hostMatches(r, l) ? l : undefined;
  // Two wildcards: the more specific one, when it falls under the other.
  const [ls, rs] = [l.slice(1).toLowerCase(), r.slice(1).toLowerCase()];
  return rs.endsWith(ls) ? r : ls.endsWith(rs) ? l : undefined;
}

/**
 * The ReferenceGrant (in the referred object's namespace) that lets an object of `from` (a route
 * kind or Gateway, in its namespace) refer to `to` (group, kind, name); undefined when none does.
 */
export function grantFor(
  grants: readonly ReferenceGrant[],
  from: { kind: string; namespace: string },
  to: { group: string; kind: string; name: string },
): ReferenceGrant | undefined {
  return grants.find(
    (g) =>
      (g.spec?.from ?? []).some((f) => f.group === GROUP && f.kind === from.kind && f.namespace === from.namespace) &&
      (g.spec?.to ?? []).some((t) => (t.group ?? '') === to.group && t.kind === to.kind && (!t.name || t.name === to.name)),
  );
}

/** Whether a ReferenceGrant in the backend's namespace lets this route refer to the Service. */
export const grantPermits = (grants: readonly ReferenceGrant[], route: Route, backend: BackendRef): ReferenceGrant | undefined =>
  grantFor(
    grants,
    { kind: route.kind, namespace: route.metadata.namespace ?? '' },
    { group: backend.group ?? '', kind: backend.kind ?? 'Service', name: backend.name },
  );

/** How well one match fits a path: undefined when it does not; else a rank (higher wins) per the spec's precedence. */
export function pathRank(m: RouteMatch, path: string): number | undefined {
  const type = m.path?.type ?? 'PathPrefix';
  const value = m.path?.value ?? '/';
  if (type === 'Exact') return path === value ? 1_000_000 : undefined;
  if (type === 'PathPrefix') {
    const prefix = value.replace(/\/+$/, '');
    const ok = prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
    return ok ? prefix.length + 1 : undefined;
  }
  // RegularExpression is implementation-specific; read it as an anchored JavaScript pattern.
  try {
    return new RegExp(`^(?:${value})$`).test(path) ? 1 : undefined;
  } catch {
    return undefined;
  }
}

/** Conditions of a match that a URL alone cannot satisfy (method, headers, query parameters). */
export const extraConditions = (m: RouteMatch): number => (m.method ? 1 : 0) + (m.headers?.length ?? 0) + (m.queryParams?.length ?? 0);
