// A rollout whose surge Pod a ResourceQuota refuses (tests/fixtures/rollout-quota, capture.sh): the
// Deployment names the surge and the maxUnavailable 0 that keeps the old Pods, and the way out; the
// ReplicaSet alone, a quota on the number of Pods, is not told to lower its requests. en and ja.
import { describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'kx-rquota';
const newRs = fixtureObjects('rollout-quota').find((o) => o.kind === 'ReplicaSet' && o.metadata?.name !== 'api-v1')!.metadata!.name!;

describe('a rollout blocked by a ResourceQuota on its surge Pod', () => {
  it('the Deployment names the new ReplicaSet, the quota, maxSurge 1 with maxUnavailable 0, and both ways out', async () => {
    const { e } = await explainFixture('rollout-quota', 'Deployment', 'api', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(
      `ReplicaSet ${newRs} cannot create the rollout's new Pods: ResourceQuota pods is exceeded (pods 1+2>2)`,
    );
    expect(e.verdict.text).toContain('maxSurge 1 Pod(s) above 2 replicas');
    expect(e.verdict.text).toContain('raise the quota by the surge');
    expect(e.verdict.text).toContain('set maxUnavailable: 1');
    expect(e.verdict.text).not.toContain('requests/limits');
    expect(e.findings[0]!.concept).toBe('resourcequota.exceeded');
    const ja = (await explainFixture('rollout-quota', 'Deployment', 'api', NS, 'ja')).e;
    expect(ja.verdict.text).toContain(`ReplicaSet ${newRs} がロールアウトの新しい Pod を作れません`);
    expect(ja.verdict.text).toContain('maxUnavailable: 1 にして古い Pod を先に減らして');
  });

  it('the ReplicaSet, seen alone, is told about replicas and the quota of Pods, not requests', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await explainFixture('rollout-quota', 'ReplicaSet', newRs, NS, lang);
      expect(e.verdict.text).toContain('pods 1+2>2');
      expect(e.verdict.text).toContain(lang === 'en' ? 'lower replicas' : 'レプリカ数を下げる');
      expect(e.verdict.text).not.toContain('requests');
    }
  });
});
