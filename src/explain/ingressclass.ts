// Explains an IngressClass: the controller that implements it, whether it is the default (and
// whether another class also claims to be), its parameters, and the Ingresses that use it. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { Event } from '../model/pod.js';
import { commonParts, eventsOf, m, meta, nameOf, targetOf } from './kind-parts.js';
import { list, listOf, type ReadPlan } from '../model/read-plan.js';

export interface IngressClass extends KubeObject {
  spec?: { controller?: string; parameters?: { apiGroup?: string; kind?: string; name?: string; namespace?: string; scope?: string } };
}

export const DEFAULT_INGRESS_CLASS = 'ingressclass.kubernetes.io/is-default-class';
const isDefault = (c: KubeObject) => meta(c).annotations?.[DEFAULT_INGRESS_CLASS] === 'true';

export const explainer: Explainer = {
  kind: 'IngressClass',
  group: 'networking.k8s.io',
  reads(target: KubeObject): ReadPlan {
    return { classes: list('IngressClass'), ingresses: list('Ingress'), events: eventsOf(target) };
  },
  explain(snap) {
    const c = snap.object as IngressClass;
    const name = nameOf(c);
    const controller = c.spec?.controller ?? '?';
    const defaults = (listOf(snap, 'classes') ?? []).filter(isDefault);
    const findings: FindingModel[] = [
      finding('controller', 'ingressclass', 'info', m['ic.controller']({ controller }), [m['ic.controller.detail']({ controller })]),
    ];
    if (isDefault(c))
      findings.push(
        finding('default', 'ingressclass', defaults.length > 1 ? 'warning' : 'info', m['ic.default'](), [
          defaults.length > 1 ? m['ic.default.several']({ names: defaults.map(nameOf).join(', ') }) : m['ic.default.detail'](),
        ]),
      );
    const par = c.spec?.parameters;
    if (par?.kind)
      findings.push(
        finding(
          'parameters',
          'ingressclass',
          'info',
          m['ic.parameters']({ kind: par.kind, name: `${par.namespace ? `${par.namespace}/` : ''}${par.name ?? ''}` }),
        ),
      );
    const ingresses = listOf<KubeObject>(snap, 'ingresses');
    if (ingresses) {
      const classOf = (i: KubeObject) =>
        (i.spec as { ingressClassName?: string } | undefined)?.ingressClassName ?? meta(i).annotations?.['kubernetes.io/ingress.class'];
      const users = ingresses.filter((i) => classOf(i) === name);
      // The API server writes the default class into an Ingress only when it is created: one without a
      // class now was created before this class became default, and is not this class's by the API.
      const classless = isDefault(c) ? ingresses.filter((i) => classOf(i) === undefined) : [];
      if (classless.length)
        findings.push(
          finding('ingresses.unset', 'ingressclass', 'warning', m['ic.unset']({ count: classless.length }), [
            ...classless.slice(0, 10).map((i) => m['ic.ingress']({ ns: i.metadata?.namespace ?? '', name: nameOf(i) })),
            m['ic.unset.detail']({ name }),
          ]),
        );
      findings.push(
        finding(
          'ingresses',
          'ingress',
          'info',
          m['ic.ingresses']({ count: users.length }),
          users.length
            ? users.slice(0, 10).map((i) => m['ic.ingress']({ ns: i.metadata?.namespace ?? '', name: nameOf(i) }))
            : [m['ic.ingresses.none']()],
        ),
      );
    }
    findings.push(...commonParts(c, 'ingressclass', listOf<Event>(snap, 'events')));
    const text = m['ic.verdict']({ name, controller, isDefault: isDefault(c) });
    return {
      kind: 'Explanation',
      target: targetOf(c, 'IngressClass'),
      verdict: { severity: isDefault(c) && defaults.length > 1 ? 'warning' : 'info', message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};
