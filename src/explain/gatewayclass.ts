// Explains a GatewayClass: the controller it names (controllerName), whether that controller
// accepted it (Accepted by type, its generation; the API server's default Unknown/Pending means no
// controller for that name runs), its other conditions, and the Gateways that use it. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { Event } from '../model/pod.js';
import type { Gateway, GatewayClass } from '../model/gateway.js';
import { list, listOf, type ReadPlan } from '../model/read-plan.js';
import { classStep, condText } from '../routing/gateway-steps.js';
import { conditionOf } from '../routing/gateway-match.js';
import { conditionFindings, deletionFinding, eventsFinding, eventsOf, nameOf, targetOf } from './kind-parts.js';
import { gatewaySnapshot, stepFinding, stepVerdict, x } from './gateway-parts.js';

export const explainer: Explainer = {
  kind: 'GatewayClass',
  group: 'gateway.networking.k8s.io',
  reads(target: KubeObject): ReadPlan {
    return { gateways: list('Gateway'), events: eventsOf(target) };
  },
  explain(snap) {
    const cls = snap.object as unknown as GatewayClass;
    const name = nameOf(snap.object);
    const step = classStep(gatewaySnapshot({ named: { [name]: cls }, offline: snap.offline ?? false }), name, '');
    const gateways = listOf<Gateway>(snap, 'gateways')?.filter((gw) => gw.spec?.gatewayClassName === name);
    const findings: FindingModel[] = [stepFinding(step)];
    if (gateways)
      findings.push(
        finding(
          'gateways',
          'gateway',
          'info',
          x['gc.gateways']({ count: gateways.length }),
          gateways.length
            ? gateways.map((gw) => {
                const c = (type: string) => conditionOf(gw.status?.conditions, type, gw.metadata).condition;
                return x['gc.gateway']({
                  name: `${gw.metadata.namespace}/${gw.metadata.name}`,
                  accepted: condText(c('Accepted')?.status, c('Accepted')?.reason),
                  programmed: condText(c('Programmed')?.status, c('Programmed')?.reason),
                });
              })
            : [x['gc.gateways.none']()],
        ),
      );
    // Accepted is the step above; other types (SupportedVersion, an implementation's own) as they are.
    findings.push(...conditionFindings(snap.object, 'gatewayclass').filter((f) => f.id !== 'condition.Accepted'));
    const gone = deletionFinding(snap.object, 'gatewayclass');
    const events = eventsFinding(listOf<Event>(snap, 'events'));
    findings.push(...[gone, events].filter((f): f is FindingModel => !!f));
    return {
      kind: 'Explanation',
      target: targetOf(snap.object, 'GatewayClass'),
      verdict: stepVerdict([step], () =>
        x[snap.offline ? 'gc.verdict.offline' : 'gc.verdict.ok']({
          name,
          controller: cls.spec?.controllerName ?? '?',
          count: gateways?.length ?? '?',
        }),
      ),
      findings,
      warnings: [...snap.warnings],
    };
  },
};
