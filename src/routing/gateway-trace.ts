// The Gateway API trace: GatewayClass → Gateway (listeners, Accepted/Programmed) → route (parentRefs,
// hostnames, per-parent status) → rules → backendRefs (namespace, ReferenceGrant, weight, port) →
// the Service trace. The diagnoses themselves are in gateway-steps.ts (shared with `explain`); this
// file chooses which steps a trace walks and makes them hops. Pure.
import type { FindingModel as Finding } from '../model/finding.js';
import type { TraceModel } from '../model/trace.js';
import type { Gateway, GatewaySnapshot, Route, RouteRule } from '../model/gateway.js';
import { r, type RouteBuilders as RoutingMessages } from './route-messages.js';
import { hop, note, type HopDraft } from './hop.js';
import { traceService, verdictOf } from './trace.js';
import { isGatewayParent, parentKey } from './gateway-match.js';
import { selectUrlRoute } from './gateway-url.js';
import {
  attachStep,
  backendStep,
  breakUnpinnedRefs,
  classStep,
  g,
  gatewayMissingStep,
  gatewayStep,
  gwRef,
  listenerLine,
  listenerStep,
  matchText,
  routeParentSteps,
  ruleStep,
  type Step,
} from './gateway-steps.js';

interface Ctx {
  snap: GatewaySnapshot;
  t: RoutingMessages;
  /** A step as a hop. */
  step: (s: Step) => HopDraft;
  hops: HopDraft[];
  notes: Finding[];
  /** Service:port pairs already traced (several rules often share a backend). */
  traced: Set<string>;
}

/** A step as a hop, the fix kept apart (it becomes the verdict). */
export function stepHop(s: Step): HopDraft {
  return hop(s.from, s.to, s.status, s.id, s.concept, s.title, s.detail, s.fix, s.severity);
}

export function traceGatewayApi(snap: GatewaySnapshot): TraceModel {
  const t = r;
  const c: Ctx = { snap, t, step: stepHop, hops: [], notes: [], traced: new Set() };
  const target = snap.target;
  if (target.kind === 'Gateway') traceFromGateway(c, target.name, target.namespace, target.listener);
  else if (target.kind === 'URL') traceUrl(c, target.host, target.path);
  else traceRoute(c, snap.routes[0]!);
  const warnings = [...snap.warnings];
  if (snap.offline) warnings.push(t['gw.offline']());
  const name = target.kind === 'URL' ? `${target.host}${target.path}` : target.name;
  return {
    kind: 'Trace',
    target: {
      kind: target.kind,
      name,
      namespace: target.namespace,
      ...(target.kind === 'Gateway' && target.listener ? { port: target.listener } : {}),
    },
    hops: c.hops.map(({ fix: _f, ...h }) => h),
    verdict: verdictOf(c.hops, snap.offline, t),
    notes: c.notes,
    warnings,
    offline: snap.offline,
  };
}

// ── starting points ────────────────────────────────────────────────────────────────────────────

const classAndGateway = (c: Ctx, gw: Gateway) => [
  c.step(classStep(c.snap, gw.spec?.gatewayClassName ?? '', gwRef(gw))),
  c.step(gatewayStep(c.snap, gw)),
];

function traceFromGateway(c: Ctx, name: string, ns: string, listener?: string): void {
  const gw = c.snap.gateways[`${ns}/${name}`];
  if (!gw) return void c.hops.push(c.step(gatewayMissingStep(`${ns}/${name}`, 'client')));
  c.hops.push(...classAndGateway(c, gw));
  const listeners = (gw.spec?.listeners ?? []).filter((l) => !listener || l.name === listener);
  for (const l of listeners) c.hops.push(c.step(listenerStep(c.snap, gw, l)));
  let attached = 0;
  for (const route of c.snap.routes) {
    const refs = (route.spec?.parentRefs ?? []).filter(
      (p) =>
        isGatewayParent(p) &&
        parentKey(p, route.metadata.namespace ?? '') === `${ns}/${name}` &&
        (!listener || !p.sectionName || p.sectionName === listener),
    );
    if (refs.length === 0) continue;
    attached++;
    for (const p of refs) c.hops.push(c.step(attachStep(c.snap, route, p, gw)));
    traceRules(c, route);
  }
  if (attached === 0) c.notes.push(note('gw.noroutes', 'httproute', 'info', c.t['gw.noroutes.title'](), c.t['gw.noroutes']()));
}

function traceRoute(c: Ctx, route: Route): void {
  const parents = routeParentSteps(c.snap, route);
  traceRules(c, route);
  breakUnpinnedRefs(parents, c.hops);
  c.hops.unshift(...parents.map(c.step));
}

function traceUrl(c: Ctx, host: string, path: string): void {
  const choice = selectUrlRoute(c.snap, host, path);
  if (!choice) {
    const gws = Object.values(c.snap.gateways).filter((gw): gw is Gateway => !!gw);
    const lines = [
      g['url.nomatch']({ host, path, gateways: gws.length, routes: c.snap.routes.length }),
      ...gws.flatMap((gw) => [
        g['gw.title']({ name: `${gw.metadata.namespace}/${gw.metadata.name}` }),
        ...(gw.spec?.listeners ?? []).map((l) => listenerLine(l, gw)),
      ]),
    ];
    c.hops.push(
      c.step({
        from: 'client',
        to: `${host}${path}`,
        status: 'broken',
        id: 'url.nomatch',
        concept: 'gateway-api',
        title: g['url.nomatch.title']({ url: `${host}${path}` }),
        detail: lines,
        fix: g['url.nomatch.fix']({ host }),
      }),
    );
    return;
  }
  const { gateway: gw, listener, route, parent, ruleIndex, match } = choice;
  c.hops.push(...classAndGateway(c, gw), c.step(listenerStep(c.snap, gw, listener)), c.step(attachStep(c.snap, route, parent, gw)));
  const rule = route.spec!.rules![ruleIndex]!;
  const lead = g['url.rule']({ url: `${host}${path}`, match: match ? matchText(match) : g['rule.match.all']() });
  c.hops.push(c.step(ruleStep(route, ruleIndex, rule, lead)));
  backends(c, route, ruleIndex, rule);
}

// ── rules and backends ─────────────────────────────────────────────────────────────────────────

function traceRules(c: Ctx, route: Route): void {
  const rules = route.spec?.rules ?? [];
  rules.forEach((rule, i) => {
    c.hops.push(c.step(ruleStep(route, i, rule)));
    backends(c, route, i, rule);
  });
}

function backends(c: Ctx, route: Route, i: number, rule: RouteRule): void {
  for (const b of rule.backendRefs ?? []) {
    const ns = b.namespace ?? route.metadata.namespace ?? '';
    const snap = c.snap.backends[`${ns}/${b.name}`];
    const h = c.step(backendStep(c.snap, route, i, rule, b, snap === null ? null : snap?.services[b.name]));
    c.hops.push(h);
    if (h.status === 'broken' || (b.weight ?? 1) === 0) continue;
    const key = `${ns}/${b.name}:${b.port}`;
    if (!snap || c.traced.has(key)) continue;
    c.traced.add(key);
    traceService(snap, b.name, String(b.port), h.to, c.t, c.hops, c.notes);
  }
}
