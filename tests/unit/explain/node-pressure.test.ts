// A kwok node of its own under MemoryPressure and DiskPressure (status and Events as the kubelet writes
// them), with the taints kube-controller-manager's node lifecycle controller added for them, and a Pod
// whose nodeSelector allows only that node (tests/fixtures/node-pressure, capture.sh). The Pod's verdict
// must send the reader to the node's problem, not to a toleration or `kubectl taint ... -`.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';

const run = (kind: string, name: string, ns: string, lang: 'en' | 'ja' = 'en') => explainFixture('node-pressure', kind, name, ns, lang);

describe('a Pod Pending on a node-pressure taint', () => {
  it('names the taint and the condition behind it, the node to look at, and cites Eviction', async () => {
    const { e } = await run('pod', 'pinned', 'sweepst-x');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('node kx-sweepst-mp');
    expect(e.verdict.text).toContain('node.kubernetes.io/memory-pressure:NoSchedule');
    expect(e.verdict.text).toContain('while the node reports MemoryPressure=True — ');
    expect(e.verdict.text).toContain('kubectl describe node kx-sweepst-mp');
    expect(e.verdict.text).not.toContain('kubectl taint node');
    expect(e.verdict.text).not.toContain('add a toleration');
    const cause = e.findings.find((f) => f.severity === 'error' && f.title === e.verdict.text)!;
    expect(cause.concept).toBe('pod.eviction');
    const ja = (await run('pod', 'pinned', 'sweepst-x', 'ja')).e;
    expect(ja.verdict.text).toContain(
      'ノードが MemoryPressure=True を報告している間、ノードライフサイクルコントローラーがこの taint を付け続けます',
    );
    expect(ja.verdict.text).toContain('kubectl describe node kx-sweepst-mp');
    expect(ja.verdict.text).not.toContain('kubectl taint node');
  });
});

describe('a node under MemoryPressure and DiskPressure', () => {
  it('says both pressures, the taints they bring, and what to do on that node', async () => {
    const { e } = await run('node', 'kx-sweepst-mp', 'default');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toMatch(/^Under pressure: MemoryPressure, DiskPressure;/);
    expect(e.verdict.text).toContain('— find what uses the resource on kx-sweepst-mp (kubectl describe node kx-sweepst-mp');
    const titles = e.findings.map((f) => f.title);
    expect(titles).toContain('Taint node.kubernetes.io/memory-pressure:NoSchedule');
    expect(titles).toContain('Taint node.kubernetes.io/disk-pressure:NoSchedule');
    expect(e.findings.find((f) => f.id === 'condition.MemoryPressure')?.detail).toContain('kubelet has insufficient memory available');
    expect(e.findings.find((f) => f.id === 'events')?.detail).toContain('NodeHasInsufficientMemory');
    const ja = (await run('node', 'kx-sweepst-mp', 'default', 'ja')).e;
    expect(ja.verdict.text).toMatch(/^リソース逼迫: MemoryPressure, DiskPressure。/);
    expect(ja.verdict.text).toContain('kx-sweepst-mp で何がその資源を使っているかを調べ');
  });
});
