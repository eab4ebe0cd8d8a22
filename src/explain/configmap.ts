// Explains a ConfigMap: its keys and their sizes, mutability, and the Pods that use it. Pure.
import type { Explanation } from '../model/explanation.js';
import type { Severity } from '../model/finding.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages } from '../i18n/messages/workloads.js';
import { referencedObjects } from './pod-refs.js';
import { asPods, fnd, metaOf } from './workload-common.js';
import { MAX_CONFIG, sizes, target, usedBy } from './config-usage.js';

export function explainConfigMap(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const cm = snap.object;
  const name = metaOf(cm).name;
  const data = Object.entries((cm.data as Record<string, string> | undefined) ?? {}).map(
    ([k, v]) => [k, Buffer.byteLength(v)] as [string, number],
  );
  const bin = Object.entries((cm.binaryData as Record<string, string> | undefined) ?? {}).map(
    ([k, v]) => [k, Buffer.from(v, 'base64').length] as [string, number],
  );
  const { lines, total } = sizes([...data, ...bin], w);
  const sev: Severity = total > MAX_CONFIG * 0.9 ? 'warning' : 'info';
  const pods = asPods(snap.related.pods);
  const findings = [
    fnd(
      'keys',
      'configmap',
      sev,
      w['keys.title']({ count: lines.length, total }),
      [...lines, cm.immutable ? w['cm.immutable']() : w['cm.mutable']()].join('\n'),
    ),
    usedBy(pods, (p) => referencedObjects(p).configMaps.includes(name), 'configmap', w),
  ];
  const users = pods?.filter((p) => referencedObjects(p).configMaps.includes(name)).length;
  return {
    kind: 'Explanation',
    target: target('ConfigMap', snap),
    verdict: { severity: 'info', text: w['cm.verdict']({ keys: lines.length, total, pods: users === undefined ? '?' : String(users) }) },
    findings,
    warnings: [...snap.warnings],
  };
}
