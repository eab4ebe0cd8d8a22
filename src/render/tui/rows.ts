// One list row per object: the health glyph class and the cells of the kind's columns, computed once
// when the object arrives, from escaped strings (SafeText). Secrets show their type and key count, never values.
// Pure.
import type { KubeObject } from '../../model/kube.js';
import { safe, type SafeText } from '../../text/safe-text.js';
import { conditionsOf, judgeCondition } from '../../explain/kind-parts.js';
import { columnsFor, podStatus, type Obj } from './columns.js';

export type RowHealth = 'ok' | 'progress' | 'warning' | 'error' | 'done' | 'none';

export interface Row {
  /** namespace/name (unique in every-namespace lists), or the name of a cluster-scoped object. */
  key: string;
  name: SafeText;
  namespace: SafeText;
  /** Escaped cells, one per column of columnsFor(kind, allNamespaces). */
  cells: SafeText[];
  health: RowHealth;
  resourceVersion: string;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const PROBLEM = /BackOff|Err|Invalid|Error|OOMKilled|Failed|ContainerCannotRun|DeadlineExceeded|Evicted/;

function podHealth(o: Obj): RowHealth {
  const status = podStatus(o);
  if (status === 'Terminating') return 'progress';
  if (PROBLEM.test(status)) return 'error';
  const phase = o.status?.phase;
  if (phase === 'Succeeded') return 'done';
  if (phase === 'Failed') return 'error';
  if (phase === 'Pending') {
    const sched = (o.status?.conditions as { type: string; status: string; reason?: string }[] | undefined)?.find(
      (c) => c.type === 'PodScheduled' && c.status === 'False',
    );
    return sched?.reason === 'Unschedulable' ? 'warning' : 'progress';
  }
  if (phase === 'Running') {
    const cs = (o.status?.containerStatuses as { ready?: boolean }[] | undefined) ?? [];
    return cs.length > 0 && cs.every((c) => c.ready) ? 'ok' : 'warning';
  }
  return 'none';
}

function replicas(want: number, ready: number): RowHealth {
  return ready >= want ? (want === 0 ? 'none' : 'ok') : ready > 0 ? 'warning' : 'error';
}

const trueCondition = (o: Obj, type: string) =>
  ((o.status?.conditions as { type: string; status: string }[] | undefined) ?? []).some((c) => c.type === type && c.status === 'True');

/** Kinds without their own rule: a condition judged bad (by its polarity, as the generic explainer does) warns; good ones are ok. */
function conditionHealth(o: Obj): RowHealth {
  const judged = conditionsOf(o).map(judgeCondition);
  return judged.includes('warning') ? 'warning' : judged.includes('ok') ? 'ok' : 'none';
}

function health(kind: string, o: Obj): RowHealth {
  switch (kind) {
    case 'Pod':
      return podHealth(o);
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
      return replicas(typeof o.spec?.replicas === 'number' ? o.spec.replicas : 1, num(o.status?.readyReplicas));
    case 'DaemonSet':
      return replicas(num(o.status?.desiredNumberScheduled), num(o.status?.numberReady));
    case 'Job':
      if (trueCondition(o, 'Complete')) return 'done';
      if (trueCondition(o, 'Failed')) return 'error';
      return num(o.status?.failed) > 0 ? 'warning' : 'progress';
    case 'CronJob':
      return o.spec?.suspend ? 'none' : 'ok';
    case 'Ingress':
      return ((o.status?.loadBalancer as { ingress?: unknown[] } | undefined)?.ingress?.length ?? 0) > 0 ? 'ok' : 'none';
    case 'Node':
      return trueCondition(o, 'Ready') ? (o.spec?.unschedulable ? 'warning' : 'ok') : 'error';
    case 'Namespace':
      return o.status?.phase === 'Terminating' ? 'progress' : 'ok';
    case 'PersistentVolumeClaim':
      return o.status?.phase === 'Bound' ? 'ok' : o.status?.phase === 'Lost' ? 'error' : 'progress';
    case 'Event':
      return o.type === 'Warning' ? 'warning' : 'none';
    case 'HorizontalPodAutoscaler':
      return trueCondition(o, 'ScalingActive') || !o.status?.conditions ? 'ok' : 'warning';
    case 'PodDisruptionBudget':
      return num(o.status?.disruptionsAllowed) > 0 ? 'ok' : 'warning';
    default:
      return conditionHealth(o);
  }
}

export function toRow(kind: string, object: KubeObject, allNamespaces = false): Row {
  const meta = (object.metadata ?? {}) as { name?: string; namespace?: string; resourceVersion?: string };
  const name = safe(meta.name ?? '');
  const namespace = safe(meta.namespace ?? '');
  const o = object as Obj;
  return {
    key: namespace ? `${namespace}/${name}` : name,
    name,
    namespace,
    cells: columnsFor(kind, allNamespaces).map((c) => safe(c.get(o))),
    health: health(kind, o),
    resourceVersion: meta.resourceVersion ?? '',
  };
}
