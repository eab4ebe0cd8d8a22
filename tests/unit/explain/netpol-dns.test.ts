// explain networkpolicy judges DNS on every policy selecting the Pods for Egress, on objects captured
// from the sandbox (tests/fixtures/netpol-dns/lab.yaml): the usual default-deny + allow-dns + web-to-db.
// Through the real read plan; both directions, the unknown case and a forbidden list, in en and ja.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { citedSection as cited } from '../../support/handbook.js';
import type { Lang } from '../../../src/i18n/lang.js';

const NS = 'rtdns';
const objects = fixtureObjects('netpol-dns');
const without = (name: string) => objects.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata?.name === name));
type E = Awaited<ReturnType<typeof explainFixture>>['e'];
const texts = (e: E) => [e.verdict.text, ...e.findings.map((f) => `${f.title}\n${f.detail}`)].join('\n');

const forbidden = async (objs: readonly KubeObject[], name: string, lang: Lang = 'en') =>
  (await explainObjects(objs, 'NetworkPolicy', name, NS, lang, ['NetworkPolicy'])).e;

describe('explain networkpolicy: DNS through every policy selecting the Pods', () => {
  it('web-to-db forgets DNS and allow-dns allows it: no warning, no DNS verdict, the policy that allows it named (en, ja)', async () => {
    const { e, requests } = await explainFixture('netpol-dns', 'NetworkPolicy', 'web-to-db', NS);
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).not.toContain('DNS');
    expect(e.findings.filter((f) => f.severity === 'warning')).toEqual([]);
    expect(e.findings.find((f) => f.id === 'egress.dns')).toMatchObject({
      severity: 'info',
      title: 'DNS: allowed by NetworkPolicy allow-dns',
    });
    // The policy, its namespace's Pods, Services, events and NetworkPolicies: allow-dns names kube-system by
    // kubernetes.io/metadata.name, which every namespace has, so the namespaces are not read.
    expect(requests).toBe(5);
    const ja = (await explainFixture('netpol-dns', 'NetworkPolicy', 'web-to-db', NS, 'ja')).e;
    expect(ja.verdict.text).not.toContain('DNS');
    expect(ja.findings.find((f) => f.id === 'egress.dns')!.title).toBe('DNS: NetworkPolicy allow-dns が許しています');
    // default-deny: its verdict says DNS is cut unless another policy allows it; allow-dns does.
    const deny = (await explainFixture('netpol-dns', 'NetworkPolicy', 'default-deny', NS)).e;
    expect(deny.findings.find((f) => f.id === 'egress.dns')!.title).toBe('DNS: allowed by NetworkPolicy allow-dns');
  });

  it('allow-dns deleted: DNS blocked for web, the verdict names the policies that isolate its egress and the rule to add (en, ja)', async () => {
    const { e } = await explainObjects(without('allow-dns'), 'NetworkPolicy', 'web-to-db', NS);
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain(
      'NetworkPolicy web-to-db limits the Egress of 1 Pods, and no policy selecting them for Egress (default-deny, web-to-db) allows DNS: their name lookups time out',
    );
    expect(e.verdict.text).toContain('podSelector: {matchLabels: {k8s-app: kube-dns}}');
    const f = e.findings.find((x) => x.id === 'egress.dns')!;
    expect(f).toMatchObject({ severity: 'warning', concept: 'dns.resolution' });
    expect(f.title).toBe(
      'The egress of these Pods is limited by default-deny, web-to-db, and none of them allows DNS (53/UDP to kube-dns in kube-system): the Pods cannot resolve names',
    );
    expect(f.detail).toContain('an unknown host or a timeout rather than a refused connection');
    expect(f.detail).not.toContain('may still allow');
    expect(await cited(f, 'en')).toBe('DNS resolution failure');
    const ja = (await explainObjects(without('allow-dns'), 'NetworkPolicy', 'web-to-db', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('それらを Egress で選ぶどのポリシー(default-deny, web-to-db)も DNS を許していません');
    expect(ja.findings.find((x) => x.id === 'egress.dns')!.title).toContain(
      'これらの Pod の Egress は default-deny, web-to-db が制限しており',
    );
    expect(texts(ja)).not.toMatch(/[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+/); // no English sentence spliced in
  });

  it('allow-dns reaching DNS by an ipBlock: not known, said as such, and nothing claimed (en, ja)', async () => {
    const objs = objects.map((o) =>
      o.kind === 'NetworkPolicy' && o.metadata?.name === 'allow-dns'
        ? {
            ...o,
            spec: {
              ...(o.spec as object),
              egress: [{ to: [{ ipBlock: { cidr: '10.96.0.10/32' } }], ports: [{ port: 53, protocol: 'UDP' }] }],
            },
          }
        : o,
    );
    const { e } = await explainObjects(objs, 'NetworkPolicy', 'web-to-db', NS);
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).not.toContain('DNS');
    const f = e.findings.find((x) => x.id === 'egress.dns')!;
    expect(f.severity).toBe('info');
    expect(f.title).toBe(
      'The egress of these Pods is limited by allow-dns, default-deny, web-to-db; whether one of them allows DNS (53/UDP to kube-dns) is not known',
    );
    expect(f.detail).toContain('ipBlock');
    const ja = (await explainObjects(objs, 'NetworkPolicy', 'web-to-db', NS, 'ja')).e;
    expect(ja.findings.find((x) => x.id === 'egress.dns')!.title).toContain('DNS(kube-dns への 53/UDP)を許しているかどうかは分かりません');
  });

  it('NetworkPolicies not listable: this policy alone is judged, worded as such, with the forbidden warning; never "allowed" (en, ja)', async () => {
    const e = await forbidden(objects, 'web-to-db');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('its rules allow no DNS; the other policies could not be read');
    expect(e.findings.find((x) => x.id === 'egress.dns')!.title).toContain('whether one of them allows it is not known');
    expect(texts(e)).not.toContain('allowed by');
    expect(e.warnings.join('\n')).toMatch(/networkpolicies/);
    const ja = await forbidden(objects, 'web-to-db', 'ja');
    expect(ja.verdict.text).toContain('ほかのポリシーは読めませんでした');
    // allow-dns itself allows DNS: nothing to say about it either way.
    expect((await forbidden(objects, 'allow-dns')).findings.find((x) => x.id === 'egress.dns')).toBeUndefined();
  });
});
