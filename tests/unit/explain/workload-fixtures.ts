// Builds RelatedSnapshots from real sandbox output (tests/fixtures/workloads, see capture.sh there):
// the target and the namespace's lists, as fetchRelatedSnapshot assembles them (Secrets through the
// same summarizeSecret that drops values on arrival).
import { readFileSync } from 'node:fs';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { summarizeSecret } from '../../../src/cluster/workload-snapshot.js';
import type { Event } from '../../../src/model/pod.js';
import type { RelatedKey, RelatedSnapshot } from '../../../src/model/workload.js';

const dir = new URL('../../fixtures/workloads/', import.meta.url);
const KIND: Record<string, string> = {
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
  jobs: 'Job',
  cronjobs: 'CronJob',
  pods: 'Pod',
  services: 'Service',
  persistentvolumeclaims: 'PersistentVolumeClaim',
  events: 'Event',
  resourcequotas: 'ResourceQuota',
  limitranges: 'LimitRange',
  configmaps: 'ConfigMap',
  secrets: 'Secret',
  serviceaccounts: 'ServiceAccount',
  nodes: 'Node',
  namespaces: 'Namespace',
};

/** A captured list; items get their kind back as the live reader restores it. */
export function items(file: keyof typeof KIND): KubeObject[] {
  const list = JSON.parse(readFileSync(new URL(`${file}.json`, dir), 'utf8')) as { items: KubeObject[] };
  return list.items.map((i) => ({ kind: KIND[file], ...i }));
}

export const rawSecret = () => items('secrets').find((s) => s.metadata?.name === 'db-credentials')!;

const one = (file: keyof typeof KIND, name: string) => {
  if (file === 'namespaces') return namespace();
  const o = items(file).find((i) => i.metadata?.name === name);
  if (!o) throw new Error(`fixture ${file}/${name} missing`);
  return o;
};

export function snapshot(
  file: keyof typeof KIND,
  name: string,
  related: RelatedKey[],
  overrides: Partial<RelatedSnapshot> = {},
): RelatedSnapshot {
  const object = file === 'secrets' ? summarizeSecret(one(file, name)) : file === 'namespaces' ? namespace() : one(file, name);
  const lists: Record<RelatedKey, () => KubeObject[]> = {
    pods: () => (file === 'nodes' ? items('pods').filter((p) => (p.spec as { nodeName?: string }).nodeName === name) : items('pods')),
    replicaSets: () => items('replicasets'),
    jobs: () => items('jobs'),
    services: () => items('services'),
    pvcs: () => items('persistentvolumeclaims'),
    nodes: () => items('nodes'),
    quotas: () => items('resourcequotas'),
    limitRanges: () => items('limitranges'),
    deployments: () => items('deployments'),
    statefulSets: () => items('statefulsets'),
    daemonSets: () => items('daemonsets'),
    cronJobs: () => items('cronjobs'),
    configMaps: () => items('configmaps'),
    secrets: () => items('secrets').map(summarizeSecret),
    serviceAccounts: () => items('serviceaccounts'),
  };
  const snap: RelatedSnapshot = { object, related: {}, events: items('events') as unknown as Event[], warnings: [] };
  for (const k of related) snap.related[k] = lists[k]();
  return { ...snap, ...overrides };
}

export function namespace(): KubeObject {
  return { kind: 'Namespace', ...(JSON.parse(readFileSync(new URL('namespace.json', dir), 'utf8')) as KubeObject) };
}
