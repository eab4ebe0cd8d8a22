// A Trace as an Explanation, so `explain service|ingress|endpointslice` use the trace engine:
// each hop becomes a finding titled with its from → to, the notes follow. Pure.
import type { Explanation } from '../model/explanation.js';
import type { Finding } from '../model/finding.js';
import type { EndpointSlice } from '../model/routing.js';
import type { Ref } from '../model/ref.js';
import type { Trace } from '../model/trace.js';
import type { RoutingMessages } from '../i18n/messages/routing.js';

export function traceToExplanation(trace: Trace, target?: Ref, lead: Finding[] = []): Explanation {
  return {
    kind: 'Explanation',
    target: target ?? {
      kind: trace.target.kind,
      name: trace.target.name,
      ...(trace.target.namespace ? { namespace: trace.target.namespace } : {}),
    },
    verdict: trace.verdict,
    findings: [...lead, ...trace.hops.map((h) => ({ ...h.finding, title: `${h.from} → ${h.to}: ${h.finding.title}` })), ...trace.notes],
    warnings: trace.warnings,
  };
}

/** The slice itself: address type, who manages it, endpoint counts; the trace of its Service follows. */
export function sliceFinding(slice: EndpointSlice, t: RoutingMessages): Finding {
  const eps = slice.endpoints ?? [];
  const ready = eps.filter((e) => e.conditions?.ready !== false).length;
  const managed = slice.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] ?? '?';
  const service = slice.metadata.labels?.['kubernetes.io/service-name'] ?? '-';
  const ports = (slice.ports ?? []).map((p) => `${p.name ? `${p.name}=` : ''}${p.port ?? '*'}/${p.protocol ?? 'TCP'}`).join(', ') || '-';
  return {
    id: 'endpointslice',
    concept: 'endpointslice',
    severity: eps.length && ready === 0 ? 'warning' : 'info',
    title: t['slice.title']({ name: slice.metadata.name, ready, total: eps.length, type: slice.addressType ?? '?' }),
    detail: t['slice.detail']({ service, managed, ports }),
    docs: [],
  };
}
