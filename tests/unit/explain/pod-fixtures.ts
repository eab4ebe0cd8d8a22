// Builds PodSnapshots from real sandbox output (tests/fixtures/pods: `kubectl get pod -o json` per
// Pod and the shop namespace's lists), the way fetchPodSnapshot assembles them from the API.
import { readFileSync } from 'node:fs';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { secretSummary } from '../../../src/cluster/snapshot.js';
import type { Pod, PodSnapshot } from '../../../src/model/pod.js';

const dir = new URL('../../fixtures/pods/', import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { items?: KubeObject[] } & KubeObject;
const items = (what: string) => json(`shop-${what}.json`).items ?? [];

export function loadPod(short: string): Pod {
  return json(`pod-${short}.json`) as unknown as Pod;
}

export function podSnapshot(short: string, overrides: Partial<PodSnapshot> = {}): PodSnapshot {
  const pod = loadPod(short);
  const ref = pod.metadata.ownerReferences?.[0];
  const ownerObj = ref
    ? [...items('replicasets'), ...items('jobs')].find((o) => o.kind === ref.kind && o.metadata?.name === ref.name)
    : undefined;
  const ownerRef = (ownerObj?.metadata as { ownerReferences?: { kind: string; name: string }[] } | undefined)?.ownerReferences?.[0];
  return {
    pod,
    events: items('events').filter((e) => (e.involvedObject as { uid?: string }).uid === pod.metadata.uid) as PodSnapshot['events'],
    services: items('services') as unknown as PodSnapshot['services'],
    endpointSlices: items('endpointslices') as unknown as PodSnapshot['endpointSlices'],
    configMaps: items('configmaps').map((c) => c.metadata?.name ?? ''),
    secrets: [].map(secretSummary),
    ...(ref
      ? {
          owner: ownerObj
            ? { kind: ref.kind, name: ref.name, found: true, ...(ownerRef ? { owner: ownerRef } : {}) }
            : { kind: ref.kind, name: ref.name, found: false },
        }
      : {}),
    warnings: [],
    ...overrides,
  };
}
