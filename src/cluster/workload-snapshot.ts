// Reads what the ServiceAccount explainer needs (the last kind here not yet on the explainer
// contract): the target, then in parallel the Pods and Secrets of its namespace. A 403 on a
// secondary read becomes a warning naming the permission. Secret values are dropped here, the
// moment they arrive.
import { ExitCode, KxError } from '../errors.js';
import type { KubeObject, ListOptions, Reader } from './reader.js';
import { summarizeSecret } from './secret-summary.js';
import type { Event } from '../model/pod.js';
import type { RelatedKey, RelatedSnapshot } from '../model/workload.js';

type Lists = Partial<Record<RelatedKey | 'events', () => Promise<KubeObject[]>>>;

/** Which lists each kind's explainer reads, given the target. */
function plan(kind: string, obj: KubeObject, ns: string, reader: Reader): Lists {
  const inNs =
    (k: string, o: ListOptions = {}) =>
    () =>
      reader.list(k, { namespace: ns, ...o });
  switch (kind) {
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
