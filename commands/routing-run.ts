// Fetch, then trace: reads through src/cluster (live, or manifests with -f), then the pure engines of
// src/routing. Used by trace, dns, the TUI and the legacy explain path of the routing kinds.
import type { Reader } from '../src/cluster/reader.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Trace } from '../src/model/trace.js';
import type { DnsNames } from '../src/model/dns.js';
import { ExitCode, KxError } from '../src/errors.js';
import { fetchDns, fetchIngressRouting, fetchServiceRouting } from '../src/cluster/routing-snapshot.js';
import { chooseClusterDomain } from '../src/routing/cluster-domain.js';
import { parseDnsTarget, parseTraceTarget, type TraceTarget } from '../src/routing/target.js';
import { fetchGatewayRouting } from '../src/cluster/gateway-snapshot.js';
import { traceGatewayApi } from '../src/routing/gateway-trace.js';
import { fetchGatewayDns } from '../src/cluster/gateway-snapshot.js';
import type { GatewayTraceTarget } from '../src/model/gateway.js';
import { traceFromSnapshot } from '../src/routing/trace.js';
import { formatServicePort, selectServicePorts } from '../src/routing/ports.js';
import { dnsNames } from '../src/routing/dns.js';
import { r } from '../src/routing/route-messages.js';
import { sliceFinding, traceToExplanation } from '../src/routing/explain.js';
import { sayDns, sayTrace } from '../src/i18n/say-trace.js';
import { loadCatalogs } from '../src/i18n/localize.js';
import { sayExplanation } from '../src/i18n/say-explanation.js';
import type { TraceModel } from '../src/model/trace.js';
import type { Explanation } from '../src/model/explanation.js';
import type { EndpointSlice } from '../src/model/routing.js';

/** The trace of `target`, said in `lang`. */
export async function traceLive(reader: Reader, target: string, namespace: string, lang: Lang): Promise<Trace> {
  const [model] = await Promise.all([traceModel(reader, target, namespace), loadCatalogs(lang)]);
  return sayTrace(model, lang);
}

async function traceModel(reader: Reader, target: string, namespace: string): Promise<TraceModel> {
  const t = parseTraceTarget(target, namespace);
  if (t.kind === 'gateway' || t.kind === 'httproute' || t.kind === 'grpcroute' || t.kind === 'url')
    return traceGatewayApi(await fetchGatewayRouting(reader, gatewayTarget(t)));
  if (t.kind === 'ingress')
    return traceFromSnapshot(await fetchIngressRouting(reader, t.name, t.namespace), { kind: 'ingress', name: t.name });
  const snap = await fetchServiceRouting(reader, t.name, t.namespace);
  const svc = snap.services[t.name]!;
  if (t.port && svc.spec?.type !== 'ExternalName' && !selectServicePorts(svc, t.port)) {
    const ports = (svc.spec?.ports ?? []).map(formatServicePort).join(', ') || 'none';
    throw new KxError(`service "${t.name}" has no port "${t.port}"`, ExitCode.notFound, `its ports: ${ports}`);
  }
  const trace = traceFromSnapshot(snap, { kind: 'service', name: t.name, ...(t.port ? { port: t.port } : {}) });
  if (t.hostname) trace.warnings.push(r['trace.podname']({ name: t.dnsName ?? '', hostname: t.hostname, service: t.name }));
  return trace;
}

function gatewayTarget(t: TraceTarget): GatewayTraceTarget {
  if (t.kind === 'url') return { kind: 'URL', host: t.host!, path: t.path!, namespace: t.namespace };
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
  const snap =
    t.kind === 'Gateway'
      ? await fetchGatewayDns(reader, t.name, namespace, domain, from)
      : await fetchDns(reader, t.kind, t.name, namespace, domain, from);
  await loadCatalogs(lang);
  return sayDns(dnsNames(snap), lang);
}

/** `explain service/<n>`: the trace of every port, as an Explanation. */
export async function explainServiceLive(reader: Reader, name: string, namespace: string, lang: Lang): Promise<Explanation> {
  return sayExplanation(
    traceToExplanation(traceFromSnapshot(await fetchServiceRouting(reader, name, namespace), { kind: 'service', name })),
    lang,
  );
}

export async function explainIngressLive(reader: Reader, name: string, namespace: string, lang: Lang): Promise<Explanation> {
  return sayExplanation(
    traceToExplanation(traceFromSnapshot(await fetchIngressRouting(reader, name, namespace), { kind: 'ingress', name })),
    lang,
  );
}

/** `explain endpointslice/<n>`: the slice, then the trace of the Service it belongs to (if labelled). */
export async function explainEndpointSliceLive(reader: Reader, name: string, namespace: string, lang: Lang): Promise<Explanation> {
  const slice = (await reader.get('EndpointSlice', name, namespace)) as unknown as EndpointSlice;
  const ns = slice.metadata.namespace ?? namespace;
  const target = { kind: 'EndpointSlice', name, namespace: ns };
  const service = slice.metadata.labels?.['kubernetes.io/service-name'];
  const lead = sliceFinding(slice);
  if (!service)
    return sayExplanation(
      {
        kind: 'Explanation',
        target,
        verdict: { severity: lead.severity, message: lead.title },
        findings: [lead],
        warnings: [r['slice.nolabel']()],
      },
      lang,
    );
  try {
    return sayExplanation(
      traceToExplanation(traceFromSnapshot(await fetchServiceRouting(reader, service, ns), { kind: 'service', name: service }), target, [
        lead,
      ]),
      lang,
    );
  } catch (err) {
    if (!(err instanceof KxError && err.exitCode === ExitCode.notFound)) throw err;
    return sayExplanation(
      {
        kind: 'Explanation',
        target,
        verdict: { severity: 'warning', message: r['slice.nosvc']({ service }) },
        findings: [lead],
        warnings: [],
      },
      lang,
    );
  }
}
