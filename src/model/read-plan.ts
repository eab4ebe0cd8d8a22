// What an explainer needs read, declared as data: src/cluster/plan-executor.ts runs any plan (in
// parallel, within a request budget, a 403 on a secondary read becoming a warning), so explainers
// stay pure and unit tests run the same plans over captured objects.
import type { KubeObject } from './kube.js';
import type { Message } from './message.js';

/** One read: an object by name (404 → null), or a list (by namespace, label or field selector). */
export type Read =
  | { op: 'get'; kind: string; name: string; namespace?: string }
  | { op: 'list'; kind: string; namespace?: string; labelSelector?: string; fieldSelector?: string; orNamespace?: string };

/**
 * Named reads, most useful first: when a plan is larger than the explainer's budget, the last ones
 * are left out (and their names reported in `Snapshot.skipped`). A key whose value is undefined is
 * not read (a plan can say `owner: pod.owner ? get(...) : undefined`).
 */
export type ReadPlan = Record<string, Read | undefined>;

/** What a read gave: an object (get), null (get: not found), a list, or undefined (not read: forbidden, or over budget). */
export type ReadResult = KubeObject | null | readonly KubeObject[] | undefined;

/** The immutable input of one explanation: the target and what its plan read. Secrets are already without values. */
export interface Snapshot {
  object: KubeObject;
  reads: Readonly<Record<string, ReadResult>>;
  /** Reads that were planned but not made because of the request budget. */
  skipped: readonly string[];
  /** Missing permissions and similar, as Messages (e.g. common:forbidden). */
  warnings: readonly Message[];
  /** Read from manifest files (-f), not from a cluster: what the files lack is unknown, and no controller filled anything in. */
  offline?: boolean;
}

export const get = (kind: string, name: string, namespace?: string): Read => ({
  op: 'get',
  kind,
  name,
  ...(namespace ? { namespace } : {}),
});
/**
 * A list. `orNamespace`: when the list across all namespaces is forbidden, read this namespace
 * instead (the warning says only it was read), as a namespace admin may.
 */
export const list = (
  kind: string,
  opts: { namespace?: string; labelSelector?: string; fieldSelector?: string; orNamespace?: string } = {},
): Read => ({
  op: 'list',
  kind,
  ...opts,
});

/** A list result, or undefined when it was not read (forbidden or skipped): "none" and "unknown" never mix. */
export const listOf = <T = KubeObject>(snap: Snapshot, key: string): readonly T[] | undefined => {
  const r = snap.reads[key];
  return Array.isArray(r) ? (r as readonly T[]) : undefined;
};

/** A get result: the object, null when it does not exist, undefined when it was not read. */
export const objectOf = <T = KubeObject>(snap: Snapshot, key: string): T | null | undefined => {
  const r = snap.reads[key];
  return r === null ? null : r === undefined || Array.isArray(r) ? undefined : (r as T);
};
