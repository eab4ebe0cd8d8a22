// The Gateway API diagnoses, once: each judges one object or one link (GatewayClass, Gateway,
// listener, a route's attachment to one parent, a rule, a backendRef) and returns a Step whose
// sentences are still Messages. `trace` says the steps as hops (gateway-trace.ts); `explain
// gateway|gatewayclass|httproute|grpcroute` turns the same steps into findings (src/explain/gateway-*).
// Status is read by condition type and checked against the object's generation. Pure.
import type { Severity } from '../model/finding.js';
import type { HopStatus } from '../model/trace.js';
import type { BackendRef, Gateway, GatewaySnapshot, Listener, ParentReference, Route, RouteMatch, RouteRule } from '../model/gateway.js';
import type { Service } from '../model/routing.js';
import { builders, type Message } from '../model/message.js';
import type { RoutingMessages } from '../i18n/messages/routing.js';
import { formatServicePort, selectServicePorts, targetPortHint } from './ports.js';
import { conditionOf, grantPermits, intersectHostnames, isGatewayParent, listenerAllows, listenersOf, parentKey } from './gateway-match.js';
import { formatSelector } from './selectors.js';
import { namespaceDenial } from './gateway-namespaces.js';

export const g = builders<RoutingMessages>('route');

/** One diagnosis: a hop of a trace, a finding of an explanation. `fix` is the next step when it is not ok. */
export interface Step {
  from: string;
  to: string;
  status: HopStatus;
  id: string;
  concept: string;
  title: Message;
  detail: Message[];
  fix?: Message;
  severity?: Severity;
}

const step = (
  from: string,
  to: string,
  status: HopStatus,
  id: string,
  concept: string,
  title: Message,
  detail: (Message | undefined)[],
  fix?: Message,
  severity?: Severity,
): Step => ({
  from,
  to,
  status,
  id,
  concept,
  title,
  detail: detail.filter((d): d is Message => d !== undefined),
  ...(fix ? { fix } : {}),
  ...(severity ? { severity } : {}),
});

export const gwRef = (gw: { metadata: { name: string } }) => `gateway/${gw.metadata.name}`;
export const routeRef = (r: Route) => `${r.kind.toLowerCase()}/${r.metadata.name}`;
/** The controller's own words, on a line of their own. */
const said = (text: string | undefined) => (text ? g['gw.said']({ text }) : undefined);
const staleText = (observed: number | undefined, generation: number | undefined) =>
  g['gw.stale']({ observed: observed ?? 0, generation: generation ?? 0 });
export const condText = (status?: string, reason?: string) => `${status ?? '-'}${reason ? ` (${reason})` : ''}`;

// ── GatewayClass and Gateway ───────────────────────────────────────────────────────────────────

export function gatewayMissingStep(key: string, from: string): Step {
  return step(
    from,
    `gateway/${key.split('/')[1]}`,
    'broken',
    'gateway.missing',
    'gateway',
    g['gw.title.missing']({ name: key }),
    [g['gw.missing']({ name: key })],
    g['gw.missing.fix'](),
  );
}

/** The GatewayClass a Gateway names: missing, unread, never accepted (no controller), rejected, stale, or accepted. */
export function classStep(snap: GatewaySnapshot, className: string, gateway: string): Step {
  const to = `gatewayclass/${className}`;
  const cls = snap.gatewayClasses[className];
  const title = g['gwc.title']({ name: className });
  if (cls === undefined)
    return snap.offline
      ? step('client', to, 'ok', 'gatewayclass.offline', 'gatewayclass', title, [g['gwc.offline']()], undefined, 'info')
      : step('client', to, 'warning', 'gatewayclass.unknown', 'gatewayclass', title, [g['gwc.unknown']()]);
  if (cls === null) {
    const names = Object.entries(snap.gatewayClasses)
      .filter(([, v]) => v)
      .map(([k]) => k);
    return step(
      'client',
      to,
      'broken',
      'gatewayclass.missing',
      'gatewayclass',
      g['gwc.title.missing']({ name: className }),
      [g['gwc.missing']({ name: className })],
      g['gwc.missing.fix']({ gateway, classes: names.join(', ') || g['none']() }),
    );
  }
  const controller = cls.spec?.controllerName ?? '?';
  const acc = conditionOf(cls.status?.conditions, 'Accepted', cls.metadata);
  const head = g['gwc.controller']({ controller });
  if (snap.offline && !cls.status)
    return step('client', to, 'ok', 'gatewayclass.offline', 'gatewayclass', title, [head, g['gw.needs.status']()], undefined, 'info');
  if (acc.pending)
    return step(
      'client',
      to,
      'broken',
      'gatewayclass.pending',
      'gatewayclass',
      g['gwc.title.pending']({ name: className }),
      [head, g['gwc.pending']({ name: className })],
      g['gwc.pending.fix']({ name: className, controller }),
    );
  if (acc.condition!.status === 'False')
    return step(
      'client',
      to,
      'broken',
      'gatewayclass.rejected',
      'gatewayclass',
      g['gwc.title.rejected']({ name: className, reason: acc.condition!.reason ?? '?' }),
      [head, g['gwc.rejected']({ reason: acc.condition!.reason ?? '?' }), said(acc.condition!.message)],
      g['gwc.rejected.fix']({ name: className }),
    );
  if (acc.stale)
    return step('client', to, 'warning', 'gatewayclass.stale', 'gatewayclass', title, [
      head,
      staleText(acc.condition!.observedGeneration, cls.metadata.generation),
    ]);
  return step('client', to, 'ok', 'gatewayclass', 'gatewayclass', title, [head, g['gwc.accepted']({ controller })]);
}

/** The Gateway's own conditions (Accepted, Programmed by type, their generation) and its addresses. */
export function gatewayStep(snap: GatewaySnapshot, gw: Gateway, withListeners = true): Step {
  const from = `gatewayclass/${gw.spec?.gatewayClassName ?? ''}`;
  const to = gwRef(gw);
  const gwName = `${gw.metadata.namespace}/${gw.metadata.name}`;
  const title = g['gw.title']({ name: gwName });
  const addresses = (gw.status?.addresses ?? []).map((a) => a.value).join(', ');
  const listeners = withListeners ? [g['gw.listeners'](), ...(gw.spec?.listeners ?? []).map((l) => listenerLine(l, gw))] : [];
  const detail = (extra: (Message | undefined)[]) => [
    ...extra,
    addresses ? g['gw.addresses']({ addresses }) : g['gw.noaddress'](),
    ...listeners,
  ];
  if (snap.offline && !gw.status)
    return step(from, to, 'ok', 'gateway.offline', 'gateway', title, detail([g['gw.needs.status']()]), undefined, 'info');
  const acc = conditionOf(gw.status?.conditions, 'Accepted', gw.metadata);
  const prog = conditionOf(gw.status?.conditions, 'Programmed', gw.metadata);
  const cls = gw.spec?.gatewayClassName ?? '?';
  if (acc.pending && prog.pending)
    return step(
      from,
      to,
      'broken',
      'gateway.pending',
      'gateway',
      g['gw.title.pending']({ name: gwName }),
      detail([g['gw.pending']()]),
      g['gw.pending.fix']({ cls }),
    );
  for (const [type, s] of [
    ['Accepted', acc],
    ['Programmed', prog],
  ] as const) {
    if (s.condition?.status === 'False')
      return step(
        from,
        to,
        'broken',
        `gateway.${type.toLowerCase()}.false`,
        'gateway',
        g['gw.title.false']({ name: gwName, type, reason: s.condition.reason ?? '?' }),
        detail([g['gw.cond.false']({ type, reason: s.condition.reason ?? '?' }), said(s.condition.message)]),
        type === 'Accepted' ? g['gw.accepted.fix']() : g['gw.programmed.fix']({ cls }),
      );
  }
  const conds = g['gw.conds']({
    accepted: condText(acc.condition?.status, acc.condition?.reason),
    programmed: condText(prog.condition?.status, prog.condition?.reason),
  });
  if (acc.stale || prog.stale) {
    const s = acc.stale ? acc : prog;
    return step(
      from,
      to,
      'warning',
      'gateway.stale',
      'gateway',
      title,
      detail([conds, staleText(s.condition?.observedGeneration, gw.metadata.generation)]),
    );
  }
  if (prog.condition?.status !== 'True')
    return step(from, to, 'warning', 'gateway.notprogrammed', 'gateway', title, detail([conds]), g['gw.programmed.fix']({ cls }));
  return step(
    from,
    to,
    addresses ? 'ok' : 'warning',
    'gateway',
    'gateway',
    title,
    detail([conds]),
    addresses ? undefined : g['gw.noaddress.fix'](),
  );
}

/** One listener as a line: port, protocol, hostname, TLS certificates, allowed namespaces, attached routes. */
export function listenerLine(l: Listener, gw: Gateway): Message {
  const from = l.allowedRoutes?.namespaces?.from ?? 'Same';
  const sel = from === 'Selector' ? ` ${formatSelector(l.allowedRoutes?.namespaces?.selector)}` : '';
  const certs = (l.tls?.certificateRefs ?? [])
    .map((r) => `${r.kind ?? 'Secret'}/${r.namespace ? `${r.namespace}/` : ''}${r.name}`)
    .join(', ');
  const attached = gw.status?.listeners?.find((s) => s.name === l.name)?.attachedRoutes;
  return g['gw.listener.line']({
    name: l.name,
    protocol: l.protocol,
    port: l.port,
    host: l.hostname ?? '*',
    tls: certs ? ` TLS ${l.tls?.mode ?? 'Terminate'} ${certs}` : '',
    from: `${from}${sel}`,
    attached: attached === undefined ? '?' : String(attached),
  });
}

/** A listener's status: Conflicted, then Accepted, ResolvedRefs and Programmed by type. */
export function listenerStep(snap: GatewaySnapshot, gw: Gateway, l: Listener): Step {
  const from = gwRef(gw);
  const to = `listener ${l.name}`;
  const title = g['ls.title']({ name: l.name, protocol: l.protocol, port: l.port, host: l.hostname ?? '*' });
  const line = listenerLine(l, gw);
  const st = gw.status?.listeners?.find((s) => s.name === l.name);
  if (!st) {
    if (snap.offline) return step(from, to, 'ok', 'listener.offline', 'gateway', title, [line, g['gw.needs.status']()], undefined, 'info');
    return step(from, to, 'warning', 'listener.nostatus', 'gateway', title, [line, g['ls.nostatus']()]);
  }
  const byType = (type: string) => conditionOf(st.conditions, type, gw.metadata);
  const conflicted = byType('Conflicted');
  if (conflicted.condition?.status === 'True')
    return step(
      from,
      to,
      'broken',
      'listener.conflicted',
      'gateway',
      g['ls.title.cond']({ title, type: 'Conflicted', status: 'True', reason: conflicted.condition.reason ?? '?' }),
      [
        line,
        g['ls.cond']({ type: 'Conflicted', status: 'True', reason: conflicted.condition.reason ?? '?' }),
        said(conflicted.condition.message),
      ],
      g['ls.conflicted.fix'](),
    );
  for (const type of ['Accepted', 'ResolvedRefs', 'Programmed']) {
    const s = byType(type);
    if (s.condition?.status === 'False')
      return step(
        from,
        to,
        'broken',
        `listener.${type.toLowerCase()}.false`,
        'gateway',
        g['ls.title.cond']({ title, type, status: 'False', reason: s.condition.reason ?? '?' }),
        [line, g['ls.cond']({ type, status: 'False', reason: s.condition.reason ?? '?' }), said(s.condition.message)],
        type === 'ResolvedRefs' ? g['ls.refs.fix']({ ns: gw.metadata.namespace ?? '' }) : g['ls.fix']({ type }),
      );
  }
  return step(from, to, 'ok', 'listener', 'gateway', title, [
    line,
    g['ls.ok']({ kinds: (st.supportedKinds ?? []).map((k) => k.kind).join(', ') || '-' }),
  ]);
}

export function gatewayUnknownStep(snap: GatewaySnapshot, key: string): Step {
  return step('client', `gateway/${key.split('/')[1]}`, 'warning', 'gateway.unknown', 'gateway', g['gw.title']({ name: key }), [
    snap.offline ? g['gw.offline.gateway']() : g['gw.unknown'](),
  ]);
}

// ── a route and one of its parents ─────────────────────────────────────────────────────────────

/** Listeners of `gw` that the parentRef names and that would take the route (namespace, kind, hostname). */
export function chosenListeners(snap: GatewaySnapshot, route: Route, p: ParentReference, gw: Gateway): Listener[] {
  return listenersOf(gw, p).filter(
    (l) =>
      listenerAllows(l, gw.metadata.namespace ?? '', route, snap.namespaceLabels).allowed !== false &&
      intersectHostnames(l.hostname, route.spec?.hostnames)?.length !== 0,
  );
}

/** The same parentRef, as status.parents[] repeats it (defaults filled in). */
export const sameParent = (a: ParentReference, b: ParentReference, routeNs: string) =>
  parentKey(a, routeNs) === parentKey(b, routeNs) && (a.sectionName ?? '') === (b.sectionName ?? '') && (a.port ?? 0) === (b.port ?? 0);

/**
 * The steps of a route up to its parents: for each Gateway parentRef, the GatewayClass and Gateway
 * (once each), the listeners that would take it, and the attachment with the controller's status.
 */
export function routeParentSteps(snap: GatewaySnapshot, route: Route): Step[] {
  const ns = route.metadata.namespace ?? '';
  const parents = (route.spec?.parentRefs ?? []).filter(isGatewayParent);
  if (parents.length === 0)
    return [
      step(
        'client',
        routeRef(route),
        'broken',
        'route.noparents',
        'httproute',
        g['route.noparents.title'](),
        [g['route.noparents']()],
        g['route.noparents.fix'](),
      ),
    ];
  const steps: Step[] = [];
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && !!seen.add(key);
  for (const p of parents) {
    const key = parentKey(p, ns);
    const gw = snap.gateways[key];
    if (gw === undefined) {
      if (once(key)) steps.push(gatewayUnknownStep(snap, key));
      steps.push(attachStep(snap, route, p, undefined));
      continue;
    }
    if (gw === null) {
      if (once(key)) steps.push(gatewayMissingStep(key, 'client'));
      continue;
    }
    if (once(key)) steps.push(classStep(snap, gw.spec?.gatewayClassName ?? '', gwRef(gw)), gatewayStep(snap, gw));
    for (const l of chosenListeners(snap, route, p, gw)) if (once(`${key}:${l.name}`)) steps.push(listenerStep(snap, gw, l));
    steps.push(attachStep(snap, route, p, gw));
  }
  return steps;
}

/**
 * A parent's ResolvedRefs=False is a warning while some backend step pins which reference fails;
 * when none does, the parent's step is where the route breaks.
 */
export function breakUnpinnedRefs(parents: Step[], rest: readonly { status: HopStatus }[]): void {
  if (rest.some((h) => h.status === 'broken')) return;
  for (const s of parents)
    if (s.id.startsWith('route.refs.')) {
      s.status = 'broken';
      s.severity = 'error';
    }
}

/** Accepted reasons of status.parents[] → our finding id and concept. */
const ACCEPTED_IDS: Record<string, string> = {
  NotAllowedByListeners: 'route.notallowed',
  NoMatchingListenerHostname: 'route.hostname',
  NoMatchingParent: 'route.nomatchingparent',
};

/** Does the route attach to this parent? Our reading of the spec, then the controller's own status for it. */
export function attachStep(snap: GatewaySnapshot, route: Route, p: ParentReference, gw: Gateway | undefined): Step {
  const ns = route.metadata.namespace ?? '';
  const to = routeRef(route);
  // A sectionName naming no listener of the Gateway: the hop comes from the Gateway, not from a listener that is not there.
  const named = p.sectionName && (!gw || (gw.spec?.listeners ?? []).some((l) => l.name === p.sectionName));
  const from = named ? `listener ${p.sectionName}` : `gateway/${p.name}`;
  const parent = `${parentKey(p, ns)}${p.sectionName ? `:${p.sectionName}` : ''}${p.port ? ` port ${p.port}` : ''}`;
  const title = g['route.title']({ route: to, parent });
  // A broken attachment says why in its title (the verdict quotes it), not only which parent.
  const broken = (why: Message) => g['route.title.broken']({ route: to, parent, why });
  const hosts = (route.spec?.hostnames ?? []).join(', ') || '*';
  const lines: Message[] = [g['route.hostnames']({ hosts })];
  let computed: Step | undefined;
  // What our reading found, for the controller's Accepted=False reason to be said with names.
  let why: Message | undefined;
  let noListener: Message | undefined;
  let deniedBy: string | undefined;
  let nsFix: Message | undefined;
  if (gw) {
    const candidates = listenersOf(gw, p);
    if (candidates.length === 0) {
      const names = (gw.spec?.listeners ?? []).map((l) => `${l.name} (${l.port})`).join(', ');
      const which = { gateway: gwRef(gw), section: p.sectionName ?? '-', port: p.port ?? '-' };
      noListener = g['route.nolistener'](which);
      why = g['route.why.nolistener'](which);
      computed = step(
        from,
        to,
        'broken',
        'route.nomatchingparent',
        'httproute',
        broken(why),
        [...lines, noListener],
        g['route.nolistener.fix']({ listeners: names }),
      );
    } else {
      const denial = (l: Listener) => namespaceDenial(l, ns, snap.namespaceLabels[ns], gwRef(gw), gw.metadata.namespace ?? '');
      const verdicts = candidates.map((l) => ({
        l,
        allow: listenerAllows(l, gw.metadata.namespace ?? '', route, snap.namespaceLabels),
        hosts: intersectHostnames(l.hostname, route.spec?.hostnames),
      }));
      for (const v of verdicts)
        lines.push(
          g['route.listener']({
            name: v.l.name,
            verdict:
              v.allow.allowed === false
                ? v.allow.why === 'namespace'
                  ? denial(v.l).line
                  : g['route.kind.denied']({ kind: route.kind })
                : v.hosts?.length === 0
                  ? g['route.host.none']({ listener: v.l.hostname ?? '*' })
                  : g['route.attaches']({
                      hosts: v.hosts?.join(', ') ?? '*',
                      unknown: v.allow.allowed === 'unknown' ? g['route.ns.unknown']() : '',
                    }),
          }),
        );
      const ok = verdicts.filter((v) => v.allow.allowed !== false && v.hosts?.length !== 0);
      if (ok.length === 0) {
        const nsDenied = verdicts.find((v) => v.allow.allowed === false && v.allow.why === 'namespace');
        const kindDenied = verdicts.find((v) => v.allow.allowed === false && v.allow.why === 'kind');
        const kindOnly = kindDenied && verdicts.every((v) => v.allow.allowed === false);
        const listeners = verdicts.map((v) => v.l.hostname ?? '*').join(', ');
        deniedBy = nsDenied?.l.name;
        nsFix = nsDenied && denial(nsDenied.l).fix;
        why = nsDenied
          ? denial(nsDenied.l).why
          : kindOnly
            ? g['route.why.kind']({ listener: kindDenied.l.name, kind: route.kind })
            : g['route.why.host']({ hosts, listeners });
        computed = nsDenied
          ? step(from, to, 'broken', 'route.notallowed', 'gateway', broken(why), lines, nsFix)
          : kindOnly
            ? step(
                from,
                to,
                'broken',
                'route.kind',
                'gateway',
                broken(why),
                lines,
                g['route.kind.fix']({ kind: route.kind, listener: kindDenied.l.name }),
              )
            : step(from, to, 'broken', 'route.hostname', 'httproute', broken(why), lines, g['route.host.fix']({ hosts, listeners }));
      }
    }
  }
  const ps = (route.status?.parents ?? []).find((s) => sameParent(s.parentRef, p, ns));
  const cls = gw?.spec?.gatewayClassName ?? '?';
  // No entry for this parent, or only the API server's default: no controller has taken the route.
  const noStatus = () =>
    step(
      from,
      to,
      'broken',
      'route.nostatus',
      'httproute',
      broken(g['route.why.nostatus']({ cls })),
      [...lines, g['route.nostatus']({ cls })],
      g['route.nostatus.fix']({ cls }),
    );
  if (!ps) {
    if (computed) return computed;
    if (snap.offline)
      return step(from, to, 'ok', 'route.offline', 'httproute', title, [...lines, g['route.needs.status']()], undefined, 'info');
    return noStatus();
  }
  lines.push(g['route.controller']({ controller: ps.controllerName ?? '?' }));
  const acc = conditionOf(ps.conditions, 'Accepted', route.metadata);
  const partial = conditionOf(ps.conditions, 'PartiallyInvalid', route.metadata);
  const refs = conditionOf(ps.conditions, 'ResolvedRefs', route.metadata);
  lines.push(
    g['route.conds']({
      accepted: condText(acc.condition?.status, acc.condition?.reason),
      refs: condText(refs.condition?.status, refs.condition?.reason),
    }),
  );
  if (acc.condition?.status === 'False') {
    const reason = acc.condition.reason ?? '?';
    const fixes: Record<string, () => Message> = {
      NotAllowedByListeners: () =>
        nsFix ??
        g['route.ns.fix']({
          ns,
          listener: deniedBy ?? p.sectionName ?? ((gw ? listenersOf(gw, p) : []).map((l) => l.name).join(', ') || '*'),
          gateway: `gateway/${p.name}`,
          gwns: p.namespace ?? ns,
        }),
      NoMatchingListenerHostname: () =>
        g['route.host.fix']({ hosts, listeners: (gw ? listenersOf(gw, p) : []).map((l) => l.hostname ?? '*').join(', ') || '?' }),
      NoMatchingParent: () =>
        g['route.nolistener.fix']({ listeners: (gw?.spec?.listeners ?? []).map((l) => `${l.name} (${l.port})`).join(', ') || '?' }),
      UnsupportedValue: () => g['route.unsupported.fix'](),
    };
    return step(
      from,
      to,
      'broken',
      ACCEPTED_IDS[reason] ?? 'route.rejected',
      reason === 'NotAllowedByListeners' ? 'gateway' : 'httproute',
      // Our reading names the listener or hostnames when it agrees with the controller's reason.
      broken(why && computed?.id === ACCEPTED_IDS[reason] ? why : g['route.why.rejected']({ reason })),
      [
        ...lines,
        ...(noListener && reason === 'NoMatchingParent' ? [noListener] : []),
        g['route.rejected']({ reason }),
        said(acc.condition.message),
      ],
      fixes[reason]?.() ?? g['route.rejected.fix'](),
    );
  }
  if (acc.pending) return noStatus();
  if (acc.stale)
    return step(from, to, 'warning', 'route.stale', 'httproute', title, [
      ...lines,
      staleText(acc.condition?.observedGeneration, route.metadata.generation),
    ]);
  if (partial.condition?.status === 'True')
    return step(
      from,
      to,
      'warning',
      'route.partial',
      'httproute',
      title,
      [...lines, g['route.partial'](), said(partial.condition.message)],
      g['route.partial.fix'](),
    );
  // Route-wide: the backend steps usually pin which reference it is; if none does, the trace breaks this hop.
  if (refs.condition?.status === 'False') {
    const reason = refs.condition.reason ?? '?';
    return step(
      from,
      to,
      'warning',
      `route.refs.${reason}`,
      reason === 'RefNotPermitted' ? 'referencegrant' : 'httproute',
      title,
      [...lines, g['route.refs']({ reason }), said(refs.condition.message)],
      g['route.refs.fix']({ reason }),
    );
  }
  return step(from, to, 'ok', 'route.accepted', 'httproute', title, [...lines, g['route.accepted']()]);
}

// ── rules and backends ─────────────────────────────────────────────────────────────────────────

/** One match as the route says it (path, method, headers, query): the route's own words, not a sentence. */
export function matchText(m: RouteMatch): string {
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

export const ruleName = (rule: RouteRule, i: number) => rule.name ?? String(i + 1);

/** A rule: its matches and filters, no backend (500 unless it redirects), or every weight 0. */
export function ruleStep(route: Route, i: number, rule: RouteRule, lead?: Message): Step {
  const all = g['rule.match.all']();
  const matches = rule.matches?.length ? rule.matches.map(matchText) : undefined;
  const filters = (rule.filters ?? []).map((f) => f.type);
  const detail = [
    lead,
    g['rule.matches']({ matches: matches?.join(' | ') ?? all }),
    filters.length ? g['rule.filters']({ filters: filters.join(', ') }) : undefined,
    g['rule.backends']({ count: rule.backendRefs?.length ?? 0 }),
  ];
  const from = routeRef(route);
  const to = `rule ${ruleName(rule, i)}`;
  const title = g['rule.title']({
    index: ruleName(rule, i),
    matches: matches ? matches.slice(0, 2).join(' | ') + (matches.length > 2 ? ' …' : '') : all,
  });
  if (!rule.backendRefs?.length) {
    // A rule may only redirect; otherwise it answers 500 (no backend).
    const redirects = (rule.filters ?? []).some((f) => f.type === 'RequestRedirect');
    return redirects
      ? step(from, to, 'ok', 'rule.redirect', 'httproute', title, detail, undefined, 'info')
      : step(from, to, 'broken', 'rule.nobackends', 'httproute', title, detail, g['rule.nobackends.fix']());
  }
  if (rule.backendRefs.every((b) => (b.weight ?? 1) === 0))
    return step(from, to, 'broken', 'rule.weights0', 'httproute', title, [...detail, g['rule.weights0']()], g['rule.weights0.fix']());
  return step(from, to, 'ok', 'rule', 'httproute', title, detail);
}

export const backendTo = (route: Route, b: BackendRef) => {
  const routeNs = route.metadata.namespace ?? '';
  const ns = b.namespace ?? routeNs;
  return `backendRef ${ns === routeNs ? '' : `${ns}/`}${b.name}:${b.port ?? '?'}`;
};

/**
 * A backendRef: its kind, the ReferenceGrant a cross-namespace one needs, its port, and the Service
 * (null: it does not exist; undefined: not read, or offline).
 */
export function backendStep(
  snap: GatewaySnapshot,
  route: Route,
  i: number,
  rule: RouteRule,
  b: BackendRef,
  service: Service | null | undefined,
): Step {
  const routeNs = route.metadata.namespace ?? '';
  const ns = b.namespace ?? routeNs;
  const from = `rule ${ruleName(rule, i)}`;
  const to = backendTo(route, b);
  const weight = b.weight ?? 1;
  const total = (rule.backendRefs ?? []).reduce((n, x) => n + (x.weight ?? 1), 0);
  const title = g['be.title']({
    kind: b.kind ?? 'Service',
    name: b.name,
    ns,
    port: b.port ?? '?',
    weight,
    share: total ? Math.round((weight * 100) / total) : 0,
  });
  const at = { ns, name: b.name, port: String(b.port ?? '?') };
  const lines: Message[] = [];
  if ((b.group ?? '') !== '' || (b.kind ?? 'Service') !== 'Service')
    return step(from, to, 'warning', 'backend.kind', 'httproute', title, [
      g['be.kind']({ kind: `${b.group ? `${b.group}/` : ''}${b.kind ?? ''}` }),
    ]);
  if (ns !== routeNs) {
    const grants = snap.referenceGrants[ns];
    if (!grants) lines.push(snap.offline ? g['be.grant.offline']({ ns }) : g['be.grant.unknown']({ ns }));
    else {
      const grant = grantPermits(grants, route, b);
      if (!grant)
        return step(
          from,
          to,
          'broken',
          'backend.nogrant',
          'referencegrant',
          g['be.title.nogrant'](at),
          [g['be.nogrant']({ ns, routeNs, kind: route.kind })],
          g['be.nogrant.fix']({ ns, routeNs, kind: route.kind, name: b.name }),
        );
      lines.push(g['be.grant']({ grant: grant.metadata.name, ns }));
    }
  }
  if (b.port === undefined)
    return step(
      from,
      to,
      'broken',
      'backend.noport',
      'httproute',
      g['be.title.noport']({ ns, name: b.name }),
      [...lines, g['be.noport']()],
      g['be.noport.fix']({ name: b.name }),
    );
  if (service === null)
    return step(
      from,
      to,
      'broken',
      'backend.missing',
      'httproute',
      g['be.title.missing'](at),
      [...lines, g['be.missing']({ name: b.name, ns })],
      g['be.missing.fix']({ name: b.name, ns }),
    );
  if (service === undefined)
    return snap.offline
      ? step(from, to, 'ok', 'backend.offline', 'httproute', title, [...lines, g['be.offline']({ name: b.name })], undefined, 'info')
      : step(from, to, 'warning', 'backend.unknown', 'httproute', title, [...lines, g['be.unknown']({ name: b.name })]);
  if (service.spec?.type !== 'ExternalName' && !selectServicePorts(service, String(b.port)))
    return step(
      from,
      to,
      'broken',
      'backend.badport',
      'httproute',
      g['be.title.badport'](at),
      [...lines, g['be.badport']({ name: b.name, port: b.port })],
      g['be.badport.fix']({
        ports: (service.spec?.ports ?? []).map(formatServicePort).join(', ') || '-',
        hint: targetPortHint(service, b.port, g),
      }),
    );
  if (weight === 0) return step(from, to, 'ok', 'backend.weight0', 'httproute', title, [...lines, g['be.weight0']()], undefined, 'info');
  return step(from, to, 'ok', 'backend', 'httproute', title, [...lines, g['be.ok']()]);
}
