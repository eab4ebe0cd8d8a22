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
    expect(find(e, 'taint.x')?.detail).toMatch(/^NoExecute: .*running ones are evicted/);
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
    expect(e.verdict.text).toMatch(/^Active: 15 Pods, \d+ not running or completed$/);
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
