// Explains a Service by tracing every port: type and cluster IP → targetPort → EndpointSlices →
// Pods → container port → NetworkPolicies (src/routing/trace.ts), each hop a finding. Requests: the
// Service, then its slices, selected Pods and NetworkPolicies (4); one more (Unhealthy events) when
// a selected Pod is not Ready; four more (all Pods, Deployments, StatefulSets, the selector's Pods in
// every namespace) when the selector matches no Pod; two (the namespace's slices and Services) when a
// Service without selector has no slice. An ExternalName Service reads nothing else.
import type { Explainer } from './contract.js';
import type { Service } from '../model/routing.js';
import { serviceNext, serviceReads, serviceRouting } from '../routing/read-plans.js';
import { traceFromSnapshot } from '../routing/trace.js';
import { traceToExplanation } from '../routing/explain.js';

export const explainer: Explainer = {
  group: '',
  kind: 'Service',
  // Live at most 8 (above); offline, reading manifests is free and all 7 workload kinds are read.
  budget: 12,
  reads: (svc, ns) => serviceReads(svc as Service, svc.metadata?.namespace ?? ns),
  next: (snap) => serviceNext(snap.object as Service, snap.object.metadata?.namespace ?? '', snap),
  explain(snap) {
    const svc = snap.object as Service;
    return traceToExplanation(traceFromSnapshot(serviceRouting(svc, snap), { kind: 'service', name: svc.metadata.name }));
  },
};
