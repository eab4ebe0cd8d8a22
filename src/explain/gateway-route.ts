// Explains an HTTPRoute or a GRPCRoute, with the trace's own diagnoses: per parentRef the
// GatewayClass and Gateway, the listeners that would take it, and the controller's per-parent
// status (Accepted with NotAllowedByListeners, NoMatchingListenerHostname, NoMatchingParent,
// UnsupportedValue; ResolvedRefs with RefNotPermitted, InvalidKind, BackendNotFound,
// UnsupportedProtocol; PartiallyInvalid); then each rule (matches, filters, weights all 0) and each
// backendRef (namespace and its ReferenceGrant, the Service and its port). The Pods behind the
// Services are the trace's part. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { Event } from '../model/pod.js';
import type { Gateway, GatewayClass, ReferenceGrant, Route } from '../model/gateway.js';
import type { Service } from '../model/routing.js';
import { get, list, listOf, objectOf, type ReadPlan } from '../model/read-plan.js';
import { backendStep, breakUnpinnedRefs, routeParentSteps, ruleStep, type Step } from '../routing/gateway-steps.js';
import { isGatewayParent, parentKey } from '../routing/gateway-match.js';
import { deletionFinding, eventsFinding, eventsOf, targetOf } from './kind-parts.js';
import { GROUP, gatewaySnapshot, stepFinding, stepVerdict, x } from './gateway-parts.js';
import { namespaceLabelsOf } from '../model/labels.js';

const isService = (b: { group?: string; kind?: string }) => (b.group ?? '') === '' && (b.kind ?? 'Service') === 'Service';
const backendRefs = (r: Route) => (r.spec?.rules ?? []).flatMap((rule) => rule.backendRefs ?? []);

export function routeExplainer(kind: 'HTTPRoute' | 'GRPCRoute'): Explainer {
  const concept = kind === 'GRPCRoute' ? (c: string) => (c === 'httproute' ? 'grpcroute' : c) : undefined;
  return {
    kind,
    group: GROUP,
    reads(target: KubeObject, namespace: string): ReadPlan {
      const route = target as unknown as Route;
      const ns = route.metadata.namespace ?? namespace;
      const plan: ReadPlan = {
        classes: list('GatewayClass'),
        // For a listener's allowedRoutes Selector: the labels of the route's own namespace.
        namespace: get('Namespace', ns),
        events: eventsOf(target),
      };
      for (const p of (route.spec?.parentRefs ?? []).filter(isGatewayParent)) {
        const [pns, name] = parentKey(p, ns).split('/') as [string, string];
        plan[`gateway:${pns}/${name}`] = get('Gateway', name, pns);
      }
      for (const b of backendRefs(route).filter(isService)) {
        const bns = b.namespace ?? ns;
        plan[`service:${bns}/${b.name}`] = get('Service', b.name, bns);
        if (bns !== ns) plan[`grants:${bns}`] = list('ReferenceGrant', { namespace: bns });
      }
      return plan;
    },
    explain(snap) {
      const route = { ...(snap.object as unknown as Route), kind };
      const ns = route.metadata.namespace ?? '';
      const gateways: Record<string, Gateway | null | undefined> = {};
      const grants: Record<string, readonly ReferenceGrant[] | undefined> = {};
      for (const key of Object.keys(snap.reads)) {
        if (key.startsWith('gateway:')) gateways[key.slice(8)] = objectOf<Gateway>(snap, key);
        if (key.startsWith('grants:')) grants[key.slice(7)] = listOf<ReferenceGrant>(snap, key);
      }
      const nsObject = objectOf<KubeObject>(snap, 'namespace');
      const gsnap = gatewaySnapshot({
        offline: snap.offline ?? false,
        classes: listOf<GatewayClass>(snap, 'classes'),
        wanted: Object.values(gateways).flatMap((gw) => (gw ? [gw.spec?.gatewayClassName ?? ''] : [])),
        gateways,
        grants,
        ...(nsObject ? { namespaceLabels: { [ns]: namespaceLabelsOf(nsObject) } } : {}),
      });
      const parents = routeParentSteps(gsnap, route);
      const rules: Step[] = [];
      (route.spec?.rules ?? []).forEach((rule, i) => {
        rules.push(ruleStep(route, i, rule));
        for (const b of rule.backendRefs ?? []) {
          const service = isService(b) ? objectOf<Service>(snap, `service:${b.namespace ?? ns}/${b.name}`) : undefined;
          rules.push(backendStep(gsnap, route, i, rule, b, service));
        }
      });
      breakUnpinnedRefs(parents, rules);
      const steps = [...parents, ...rules];
      const findings: FindingModel[] = steps.map((s) => stepFinding(s, concept));
      const target = `${kind.toLowerCase()}/${route.metadata.name}`;
      findings.push(finding('trace', concept ? 'grpcroute' : 'httproute', 'info', x['next.trace']({ target: `${target} -n ${ns}` })));
      findings.push(
        ...[deletionFinding(snap.object, concept ? 'grpcroute' : 'httproute'), eventsFinding(listOf<Event>(snap, 'events'))].filter(
          (f): f is FindingModel => !!f,
        ),
      );
      const accepted = (route.spec?.parentRefs ?? [])
        .filter(isGatewayParent)
        .map((p) => `gateway/${p.name}${p.sectionName ? `:${p.sectionName}` : ''}`);
      return {
        kind: 'Explanation',
        target: targetOf(snap.object, kind),
        verdict: stepVerdict(steps, () =>
          x[snap.offline ? 'route.verdict.offline' : 'route.verdict.ok']({
            route: target,
            parents: accepted.join(', ') || '-',
            rules: route.spec?.rules?.length ?? 0,
            backends: backendRefs(route).length,
          }),
        ),
        findings,
        warnings: [...snap.warnings],
      };
    },
  };
}
