// Reads what the workload and ServiceAccount explainers need: the target, then in
// parallel the lists its kind declares (Pods by the target's selector, its ReplicaSets, Jobs,
// Nodes, quotas…) and the namespace's events. A 403 on a secondary read becomes a warning naming
// the permission. Secret values are dropped here, the moment they arrive.
import { ExitCode, KxError } from '../errors.js';
import type { KubeObject, ListOptions, Reader } from './reader.js';
import { summarizeSecret } from './secret-summary.js';
import type { Event } from '../model/pod.js';
import type { RelatedKey, RelatedSnapshot } from '../model/workload.js';

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** A LabelSelector as the API's labelSelector query string. */
export function selectorQuery(sel: LabelSelector | undefined): string {
  const parts = Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel?.matchExpressions ?? []) {
    const vals = (e.values ?? []).join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${vals})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${vals})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

type Lists = Partial<Record<RelatedKey | 'events', () => Promise<KubeObject[]>>>;

/** Which lists each kind's explainer reads, given the target. */
function plan(kind: string, obj: KubeObject, ns: string, reader: Reader): Lists {
  const spec = (obj.spec ?? {}) as { selector?: LabelSelector; template?: unknown };
  const inNs =
    (k: string, o: ListOptions = {}) =>
    () =>
      reader.list(k, { namespace: ns, ...o });
  const bySelector = () => reader.list('Pod', { namespace: ns, labelSelector: selectorQuery(spec.selector) });
  const events = inNs('Event');
  switch (kind) {
    case 'Deployment':
      return {
        pods: bySelector,
        replicaSets: () => reader.list('ReplicaSet', { namespace: ns, labelSelector: selectorQuery(spec.selector) }),
        events,
      };
    case 'ReplicaSet':
      return { pods: bySelector, events };
    case 'StatefulSet':
      return { pods: bySelector, services: inNs('Service'), pvcs: inNs('PersistentVolumeClaim'), events };
    case 'DaemonSet':
      return { pods: bySelector, nodes: () => reader.list('Node'), events };
    case 'Job':
      return { pods: bySelector, events };
    case 'CronJob':
      return { jobs: inNs('Job'), pods: inNs('Pod'), events };
    case 'ConfigMap':
    case 'Secret':
      return { pods: inNs('Pod') };
    default:
      return {};
  }
}

export async function fetchRelatedSnapshot(reader: Reader, kind: string, name: string, namespace: string): Promise<RelatedSnapshot> {
  const raw = await reader.get(kind, name, namespace);
  const object: KubeObject = kind === 'Secret' ? summarizeSecret({ kind, ...raw }) : { kind, ...raw };
  const ns = object.metadata?.namespace ?? namespace;
  const warnings: string[] = [];
  const lists = plan(kind, object, ns, reader);
  const results = await Promise.all(
    Object.entries(lists).map(async ([key, read]) => {
      try {
        return [key, await read!()] as const;
      } catch (err) {
        // Only a missing permission degrades; a lost connection fails the whole command.
        if (err instanceof KxError && err.exitCode === ExitCode.forbidden) {
          warnings.push(err.message);
          return [key, undefined] as const;
        }
        throw err;
      }
    }),
  );
  const snap: RelatedSnapshot = { object, related: {}, warnings };
  for (const [key, value] of results) {
    if (value === undefined) continue;
    if (key === 'events') snap.events = value as Event[];
    else snap.related[key as RelatedKey] = value;
  }
  return snap;
}

// One summarizer for every Secret read (src/cluster/secret-summary.ts); re-exported for older callers.
export { summarizeSecret };
