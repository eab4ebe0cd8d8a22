// One list row per object: a status glyph class and a short status text, computed once when the
// object arrives, from sanitized strings. Secrets show their type and key count, never values.
// Pure.
import type { KubeObject } from '../../model/kube.js';
import { sanitizeLine } from '../../text/sanitize.js';

export type RowHealth = 'ok' | 'progress' | 'warning' | 'error' | 'done' | 'none';

export interface Row {
  name: string;
  /** Sanitized status text, e.g. "Running 1/1", "CrashLoopBackOff", "2/3 ready". */
  status: string;
  health: RowHealth;
  resourceVersion: string;
}

interface PodLike {
  metadata?: { deletionTimestamp?: string };
  status?: {
    phase?: string;
    reason?: string;
    conditions?: { type: string; status: string; reason?: string }[];
    containerStatuses?: {
      ready?: boolean;
      restartCount?: number;
      state?: { waiting?: { reason?: string }; terminated?: { reason?: string } };
    }[];
  };
  spec?: { containers?: unknown[] };
}

const PROBLEM_WAITING = /BackOff|Err|Invalid|Error/;

function podRow(o: PodLike): Pick<Row, 'status' | 'health'> {
  const st = o.status ?? {};
  const cs = st.containerStatuses ?? [];
  const total = o.spec?.containers?.length ?? cs.length;
  const ready = cs.filter((c) => c.ready).length;
  const restarts = cs.reduce((n, c) => n + (c.restartCount ?? 0), 0);
  const r = restarts > 0 ? ` ↻${restarts}` : '';
  if (o.metadata?.deletionTimestamp) return { status: 'Terminating', health: 'progress' };
  const waiting = cs.map((c) => c.state?.waiting?.reason).find((x) => x && PROBLEM_WAITING.test(x));
  if (waiting) return { status: `${waiting}${r}`, health: 'error' };
  const phase = st.phase ?? 'Unknown';
  if (phase === 'Succeeded') return { status: 'Completed', health: 'done' };
  if (phase === 'Failed') return { status: `Failed${st.reason ? ` (${st.reason})` : ''}`, health: 'error' };
  if (phase === 'Pending') {
    const sched = st.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
    return {
      status: sched?.reason ? `Pending ${sched.reason}` : 'Pending',
      health: sched?.reason === 'Unschedulable' ? 'warning' : 'progress',
    };
  }
  if (phase === 'Running') return { status: `Running ${ready}/${total}${r}`, health: ready === total && total > 0 ? 'ok' : 'warning' };
  return { status: phase, health: 'none' };
}

type Obj = Record<string, unknown> & { spec?: Record<string, unknown>; status?: Record<string, unknown> };
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

function replicasRow(o: Obj): Pick<Row, 'status' | 'health'> {
  const want = typeof o.spec?.replicas === 'number' ? o.spec.replicas : 1;
  const ready = num(o.status?.readyReplicas);
  return { status: `${ready}/${want} ready`, health: ready >= want ? 'ok' : ready > 0 ? 'warning' : want === 0 ? 'none' : 'error' };
}

function summarize(kind: string, o: Obj): Pick<Row, 'status' | 'health'> {
  switch (kind) {
    case 'Pod':
      return podRow(o as PodLike);
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
      return replicasRow(o);
    case 'DaemonSet': {
      const want = num(o.status?.desiredNumberScheduled);
      const ready = num(o.status?.numberReady);
      return { status: `${ready}/${want} ready`, health: ready >= want ? 'ok' : 'warning' };
    }
    case 'Service': {
      const type = String(o.spec?.type ?? 'ClusterIP');
      const ip = o.spec?.clusterIP === 'None' ? 'headless' : String(o.spec?.clusterIP ?? '');
      return { status: `${type} ${ip}`.trim(), health: 'none' };
    }
    case 'Ingress': {
      const rules = (o.spec?.rules as { host?: string }[] | undefined) ?? [];
      const hosts = rules.map((r) => r.host ?? '*').join(',');
      const lb = (o.status?.loadBalancer as { ingress?: unknown[] } | undefined)?.ingress?.length ?? 0;
      return { status: hosts || '*', health: lb > 0 ? 'ok' : 'none' };
    }
    case 'Job': {
      const succeeded = num(o.status?.succeeded);
      const failed = num(o.status?.failed);
      const conds = (o.status?.conditions as { type: string; status: string }[] | undefined) ?? [];
      if (conds.some((c) => c.type === 'Complete' && c.status === 'True')) return { status: `Complete ${succeeded}`, health: 'done' };
      if (conds.some((c) => c.type === 'Failed' && c.status === 'True')) return { status: `Failed ${failed}`, health: 'error' };
      return { status: `active ${num(o.status?.active)} failed ${failed}`, health: failed > 0 ? 'warning' : 'progress' };
    }
    case 'CronJob':
      return { status: String(o.spec?.schedule ?? ''), health: o.spec?.suspend ? 'none' : 'ok' };
    case 'ConfigMap':
      return { status: `${Object.keys((o.data as object | undefined) ?? {}).length} keys`, health: 'none' };
    case 'Secret':
      // Only the type and how many keys: the values never leave this function.
      return { status: `${String(o.type ?? 'Opaque')} ${Object.keys((o.data as object | undefined) ?? {}).length} keys`, health: 'none' };
    default:
      return { status: '', health: 'none' };
  }
}

export function toRow(kind: string, object: KubeObject): Row {
  const meta = (object.metadata ?? {}) as { name?: string; resourceVersion?: string };
  const s = summarize(kind, object as Obj);
  return {
    name: sanitizeLine(meta.name ?? ''),
    status: sanitizeLine(s.status),
    health: s.health,
    resourceVersion: meta.resourceVersion ?? '',
  };
}
