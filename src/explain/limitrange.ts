// Explains a LimitRange: per item (Container, Pod, PersistentVolumeClaim) the defaults it injects
// into what a Pod leaves unset (default → limits, defaultRequest → requests), the min/max it
// enforces, and the Pods that got its defaults (the LimitRanger admission plugin says so in an
// annotation on each Pod it changed). Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { Event, Pod } from '../model/pod.js';
import { quoted, type Message } from '../model/message.js';
import { commonParts, eventsOf, m, nameOf, targetOf } from './kind-parts.js';
import { list, listOf, type ReadPlan } from '../model/read-plan.js';

type Amounts = Record<string, string>;
interface Item {
  type: string;
  default?: Amounts;
  defaultRequest?: Amounts;
  min?: Amounts;
  max?: Amounts;
  maxLimitRequestRatio?: Amounts;
}
export interface Limits extends KubeObject {
  spec?: { limits?: Item[] };
}

/** The annotation the LimitRanger admission plugin puts on a Pod it set defaults on. */
export const LIMIT_RANGER = 'kubernetes.io/limit-ranger';

const amounts = (a: Amounts | undefined): string =>
  Object.entries(a ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

export const explainer: Explainer = {
  kind: 'LimitRange',
  group: '',
  reads(target: KubeObject, namespace: string): ReadPlan {
    return { pods: list('Pod', { namespace: target.metadata?.namespace ?? namespace }), events: eventsOf(target) };
  },
  explain(snap) {
    const lr = snap.object as Limits;
    const name = nameOf(lr);
    const items = lr.spec?.limits ?? [];
    const findings: FindingModel[] = items.map((it, i) => {
      const lines: Message[] = [];
      if (it.default) lines.push(m['lr.default']({ amounts: amounts(it.default) }));
      if (it.defaultRequest) lines.push(m['lr.default-request']({ amounts: amounts(it.defaultRequest) }));
      if (it.default && !it.defaultRequest) lines.push(m['lr.request-from-limit']());
      if (it.min) lines.push(m['lr.min']({ amounts: amounts(it.min) }));
      if (it.max) lines.push(m['lr.max']({ amounts: amounts(it.max) }));
      if (it.maxLimitRequestRatio) lines.push(m['lr.ratio']({ amounts: amounts(it.maxLimitRequestRatio) }));
      return finding(
        `item.${i}`,
        it.default || it.defaultRequest ? 'limitrange.defaults' : 'limitrange',
        'info',
        m['lr.item']({ type: it.type }),
        lines,
      );
    });
    const pods = listOf<Pod>(snap, 'pods');
    const changed = pods?.filter((p) => p.metadata.annotations?.[LIMIT_RANGER]);
    if (changed)
      findings.push(
        finding(
          'pods',
          'limitrange.defaults',
          'info',
          m['lr.pods']({ count: changed.length }),
          changed.length
            ? changed.slice(0, 10).map((p) => m['lr.pod']({ name: p.metadata.name, what: quoted(p.metadata.annotations![LIMIT_RANGER]!) }))
            : [m['lr.pods.none']()],
        ),
      );
    findings.push(finding('when', 'limitrange', 'info', m['lr.when']()));
    findings.push(...commonParts(lr, 'limitrange', listOf<Event>(snap, 'events')));
    const injects = items.filter((it) => it.default || it.defaultRequest).map((it) => it.type);
    const text = injects.length
      ? m['lr.verdict.defaults']({ name, types: injects.join(', '), count: changed?.length ?? '?' })
      : m['lr.verdict.bounds']({ name, types: items.map((it) => it.type).join(', ') || '-' });
    return {
      kind: 'Explanation',
      target: targetOf(lr, 'LimitRange'),
      verdict: { severity: 'info', message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};
