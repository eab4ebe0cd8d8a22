// What keeps a deleted Pod: a finalizer on it (captured from the sandbox: deleted while it carried
// example.com/hold), or — the same Pod without the finalizer — a Node that is not Ready, whose kubelet
// cannot confirm that the containers stopped. Through the real read plan (events, node, owner).
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'kx-terminating';
const objects = () => fixtureObjects('terminating');

describe('a Pod that stays Terminating', () => {
  it('names the finalizer that holds it and whose move it is', async () => {
    const { e, requests } = await explainObjects(objects(), 'pod', 'stuck-term', NS);
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('finalizer example.com/hold keeps the Pod object until the controller that added it removes it');
    expect(e.verdict.text).toContain(`kubectl patch pod stuck-term --type=merge -p '{"metadata":{"finalizers":null}}'`);
    expect(requests).toBeLessThanOrEqual(4);
    const ja = (await explainObjects(objects(), 'pod', 'stuck-term', NS, 'ja')).e;
    expect(ja.verdict.text).toContain(
      'finalizer example.com/hold があるため、それを付けたコントローラーが外すまで Pod オブジェクトは残ります',
    );
    expect(ja.verdict.text).toContain('そのコントローラーがもうない場合に限り、手で外してください: kubectl patch pod stuck-term');
  });

  it('without a finalizer, on a NotReady node: the kubelet cannot confirm, force-delete only when the containers are gone', async () => {
    const changed: KubeObject[] = objects().map((o) => {
      if (o.kind === 'Pod') return { ...o, metadata: { ...o.metadata, finalizers: [] } };
      const status = o.status as { conditions: { type: string; status: string }[] };
      return {
        ...o,
        status: { ...status, conditions: status.conditions.map((c) => (c.type === 'Ready' ? { ...c, status: 'Unknown' } : c)) },
      };
    });
    const node = (changed.find((o) => o.kind === 'Node')!.metadata as { name: string }).name;
    const { e } = await explainObjects(changed, 'pod', 'stuck-term', NS);
    expect(e.verdict.text).toContain(`node ${node} is not Ready, so its kubelet cannot confirm that the containers stopped`);
    expect(e.verdict.text).toContain('--grace-period=0 --force');
    const ja = (await explainObjects(changed, 'pod', 'stuck-term', NS, 'ja')).e;
    expect(ja.verdict.text).toContain(`ノード ${node} が Ready でないため`);
  });

  it('without a finalizer, on a Ready node: still the plain Terminating verdict', async () => {
    const changed = objects().map((o) => (o.kind === 'Pod' ? { ...o, metadata: { ...o.metadata, finalizers: [] } } : o));
    const { e } = await explainObjects(changed, 'pod', 'stuck-term', NS);
    expect(e.verdict.text).toMatch(/^Terminating: the Pod is being deleted/);
    // Nothing holds it: no "check finalizers", but the node whose kubelet stops it and the deadline to wait for.
    const pod = objects().find((o) => o.kind === 'Pod')!;
    const { nodeName } = pod.spec as { nodeName: string };
    const { deletionTimestamp } = pod.metadata as { deletionTimestamp: string };
    expect(e.verdict.text).toContain(`no finalizer holds it, and the kubelet on node ${nodeName} stops its containers`);
    expect(e.verdict.text).toContain(`grace period ends at ${deletionTimestamp}`);
    expect(e.verdict.text).toContain(`kubectl describe node ${nodeName}`);
    expect(e.verdict.text).not.toContain('check finalizers');
    const ja = (await explainObjects(changed, 'pod', 'stuck-term', NS, 'ja')).e;
    expect(ja.verdict.text).toContain(`止めている finalizer はなく、ノード ${nodeName} の kubelet がコンテナを停止します`);
    expect(ja.verdict.text).toContain(`kubectl describe node ${nodeName}`);
  });
});
