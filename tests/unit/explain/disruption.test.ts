// Pods evicted through the Eviction API (as kubectl drain does), captured from the sandbox with a
// finalizer holding them (tests/fixtures/evicted-api): the verdict names the disruption and who, if
// anyone, recreates the Pod — a bare Pod is gone for good.
import { describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';

const pods = fixtureObjects('evicted-api').filter((o) => o.kind === 'Pod');
const owned = pods.find((p) => p.metadata?.deletionTimestamp && p.metadata.name !== 'bare')!;
const rs = (owned.metadata as { ownerReferences: { name: string }[] }).ownerReferences[0]!.name;

describe('a Pod evicted through the Eviction API', () => {
  it('a bare Pod: nothing recreates it (en, ja), and its finalizer is said', async () => {
    const en = (await explainFixture('evicted-api', 'Pod', 'bare', 'kx-evict')).e;
    expect(en.verdict.severity).toBe('warning');
    expect(en.verdict.text).toContain('Disrupted: the Pod was evicted through the Eviction API');
    expect(en.verdict.text).toContain('no controller owns it, so nothing recreates it');
    expect(en.verdict.text).not.toContain('creates a replacement');
    expect(en.findings.find((f) => f.concept === 'pod.eviction')?.detail).toContain('Finalizer example.com/hold keeps the Pod object');
    const ja = (await explainFixture('evicted-api', 'Pod', 'bare', 'kx-evict', 'ja')).e;
    expect(ja.verdict.text).toContain('Eviction API で Pod が退避されました');
    expect(ja.verdict.text).toContain('作り直されません');
  });

  it("a Deployment's Pod: its ReplicaSet creates the replacement (en, ja)", async () => {
    const name = owned.metadata!.name!;
    const en = (await explainFixture('evicted-api', 'Pod', name, 'kx-evict')).e;
    expect(en.verdict.text).toContain(`its owner ReplicaSet ${rs} creates a replacement`);
    const ja = (await explainFixture('evicted-api', 'Pod', name, 'kx-evict', 'ja')).e;
    expect(ja.verdict.text).toContain(`オーナーの ReplicaSet ${rs} が代わりの Pod を作ります`);
  });
});
