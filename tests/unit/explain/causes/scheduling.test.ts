import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeScheduling, parseSchedulingMessage, podRequest, type NodeLike } from '../../../../src/explain/causes/scheduling.js';
import type { Pod } from '../../../../src/model/pod.js';

const fixture = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8')) as T;
const nvme = fixture<Pod>('pods/pod-needs-nvme.json');
const nodes = fixture<{ items: NodeLike[] }>('workloads/nodes.json').items;
const withNode = (name: string, extra: Partial<NodeLike['spec']>, labels: Record<string, string> = {}): NodeLike => ({
  metadata: { name, labels: { 'kubernetes.io/hostname': name, ...labels } },
  spec: extra,
  status: { allocatable: { cpu: '4', memory: '8Gi', pods: '110' } },
});
const pod = (spec: Partial<Pod['spec']>): Pod => ({
  metadata: { name: 'p', namespace: 'ns' },
  spec: { containers: [{ name: 'app' }], ...spec },
});

describe('parseSchedulingMessage', () => {
  it('reads the v1.36 message captured on the sandbox, with its DRA and preemption notes', () => {
    const msg = nvme.status!.conditions!.find((c) => c.type === 'PodScheduled')!.message!;
    expect(parseSchedulingMessage(msg)).toEqual({
      available: 0,
      total: 3,
      reasons: [{ count: 3, kind: 'node-affinity', text: "node(s) didn't match Pod's node affinity/selector" }],
      podWide: [],
      preemption: '0/3 nodes are available: 3 Preemption is not helpful for scheduling',
    });
  });

  it('splits mixed reasons, keeps a named taint and the resource of Insufficient', () => {
    const m = parseSchedulingMessage(
      '0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable, 2 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
    )!;
    expect(m.reasons.map((r) => [r.count, r.kind, r.resource ?? r.taint?.key])).toEqual([
      [1, 'taint', 'node-role.kubernetes.io/control-plane'],
      [1, 'cordoned', undefined],
      [2, 'resources', 'cpu'],
    ]);
  });

  it('keeps a Pod-wide pre-filter failure apart from the per-node counts', () => {
    const m = parseSchedulingMessage(
      '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    )!;
    expect(m.reasons).toEqual([]);
    expect(m.podWide).toEqual(['pod has unbound immediate PersistentVolumeClaims']);
  });

  it('is undefined for anything else', () => {
    expect(parseSchedulingMessage('Successfully assigned a to b')).toBeUndefined();
  });
});

describe('analyzeScheduling', () => {
  it('names the selector when no node carries its labels (captured needs-nvme and the sandbox nodes)', () => {
    const a = analyzeScheduling(nvme, nvme.status!.conditions!.find((c) => c.type === 'PodScheduled')!.message, nodes)!;
    expect(a.cause).toEqual({ kind: 'node-selector', selector: 'disktype=nvme', nodes: 3 });
    expect(a.confirmed).toBe(true);
  });

  it('blames the taint on the node the selector matches, not the selector, even when the message counts selector misses', () => {
    const p = pod({ nodeSelector: { disktype: 'gpu' } });
    const ns = [
      withNode('gpu-1', { taints: [{ key: 'dedicated', value: 'ml', effect: 'NoSchedule' }] }, { disktype: 'gpu' }),
      withNode('n2', {}),
      withNode('n3', {}),
    ];
    const a = analyzeScheduling(
      p,
      "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
      ns,
    )!;
    expect(a.cause).toEqual({ kind: 'taint', key: 'dedicated', value: 'ml', effect: 'NoSchedule', nodes: ['gpu-1'] });
  });

  it('names the cordoned node the selector matches', () => {
    const p = pod({ nodeSelector: { pool: 'a' } });
    const ns = [
      withNode('a-1', { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] }, { pool: 'a' }),
      withNode('b-1', {}),
    ];
    const a = analyzeScheduling(
      p,
      "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) were unschedulable.",
      ns,
    )!;
    expect(a.cause).toEqual({ kind: 'cordoned', nodes: ['a-1'] });
  });

  it('compares the request with the largest allocatable and never suggests a taint when resources block', () => {
    const p = pod({ containers: [{ name: 'app', resources: { requests: { cpu: '2k' } } }] });
    const a = analyzeScheduling(
      p,
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      nodes,
    )!;
    expect(a.cause).toEqual({
      kind: 'resources',
      resource: 'cpu',
      request: '2000',
      largest: { node: 'kx-node-1', allocatable: '1k' },
      tooBig: true,
    });
  });

  it('says the nodes are full when the request fits a node but not its free room', () => {
    const p = pod({ containers: [{ name: 'app', resources: { requests: { memory: '6Gi' } } }] });
    const a = analyzeScheduling(p, '0/1 nodes are available: 1 Insufficient memory.', [withNode('n1', {})])!;
    expect(a.cause).toMatchObject({ kind: 'resources', resource: 'memory', request: '6Gi', tooBig: false });
  });

  it('names the unbound claims of a Pod-wide PVC failure with their phase', () => {
    const p = pod({ volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] });
    const a = analyzeScheduling(p, '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.', nodes, [
      { metadata: { name: 'data' }, spec: { storageClassName: 'fast' }, status: { phase: 'Pending' } },
    ])!;
    expect(a.cause).toEqual({ kind: 'pvc', claims: [{ name: 'data', phase: 'Pending', storageClass: 'fast' }] });
  });

  it('falls back to the message alone without nodes, and says so', () => {
    const p = pod({});
    const a = analyzeScheduling(p, "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules.")!;
    expect(a).toMatchObject({ cause: { kind: 'pod-anti-affinity', nodes: 3 }, confirmed: false });
  });
});

describe('podRequest', () => {
  it('sums app containers and sidecars, and takes the largest init container when it is larger', () => {
    const p = pod({
      initContainers: [
        { name: 'init', resources: { requests: { cpu: '3' } } },
        { name: 'sidecar', restartPolicy: 'Always', resources: { requests: { cpu: '500m' } } },
      ],
      containers: [{ name: 'app', resources: { requests: { cpu: '1' } } }],
    });
    expect(podRequest(p, 'cpu')).toBe(3);
    expect(podRequest({ ...p, spec: { ...p.spec, initContainers: p.spec.initContainers!.slice(1) } }, 'cpu')).toBe(1.5);
  });
});

describe('analyzeScheduling without the Node list (captured on the sandbox, v1.36)', () => {
  it('does not blame the selector when another reason rules out the other nodes', () => {
    const p = pod({ nodeSelector: { exp: 'gpu' } });
    const a = analyzeScheduling(
      p,
      "0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.",
    )!;
    expect(a).toMatchObject({ cause: { kind: 'taint', nodes: [] }, confirmed: false });
  });
});
