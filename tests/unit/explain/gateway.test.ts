// explain gatewayclass|gateway|httproute|grpcroute|referencegrant on objects captured from the sandbox
// (tests/fixtures/gateway, capture.sh: status written as a controller writes it), through the real
// read plans and the trace's own diagnoses. Meaning (cause, objects, next step) in en and ja.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';
import type { Explanation } from '../../../src/model/explanation.js';
import { renderJson } from '../../../src/render/json.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { renderText } from '../../../src/render/text.js';

const NS = 'kx-gw-fx';
const OTHER = 'kx-gw-fx-other';
const run = (kind: string, name: string, lang: 'en' | 'ja' = 'en', ns = NS) => explainFixture('gateway', kind, name, ns, lang);
const f = (e: Explanation, id: string) => e.findings.find((x) => x.id === id);

describe('GatewayClass', () => {
  it('accepted: the controller, the Gateways using it, other conditions as they are', async () => {
    const { e, requests } = await run('GatewayClass', 'kx-gw-fx');
    expect(e.verdict).toEqual({
      severity: 'ok',
      text: 'GatewayClass kx-gw-fx is accepted by example.test/gateway-controller; 2 Gateways use it',
    });
    expect(f(e, 'gateways')!.detail).toContain('kx-gw-fx/edge: Accepted True (Accepted), Programmed True (Programmed)');
    expect(f(e, 'condition.SupportedVersion')).toBeDefined();
    expect(requests).toBe(3);
  });

  it('never accepted (the API server default Unknown/Pending): is a controller installed for controllerName?', async () => {
    const { e } = await run('GatewayClass', 'kx-gw-fx-none');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('is a Gateway controller installed and running for controllerName example.test/not-installed');
    expect(f(e, 'gatewayclass.pending')!.concept).toBe('gatewayclass');
    expect(f(e, 'gateways')!.detail).toContain('kx-gw-fx/dark: Accepted Unknown (Pending), Programmed Unknown (Pending)');
    const ja = (await run('GatewayClass', 'kx-gw-fx-none', 'ja')).e;
    expect(ja.verdict.text).toContain('controllerName example.test/not-installed');
    expect(ja.verdict.text).toContain('コントローラーは導入され、動いていますか');
  });

  it("rejected (Accepted False InvalidParameters): the reason and the controller's own words", async () => {
    const { e } = await run('GatewayClass', 'kx-gw-fx-bad');
    const step = f(e, 'gatewayclass.rejected')!;
    expect(step.detail).toContain('Accepted=False, reason InvalidParameters');
    expect(step.detail).toContain('"Error fetching GatewayClass parametersRef');
    expect(e.verdict.text).toContain('spec.parametersRef');
    expect(f(e, 'gateways')!.detail).toContain('No Gateway names this class');
    const ja = (await run('GatewayClass', 'kx-gw-fx-bad', 'ja')).e;
    expect(ja.findings.find((x) => x.id === 'gatewayclass.rejected')!.detail).toContain('「Error fetching GatewayClass parametersRef');
  });
});

describe('Gateway', () => {
  it('listeners with their certificates: a missing Secret, a TLS Secret, one in another namespace without a grant', async () => {
    const { e, requests } = await run('Gateway', 'edge');
    expect(f(e, 'gateway')!.detail).toContain('Accepted: True (Accepted); Programmed: True (Programmed)');
    expect(f(e, 'gateway')!.detail).toContain('192.0.2.10, edge-lb.example.net');
    const certs = e.findings.filter((x) => x.id === 'listener.certificate');
    expect(certs.map((c) => [c.title, c.severity])).toEqual([
      ['listener https: certificate Secret kx-gw-fx/shop-tls', 'error'],
      ['listener secure: certificate Secret kx-gw-fx/edge-tls', 'ok'],
      ['listener api: certificate Secret kx-gw-fx-other/api-tls', 'error'],
    ]);
    expect(certs[0]!.detail).toContain('create the TLS Secret shop-tls in kx-gw-fx');
    expect(certs[1]!.detail).toContain('type kubernetes.io/tls, keys tls.crt, tls.key');
    expect(certs[2]!.detail).toContain(
      'create a ReferenceGrant in namespace kx-gw-fx-other with from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: kx-gw-fx}]',
    );
    // The controller's listener status, by type: ResolvedRefs False with its reason.
    const listeners = e.findings.filter((x) => x.id === 'listener.resolvedrefs.false').map((x) => x.detail);
    expect(listeners[0]).toContain('ResolvedRefs=False, reason InvalidCertificateRef');
    expect(listeners[1]).toContain('ResolvedRefs=False, reason RefNotPermitted');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('listener https');
    expect(requests).toBe(9);
  });

  it('attached routes per listener: by spec, with the controller word on each, against status.attachedRoutes', async () => {
    const { e } = await run('Gateway', 'edge');
    const http = f(e, 'listener.http.routes')!;
    expect(http.title).toBe('listener http: 10 routes attach according to the route specs (status.attachedRoutes: 9)');
    expect(http.detail).toContain('httproute/shop (kx-gw-fx) for shop.example.test; controller: Accepted True (Accepted)');
    expect(http.detail).toContain('httproute/unsupported (kx-gw-fx) for u.example.test; controller: Accepted False (UnsupportedValue)');
    // Not attached: another hostname, another namespace (from: Same), a listener that does not exist.
    for (const r of ['wrong-host', 'foreign', 'no-parent']) expect(http.detail).not.toMatch(new RegExp(`^ *httproute/${r} .* for `, 'm'));
    // The first two name this listener: refused, with why; the third names another listener.
    expect(http.detail).toContain(
      'refused: httproute/wrong-host (kx-gw-fx) names this listener, which hostname *.example.test shares no hostname',
    );
    expect(http.detail).toMatch(
      /refused: httproute\/foreign \([a-z0-9-]+\) names this listener, which does not allow routes from namespace/,
    );
    expect(http.detail).not.toContain('httproute/no-parent');
    expect(http.detail).toContain('The controller counts 9, the specs give 10');
    const ja = (await run('Gateway', 'edge', 'ja')).e;
    expect(ja.findings.find((x) => x.id === 'listener.http.routes')!.title).toBe(
      'リスナー http: spec 上つながるルート 10 個(status.attachedRoutes: 9)',
    );
    expect(ja.findings.find((x) => x.id === 'listener.certificate')!.detail).toContain('TLS の Secret shop-tls を kx-gw-fx に作る');
  });

  it('status older than the spec (observedGeneration 1 < generation 2) is a warning', async () => {
    const { e } = await run('Gateway', 'stale');
    expect(e.verdict.severity).toBe('warning');
    expect(f(e, 'gateway.stale')!.detail).toContain('The status describes generation 1, the object is at generation 2');
    const ja = (await run('Gateway', 'stale', 'ja')).e;
    expect(ja.findings.find((x) => x.id === 'gateway.stale')!.detail).toContain('世代');
  });

  it('no controller has written its status: Accepted and Programmed are the defaults; the class has no controller', async () => {
    const { e } = await run('Gateway', 'dark');
    expect(f(e, 'gatewayclass.pending')).toBeDefined();
    expect(f(e, 'gateway.pending')!.detail).toContain("still the API server's default (Unknown, Pending)");
  });

  it('no Secret value in any output format, in either language', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await run('Gateway', 'edge', lang);
      for (const out of [renderJson(e), renderMarkdown(e), renderText(e, false)]) expect(out).not.toMatch(/KX-SENTINEL|S1gtU0VOVElORUw/);
    }
  });
});

describe('HTTPRoute and GRPCRoute', () => {
  it('healthy: accepted by its parent, every rule and backend ok, the trace as next step', async () => {
    const { e, requests } = await run('HTTPRoute', 'shop');
    expect(e.verdict).toEqual({ severity: 'ok', text: 'httproute/shop is accepted by gateway/edge:http: 2 rules send to 3 backends' });
    expect(e.findings.filter((x) => x.id === 'backend').map((x) => x.title)).toContain(
      'backendRef Service kx-gw-fx/web:80, weight 90 (90%)',
    );
    expect(f(e, 'trace')!.title).toContain('kubexplain trace httproute/shop -n kx-gw-fx');
    expect(requests).toBe(6);
    expect((await run('HTTPRoute', 'shop', 'ja')).e.verdict.text).toBe(
      'httproute/shop は gateway/edge:http に受理されています。ルール 2 個がバックエンド 3 個へ送ります',
    );
  });

  it('no controller wrote status.parents (class never accepted): asks whether a controller is installed', async () => {
    const { e } = await run('HTTPRoute', 'unclaimed');
    expect(e.verdict.text).toContain('controllerName example.test/not-installed');
    expect(f(e, 'route.nostatus')!.detail).toContain('is a Gateway controller installed for GatewayClass kx-gw-fx-none?');
    // The titles say why (a trace's verdict quotes the title): not "attaches to", not only the class's name.
    expect(f(e, 'route.nostatus')!.title).toBe(
      'httproute/unclaimed does not attach to kx-gw-fx/dark: no Gateway controller has accepted it (GatewayClass kx-gw-fx-none)',
    );
    expect(f(e, 'gatewayclass.pending')!.title).toBe('GatewayClass kx-gw-fx-none: no controller has accepted it');
    const ja = (await run('HTTPRoute', 'unclaimed', 'ja')).e;
    expect(ja.findings.find((x) => x.id === 'route.nostatus')!.title).toBe(
      'httproute/unclaimed は kx-gw-fx/dark につながりません: これを受け入れた Gateway コントローラーがありません(GatewayClass kx-gw-fx-none)',
    );
  });

  it.each([
    ['wrong-host', NS, 'route.hostname', 'NoMatchingListenerHostname', 'its hostnames (shop.other.test) match no listener hostname'],
    ['no-parent', NS, 'route.nomatchingparent', 'NoMatchingParent', 'set parentRefs sectionName/port to one of the listeners'],
    ['unsupported', NS, 'route.rejected', 'UnsupportedValue', 'the controller does not support a value the route uses'],
    [
      'foreign',
      OTHER,
      'route.notallowed',
      'NotAllowedByListeners',
      'set allowedRoutes.namespaces.from of listener http (gateway/edge) to All',
    ],
  ])('Accepted False: %s (%s) → %s, %s', async (name, ns, id, reason, fix) => {
    const { e } = await run('HTTPRoute', name, 'en', ns);
    expect(e.verdict.severity).toBe('error');
    expect(f(e, id)!.detail).toContain(reason);
    expect(e.verdict.text).toContain(fix);
  });

  it('the Japanese of a parent that does not allow the namespace', async () => {
    const { e } = await run('HTTPRoute', 'foreign', 'ja', OTHER);
    expect(e.verdict.text).toContain('Namespace kx-gw-fx-other のルートを受け付けません');
  });

  it('PartiallyInvalid: a warning naming the dropped rule in the controller words', async () => {
    const { e } = await run('HTTPRoute', 'partial');
    expect(e.verdict.severity).toBe('warning');
    expect(f(e, 'route.partial')!.detail).toContain('"Dropped Rule 1: PathMatch type RegularExpression is not supported"');
  });

  it('ResolvedRefs False: BackendNotFound pinned on the backend, RefNotPermitted with the grant to create, InvalidKind', async () => {
    const nosvc = (await run('HTTPRoute', 'nosvc')).e;
    expect(f(nosvc, 'backend.missing')!.severity).toBe('error');
    expect(nosvc.verdict.text).toContain('create Service webb in kx-gw-fx');
    const db = (await run('HTTPRoute', 'cross-db')).e;
    expect(f(db, 'backend.nogrant')!.concept).toBe('referencegrant');
    expect(db.verdict.text).toContain('to: [{group: "", kind: Service, name: db}]');
    expect((await run('HTTPRoute', 'cross-db', 'ja')).e.verdict.text).toContain(
      'Namespace kx-gw-fx-other に ReferenceGrant を作成してください',
    );
    const granted = (await run('HTTPRoute', 'cross')).e;
    expect(granted.verdict.severity).toBe('ok');
    expect(f(granted, 'backend')!.detail).toContain('ReferenceGrant routes-from-fx in kx-gw-fx-other allows this reference.');
    const kind = (await run('HTTPRoute', 'badkind')).e;
    expect(f(kind, 'backend.kind')!.detail).toContain('storage.example.test/Bucket, not a Service');
    // No backend step pins the failure: the parent's ResolvedRefs InvalidKind is where it breaks.
    expect(f(kind, 'route.refs.InvalidKind')!.severity).toBe('error');
  });

  it('weights all 0: the rule sends nothing', async () => {
    const { e } = await run('HTTPRoute', 'zero');
    expect(f(e, 'rule.weights0')!.severity).toBe('error');
    expect(e.verdict.text).toContain('give at least one backendRef a weight above 0');
    expect((await run('HTTPRoute', 'zero', 'ja')).e.verdict.text).toContain('weight');
  });

  it('GRPCRoute: gRPC matches; UnsupportedProtocol names appProtocol; concepts are grpcroute', async () => {
    const ok = (await run('GRPCRoute', 'rpc')).e;
    expect(ok.verdict.severity).toBe('ok');
    expect(ok.findings.find((x) => x.id === 'rule')!.title).toBe('rule 1: gRPC shop.Cart/Add');
    expect(ok.findings.find((x) => x.id === 'rule')!.concept).toBe('grpcroute');
    const h1 = (await run('GRPCRoute', 'rpc-h1')).e;
    expect(h1.verdict.severity).toBe('error');
    expect(f(h1, 'route.refs.UnsupportedProtocol')!.detail).toContain('appProtocol');
    expect((await run('GRPCRoute', 'rpc-h1', 'ja')).e.verdict.text).toContain('appProtocol');
  });
});

describe('ReferenceGrant', () => {
  it('from/to, the reference it lets through, and those into its namespace it does not match (with why)', async () => {
    const { e } = await run('ReferenceGrant', 'routes-from-fx', 'en', OTHER);
    expect(f(e, 'from')!.detail).toBe('HTTPRoute.gateway.networking.k8s.io in namespace kx-gw-fx');
    expect(f(e, 'to')!.detail).toBe('Service api');
    expect(f(e, 'lets')!.detail).toBe('httproute/cross (kx-gw-fx) → Service/api');
    const refused = f(e, 'refused')!;
    expect(refused.detail).toContain("httproute/cross-db (kx-gw-fx) → Service/db: this grant's to does not name Service db");
    expect(refused.detail).toContain(
      "gateway/edge (kx-gw-fx) → Secret/api-tls: this grant's from does not list Gateway in namespace kx-gw-fx",
    );
    expect(e.verdict).toMatchObject({ severity: 'warning', text: expect.stringContaining('2 references into this namespace are refused') });
    const ja = (await run('ReferenceGrant', 'routes-from-fx', 'ja', OTHER)).e;
    expect(ja.findings.find((x) => x.id === 'refused')!.detail).toContain('この許可の to に Service db がありません');
    expect(ja.verdict.text).toContain('2 件が拒否されます');
  });

  it('a grant nothing uses, naming an object that does not exist', async () => {
    const { e } = await run('ReferenceGrant', 'unused', 'en', OTHER);
    expect(f(e, 'lets')!.detail).toContain('it allows references nothing makes');
    expect(f(e, 'to')!.detail).toContain('Service gone does not exist (yet).');
    expect(f(e, 'to')!.severity).toBe('warning');
  });
});
