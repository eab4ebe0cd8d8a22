// Explains a StorageClass: whether it is the default, its provisioner, when volumes are bound
// (Immediate or WaitForFirstConsumer), the reclaim policy of the volumes it makes, and expansion.
// Also the class facts the PVC and PV explainers repeat. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import { commonParts, eventsOf, m, meta, nameOf, targetOf } from './kind-parts.js';
import { list, listOf, type ReadPlan } from '../model/read-plan.js';
import type { Event } from '../model/pod.js';
import { compareText } from '../text/compare.js';

export interface StorageClass extends KubeObject {
  provisioner?: string;
  reclaimPolicy?: string;
  volumeBindingMode?: string;
  allowVolumeExpansion?: boolean;
  parameters?: Record<string, string>;
}

const DEFAULT_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

export const isDefaultClass = (sc: KubeObject): boolean => DEFAULT_ANNOTATIONS.some((a) => meta(sc).annotations?.[a] === 'true');

/** The default classes (more than one is allowed; the newest wins since v1.26). */
export const defaultClasses = (classes: readonly KubeObject[]): KubeObject[] =>
  classes.filter(isDefaultClass).sort((a, b) => compareText(meta(b).creationTimestamp ?? '', meta(a).creationTimestamp ?? ''));

export const bindingMode = (sc: StorageClass): string => sc.volumeBindingMode ?? 'Immediate';

/** One finding with the class's facts, as a PVC or PV sees it. */
export function classFacts(sc: StorageClass, id = 'storageclass'): FindingModel {
  const wait = bindingMode(sc) === 'WaitForFirstConsumer';
  return finding(id, 'storageclass', 'info', m['sc.title']({ name: nameOf(sc), provisioner: sc.provisioner ?? '?' }), [
    ...(isDefaultClass(sc) ? [m['sc.default']()] : []),
    wait ? m['sc.binding.wait']() : m['sc.binding.immediate'](),
    m['sc.reclaim']({ policy: sc.reclaimPolicy ?? 'Delete' }),
    sc.allowVolumeExpansion ? m['sc.expand.yes']() : m['sc.expand.no'](),
    ...(sc.provisioner === 'kubernetes.io/no-provisioner' ? [m['sc.no-provisioner']()] : []),
  ]);
}

export const explainer: Explainer = {
  kind: 'StorageClass',
  group: 'storage.k8s.io',
  reads: (sc: KubeObject): ReadPlan => ({
    classes: list('StorageClass'),
    claims: list('PersistentVolumeClaim'),
    events: eventsOf(sc),
  }),
  explain(snap) {
    const sc = snap.object as StorageClass;
    const name = nameOf(sc);
    const defaults = defaultClasses(listOf(snap, 'classes') ?? []);
    const claims = listOf<KubeObject>(snap, 'claims');
    const findings: FindingModel[] = [classFacts(sc)];
    if (isDefaultClass(sc) && defaults.length > 1)
      findings.push(
        finding('default.several', 'storageclass', 'warning', m['sc.default.several']({ names: defaults.map(nameOf).join(', ') }), [
          m['sc.default.several.detail']({ newest: nameOf(defaults[0]!) }),
        ]),
      );
    if (!isDefaultClass(sc) && defaults.length === 0)
      findings.push(finding('default.none', 'storageclass', 'info', m['sc.default.none']()));
    if (claims) {
      const users = claims.filter((c) => (c.spec as { storageClassName?: string } | undefined)?.storageClassName === name);
      const pending = users.filter((c) => (c.status as { phase?: string } | undefined)?.phase === 'Pending');
      const sev: Severity = pending.length ? 'warning' : 'info';
      findings.push(
        finding('claims', 'pvc', sev, m['sc.claims']({ count: users.length, pending: pending.length }), [
          ...users.slice(0, 10).map((c) =>
            m['sc.claim']({
              ns: c.metadata?.namespace ?? '',
              name: nameOf(c),
              phase: (c.status as { phase?: string } | undefined)?.phase ?? '?',
            }),
          ),
        ]),
      );
    }
    findings.push(...commonParts(sc, 'storageclass', listOf<Event>(snap, 'events')));
    const verdict = m['sc.verdict']({
      name,
      provisioner: sc.provisioner ?? '?',
      mode: bindingMode(sc),
      isDefault: isDefaultClass(sc),
    });
    return {
      kind: 'Explanation',
      target: targetOf(sc, 'StorageClass'),
      verdict: { severity: 'info', message: verdict },
      findings,
      warnings: [...snap.warnings],
    };
  },
};
