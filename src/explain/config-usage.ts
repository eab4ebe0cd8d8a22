// Shared by the ConfigMap, Secret and ServiceAccount explainers: the target ref, key sizes and the
// Pods that use an object. Pure.
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import { builders } from '../model/message.js';
import type { Pod } from '../model/pod.js';
import type { Ref } from '../model/ref.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import { metaOf, podState } from './workload-common.js';

const w = builders<WMessages>('wl');

export const refOf = (kind: string, o: KubeObject): Ref => ({
  kind,
  name: metaOf(o).name,
  ...(metaOf(o).namespace ? { namespace: metaOf(o).namespace } : {}),
});
export const target = (kind: string, snap: RelatedSnapshot) => refOf(kind, snap.object);
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
  return { lines: [...keys].sort((a, b) => a[0].localeCompare(b[0])).map(([key, bytes]) => w['keys.line']({ key, bytes })), total };
}
