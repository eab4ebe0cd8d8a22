// A trace as an Explanation, so `explain service|ingress|endpointslice` use the trace engine:
// each hop becomes a finding titled with its from → to, the notes follow. Pure.
import type { ExplanationModel } from '../model/explanation.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { EndpointSlice } from '../model/routing.js';
import type { Ref } from '../model/ref.js';
import type { TraceModel } from '../model/trace.js';
import { r } from './route-messages.js';

export function traceToExplanation(trace: TraceModel, target?: Ref, lead: FindingModel[] = []): ExplanationModel {
  return {
    kind: 'Explanation',
    target: target ?? {
      kind: trace.target.kind,
      name: trace.target.name,
      ...(trace.target.namespace ? { namespace: trace.target.namespace } : {}),
    },
    verdict: trace.verdict,
    findings: [
      ...lead,
      ...trace.hops.map((h) => ({ ...h.finding, title: r['hop.title']({ from: h.from, to: h.to, title: h.finding.title }) })),
      ...trace.notes,
    ],
    warnings: trace.warnings,
  };
}

/** The slice itself: address type, who manages it, endpoint counts; the trace of its Service follows. */
export function sliceFinding(slice: EndpointSlice): FindingModel {
  const eps = slice.endpoints ?? [];
  const ready = eps.filter((e) => e.conditions?.ready !== false).length;
  const managed = slice.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] ?? '?';
  const service = slice.metadata.labels?.['kubernetes.io/service-name'] ?? '-';
  const ports = (slice.ports ?? []).map((p) => `${p.name ? `${p.name}=` : ''}${p.port ?? '*'}/${p.protocol ?? 'TCP'}`).join(', ') || '-';
  return finding(
    'endpointslice',
    'endpointslice',
    eps.length && ready === 0 ? 'warning' : 'info',
    r['slice.title']({ name: slice.metadata.name, ready, total: eps.length, type: slice.addressType ?? '?' }),
    [r['slice.detail']({ service, managed, ports })],
  );
}
