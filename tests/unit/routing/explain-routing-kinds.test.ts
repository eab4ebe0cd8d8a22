// Service, Ingress and EndpointSlice on the explainer contract: captured objects (tests/fixtures/routing,
// from the sandbox) through the registered explainers and their real read plans. What each verdict
// says, how many requests it took, and that --lang ja says it all in Japanese.
import { describe, expect, it } from 'vitest';
import { FixtureReader, explainFixture, fixtureObjects } from '../../support/fixture-reader.js';
import type { Explanation } from '../../../src/model/explanation.js';
import { dnsLive, traceLive } from '../../../commands/routing-run.js';
import { renderDnsMarkdown, renderDnsText, renderTraceMarkdown } from '../../../src/render/trace-text.js';

const text = (e: Explanation) => [e.verdict.text, ...e.findings.flatMap((f) => [f.title, f.detail]), ...e.warnings].join('\n');

/**
 * English left in Japanese text: a run of English words with a function word among them, once the
 * cluster's own words (quoted 「…」), commands to run and object references are taken out.
 */
function englishIn(ja: string): string[] {
  const stripped = ja
    .replace(/「[^」]*」/g, ' ')
    .replace(/(kubexplain|kubectl) [^\n。、]*/g, ' ')
    .replace(/\b[\w.-]+\/[\w.-]+/g, ' ');
  return [...stripped.matchAll(/\b(?:[A-Za-z]+ ){1,}(?:the|is|are|and|to|of|not|no|with|from|for|in|on|a|an)(?: [A-Za-z]+)*\b/g)].map(
    (m) => m[0],
  );
}

describe('explain service|ingress|endpointslice (captured objects, real read plans)', () => {
  it('svc/web in shop: every hop ok, 4 requests (Service, slices, selected Pods, NetworkPolicies)', async () => {
    const { e, requests } = await explainFixture('routing', 'Service', 'web', 'shop');
    expect(e.verdict.severity).toBe('ok');
    expect(e.findings.map((f) => f.title)).toContain('endpointslices → pods: selector app=web matches 3 Pod(s)');
    expect(requests).toBe(4);
  });

  it('svc/slow in routing-fx: not Ready Pods are the cause; one more request reads the Unhealthy events', async () => {
    const { e, requests } = await explainFixture('routing', 'Service', 'slow', 'routing-fx');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(/endpointslices → pods/);
    expect(requests).toBe(5);
  });

  it('svc/typo: a selector matching no Pod reads all Pods, the workloads and the selector across namespaces (8 requests) and names the near miss', async () => {
    const { e, requests } = await explainFixture('routing', 'Service', 'typo', 'routing-fx');
    expect(e.verdict.severity).toBe('error');
    expect(e.findings.find((f) => f.id === 'pods.none')?.detail).toMatch(/Near misses/);
    expect(requests).toBe(8);
  });

  it('ingress/web in shop: the missing IngressClass nginx is the verdict; 6 requests', async () => {
    const { e, requests } = await explainFixture('routing', 'Ingress', 'web', 'shop');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(/IngressClass nginx/);
    expect(requests).toBe(6);
  });

  it('endpointslice/web-t2f85: the slice, then its Service traced (5 requests)', async () => {
    const { e, requests } = await explainFixture('routing', 'EndpointSlice', 'web-t2f85', 'shop');
    expect(e.target).toEqual({ kind: 'EndpointSlice', name: 'web-t2f85', namespace: 'shop' });
    expect(e.findings[0]!.title).toBe('EndpointSlice web-t2f85: 3/3 ready, IPv4');
    expect(e.verdict.severity).toBe('ok');
    expect(requests).toBe(5);
  });

  it.each([
    ['Service', 'web', 'shop'],
    ['Service', 'api', 'shop'],
    ['Service', 'slow', 'routing-fx'],
    ['Service', 'typo', 'routing-fx'],
    ['Service', 'legacy-db', 'routing-fx'],
    ['Ingress', 'web', 'shop'],
    ['Ingress', 'storefront', 'routing-fx'],
    ['EndpointSlice', 'api-2cxrf', 'shop'],
  ])('--lang ja of %s/%s says no English sentence (cluster words quoted)', async (kind, name, ns) => {
    const en = text((await explainFixture('routing', kind, name, ns, 'en')).e);
    const ja = text((await explainFixture('routing', kind, name, ns, 'ja')).e);
    // The check itself finds English: it would fail on the English output.
    expect(englishIn(en).length).toBeGreaterThan(0);
    expect(englishIn(ja)).toEqual([]);
    expect(ja).toMatch(/[ぁ-んァ-ヶ]/);
  });

  it.each([
    ['service/slow', 'routing-fx'],
    ['service/typo', 'routing-fx'],
    ['ingress/storefront', 'routing-fx'],
  ])('trace %s --lang ja: the same plan (same requests as explain), no English sentence', async (target, ns) => {
    const reader = new FixtureReader(fixtureObjects('routing'), ns);
    const t = await traceLive(reader, target, ns, 'ja');
    const said = [t.verdict.text, ...[...t.hops.map((h) => h.finding), ...t.notes].flatMap((f) => [f.title, f.detail]), ...t.warnings];
    expect(englishIn(said.join('\n'))).toEqual([]);
    const [kind, name] = target.split('/') as [string, string];
    const { requests } = await explainFixture('routing', kind === 'service' ? 'Service' : 'Ingress', name, ns);
    expect(reader.requestCount).toBe(requests);
  });
});

describe('trace and dns renderers under --lang ja', () => {
  it('Markdown and text carry no English label (titles, headers, domain source, short names)', async () => {
    const reader = new FixtureReader(fixtureObjects('routing'), 'shop');
    const md = renderTraceMarkdown(await traceLive(reader, 'service/web', 'shop', 'ja'), 'ja');
    expect(md).toContain('# trace Service web(名前空間 shop)');
    expect(md).toContain('| # | 状態 | どこから | どこへ | 所見 |');
    const dns = await dnsLive(reader, 'service/web', 'shop', 'ja');
    const dmd = renderDnsMarkdown(dns, 'ja');
    expect(dmd).toContain('# Service web の DNS 名(名前空間 shop)');
    expect(dmd).toContain('| タイプ | 名前 | 値 | 説明 |');
    expect(dmd).toContain('## 短い名前');
    expect(dmd).not.toMatch(/DNS names of|Cluster domain|Short names|lookup|\(assumed\)|\(detected\)/);
    expect(renderDnsText(dns, false, 'ja')).not.toMatch(/cluster domain|\(assumed\)|\(detected\)/);
    // The same in English still reads as before.
    const en = renderDnsMarkdown(await dnsLive(reader, 'service/web', 'shop', 'en'), 'en');
    expect(en).toContain('# DNS names of Service web (namespace shop)');
  });
});
