// The list's columns per kind, with kubectl get's headers (Pods: NAME READY STATUS RESTARTS AGE NODE…),
// each a pure function of the object. Cells are computed once when the object arrives; time columns hold
// epoch milliseconds and are formatted at draw time (AGE keeps counting). Pure.
/* eslint-disable @typescript-eslint/no-explicit-any -- printers read arbitrary API JSON field by field, as kubectl's do; every value is stringified and escaped by the caller (rows.ts) */
import { safe, type SafeText } from '../../text/safe-text.js';
import type { KubeObject } from '../../cluster/reader.js';
import { badConditions, conditionsOf, judgeCondition } from '../../explain/kind-parts.js';

export type ColumnType = 'text' | 'num' | 'time';

export interface Column {
  header: string;
  type: ColumnType;
  /** Columns with a lower priority are dropped first when the pane is narrow; NAME has the highest. */
  priority: number;
  /** Widest a cell may be drawn (cut with "…" beyond). */
  max: number;
  get(o: Obj): string;
}

export type Obj = KubeObject & { spec?: Record<string, any>; status?: Record<string, any>; [k: string]: any };

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const time = (t: unknown): string => (typeof t === 'string' && t ? String(Date.parse(t) || '') : '');
const list = (v: unknown): any[] => (Array.isArray(v) ? v : []);
const meta = (o: Obj) =>
  (o.metadata ?? {}) as { name?: string; namespace?: string; creationTimestamp?: string; labels?: Record<string, string> };

const col = (header: string, priority: number, max: number, get: (o: Obj) => string, type: ColumnType = 'text'): Column => ({
  header,
  type,
  priority,
  max,
  get,
});

export const NAME = col('NAME', 100, 80, (o) => meta(o).name ?? '');
export const NAMESPACE = col('NAMESPACE', 90, 30, (o) => meta(o).namespace ?? '');
const AGE = col('AGE', 40, 8, (o) => time(meta(o).creationTimestamp), 'time');

/** Any other kind (custom resources…): its bad conditions as the generic explainer judges them, else the good ones. */
export function conditionsSummary(o: KubeObject): string {
  const bad = badConditions(o);
  if (bad.length) return bad.join(', ');
  return conditionsOf(o)
    .filter((c) => judgeCondition(c) === 'ok')
    .map((c) => c.type)
    .join(',');
}
const CONDITIONS = col('CONDITIONS', 60, 60, conditionsSummary);

/** kubectl's READY/STATUS/RESTARTS of a Pod (pkg/printers/internalversion printPod, simplified). */
export function podStatus(o: Obj): string {
  if (meta(o).creationTimestamp && (o.metadata as { deletionTimestamp?: string }).deletionTimestamp) return 'Terminating';
  const st = o.status ?? {};
  let reason: string = st.reason ?? st.phase ?? 'Unknown';
  const inits = list(st.initContainerStatuses);
  for (let i = 0; i < inits.length; i++) {
    const c = inits[i];
    if (c.state?.terminated?.exitCode === 0) continue;
    if (c.state?.running && c.started) continue; // a sidecar that started
    if (c.state?.terminated)
      return c.state.terminated.reason ? `Init:${c.state.terminated.reason}` : `Init:ExitCode:${c.state.terminated.exitCode}`;
    if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') return `Init:${c.state.waiting.reason}`;
    return `Init:${i}/${list(o.spec?.initContainers).length}`;
  }
  for (const c of list(st.containerStatuses)) {
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated) reason = c.state.terminated.reason ?? `ExitCode:${c.state.terminated.exitCode}`;
  }
  return reason;
}

const podReady = (o: Obj) => {
  const cs = list(o.status?.containerStatuses);
  return `${cs.filter((c) => c.ready).length}/${list(o.spec?.containers).length || cs.length}`;
};
const podRestarts = (o: Obj) => String(list(o.status?.containerStatuses).reduce((n: number, c) => n + num(c.restartCount), 0));

const ports = (ps: unknown) =>
  list(ps)
    .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
    .join(',') || '<none>';

const condition = (o: Obj, type: string) => list(o.status?.conditions).find((c) => c.type === type);

function nodeStatus(o: Obj): string {
  const ready = condition(o, 'Ready');
  const s = ready?.status === 'True' ? 'Ready' : 'NotReady';
  return o.spec?.unschedulable ? `${s},SchedulingDisabled` : s;
}

function nodeRoles(o: Obj): string {
  const roles = Object.keys(meta(o).labels ?? {})
    .filter((l) => l.startsWith('node-role.kubernetes.io/'))
    .map((l) => l.slice('node-role.kubernetes.io/'.length))
    .filter(Boolean);
  return roles.join(',') || '<none>';
}

function jobStatus(o: Obj): string {
  const conds = list(o.status?.conditions).filter((c) => c.status === 'True');
  if (conds.some((c) => c.type === 'Complete')) return 'Complete';
  if (conds.some((c) => c.type === 'Failed')) return 'Failed';
  if (conds.some((c) => c.type === 'Suspended')) return 'Suspended';
  return 'Running';
}

function jobDuration(o: Obj): string {
  const start = Date.parse(o.status?.startTime ?? '');
  if (!start) return '';
  const end = Date.parse(o.status?.completionTime ?? '') || Date.now();
  return humanDuration(end - start);
}

const hpaTargets = (o: Obj) =>
  list(o.status?.currentMetrics)
    .map((m) => m.resource?.current?.averageUtilization)
    .filter((v) => v !== undefined)
    .map((v) => `${v}%`)
    .join(',') || '<unknown>';

export const COLUMNS: Record<string, Column[]> = {
  Pod: [
    NAME,
    col('READY', 70, 7, podReady),
    col('STATUS', 95, 30, podStatus),
    col('RESTARTS', 60, 8, podRestarts, 'num'),
    AGE,
    col('NODE', 30, 30, (o) => o.spec?.nodeName ?? '<none>'),
  ],
  Deployment: [
    NAME,
    col('READY', 95, 11, (o) => `${num(o.status?.readyReplicas)}/${o.spec?.replicas ?? 1}`),
    col('UP-TO-DATE', 60, 10, (o) => String(num(o.status?.updatedReplicas)), 'num'),
    col('AVAILABLE', 70, 9, (o) => String(num(o.status?.availableReplicas)), 'num'),
    AGE,
  ],
  ReplicaSet: [
    NAME,
    col('DESIRED', 70, 7, (o) => String(o.spec?.replicas ?? 1), 'num'),
    col('CURRENT', 60, 7, (o) => String(num(o.status?.replicas)), 'num'),
    col('READY', 95, 5, (o) => String(num(o.status?.readyReplicas)), 'num'),
    AGE,
  ],
  StatefulSet: [NAME, col('READY', 95, 11, (o) => `${num(o.status?.readyReplicas)}/${o.spec?.replicas ?? 1}`), AGE],
  DaemonSet: [
    NAME,
    col('DESIRED', 70, 7, (o) => String(num(o.status?.desiredNumberScheduled)), 'num'),
    col('CURRENT', 50, 7, (o) => String(num(o.status?.currentNumberScheduled)), 'num'),
    col('READY', 95, 5, (o) => String(num(o.status?.numberReady)), 'num'),
    col('UP-TO-DATE', 45, 10, (o) => String(num(o.status?.updatedNumberScheduled)), 'num'),
    col('AVAILABLE', 55, 9, (o) => String(num(o.status?.numberAvailable)), 'num'),
    AGE,
  ],
  Job: [
    NAME,
    col('STATUS', 95, 10, jobStatus),
    col('COMPLETIONS', 70, 11, (o) => `${num(o.status?.succeeded)}/${o.spec?.completions ?? 1}`),
    col('DURATION', 50, 8, jobDuration),
    AGE,
  ],
  CronJob: [
    NAME,
    col('SCHEDULE', 95, 20, (o) => o.spec?.schedule ?? ''),
    col('SUSPEND', 60, 7, (o) => String(!!o.spec?.suspend)),
    col('ACTIVE', 70, 6, (o) => String(list(o.status?.active).length), 'num'),
    col('LAST SCHEDULE', 50, 13, (o) => time(o.status?.lastScheduleTime), 'time'),
    AGE,
  ],
  HorizontalPodAutoscaler: [
    NAME,
    col('REFERENCE', 80, 30, (o) => `${o.spec?.scaleTargetRef?.kind ?? ''}/${o.spec?.scaleTargetRef?.name ?? ''}`),
    col('TARGETS', 70, 14, hpaTargets),
    col('MINPODS', 50, 7, (o) => String(o.spec?.minReplicas ?? 1), 'num'),
    col('MAXPODS', 50, 7, (o) => String(num(o.spec?.maxReplicas)), 'num'),
    col('REPLICAS', 95, 8, (o) => String(num(o.status?.currentReplicas)), 'num'),
    AGE,
  ],
  PodDisruptionBudget: [
    NAME,
    col('MIN AVAILABLE', 60, 13, (o) => String(o.spec?.minAvailable ?? 'N/A')),
    col('MAX UNAVAILABLE', 60, 15, (o) => String(o.spec?.maxUnavailable ?? 'N/A')),
    col('ALLOWED DISRUPTIONS', 95, 19, (o) => String(num(o.status?.disruptionsAllowed)), 'num'),
    AGE,
  ],
  Service: [
    NAME,
    col('TYPE', 90, 12, (o) => o.spec?.type ?? 'ClusterIP'),
    col('CLUSTER-IP', 80, 15, (o) => o.spec?.clusterIP ?? ''),
    col(
      'EXTERNAL-IP',
      50,
      15,
      (o) =>
        list(o.status?.loadBalancer?.ingress)
          .map((i) => i.ip ?? i.hostname)
          .join(',') || '<none>',
    ),
    col('PORT(S)', 70, 24, (o) => ports(o.spec?.ports)),
    AGE,
  ],
  Ingress: [
    NAME,
    col('CLASS', 60, 12, (o) => o.spec?.ingressClassName ?? '<none>'),
    col(
      'HOSTS',
      90,
      30,
      (o) =>
        list(o.spec?.rules)
          .map((r) => r.host ?? '*')
          .join(',') || '*',
    ),
    col('ADDRESS', 70, 15, (o) =>
      list(o.status?.loadBalancer?.ingress)
        .map((i) => i.ip ?? i.hostname)
        .join(','),
    ),
    col('PORTS', 40, 7, (o) => (list(o.spec?.tls).length ? '80, 443' : '80')),
    AGE,
  ],
  IngressClass: [NAME, col('CONTROLLER', 90, 40, (o) => o.spec?.controller ?? ''), AGE],
  EndpointSlice: [
    NAME,
    col('ADDRESSTYPE', 50, 11, (o) => o.addressType ?? ''),
    col(
      'PORTS',
      70,
      16,
      (o) =>
        list(o.ports)
          .map((p) => p.port)
          .join(',') || '<unset>',
    ),
    col(
      'ENDPOINTS',
      90,
      30,
      (o) =>
        list(o.endpoints)
          .flatMap((e) => list(e.addresses))
          .join(',') || '<unset>',
    ),
    AGE,
  ],
  NetworkPolicy: [
    NAME,
    col(
      'POD-SELECTOR',
      90,
      30,
      (o) =>
        Object.entries((o.spec?.podSelector?.matchLabels ?? {}) as Record<string, string>)
          .map(([k, v]) => `${k}=${v}`)
          .join(',') || '<none>',
    ),
    AGE,
  ],
  ConfigMap: [
    NAME,
    col('DATA', 90, 4, (o) => String(Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length), 'num'),
    AGE,
  ],
  // The number of keys only: values never leave this function.
  Secret: [
    NAME,
    col('TYPE', 90, 36, (o) => String(o.type ?? 'Opaque')),
    col('DATA', 80, 4, (o) => String(Object.keys(o.data ?? {}).length), 'num'),
    AGE,
  ],
  PersistentVolumeClaim: [
    NAME,
    col('STATUS', 95, 8, (o) => o.status?.phase ?? 'Pending'),
    col('VOLUME', 50, 40, (o) => o.spec?.volumeName ?? ''),
    col('CAPACITY', 70, 8, (o) => o.status?.capacity?.storage ?? ''),
    col('ACCESS MODES', 40, 12, (o) =>
      list(o.status?.accessModes ?? o.spec?.accessModes)
        .map((m: string) => m.replace(/[a-z]/g, ''))
        .join(','),
    ),
    col('STORAGECLASS', 60, 20, (o) => o.spec?.storageClassName ?? ''),
    AGE,
  ],
  ResourceQuota: [NAME, AGE],
  LimitRange: [NAME, AGE],
  Node: [
    NAME,
    col('STATUS', 95, 26, nodeStatus),
    col('ROLES', 60, 20, nodeRoles),
    AGE,
    col('VERSION', 50, 12, (o) => o.status?.nodeInfo?.kubeletVersion ?? ''),
  ],
  Namespace: [NAME, col('STATUS', 95, 11, (o) => o.status?.phase ?? 'Active'), AGE],
  Event: [
    col('LAST SEEN', 60, 9, (o) => time(o.lastTimestamp ?? o.eventTime ?? o.series?.lastObservedTime ?? meta(o).creationTimestamp), 'time'),
    col('TYPE', 80, 7, (o) => o.type ?? ''),
    col('REASON', 90, 24, (o) => o.reason ?? ''),
    col('OBJECT', 70, 40, (o) => `${String(o.involvedObject?.kind ?? '').toLowerCase()}/${o.involvedObject?.name ?? ''}`),
    col('MESSAGE', 50, 200, (o) => o.message ?? o.note ?? ''),
    { ...NAME, priority: 10 },
  ],
  ServiceAccount: [NAME, AGE],
  Role: [NAME, AGE],
  ClusterRole: [NAME, AGE],
  RoleBinding: [NAME, col('ROLE', 90, 40, (o) => `${o.roleRef?.kind ?? ''}/${o.roleRef?.name ?? ''}`), AGE],
  ClusterRoleBinding: [NAME, col('ROLE', 90, 40, (o) => `${o.roleRef?.kind ?? ''}/${o.roleRef?.name ?? ''}`), AGE],
};

/** The columns of `kind`, with NAMESPACE first when listing every namespace. */
export function columnsFor(kind: string, allNamespaces: boolean): Column[] {
  const cols = COLUMNS[kind] ?? [NAME, CONDITIONS, AGE];
  return allNamespaces ? [NAMESPACE, ...cols] : cols;
}

/** kubectl's duration.HumanDuration: 45s, 3m12s, 95m, 5h3m, 36h, 6d4h, 120d, 3y20d. */
export function humanDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
  if (h < 48) return `${h}h`;
  const d = Math.floor(h / 24);
  if (h < 24 * 8) return h % 24 ? `${d}d${h % 24}h` : `${d}d`;
  if (h < 24 * 365 * 2) return `${d}d`;
  const y = Math.floor(d / 365);
  if (h < 24 * 365 * 8) return d % 365 ? `${y}y${d % 365}d` : `${y}y`;
  return `${y}y`;
}

/** What a cell shows: time columns become an age ("<unknown>"-free: empty stays empty). */
export const showCell = (c: Column, cell: SafeText, now: number): SafeText =>
  c.type === 'time' ? safe(cell ? humanDuration(now - Number(cell)) : '<none>') : cell;
