// The Node and Namespace explainers through their real read plans over objects captured from the
// sandbox (tests/fixtures/workloads: kx-node-1 with the fixtures' Pods, the kxwl-fixtures namespace
// with a ResourceQuota and a LimitRange), in en and ja, with the requests each plan makes counted.
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../../src/docs/catalog.js';
import type { Explanation } from '../../../src/model/explanation.js';
import type { KubeObject } from '../../../src/model/kube.js';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';

const keys = new Set(CONCEPTS.map((c) => c.key));
const find = (e: Explanation, id: string) => e.findings.find((f) => f.id === id);
function wellFormed(e: Explanation) {
  for (const f of e.findings) expect(keys, `${e.target.kind} ${f.id}: ${f.concept}`).toContain(f.concept);
  expect(new Set(e.findings.map((f) => f.id)).size, e.findings.map((f) => f.id).join()).toBe(e.findings.length);
}

/** The workloads fixtures with one object replaced by `edit(copy)`. */
function edited(kind: string, name: string, edit: (o: Record<string, any>) => void): KubeObject[] {
  return fixtureObjects('workloads').map((o) => {
    if (o.kind !== kind || o.metadata?.name !== name) return o;
    const copy = structuredClone(o) as Record<string, any>;
    edit(copy);
    return copy as KubeObject;
  });
}

describe('Node', () => {
  it('conditions by polarity, no taints, capacity vs allocatable, requests of its Pods (3 requests: node, Pods, events)', async () => {
    const { e, requests } = await explainFixture('workloads', 'no', 'kx-node-1', 'kxwl-fixtures');
    expect(requests).toBe(3);
    expect(e.target).toEqual({ kind: 'Node', name: 'kx-node-1' });
    expect(e.verdict.severity).toBe('ok');
    expect(e.verdict.text).toMatch(/^Ready: schedulable, no pressure, \d+ Pods running or starting$/);
    expect(find(e, 'condition.MemoryPressure')?.severity).toBe('ok');
    expect(find(e, 'condition.Ready')?.severity).toBe('ok');
    expect(find(e, 'capacity')?.detail).toContain('cpu: capacity 1k, allocatable 1k');
    expect(find(e, 'requests')?.detail).toMatch(/^cpu: \d+m requested of 1k allocatable \(0%\)/);
    expect(find(e, 'notready')).toBeUndefined();
    wellFormed(e);
  });

  it('NotReady, cordoned and tainted nodes', async () => {
    let objects = edited('Node', 'kx-node-1', (n) => {
      n.spec.unschedulable = true;
      n.spec.taints = [
        { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
        { key: 'x', effect: 'NoExecute' },
      ];
    });
    let { e } = await explainObjects(objects, 'no', 'kx-node-1', 'kxwl-fixtures');
    expect(e.verdict.text).toMatch(/^Cordoned: no new Pods are scheduled here; running ones stay — kubectl uncordon kx-node-1/);
    expect(find(e, 'taint.x:NoExecute')?.detail).toMatch(/^NoExecute: .*running ones are evicted/);
    objects = edited('Node', 'kx-node-1', (n) => {
      n.status.conditions = n.status.conditions.map((c: { type: string }) =>
        c.type === 'Ready' ? { ...c, status: 'Unknown', reason: 'NodeStatusUnknown' } : c,
      );
    });
    ({ e } = await explainObjects(objects, 'no', 'kx-node-1', 'kxwl-fixtures'));
    expect(e.verdict).toMatchObject({
      severity: 'error',
      text: expect.stringMatching(/^NotReady \(Unknown\): the kubelet on kx-node-1 stopped reporting/),
    });
    expect(find(e, 'condition.Ready')).toMatchObject({ severity: 'error', detail: expect.stringContaining('node lease expired') });
    wellFormed(e);
  });
});

describe('Namespace', () => {
  it('Active, contents, Pods by state, the quota used/hard and the LimitRange (13 requests)', async () => {
    const { e, requests } = await explainFixture('workloads', 'ns', 'kxwl-fixtures', 'default');
    expect(requests).toBe(13);
    expect(e.target).toEqual({ kind: 'Namespace', name: 'kxwl-fixtures' });
    // pods.json's 14 and pod-zone-c-only.json, captured from the same namespace.
    // Crash-looping Pods are phase Running but count as trouble, as in the Pods finding; they are the Pods'
    // problems, so the namespace's verdict is info (a full quota would make it a warning).
    expect(e.verdict).toMatchObject({
      severity: 'info',
      text: expect.stringMatching(/^Active: 15 Pods, [1-9]\d* neither Ready nor Completed$/),
    });
    expect(find(e, 'contents')?.detail).toContain('Deployments: 2, StatefulSets: 1, DaemonSets: 1');
    expect(find(e, 'quota.compute')).toMatchObject({ concept: 'resourcequota', severity: 'warning' });
    expect(find(e, 'quota.compute')?.detail).toContain('pods: 9 of 10 used (90 %)');
    expect(find(e, 'limitrange.defaults')?.detail).toContain(
      'Container: default cpu=500m, memory=256Mi; defaultRequest cpu=100m, memory=64Mi; max memory=1Gi',
    );
    wellFormed(e);
  });

  it('a quota at its limit: the verdict names the exhausted resource', async () => {
    const objects = edited('ResourceQuota', 'compute', (q) => {
      q.status.used.pods = '10';
    });
    const { e } = await explainObjects(objects, 'ns', 'kxwl-fixtures', 'default');
    expect(e.verdict).toMatchObject({ severity: 'warning', text: expect.stringMatching(/ — quota exhausted: compute: pods 10\/10$/) });
    expect(find(e, 'quota.compute')).toMatchObject({ severity: 'error', detail: expect.stringContaining('pods: 10 of 10 used (100 %)') });
  });

  it('Terminating, with what blocks it: the finalizer the condition names', async () => {
    const objects = edited('Namespace', 'kxwl-fixtures', (ns) => {
      ns.status = {
        phase: 'Terminating',
        conditions: [
          {
            type: 'NamespaceFinalizersRemaining',
            status: 'True',
            reason: 'SomeFinalizersRemain',
            message: 'Some content in the namespace has finalizers remaining: example.com/protect in 1 resource instances',
          },
        ],
      };
    });
    const { e } = await explainObjects(objects, 'ns', 'kxwl-fixtures', 'default', 'ja');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toMatch(/^Terminating: 名前空間 kxwl-fixtures /);
    expect(e.verdict.text).toContain('example.com/protect');
    expect(find(e, 'condition.NamespaceFinalizersRemaining')?.severity).toBe('warning');
  });
});

// Captured from the sandbox (tests/fixtures/node-ns/capture.sh): a node whose kubelet reports the CNI
// plugin not initialized, with the taints the node lifecycle controller added, two Pods on it and the
// kubelet's NodeNotReady event; a namespace deleted while a ConfigMap and a ServiceAccount keep finalizers.
describe('a NotReady node and a Terminating namespace, captured', () => {
  const objects = fixtureObjects('node-ns');

  it('NotReady: the kubelet reason and message, the controller taints, when each Pod is evicted (3 requests)', async () => {
    const { e, requests } = await explainObjects(objects, 'no', 'kx-nodens-nd3571', 'default');
    expect(requests).toBe(3);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toBe(
      'NotReady: the kubelet on kx-nodens-nd3571 reports the container network is not ready (NetworkPluginNotReady: "Network plugin returns error: cni plugin not initialized") — install or repair the CNI plugin on the node (its DaemonSet in kube-system, or /etc/cni/net.d)',
    );
    const cause = find(e, 'notready')!;
    expect(cause).toMatchObject({ severity: 'error', concept: 'node.notready' });
    expect(cause.detail).toContain('taints node.kubernetes.io/not-ready:NoSchedule, node.kubernetes.io/not-ready:NoExecute');
    // timeAdded 16:09:52 + the 300 s every Pod gets from DefaultTolerationSeconds.
    expect(cause.detail).toContain(
      '1 Pod tolerates node.kubernetes.io/not-ready:NoExecute for 300s: evicted at 2026-11-30T16:14:52Z unless the node is Ready again: nodens-nd3571/web',
    );
    expect(cause.detail).toContain('1 Pod tolerates node.kubernetes.io/not-ready:NoExecute without a time limit and stays');
    expect(cause.detail).toContain('nodens-nd3571/agent');
    // The kubelet's event carries the node's name as uid: read by kind and name, it is not lost.
    expect(find(e, 'events')?.detail).toContain('NodeNotReady: "Node kx-nodens-nd3571 status is now: NodeNotReady"');
    wellFormed(e);
  });

  it('NotReady in Japanese: the kubelet message quoted, never spliced', async () => {
    const { e } = await explainObjects(objects, 'no', 'kx-nodens-nd3571', 'default', 'ja');
    expect(e.verdict.text).toMatch(/^NotReady: kx-nodens-nd3571 の kubelet がコンテナネットワークの準備ができていないと報告しています/);
    expect(e.verdict.text).toContain('「Network plugin returns error: cni plugin not initialized」');
    expect(e.verdict.text).toContain('CNI プラグインを導入・修復してください');
    expect(find(e, 'notready')?.detail).toContain('2026-11-30T16:14:52Z に退避されます: nodens-nd3571/web');
    expect(find(e, 'notready')?.detail).toContain('期限なしで許容しており、ノードに残ります');
  });

  it('Terminating: names each object and its finalizer, and reads the ServiceAccounts the condition names (14 requests)', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { e, requests } = await explainObjects(objects, 'ns', 'nodens-term2-nd3571', 'default', lang);
      expect(requests).toBe(14);
      expect(e.verdict.severity).toBe('warning');
      expect(e.verdict.text).toContain('ConfigMap held (finalizer example.com/hold)');
      expect(e.verdict.text).toContain('ServiceAccount builder (finalizer example.com/keep)');
      expect(find(e, 'terminating')?.concept).toBe('namespace.terminating');
      expect(find(e, 'condition.NamespaceFinalizersRemaining')?.severity).toBe('warning');
      expect(find(e, 'condition.NamespaceDeletionDiscoveryFailure')?.severity).toBe('ok');
      if (lang === 'en')
        expect(e.verdict.text).toMatch(
          /^Terminating: namespace nodens-term2-nd3571 waits for objects whose finalizers are not removed: .* — the controller that owns each finalizer must finish/,
        );
      else
        expect(e.verdict.text).toMatch(
          /^Terminating: 名前空間 nodens-term2-nd3571 は、finalizer が外れないオブジェクトを待っています: .* — 各 finalizer を担当するコントローラー/,
        );
    }
  });
});
