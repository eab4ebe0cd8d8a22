// Read, then trace: the Service and Ingress traces read through the read plans of their explainers
// (src/explain/service.ts, ingress.ts) run by the plan executor, like `explain`; Gateway API traces through
// their plan (src/routing/gateway-plan.ts) run by the same executor, dns through its plan
// (src/routing/dns-plan.ts); live, or manifests with -f. Used by trace, dns and the TUI.
import type { Reader } from '../src/cluster/reader.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Trace } from '../src/model/trace.js';
import type { DnsNames } from '../src/model/dns.js';
import { ExitCode, KxError, em } from '../src/errors.js';
import { quoted } from '../src/model/message.js';
import { getService } from '../src/cluster/routing-snapshot.js';
import { executeReads, readTarget } from '../src/cluster/plan-executor.js';
import { explainer as serviceExplainer } from '../src/explain/service.js';
import { explainer as ingressExplainer } from '../src/explain/ingress.js';
import { ingressRouting, serviceRouting } from '../src/routing/read-plans.js';
import type { Ingress } from '../src/model/routing.js';
import type { KubeObject } from '../src/model/kube.js';
import { chooseClusterDomain } from '../src/routing/cluster-domain.js';
import { parseDnsTarget, parseTraceTarget, type TraceTarget } from '../src/routing/target.js';
import { traceGatewayApi } from '../src/routing/gateway-trace.js';
import { gatewayTracePlan, gatewayTraceSnapshot } from '../src/routing/gateway-plan.js';
import type { GatewayTraceTarget } from '../src/model/gateway.js';
import { traceFromSnapshot } from '../src/routing/trace.js';
import { formatServicePort, selectServicePorts } from '../src/routing/ports.js';
import { dnsNames } from '../src/routing/dns.js';
import { dnsPlan, dnsSnapshot } from '../src/routing/dns-plan.js';
import { r } from '../src/routing/route-messages.js';
import { sayDns, sayTrace } from '../src/i18n/say-trace.js';
import { catalogsOfValue, loadCatalogs } from '../src/i18n/localize.js';
import { afterIo } from './after-io.js';
import type { TraceModel } from '../src/model/trace.js';

/**
 * The trace of `target`, said in `lang`. The route catalog says most of it, and the renderers' labels:
 * it loads while the cluster answers. Any other catalog once the model names it: loading every
 * catalog cost a trace ~4 ms of CPU.
 */
export async function traceLive(reader: Reader, target: string, namespace: string, lang: Lang): Promise<Trace> {
  const [model] = await Promise.all([traceModel(reader, target, namespace), afterIo(() => loadCatalogs(lang, ['route']))]);
  await loadCatalogs(lang, catalogsOfValue(model));
  return sayTrace(model, lang);
}

async function traceModel(reader: Reader, target: string, namespace: string): Promise<TraceModel> {
  const t = parseTraceTarget(target, namespace);
  if (t.kind === 'gateway' || t.kind === 'httproute' || t.kind === 'grpcroute' || t.kind === 'url') {
    const target = gatewayTarget(t);
    // A URL names no object: the plan starts from the lists (the stand-in target is never read).
    const object =
      target.kind === 'URL'
        ? { kind: 'URL', metadata: { name: `${target.host}${target.path}`, namespace: target.namespace } }
        : await readTarget(reader, target.kind, target.name, target.namespace);
    const snap = await executeReads(reader, gatewayTracePlan(target), object, target.namespace);
    return traceGatewayApi(gatewayTraceSnapshot(target, snap));
  }
  if (t.kind === 'ingress') {
    const ing = await readTarget(reader, 'Ingress', t.name, t.namespace);
    const snap = await executeReads(reader, ingressExplainer, ing, t.namespace);
    return traceFromSnapshot(ingressRouting(ing as Ingress, snap), { kind: 'ingress', name: t.name });
  }
  // The Service first: a missing one gets close names from the namespace (getService).
  const svc = await getService(reader, t.name, t.namespace);
  const snap = serviceRouting(
    svc,
    await executeReads(reader, serviceExplainer, { kind: 'Service', ...(svc as unknown as KubeObject) }, t.namespace),
  );
  if (t.port && svc.spec?.type !== 'ExternalName' && !selectServicePorts(svc, t.port)) {
    const ports = (svc.spec?.ports ?? []).map(formatServicePort);
    throw new KxError(
      em['service.noPort']({ name: quoted(t.name), port: quoted(t.port) }),
      ExitCode.notFound,
      em['service.ports']({ ports: ports.length ? ports : '-' }),
    );
  }
  const trace = traceFromSnapshot(snap, { kind: 'service', name: t.name, ...(t.port ? { port: t.port } : {}) });
  if (t.hostname) trace.warnings.push(r['trace.podname']({ name: t.dnsName ?? '', hostname: t.hostname, service: t.name }));
  return trace;
}

function gatewayTarget(t: TraceTarget): GatewayTraceTarget {
  if (t.kind === 'url')
    return { kind: 'URL', host: t.host!, path: t.path!, namespace: t.namespace, ...(t.scheme ? { scheme: t.scheme } : {}) };
  if (t.kind === 'gateway')
    return { kind: 'Gateway', name: t.name, namespace: t.namespace, ...(t.listener ? { listener: t.listener } : {}) };
  return { kind: t.kind === 'grpcroute' ? 'GRPCRoute' : 'HTTPRoute', name: t.name, namespace: t.namespace };
}

export async function dnsLive(
  reader: Reader,
  target: string,
  namespace: string,
  lang: Lang,
  clusterDomainFlag?: string,
  from?: string,
): Promise<DnsNames> {
  const t = parseDnsTarget(target);
  const domain = (cf: string | undefined) => chooseClusterDomain(cf, clusterDomainFlag);
  // The target first (a missing Service with close names), then its plan on the one executor.
  const object =
    t.kind === 'Service'
      ? { kind: 'Service', ...((await getService(reader, t.name, namespace)) as unknown as KubeObject) }
      : await readTarget(reader, t.kind, t.name, namespace);
  const ns = (object.metadata?.namespace as string | undefined) ?? namespace;
  const snap = await executeReads(reader, dnsPlan(t.kind, !!reader.offline), object, ns);
  const model = dnsNames(dnsSnapshot(t.kind, snap, ns, domain, from));
  // The route catalog has the renderers' labels; the rest as for a trace.
  await loadCatalogs(lang, new Set(['route', ...catalogsOfValue(model)]));
  return sayDns(model, lang);
}
