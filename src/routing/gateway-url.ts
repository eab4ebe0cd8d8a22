// Which Gateway listener and route rule a URL reaches, with the spec's precedence: the listener
// whose hostname matches most specifically (exact before wildcard), then among the routes attached
// to it the most specific hostname, an Exact path, the longest prefix, fewer extra conditions
// (a URL carries no method or headers), the oldest route, {namespace}/{name}, rule order. Pure.
import type { Gateway, GatewaySnapshot, Listener, ParentReference, Route, RouteMatch } from '../model/gateway.js';
import {
  extraConditions,
  hostMatches,
  intersectHostnames,
  isGatewayParent,
  listenerAllows,
  listenersOf,
  parentKey,
  pathRank,
} from './gateway-match.js';

export interface UrlChoice {
  gateway: Gateway;
  listener: Listener;
  route: Route;
  parent: ParentReference;
  ruleIndex: number;
  match: RouteMatch | undefined;
}

/** Hostname specificity: exact beats wildcard, more labels beat fewer; -1 when it does not match. */
function hostScore(pattern: string | undefined, host: string): number {
  if (!pattern) return 0;
  if (!hostMatches(pattern, host)) return -1;
  return pattern.startsWith('*.') ? pattern.split('.').length : 1000;
}

const HTTP = new Set(['HTTP', 'HTTPS']);

export function selectUrlRoute(snap: GatewaySnapshot, host: string, path: string): UrlChoice | undefined {
  let best: { choice: UrlChoice; key: (number | string)[] } | undefined;
  for (const gw of Object.values(snap.gateways)) {
    if (!gw) continue;
    const gwKey = `${gw.metadata.namespace}/${gw.metadata.name}`;
    for (const route of snap.routes) {
      const routeNs = route.metadata.namespace ?? '';
      for (const parent of (route.spec?.parentRefs ?? []).filter((p) => isGatewayParent(p) && parentKey(p, routeNs) === gwKey)) {
        for (const listener of listenersOf(gw, parent)) {
          if (!HTTP.has(listener.protocol)) continue;
          const lScore = hostScore(listener.hostname, host);
          if (lScore < 0 || listenerAllows(listener, gw.metadata.namespace ?? '', route, snap.namespaceLabels).allowed === false) continue;
          const hosts = intersectHostnames(listener.hostname, route.spec?.hostnames);
          const rScore = hosts === undefined ? 0 : Math.max(-1, ...hosts.map((h) => hostScore(h, host)));
          if (rScore < 0) continue;
          (route.spec?.rules ?? []).forEach((rule, ruleIndex) => {
            for (const match of rule.matches?.length ? rule.matches : [undefined]) {
              const rank = match ? pathRank(match, path) : pathRank({}, path);
              if (rank === undefined) continue;
              const extra = match ? extraConditions(match) : 0;
              const key = [
                lScore,
                rScore,
                rank,
                -extra,
                -Date.parse(route.metadata.creationTimestamp ?? '') || 0,
                `${routeNs}/${route.metadata.name}`,
                -ruleIndex,
              ];
              if (!best || compare(key, best.key) > 0) best = { choice: { gateway: gw, listener, route, parent, ruleIndex, match }, key };
            }
          });
        }
      }
    }
  }
  return best?.choice;
}

/** Higher wins; names compare in reverse (alphabetical first wins). */
function compare(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'string' && typeof y === 'string') return x < y ? 1 : -1;
    return (x as number) > (y as number) ? 1 : -1;
  }
  return 0;
}
