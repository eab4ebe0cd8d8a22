// English sentences of `explain gatewayclass|gateway|httproute|grpcroute|referencegrant` and of
// `dns gateway/NAME` (catalog `gwx`). The diagnoses they share with `trace` are in the `route`
// catalog (routing-gateway-en.ts). gateway-explain-ja.ts has the same keys.
import { n, type N } from './english.js';
/** The verb after a count: "1 route uses", "2 routes use". */
const v = (count: N, one: string, many: string) => (String(count) === '1' ? one : many);

export const gatewayExplainEn = {
  // ── verdicts every kind shares ──
  'verdict.broken': (p: { title: string; fix: string }) => `${p.title} — ${p.fix}`,
  'verdict.warning': (p: { title: string; fix?: string }) => `Works with a warning at ${p.title}${p.fix ? `: ${p.fix}` : ''}`,
  'next.trace': (p: { target: string }) => `To follow the traffic down to the Pods: kubexplain trace ${p.target}`,

  // ── GatewayClass ──
  'gc.gateways': (p: { count: N }) => `${n(p.count, 'Gateway')} ${v(p.count, 'uses', 'use')} this class`,
  'gc.gateway': (p: { name: string; accepted: string; programmed: string }) =>
    `${p.name}: Accepted ${p.accepted}, Programmed ${p.programmed}`,
  'gc.gateways.none': () => 'No Gateway names this class in spec.gatewayClassName.',
  'gc.verdict.ok': (p: { name: string; controller: string; count: N }) =>
    `GatewayClass ${p.name} is accepted by ${p.controller}; ${n(p.count, 'Gateway')} ${v(p.count, 'uses', 'use')} it`,
  'gc.verdict.offline': (p: { name: string; controller: string; count: N }) =>
    `GatewayClass ${p.name} names controller ${p.controller}; ${n(p.count, 'Gateway')} in the files ${v(p.count, 'uses', 'use')} it (whether the controller accepted it is in the cluster's status, not in the files)`,

  // ── Gateway: certificates and attached routes ──
  'cert.title': (p: { listener: string; ref: string }) => `listener ${p.listener}: certificate ${p.ref}`,
  'cert.ok': (p: { type: string; keys: string }) => `The Secret exists, type ${p.type}, keys ${p.keys}.`,
  'cert.type': (p: { type: string }) =>
    `The Secret has type ${p.type}: a listener certificate is a kubernetes.io/tls Secret with tls.crt and tls.key.`,
  'cert.type.fix': () => 'create the certificate as a TLS Secret (kubectl create secret tls NAME --cert=… --key=…)',
  'cert.missing': (p: { name: string; ns: string }) =>
    `Secret ${p.name} does not exist in ${p.ns}: the listener has no certificate (ResolvedRefs InvalidCertificateRef).`,
  'cert.missing.fix': (p: { name: string; ns: string }) => `create the TLS Secret ${p.name} in ${p.ns}, or correct tls.certificateRefs`,
  'cert.unknown': (p: { name: string; ns: string }) => `Secret ${p.ns}/${p.name} could not be read: whether it exists is unknown.`,
  'cert.kind': (p: { kind: string }) =>
    `The certificate is a ${p.kind}, not a Secret: only implementations that support this kind can use it.`,
  'cert.grant': (p: { grant: string; ns: string }) => `ReferenceGrant ${p.grant} in ${p.ns} allows the Gateway to use it.`,
  'cert.nogrant': (p: { ns: string; gwns: string }) =>
    `The Secret is in namespace ${p.ns}, the Gateway in ${p.gwns}, and no ReferenceGrant in ${p.ns} allows it (ResolvedRefs RefNotPermitted).`,
  'cert.nogrant.fix': (p: { ns: string; gwns: string; name: string }) =>
    `create a ReferenceGrant in namespace ${p.ns} with from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: ${p.gwns}}] and to: [{group: "", kind: Secret, name: ${p.name}}]`,
  'cert.grant.unknown': (p: { ns: string }) =>
    `The ReferenceGrants of ${p.ns} could not be read: whether the reference is allowed is unknown.`,
  'attached.title': (p: { listener: string; count: N; status: string }) =>
    `listener ${p.listener}: ${n(p.count, 'route')} ${v(p.count, 'attaches', 'attach')} according to the route specs (status.attachedRoutes: ${p.status})`,
  'attached.route': (p: { route: string; hosts: string; status: string }) => `${p.route} for ${p.hosts}; controller: ${p.status}`,
  'attached.refused': (p: { route: string; why: string }) => `refused: ${p.route} names this listener, which ${p.why}`,
  'attached.none': () => 'No route that could be read attaches to this listener.',
  'attached.nostatus': () => 'no status for this Gateway',
  'attached.mismatch': (p: { computed: N; status: N }) =>
    `The controller counts ${p.status}, the specs give ${p.computed}: routes this tool could not read, or ones the controller rejected.`,
  'gw.verdict.ok': (p: { name: string; addresses: string; listeners: N; routes: N }) =>
    `Gateway ${p.name} is programmed${p.addresses ? ` at ${p.addresses}` : ' (no address in its status yet)'}: ${n(p.listeners, 'listener')}, ${n(p.routes, 'route')} attached`,
  'gw.verdict.offline': (p: { name: string; listeners: N; routes: N }) =>
    `Gateway ${p.name}: ${n(p.listeners, 'listener')}, ${n(p.routes, 'route')} in the files attach by their spec (whether it is accepted and programmed, and its addresses, are in the cluster's status, not in the files)`,

  // ── HTTPRoute / GRPCRoute ──
  'route.verdict.ok': (p: { route: string; parents: string; rules: N; backends: N }) =>
    `${p.route} is accepted by ${p.parents}: ${n(p.rules, 'rule')} ${v(p.rules, 'sends', 'send')} to ${n(p.backends, 'backend')}`,
  'route.verdict.offline': (p: { route: string; parents: string; rules: N; backends: N }) =>
    `${p.route} attaches to ${p.parents} by its spec: ${n(p.rules, 'rule')} ${v(p.rules, 'sends', 'send')} to ${n(p.backends, 'backend')} (whether the controller accepted it is in the cluster's status, not in the files)`,

  // ── ReferenceGrant ──
  'rg.from': (p: { count: N }) => `Lets references in from ${n(p.count, 'source')}`,
  'rg.from.line': (p: { kind: string; ns: string }) => `${p.kind} in namespace ${p.ns}`,
  'rg.to': (p: { count: N; ns: string }) =>
    `To these objects of namespace ${p.ns} (${p.count} ${String(p.count) === '1' ? 'entry' : 'entries'})`,
  'rg.to.all': (p: { kind: string }) => `every ${p.kind}`,
  'rg.to.name': (p: { kind: string; name: string }) => `${p.kind} ${p.name}`,
  'rg.to.missing': (p: { kind: string; name: string }) => `${p.kind} ${p.name} does not exist (yet).`,
  'rg.lets': (p: { count: N }) => `${n(p.count, 'reference')} ${v(p.count, 'goes', 'go')} through this grant`,
  'rg.lets.line': (p: { from: string; to: string }) => `${p.from} → ${p.to}`,
  'rg.lets.none': () =>
    'No route or Gateway that could be read refers to this namespace through this grant: it allows references nothing makes.',
  'rg.unmatched': (p: { count: N; ns: string }) => `${n(p.count, 'reference')} into ${p.ns} that no ReferenceGrant allows`,
  'rg.unmatched.line': (p: { from: string; to: string; why: string }) => `${p.from} → ${p.to}: ${p.why}`,
  'rg.why.from': (p: { kind: string; ns: string }) => `this grant's from does not list ${p.kind} in namespace ${p.ns}`,
  'rg.why.to': (p: { kind: string; name: string }) => `this grant's to does not name ${p.kind} ${p.name}`,
  'rg.verdict.ok': (p: { name: string; count: N }) => `ReferenceGrant ${p.name} lets ${n(p.count, 'reference')} through`,
  'rg.verdict.idle': (p: { name: string }) => `ReferenceGrant ${p.name} lets nothing through yet: no readable route or Gateway uses it`,
  'rg.verdict.unmatched': (p: { name: string; count: N }) =>
    `${n(p.count, 'reference')} into this namespace ${v(p.count, 'is', 'are')} refused: ReferenceGrant ${p.name} does not match them`,
  // ── dns gateway/NAME ──
  'dns.gw.publish': (p: { listeners: string }) => `yours to publish (listener ${p.listeners})`,
  'dns.gw.publish.noaddress': (p: { listeners: string }) => `yours to publish once the Gateway has an address (listener ${p.listeners})`,
  'dns.gw.publish.title': (p: { name: string }) => `The names of Gateway ${p.name} are yours to publish`,
  'dns.gw.yours': () =>
    "Cluster DNS answers for Services and Pods, not for Gateway listeners: create these records in the DNS zone your clients use (by hand, or with a tool such as external-dns), pointing at the Gateway's addresses.",
  'dns.gw.wildcard': () => 'A wildcard hostname (*.example.com) needs a wildcard record, or one record per name your routes use.',
  'dns.gw.anyhost': (p: { listeners: string }) =>
    `Listeners without a hostname take any name (${p.listeners}): publish the hostnames your routes use, pointing at the same addresses.`,
  'dns.gw.address': (p: { type: string; value: string }) => `${p.type} ${p.value}`,
  'dns.gw.address.named': () =>
    'A NamedAddress (or an implementation-specific type) means what its implementation says; it is not a DNS record by itself.',
  'dns.gw.addresses.title': (p: { count: N }) => `${p.count} ${String(p.count) === '1' ? 'address' : 'addresses'} in status.addresses`,
  'dns.gw.noaddress.title': () => 'No address yet',
  'dns.gw.noaddress': (p: { cls: string }) =>
    `status.addresses is empty: the controller of GatewayClass ${p.cls} has not assigned an address, so there is nothing to point the names at yet.`,
  'dns.gw.noaddress.offline': () => 'Addresses are written by the controller in the cluster: unknown from files.',
  'dns.gw.service.title': (p: { count: N }) => `The implementation made ${n(p.count, 'Service')} for this Gateway`,
  'dns.gw.service.line': (p: { name: string; type: string }) => `Service ${p.name} (${p.type})`,
  'dns.gw.service': () => 'Inside the cluster, Pods can also reach the Gateway by the cluster DNS names of that Service (below).',
  'dns.gw.noservice.title': () => 'No cluster DNS name',
  'dns.gw.noservice': (p: { label: string; ns: string }) =>
    `No Service in namespace ${p.ns} carries the label ${p.label}: the implementation may run its data plane outside the cluster, or name its Service differently. No cluster DNS name is known for this Gateway; use its addresses.`,
  'dns.gw.service.unknown.title': () => 'Cluster DNS name unknown',
  'dns.gw.service.unknown': (p: { label: string }) =>
    `Services could not be read (or, offline, the files hold none with the label ${p.label}): whether the implementation made a Service for this Gateway is unknown.`,
};

export type GatewayExplainCatalog = typeof gatewayExplainEn;
