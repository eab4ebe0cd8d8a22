// Explains a Gateway: its GatewayClass (accepted by a controller?), its own Accepted/Programmed by
// type with their generation, the addresses clients use, and per listener: port, protocol, hostname,
// allowedRoutes and status; each TLS certificateRef (does the Secret exist, is it a TLS Secret, is a
// cross-namespace one allowed by a ReferenceGrant); the routes whose spec attaches to it, against
// the controller's attachedRoutes. The class, Gateway and listener diagnoses are the trace's. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { Event } from '../model/pod.js';
import type { Gateway, GatewayClass, Listener, ReferenceGrant, Route, SecretObjectReference } from '../model/gateway.js';
import type { SecretSummaryObject } from '../model/workload.js';
import { get, list, listOf, objectOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import { classStep, condText, gatewayStep, listenerStep, routeRef, sameParent, type Step } from '../routing/gateway-steps.js';
import {
  conditionOf,
  grantFor,
  intersectHostnames,
  isGatewayParent,
  listenerAllows,
  listenersOf,
  parentKey,
} from '../routing/gateway-match.js';
import { deletionFinding, eventsFinding, eventsOf, nameOf, targetOf } from './kind-parts.js';
import { GROUP, gatewaySnapshot, stepFinding, stepVerdict, x } from './gateway-parts.js';
import { namespaceDenial } from '../routing/gateway-namespaces.js';
import { r as routeMsg } from '../routing/route-messages.js';
import { routeReads, routesOf } from '../routing/gateway-plan.js';
import { namespaceLabelsOf } from '../model/labels.js';

const isSecretRef = (r: SecretObjectReference) => (r.group ?? '') === '' && (r.kind ?? 'Secret') === 'Secret';
const certRefs = (gw: Gateway) => (gw.spec?.listeners ?? []).flatMap((l) => (l.tls?.certificateRefs ?? []).map((r) => ({ l, r })));

export const explainer: Explainer = {
  kind: 'Gateway',
  group: GROUP,
  reads(target: KubeObject, namespace: string): ReadPlan {
    const gw = target as unknown as Gateway;
    const ns = gw.metadata.namespace ?? namespace;
    const plan: ReadPlan = {
      // The list, not the one class: when the named class is missing, the fix names the existing ones.
      classes: list('GatewayClass'),
      ...routeReads(),
      namespaces: (gw.spec?.listeners ?? []).some((l) => l.allowedRoutes?.namespaces?.from === 'Selector') ? list('Namespace') : undefined,
      events: eventsOf(target),
    };
    for (const { r } of certRefs(gw).filter(({ r }) => isSecretRef(r))) {
      const rns = r.namespace ?? ns;
      plan[`secret:${rns}/${r.name}`] = get('Secret', r.name, rns);
      if (rns !== ns) plan[`grants:${rns}`] = list('ReferenceGrant', { namespace: rns });
    }
    return plan;
  },
  explain(snap) {
    const gw = snap.object as unknown as Gateway;
    const className = gw.spec?.gatewayClassName ?? '';
    const namespaces = listOf<KubeObject>(snap, 'namespaces');
    const gsnap = gatewaySnapshot({
      offline: snap.offline ?? false,
      classes: listOf<GatewayClass>(snap, 'classes'),
      wanted: [className],
      ...(namespaces ? { namespaceLabels: Object.fromEntries(namespaces.map((n) => [n.metadata?.name ?? '', namespaceLabelsOf(n)])) } : {}),
    });
    const routes = routesOf(snap);
    const steps: Step[] = [classStep(gsnap, className, `gateway/${gw.metadata.name}`), gatewayStep(gsnap, gw, false)];
    const findings: FindingModel[] = steps.map((s) => stepFinding(s));
    let attachedTotal = 0;
    for (const l of gw.spec?.listeners ?? []) {
      const ls = listenerStep(gsnap, gw, l);
      steps.push(ls);
      findings.push(stepFinding(ls));
      for (const { r } of certRefs(gw).filter((c) => c.l === l)) {
        const cert = certStep(snap, gw, l, r);
        steps.push(cert);
        findings.push(stepFinding(cert));
      }
      if (routes) {
        const refused: Refused[] = [];
        const attached = attachedRoutes(gsnap, gw, l, routes, refused);
        attachedTotal += attached.length;
        findings.push(attachedFinding(gw, l, attached, refused));
      }
    }
    findings.push(
      ...[deletionFinding(snap.object, 'gateway'), eventsFinding(listOf<Event>(snap, 'events'))].filter((f): f is FindingModel => !!f),
    );
    const addresses = (gw.status?.addresses ?? []).map((a) => a.value).join(', ');
    return {
      kind: 'Explanation',
      target: targetOf(snap.object, 'Gateway'),
      verdict: stepVerdict(steps, () =>
        snap.offline
          ? x['gw.verdict.offline']({
              name: nameOf(snap.object),
              listeners: gw.spec?.listeners?.length ?? 0,
              routes: routes ? attachedTotal : '?',
            })
          : x['gw.verdict.ok']({
              name: nameOf(snap.object),
              addresses,
              listeners: gw.spec?.listeners?.length ?? 0,
              routes: routes ? attachedTotal : '?',
            }),
      ),
      findings,
      warnings: [...snap.warnings],
    };
  },
};

/** A listener's certificate: a Secret of type kubernetes.io/tls that exists, in the Gateway's namespace or allowed by a ReferenceGrant. */
function certStep(snap: Snapshot, gw: Gateway, l: Listener, r: SecretObjectReference): Step {
  const gwns = gw.metadata.namespace ?? '';
  const ns = r.namespace ?? gwns;
  const ref = `${r.kind ?? 'Secret'} ${ns}/${r.name}`;
  const title = x['cert.title']({ listener: l.name, ref });
  const base = { from: `listener ${l.name}`, to: `secret/${r.name}`, id: 'listener.certificate', concept: 'gateway', title };
  const done = (status: Step['status'], detail: Message[], fix?: Message, severity?: Step['severity']): Step => ({
    ...base,
    status,
    detail,
    ...(fix ? { fix } : {}),
    ...(severity ? { severity } : {}),
  });
  if (!isSecretRef(r)) return done('ok', [x['cert.kind']({ kind: `${r.group ? `${r.group}/` : ''}${r.kind ?? ''}` })], undefined, 'info');
  const lines: Message[] = [];
  if (ns !== gwns) {
    const grants = listOf<ReferenceGrant>(snap, `grants:${ns}`);
    if (!grants) lines.push(x['cert.grant.unknown']({ ns }));
    else {
      const grant = grantFor(grants, { kind: 'Gateway', namespace: gwns }, { group: '', kind: 'Secret', name: r.name });
      if (!grant) return done('broken', [x['cert.nogrant']({ ns, gwns })], x['cert.nogrant.fix']({ ns, gwns, name: r.name }));
      lines.push(x['cert.grant']({ grant: grant.metadata.name, ns }));
    }
  }
  const secret = objectOf<SecretSummaryObject>(snap, `secret:${ns}/${r.name}`);
  if (secret === null)
    return done('broken', [...lines, x['cert.missing']({ name: r.name, ns })], x['cert.missing.fix']({ name: r.name, ns }));
  if (secret === undefined) return done('warning', [...lines, x['cert.unknown']({ name: r.name, ns })]);
  const type = secret.type ?? 'Opaque';
  if (type !== 'kubernetes.io/tls') return done('warning', [...lines, x['cert.type']({ type })], x['cert.type.fix']());
  return done('ok', [...lines, x['cert.ok']({ type, keys: Object.keys(secret.keySizes ?? {}).join(', ') || '-' })]);
}

interface Attached {
  route: Route;
  hosts: string[] | undefined;
  status: string;
}

/** A route that names this listener and that it refuses, with why (its namespace, its kind, its hostnames). */
interface Refused {
  route: Route;
  why: Message;
}

/**
 * Routes whose parentRefs name this listener and that it would take (namespace, kind, hostnames), with
 * the controller's word on each; `refused` gets the ones it would not, said as the route's own verdict says them.
 */
function attachedRoutes(
  gsnap: ReturnType<typeof gatewaySnapshot>,
  gw: Gateway,
  l: Listener,
  routes: readonly Route[],
  refused: Refused[] = [],
): Attached[] {
  const key = `${gw.metadata.namespace}/${gw.metadata.name}`;
  const gwns = gw.metadata.namespace ?? '';
  const out: Attached[] = [];
  for (const route of routes) {
    const rns = route.metadata.namespace ?? '';
    const p = (route.spec?.parentRefs ?? []).find(
      (pr) => isGatewayParent(pr) && parentKey(pr, rns) === key && listenersOf(gw, pr).some((c) => c.name === l.name),
    );
    if (!p) continue;
    const hosts = intersectHostnames(l.hostname, route.spec?.hostnames);
    const allow = listenerAllows(l, gwns, route, gsnap.namespaceLabels);
    if (allow.allowed === false || hosts?.length === 0) {
      refused.push({
        route,
        why:
          allow.allowed === false
            ? allow.why === 'namespace'
              ? namespaceDenial(l, rns, gsnap.namespaceLabels[rns], `gateway/${gw.metadata.name}`, gwns).line
              : routeMsg['route.kind.denied']({ kind: route.kind })
            : routeMsg['route.host.none']({ listener: l.hostname ?? '*' }),
      });
      continue;
    }
    const ps = (route.status?.parents ?? []).find((s) => sameParent(s.parentRef, p, rns));
    const acc = ps && conditionOf(ps.conditions, 'Accepted', route.metadata).condition;
    out.push({ route, hosts, status: acc ? `Accepted ${condText(acc.status, acc.reason)}` : '-' });
  }
  return out;
}

function attachedFinding(gw: Gateway, l: Listener, attached: Attached[], refused: readonly Refused[] = []): FindingModel {
  const counted = gw.status?.listeners?.find((s) => s.name === l.name)?.attachedRoutes;
  const lines: Message[] = attached.length
    ? attached.map((a) =>
        x['attached.route']({
          route: `${routeRef(a.route)} (${a.route.metadata.namespace})`,
          hosts: a.hosts?.join(', ') ?? '*',
          status: a.status,
        }),
      )
    : [x['attached.none']()];
  for (const f of refused.slice(0, 10))
    lines.push(x['attached.refused']({ route: `${routeRef(f.route)} (${f.route.metadata.namespace})`, why: f.why }));
  if (counted !== undefined && counted !== attached.length)
    lines.push(x['attached.mismatch']({ computed: attached.length, status: counted }));
  return finding(
    `listener.${l.name}.routes`,
    'httproute',
    'info',
    x['attached.title']({
      listener: l.name,
      count: attached.length,
      status: counted === undefined ? x['attached.nostatus']() : String(counted),
    }),
    lines,
  );
}
