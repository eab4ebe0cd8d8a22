// Shared by the ConfigMap, Secret and ServiceAccount explainers: the target ref, key sizes and the
// Pods that use an object. Pure.
import type { Finding } from '../model/finding.js';
import type { Pod } from '../model/pod.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import { fnd, metaOf, podState } from './workload-common.js';

export const target = (kind: string, snap: RelatedSnapshot) => ({
  kind,
  name: metaOf(snap.object).name,
  ...(metaOf(snap.object).namespace ? { namespace: metaOf(snap.object).namespace } : {}),
});
export const MAX_CONFIG = 1024 * 1024; // ConfigMaps and Secrets are limited to 1 MiB by the API server.

export function usedBy(pods: Pod[] | undefined, uses: (p: Pod) => boolean, concept: string, w: WMessages): Finding {
  if (!pods) return fnd('pods', concept, 'warning', w['use.title']({ count: '?' }), w['unknown.list']());
  const users = pods.filter(uses);
  return fnd(
    'pods',
    concept,
    'info',
    w['use.title']({ count: String(users.length) }),
    users.length ? users.map((p) => `${p.metadata.name}: ${podState(p)}`).join('\n') : w['use.none'](),
  );
}

export function sizes(keys: [string, number][], w: WMessages): { lines: string[]; total: number } {
  const total = keys.reduce((a, [, n]) => a + n, 0);
  return { lines: keys.sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => w['keys.line']({ key: k, bytes: n })), total };
}
