// What keeps a Namespace in Terminating: its conditions (NamespaceContentRemaining,
// NamespaceFinalizersRemaining, NamespaceDeletionDiscoveryFailure…) parsed into the resource types
// left and the finalizers that hold them, and the objects the snapshot listed that still carry a
// finalizer (kind/name and the finalizer). Pure; returns data.
import type { Condition } from '../../model/pod.js';

export interface NamespaceBlock {
  /** "pods has 2 resource instances" → {resource: 'pods', count: 2}. */
  remaining: { resource: string; count: number }[];
  /** "kubernetes.io/pvc-protection in 1 resource instances" → {finalizer, count}. */
  finalizers: { finalizer: string; count: number }[];
  /** Objects seen in the namespace that carry finalizers. */
  objects: { kind: string; name: string; finalizers: string[]; deleting: boolean }[];
  /** The namespace's own spec.finalizers (normally ["kubernetes"], removed by the namespace controller last). */
  spec: string[];
  /** Failure conditions (discovery, deletion, group-version parsing) with their messages, quoted. */
  failures: { type: string; message: string }[];
}

const FAILURES = new Set([
  'NamespaceDeletionDiscoveryFailure',
  'NamespaceDeletionContentFailure',
  'NamespaceDeletionGroupVersionParsingFailure',
]);

export function namespaceBlock(
  ns: { spec?: unknown; status?: unknown },
  objects: {
    kind: string;
    items: readonly { metadata?: { name?: string; finalizers?: string[]; deletionTimestamp?: string } }[] | undefined;
  }[],
): NamespaceBlock | undefined {
  const st = (ns.status ?? {}) as { phase?: string; conditions?: Condition[] };
  if (st.phase !== 'Terminating') return undefined;
  const cond = (type: string) => st.conditions?.find((c) => c.type === type && c.status === 'True');
  const content = cond('NamespaceContentRemaining')?.message ?? '';
  const fin = cond('NamespaceFinalizersRemaining')?.message ?? '';
  // "%s.%s has %d resource instances" of resource and group: a core resource ends in a bare "." ("configmaps.").
  const remaining = [...content.matchAll(/([a-z0-9.-]+) has (\d+) resource instances/g)].map((m) => ({
    resource: m[1]!.replace(/\.$/, ''),
    count: Number(m[2]),
  }));
  const finalizers = [...fin.matchAll(/([A-Za-z0-9.\-/_]+) in (\d+) resource instances/g)].map((m) => ({
    finalizer: m[1]!,
    count: Number(m[2]),
  }));
  const found = objects.flatMap(({ kind, items }) =>
    (items ?? [])
      .filter((o) => o.metadata?.finalizers?.length)
      .map((o) => ({
        kind,
        name: o.metadata?.name ?? '?',
        finalizers: [...o.metadata!.finalizers!],
        deleting: !!o.metadata?.deletionTimestamp,
      })),
  );
  return {
    remaining,
    finalizers,
    objects: found,
    spec: [...((ns.spec as { finalizers?: string[] } | undefined)?.finalizers ?? [])],
    failures: (st.conditions ?? [])
      .filter((c) => FAILURES.has(c.type) && c.status === 'True')
      .map((c) => ({ type: c.type, message: c.message ?? '' })),
  };
}
