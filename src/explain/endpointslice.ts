// Explains an EndpointSlice: the slice itself (address type, manager, endpoints ready), then the trace
// of the Service its kubernetes.io/service-name label names. Requests: the slice, the Service, then
// the Service's own reads (src/explain/service.ts): 5 while its Pods are Ready.
import type { Explainer } from './contract.js';
import type { EndpointSlice, Service } from '../model/routing.js';
import { get, objectOf, type Snapshot } from '../model/read-plan.js';
import { serviceNext, serviceReads, serviceRouting } from '../routing/read-plans.js';
import { traceFromSnapshot } from '../routing/trace.js';
import { sliceFinding, traceToExplanation } from '../routing/explain.js';
import { r } from '../routing/route-messages.js';

const serviceOf = (slice: EndpointSlice) => slice.metadata.labels?.['kubernetes.io/service-name'];
const nsOf = (snap: Snapshot) => snap.object.metadata?.namespace ?? '';

export const explainer: Explainer = {
  group: 'discovery.k8s.io',
  kind: 'EndpointSlice',
  // Live: the slice and the Service's 7 at most; offline, the 7 workload kinds as well.
  budget: 13,
  reads: (slice, ns) => {
    const name = serviceOf(slice as EndpointSlice);
    return name ? { service: get('Service', name, slice.metadata?.namespace ?? ns) } : {};
  },
  // The Service's reads once it is read, then what they call for.
  next: (snap) => {
    const svc = objectOf<Service>(snap, 'service');
    return svc ? { ...serviceReads(svc, nsOf(snap)), ...serviceNext(svc, nsOf(snap), snap) } : {};
  },
  explain(snap) {
    const slice = snap.object as EndpointSlice;
    const target = { kind: 'EndpointSlice', name: slice.metadata.name, namespace: nsOf(snap) };
    const lead = sliceFinding(slice);
    const service = serviceOf(slice);
    const svc = objectOf<Service>(snap, 'service');
    if (!service || !svc) {
      const verdict = service
        ? {
            severity: svc === null ? ('warning' as const) : lead.severity,
            message: svc === null ? r['slice.nosvc']({ service }) : lead.title,
          }
        : { severity: lead.severity, message: lead.title };
      return {
        kind: 'Explanation',
        target,
        verdict,
        findings: [lead],
        warnings: [...snap.warnings, ...(service ? [] : [r['slice.nolabel']()])],
      };
    }
    return traceToExplanation(traceFromSnapshot(serviceRouting(svc, snap), { kind: 'service', name: svc.metadata.name }), target, [lead]);
  },
};
