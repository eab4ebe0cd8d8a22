// Reads a namespace (or every namespace) for `check`: one paginated list request per kind, in
// parallel (bounded), never one request per object. A kind the account may not list becomes a
// warning naming the permission; the scan goes on with the rest. Secret values are dropped here.
import { ExitCode, KxError } from '../errors.js';
import type { KubeObject } from '../model/kube.js';
import { message, type Message } from '../model/message.js';
import { lookupKind } from './kinds.js';
import { mapLimit } from './pool.js';
import type { Reader } from './reader.js';
import { summarizeSecret } from './secret-summary.js';

/** Namespaced kinds a check reads, then the cluster-scoped ones its explainers need (Nodes for scheduling). */
export const SCAN_KINDS = [
  'Pod',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Service',
  'EndpointSlice',
  'Ingress',
  'NetworkPolicy',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'PersistentVolumeClaim',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'ResourceQuota',
  'LimitRange',
  'Event',
  // Gateway API (a 404 without its CRDs, like any kind the cluster does not serve): judged by check.
  'Gateway',
  'HTTPRoute',
  'GRPCRoute',
];
// Cluster-scoped kinds the explainers read (scheduling, storage, ingress classes, priorities).
const CLUSTER_KINDS = ['Node', 'Namespace', 'StorageClass', 'PersistentVolume', 'IngressClass', 'PriorityClass'];

/**
 * managedFields are a third of a live Pod's JSON and no explainer reads them: dropped as each list
 * arrives, they die young instead of being kept (and traced by every collection) for the whole check.
 */
function withoutManagedFields(o: KubeObject): KubeObject {
  const meta = o.metadata as { managedFields?: unknown } | undefined;
  if (!meta?.managedFields) return o;
  const { managedFields: _dropped, ...metadata } = meta;
  return { ...o, metadata } as KubeObject;
}

export interface ScanResult {
  objects: KubeObject[];
  /** Kinds that could be listed (a kind missing here was forbidden or not served). */
  read: string[];
  warnings: Message[];
  requests: number;
}

export async function scan(reader: Reader, opts: { namespace?: string; labelSelector?: string; kinds?: string[] }): Promise<ScanResult> {
  const wanted = (opts.kinds?.length ? opts.kinds : SCAN_KINDS).filter((k) => lookupKind(k));
  const kinds = [...new Set([...wanted, ...CLUSTER_KINDS.filter((k) => lookupKind(k))])];
  const before = reader.requestCount;
  const warnings: Message[] = [];
  const read: string[] = [];
  const lists = await mapLimit(kinds, 6, async (kind) => {
    const info = lookupKind(kind)!;
    // The label selector narrows the objects checked, not what they refer to (ConfigMaps, Nodes…).
    const narrow = opts.labelSelector && ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Service'].includes(kind);
    try {
      const items = await reader.list(kind, {
        ...(info.namespaced && opts.namespace ? { namespace: opts.namespace } : {}),
        ...(narrow ? { labelSelector: opts.labelSelector } : {}),
      });
      read.push(kind);
      return kind === 'Secret' ? items.map((s) => summarizeSecret(s)) : items.map(withoutManagedFields);
    } catch (err) {
      if (err instanceof KxError && (err.exitCode === ExitCode.forbidden || err.exitCode === ExitCode.notFound)) {
        if (err.exitCode === ExitCode.forbidden) {
          warnings.push(
            message('common:forbidden', {
              verb: 'list',
              resource: info.group ? `${info.plural}.${info.group}` : info.plural,
              ...(info.namespaced && opts.namespace ? { namespace: opts.namespace } : {}),
            }),
          );
        }
        return [];
      }
      throw err;
    }
  });
  return { objects: lists.flat(), read: read.sort(), warnings, requests: reader.requestCount - before };
}
