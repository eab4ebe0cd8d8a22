// Pod snapshots from real sandbox output (tests/fixtures/pods: `kubectl get pod -o json` per Pod and
// the shop namespace's lists), shaped as the plan executor returns them for the Pod's ReadPlan, and
// the explanation said in one language.
import { readFileSync } from 'node:fs';
import type { KubeObject } from '../../../src/model/kube.js';
import type { Snapshot } from '../../../src/model/read-plan.js';
import type { Explanation } from '../../../src/model/explanation.js';
import type { Pod } from '../../../src/model/pod.js';
import type { Lang } from '../../../src/i18n/lang.js';
import { explainPod as explainModel } from '../../../src/explain/pod.js';
import { sayExplanation } from '../../../src/i18n/say-explanation.js';

const dir = new URL('../../fixtures/pods/', import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { items?: KubeObject[] } & KubeObject;
const items = (what: string) => json(`shop-${what}.json`).items ?? [];

export function loadPod(short: string): Pod {
  return json(`pod-${short}.json`) as unknown as Pod;
}

/** The snapshot of a captured Pod with the shop namespace's lists; `reads` replaces or adds reads. */
export function podSnapshot(short: string, over: { pod?: Pod; reads?: Snapshot['reads']; warnings?: Snapshot['warnings'] } = {}): Snapshot {
  const pod = over.pod ?? loadPod(short);
  const ref = pod.metadata.ownerReferences?.[0];
  const owner = ref
    ? ([...items('replicasets'), ...items('jobs')].find((o) => o.kind === ref.kind && o.metadata?.name === ref.name) ?? null)
    : undefined;
  return {
    object: pod as unknown as KubeObject,
    reads: {
      events: items('events').filter((e) => (e.involvedObject as { uid?: string }).uid === pod.metadata.uid),
      services: items('services'),
      endpointSlices: items('endpointslices'),
      configMaps: items('configmaps'),
      secrets: [],
      ...(ref ? { owner } : {}),
      ...over.reads,
    },
    skipped: [],
    warnings: over.warnings ?? [],
  };
}

/** explain + say, as the command does after the plan executor. */
export const explainPod = (snap: Snapshot, lang: Lang): Explanation => sayExplanation(explainModel(snap), lang);

/** A bare snapshot of one Pod: nothing else read. */
export const bare = (pod: Pod, reads: Snapshot['reads'] = {}): Snapshot => ({
  object: pod as unknown as KubeObject,
  reads,
  skipped: [],
  warnings: [],
});
