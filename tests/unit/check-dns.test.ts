// check on the captured netpol-dns namespace (tests/fixtures/netpol-dns): a crash-looping Pod whose egress
// the namespace's NetworkPolicies limit. With allow-dns deleted, blocked DNS is a problem of its own (a
// possible root cause in other objects, with the rule to add), besides the crash loop; with it, none.
import { describe, expect, it } from 'vitest';
import { buildCheckReport } from '../../commands/check.js';
import { loadDocIndex } from '../../src/docs/load.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { KubeObject } from '../../src/model/kube.js';
import { FixtureReader, fixtureObjects } from '../support/fixture-reader.js';

const NS = 'rtdns';
const objects = fixtureObjects('netpol-dns');
const withoutAllowDns = objects.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata?.name === 'allow-dns'));

async function report(list: readonly KubeObject[], lang: Lang = 'en') {
  const docs = (await loadDocIndex({ docs: [], env: {} })).index;
  return buildCheckReport(new FixtureReader(list, NS), { namespace: NS, lang, docs });
}

describe('check: DNS blocked by NetworkPolicies', () => {
  it('allow-dns in place: only the crash loop', async () => {
    const r = await report(objects);
    expect(r.problems.map((p) => p.code)).toEqual(['container.crashloop']);
  });

  it('allow-dns deleted: a warning naming the policies, the Pod it affects, the egress rule to add and the DNS section (en, ja)', async () => {
    const r = await report(withoutAllowDns);
    expect(r.problems.map((p) => `${p.severity} ${p.code}`)).toEqual(['error container.crashloop', 'warning dns.resolution']);
    const dns = r.problems[1]!;
    expect(dns.cause).toBe(
      "DNS is blocked: this Pod's egress is limited by NetworkPolicy default-deny, web-to-db, and none of them allows 53/UDP to kube-dns — a possible cause of the failure",
    );
    expect(dns.fix).toMatch(/^add an egress rule to: .*k8s-app: kube-dns.* on ports 53\/UDP and 53\/TCP$/);
    expect(dns.affected).toEqual([{ kind: 'Pod', name: 'web', namespace: NS }]);
    expect(dns.docs[0]?.headings.at(-1)).toBe('DNS resolution failure');
    expect(r.summary).toMatchObject({ error: 1, warning: 1 });

    const ja = (await report(withoutAllowDns, 'ja')).problems.find((p) => p.code === 'dns.resolution')!;
    expect(ja.cause).toContain('DNS が遮断されています: この Pod の Egress は NetworkPolicy default-deny, web-to-db が制限しており');
    expect(ja.fix).toMatch(/^Egress ルールを加えてください: .*、ポートは 53\/UDP と 53\/TCP$/);
    expect(ja.docs[0]?.headings.at(-1)).toBe('名前解決の失敗');
  });
});
