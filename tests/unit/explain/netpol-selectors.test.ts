// explain networkpolicy judges peers with full selectors, as the trace does (src/routing/policy-peers.ts).
// Produced on the sandbox (tests/fixtures/netpol-selectors/lab.yaml): api runs in rtnp3-api, frontend
// (app=frontend, tier=fe) in rtnp3-web, labelled team=web. Through the real read plan.
import { describe, expect, it } from 'vitest';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { citedSection as cited } from '../../support/handbook.js';

const explain = (name: string, lang: 'en' | 'ja' = 'en') => explainFixture('netpol-selectors', 'NetworkPolicy', name, 'rtnp3-api', lang);
const texts = (e: Awaited<ReturnType<typeof explain>>['e']) => e.findings.map((f) => `${f.title}\n${f.detail}`).join('\n');

describe('explain networkpolicy: peers judged with full selectors', () => {
  it('a namespaceSelector on a label the namespace lacks: no namespace matches, select it by kubernetes.io/metadata.name (en, ja)', async () => {
    const { e, requests } = await explain('from-ns-name');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain(
      'NetworkPolicy from-ns-name admits only Pods of the namespaces matching name=rtnp3-web, and no namespace has those labels',
    );
    expect(e.verdict.text).toContain('namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: rtnp3-web}}');
    expect(e.verdict.text).toContain('kubectl label namespace rtnp3-web name=rtnp3-web');
    const f = e.findings.find((x) => x.id === 'ingress.0.nopods')!;
    expect(f.concept).toBe('networkpolicy.peer');
    expect(f.detail).toContain('Namespace rtnp3-web exists, and has no label name=rtnp3-web.');
    expect(await cited(f, 'en')).toBe('NetworkPolicy peer that selects no Pod');
    // The Service port is not 'open to the sources above': there are none.
    expect(texts(e)).toContain('Service api port 80/TCP (http): cut; the only sources the rules name match no Pod');
    // The policy, its namespace's Pods, Services, events and NetworkPolicies; then the namespaces (one list).
    expect(requests).toBe(6);
    const ja = (await explain('from-ns-name', 'ja')).e;
    expect(ja.verdict.text).toContain(
      'NetworkPolicy from-ns-name が通すのは name=rtnp3-web に一致する名前空間の Pod だけですが、そのラベルを持つ名前空間がありません',
    );
    expect(ja.verdict.text).toContain('kubectl label namespace rtnp3-web name=rtnp3-web');
    expect(texts(ja)).toContain('Namespace rtnp3-web はありますが、ラベル name=rtnp3-web を持っていません。');
    expect(texts(ja)).toContain('Service api のポート 80/TCP (http): 遮断。ルールが名指す送信元はどれも Pod に合いません');
    expect(
      await cited(
        ja.findings.find((x) => x.id === 'ingress.0.nopods')!,
        'ja',
      ),
    ).toBe('どの Pod も選ばない NetworkPolicy のピア');
  });

  it('namespaceSelector + podSelector in one entry: the namespace matches, no Pod there is tier in (be) (en, ja)', async () => {
    const { e, requests } = await explain('from-ns-pods');
    expect(e.verdict.text).toContain(
      'NetworkPolicy from-ns-pods admits only Pods matching tier in (be) in the namespaces matching team=web, and none runs there',
    );
    expect(e.verdict.text).toContain('kubectl get pods -n rtnp3-web --show-labels');
    expect(texts(e)).toContain(
      'Ingress rule 1 admits Pods matching tier in (be) in the namespaces matching team=web (rtnp3-web), and none runs there: it admits nobody now',
    );
    // + the namespaces, then the Pods matching tier in (be) in every namespace.
    expect(requests).toBe(7);
    const ja = (await explain('from-ns-pods', 'ja')).e;
    expect(ja.verdict.text).toContain('team=web に一致する名前空間の tier in (be) の Pod だけですが、そこにはそのような Pod がありません');
  });

  it('matchExpressions on a podSelector alone: each rule names Pods of rtnp3-api only; app in (frontend) runs in rtnp3-web', async () => {
    const { e, requests } = await explain('from-expressions');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('admits Pods matching app in (frontend) of namespace rtnp3-api only, and none runs there');
    expect(e.verdict.text).toContain('add namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: rtnp3-web}}');
    expect(e.findings.filter((f) => f.id.endsWith('.nopods')).map((f) => f.id)).toEqual([
      'ingress.0.nopods',
      'ingress.1.nopods',
      'ingress.2.nopods',
      'ingress.3.nopods',
    ]);
    expect(texts(e)).toContain(
      'Ingress rule 4 admits Pods matching !app of namespace rtnp3-api, and none runs there: it admits nobody now',
    );
    // Where the Pods run: at most three selectors read across namespaces.
    expect(requests).toBe(8);
    const ja = (await explain('from-expressions', 'ja')).e;
    expect(ja.verdict.text).toContain('Namespace rtnp3-api の app in (frontend) の Pod だけですが、そこにはそのような Pod がありません');
  });

  it('both selectors matching, empty selectors and an ipBlock: no dead peer, the usual verdict', async () => {
    const { e } = await explain('from-working');
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).toContain('NetworkPolicy from-working limits Ingress of 1 Pods');
    expect(texts(e)).toContain('Service api port 80/TCP (http): open only to the sources in the rules above');
    expect(e.findings.some((f) => f.id.endsWith('.nopods'))).toBe(false);
  });

  it('egress to DNS by a label kube-system lacks: the Pods reach nothing (en, ja)', async () => {
    const { e } = await explain('dns-egress');
    expect(e.verdict.text).toContain('NetworkPolicy dns-egress lets its Pods reach only Pods of the namespaces matching name=kube-system');
    expect(e.verdict.text).toContain('kubernetes.io/metadata.name: kube-system');
    const ja = (await explain('dns-egress', 'ja')).e;
    expect(ja.verdict.text).toContain(
      'NetworkPolicy dns-egress が Pod に許す送信先は name=kube-system に一致する名前空間の Pod だけですが',
    );
  });
});

// DNS is judged on every policy selecting the Pods for Egress (tests/unit/explain/netpol-dns.test.ts has
// the usual default-deny + allow-dns namespace): here egress-web-dns-udp allows it for app=api, over UDP only.
describe('explain networkpolicy: egress limited, DNS through the other policies', () => {
  it('egress to one namespace on 80 only: another policy allows DNS, so no warning; without it, both rules are named (en, ja)', async () => {
    const { e } = await explain('egress-web-only');
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).not.toContain('DNS');
    expect(e.findings.find((x) => x.id === 'egress.dns')).toMatchObject({
      severity: 'info',
      title: 'DNS: allowed by NetworkPolicy egress-web-dns-udp',
    });
    // TCP 53: dns-egress names kube-system by a label it lacks, and egress-web-dns-udp allows UDP only.
    expect(texts(e)).toContain('which no policy selecting these Pods allows');

    const without = fixtureObjects('netpol-selectors').filter((o) => o.metadata?.name !== 'egress-web-dns-udp');
    const { e: blocked } = await explainObjects(without, 'NetworkPolicy', 'egress-web-only', 'rtnp3-api');
    expect(blocked.verdict.severity).toBe('warning');
    expect(blocked.verdict.text).toContain(
      'NetworkPolicy egress-web-only limits the Egress of 1 Pods, and no policy selecting them for Egress (dns-egress, egress-web-only) allows DNS: their name lookups time out',
    );
    expect(blocked.verdict.text).toContain(
      'namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}',
    );
    expect(blocked.verdict.text).toContain('53/UDP and 53/TCP');
    const f = blocked.findings.find((x) => x.id === 'egress.dns')!;
    expect(f).toMatchObject({ severity: 'warning', concept: 'dns.resolution' });
    expect(await cited(f, 'en')).toBe('DNS resolution failure');
    const ja = (await explainObjects(without, 'NetworkPolicy', 'egress-web-only', 'rtnp3-api', 'ja')).e;
    expect(ja.verdict.text).toContain(
      'NetworkPolicy egress-web-only は 1 個の Pod の Egress を制限しており、それらを Egress で選ぶどのポリシー(dns-egress, egress-web-only)も DNS を許していません',
    );
    expect(ja.verdict.text).toContain('ポートは 53/UDP と 53/TCP');
    expect(
      await cited(
        ja.findings.find((x) => x.id === 'egress.dns')!,
        'ja',
      ),
    ).toBe('名前解決の失敗');
  });

  it('DNS allowed to kube-dns over UDP only: no DNS warning, a note on TCP 53 (en, ja)', async () => {
    const { e } = await explain('egress-web-dns-udp');
    expect(e.verdict.text).not.toContain('DNS');
    expect(e.findings.find((x) => x.id === 'egress.dns')).toBeUndefined();
    expect(e.findings.find((x) => x.id === 'egress.dns.tcp')).toMatchObject({ severity: 'info' });
    expect(texts(e)).toContain('DNS is allowed on 53/UDP only');
    expect(texts((await explain('egress-web-dns-udp', 'ja')).e)).toContain('DNS は 53/UDP だけ許されています');
  });

  it('DNS to a namespace label kube-system lacks: the dead peer is the verdict; DNS comes from another policy', async () => {
    const { e } = await explain('dns-egress');
    expect(e.verdict.text).toContain('no namespace has those labels');
    expect(e.findings.find((x) => x.id === 'egress.dns')).toMatchObject({
      severity: 'info',
      title: 'DNS: allowed by NetworkPolicy egress-web-dns-udp',
    });
  });
});
