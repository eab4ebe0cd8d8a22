// Captured sandbox lists (tests/fixtures/workloads, see capture.sh there), items given their kind back
// as the live reader does. The explainers' own tests read them through the real plans
// (tests/support/fixture-reader.ts); these helpers serve the pure parts' tests.
import { readFileSync } from 'node:fs';
import type { KubeObject } from '../../../src/cluster/reader.js';

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
