// An Indexed Job with backoffLimitPerIndex as the Job controller sees it (pkg/controller/job, v1.36):
// each index is retried on its own until its Pods failed more than backoffLimitPerIndex times, then it is
// failed for good (status.failedIndexes, "1,3-5") while the other indexes go on; the Job fails with reason
// FailedIndexes once every index has finished, or at once with MaxFailedIndexesExceeded when more indexes
// failed than maxFailedIndexes. A Pod carries its index (label batch.kubernetes.io/job-completion-index)
// and how often the index failed before it (annotation batch.kubernetes.io/job-index-failure-count). Pure.
import type { Pod } from '../model/pod.js';
import { compareText } from '../text/compare.js';

const INDEX = 'batch.kubernetes.io/job-completion-index';
const FAILURES_BEFORE = 'batch.kubernetes.io/job-index-failure-count';

/** "1,3-5" → [1, 3, 4, 5]. */
export function parseIndexes(text: string | undefined): number[] {
  const out: number[] = [];
  for (const part of (text ?? '').split(',')) {
    const m = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!m) continue;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let i = from; i <= to && out.length < 10_000; i++) out.push(i);
  }
  return out;
}

export interface IndexState {
  index: number;
  /** Failures of this index so far: the failed Pods the controller counted before its newest Pod, and that Pod's own. */
  failures: number;
  /** Its newest failed Pod and the first container that exited non-zero. */
  pod?: string;
  container?: string;
  exitCode?: number;
}

export interface PerIndex {
  limit: number;
  max?: number;
  completions: number;
  /** status.failedIndexes: failed for good. */
  failed: number[];
  /** status.completedIndexes. */
  completed: number[];
  /** Every index with at least one failure, lowest first. */
  indexes: IndexState[];
}

const indexOf = (p: Pod): number | undefined => {
  const v = p.metadata.labels?.[INDEX] ?? p.metadata.annotations?.[INDEX];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
};

/** The Job's per-index state; undefined when it has no backoffLimitPerIndex. */
export function perIndex(spec: unknown, status: unknown, pods: readonly Pod[] | undefined): PerIndex | undefined {
  const s = (spec ?? {}) as { backoffLimitPerIndex?: number; maxFailedIndexes?: number; completions?: number };
  if (s.backoffLimitPerIndex === undefined) return undefined;
  const st = (status ?? {}) as { failedIndexes?: string; completedIndexes?: string };
  const by = new Map<number, IndexState>();
  const newest = [...(pods ?? [])].sort((a, b) => compareText(a.metadata.creationTimestamp ?? '', b.metadata.creationTimestamp ?? ''));
  for (const p of newest) {
    const i = indexOf(p);
    if (i === undefined) continue;
    const before = Number(p.metadata.annotations?.[FAILURES_BEFORE] ?? 0) || 0;
    const failedNow = p.status?.phase === 'Failed' ? 1 : 0;
    const failures = before + failedNow;
    if (failures === 0) continue;
    const prev = by.get(i);
    const exit = failedNow
      ? [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])].find(
          (c) => (c.state?.terminated?.exitCode ?? 0) !== 0,
        )
      : undefined;
    by.set(i, {
      index: i,
      failures: Math.max(failures, prev?.failures ?? 0),
      ...(failedNow ? { pod: p.metadata.name } : prev?.pod ? { pod: prev.pod } : {}),
      ...(exit
        ? { container: exit.name, exitCode: exit.state!.terminated!.exitCode }
        : prev?.container
          ? { container: prev.container, exitCode: prev.exitCode! }
          : {}),
    });
  }
  return {
    limit: s.backoffLimitPerIndex,
    ...(s.maxFailedIndexes !== undefined ? { max: s.maxFailedIndexes } : {}),
    completions: s.completions ?? 1,
    failed: parseIndexes(st.failedIndexes),
    completed: parseIndexes(st.completedIndexes),
    indexes: [...by.values()].sort((a, b) => a.index - b.index),
  };
}

/** [1, 3, 4, 5] → "1, 3-5": the indexes as the controller writes them, with a space after each comma. */
export function indexText(indexes: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < indexes.length; i++) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
    out.push(j > i ? `${indexes[i]}-${indexes[j]}` : String(indexes[i]));
    i = j;
  }
  return out.join(', ');
}
