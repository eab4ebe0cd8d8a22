// A Pod whose claim is bound to a PersistentVolume that no node's zone matches (tests/fixtures/volume-affinity,
// capture.sh): v1.36's "didn't match PersistentVolume's node affinity" is a bound volume's node affinity,
// not an unbound claim. Through the Pod's real read plan (Nodes and claims), en and ja.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';

describe("didn't match PersistentVolume's node affinity", () => {
  it('names the claim, its volume and the nodeAffinity to read, and never calls the Bound claim unbound', async () => {
    const { e } = await explainFixture('volume-affinity', 'Pod', 'uses-data', 'kx-pvaff');
    const f = e.findings[0]!;
    expect(f).toMatchObject({ severity: 'error', concept: 'scheduling.volume-node-affinity' });
    expect(e.verdict.text).toContain('claim data → PersistentVolume kx-pvaff-zone-z is bound');
    expect(e.verdict.text).toContain('rules out 4 node(s)');
    expect(e.verdict.text).toContain("kubectl get pv kx-pvaff-zone-z -o jsonpath='{.spec.nodeAffinity}'");
    expect(e.verdict.text).not.toContain('not bound');
    const ja = (await explainFixture('volume-affinity', 'Pod', 'uses-data', 'kx-pvaff', 'ja')).e;
    expect(ja.verdict.text).toContain('claim data → PersistentVolume kx-pvaff-zone-z はバインド済み');
    expect(ja.verdict.text).not.toContain('バインドされていない');
  });
});
