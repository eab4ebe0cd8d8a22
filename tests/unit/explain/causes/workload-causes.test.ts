// Workload, CronJob, Node and Namespace causes on captured objects (tests/fixtures/workloads) and on
// the controllers' message formats.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSchedule } from '../../../../src/explain/causes/cron-schedule.js';
import { classifyCreateFailure, createFailure } from '../../../../src/explain/causes/replicaset-create.js';
import { notReadyCause } from '../../../../src/explain/causes/node-ready.js';
import { namespaceBlock } from '../../../../src/explain/causes/namespace-terminating.js';
import { analyzeScheduling } from '../../../../src/explain/causes/scheduling.js';
import type { Event, Pod } from '../../../../src/model/pod.js';

const fixture = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8')) as T;
const events = fixture<{ items: (Event & { involvedObject: { name: string } })[] }>('workloads/events.json').items;

describe('analyzeSchedule', () => {
  const cj = fixture<{
    items: {
      metadata: { creationTimestamp: string };
      spec: { schedule: string; timeZone?: string };
      status: { lastScheduleTime?: string };
    }[];
  }>('workloads/cronjobs.json').items[0]!;

  it('computes the next fire times of the captured CronJob in its time zone', () => {
    const a = analyzeSchedule(cj.spec, cj.status, cj.metadata.creationTimestamp, [], new Date('2026-11-23T12:29:30Z'));
    expect(a).toMatchObject({ schedule: '* * * * *', timeZone: 'Etc/UTC', never: false, missed: 0 });
    expect(a.next[0]).toBe('2026-11-23T12:30:00.000Z');
  });

  it('fires at 09:00 Tokyo time, which is 00:00 UTC', () => {
    const a = analyzeSchedule(
      { schedule: '0 9 * * *', timeZone: 'Asia/Tokyo' },
      undefined,
      undefined,
      [],
      new Date('2026-11-30T13:00:00Z'),
    );
    expect(a.next[0]).toBe('2026-12-01T00:00:00.000Z');
  });

  it('knows a schedule that can never fire (February 30) and a time zone that does not exist', () => {
    expect(analyzeSchedule({ schedule: '0 0 30 2 *' }, undefined, undefined, [], new Date())).toMatchObject({ never: true, next: [] });
    expect(analyzeSchedule({ schedule: '0 0 * * *', timeZone: 'Mars/Olympus' }, undefined, undefined, [], new Date()).invalid?.what).toBe(
      'timeZone',
    );
    expect(analyzeSchedule({ schedule: '61 * * * *' }, undefined, undefined, [], new Date()).invalid?.what).toBe('schedule');
  });

  it('counts starts missed since the last one and compares the latest with startingDeadlineSeconds', () => {
    const a = analyzeSchedule(
      { schedule: '*/10 * * * *', startingDeadlineSeconds: 60 },
      { lastScheduleTime: '2026-11-30T10:00:00Z' },
      undefined,
      [{ reason: 'MissSchedule', message: 'Missed scheduled time to start a job: Mon, 30 Nov 2026 12:50:00 +0000', type: 'Warning' }],
      new Date('2026-11-30T12:55:00Z'),
    );
    expect(a).toMatchObject({ missed: 17, lastMissed: '2026-11-30T12:50:00.000Z', pastDeadline: true });
    expect(a.events).toEqual([
      { reason: 'MissSchedule', message: 'Missed scheduled time to start a job: Mon, 30 Nov 2026 12:50:00 +0000', count: 1 },
    ]);
  });
});

describe('classifyCreateFailure', () => {
  it('reads the captured StatefulSet quota failure: the quota, the resources and the container', () => {
    const e = events.find((x) => x.reason === 'FailedCreate')!;
    expect(createFailure([e])).toMatchObject({
      kind: 'quota-must-specify',
      quota: 'compute',
      resources: ['requests.cpu', 'requests.memory'],
      containers: ['redis'],
    });
  });

  it('reads an exceeded quota, a missing ServiceAccount and a webhook denial with their objects', () => {
    expect(
      classifyCreateFailure(
        'Error creating: pods "web-5d9c-x7k2p" is forbidden: exceeded quota: compute, requested: limits.cpu=2, used: limits.cpu=3, limited: limits.cpu=4',
      ),
    ).toEqual({
      kind: 'quota-exceeded',
      quota: 'compute',
      resources: [{ resource: 'limits.cpu', requested: '2', used: '3', limited: '4' }],
    });
    expect(
      classifyCreateFailure(
        'Error creating: pods "web-5d9c-" is forbidden: error looking up service account shop/builder: serviceaccount "builder" not found',
      ),
    ).toEqual({ kind: 'serviceaccount-missing', serviceAccount: 'builder' });
    expect(
      classifyCreateFailure(
        'Error creating: admission webhook "policy.example.com" denied the request: images must come from registry.example.com',
      ),
    ).toEqual({ kind: 'webhook-denied', webhook: 'policy.example.com', reason: 'images must come from registry.example.com' });
  });
});

describe('captured StatefulSet Pod with an unbound claim', () => {
  it('names the claim', () => {
    const pod: Pod = {
      metadata: { name: 'cache-0' },
      spec: { containers: [{ name: 'redis' }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-cache-0' } }] },
    };
    const msg = events.find((x) => x.reason === 'FailedScheduling')!.message;
    const a = analyzeScheduling(pod, msg, undefined, fixture<{ items: never[] }>('workloads/persistentvolumeclaims.json').items);
    expect(a?.cause.kind).toBe('pvc');
  });
});

describe('notReadyCause', () => {
  it('is undefined for the captured Ready nodes', () => {
    for (const n of fixture<{ items: object[] }>('workloads/nodes.json').items) expect(notReadyCause(n)).toBeUndefined();
  });

  it('reads the kubelet network-plugin message and the node controller taints', () => {
    const node = {
      spec: {
        taints: [
          { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' },
          { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute', timeAdded: '2026-11-30T12:00:00Z' },
          { key: 'dedicated', effect: 'NoSchedule' },
        ],
      },
      status: {
        conditions: [
          {
            type: 'Ready',
            status: 'False',
            reason: 'KubeletNotReady',
            message:
              'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
          },
        ],
      },
    };
    expect(notReadyCause(node)).toMatchObject({
      status: 'False',
      kind: 'network-plugin',
      inner: { reason: 'NetworkPluginNotReady', message: 'Network plugin returns error: cni plugin not initialized' },
      taints: [
        { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute', timeAdded: '2026-11-30T12:00:00Z' },
      ],
    });
  });

  it('reads the network error inside the kubelet\'s aggregate of several errors ("[err1, err2]")', () => {
    const message =
      '[container runtime status check may not have completed yet, container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized]';
    expect(
      notReadyCause({ status: { conditions: [{ type: 'Ready', status: 'False', reason: 'KubeletNotReady', message }] } }),
    ).toMatchObject({
      kind: 'network-plugin',
      inner: { reason: 'NetworkPluginNotReady', message: 'Network plugin returns error: cni plugin not initialized' },
    });
  });

  it('calls Unknown a kubelet that stopped reporting', () => {
    const node = {
      status: {
        conditions: [{ type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' }],
      },
    };
    expect(notReadyCause(node)?.kind).toBe('kubelet-stopped');
  });
});

describe('namespaceBlock', () => {
  it('is undefined for the captured Active namespace', () => {
    expect(namespaceBlock(fixture('workloads/namespace.json'), [])).toBeUndefined();
  });

  it('names the resources left, the finalizers and the objects that carry them', () => {
    const ns = {
      spec: { finalizers: ['kubernetes'] },
      status: {
        phase: 'Terminating',
        conditions: [
          {
            type: 'NamespaceContentRemaining',
            status: 'True',
            reason: 'SomeResourcesRemain',
            message: 'Some resources are remaining: configmaps. has 1 resource instances',
          },
          {
            type: 'NamespaceFinalizersRemaining',
            status: 'True',
            reason: 'SomeFinalizersRemain',
            message: 'Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances',
          },
        ],
      },
    };
    const b = namespaceBlock(ns, [
      {
        kind: 'ConfigMap',
        items: [
          { metadata: { name: 'held', finalizers: ['example.com/hold'], deletionTimestamp: '2026-11-30T12:00:00Z' } },
          { metadata: { name: 'free' } },
        ],
      },
      { kind: 'Pod', items: undefined },
    ]);
    expect(b).toMatchObject({
      remaining: [{ resource: 'configmaps', count: 1 }],
      finalizers: [{ finalizer: 'example.com/hold', count: 1 }],
      objects: [{ kind: 'ConfigMap', name: 'held', finalizers: ['example.com/hold'], deleting: true }],
      spec: ['kubernetes'],
    });
  });
});
