// Explains a ConfigMap: its keys and their sizes, mutability, and the Pods that use it.
import type { Explainer } from './contract.js';
import { finding } from '../model/finding.js';
import { builders } from '../model/message.js';
import type { Pod } from '../model/pod.js';
import { list, listOf } from '../model/read-plan.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import { referencedObjects } from './pod-refs.js';
import { metaOf } from './workload-parts.js';
import { MAX_CONFIG, keySizes, missingKeys, absentOptional, podsUsing, refOf } from './config-usage.js';

const w = builders<WMessages>('wl');

export const explainer: Explainer = {
  group: '',
  kind: 'ConfigMap',
  budget: 2,
  // Which Pods use it is only known from the Pods themselves (env, envFrom, volumes).
  reads: (_cm, ns) => ({ pods: list('Pod', { namespace: ns }) }),
  explain(snap) {
    const cm = snap.object;
    const name = metaOf(cm).name;
    const data = Object.entries((cm.data as Record<string, string> | undefined) ?? {}).map(
      ([k, v]) => [k, Buffer.byteLength(v)] as [string, number],
    );
    const bin = Object.entries((cm.binaryData as Record<string, string> | undefined) ?? {}).map(
      ([k, v]) => [k, Buffer.from(v, 'base64').length] as [string, number],
    );
    const { lines, total } = keySizes([...data, ...bin]);
    const pods = listOf<Pod>(snap, 'pods');
    const uses = (p: Pod) => referencedObjects(p).configMaps.includes(name);
    const users = pods?.filter(uses).length;
    const missing = missingKeys(
      pods,
      'ConfigMap',
      name,
      [...data, ...bin].map(([k]) => k),
    );
    return {
      kind: 'Explanation',
      target: refOf('ConfigMap', cm),
      verdict: missing[0]
        ? { severity: 'error', message: missing[0].title }
        : { severity: 'info', message: w['cm.verdict']({ keys: lines.length, total, pods: users === undefined ? '?' : String(users) }) },
      findings: [
        ...missing,
        ...absentOptional(
          pods,
          'ConfigMap',
          name,
          [...data, ...bin].map(([k]) => k),
        ),
        finding('keys', 'configmap', total > MAX_CONFIG * 0.9 ? 'warning' : 'info', w['keys.title']({ count: lines.length, total }), [
          ...lines,
          cm.immutable ? w['cm.immutable']() : w['cm.mutable'](),
        ]),
        podsUsing(pods, uses, 'configmap'),
      ],
      warnings: [...snap.warnings],
    };
  },
};
