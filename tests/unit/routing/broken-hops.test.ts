// The five broken hops of issue 20, offline: tests/fixtures/routing/broken-hops.yaml read through a
// ManifestReader and the real read plan (the Service explainer's, through traceLive), then traced. Each verdict names the
// cause and the fix, in English and Japanese.
import { describe, expect, it } from 'vitest';
import { ManifestReader } from '../../../src/cluster/manifests.js';
import { traceLive } from '../../../commands/routing-run.js';
import type { Lang } from '../../../src/i18n/lang.js';

const FILE = 'tests/fixtures/routing/broken-hops.yaml';
const trace = async (name: string, lang: Lang = 'en') => {
  const reader = await ManifestReader.fromPaths([FILE], 'shop');
  return traceLive(reader, `service/${name}`, 'shop', lang);
};
const broken = (t: Awaited<ReturnType<typeof trace>>) => t.hops.find((h) => h.status === 'broken');

describe('broken hops offline (-f broken-hops.yaml)', () => {
  it('a one-letter selector typo: the near miss is named and the fix changes the selector, not the Pods', async () => {
    const t = await trace('cart');
    expect(broken(t)!.finding.id).toBe('pods.none');
    expect(broken(t)!.finding.detail).toContain('deployment/cart: app=cart (≠ card)');
    expect(t.verdict.text).toContain('change the Service selector app=card to app=cart');
    const ja = await trace('cart', 'ja');
    expect(ja.verdict.text).toContain('Service のセレクター app=card を app=cart に直してください');
  });

  it('scaled to 0: says 0 replicas and how to scale, not a label problem', async () => {
    const t = await trace('search');
    expect(broken(t)!.finding.id).toBe('pods.scaled-zero');
    expect(t.verdict.text).toContain('deployment/search has 0 replicas');
    expect(t.verdict.text).toContain('kubectl scale deployment/search --replicas=1 -n shop');
    expect(t.verdict.text).not.toMatch(/label/);
    expect((await trace('search', 'ja')).verdict.text).toContain('deployment/search のレプリカ数が 0 です');
  });

  it('a label on the Deployment metadata only: move it to the Pod template', async () => {
    const t = await trace('orders');
    expect(broken(t)!.finding.id).toBe('pods.none.misplaced');
    expect(t.verdict.text).toContain("move tier=orders from deployment/orders's metadata.labels to its spec.template.metadata.labels");
    expect((await trace('orders', 'ja')).verdict.text).toContain('spec.template.metadata.labels に移してください');
  });

  it('a NetworkPolicy that admits nothing on the port breaks the trace, naming the policy', async () => {
    const t = await trace('api');
    expect(t.verdict.severity).toBe('error');
    const h = broken(t)!;
    expect(h.finding.id).toBe('netpol.denied');
    expect(h.finding.concept).toBe('networkpolicy.deny');
    expect(h.to).toBe('networkpolicy/api-deny-all');
    expect(t.verdict.text).toContain('add an ingress rule for port 8080/TCP');
    expect((await trace('api', 'ja')).verdict.text).toContain('api-deny-all は 8080/TCP を何も許可していません');
  });

  it('a ReplicationController template stands in for its Pods', async () => {
    const t = await trace('legacy');
    expect(t.verdict.severity).toBe('ok');
    expect(t.hops.find((h) => h.finding.id === 'pods.templates')!.finding.detail).toContain('replicationcontroller/legacy (2 replicas)');
  });
});
