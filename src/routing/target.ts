// What `trace` and `dns` are asked about: service/<n>[:port], ingress/<n>, or a cluster DNS name
// (web, web.shop, web.shop.svc, web.shop.svc.cluster.local, db-0.db.shop.svc.cluster.local) with
// an optional :port. Pure parsing; usage errors say which forms exist.
import { em, usageError } from '../errors.js';
import { quoted } from '../model/message.js';
import { lookupKind } from '../model/kinds.js';

export interface TraceTarget {
  kind: 'service' | 'ingress' | 'gateway' | 'httproute' | 'grpcroute' | 'url';
  name: string;
  namespace: string;
  port?: string;
  /** The DNS name the target was given as, when it was one. */
  dnsName?: string;
  /** hostname of a per-Pod name (db-0 in db-0.db.shop.svc.<zone>). */
  hostname?: string;
  /** The zone written in the name, if any. */
  zone?: string;
  /** gateway/<name>:<listener> */
  listener?: string;
  /** url: the host and the path of HOST/PATH. */
  host?: string;
  path?: string;
  /** url: the scheme, when the URL names one. */
  scheme?: 'http' | 'https';
}

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TRACE_FORMS = em['trace.forms']();
const ROUTE_KINDS: Record<string, TraceTarget['kind']> = { Gateway: 'gateway', HTTPRoute: 'httproute', GRPCRoute: 'grpcroute' };
// A URL: a scheme, or a first segment that is a host name with a dot (no kind has one).
const URL_FORM = /^(?:https?:\/\/)?([a-z0-9*]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)(?::\d+)?(\/[^?#]*)?(?:[?#].*)?$/i;

function parseUrl(target: string, namespace: string): TraceTarget | undefined {
  const scheme = /^https?:\/\//i.test(target);
  const first = target.replace(/^https?:\/\//i, '').split('/')[0]!;
  if (!scheme && (!first.includes('.') || !target.includes('/') || lookupKind(first))) return undefined;
  const m = URL_FORM.exec(target);
  if (!m) throw usageError(em['trace.url']({ target: quoted(target) }), em['trace.url.hint']());
  const named = /^(https?):\/\//i.exec(target)?.[1]?.toLowerCase() as 'http' | 'https' | undefined;
  return {
    kind: 'url',
    name: `${m[1]!.toLowerCase()}${m[5] ?? '/'}`,
    namespace,
    host: m[1]!.toLowerCase(),
    path: m[5] || '/',
    ...(named ? { scheme: named } : {}),
  };
}

function splitPort(text: string): [string, string | undefined] {
  const i = text.lastIndexOf(':');
  if (i < 0) return [text, undefined];
  const port = text.slice(i + 1);
  if (!port) throw usageError(em['trace.port.empty']({ target: quoted(text) }), em['trace.port.hint']());
  return [text.slice(0, i), port];
}

export function parseTraceTarget(target: string, namespace: string): TraceTarget {
  const url = parseUrl(target, namespace);
  if (url) return url;
  const slash = target.indexOf('/');
  if (slash >= 0) {
    const kind = lookupKind(target.slice(0, slash));
    const [name, port] = splitPort(target.slice(slash + 1));
    if (!name) throw usageError(em['target.noName']({ target: quoted(target) }), TRACE_FORMS);
    if (kind?.kind === 'Service') return { kind: 'service', name, namespace, ...(port ? { port } : {}) };
    if (kind?.kind === 'Ingress') {
      if (port) throw usageError(em['trace.ingress.port']({ target: quoted(target) }), em['trace.ingress.port.hint']());
      return { kind: 'ingress', name, namespace };
    }
    const routeKind = kind ? ROUTE_KINDS[kind.kind] : undefined;
    if (routeKind === 'gateway') return { kind: 'gateway', name, namespace, ...(port ? { listener: port } : {}) };
    if (routeKind) {
      if (port) throw usageError(em['trace.route.port']({ kind: kind!.kind, target: quoted(target) }), em['trace.route.port.hint']());
      return { kind: routeKind, name, namespace };
    }
    throw usageError(em['trace.cannot']({ target: quoted(target) }), TRACE_FORMS);
  }
  const [name, port] = splitPort(target);
  return { ...parseServiceDnsName(name, namespace), ...(port ? { port } : {}) };
}

/** web | web.shop | web.shop.svc | web.shop.svc.<zone> | <host>.web.shop.svc.<zone> → Service and namespace. */
export function parseServiceDnsName(dnsName: string, namespace: string): TraceTarget {
  const name = dnsName.replace(/\.$/, '').toLowerCase();
  const labels = name.split('.');
  if (!labels.every((l) => LABEL.test(l))) throw usageError(em['dns.invalid']({ name: quoted(dnsName) }), TRACE_FORMS);
  const svcAt = labels.indexOf('svc');
  if (svcAt < 0) {
    if (labels.length === 1) return { kind: 'service', name: labels[0]!, namespace, dnsName };
    if (labels.length === 2) return { kind: 'service', name: labels[0]!, namespace: labels[1]!, dnsName };
    if (labels.includes('pod')) throw usageError(em['dns.podName']({ name: quoted(dnsName) }), em['dns.podName.hint']());
    throw usageError(em['dns.notService']({ name: quoted(dnsName) }), TRACE_FORMS);
  }
  if (svcAt < 2 || svcAt > 3) throw usageError(em['dns.notService']({ name: quoted(dnsName) }), TRACE_FORMS);
  const zone = labels.slice(svcAt + 1).join('.');
  return {
    kind: 'service',
    name: labels[svcAt - 2]!,
    namespace: labels[svcAt - 1]!,
    dnsName,
    ...(svcAt === 3 ? { hostname: labels[0]! } : {}),
    ...(zone ? { zone } : {}),
  };
}

/** dns service/<n> | pod/<n>. */
export function parseDnsTarget(target: string): { kind: 'Service' | 'Pod' | 'Gateway'; name: string } {
  const slash = target.indexOf('/');
  const kind = slash > 0 ? lookupKind(target.slice(0, slash)) : undefined;
  const name = target.slice(slash + 1);
  if (!kind || (kind.kind !== 'Service' && kind.kind !== 'Pod' && kind.kind !== 'Gateway') || !name) {
    throw usageError(em['dns.cannot']({ target: quoted(target) }), em['dns.cannot.hint']());
  }
  return { kind: kind.kind, name };
}
