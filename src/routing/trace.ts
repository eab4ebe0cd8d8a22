// The trace engine: from a RoutingSnapshot to the hops an Ingress or Service request takes —
// Ingress rule → Service port → targetPort → EndpointSlices → Pods → container port — each with a
// status and a finding that explains it and, when broken, names the fix. Pure: no I/O, no clock.
import type { FindingModel, Severity } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { HopStatus, TraceModel } from '../model/trace.js';
import { hop, hopModel, note, type HopDraft } from './hop.js';
import { compareText } from '../text/compare.js';
import type {
  Endpoint,
  EndpointSlice,
  Ingress,
  IngressBackend,
  RoutedPod,
  RoutingSnapshot,
  Service,
  ServicePort,
} from '../model/routing.js';
import { r, type RouteBuilders as RoutingMessages } from './route-messages.js';
import {
  containerPorts,
  formatContainerPort,
  formatServicePort,
  protocolOf,
  resolveTargetPort,
  selectServicePorts,
  targetPortHint,
  targetPortOf,
  type ContainerPortRef,
  type TargetResolution,
} from './ports.js';
import { formatLabels, formatSelector, mapSelects, type NearMiss } from './selectors.js';
import { closeNames } from '../text/close-names.js';
import { whyNoPods, workloadRef } from './no-pods.js';
import { mixedApps } from './mixed-apps.js';
import { readinessFailure, type ReadinessFailure } from './readiness.js';
import { admission, deadPeers } from './network-policy.js';
import { isHeadless, serviceNotes, serviceTypeHop } from './service-type.js';

export interface TraceRequest {
  kind: 'service' | 'ingress';
  name: string;
  /** Service port by name or number (service traces). */
  port?: string;
}

const MAX_LINES = 20;
const svcRef = (name: string, port?: ServicePort | string) =>
  `service/${name}${port === undefined ? '' : `:${typeof port === 'string' ? port : (port.name ?? port.port)}`}`;

export function traceFromSnapshot(snap: RoutingSnapshot, req: TraceRequest): TraceModel {
  const t = r;
  const hops: HopDraft[] = [];
  const notes: FindingModel[] = [];
  if (req.kind === 'ingress') traceIngress(snap, t, hops, notes);
  else traceService(snap, req.name, req.port, 'client', t, hops, notes);
  const warnings = [...snap.warnings];
  if (snap.offline) warnings.push(t['offline.unknown']());
  return {
    kind: 'Trace',
    target: {
      kind: req.kind === 'ingress' ? 'Ingress' : 'Service',
      name: req.name,
      namespace: snap.namespace,
      ...(req.port ? { port: req.port } : {}),
    },
    hops: hops.map(hopModel),
    verdict: externalNameVerdict(snap, req, hops, t) ?? verdictOf(hops, snap.offline, t),
    notes,
    warnings,
    offline: snap.offline,
  };
}

export function verdictOf(hops: HopDraft[], offline: boolean, t: RoutingMessages = r): { severity: Severity; message: Message } {
  // An empty EndpointSlice is a consequence; the verdict names the cause (selector, readiness, port).
  const derived = (h: HopDraft) => h.finding.id.startsWith('endpoints.') && h.finding.id !== 'endpoints.selectorless.none';
  const broken = hops.find((h) => h.status === 'broken' && !derived(h)) ?? hops.find((h) => h.status === 'broken');
  if (broken)
    return {
      severity: 'error',
      message: t['verdict.broken']({ hop: `${broken.from} → ${broken.to}`, title: broken.finding.title, fix: broken.fix ?? '' }),
    };
  const warn = hops.find((h) => h.status === 'warning');
  if (warn)
    return {
      severity: 'warning',
      message: t['verdict.warning']({ hop: `${warn.from} → ${warn.to}`, title: warn.finding.title, fix: warn.fix ?? '' }),
    };
  const cond = offline ? undefined : hops.find((h) => h.condition)?.condition;
  if (cond) return { severity: 'info', message: t['verdict.ok.condition']({ hops: hops.length, condition: cond }) };
  return { severity: 'ok', message: offline ? t['verdict.ok.offline']() : t['verdict.ok']({ hops: hops.length }) };
}

/** An ExternalName Service that resolves: no Pods to reach, so the verdict says where DNS sends the client. */
function externalNameVerdict(snap: RoutingSnapshot, req: TraceRequest, hops: HopDraft[], t: RoutingMessages) {
  const svc = req.kind === 'service' ? snap.services[req.name] : undefined;
  const ext = svc?.spec?.type === 'ExternalName' ? svc.spec.externalName : undefined;
  if (!ext || hops.some((h) => h.status !== 'ok')) return undefined;
  return { severity: 'ok' as const, message: t['verdict.ok.externalname']({ name: req.name, ext }) };
}

// ── Ingress ────────────────────────────────────────────────────────────────────────────────────

function traceIngress(snap: RoutingSnapshot, t: RoutingMessages, hops: HopDraft[], notes: FindingModel[]): void {
  const ing = snap.ingress!;
  const name = ing.metadata.name;
  const me = `ingress/${name}`;
  hops.push(ingressClassHop(ing, snap, t));
  for (const tls of ing.spec?.tls ?? []) hops.push(tlsHop(me, tls, snap, t));
  const backends: IngressBackendStep[] = [];
  for (const rule of ing.spec?.rules ?? []) {
    for (const p of rule.http?.paths ?? []) {
      const host = rule.host || '*';
      backends.push({
        where: `${host}${p.path ?? '/'}`,
        to: `rule ${host}${p.path ?? '/'}`,
        backend: p.backend,
        detail: [
          rule.host ? t['ingress.host']({ host: rule.host }) : t['ingress.host.any'](),
          t['ingress.path']({ path: p.path ?? '/', type: p.pathType ?? 'ImplementationSpecific', meaning: pathTypeMeaning(p.pathType, t) }),
        ],
      });
    }
  }
  if (ing.spec?.defaultBackend)
    backends.push({
      where: t['ingress.default'](),
      to: 'defaultBackend',
      backend: ing.spec.defaultBackend,
      detail: [t['ingress.default.detail']()],
    });
  if (backends.length === 0) {
    hops.push(
      hop(
        me,
        '-',
        'broken',
        'ingress.norules',
        'ingress',
        t['ingress.norules.title'](),
        t['ingress.norules.detail'](),
        t['ingress.norules.fix'](),
      ),
    );
    return;
  }
  const traced = new Set<string>();
  for (const b of backends) ingressBackendHops(snap, me, b, t, hops, notes, traced);
}

export interface IngressBackendStep {
  /** Where the request matched (host/path, or the default backend). */
  where: string | Message;
  /** The hop's `to`: the rule (or defaultBackend). */
  to: string;
  backend: IngressBackend;
  detail: Message[];
}

/** One Ingress backend: the rule → Service port hop (missing Service, port absent or wrong), then the Service trace. */
export function ingressBackendHops(
  snap: RoutingSnapshot,
  me: string,
  b: IngressBackendStep,
  t: RoutingMessages,
  hops: HopDraft[],
  notes: FindingModel[],
  traced: Set<string>,
): void {
  const from = me;
  const rule = b.to;
  if (b.backend.resource) {
    hops.push(
      hop(
        from,
        `${b.backend.resource.kind}/${b.backend.resource.name}`,
        'ok',
        'ingress.resource',
        'ingress',
        t['ingress.resource.title']({ kind: b.backend.resource.kind, name: b.backend.resource.name }),
        [...b.detail, t['ingress.resource.detail']()],
        undefined,
        'info',
      ),
    );
    return;
  }
  const sb = b.backend.service;
  if (!sb) return;
  const port = sb.port?.name ?? (sb.port?.number !== undefined ? String(sb.port.number) : undefined);
  const to = rule;
  const svc = snap.services[sb.name];
  const title = t['ingress.rule.title']({ where: b.where, service: sb.name, port: port ?? '?' });
  if (svc === null || svc === undefined) {
    const near = closeNames(sb.name, snap.serviceNames ?? []);
    hops.push(
      hop(
        from,
        to,
        svc === null ? 'broken' : 'warning',
        'ingress.backend.missing',
        svc === null ? 'ingress.missing-ref' : 'ingress',
        svc === null ? t['ingress.rule.title.missing']({ where: b.where, service: sb.name }) : title,
        [
          ...b.detail,
          svc === null
            ? t['ingress.backend.missing']({ service: sb.name, ns: snap.namespace })
            : snap.offline
              ? t['ingress.backend.offline']({ service: sb.name })
              : t['ingress.backend.unknown']({ service: sb.name }),
        ],
        svc === null
          ? t['ingress.backend.missing.fix']({ service: sb.name, near: near.length ? t['near.names']({ names: near }) : '' })
          : undefined,
      ),
    );
    return;
  }
  if (port === undefined) {
    hops.push(
      hop(
        from,
        to,
        'broken',
        'ingress.backend.noport',
        'ingress.missing-ref',
        title,
        b.detail,
        t['ingress.backend.noport.fix']({ ports: portsList(svc) }),
      ),
    );
    return;
  }
  const sps = selectServicePorts(svc, sb.port?.name ?? sb.port?.number);
  if (!sps) {
    hops.push(
      hop(
        from,
        to,
        'broken',
        'ingress.backend.badport',
        'ingress.missing-ref',
        t['ingress.rule.title.badport']({ where: b.where, service: sb.name, port }),
        [...b.detail, t['ingress.backend.badport']({ service: sb.name, port })],
        t['ingress.backend.badport.fix']({
          service: sb.name,
          ports: portsList(svc),
          hint: targetPortHint(svc, port, t, snap.endpointSlices),
        }),
      ),
    );
    return;
  }
  hops.push(hop(from, to, 'ok', 'ingress.rule', 'ingress', title, [...b.detail, t['ingress.rule.detail']()]));
  const key = `${sb.name}:${port}`;
  if (traced.has(key)) return;
  traced.add(key);
  traceService(snap, sb.name, port, rule, t, hops, notes, true);
}

export function pathTypeMeaning(type: string | undefined, t: RoutingMessages): Message {
  return type === 'Exact' ? t['pathtype.exact']() : type === 'Prefix' ? t['pathtype.prefix']() : t['pathtype.impl']();
}

export function ingressClassHop(ing: Ingress, snap: RoutingSnapshot, t: RoutingMessages): HopDraft {
  const me = `ingress/${ing.metadata.name}`;
  const annotated = ing.metadata.annotations?.['kubernetes.io/ingress.class'];
  const cls = ing.spec?.ingressClassName ?? annotated;
  const address = (ing.status?.loadBalancer?.ingress ?? [])
    .map((a) => a.ip ?? a.hostname)
    .filter(Boolean)
    .join(', ');
  const addr = address ? t['ingress.address']({ address }) : t['ingress.noaddress']();
  const classes = snap.ingressClasses;
  if (!classes) {
    // The classes could not be read: offline there are none to read, live the list was refused.
    const detail = snap.offline ? [t['ingress.class.offline']()] : [t['ingress.class.unknown'](), addr];
    return hop('client', me, 'warning', 'ingress.class', 'ingressclass', t['ingress.class.title']({ cls: cls ?? '-' }), detail);
  }
  const defaults = classes.filter((c) => c.metadata.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true');
  const names = classes.map((c) => c.metadata.name);
  if (!cls) {
    if (defaults.length === 1) {
      const d = defaults[0]!;
      // Live, an Ingress without a class while a default exists was not given it: the API server fills
      // the default in only when an Ingress is created. In files (-f) it will be, on kubectl apply.
      if (!snap.offline)
        return hop(
          'client',
          me,
          'warning',
          'ingress.class.default.unset',
          'ingressclass',
          t['ingress.class.title.unset']({ cls: d.metadata.name }),
          [t['ingress.class.unset']({ cls: d.metadata.name, controller: d.spec?.controller ?? '?' }), addr],
          t['ingress.class.unset.fix']({ name: ing.metadata.name, cls: d.metadata.name }),
        );
      return hop(
        'client',
        me,
        address ? 'ok' : 'warning',
        'ingress.class',
        'ingressclass',
        t['ingress.class.title']({ cls: t['ingress.class.isdefault']({ cls: d.metadata.name }) }),
        [t['ingress.class.default']({ cls: d.metadata.name, controller: d.spec?.controller ?? '?' }), addr],
      );
    }
    return hop(
      'client',
      me,
      'broken',
      'ingress.class.none',
      'ingressclass',
      t['ingress.class.title.none'](),
      t['ingress.class.none']({ count: defaults.length }),
      names.length
        ? t['ingress.class.none.fix']({ name: ing.metadata.name, classes: names.join(', ') })
        : t['ingress.class.install.fix']({ name: ing.metadata.name, cls: '' }),
    );
  }
  const found = classes.find((c) => c.metadata.name === cls);
  if (!found) {
    return hop(
      'client',
      me,
      'broken',
      'ingress.class.missing',
      'ingressclass',
      t['ingress.class.title.missing']({ cls }),
      [t['ingress.class.missing']({ cls }), ...(annotated && !ing.spec?.ingressClassName ? [t['ingress.class.annotation']()] : [])],
      names.length
        ? t['ingress.class.fix']({ name: ing.metadata.name, classes: names.join(', ') })
        : t['ingress.class.install.fix']({ name: ing.metadata.name, cls }),
    );
  }
  return hop(
    'client',
    me,
    address ? 'ok' : 'warning',
    'ingress.class',
    'ingressclass',
    address ? t['ingress.class.title']({ cls }) : t['ingress.class.title.noaddress']({ cls }),
    [t['ingress.class.found']({ cls, controller: found.spec?.controller ?? '?' }), addr],
    address ? undefined : t['ingress.noaddress.fix'](),
  );
}

export function tlsHop(me: string, tls: { hosts?: string[]; secretName?: string }, snap: RoutingSnapshot, t: RoutingMessages): HopDraft {
  const hosts = (tls.hosts ?? []).join(', ') || '*';
  const to = tls.secretName ? `secret/${tls.secretName}` : 'tls';
  if (!tls.secretName)
    return hop('client', me, 'warning', 'ingress.tls', 'ingress', t['tls.title']({ hosts, secret: '-' }), t['tls.nosecret']());
  const s = snap.tlsSecrets?.find((x) => x.name === tls.secretName);
  if (!s || s.exists === 'unknown')
    return hop('client', to, 'warning', 'ingress.tls', 'ingress', t['tls.title']({ hosts, secret: tls.secretName }), t['tls.unknown']());
  if (!s.exists)
    // The controller still answers, with its default certificate: a warning, not a break.
    return hop(
      'client',
      to,
      'warning',
      'ingress.tls.missing',
      'ingress.missing-ref',
      t['tls.title']({ hosts, secret: tls.secretName }),
      t['tls.missing']({ secret: tls.secretName }),
      t['tls.missing.fix']({ secret: tls.secretName, ns: snap.namespace }),
    );
  if (s.type && s.type !== 'kubernetes.io/tls')
    return hop(
      'client',
      to,
      'warning',
      'ingress.tls.type',
      'secret',
      t['tls.title']({ hosts, secret: tls.secretName }),
      t['tls.type']({ type: s.type }),
    );
  return hop('client', to, 'ok', 'ingress.tls', 'ingress', t['tls.title']({ hosts, secret: tls.secretName }), t['tls.ok']());
}

const portsList = (svc: Service) => (svc.spec?.ports ?? []).map(formatServicePort).join(', ') || '-';

// ── Service ────────────────────────────────────────────────────────────────────────────────────

/** The Service part of any trace (also behind Ingress rules and Gateway backendRefs). */
export function traceService(
  snap: RoutingSnapshot,
  name: string,
  port: string | undefined,
  from: string,
  t: RoutingMessages,
  hops: HopDraft[],
  notes: FindingModel[],
  viaIngress = false,
): void {
  const svc = snap.services[name];
  if (!svc) {
    const near = closeNames(name, snap.serviceNames ?? []);
    hops.push(
      hop(
        from,
        svcRef(name),
        'broken',
        'service.missing',
        'service',
        t['svc.missing.title']({ name }),
        t['svc.missing']({ name, ns: snap.namespace }),
        t['svc.missing.fix']({ near: near.length ? t['near.names']({ names: near }) : '' }),
      ),
    );
    return;
  }
  const typeHop = serviceTypeHop(svc, from, t, viaIngress);
  hops.push(typeHop);
  notes.push(...serviceNotes(svc, t));
  if (svc.spec?.type === 'ExternalName') return;

  const sps = selectServicePorts(svc, port);
  if (!sps) {
    hops.push(
      hop(
        svcRef(name),
        svcRef(name, port),
        'broken',
        'service.port.missing',
        'service',
        t['svc.port.missing.title']({ port: port! }),
        t['svc.port.missing']({ name, port: port! }),
        t['svc.port.missing.fix']({ ports: portsList(svc) }),
      ),
    );
    return;
  }
  if (sps.length === 0) {
    hops.push(
      hop(
        svcRef(name),
        '-',
        svc.spec?.clusterIP === 'None' ? 'warning' : 'broken',
        'service.noports',
        'service',
        t['svc.noports.title'](),
        t['svc.noports'](),
        t['svc.noports.fix'](),
      ),
    );
    return;
  }
  const selector = svc.spec?.selector && Object.keys(svc.spec.selector).length ? svc.spec.selector : undefined;
  const slices = snap.endpointSlices?.filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === name);
  const allPods = snap.pods;
  const selected =
    allPods === undefined
      ? undefined
      : selector
        ? allPods.filter((p) => mapSelects(selector, p.metadata.labels))
        : allPods.filter((p) =>
            (slices ?? []).some((s) =>
              (s.endpoints ?? []).some((e) => e.targetRef?.kind === 'Pod' && e.targetRef.name === p.metadata.name),
            ),
          );

  for (const sp of sps) {
    const portRef = svcRef(name, sp);
    const tp = targetPortOf(sp);
    // targetPort against every selected Pod (or template).
    const resolutions = (selected ?? []).map((p) => ({ pod: p, r: resolveTargetPort(p, sp) }));
    hops.push(targetPortHop(portRef, sp, tp, resolutions, selector !== undefined, selected !== undefined, t));
    const tpRef = `targetPort ${tp}`;
    const eps = endpointsHop(tpRef, svc, sp, slices, selector, snap, t);
    hops.push(eps);
    hops.push(podsHop(selector, selected, allPods, svc, slices, sp, snap, t));
    hops.push(containerHop(resolutions, sp, t));
    // NetworkPolicies on the Pods for the port traffic arrives on.
    const first = resolutions.find((x) => x.r.kind === 'ok' || x.r.kind === 'undeclared');
    if (first && snap.networkPolicies) {
      const declared = first.r.kind === 'ok' ? first.r.declared : undefined;
      const target = {
        port: first.r.kind === 'missing' ? 0 : first.r.port,
        ...(declared?.name ? { name: declared.name } : {}),
        protocol: protocolOf(sp),
      };
      // An undeclared target port that the policies deny while they admit the declared one: the port is the likelier slip.
      const likely = first.r.kind === 'undeclared' ? containerPorts(first.pod).find((p) => p.protocol === target.protocol) : undefined;
      const policy = policyCheck(first.pod, target, snap, t, from !== 'client', likely);
      if ('from' in policy) hops.push(policy);
      else notes.push(policy);
    } else if (!snap.networkPolicies && !snap.offline) {
      notes.push(
        note(`netpol.${sp.port}`, 'networkpolicy', 'warning', t['netpol.title']({ port: String(sp.port) }), t['netpol.unknown']()),
      );
    }
  }
}

type Resolved = { pod: RoutedPod; r: TargetResolution };

const podLabel = (p: RoutedPod) => (p.template ? `${p.template.kind.toLowerCase()}/${p.template.name}` : `pod/${p.metadata.name}`);

function targetPortHop(
  from: string,
  sp: ServicePort,
  tp: number | string,
  res: Resolved[],
  hasSelector: boolean,
  podsKnown: boolean,
  t: RoutingMessages,
): HopDraft {
  const to = `targetPort ${tp}`;
  const title = t['tp.title']({ port: formatServicePort(sp), target: String(tp) });
  const proto = protocolOf(sp);
  if (!podsKnown) return hop(from, to, 'warning', 'targetport', 'service', title, t['tp.unknown']());
  if (res.length === 0)
    return hop(
      from,
      to,
      'ok',
      'targetport',
      'service',
      title,
      hasSelector ? t['tp.nopods']() : t['tp.selectorless']({ port: String(tp) }),
      undefined,
      'info',
    );
  const ok = res.filter((x) => x.r.kind === 'ok');
  const undeclared = res.filter((x) => x.r.kind === 'undeclared');
  const missing = res.filter((x) => x.r.kind === 'missing');
  const declaredSomewhere = (x: Resolved) => containerPorts(x.pod);
  if (typeof tp === 'string' && !/^\d+$/.test(tp)) {
    const resolvedTo = [...new Set(ok.map((x) => (x.r.kind === 'ok' ? `${x.r.port} (${x.r.declared!.container})` : '')))].join(', ');
    const proto2 = missing.map((x) => (x.r.kind === 'missing' ? x.r.otherProtocol : undefined)).find(Boolean);
    if (missing.length === 0)
      return hop(
        from,
        to,
        'ok',
        'targetport',
        'service',
        title,
        t['tp.named.ok']({ name: tp, ports: resolvedTo, count: ok.length, total: res.length }),
      );
    const names =
      missing
        .slice(0, 5)
        .map((x) => podLabel(x.pod))
        .join(', ') + (missing.length > 5 ? ` (+${missing.length - 5})` : '');
    if (proto2) {
      return hop(
        from,
        to,
        'broken',
        'targetport.protocol',
        'service.targetport-mismatch',
        t['tp.title.protocol']({ target: tp, svcProto: proto, ctrProto: proto2.protocol, port: formatContainerPort(proto2) }),
        t['tp.protocol']({ name: tp, svcProto: proto, ctrProto: proto2.protocol, port: formatContainerPort(proto2) }),
        t['tp.protocol.fix']({ proto: proto2.protocol }),
      );
    }
    const available = [...new Set(missing.flatMap((x) => declaredSomewhere(x).map(formatContainerPort)))].join(', ') || t['none']();
    if (ok.length === 0)
      return hop(
        from,
        to,
        'broken',
        'targetport.named.missing',
        'service.targetport-mismatch',
        t['tp.title.none']({ name: tp }),
        t['tp.named.none']({ name: tp, available }),
        t['tp.named.none.fix']({ name: tp }),
      );
    return hop(
      from,
      to,
      'warning',
      'targetport.named.partial',
      'service.targetport-mismatch',
      t['tp.title.partial']({ name: tp, count: missing.length, total: res.length, missing: names }),
      t['tp.named.partial']({ name: tp, ports: resolvedTo, missing: names, count: missing.length, total: res.length }),
      t['tp.named.partial.fix']({ name: tp }),
    );
  }
  const n = Number(tp);
  if (undeclared.length === 0)
    return hop(
      from,
      to,
      'ok',
      'targetport',
      'service',
      title,
      t['tp.number.ok']({
        port: n,
        ports: [...new Set(ok.map((x) => (x.r.kind === 'ok' ? formatContainerPort(x.r.declared!) : '')))].join(', '),
      }),
    );
  const otherProto = undeclared.map((x) => (x.r.kind === 'undeclared' ? x.r.sameNumberOtherProtocol : undefined)).find(Boolean);
  if (otherProto)
    return hop(
      from,
      to,
      'broken',
      'targetport.protocol',
      'service.targetport-mismatch',
      t['tp.title.protocol']({ target: String(n), svcProto: proto, ctrProto: otherProto.protocol, port: formatContainerPort(otherProto) }),
      t['tp.protocol']({ name: String(n), svcProto: proto, ctrProto: otherProto.protocol, port: formatContainerPort(otherProto) }),
      t['tp.protocol.fix']({ proto: otherProto.protocol }),
    );
  const others = [...new Set(undeclared.flatMap((x) => declaredSomewhere(x).map(formatContainerPort)))];
  if (others.length === 0)
    return hop(
      from,
      to,
      'warning',
      'targetport.undeclared',
      'service.targetport-mismatch',
      title,
      t['tp.number.nodecl']({ port: n }),
      t['tp.number.nodecl.fix']({ port: n }),
    );
  const suggestion = undeclared.flatMap((x) => declaredSomewhere(x)).find((p) => p.protocol === proto);
  const fix = t['tp.number.other.fix']({
    target: n,
    port: suggestion ? String(suggestion.port) : '?',
    name: suggestion?.name ? ` (${suggestion.name})` : '',
  });
  // containerPort is informational: kube-proxy sends to Pod port n whatever the containers declare, so
  // the trace cannot know it is broken; the declared port is the likely intent, said as a warning.
  if (ok.length === 0)
    return hop(
      from,
      to,
      'warning',
      'targetport.undeclared',
      'service.targetport-mismatch',
      t['tp.title.undeclared']({ port: n }),
      t['tp.number.other']({ port: n, others: others.join(', ') }),
      fix,
    );
  return hop(
    from,
    to,
    'warning',
    'targetport.undeclared',
    'service.targetport-mismatch',
    title,
    t['tp.number.partial']({ port: n, count: undeclared.length, total: res.length, others: others.join(', ') }),
    fix,
  );
}

const isReady = (e: Endpoint) => e.conditions?.ready !== false;
const epPort = (slice: { ports?: { name?: string; port?: number }[] | null }, sp: ServicePort) =>
  (slice.ports ?? []).find((p) => (p.name ?? '') === (sp.name ?? ''));

function endpointsHop(
  from: string,
  svc: Service,
  sp: ServicePort,
  slices: RoutingSnapshot['endpointSlices'],
  selector: Record<string, string> | undefined,
  snap: RoutingSnapshot,
  t: RoutingMessages,
): HopDraft {
  const name = svc.metadata.name;
  const to = 'endpointslices';
  if (slices === undefined) {
    if (snap.offline)
      return hop(
        from,
        to,
        'ok',
        'endpoints.offline',
        'endpointslice',
        t['eps.title.unknown'](),
        selector ? t['eps.offline']({ selector: formatLabels(selector) }) : t['eps.offline.selectorless'](),
        undefined,
        'info',
      );
    return hop(from, to, 'warning', 'endpoints.unknown', 'endpointslice', t['eps.title.unknown'](), t['eps.forbidden']());
  }
  const managed = [...new Set(slices.map((s) => s.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] ?? '?'))].join(', ');
  if (!selector && slices.length === 0) {
    const stray = strayManualSlice(name, snap.namespaceSlices ?? []);
    if (stray)
      return hop(
        from,
        to,
        'broken',
        'endpoints.selectorless.label',
        'service.endpoints',
        t['eps.title']({ ready: 0, total: 0, slices: 0 }),
        [t['eps.selectorless.none']({ name }), t['eps.selectorless.stray']({ slice: stray.slice, have: stray.have })],
        t['eps.selectorless.stray.fix']({ slice: stray.slice, name }),
      );
    return hop(
      from,
      to,
      'broken',
      'endpoints.selectorless.none',
      'service.endpoints',
      t['eps.title']({ ready: 0, total: 0, slices: 0 }),
      t['eps.selectorless.none']({ name }),
      t['eps.selectorless.none.fix']({ name }),
    );
  }
  const withPort = slices.map((s) => ({ s, p: epPort(s, sp) })).filter((x) => x.p);
  const eps = withPort.flatMap((x) => (x.s.endpoints ?? []).map((e) => ({ e, port: x.p!.port, slice: x.s.metadata.name })));
  const ready = eps.filter((x) => isReady(x.e));
  const serving = eps.filter((x) => !isReady(x.e) && x.e.conditions?.serving);
  const terminating = eps.filter((x) => x.e.conditions?.terminating);
  // Count the Service's slices, not only those naming the port: an empty slice (ports: null) is still a slice.
  const title = t['eps.title']({ ready: ready.length, total: eps.length, slices: slices.length });
  const lines = eps.slice(0, MAX_LINES).map(({ e, port }) =>
    t['eps.line']({
      address: (e.addresses ?? []).join(',') + (port !== undefined ? `:${port}` : ''),
      ready: String(e.conditions?.ready ?? true),
      serving: String(e.conditions?.serving ?? e.conditions?.ready ?? true),
      terminating: String(e.conditions?.terminating ?? false),
      target: e.targetRef ? `${e.targetRef.kind?.toLowerCase() ?? ''}/${e.targetRef.name ?? ''}` : '-',
      node: e.nodeName ?? '-',
    }),
  );
  if (eps.length > MAX_LINES) lines.push(t['more']({ count: eps.length - MAX_LINES }));
  const head = selector
    ? t[isHeadless(svc) ? 'eps.head.headless' : 'eps.head']({ name, slices: slices.length })
    : t['eps.manual']({ name, managed });
  const detail = [
    head,
    ...(serving.length ? [t['eps.serving']({ count: serving.length })] : []),
    ...(terminating.length ? [t['eps.terminating']({ count: terminating.length })] : []),
    ...lines,
  ];
  if (slices.length > 0 && withPort.length === 0 && slices.some((s) => (s.endpoints ?? []).length > 0)) {
    if (!selector) {
      // Written by hand: kube-proxy pairs ports by name, so the slice's port names are what is wrong.
      const label = (n: string | undefined) => (n ? n : t['eps.noport.unnamed']());
      const have = [...new Set(slices.flatMap((s) => (s.ports ?? []).map((p) => p.name ?? '')))];
      const slice = slices.find((s) => (s.endpoints ?? []).length > 0)!.metadata.name;
      return hop(
        from,
        to,
        'broken',
        'endpoints.noport.manual',
        'service.endpoints',
        title,
        [head, t['eps.noport.manual']({ have: have.length ? have.map(label) : t['none'](), want: label(sp.name) })],
        t['eps.noport.manual.fix']({ slice, want: label(sp.name) }),
      );
    }
    return hop(
      from,
      to,
      'broken',
      'endpoints.noport',
      'endpointslice',
      // The controller lists the Pods with no port (kubectl shows their addresses): not "0/0 endpoints".
      t['eps.title.noport']({
        listed: slices.reduce((n, s) => n + (s.endpoints ?? []).length, 0),
        port: sp.name ?? String(sp.port),
        slices: slices.length,
      }),
      [head, t['eps.noport']({ port: sp.name ?? String(sp.port) })],
      t['eps.noport.fix'](),
    );
  }
  if (ready.length === 0) {
    if (eps.length > 0 && svc.spec?.publishNotReadyAddresses)
      return hop(from, to, 'warning', 'endpoints.notready.published', 'endpointslice', title, [...detail, t['eps.published']()]);
    // The first by name, as the Pods hop names it: both hops send the reader to the same Pod.
    const firstPod = eps
      .filter((x) => x.e.targetRef?.kind === 'Pod')
      .map((x) => x.e.targetRef!.name!)
      .sort(compareText)[0];
    const probe = eps.length ? readinessFailure(snap.pods ?? [], snap.events ?? []) : undefined;
    return hop(
      from,
      to,
      'broken',
      probe ? 'endpoints.none.readiness' : 'endpoints.none',
      probe ? 'probes.readiness' : 'service.no-endpoints',
      title,
      probe ? [...detail, readinessText(probe, t)] : detail,
      probe
        ? t['readiness.fix']({ pod: probe.pod, ns: snap.namespace })
        : eps.length
          ? firstPod
            ? t['pods.notready.fix']({ pod: firstPod, ns: snap.namespace })
            : t['eps.none.notready.fix']()
          : t['eps.none.fix'](),
    );
  }
  if (ready.length < eps.length)
    return hop(
      from,
      to,
      'warning',
      'endpoints.some',
      'endpointslice',
      title,
      detail,
      t['eps.some.fix']({ count: eps.length - ready.length }),
    );
  return hop(from, to, 'ok', 'endpoints', 'endpointslice', title, detail);
}

const SERVICE_NAME = 'kubernetes.io/service-name';

/**
 * A slice written by hand (not by the EndpointSlice controller) whose service-name label is a near
 * miss of the Service's name or absent: the slice meant for it, which kube-proxy does not pair with it.
 */
function strayManualSlice(name: string, slices: readonly EndpointSlice[]): { slice: string; have: string } | undefined {
  const manual = slices.filter((s) => s.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] !== 'endpointslice-controller.k8s.io');
  const labelled = manual.filter((s) => s.metadata.labels?.[SERVICE_NAME] !== undefined);
  const near = closeNames(name, [...new Set(labelled.map((s) => s.metadata.labels![SERVICE_NAME]!))])[0];
  const hit = near !== undefined ? labelled.find((s) => s.metadata.labels![SERVICE_NAME] === near) : undefined;
  if (hit) return { slice: hit.metadata.name, have: `${SERVICE_NAME}=${near}` };
  const unlabelled = manual.find((s) => s.metadata.labels?.[SERVICE_NAME] === undefined && s.metadata.name.startsWith(name));
  return unlabelled ? { slice: unlabelled.metadata.name, have: '-' } : undefined;
}

const podReady = (p: RoutedPod) => p.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';

function podsHop(
  selector: Record<string, string> | undefined,
  selected: RoutedPod[] | undefined,
  all: RoutedPod[] | undefined,
  svc: Service,
  slices: RoutingSnapshot['endpointSlices'],
  sp: ServicePort,
  snap: RoutingSnapshot,
  t: RoutingMessages,
): HopDraft {
  const from = 'endpointslices';
  const to = 'pods';
  if (selected === undefined || all === undefined)
    return hop(from, to, 'warning', 'pods.unknown', 'labels.selector', t['pods.title.unknown'](), t['pods.forbidden']());
  if (!selector) {
    if (selected.length === 0)
      return hop(
        from,
        to,
        'ok',
        'pods.selectorless',
        'service.endpoints',
        t['pods.selectorless.title'](),
        t['pods.selectorless'](),
        undefined,
        'info',
      );
  }
  const sel = selector ? formatLabels(selector) : '';
  if (selected.length === 0) return noPodsHop(selector!, all, svc, snap, t);
  if (snap.offline) {
    const zero = selected.filter((p) => p.replicas === 0);
    if (zero.length === selected.length) {
      const w = podLabel(zero[0]!);
      return hop(
        from,
        to,
        'broken',
        'pods.scaled-zero',
        'service.no-endpoints',
        t['pods.zero.title']({ workload: w }),
        t['pods.zero']({ workload: w, selector: sel }),
        t['pods.zero.fix']({ workload: w, ns: snap.namespace }),
      );
    }
    const lines = selected.slice(0, MAX_LINES).map((p) => t['pods.template.line']({ what: podLabel(p), replicas: replicasText(p, t) }));
    return hop(
      from,
      to,
      'ok',
      'pods.templates',
      'labels.selector',
      t['pods.title']({ count: selected.length, selector: sel }),
      [t['pods.offline'](), ...lines],
      undefined,
      'info',
    );
  }
  // Which Pods carry an endpoint of this Service (for the per-Pod lines).
  const inSlices = new Map<string, Endpoint>();
  for (const s of slices ?? []) {
    if (!epPort(s, sp)) continue;
    for (const e of s.endpoints ?? []) if (e.targetRef?.name) inSlices.set(e.targetRef.name, e);
  }
  const ready = selected.filter(podReady);
  const lines = selected.slice(0, MAX_LINES).map((p) => {
    const e = inSlices.get(p.metadata.name);
    return t['pods.line']({
      pod: p.metadata.name,
      phase: p.status?.phase ?? '?',
      ready: podReady(p) ? 'True' : 'False',
      ip: p.status?.podIP ?? '-',
      endpoint: slices === undefined ? '?' : e ? (isReady(e) ? t['pods.ep.ready']() : t['pods.ep.notready']()) : t['pods.ep.none'](),
      terminating: p.metadata.deletionTimestamp ? t['pods.terminating']() : '',
    });
  });
  if (selected.length > MAX_LINES) lines.push(t['more']({ count: selected.length - MAX_LINES }));
  const title = selector ? t['pods.title']({ count: selected.length, selector: sel }) : t['pods.selectorless.title']();
  if (ready.length === 0) {
    const firstBad = selected[0]!;
    const pub = svc.spec?.publishNotReadyAddresses;
    const probe = readinessFailure(selected, snap.events ?? []);
    if (pub)
      return hop(
        from,
        to,
        'warning',
        'pods.notready.published',
        'probes.readiness',
        selector ? t['pods.title.published']({ count: selected.length, selector: sel }) : title,
        [t['pods.notready.published']({ count: selected.length }), ...(probe ? [readinessText(probe, t)] : []), ...lines],
        probe
          ? t['readiness.fix']({ pod: probe.pod, ns: snap.namespace })
          : t['pods.notready.fix']({ pod: firstBad.metadata.name, ns: snap.namespace }),
      );
    return hop(
      from,
      to,
      'broken',
      probe ? 'pods.notready.readiness' : 'pods.notready',
      'probes.readiness',
      // The trace's verdict is this title: it names the probe and the status the kubelet reported.
      probe && selector
        ? t['pods.title.readiness']({
            count: selected.length,
            selector: sel,
            pod: probe.pod,
            probe: probe.probe ? `${probe.container} ${probe.probe}` : '-',
            status: probe.status !== undefined ? String(probe.status) : '',
          })
        : selector
          ? t['pods.title.notready']({
              count: selected.length,
              selector: sel,
              pods: selected
                .slice(0, 3)
                .map((p) => p.metadata.name)
                .join(', '),
              more: Math.max(0, selected.length - 3),
              listed: selected.filter((p) => inSlices.has(p.metadata.name)).length,
            })
          : title,
      [t['pods.notready']({ count: selected.length }), ...(probe ? [readinessText(probe, t)] : []), ...lines],
      probe
        ? t['readiness.fix']({ pod: probe.pod, ns: snap.namespace })
        : t['pods.notready.fix']({ pod: firstBad.metadata.name, ns: snap.namespace }),
    );
  }
  // Traffic goes to a Pod only through a ready endpoint of this Service (not merely because it is Ready).
  const serving =
    slices === undefined
      ? ready
      : ready.filter((p) => {
          const e = inSlices.get(p.metadata.name);
          return e !== undefined && isReady(e);
        });
  if (serving.length === 0)
    return hop(
      from,
      to,
      'broken',
      'pods.noendpoint',
      'service.no-endpoints',
      title,
      [t['pods.noendpoint']({ count: ready.length }), ...lines],
      t['pods.noendpoint.fix'](),
    );
  const mixed = selector ? mixedApps(selector, serving) : undefined;
  if (mixed) {
    const apps = mixed.apps.map((a) => `${mixed.key}=${a.value}`);
    // The app the Service is named for, when there is one, is the one meant.
    const meant = mixed.apps.find((a) => a.value === svc.metadata.name);
    return hop(
      from,
      to,
      'warning',
      'pods.mixed',
      'service.selector-mismatch',
      t['pods.mixed.title']({ selector: sel, count: mixed.apps.length, apps: apps.join(', ') }),
      [
        t['pods.mixed']({ selector: sel, count: mixed.apps.length }),
        ...mixed.apps.map((a) => t['pods.mixed.line']({ app: `${mixed.key}=${a.value}`, count: a.count, pod: a.pod })),
        ...lines,
      ],
      meant
        ? t['pods.mixed.fix']({ label: `${mixed.key}=${meant.value}`, name: svc.metadata.name })
        : t['pods.mixed.fix.choose']({ labels: apps.join(', ') }),
    );
  }
  if (serving.length < selected.length)
    return hop(from, to, 'warning', 'pods.some', 'probes.readiness', title, [
      t['pods.some']({ ready: serving.length, total: selected.length }),
      ...lines,
    ]);
  return hop(from, to, 'ok', 'pods', 'labels.selector', title, [t['pods.all']({ count: serving.length }), ...lines]);
}

function noPodsHop(selector: Record<string, string>, all: RoutedPod[], svc: Service, snap: RoutingSnapshot, t: RoutingMessages): HopDraft {
  const sel = formatLabels(selector);
  const cause = whyNoPods(selector, all, snap.workloads ?? [], snap.podsElsewhere);
  const head = t['pods.none']({ selector: sel, count: all.length });
  const none = (id: string, detail: Message[], fix: Message) =>
    hop(
      'endpointslices',
      'pods',
      'broken',
      id,
      'service.selector-mismatch',
      t['pods.none.title']({ selector: sel }),
      [head, ...detail],
      fix,
    );
  switch (cause.kind) {
    case 'scaled-zero': {
      const w = workloadRef(cause.workload);
      return hop(
        'endpointslices',
        'pods',
        'broken',
        'pods.scaled-zero',
        'service.no-endpoints',
        t['pods.zero.title']({ workload: w }),
        t['pods.zero']({ workload: w, selector: sel }),
        t['pods.zero.fix']({ workload: w, ns: snap.namespace }),
      );
    }
    case 'not-created': {
      const w = workloadRef(cause.workload);
      return hop(
        'endpointslices',
        'pods',
        'broken',
        'pods.not-created',
        'service.no-endpoints',
        t['pods.notcreated.title']({ workload: w }),
        t['pods.notcreated']({ workload: w, replicas: cause.workload.replicas ?? 1 }),
        t['pods.notcreated.fix']({ workload: w, ns: snap.namespace }),
      );
    }
    case 'label-on-workload': {
      const w = workloadRef(cause.workload);
      const labels = formatLabels(cause.labels);
      return none('pods.none.misplaced', [t['pods.misplaced']({ workload: w, labels })], t['pods.misplaced.fix']({ workload: w, labels }));
    }
    case 'near': {
      const lines = cause.near.map((m) =>
        t['pods.nearmiss']({
          pod: m.pod,
          diffs: m.differences.map((d) =>
            d.have === undefined
              ? t['pods.nearmiss.absent']({ key: d.key, want: d.want })
              : d.have.includes('=')
                ? t['pods.nearmiss.key']({ key: d.key, want: d.want, have: d.have })
                : t['pods.nearmiss.value']({ key: d.key, want: d.want, have: d.have }),
          ),
        }),
      );
      return none('pods.none', [t['pods.nearmiss.head'](), ...lines], nearFix(cause.near[0]!, sel, t));
    }
    case 'elsewhere': {
      const list = cause.namespaces.map((n) => n.namespace);
      const where = list.length > 3 ? `${list.slice(0, 3).join(', ')} (+${list.length - 3})` : list.join(', ');
      const lines = cause.namespaces
        .slice(0, 5)
        .map((n) => t['pods.elsewhere.line']({ ns: n.namespace, count: n.pods.length, pods: n.pods.slice(0, 3).join(', ') }));
      return hop(
        'endpointslices',
        'pods',
        'broken',
        'pods.none.elsewhere',
        'service.selector-mismatch',
        t['pods.elsewhere.title']({ selector: sel, ns: where, count: list.length }),
        [head, t['pods.elsewhere']({ selector: sel, ns: snap.namespace }), ...lines],
        list.length === 1
          ? t['pods.elsewhere.fix']({ name: svc.metadata.name, ns: list[0]!, here: snap.namespace })
          : t['pods.elsewhere.fix.many']({ here: snap.namespace }),
      );
    }
    case 'none':
      return none('pods.none', [], t['pods.none.fix']({ selector: sel }));
  }
}

/** The fix for the best near miss: change the selector to the label the Pods carry (a typo is usually in the selector). */
function nearFix(m: NearMiss, selector: string, t: RoutingMessages): Message {
  const d = m.differences[0]!;
  if (d.have === undefined) return t['pods.nearfix.absent']({ pod: m.pod, key: d.key, want: d.want, selector });
  if (d.have.includes('=')) {
    const [haveKey] = d.have.split('=');
    return t['pods.nearfix.key']({ pod: m.pod, key: d.key, have: haveKey!, want: d.want });
  }
  return t['pods.nearfix.value']({ pod: m.pod, key: d.key, want: d.want, have: d.have });
}

function readinessText(f: ReadinessFailure, t: RoutingMessages): Message {
  return t['readiness.cause']({
    pod: f.pod,
    probe: f.probe ? `${f.container} ${f.probe}` : '-',
    said: f.said,
    status: f.status !== undefined ? String(f.status) : '',
    count: f.count,
  });
}

function replicasText(p: RoutedPod, t: RoutingMessages): Message | string {
  const r = (p as RoutedPod & { replicas?: number }).replicas;
  return r === undefined ? '' : t['pods.replicas']({ count: r });
}

function containerHop(res: Resolved[], sp: ServicePort, t: RoutingMessages): HopDraft {
  const from = 'pods';
  if (res.length === 0)
    return hop(from, 'container', 'ok', 'container.port', 'service', t['ctr.title.unknown'](), t['ctr.unknown'](), undefined, 'info');
  // Grouped by what is said of the port (a Message compared by its key and params).
  const byPort = new Map<string, { port: string | Message; count: number }>();
  for (const { r } of res) {
    const key =
      r.kind === 'ok'
        ? r.declared
          ? formatContainerPort(r.declared)
          : `:${r.port}`
        : r.kind === 'undeclared'
          ? t['ctr.undeclared']({ port: r.port })
          : t['ctr.missing']({ name: r.name });
    const id = JSON.stringify(key);
    byPort.set(id, { port: key, count: (byPort.get(id)?.count ?? 0) + 1 });
  }
  const lines = [...byPort.values()].map(({ port, count }) => t['ctr.line']({ port, count }));
  const good = res.filter((x) => x.r.kind === 'ok');
  const to =
    good[0]?.r.kind === 'ok' && good[0].r.declared
      ? `container ${good[0].r.declared.container}:${good[0].r.port}`
      : `port ${typeof targetPortOf(sp) === 'number' ? targetPortOf(sp) : '?'}`;
  // Only a named targetPort no container has is broken; a number is sent to, declared or not.
  const status: HopStatus =
    good.length === res.length ? 'ok' : good.length === 0 && res.some((x) => x.r.kind === 'missing') ? 'broken' : 'warning';
  const ref: ContainerPortRef | undefined = good[0]?.r.kind === 'ok' ? good[0].r.declared : undefined;
  return hop(
    from,
    to,
    status,
    'container.port',
    'service',
    ref ? t['ctr.title']({ port: formatContainerPort(ref) }) : t['ctr.title.unknown'](),
    lines,
  );
}

/**
 * No policy selects the Pods: a note. Policies do: a hop, broken when none of them admits the port (a
 * default deny) or every source they admit names Pods of the namespace that do not exist; a warning when
 * some of those sources are dead; else ok on a condition the verdict says (the client is not known).
 */
function policyCheck(
  pod: RoutedPod,
  target: { port: number; name?: string; protocol: string },
  snap: RoutingSnapshot,
  t: RoutingMessages,
  proxy: boolean,
  declared?: ContainerPortRef,
): FindingModel | HopDraft {
  const labels = pod.metadata.labels ?? {};
  const v = admission(snap.networkPolicies ?? [], labels, target);
  const port = `${target.port}/${target.protocol}`;
  if (v.policies.length === 0)
    return note(`netpol.${target.port}`, 'networkpolicy', 'info', t['netpol.title']({ port }), t['netpol.none']());
  const lines = v.policies.map((p) =>
    p.admission === 'all'
      ? t['netpol.line.all']({ policy: p.policy, port })
      : p.admission === 'none'
        ? t['netpol.line.none']({ policy: p.policy, port })
        : t['netpol.line.some']({ policy: p.policy, port, sources: p.sources }),
  );
  const names = v.policies.map((p) => p.policy).join(', ');
  const to = `networkpolicy/${v.policies.find((p) => p.admission === 'none')?.policy ?? v.policies[0]!.policy}`;
  const title = t['netpol.title']({ port });
  if (v.admission === 'none') {
    const admitted =
      declared &&
      admission(snap.networkPolicies ?? [], labels, {
        port: declared.port,
        ...(declared.name ? { name: declared.name } : {}),
        protocol: target.protocol,
      }).admission !== 'none';
    return hop(
      'pods',
      to,
      'broken',
      'netpol.denied',
      'networkpolicy.deny',
      t['netpol.denied.title']({ port, policies: names }),
      [t['netpol.denied']({ port }), ...lines, t['netpol.cni']()],
      admitted
        ? t['netpol.denied.undeclared.fix']({ port, policies: names, declared: formatContainerPort(declared), target: target.port })
        : t['netpol.denied.fix']({ port, policies: names }),
    );
  }
  const head = v.admission === 'all' ? t['netpol.all']() : t['netpol.some']();
  const some = v.policies.filter((p) => p.admission === 'some');
  const world = {
    policyNs: snap.namespace,
    ...(snap.namespacePods ? { namespacePods: snap.namespacePods } : {}),
    ...(snap.namespaceLabels ? { namespaces: snap.namespaceLabels } : {}),
    podsMatching: (sel: string) => snap.podsBySelector?.[sel],
  };
  const dead = v.admission === 'some' ? some.flatMap((p) => deadPeers(p, world).map((d) => ({ ...d, policy: p.policy }))) : [];
  if (dead.length) {
    const d = dead[0]!;
    const all = dead.length === some.reduce((n, p) => n + p.peers.length, 0);
    const selector = formatSelector(d.peer.podSelector);
    const nsSelector = formatSelector(d.peer.namespaceSelector);
    const ns = snap.namespace;
    const policy = d.policy;
    // A namespaceSelector {} matches every namespace: said so, and searched with -A.
    const namespaces = d.namespaces.join(', ') || t['peer.allnamespaces']();
    const scope = d.namespaces.length === 1 ? `-n ${d.namespaces[0]!}` : '-A';
    // Which side of the peer matches nothing: its namespaceSelector, the Pods of the namespaces it matches, or the Pods here.
    const said =
      d.why === 'no-namespace'
        ? {
            title: t['netpol.deadns.title']({ policy, port, nsSelector }),
            why: t['netpol.deadns']({ nsSelector }),
            fix: t['netpol.deadns.fix']({ policy, nsSelector, ns }),
          }
        : d.why === 'no-pod-there'
          ? {
              title: t['netpol.deadpods.title']({ policy, port, selector, nsSelector: nsSelector || '{}' }),
              why: t['netpol.deadpods']({ selector, nsSelector: nsSelector || '{}', namespaces }),
              fix: t['netpol.deadpods.fix']({ policy, selector, ns, scope }),
            }
          : {
              title: t['netpol.dead.title']({ policy, port, selector, ns }),
              why: t['netpol.dead']({ ns, selector }),
              fix: t['netpol.dead.fix']({ policy, selector, ns }),
            };
    return hop(
      'pods',
      `networkpolicy/${policy}`,
      all ? 'broken' : 'warning',
      all ? 'netpol.deadpeers' : 'netpol.deadpeer',
      'networkpolicy.peer',
      said.title,
      [said.why, ...(all ? [t['netpol.dead.all']({ port })] : []), ...lines, t['netpol.cni']()],
      said.fix,
    );
  }
  const h = hop(
    'pods',
    to,
    'ok',
    v.admission === 'all' ? 'netpol.admitted' : 'netpol.some',
    'networkpolicy',
    title,
    [head, ...lines, t['netpol.cni']()],
    undefined,
    v.admission === 'all' ? 'ok' : 'warning',
  );
  if (v.admission === 'all') return h;
  const condition = t['netpol.condition']({
    policies: some.map((p) => p.policy).join(', '),
    port,
    sources: some.flatMap((p) => p.sources),
    proxy,
  });
  return { ...h, condition };
}
