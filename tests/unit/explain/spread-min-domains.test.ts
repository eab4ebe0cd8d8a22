// A topology spread constraint with minDomains above the domains the Pod may use (tests/fixtures/
// spread-min-domains, capture.sh): two racks, minDomains 3, three replicas; the third Pod is Pending.
// Adding nodes in the racks that have fewer Pods (the generic advice) cannot help: the verdict names
// minDomains, the racks counted, and the two ways out. en and ja, through the Pod's real read plan.
import { describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'kx-smd';
const pending = fixtureObjects('spread-min-domains').find((o) => o.kind === 'Pod' && !(o.spec as { nodeName?: string }).nodeName)!.metadata!
  .name!;

describe('topology spread blocked by minDomains', () => {
  it('names minDomains, the domains of the nodes the Pod may use, and another domain or a lower minDomains', async () => {
    const { e } = await explainFixture('spread-min-domains', 'Pod', pending, NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('a topologySpreadConstraint on kx-rack asks for minDomains 3');
    expect(e.verdict.text).toContain('span only 2 kx-rack domain(s) (r1, r2)');
    expect(e.verdict.text).toContain('counts the global minimum as 0, so each domain takes at most maxSkew 1 matching Pod(s)');
    expect(e.verdict.text).toContain('add nodes in another kx-rack domain, or lower minDomains to 2');
    expect(e.verdict.text).not.toContain('domains that have fewer matching Pods');
    expect(e.findings[0]!.concept).toBe('scheduling.topology-spread');
    const ja = (await explainFixture('spread-min-domains', 'Pod', pending, NS, 'ja')).e;
    expect(ja.verdict.text).toContain('kx-rack の topologySpreadConstraint は minDomains 3 を求めています');
    expect(ja.verdict.text).toContain('ドメインは 2 個 (r1、r2) しかありません');
    expect(ja.verdict.text).toContain('minDomains を 2 に下げてください');
  });

  it('the Deployment carries the same cause up', async () => {
    const { e } = await explainFixture('spread-min-domains', 'Deployment', 'api', NS);
    expect(e.verdict.text).toContain('minDomains 3');
    expect(e.verdict.text).toContain('lower minDomains to 2');
  });
});
