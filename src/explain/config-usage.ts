// Shared by the ConfigMap, Secret and ServiceAccount explainers: the target ref, key sizes and the
// Pods that use an object. Pure.
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import { builders } from '../model/message.js';
import type { Pod } from '../model/pod.js';
import type { Ref } from '../model/ref.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import { metaOf, podState } from './workload-parts.js';
import { absentOptionalKeys, keysReferenced } from './pod-refs.js';
import { nearMissKeys } from './causes/config-refs.js';
import { compareText } from '../text/compare.js';

const w = builders<WMessages>('wl');

export const refOf = (kind: string, o: KubeObject): Ref => ({
  kind,
  name: metaOf(o).name,
  ...(metaOf(o).namespace ? { namespace: metaOf(o).namespace } : {}),
});
export const MAX_CONFIG = 1024 * 1024; // ConfigMaps and Secrets are limited to 1 MiB by the API server.

/** The Pods among `pods` that use the object; undefined when the Pods could not be read. */
export function podsUsing(pods: readonly Pod[] | undefined, uses: (p: Pod) => boolean, concept: string): FindingModel {
  if (!pods) return finding('pods', concept, 'warning', w['use.title']({ count: '?' }), [w['unknown.list']()]);
  const users = pods.filter(uses);
  return finding(
    'pods',
    concept,
    'info',
    w['use.title']({ count: String(users.length) }),
    users.length ? users.map((p) => w['use.line']({ pod: p.metadata.name, state: podState(p) })) : [w['use.none']()],
  );
}

/** One line per key with its size, sorted by key, and the total. */
export function keySizes(keys: [string, number][]) {
  const total = keys.reduce((a, [, n]) => a + n, 0);
  return { lines: [...keys].sort((a, b) => compareText(a[0], b[0])).map(([key, bytes]) => w['keys.line']({ key, bytes })), total };
}

/**
 * Keys the Pods' env requires that the object lacks, one finding per key with the Pods and near misses
 * (the kubelet refuses to start such a container: CreateContainerConfigError). From the specs, so it
 * holds before any Pod has failed. Empty when none is missing or the Pods could not be read.
 */
export function missingKeys(
  pods: readonly Pod[] | undefined,
  kind: 'ConfigMap' | 'Secret',
  name: string,
  keys: readonly string[],
): FindingModel[] {
  const byKey = new Map<string, string[]>();
  for (const p of pods ?? [])
    for (const k of keysReferenced(p, kind, name)) if (!keys.includes(k)) byKey.set(k, [...(byKey.get(k) ?? []), p.metadata.name]);
  return [...byKey].map(([key, users]) => {
    const near = nearMissKeys(key, keys);
    return finding(
      `key.${key}`,
      'config.missing-key',
      'error',
      w['use.key.missing']({ kind, name, key, count: users.length }),
      [
        w['use.key.pods']({ pods: [...new Set(users)].sort().join(', ') }),
        near.length ? w['use.key.near']({ key, near: near.join(', ') }) : w['use.key.add']({ kind, name, key }),
      ],
      [key, ...near],
    );
  });
}

/**
 * Keys that optional env references name and the object lacks: nothing fails, the variable is just not
 * set in those containers (no event either), so it is said as info, one finding per key with its Pods.
 */
export function absentOptional(
  pods: readonly Pod[] | undefined,
  kind: 'ConfigMap' | 'Secret',
  name: string,
  keys: readonly string[],
): FindingModel[] {
  const byKey = new Map<string, Set<string>>();
  const vars = new Map<string, Set<string>>();
  for (const p of pods ?? [])
    for (const r of absentOptionalKeys(p, kind, name, keys)) {
      byKey.set(r.key, (byKey.get(r.key) ?? new Set()).add(p.metadata.name));
      vars.set(r.key, (vars.get(r.key) ?? new Set()).add(r.env));
    }
  return [...byKey].map(([key, users]) =>
    finding(
      `key.${key}`,
      'config.missing-key',
      'info',
      w['use.key.optional']({ kind, name, key, env: [...vars.get(key)!].sort().join(', '), count: users.size }),
      [w['use.key.pods']({ pods: [...users].sort().join(', ') }), w['use.key.add.optional']({ kind, name, key })],
      [key],
    ),
  );
}
