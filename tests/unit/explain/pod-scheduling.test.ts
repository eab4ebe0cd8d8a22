// Pod scheduling constraints on a real unschedulable Pod (required node affinity to a zone no node
// has, anti-affinity, a toleration), and tolerations against a node's taints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bare, explainPod } from './pod-fixtures.js';
import type { Pod } from '../../../src/model/pod.js';
import { items } from './workload-fixtures.js';

const pod = JSON.parse(readFileSync(new URL('../../fixtures/workloads/pod-zone-c-only.json', import.meta.url), 'utf8')) as Pod;

describe('Pod scheduling constraints', () => {
  it('the node affinity that blocks scheduling is an error; anti-affinity and tolerations are listed', () => {
    const e = explainPod(bare(pod), 'en');
    expect(e.verdict.severity).toBe('error');
    const node = e.findings.find((f) => f.id === 'affinity.node')!;
    expect(node).toMatchObject({ severity: 'error', concept: 'affinity' });
    expect(node.detail.split('\n').slice(0, 2)).toEqual([
      'required (term 1): topology.kubernetes.io/zone In (zone-c)',
      'preferred (weight 10): disktype In (ssd)',
    ]);
    expect(e.findings.find((f) => f.id === 'affinity.antipod')?.detail).toMatch(
      /^required \(term 1\): app=spread @ kubernetes\.io\/hostname/,
    );
    expect(e.findings.find((f) => f.id === 'tolerations')).toMatchObject({
      concept: 'taints.tolerations',
      detail: expect.stringMatching(/^Tolerates dedicated=batch:NoSchedule/),
    });
    const ja = explainPod(bare(pod), 'ja');
    expect(ja.findings.find((f) => f.id === 'affinity.node')?.title).toBe('ノードアフィニティ');
  });

  it('a NoExecute taint of its node that the Pod does not tolerate is a warning', () => {
    const running = items('pods').find((p) => p.metadata?.name === 'uses-config') as unknown as Pod;
    const node = structuredClone(items('nodes')[0]!) as { spec: Record<string, unknown> };
    node.spec.taints = [{ key: 'maintenance', effect: 'NoExecute' }];
    const e = explainPod(bare(running, { node: node as never }), 'en');
    const tol = e.findings.find((f) => f.id === 'tolerations')!;
    expect(tol.severity).toBe('warning');
    expect(tol.detail).toContain('Not tolerated: maintenance:NoExecute');
    // A Pod without constraints gets no extra findings.
    expect(explainPod(bare(running), 'en').findings.some((f) => f.id.startsWith('affinity') || f.id === 'tolerations')).toBe(false);
  });
});
