// The Gateway API trace: GatewayClass → Gateway (listeners, Accepted/Programmed) → route (parentRefs,
// hostnames, per-parent status) → rules → backendRefs (namespace, ReferenceGrant, weight, port) →
// the Service trace. The diagnoses themselves are in gateway-steps.ts (shared with `explain`); this
// file chooses which steps a trace walks and makes them hops. Pure.
import type { FindingModel as Finding } from '../model/finding.js';
import type { TraceModel } from '../model/trace.js';
import type { Gateway, GatewaySnapshot, Route, RouteRule } from '../model/gateway.js';
import { ingressBackendHops, ingressClassHop, pathTypeMeaning, tlsHop } from './trace.js';
import { ingressHosts, rulesForHost, selectIngressRule, wildcardTooDeep } from './ingress-url.js';
import { closeNames } from '../text/close-names.js';
import { r, type RouteBuilders as RoutingMessages } from './route-messages.js';
import { hop, hopModel, note, type HopDraft } from './hop.js';
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
    hops: c.hops.map(hopModel),
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
    if (c.snap.ingressUrl)
      return traceIngressUrl(c, host, path, c.snap.ingressUrl, c.snap.target.kind === 'URL' ? c.snap.target.scheme : undefined);
    return void c.hops.push(c.step(urlNoMatch(c.snap, host, path)));
  }
  const { gateway: gw, listener, route, parent, ruleIndex, match } = choice;
  c.hops.push(...classAndGateway(c, gw), c.step(listenerStep(c.snap, gw, listener)), c.step(attachStep(c.snap, route, parent, gw)));
  const rule = route.spec!.rules![ruleIndex]!;
  const lead = g['url.rule']({ url: `${host}${path}`, match: match ? matchText(match) : g['rule.match.all']() });
  c.hops.push(c.step(ruleStep(route, ruleIndex, rule, lead)));
  backends(c, route, ruleIndex, rule);
  // An Ingress that takes the same URL: which one a client reaches is up to DNS, not to this trace.
  const ing = selectIngressRule(c.snap.ingresses ?? [], host, path);
  if (ing) {
    const name = ing.ingress.metadata.name;
    const gateway = `${gw.metadata.namespace}/${gw.metadata.name}`;
    c.notes.push(
      note(
        'url.ingress.also',
        'ingress',
        'info',
        g['url.ing.also.title']({ name, url: `${host}${path}` }),
        g['url.ing.also']({ gateway, name }),
      ),
    );
  }
}

/** The Ingress rule (or defaultBackend) a URL reaches: class and address, the TLS Secret of its host, the rule, the Service. */
function traceIngressUrl(
  c: Ctx,
  host: string,
  path: string,
  { choice, routing }: NonNullable<GatewaySnapshot['ingressUrl']>,
  scheme: 'http' | 'https' | undefined,
): void {
  const ing = choice.ingress;
  const me = `ingress/${ing.metadata.name}`;
  const url = `${host}${path}`;
  c.hops.push(ingressClassHop(ing, routing, c.t));
  const tls = routing.tlsSecrets?.[0];
  if (tls) c.hops.push(tlsHop(me, { hosts: [host], secretName: tls.name }, routing, c.t));
  else if (scheme === 'https')
    // No tls entry names the host: the controller answers with its default certificate, which the client rejects.
    c.hops.push(
      c.step({
        from: 'client',
        to: `tls ${host}`,
        status: 'warning',
        id: 'ingress.tls.nohost',
        concept: 'ingress',
        title: g['url.tls.nohost.title']({ host, name: ing.metadata.name }),
        detail: [g['url.tls.nohost']({ host, name: ing.metadata.name })],
        fix: g['url.tls.nohost.fix']({ host, name: ing.metadata.name }),
      }),
    );
  const p = choice.path;
  const lead = p
    ? g['url.ing.rule']({
        url,
        name: ing.metadata.name,
        host: choice.rule?.host || '*',
        path: p.path ?? '/',
        type: p.pathType ?? 'ImplementationSpecific',
      })
    : g['url.ing.default']({ url, name: ing.metadata.name });
  const where = p ? `${choice.rule?.host || '*'}${p.path ?? '/'}` : c.t['ingress.default']();
  const detail = p
    ? [
        lead,
        c.t['ingress.path']({
          path: p.path ?? '/',
          type: p.pathType ?? 'ImplementationSpecific',
          meaning: pathTypeMeaning(p.pathType, c.t),
        }),
      ]
    : [lead, c.t['ingress.default.detail']()];
  ingressBackendHops(
    routing,
    me,
    { where, to: p ? `rule ${where}` : 'defaultBackend', backend: choice.backend, detail },
    c.t,
    c.hops,
    c.notes,
    c.traced,
  );
}

/** No Gateway and no Ingress takes the URL: the nearest host, or the paths of the host that exists. */
function urlNoMatch(snap: GatewaySnapshot, host: string, path: string): Step {
  const gws = Object.values(snap.gateways).filter((gw): gw is Gateway => !!gw);
  const ingresses = snap.ingresses ?? [];
  const url = `${host}${path}`;
  const lines = [
    g['url.nomatch']({ host, path, gateways: gws.length, routes: snap.routes.length }),
    ...gws.flatMap((gw) => [
      g['gw.title']({ name: `${gw.metadata.namespace}/${gw.metadata.name}` }),
      ...(gw.spec?.listeners ?? []).map((l) => listenerLine(l, gw)),
    ]),
  ];
  const base = { from: 'client', to: url, status: 'broken' as const, id: 'url.nomatch' };
  if (!ingresses.length)
    return { ...base, concept: 'gateway-api', title: g['url.nomatch.title']({ url }), detail: lines, fix: g['url.nomatch.fix']({ host }) };
  const title = g['url.none.title']({ url });
  const forHost = rulesForHost(ingresses, host).filter((x) => x.rule.host);
  if (forHost.length) {
    const { ing, rule } = forHost[0]!;
    const paths = (rule.http?.paths ?? []).map((p) => `${p.path ?? '/'} (${p.pathType ?? 'ImplementationSpecific'})`);
    const near =
      closeNames(
        path,
        (rule.http?.paths ?? []).map((p) => p.path ?? '/'),
      )[0] ??
      rule.http?.paths[0]?.path ??
      '/';
    const name = ing.metadata.name;
    return {
      ...base,
      concept: 'ingress',
      title,
      detail: [g['url.ing.nopath']({ name, host, path, paths: paths.join(', ') || '-' }), ...lines],
      fix: g['url.fix.path']({ name, near, path, host: rule.host! }),
    };
  }
  const hosts = ingressHosts(ingresses);
  const hostLines = [
    g['url.ing.nohost']({ count: ingresses.length, host }),
    ...(hosts.length
      ? [g['url.ing.hosts']({ hosts: hosts.slice(0, 10).join(', ') + (hosts.length > 10 ? ` (+${hosts.length - 10})` : '') })]
      : []),
  ];
  const wild = wildcardTooDeep(ingresses, host);
  const owner = (h: string) => ingresses.find((i) => (i.spec?.rules ?? []).some((r) => r.host === h))!.metadata.name;
  if (wild)
    return {
      ...base,
      concept: 'ingress',
      title,
      detail: [...hostLines, g['url.ing.wild']({ pattern: wild, host }), ...lines],
      fix: g['url.fix.wild']({ name: owner(wild), host, pattern: wild }),
    };
  const near = closeNames(
    host,
    hosts.filter((h) => !h.startsWith('*.')),
  )[0];
  return {
    ...base,
    concept: 'ingress',
    title,
    detail: [...hostLines, ...lines],
    fix: near ? g['url.fix.host']({ name: owner(near), near, host }) : g['url.fix.none']({ host, path }),
  };
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
