// The Gateway API trace: GatewayClass → Gateway (listeners, Accepted/Programmed) → route (parentRefs,
// hostnames, per-parent status) → rules → backendRefs (namespace, ReferenceGrant, weight, port) →
// the Service trace. Status is read by condition type, checked against the object's generation;
// what only status can tell (offline, or no controller) is said as such. Pure.
import type { Finding } from '../model/finding.js';
import type { Trace } from '../model/trace.js';
import type { BackendRef, Gateway, GatewaySnapshot, Listener, ParentReference, Route, RouteMatch, RouteRule } from '../model/gateway.js';
import type { Lang } from '../i18n/lang.js';
import { routingMessages, type RoutingMessages } from '../i18n/messages/routing.js';
import { hop, type HopDraft } from './hop.js';
import { traceService, verdictOf } from './trace.js';
import { formatServicePort, selectServicePorts } from './ports.js';
import { conditionOf, grantPermits, intersectHostnames, isGatewayParent, listenerAllows, listenersOf, parentKey } from './gateway-match.js';
import { formatSelector } from './selectors.js';
import { selectUrlRoute, type UrlChoice } from './gateway-url.js';

type T = RoutingMessages;
interface Ctx {
  snap: GatewaySnapshot;
  t: T;
  hops: HopDraft[];
  notes: Finding[];
  /** Service:port pairs already traced (several rules often share a backend). */
  traced: Set<string>;
}

const gwRef = (gw: { metadata: { name: string; namespace?: string } }) => `gateway/${gw.metadata.name}`;
const routeRef = (r: Route) => `${r.kind.toLowerCase()}/${r.metadata.name}`;
const quote = (t: T, text: string | undefined) => (text ? t['gw.said']({ text }) : '');

export function traceGatewayApi(snap: GatewaySnapshot, lang: Lang): Trace {
  const t = routingMessages(lang);
  const c: Ctx = { snap, t, hops: [], notes: [], traced: new Set() };
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

function traceFromGateway(c: Ctx, name: string, ns: string, listener?: string): void {
  const gw = c.snap.gateways[`${ns}/${name}`];
  if (!gw) return void c.hops.push(gatewayMissing(c, `${ns}/${name}`, 'client'));
  c.hops.push(classHop(c, gw), gatewayHop(c, gw));
  const listeners = (gw.spec?.listeners ?? []).filter((l) => !listener || l.name === listener);
  for (const l of listeners) c.hops.push(listenerHop(c, gw, l));
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
    for (const p of refs) c.hops.push(attachHop(c, route, p, gw));
    traceRules(c, route);
  }
  if (attached === 0) c.notes.push(noteOf('gw.noroutes', 'httproute', 'info', c.t['gw.noroutes.title'](), c.t['gw.noroutes']()));
}

function traceRoute(c: Ctx, route: Route): void {
  const ns = route.metadata.namespace ?? '';
  const parents = (route.spec?.parentRefs ?? []).filter(isGatewayParent);
  if (parents.length === 0)
    c.hops.push(
      hop(
        'client',
        routeRef(route),
        'broken',
        'route.noparents',
        'httproute',
        c.t['route.noparents.title'](),
        c.t['route.noparents'](),
        c.t['route.noparents.fix'](),
      ),
    );
  for (const p of parents) {
    const key = parentKey(p, ns);
    const gw = c.snap.gateways[key];
    if (gw === undefined) {
      c.hops.push(
        hop(
          'client',
          `gateway/${p.name}`,
          'warning',
          'gateway.unknown',
          'gateway',
          c.t['gw.title']({ name: key }),
          c.snap.offline ? c.t['gw.offline.gateway']() : c.t['gw.unknown'](),
        ),
      );
      c.hops.push(attachHop(c, route, p, undefined));
      continue;
    }
    if (gw === null) {
      c.hops.push(gatewayMissing(c, key, 'client'));
      continue;
    }
    c.hops.push(classHop(c, gw), gatewayHop(c, gw));
    for (const l of chosenListeners(c, route, p, gw)) c.hops.push(listenerHop(c, gw, l));
    c.hops.push(attachHop(c, route, p, gw));
  }
  const start = c.hops.length;
  traceRules(c, route);
  // The controller says some reference is unresolved and no backend hop found which: the route hop is the break.
  if (!c.hops.slice(start).some((h) => h.status === 'broken'))
    for (const h of c.hops.slice(0, start))
      if (h.finding.id.startsWith('route.refs.')) Object.assign(h, { status: 'broken', finding: { ...h.finding, severity: 'error' } });
}

function traceUrl(c: Ctx, host: string, path: string): void {
  const choice: UrlChoice | undefined = selectUrlRoute(c.snap, host, path);
  if (!choice) {
    const gws = Object.values(c.snap.gateways).filter((g): g is Gateway => !!g);
    const listeners = gws.flatMap((g) => (g.spec?.listeners ?? []).map((l) => `${gwRef(g)}:${l.name} ${l.protocol} ${l.hostname ?? '*'}`));
    c.hops.push(
      hop(
        'client',
        `${host}${path}`,
        'broken',
        'url.nomatch',
        'gateway-api',
        c.t['url.nomatch.title']({ url: `${host}${path}` }),
        [c.t['url.nomatch']({ host, path, gateways: gws.length, routes: c.snap.routes.length }), ...listeners.map((l) => `  ${l}`)].join(
          '\n',
        ),
        c.t['url.nomatch.fix']({ host }),
      ),
    );
    return;
  }
  const { gateway: gw, listener, route, parent, ruleIndex, match } = choice;
  c.hops.push(classHop(c, gw), gatewayHop(c, gw), listenerHop(c, gw, listener), attachHop(c, route, parent, gw));
  const rule = route.spec!.rules![ruleIndex]!;
  c.hops.push(ruleHop(c, route, ruleIndex, rule, c.t['url.rule']({ url: `${host}${path}`, match: matchText(match, c.t) })));
  backends(c, route, ruleIndex, rule);
}

// ── hops ───────────────────────────────────────────────────────────────────────────────────────

function gatewayMissing(c: Ctx, key: string, from: string): HopDraft {
  return hop(
    from,
    `gateway/${key.split('/')[1]}`,
    'broken',
    'gateway.missing',
    'gateway',
    c.t['gw.title']({ name: key }),
    c.t['gw.missing']({ name: key }),
    c.t['gw.missing.fix'](),
  );
}

function classHop(c: Ctx, gw: Gateway): HopDraft {
  const { t, snap } = c;
  const name = gw.spec?.gatewayClassName ?? '';
  const to = `gatewayclass/${name}`;
  const cls = snap.gatewayClasses[name];
  const title = t['gwc.title']({ name });
  if (cls === undefined)
    return snap.offline
      ? hop('client', to, 'ok', 'gatewayclass.offline', 'gatewayclass', title, t['gwc.offline'](), undefined, 'info')
      : hop('client', to, 'warning', 'gatewayclass.unknown', 'gatewayclass', title, t['gwc.unknown']());
  if (cls === null) {
    const names = Object.entries(snap.gatewayClasses)
      .filter(([, v]) => v)
      .map(([k]) => k);
    return hop(
      'client',
      to,
      'broken',
      'gatewayclass.missing',
      'gatewayclass',
      title,
      t['gwc.missing']({ name }),
      t['gwc.missing.fix']({ gateway: gwRef(gw), classes: names.join(', ') || t['none']() }),
    );
  }
  const controller = cls.spec?.controllerName ?? '?';
  const acc = conditionOf(cls.status?.conditions, 'Accepted', cls.metadata);
  const head = t['gwc.controller']({ controller });
  if (snap.offline && !cls.status)
    return hop('client', to, 'ok', 'gatewayclass.offline', 'gatewayclass', title, `${head}\n${t['gw.needs.status']()}`, undefined, 'info');
  if (acc.pending)
    return hop(
      'client',
      to,
      'broken',
      'gatewayclass.pending',
      'gatewayclass',
      title,
      `${head}\n${t['gwc.pending']({ name })}`,
      t['gwc.pending.fix']({ name, controller }),
    );
  if (acc.condition!.status === 'False')
    return hop(
      'client',
      to,
      'broken',
      'gatewayclass.rejected',
      'gatewayclass',
      title,
      `${head}\n${t['gwc.rejected']({ reason: acc.condition!.reason ?? '?' })}${quote(t, acc.condition!.message)}`,
      t['gwc.rejected.fix']({ name }),
    );
  if (acc.stale)
    return hop(
      'client',
      to,
      'warning',
      'gatewayclass.stale',
      'gatewayclass',
      title,
      `${head}\n${staleText(t, acc.condition!.observedGeneration, cls.metadata.generation)}`,
    );
  return hop('client', to, 'ok', 'gatewayclass', 'gatewayclass', title, `${head}\n${t['gwc.accepted']({ controller })}`);
}

const staleText = (t: T, observed: number | undefined, generation: number | undefined) =>
  t['gw.stale']({ observed: observed ?? 0, generation: generation ?? 0 });

function gatewayHop(c: Ctx, gw: Gateway): HopDraft {
  const { t, snap } = c;
  const from = `gatewayclass/${gw.spec?.gatewayClassName ?? ''}`;
  const to = gwRef(gw);
  const title = t['gw.title']({ name: `${gw.metadata.namespace}/${gw.metadata.name}` });
  const addresses = (gw.status?.addresses ?? []).map((a) => a.value).join(', ');
  const listeners = (gw.spec?.listeners ?? []).map((l) => listenerLine(l, gw, t));
  const detail = (extra: string[]) =>
    [...extra, addresses ? t['gw.addresses']({ addresses }) : t['gw.noaddress'](), t['gw.listeners'](), ...listeners].join('\n');
  if (snap.offline && !gw.status)
    return hop(from, to, 'ok', 'gateway.offline', 'gateway', title, detail([t['gw.needs.status']()]), undefined, 'info');
  const acc = conditionOf(gw.status?.conditions, 'Accepted', gw.metadata);
  const prog = conditionOf(gw.status?.conditions, 'Programmed', gw.metadata);
  const cls = gw.spec?.gatewayClassName ?? '?';
  if (acc.pending && prog.pending)
    return hop(from, to, 'broken', 'gateway.pending', 'gateway', title, detail([t['gw.pending']()]), t['gw.pending.fix']({ cls }));
  for (const [type, s] of [
    ['Accepted', acc],
    ['Programmed', prog],
  ] as const) {
    if (s.condition?.status === 'False')
      return hop(
        from,
        to,
        'broken',
        `gateway.${type.toLowerCase()}.false`,
        'gateway',
        title,
        detail([t['gw.cond.false']({ type, reason: s.condition.reason ?? '?' }) + quote(t, s.condition.message)]),
        type === 'Accepted' ? t['gw.accepted.fix']() : t['gw.programmed.fix']({ cls }),
      );
  }
  const conds = t['gw.conds']({
    accepted: condText(acc.condition?.status, acc.condition?.reason),
    programmed: condText(prog.condition?.status, prog.condition?.reason),
  });
  if (acc.stale || prog.stale) {
    const s = acc.stale ? acc : prog;
    return hop(
      from,
      to,
      'warning',
      'gateway.stale',
      'gateway',
      title,
      detail([conds, staleText(t, s.condition?.observedGeneration, gw.metadata.generation)]),
    );
  }
  if (prog.condition?.status !== 'True')
    return hop(from, to, 'warning', 'gateway.notprogrammed', 'gateway', title, detail([conds]), t['gw.programmed.fix']({ cls }));
  return hop(
    from,
    to,
    addresses ? 'ok' : 'warning',
    'gateway',
    'gateway',
    title,
    detail([conds]),
    addresses ? undefined : t['gw.noaddress.fix'](),
  );
}

const condText = (status?: string, reason?: string) => `${status ?? '-'}${reason ? ` (${reason})` : ''}`;

function listenerLine(l: Listener, gw: Gateway, t: T): string {
  const from = l.allowedRoutes?.namespaces?.from ?? 'Same';
  const sel = from === 'Selector' ? ` ${formatSelector(l.allowedRoutes?.namespaces?.selector)}` : '';
  const certs = (l.tls?.certificateRefs ?? [])
    .map((r) => `${r.kind ?? 'Secret'}/${r.namespace ? `${r.namespace}/` : ''}${r.name}`)
    .join(', ');
  const attached = gw.status?.listeners?.find((s) => s.name === l.name)?.attachedRoutes;
  return t['gw.listener.line']({
    name: l.name,
    protocol: l.protocol,
    port: l.port,
    host: l.hostname ?? '*',
    tls: certs ? ` TLS ${l.tls?.mode ?? 'Terminate'} ${certs}` : '',
    from: `${from}${sel}`,
    attached: attached === undefined ? '?' : String(attached),
  });
}

function listenerHop(c: Ctx, gw: Gateway, l: Listener): HopDraft {
  const { t, snap } = c;
  const from = gwRef(gw);
  const to = `listener ${l.name}`;
  const title = t['ls.title']({ name: l.name, protocol: l.protocol, port: l.port, host: l.hostname ?? '*' });
  const line = listenerLine(l, gw, t);
  const st = gw.status?.listeners?.find((s) => s.name === l.name);
  if (!st) {
    if (snap.offline)
      return hop(from, to, 'ok', 'listener.offline', 'gateway', title, `${line}\n${t['gw.needs.status']()}`, undefined, 'info');
    return hop(from, to, 'warning', 'listener.nostatus', 'gateway', title, `${line}\n${t['ls.nostatus']()}`);
  }
  const byType = (type: string) => conditionOf(st.conditions, type, gw.metadata);
  const conflicted = byType('Conflicted');
  if (conflicted.condition?.status === 'True')
    return hop(
      from,
      to,
      'broken',
      'listener.conflicted',
      'gateway',
      title,
      `${line}\n${t['ls.cond']({ type: 'Conflicted', status: 'True', reason: conflicted.condition.reason ?? '?' })}${quote(t, conflicted.condition.message)}`,
      t['ls.conflicted.fix'](),
    );
  for (const type of ['Accepted', 'ResolvedRefs', 'Programmed']) {
    const s = byType(type);
    if (s.condition?.status === 'False')
      return hop(
        from,
        to,
        'broken',
        `listener.${type.toLowerCase()}.false`,
        type === 'ResolvedRefs' ? 'gateway' : 'gateway',
        title,
        `${line}\n${t['ls.cond']({ type, status: 'False', reason: s.condition.reason ?? '?' })}${quote(t, s.condition.message)}`,
        type === 'ResolvedRefs' ? t['ls.refs.fix']({ ns: gw.metadata.namespace ?? '' }) : t['ls.fix']({ type }),
      );
  }
  return hop(
    from,
    to,
    'ok',
    'listener',
    'gateway',
    title,
    `${line}\n${t['ls.ok']({ kinds: (st.supportedKinds ?? []).map((k) => k.kind).join(', ') || '-' })}`,
  );
}

/** Listeners of `gw` that the parentRef names and that would take the route (namespace, kind, hostname). */
function chosenListeners(c: Ctx, route: Route, p: ParentReference, gw: Gateway): Listener[] {
  return listenersOf(gw, p).filter(
    (l) =>
      listenerAllows(l, gw.metadata.namespace ?? '', route, c.snap.namespaceLabels).allowed !== false &&
      intersectHostnames(l.hostname, route.spec?.hostnames)?.length !== 0,
  );
}

const sameParent = (a: ParentReference, b: ParentReference, routeNs: string) =>
  parentKey(a, routeNs) === parentKey(b, routeNs) && (a.sectionName ?? '') === (b.sectionName ?? '') && (a.port ?? 0) === (b.port ?? 0);

/** Does the route attach to this parent? Our reading of the spec, then the controller's own status for it. */
function attachHop(c: Ctx, route: Route, p: ParentReference, gw: Gateway | undefined): HopDraft {
  const { t, snap } = c;
  const ns = route.metadata.namespace ?? '';
  const to = routeRef(route);
  const from = p.sectionName ? `listener ${p.sectionName}` : `gateway/${p.name}`;
  const title = t['route.title']({
    route: to,
    parent: `${parentKey(p, ns)}${p.sectionName ? `:${p.sectionName}` : ''}${p.port ? ` port ${p.port}` : ''}`,
  });
  const hosts = (route.spec?.hostnames ?? []).join(', ') || '*';
  const lines: string[] = [t['route.hostnames']({ hosts })];
  let computed: HopDraft | undefined;
  if (gw) {
    const candidates = listenersOf(gw, p);
    if (candidates.length === 0) {
      const names = (gw.spec?.listeners ?? []).map((l) => `${l.name} (${l.port})`).join(', ');
      computed = hop(
        from,
        to,
        'broken',
        'route.nomatchingparent',
        'httproute',
        title,
        [...lines, t['route.nolistener']({ gateway: gwRef(gw), section: p.sectionName ?? '-', port: p.port ?? '-' })].join('\n'),
        t['route.nolistener.fix']({ listeners: names }),
      );
    } else {
      const verdicts = candidates.map((l) => ({
        l,
        allow: listenerAllows(l, gw.metadata.namespace ?? '', route, snap.namespaceLabels),
        hosts: intersectHostnames(l.hostname, route.spec?.hostnames),
      }));
      for (const v of verdicts)
        lines.push(
          t['route.listener']({
            name: v.l.name,
            verdict:
              v.allow.allowed === false
                ? v.allow.why === 'namespace'
                  ? t['route.ns.denied']({ ns, from: v.l.allowedRoutes?.namespaces?.from ?? 'Same' })
                  : t['route.kind.denied']({ kind: route.kind })
                : v.hosts?.length === 0
                  ? t['route.host.none']({ listener: v.l.hostname ?? '*' })
                  : t['route.attaches']({
                      hosts: v.hosts?.join(', ') ?? '*',
                      unknown: v.allow.allowed === 'unknown' ? t['route.ns.unknown']() : '',
                    }),
          }),
        );
      const ok = verdicts.filter((v) => v.allow.allowed !== false && v.hosts?.length !== 0);
      if (ok.length === 0) {
        const nsDenied = verdicts.find((v) => v.allow.allowed === false && v.allow.why === 'namespace');
        const kindDenied = verdicts.find((v) => v.allow.allowed === false && v.allow.why === 'kind');
        computed = nsDenied
          ? hop(
              from,
              to,
              'broken',
              'route.notallowed',
              'gateway',
              title,
              lines.join('\n'),
              t['route.ns.fix']({ ns, listener: nsDenied.l.name, gateway: gwRef(gw), gwns: gw.metadata.namespace ?? '' }),
            )
          : kindDenied && verdicts.every((v) => v.allow.allowed === false)
            ? hop(
                from,
                to,
                'broken',
                'route.kind',
                'gateway',
                title,
                lines.join('\n'),
                t['route.kind.fix']({ kind: route.kind, listener: kindDenied.l.name }),
              )
            : hop(
                from,
                to,
                'broken',
                'route.hostname',
                'httproute',
                title,
                lines.join('\n'),
                t['route.host.fix']({ hosts, listeners: verdicts.map((v) => v.l.hostname ?? '*').join(', ') }),
              );
      }
    }
  }
  const ps = (route.status?.parents ?? []).find((s) => sameParent(s.parentRef, p, ns));
  if (!ps) {
    if (computed) return computed;
    const cls = gw?.spec?.gatewayClassName ?? '?';
    if (snap.offline)
      return hop(from, to, 'ok', 'route.offline', 'httproute', title, [...lines, t['route.needs.status']()].join('\n'), undefined, 'info');
    return hop(
      from,
      to,
      'broken',
      'route.nostatus',
      'httproute',
      title,
      [...lines, t['route.nostatus']({ cls })].join('\n'),
      t['route.nostatus.fix']({ cls }),
    );
  }
  lines.push(t['route.controller']({ controller: ps.controllerName ?? '?' }));
  const acc = conditionOf(ps.conditions, 'Accepted', route.metadata);
  const partial = conditionOf(ps.conditions, 'PartiallyInvalid', route.metadata);
  const refs = conditionOf(ps.conditions, 'ResolvedRefs', route.metadata);
  lines.push(
    t['route.conds']({
      accepted: condText(acc.condition?.status, acc.condition?.reason),
      refs: condText(refs.condition?.status, refs.condition?.reason),
    }),
  );
  if (acc.condition?.status === 'False') {
    const reason = acc.condition.reason ?? '?';
    const said = quote(t, acc.condition.message);
    const fixes: Record<string, string> = {
      NotAllowedByListeners: t['route.ns.fix']({
        ns,
        listener: p.sectionName ?? '*',
        gateway: `gateway/${p.name}`,
        gwns: p.namespace ?? ns,
      }),
      NoMatchingListenerHostname: t['route.host.fix']({
        hosts,
        listeners: (gw ? listenersOf(gw, p) : []).map((l) => l.hostname ?? '*').join(', ') || '?',
      }),
      NoMatchingParent: t['route.nolistener.fix']({
        listeners: (gw?.spec?.listeners ?? []).map((l) => `${l.name} (${l.port})`).join(', ') || '?',
      }),
      UnsupportedValue: t['route.unsupported.fix'](),
    };
    const id =
      {
        NotAllowedByListeners: 'route.notallowed',
        NoMatchingListenerHostname: 'route.hostname',
        NoMatchingParent: 'route.nomatchingparent',
      }[reason] ?? 'route.rejected';
    return hop(
      from,
      to,
      'broken',
      id,
      reason === 'NotAllowedByListeners' ? 'gateway' : 'httproute',
      title,
      [...lines, t['route.rejected']({ reason }) + said].join('\n'),
      fixes[reason] ?? t['route.rejected.fix'](),
    );
  }
  if (acc.pending)
    return hop(
      from,
      to,
      'broken',
      'route.nostatus',
      'httproute',
      title,
      [...lines, t['route.nostatus']({ cls: gw?.spec?.gatewayClassName ?? '?' })].join('\n'),
      t['route.nostatus.fix']({ cls: gw?.spec?.gatewayClassName ?? '?' }),
    );
  if (acc.stale)
    return hop(
      from,
      to,
      'warning',
      'route.stale',
      'httproute',
      title,
      [...lines, staleText(t, acc.condition?.observedGeneration, route.metadata.generation)].join('\n'),
    );
  if (partial.condition?.status === 'True')
    return hop(
      from,
      to,
      'warning',
      'route.partial',
      'httproute',
      title,
      [...lines, t['route.partial']() + quote(t, partial.condition.message)].join('\n'),
      t['route.partial.fix'](),
    );
  // Route-wide: the backend hops below usually pin which reference it is; if none does, traceRoute breaks this hop.
  if (refs.condition?.status === 'False') {
    const reason = refs.condition.reason ?? '?';
    return hop(
      from,
      to,
      'warning',
      `route.refs.${reason}`,
      reason === 'RefNotPermitted' ? 'referencegrant' : 'httproute',
      title,
      [...lines, t['route.refs']({ reason }) + quote(t, refs.condition.message)].join('\n'),
      t['route.refs.fix']({ reason }),
    );
  }
  return hop(from, to, 'ok', 'route.accepted', 'httproute', title, [...lines, t['route.accepted']()].join('\n'));
}

// ── rules and backends ─────────────────────────────────────────────────────────────────────────

function traceRules(c: Ctx, route: Route): void {
  const rules = route.spec?.rules ?? [];
  rules.forEach((rule, i) => {
    c.hops.push(ruleHop(c, route, i, rule));
    backends(c, route, i, rule);
  });
}

export function matchText(m: RouteMatch | undefined, t: T): string {
  if (!m) return t['rule.match.all']();
  const parts: string[] = [];
  if (typeof m.method === 'object') parts.push(`gRPC ${m.method.service ?? '*'}/${m.method.method ?? '*'}`);
  else {
    if (m.path || !m.method) parts.push(`${m.path?.type ?? 'PathPrefix'} ${m.path?.value ?? '/'}`);
    if (m.method) parts.push(m.method);
  }
  for (const h of m.headers ?? []) parts.push(`header ${h.name}=${h.value}`);
  for (const q of m.queryParams ?? []) parts.push(`query ${q.name}=${q.value}`);
  return parts.join(' ');
}

function ruleHop(c: Ctx, route: Route, i: number, rule: RouteRule, lead?: string): HopDraft {
  const { t } = c;
  const matches = rule.matches?.length ? rule.matches.map((m) => matchText(m, t)) : [t['rule.match.all']()];
  const filters = (rule.filters ?? []).map((f) => f.type);
  const detail = [
    ...(lead ? [lead] : []),
    t['rule.matches']({ matches: matches.join(' | ') }),
    ...(filters.length ? [t['rule.filters']({ filters: filters.join(', ') })] : []),
    t['rule.backends']({ count: rule.backendRefs?.length ?? 0 }),
  ].join('\n');
  const from = routeRef(route);
  const to = `rule ${rule.name ?? i + 1}`;
  const title = t['rule.title']({
    index: rule.name ?? String(i + 1),
    matches: matches.slice(0, 2).join(' | ') + (matches.length > 2 ? ' …' : ''),
  });
  if (!rule.backendRefs?.length) {
    // A rule may only redirect; otherwise it answers 500 (no backend).
    const redirects = (rule.filters ?? []).some((f) => f.type === 'RequestRedirect');
    return redirects
      ? hop(from, to, 'ok', 'rule.redirect', 'httproute', title, detail, undefined, 'info')
      : hop(from, to, 'broken', 'rule.nobackends', 'httproute', title, detail, t['rule.nobackends.fix']());
  }
  const weights = rule.backendRefs.map((b) => b.weight ?? 1);
  if (weights.every((w) => w === 0))
    return hop(from, to, 'broken', 'rule.weights0', 'httproute', title, `${detail}\n${t['rule.weights0']()}`, t['rule.weights0.fix']());
  return hop(from, to, 'ok', 'rule', 'httproute', title, detail);
}

function backends(c: Ctx, route: Route, i: number, rule: RouteRule): void {
  const total = (rule.backendRefs ?? []).reduce((n, b) => n + (b.weight ?? 1), 0);
  for (const b of rule.backendRefs ?? []) {
    const h = backendHop(c, route, i, rule, b, total);
    c.hops.push(h);
    if (h.status === 'broken' || (b.weight ?? 1) === 0) continue;
    const ns = b.namespace ?? route.metadata.namespace ?? '';
    const snap = c.snap.backends[`${ns}/${b.name}`];
    const key = `${ns}/${b.name}:${b.port}`;
    if (!snap || c.traced.has(key)) continue;
    c.traced.add(key);
    traceService(snap, b.name, String(b.port), h.to, c.t, c.hops, c.notes);
  }
}

function backendHop(c: Ctx, route: Route, i: number, rule: RouteRule, b: BackendRef, total: number): HopDraft {
  const { t, snap } = c;
  const routeNs = route.metadata.namespace ?? '';
  const ns = b.namespace ?? routeNs;
  const from = `rule ${rule.name ?? i + 1}`;
  const to = `backendRef ${ns === routeNs ? '' : `${ns}/`}${b.name}:${b.port ?? '?'}`;
  const weight = b.weight ?? 1;
  const title = t['be.title']({
    kind: b.kind ?? 'Service',
    name: b.name,
    ns,
    port: b.port ?? '?',
    weight,
    share: total ? Math.round((weight * 100) / total) : 0,
  });
  const lines: string[] = [];
  if ((b.group ?? '') !== '' || (b.kind ?? 'Service') !== 'Service')
    return hop(
      from,
      to,
      'warning',
      'backend.kind',
      'httproute',
      title,
      t['be.kind']({ kind: `${b.group ? `${b.group}/` : ''}${b.kind ?? ''}` }),
    );
  if (ns !== routeNs) {
    const grants = snap.referenceGrants[ns];
    if (!grants) lines.push(snap.offline ? t['be.grant.offline']({ ns }) : t['be.grant.unknown']({ ns }));
    else {
      const g = grantPermits(grants, route, b);
      if (!g)
        return hop(
          from,
          to,
          'broken',
          'backend.nogrant',
          'referencegrant',
          title,
          t['be.nogrant']({ ns, routeNs, kind: route.kind }),
          t['be.nogrant.fix']({ ns, routeNs, kind: route.kind, name: b.name }),
        );
      lines.push(t['be.grant']({ grant: g.metadata.name, ns }));
    }
  }
  if (b.port === undefined)
    return hop(
      from,
      to,
      'broken',
      'backend.noport',
      'httproute',
      title,
      [...lines, t['be.noport']()].join('\n'),
      t['be.noport.fix']({ name: b.name }),
    );
  const svcSnap = snap.backends[`${ns}/${b.name}`];
  if (svcSnap === null)
    return hop(
      from,
      to,
      'broken',
      'backend.missing',
      'httproute',
      title,
      [...lines, t['be.missing']({ name: b.name, ns })].join('\n'),
      t['be.missing.fix']({ name: b.name, ns }),
    );
  if (svcSnap === undefined)
    return snap.offline
      ? hop(
          from,
          to,
          'ok',
          'backend.offline',
          'httproute',
          title,
          [...lines, t['be.offline']({ name: b.name })].join('\n'),
          undefined,
          'info',
        )
      : hop(from, to, 'warning', 'backend.unknown', 'httproute', title, [...lines, t['be.unknown']({ name: b.name })].join('\n'));
  const svc = svcSnap.services[b.name]!;
  if (svc.spec?.type !== 'ExternalName' && !selectServicePorts(svc, String(b.port)))
    return hop(
      from,
      to,
      'broken',
      'backend.badport',
      'httproute',
      title,
      [...lines, t['be.badport']({ name: b.name, port: b.port })].join('\n'),
      t['be.badport.fix']({ ports: (svc.spec?.ports ?? []).map(formatServicePort).join(', ') || '-' }),
    );
  if (weight === 0)
    return hop(from, to, 'ok', 'backend.weight0', 'httproute', title, [...lines, t['be.weight0']()].join('\n'), undefined, 'info');
  return hop(from, to, 'ok', 'backend', 'httproute', title, [...lines, t['be.ok']()].join('\n'));
}

function noteOf(id: string, concept: string, severity: Finding['severity'], title: string, detail: string): Finding {
  return { id, concept, severity, title, detail, docs: [] };
}
