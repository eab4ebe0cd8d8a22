// Explains an Ingress by tracing it: IngressClass and address → TLS Secrets → each rule's backend
// Service → the Service's hops (src/routing/trace.ts). Requests: the Ingress, the IngressClasses,
// the namespace's Services, the backends' EndpointSlices, Pods and NetworkPolicies (6), plus one per
// TLS Secret (existence and type only; values are dropped on arrival).
import type { Explainer } from './contract.js';
import type { Ingress } from '../model/routing.js';
import { ingressNext, ingressReads, ingressRouting } from '../routing/read-plans.js';
import { traceFromSnapshot } from '../routing/trace.js';
import { traceToExplanation } from '../routing/explain.js';

export const explainer: Explainer = {
  group: 'networking.k8s.io',
  kind: 'Ingress',
  // Live 6 plus one per TLS Secret; offline, the 7 workload kinds as well.
  budget: 16,
  reads: (ing, ns) => ingressReads(ing as Ingress, ing.metadata?.namespace ?? ns),
  next: (snap) => ingressNext(snap, snap.object.metadata?.namespace ?? ''),
  explain(snap) {
    const ing = snap.object as Ingress;
    return traceToExplanation(traceFromSnapshot(ingressRouting(ing, snap), { kind: 'ingress', name: ing.metadata.name }));
  },
};
