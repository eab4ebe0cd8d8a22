// Everyday routing failures captured from the sandbox (tests/fixtures/routing-sweep, lab.yaml and
// capture.sh: status written as a conformant Gateway controller writes it), traced and explained
// through the real read plans, in en and ja: a listener that admits routes by namespace labels, a
// backendRef port the Service lacks, Pods that are all not Ready, a headless Service, Ingresses in a
// cluster with no IngressClass, an ExternalName Service, and a GatewayClass no controller accepted.
import { describe, expect, it } from 'vitest';
import { dnsLive, traceLive } from '../../../commands/routing-run.js';
import type { Trace } from '../../../src/model/trace.js';
import { renderDnsText } from '../../../src/render/trace-text.js';
import { explainFixture, fixtureObjects, FixtureReader } from '../../support/fixture-reader.js';

const FX = 'routing-sweep';
const explain = async (kind: string, name: string, lang: 'en' | 'ja' = 'en', ns = 'rtsr') =>
  (await explainFixture(FX, kind, name, ns, lang)).e;
const trace = (target: string, lang: 'en' | 'ja' = 'en', ns = 'rtsr') =>
  traceLive(new FixtureReader(fixtureObjects(FX), ns), target, ns, lang);
const broken = (t: Trace) => t.hops.find((h) => h.status === 'broken');

describe('a listener that admits routes by namespace labels (allowedRoutes.namespaces.from: Selector)', () => {
  it('names the selector, the namespace labels, and the label command as the next step', async () => {
    const e = await explain('HTTPRoute', 'route-sel', 'en', 'rtsr-apps');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(
      'httproute/route-sel does not attach to rtsr/gw: listener web takes routes only from namespaces labelled team=web, and namespace rtsr-apps is not',
    );
    expect(e.verdict.text).toContain('kubectl label namespace rtsr-apps team=web --overwrite');
    // The generic advice (set from to Selector) would be wrong: it already is Selector.
    expect(e.verdict.text).not.toContain('or to Selector matching');
    const f = e.findings.find((x) => x.id === 'route.notallowed')!;
    expect(f.detail).toContain(
      "its allowedRoutes selector team=web does not match the namespace's labels (kubernetes.io/metadata.name=rtsr-apps,team=api)",
    );
    const ja = await explain('HTTPRoute', 'route-sel', 'ja', 'rtsr-apps');
    expect(ja.verdict.text).toContain(
      'リスナー web はラベル team=web の Namespace のルートだけを受け付けますが、Namespace rtsr-apps にはそのラベルがありません',
    );
    expect(ja.verdict.text).toContain(
      'セレクターに合うよう Namespace rtsr-apps にラベルを付けるか(kubectl label namespace rtsr-apps team=web --overwrite)',
    );
  });

  it('explain gateway: the listener lists the route it refuses and why, beside the ones it takes', async () => {
    const e = await explain('Gateway', 'gw');
    const routes = e.findings.find((f) => f.id === 'listener.web.routes')!;
    expect(routes.detail).toContain(
      "refused: httproute/route-sel (rtsr-apps) names this listener, which does not allow routes from namespace rtsr-apps: its allowedRoutes selector team=web does not match the namespace's labels",
    );
    expect(routes.detail).toContain('httproute/route-cross (rtsr) for cross.shop.test');
    const ja = await explain('Gateway', 'gw', 'ja');
    expect(ja.findings.find((f) => f.id === 'listener.web.routes')!.detail).toContain(
      '受け付けない: httproute/route-sel (rtsr-apps) はこのリスナーを指していますが、リスナーは Namespace rtsr-apps のルートを受け付けません',
    );
  });

  it('the trace breaks at the same hop with the same words', async () => {
    const t = await trace('httproute/route-sel', 'en', 'rtsr-apps');
    expect(broken(t)).toMatchObject({ from: 'gateway/gw', to: 'httproute/route-sel' });
    expect(t.verdict.text).toContain('or change the selector of listener web (gateway/gw), or create the route in rtsr');
  });
});

describe('a sectionName that names no listener (NoMatchingParent)', () => {
  it('the hop comes from the Gateway (the listener it names is not there), the fix lists the listeners', async () => {
    const t = await trace('httproute/route-section');
    expect(broken(t)).toMatchObject({ from: 'gateway/gw', to: 'httproute/route-section' });
    expect(t.verdict.text).toContain(
      'Broken at gateway/gw → httproute/route-section: httproute/route-section does not attach to rtsr/gw:https',
    );
    expect(t.verdict.text).toContain('set parentRefs sectionName/port to one of the listeners: web (80)');
    expect((await trace('httproute/route-section', 'ja')).verdict.text).toContain('gateway/gw に名前が https のリスナーがありません');
  });
});

describe('backendRefs', () => {
  it('a port the Service lacks is not given a reason the controller did not write', async () => {
    const e = await explain('HTTPRoute', 'route-port');
    expect(e.verdict.text).toContain('backendRef rtsr/web:8080: Service web has no port 8080');
    expect(e.verdict.text).toContain('set the backendRef port to one of the Service ports: 80/TCP (http)');
    expect(e.verdict.text).not.toContain('BackendNotFound');
    expect((await explain('HTTPRoute', 'route-port', 'ja')).verdict.text).toContain('Service web にポート 8080 がありません');
  });

  it('another namespace without a ReferenceGrant, and a missing Service, keep their Gateway API reasons', async () => {
    expect((await explain('HTTPRoute', 'route-cross')).verdict.text).toContain(
      'backendRef rtsr-apps/api:80 refused: no ReferenceGrant in rtsr-apps permits it (RefNotPermitted)',
    );
    expect((await explain('HTTPRoute', 'route-nosvc', 'ja')).verdict.text).toContain(
      'Service webb がありません(BackendNotFound) — Service webb を rtsr に作成するか',
    );
  });
});

describe('Services', () => {
  it('Pods that all are not Ready: the endpoints exist but are not ready, the Pods are named, both hops send to the same Pod', async () => {
    const t = await trace('service/slow');
    expect(broken(t)!.finding.id).toBe('endpoints.none');
    const pods = t.hops.find((h) => h.to === 'pods')!;
    expect(pods.finding.title).toMatch(
      /^selector app=slow matches 2 Pod\(s\), none Ready \(slow-[a-z0-9]+-[a-z0-9]+, slow-[a-z0-9]+-[a-z0-9]+\): their 2 endpoint\(s\) exist but are not ready/,
    );
    expect(t.verdict.text).toContain(pods.finding.title);
    const commands = t.hops.filter((h) => h.status === 'broken').map((h) => /explain pod\/(\S+)/.exec(h.finding.detail)?.[1]);
    expect(new Set(commands).size).toBe(1);
    const ja = await trace('service/slow', 'ja');
    expect(ja.verdict.text).toMatch(
      /Ready なものはありません\(slow-[a-z0-9-]+, slow-[a-z0-9-]+\)。エンドポイント 2 個はありますが ready ではない/,
    );
  });

  it('headless: the endpoints are what DNS answers, not kube-proxy; dns gives each StatefulSet Pod its name', async () => {
    const t = await trace('service/db');
    expect(t.verdict.severity).toBe('ok');
    const eps = t.hops.find((h) => h.finding.id === 'endpoints')!;
    expect(eps.finding.detail).toContain('the Service is headless, so no kube-proxy is involved');
    expect(eps.finding.detail).not.toContain('kube-proxy sends traffic');
    expect((await trace('service/db', 'ja')).hops.find((h) => h.finding.id === 'endpoints')!.finding.detail).toContain(
      'ヘッドレス Service なので kube-proxy は関わらず',
    );
    const d = await dnsLive(new FixtureReader(fixtureObjects(FX), 'rtsr'), 'service/db', 'rtsr', 'en');
    expect(d.records.filter((r) => r.type === 'A').map((r) => r.name)).toEqual(
      expect.arrayContaining(['db-0.db.rtsr.svc.cluster.local', 'db-1.db.rtsr.svc.cluster.local']),
    );
  });

  it('headless with its StatefulSet Pod not Ready: the Pod is named, and its per-Pod name listed as not served yet', async () => {
    const d = await dnsLive(new FixtureReader(fixtureObjects(FX), 'rtsr2'), 'service/dbh', 'rtsr2', 'en');
    expect(d.records.find((r) => r.name === 'dbh.rtsr2.svc.cluster.local')!.note).toBe(
      'no ready endpoint: 1 listed but not ready (pod/dbh-0), so the name answers with no address (NXDOMAIN/NODATA) until one is Ready',
    );
    expect(d.records.find((r) => r.name === 'dbh-0.dbh.rtsr2.svc.cluster.local')).toMatchObject({
      value: '',
      note: 'not served while pod/dbh-0 is not Ready (its endpoint is not ready)',
    });
    const ja = await dnsLive(new FixtureReader(fixtureObjects(FX), 'rtsr2'), 'service/dbh', 'rtsr2', 'ja');
    expect(ja.records.find((r) => r.name === 'dbh-0.dbh.rtsr2.svc.cluster.local')!.note).toBe(
      'pod/dbh-0 が Ready でない間は返されません(エンドポイントが not ready)',
    );
  });

  it('ExternalName: a CNAME, no endpoints, and not broken (trace and dns)', async () => {
    const t = await trace('service/ext');
    expect(t.verdict.severity).toBe('ok');
    expect(t.hops.map((h) => h.status)).toEqual(['ok']);
    const d = await dnsLive(new FixtureReader(fixtureObjects(FX), 'rtsr'), 'service/ext', 'rtsr', 'ja');
    expect(d.records).toEqual([expect.objectContaining({ type: 'CNAME', name: 'ext.rtsr.svc.cluster.local', value: 'db.example.com' })]);
    // The short names line up, the full name with its trailing dot included.
    const starts = renderDnsText(d, false, 'ja')
      .split('\n')
      .filter((l) => l.includes('ext.rtsr.svc.cluster.local') && l.startsWith('  '))
      .map((l) => /^ {2}\S+ +/.exec(l)![0].length);
    expect(starts.length).toBe(5);
    expect(new Set(starts).size).toBe(1);
  });
});

describe('Ingress in a cluster with no IngressClass', () => {
  it('no ingressClassName: the next step is installing a controller, not choosing among no classes', async () => {
    const e = await explain('Ingress', 'noclass');
    expect(e.verdict.text).toContain('no IngressClass: none named, no single default');
    expect(e.verdict.text).toContain(
      'no IngressClass exists in this cluster, so no installed Ingress controller has registered one: install an Ingress controller, then set spec.ingressClassName of noclass to its class',
    );
    expect(e.verdict.text).not.toContain('existing: none');
    expect((await explain('Ingress', 'noclass', 'ja')).verdict.text).toContain(
      'Ingress コントローラーを導入し、noclass の spec.ingressClassName をそのクラスにしてください',
    );
  });

  it('a class that does not exist: install its controller; the missing TLS Secret is a warning', async () => {
    const t = await trace('ingress/ghostclass');
    expect(t.verdict.text).toContain('IngressClass nginx does not exist');
    expect(t.verdict.text).toContain('install the controller for class nginx');
    expect(t.hops.find((h) => h.finding.id === 'ingress.tls.missing')!.status).toBe('warning');
    expect((await trace('ingress/ghostclass', 'ja')).verdict.text).toContain('クラス nginx のコントローラーを導入してください');
  });
});

describe('a GatewayClass no controller accepted (Accepted Unknown, "Waiting for controller")', () => {
  it('the Gateway of that class: no controller runs for it, named by controllerName', async () => {
    const e = await explain('Gateway', 'dark');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('GatewayClass rtsr-none: no controller has accepted it');
    expect(e.verdict.text).toContain('is a Gateway controller installed and running for controllerName example.test/not-installed');
    expect((await explain('Gateway', 'dark', 'ja')).verdict.text).toContain(
      'controllerName example.test/not-installed(GatewayClass rtsr-none)のコントローラーは導入され、動いていますか',
    );
  });
});

describe('an Ingress created before its class became the default (tests/fixtures/ingress-default-later)', () => {
  const FX2 = 'ingress-default-later';
  it('is not said to use the default: the API server never filled it in; the fix names the class', async () => {
    const t = await traceLive(new FixtureReader(fixtureObjects(FX2), 'rtsr2'), 'ingress/before', 'rtsr2', 'en');
    const h = t.hops[0]!;
    expect(h).toMatchObject({ status: 'warning', to: 'ingress/before' });
    expect(h.finding.title).toBe('no ingressClassName, and the default IngressClass rtsr-default was not filled in');
    expect(h.finding.detail).toContain('set spec.ingressClassName: rtsr-default on before');
    expect(h.finding.detail).not.toContain('applies');
    const ja = await traceLive(new FixtureReader(fixtureObjects(FX2), 'rtsr2'), 'ingress/before', 'rtsr2', 'ja');
    expect(ja.hops[0]!.finding.detail).toContain('before に spec.ingressClassName: rtsr-default を設定してください');
    // The one created after has the class written in by the API server.
    const after = await traceLive(new FixtureReader(fixtureObjects(FX2), 'rtsr2'), 'ingress/after', 'rtsr2', 'en');
    expect(after.hops[0]!.finding.id).toBe('ingress.class');
  });

  it('explain ingressclass: counts only the Ingresses naming it, and warns about the classless one', async () => {
    const e = (await explainFixture(FX2, 'IngressClass', 'rtsr-default', 'rtsr2')).e;
    expect(e.findings.find((f) => f.id === 'ingresses')!.title).toBe('Used by 1 Ingress');
    const unset = e.findings.find((f) => f.id === 'ingresses.unset')!;
    expect(unset).toMatchObject({ severity: 'warning', title: '1 Ingress without a class, created before this class became the default' });
    expect(unset.detail).toContain('rtsr2/before');
    const ja = (await explainFixture(FX2, 'IngressClass', 'rtsr-default', 'rtsr2', 'ja')).e;
    expect(ja.findings.find((f) => f.id === 'ingresses.unset')!.detail).toContain('spec.ingressClassName: rtsr-default を設定してください');
  });
});
