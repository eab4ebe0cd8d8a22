// Every name the cluster DNS serves for a Service or a Pod, following the Kubernetes DNS
// specification (as CoreDNS implements it): A/AAAA per IP family, SRV per named port, headless
// endpoints and hostname.subdomain names, ExternalName CNAMEs, Pod A records, and which short
// names a Pod reaches them by through its search path (ndots:5). Pure.
import type { DnsNamesModel, DnsRecordModel as DnsRecord, DnsSnapshot, ShortName } from '../model/dns.js';
import type { FindingModel as Finding } from '../model/finding.js';
import type { RoutedPod, Service } from '../model/routing.js';
import { r, type RouteBuilders as RoutingMessages } from './route-messages.js';
import { protocolOf } from './ports.js';
import { mapSelects } from './selectors.js';
import { note } from './hop.js';
import { gatewayNames } from './gateway-dns.js';

export const NDOTS = 5;

// The snapshot type lives in src/model (src/cluster fills it).
export type { DnsSnapshot } from '../model/dns.js';

const family = (ip: string) => (ip.includes(':') ? 'AAAA' : 'A');
export const dashed = (ip: string) => (ip.includes(':') ? ip.replace(/:/g, '-') : ip.replace(/\./g, '-'));

export function dnsNames(snap: DnsSnapshot): DnsNamesModel {
  const t = r;
  const zone = snap.domain.domain;
  const records: DnsRecord[] = [];
  const notes: Finding[] = [];
  const ns = snap.namespace;
  let fqdns: string[];
  if (snap.target.kind === 'Service') fqdns = serviceRecords(snap.target.service, snap, zone, t, records, notes);
  else if (snap.target.kind === 'Pod') fqdns = podRecords(snap.target.pod, snap, zone, t, records, notes);
  else {
    const gw = gatewayNames(snap.target.gateway, snap.target.services, snap.offline);
    records.push(...gw.records);
    notes.push(...gw.notes.map((n) => note(n.id, n.concept, n.severity, n.title, n.detail)));
    // The Service an in-cluster implementation made has the cluster DNS names of any Service.
    fqdns = (snap.target.services ?? []).flatMap((svc) =>
      serviceRecords(svc, { ...snap, namespace: svc.metadata.namespace ?? ns }, zone, t, records, notes),
    );
  }
  const domains = searchDomains(snap.from ?? ns, zone);
  // Every form for the first name; for per-endpoint names only the shortest one, to stay readable.
  const shortNames = fqdns.flatMap((f, i) =>
    i === 0 ? shortForms(f, ns, zone, snap.from) : shortForms(f, ns, zone, snap.from).slice(0, 1),
  );
  // A Gateway without a Service of its own has no cluster DNS name: no search path to explain.
  if (fqdns.length)
    notes.push(
      note('dns.search', 'dns.service', 'info', t['dns.search.title'](), t['dns.search']({ domains: domains.join(' '), ndots: NDOTS })),
    );
  if (snap.domain.source === 'assumed' && fqdns.length)
    notes.push(note('dns.zone', 'dns.service', 'warning', t['dns.zone.title']({ zone }), t['dns.zone.assumed']()));
  const warnings = [...snap.warnings];
  if (snap.offline) warnings.push(t['dns.offline']());
  return {
    kind: 'DNSNames',
    target: {
      kind: snap.target.kind,
      name:
        snap.target.kind === 'Service'
          ? snap.target.service.metadata.name
          : snap.target.kind === 'Pod'
            ? snap.target.pod.metadata.name
            : snap.target.gateway.metadata.name,
      namespace: ns,
    },
    clusterDomain: zone,
    clusterDomainSource: snap.domain.source,
    records,
    searchPath: { from: snap.from ?? ns, domains, ndots: NDOTS, shortNames },
    notes,
    warnings,
    offline: snap.offline,
  };
}

export const searchDomains = (ns: string, zone: string) => [`${ns}.svc.${zone}`, `svc.${zone}`, zone];

/** Lookups a resolver with this search path makes before `name` yields `fqdn`; undefined if never. */
export function lookupsUntil(name: string, fqdn: string, fromNs: string, zone: string, ndots = NDOTS): number | undefined {
  if (name.endsWith('.')) return name.slice(0, -1) === fqdn ? 1 : undefined;
  const domains = searchDomains(fromNs, zone);
  const dots = name.split('.').length - 1;
  const candidates = dots >= ndots ? [name, ...domains.map((d) => `${name}.${d}`)] : [...domains.map((d) => `${name}.${d}`), name];
  const i = candidates.indexOf(fqdn);
  return i < 0 ? undefined : i + 1;
}

/**
 * The names a Pod can write for `fqdn`, shortest first: `from` is the namespace when only a Pod
 * there gets that answer in that many lookups, "*" when a Pod in any namespace does.
 */
export function shortForms(fqdn: string, ns: string, zone: string, from?: string): ShortName[] {
  const names = new Set<string>();
  for (const d of searchDomains(from ?? ns, zone)) if (fqdn.endsWith(`.${d}`)) names.add(fqdn.slice(0, -(d.length + 1)));
  names.add(fqdn);
  names.add(`${fqdn}.`);
  const other = ns === 'default' ? 'kube-system' : 'default';
  const out: ShortName[] = [];
  for (const name of [...names].sort((a, b) => a.length - b.length)) {
    if (from !== undefined) {
      const n = lookupsUntil(name, fqdn, from, zone);
      if (n !== undefined) out.push({ name, from, resolvesTo: fqdn, tries: n });
      continue;
    }
    const here = lookupsUntil(name, fqdn, ns, zone);
    const there = lookupsUntil(name, fqdn, other, zone);
    if (here !== undefined && here === there) out.push({ name, from: '*', resolvesTo: fqdn, tries: here });
    else if (here !== undefined) out.push({ name, from: ns, resolvesTo: fqdn, tries: here });
  }
  return out;
}

const isReady = (e: { conditions?: { ready?: boolean } }) => e.conditions?.ready !== false;
const podReady = (p: RoutedPod) =>
  p.template !== undefined || (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

function serviceRecords(
  svc: Service,
  snap: DnsSnapshot,
  zone: string,
  t: RoutingMessages,
  records: DnsRecord[],
  notes: Finding[],
): string[] {
  const name = svc.metadata.name;
  const base = `${name}.${snap.namespace}.svc.${zone}`;
  const spec = svc.spec ?? {};
  if (spec.type === 'ExternalName') {
    records.push({ type: 'CNAME', name: base, value: spec.externalName ?? '', note: t['dns.cname']() });
    notes.push(
      note(
        'dns.externalname',
        'service.externalname',
        'info',
        t['dns.externalname.title'](),
        t['dns.externalname']({ ext: spec.externalName ?? '-' }),
      ),
    );
    return [base];
  }
  const named = (spec.ports ?? []).filter((p) => p.name);
  const fqdns = [base];
  if (spec.clusterIP !== 'None') {
    const ips = spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : []);
    if (ips.length) for (const ip of ips) records.push({ type: family(ip), name: base, value: ip, note: t['dns.a.clusterip']() });
    else
      for (const f of spec.ipFamilies ?? ['IPv4'])
        records.push({ type: f === 'IPv6' ? 'AAAA' : 'A', name: base, value: '', note: t['dns.a.offline']() });
    for (const p of named) {
      records.push({
        type: 'SRV',
        name: `_${p.name}._${protocolOf(p).toLowerCase()}.${base}`,
        value: `0 100 ${p.port} ${base}`,
        note: t['dns.srv']({ port: p.port }),
      });
    }
    notes.push(note('dns.service', 'dns.service', 'info', t['dns.service.title'](), t['dns.service']({ base })));
    if (named.length) notes.push(note('dns.srv', 'dns.srv', 'info', t['dns.srv.title'](), t['dns.srv.detail']()));
    else if ((spec.ports ?? []).length) notes.push(note('dns.srv', 'dns.srv', 'info', t['dns.srv.title'](), t['dns.srv.unnamed']()));
    return fqdns;
  }
  // Headless: the endpoints themselves.
  notes.push(note('dns.headless', 'service.headless', 'info', t['dns.headless.title'](), t['dns.headless']({ base })));
  // A StatefulSet whose Pods this Service selects names them under its serviceName, not under this Service.
  const sel = spec.selector && Object.keys(spec.selector).length ? spec.selector : undefined;
  for (const sts of sel ? (snap.statefulSets ?? []) : [])
    if (mapSelects(sel!, sts.labels) && sts.serviceName !== name)
      notes.push(
        note(
          'dns.sts.servicename',
          'service.headless',
          'warning',
          t['dns.sts.mismatch.title']({ sts: sts.name, svc: name, serviceName: sts.serviceName ?? '-' }),
          t['dns.sts.mismatch']({ sts: sts.name, svc: name, serviceName: sts.serviceName ?? '-', host: `${sts.name}-0.${base}` }),
        ),
      );
  const slices = snap.endpointSlices?.filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === name);
  if (slices === undefined) {
    if (snap.offline) offlineHeadless(svc, base, snap, t, records, fqdns, named);
    else records.push({ type: 'A', name: base, value: '', note: t['dns.eps.unknown']() });
    return fqdns;
  }
  const eps = slices.flatMap((s) => (s.endpoints ?? []).map((e) => ({ e, ports: s.ports ?? [] })));
  const published = eps.filter(({ e }) => isReady(e) || spec.publishNotReadyAddresses);
  // Listed but not ready: the names exist for the Pods, CoreDNS serves none of them yet; say which.
  const waiting = eps.filter(({ e }) => !isReady(e) && !spec.publishNotReadyAddresses);
  const who = (e: (typeof eps)[number]['e']) =>
    e.targetRef?.name ? `${e.targetRef.kind?.toLowerCase() ?? 'pod'}/${e.targetRef.name}` : '';
  if (published.length === 0)
    records.push({
      type: 'A',
      name: base,
      value: '',
      note: waiting.length
        ? t['dns.headless.notready']({
            count: waiting.length,
            pods:
              waiting
                .map(({ e }) => who(e) || (e.addresses ?? []).join(','))
                .slice(0, 3)
                .join(', ') + (waiting.length > 3 ? ', …' : ''),
          })
        : t['dns.headless.none'](),
    });
  const targets: { host: string; ports: { name?: string; port?: number; protocol?: string }[] }[] = [];
  for (const { e, ports } of published) {
    for (const ip of e.addresses ?? []) {
      const who = e.targetRef?.name ? ` (${e.targetRef.kind?.toLowerCase() ?? 'pod'}/${e.targetRef.name})` : '';
      records.push({
        type: family(ip),
        name: base,
        value: ip,
        note: t['dns.a.endpoint']({ who, ready: isReady(e) ? '' : t['dns.notready']() }),
      });
      const host = `${e.hostname ?? dashed(ip)}.${base}`;
      records.push({
        type: family(ip),
        name: host,
        value: ip,
        note: e.hostname ? t['dns.a.hostname']({ hostname: e.hostname }) : t['dns.a.dashed'](),
      });
      fqdns.push(host);
      targets.push({ host, ports });
    }
  }
  for (const { e } of waiting)
    for (const ip of e.addresses ?? [])
      if (e.hostname)
        records.push({ type: family(ip), name: `${e.hostname}.${base}`, value: '', note: t['dns.a.unpublished']({ who: who(e) || ip }) });
  for (const p of named) {
    const weight = targets.length ? Math.floor(100 / targets.length) : 100;
    for (const tg of targets) {
      const port = tg.ports.find((x) => x.name === p.name)?.port ?? (typeof p.targetPort === 'number' ? p.targetPort : p.port);
      records.push({
        type: 'SRV',
        name: `_${p.name}._${protocolOf(p).toLowerCase()}.${base}`,
        value: `0 ${weight} ${port} ${tg.host}`,
        note: t['dns.srv.headless'](),
      });
    }
  }
  if (named.length) notes.push(note('dns.srv', 'dns.srv', 'info', t['dns.srv.title'](), t['dns.srv.detail']()));
  return fqdns;
}

/** Offline, a StatefulSet whose serviceName is this Service predicts its Pods' names; IPs are unknown. */
function offlineHeadless(
  svc: Service,
  base: string,
  snap: DnsSnapshot,
  t: RoutingMessages,
  records: DnsRecord[],
  fqdns: string[],
  named: { name?: string; port: number; protocol?: string; targetPort?: number | string }[],
): void {
  records.push({ type: 'A', name: base, value: '', note: t['dns.a.offline.headless']() });
  const sel = svc.spec?.selector ?? {};
  for (const sts of snap.statefulSets ?? []) {
    if (sts.serviceName !== svc.metadata.name || !Object.keys(sel).length || !mapSelects(sel, sts.labels)) continue;
    for (let i = 0; i < sts.replicas; i++) {
      const host = `${sts.name}-${i}.${base}`;
      records.push({ type: 'A', name: host, value: '', note: t['dns.a.sts']({ sts: sts.name, i }) });
      fqdns.push(host);
      for (const p of named)
        records.push({
          type: 'SRV',
          name: `_${p.name}._${protocolOf(p).toLowerCase()}.${base}`,
          value: `0 ${Math.floor(100 / sts.replicas)} ${typeof p.targetPort === 'number' ? p.targetPort : p.port} ${host}`,
          note: t['dns.srv.headless'](),
        });
    }
  }
}

function podRecords(pod: RoutedPod, snap: DnsSnapshot, zone: string, t: RoutingMessages, records: DnsRecord[], notes: Finding[]): string[] {
  const ns = snap.namespace;
  const ips =
    (pod.status as { podIPs?: { ip: string }[] } | undefined)?.podIPs?.map((p) => p.ip) ?? (pod.status?.podIP ? [pod.status.podIP] : []);
  const mode = snap.domain.podsMode;
  const podNote = mode === 'disabled' ? t['dns.pod.disabled']() : mode ? t['dns.pod.mode']({ mode }) : t['dns.pod.maybe']();
  const fqdns: string[] = [];
  if (ips.length === 0)
    records.push({
      type: 'A',
      name: `<ip-with-dashes>.${ns}.pod.${zone}`,
      value: '',
      note: snap.offline ? t['dns.a.offline']() : t['dns.pod.noip'](),
    });
  for (const ip of ips) {
    const name = `${dashed(ip)}.${ns}.pod.${zone}`;
    records.push({ type: family(ip), name, value: ip, note: podNote });
    if (mode !== 'disabled') fqdns.push(name);
  }
  notes.push(note('dns.pod', 'dns.pod', mode === 'disabled' ? 'warning' : 'info', t['dns.pod.title'](), t['dns.pod']()));
  // hostname.subdomain.<ns>.svc.<zone>: a Service named like the subdomain that selects the Pod (the EndpointSlice
  // controller then sets the endpoint's hostname). The DNS spec promises the name for a headless Service only, but
  // CoreDNS answers a name under any Service from its endpoints (plugin/kubernetes findServices: "Endpoint query
  // or headless service").
  const hostname = (pod.spec as { hostname?: string }).hostname;
  const subdomain = (pod.spec as { subdomain?: string }).subdomain;
  if (hostname && subdomain) {
    const name = `${hostname}.${subdomain}.${ns}.svc.${zone}`;
    const svc = snap.services?.find((s) => s.metadata.name === subdomain);
    const state =
      snap.services === undefined
        ? 'unknown'
        : !svc
          ? 'nosvc'
          : !mapSelects(svc.spec?.selector ?? { '\u0000': '' }, pod.metadata.labels)
            ? 'noselect'
            : // CoreDNS publishes ready endpoints only; publishNotReadyAddresses makes the controller list them ready.
              !podReady(pod) && !svc.spec?.publishNotReadyAddresses
              ? 'notready'
              : svc.spec?.clusterIP !== 'None'
                ? 'clusterip'
                : 'ok';
    const served = state === 'ok' || state === 'clusterip';
    for (const ip of ips.length ? ips : [''])
      records.push({ type: ip ? family(ip) : 'A', name, value: ip, note: t[`dns.hostname.${state}`]({ svc: subdomain }) });
    if (served) fqdns.push(name);
  } else if (hostname || subdomain) {
    notes.push(note('dns.hostname', 'dns.pod', 'info', t['dns.hostname.title'](), t['dns.hostname.half']()));
  }
  // Services that select the Pod: their names lead here too.
  for (const svc of snap.services ?? []) {
    const sel = svc.spec?.selector;
    if (!sel || !Object.keys(sel).length || !mapSelects(sel, pod.metadata.labels)) continue;
    const base = `${svc.metadata.name}.${ns}.svc.${zone}`;
    if (svc.spec?.clusterIP === 'None') {
      for (const ip of ips) {
        records.push({ type: family(ip), name: base, value: ip, note: t['dns.pod.viaheadless']({ svc: svc.metadata.name }) });
        if (!(hostname && subdomain === svc.metadata.name))
          records.push({ type: family(ip), name: `${dashed(ip)}.${base}`, value: ip, note: t['dns.a.dashed']() });
      }
    } else {
      for (const ip of svc.spec?.clusterIPs ?? (svc.spec?.clusterIP ? [svc.spec.clusterIP] : []))
        records.push({ type: family(ip), name: base, value: ip, note: t['dns.pod.viasvc']({ svc: svc.metadata.name }) });
    }
  }
  return fqdns;
}
