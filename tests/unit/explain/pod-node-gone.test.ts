// A Pod whose spec.nodeName names no node (captured from the sandbox: tests/fixtures/pod-node-gone). Before:
// "Pending: containers are starting — see the events below", for a Pod that no kubelet will ever start and
// that the pod garbage collector deletes within about a minute.
import { describe, expect, it } from 'vitest';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { citedSection } from '../../support/handbook.js';

const NS = 'kx-fx-node-gone';
const objects = fixtureObjects('pod-node-gone');

describe('a Pod bound to a node that does not exist', () => {
  it('says so, names the node, what happens to the Pod and what to change (en, ja), citing Scheduling', async () => {
    const { e } = await explainObjects(objects, 'Pod', 'pinned', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('Pending: the Pod is bound to node kx-no-such-node, which does not exist');
    expect(e.verdict.text).toContain('the pod garbage collector deletes such a Pod within about a minute');
    expect(e.verdict.text).toContain('recreate it with spec.nodeName naming an existing node, or without it so the scheduler chooses');
    expect(e.verdict.text).not.toContain('starting');
    const cause = e.findings.find((f) => f.id === 'cause')!;
    expect(cause.concept).toBe('pod.scheduling');
    expect(await citedSection(cause, 'en')).toBe('Scheduling');
    const ja = (await explainObjects(objects, 'Pod', 'pinned', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('ノード kx-no-such-node に割り当てられていますが、そのノードは存在しません');
    expect(ja.verdict.text).toContain('Pod のガベージコレクターがこのような Pod を 1 分ほどで削除します');
    expect(await citedSection(cause, 'ja')).toBe('スケジューリング');
  });

  it('bound to a node that exists, the same Pod is only starting', async () => {
    const node = objects.find((o) => o.kind === 'Node')!.metadata!.name!;
    const moved = objects.map((o) => (o.kind === 'Pod' ? { ...o, spec: { ...(o.spec as object), nodeName: node } } : o));
    const { e } = await explainObjects(moved, 'Pod', 'pinned', NS);
    expect(e.verdict.text).not.toContain('does not exist');
    expect(e.verdict.severity).not.toBe('error');
  });
});
