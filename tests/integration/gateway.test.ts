// Gateway API traces against the real API server with the standard-channel CRDs (sandbox/up applies
// them). No controller runs: tests/fixtures/routing/gateway.yaml is created in this file's namespace
// (and a second one), then status is written with --subresource=status in the shapes a controller
// writes (conditions by type with observedGeneration, per-parent route status). Each condition and
// each diagnosis is asserted through traceLive and the built binary, in English and Japanese.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { KubernetesObjectApi, type KubernetesObject } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { LiveReader } from '../../src/cluster/reader.js';
import { traceLive } from '../../commands/routing-run.js';
import type { Trace } from '../../src/model/trace.js';
import type { Explanation } from '../../src/model/explanation.js';
import { clients, useNamespace, waitFor } from './helpers.js';
import { runKx } from '../support/binary.js';

const run = promisify(execFile);
const { kc, core, discovery } = clients();
const ns = useNamespace('gateway');
const suffix = Math.random().toString(36).slice(2, 7);
const OTHER = `gateway-other-${suffix}`;
const CLASS = `kx-gw-${suffix}`;
const NOCLASS = `kx-gw-none-${suffix}`;
const CONTROLLER = 'example.test/gateway-controller';
const GROUP = 'gateway.networking.k8s.io';
const live = () => new LiveReader(loadKubeConfig({ kubeconfig: inject('kubeconfig') }), 10_000);
const trace = (target: string, lang: 'en' | 'ja' = 'en', namespace = ns()) => traceLive(live(), target, namespace, lang);
const hop = (t: Trace, id: string) => t.hops.find((h) => h.finding.id === id);
const broken = (t: Trace) => t.hops.find((h) => h.status === 'broken');
const kubectl = (...args: string[]) => run('kubectl', ['--kubeconfig', inject('kubeconfig'), ...args]);

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const cond = (type: string, status: string, reason: string, message: string, observedGeneration = 1) => ({
  type,
  status,
  reason,
  message,
  observedGeneration,
  lastTransitionTime: now(),
});
/** Writes status the way a controller does: a merge patch of the status subresource. */
const setStatus = (kind: string, name: string, status: unknown, namespace?: string) =>
  kubectl(
    'patch',
    kind,
    name,
    ...(namespace ? ['-n', namespace] : []),
    '--subresource=status',
    '--type=merge',
    '-p',
    JSON.stringify({ status }),
  );
const parent = (name: string, sectionName = 'http', namespace?: string) => ({
  group: GROUP,
  kind: 'Gateway',
  name,
  ...(namespace ? { namespace } : {}),
  sectionName,
});
const routeStatus = (
  p: ReturnType<typeof parent>,
  accepted: [string, string, string],
  refs: [string, string, string] = ['True', 'ResolvedRefs', 'Resolved all the Object references for the Route'],
) => ({
  parents: [
    {
      parentRef: p,
      controllerName: CONTROLLER,
      conditions: [cond('Accepted', ...accepted), cond('ResolvedRefs', ...refs)],
    },
  ],
});
const ACCEPTED: [string, string, string] = ['True', 'Accepted', 'Route is accepted'];
const kinds = [
  { group: GROUP, kind: 'HTTPRoute' },
  { group: GROUP, kind: 'GRPCRoute' },
];
const listenerStatus = (name: string, attachedRoutes: number, conditions: unknown[]) => ({
  name,
  supportedKinds: kinds,
  attachedRoutes,
  conditions,
});
const edgeStatus = (
  programmed: [string, string, string] = ['True', 'Programmed', 'Address assigned to the Gateway, 1/1 envoy replicas available'],
) => ({
  addresses: [{ type: 'IPAddress', value: '192.0.2.10' }],
  conditions: [cond('Accepted', 'True', 'Accepted', 'The Gateway has been scheduled'), cond('Programmed', ...programmed)],
  listeners: [
    listenerStatus('http', 6, [
      cond('Programmed', 'True', 'Programmed', 'Sending translated listener configuration to the data plane'),
      cond('Accepted', 'True', 'Accepted', 'Listener has been successfully translated'),
      cond('ResolvedRefs', 'True', 'ResolvedRefs', 'Listener references have been resolved'),
    ]),
    listenerStatus('https', 0, [
      cond('Programmed', 'False', 'Invalid', 'Listener is invalid, see other Conditions for details.'),
      cond('Accepted', 'True', 'Accepted', 'Listener has been successfully translated'),
      cond('ResolvedRefs', 'False', 'InvalidCertificateRef', `Secret ${ns()}/shop-tls does not exist.`),
    ]),
  ],
});

beforeAll(async () => {
  const namespace = ns();
  await core.createNamespace({ body: { metadata: { name: OTHER, labels: { team: 'api' } } } });
  await waitFor(async () =>
    (await core.listNamespacedServiceAccount({ namespace: OTHER })).items.some((s) => s.metadata?.name === 'default'),
  );
  const api = KubernetesObjectApi.makeApiClient(kc);
  for (const [name, controllerName] of [
    [CLASS, CONTROLLER],
    [NOCLASS, 'example.test/not-installed'],
  ])
    await api.create({ apiVersion: `${GROUP}/v1`, kind: 'GatewayClass', metadata: { name }, spec: { controllerName } } as KubernetesObject);
  const text = readFileSync('tests/fixtures/routing/gateway.yaml', 'utf8')
    .replaceAll('KX_NOCLASS', NOCLASS)
    .replaceAll('KX_CLASS', CLASS)
    .replaceAll('KX_OTHER', OTHER)
    .replaceAll('KX_NS', namespace);
  for (const doc of parseAllDocuments(text)) {
    const o = doc.toJS() as KubernetesObject;
    await api.create({ ...o, metadata: { ...o.metadata, namespace: o.metadata?.namespace ?? namespace } });
  }
  await setStatus('gatewayclass', CLASS, {
    conditions: [
      cond('Accepted', 'True', 'Accepted', 'Valid GatewayClass'),
      cond('SupportedVersion', 'True', 'SupportedVersion', 'Gateway API CRD bundle version v1.6.3 is supported'),
    ],
  });
  await setStatus('gateway', 'edge', edgeStatus(), namespace);
  await waitFor(
    async () => {
      const ready = async (n: string, svc: string) =>
        (await discovery.listNamespacedEndpointSlice({ namespace: n, labelSelector: `kubernetes.io/service-name=${svc}` })).items
          .flatMap((s) => s.endpoints ?? [])
          .filter((e) => e.conditions?.ready).length;
      return (await ready(namespace, 'web')) === 2 && (await ready(OTHER, 'api')) === 1;
    },
    90_000,
    'web and api endpoints',
  );
});

afterAll(async () => {
  for (const c of [CLASS, NOCLASS]) await kubectl('delete', 'gatewayclass', c, '--wait=false').catch(() => undefined);
  await core.deleteNamespace({ name: OTHER }).catch(() => undefined);
});

describe('before any controller writes route status', () => {
  it('a route without status.parents: no Gateway controller accepted it; the fix asks for one for the class', async () => {
    const t = await trace('httproute/shop');
    expect(hop(t, 'gatewayclass')!.status).toBe('ok');
    expect(hop(t, 'route.nostatus')!.status).toBe('broken');
    expect(t.verdict.text).toContain(
      `no Gateway controller has accepted it (GatewayClass ${CLASS}) — is a Gateway controller installed for GatewayClass ${CLASS}?`,
    );
    const ja = await trace('httproute/shop', 'ja');
    expect(ja.verdict.text).toContain(`GatewayClass ${CLASS} のコントローラーは導入されていますか`);
  });

  it('a GatewayClass whose Accepted is still the default Unknown/Pending: no controller for its controllerName', async () => {
    const t = await trace('httproute/unclaimed');
    expect(broken(t)!.finding.id).toBe('gatewayclass.pending');
    expect(broken(t)!.finding.concept).toBe('gatewayclass');
    expect(t.verdict.text).toContain('is a Gateway controller installed and running for controllerName example.test/not-installed');
    // The Gateway of that class is also untouched: both conditions are the API server's default.
    expect(hop(t, 'gateway.pending')!.finding.detail).toMatch(/Accepted and Programmed are still the API server's default/);
  });
});

describe('with status written as a controller does', () => {
  beforeAll(async () => {
    const namespace = ns();
    for (const name of ['shop', 'badport', 'zero']) await setStatus('httproute', name, routeStatus(parent('edge'), ACCEPTED), namespace);
    await setStatus('grpcroute', 'rpc', routeStatus(parent('edge'), ACCEPTED), namespace);
    await setStatus(
      'httproute',
      'wrong-host',
      routeStatus(parent('edge'), [
        'False',
        'NoMatchingListenerHostname',
        "There were no hostname intersections between the HTTPRoute and this parent ref's Listener(s).",
      ]),
      namespace,
    );
    await setStatus(
      'httproute',
      'nosvc',
      routeStatus(parent('edge'), ACCEPTED, [
        'False',
        'BackendNotFound',
        `Failed to process route rule 0 backendRef 0: service ${namespace}/webb not found.`,
      ]),
      namespace,
    );
    await setStatus(
      'httproute',
      'cross',
      routeStatus(parent('edge'), ACCEPTED, [
        'False',
        'RefNotPermitted',
        `Failed to process route rule 0 backendRef 0: backend ref to Service ${OTHER}/api not permitted by any ReferenceGrant.`,
      ]),
      namespace,
    );
    await setStatus(
      'httproute',
      'foreign',
      routeStatus(parent('edge', 'http', namespace), [
        'False',
        'NotAllowedByListeners',
        'No listeners included by this parent ref allowed this attachment.',
      ]),
      OTHER,
    );
  });

  it('healthy: class Accepted, Gateway Accepted+Programmed with its address, listener, route Accepted, rules, backends, the Service chain', async () => {
    const t = await trace('httproute/shop');
    expect(t.verdict.severity).toBe('ok');
    expect(t.hops.map((h) => h.finding.id).slice(0, 4)).toEqual(['gatewayclass', 'gateway', 'listener', 'route.accepted']);
    expect(hop(t, 'gatewayclass')!.finding.detail).toContain(`controller ${CONTROLLER}`);
    expect(hop(t, 'gateway')!.finding.detail).toContain('192.0.2.10');
    expect(hop(t, 'gateway')!.finding.detail).toContain('Accepted: True (Accepted); Programmed: True (Programmed)');
    expect(hop(t, 'route.accepted')!.finding.detail).toContain('listener http: attaches for shop.example.test');
    const rule2 = t.hops.find((h) => h.to === 'rule 2')!;
    expect(rule2.finding.detail).toContain('Filters: RequestHeaderModifier');
    expect(t.hops.filter((h) => h.finding.id === 'backend').map((h) => h.finding.title)).toContain(
      `backendRef Service ${ns()}/web:80, weight 90 (90%)`,
    );
    expect(hop(t, 'endpoints')!.finding.title).toBe('EndpointSlices: 2/2 endpoints ready (1 slices)');
  });

  it('requests: one batch of lists per backend namespace, each read once (route 7, Gateway with 9 routes in 2 namespaces 13, URL 8)', async () => {
    const counted = async (target: string) => {
      const reader = live();
      const calls: string[] = [];
      const [get, list] = [reader.get.bind(reader), reader.list.bind(reader)];
      reader.get = (kind, name, namespace) => (calls.push(`get ${kind} ${namespace}/${name}`), get(kind, name, namespace));
      reader.list = (kind, opts) => (calls.push(`list ${kind} ${JSON.stringify(opts ?? {})}`), list(kind, opts));
      const t = await traceLive(reader, target, ns(), 'en');
      // No object or list is read twice.
      expect(calls.filter((c, i) => calls.indexOf(c) !== i)).toEqual([]);
      return { t, requests: reader.requestCount };
    };
    const route = await counted('httproute/shop');
    expect(route.t.verdict.severity).toBe('ok');
    expect(route.requests).toBe(7);
    const gw = await counted('gateway/edge:http');
    expect(gw.t.hops.map((h) => h.to)).toEqual(expect.arrayContaining(['httproute/shop', 'httproute/cross', 'service/web']));
    expect(gw.requests).toBe(13);
    const url = await counted('shop.example.test/cart/items');
    expect(url.t.hops.map((h) => h.to)).toContain('service/web');
    // 7 + the Ingresses: one of them may take the same URL, or the one no Gateway takes.
    expect(url.requests).toBe(8);
  });

  it("a listener whose certificate Secret is missing: ResolvedRefs False InvalidCertificateRef, said in the controller's words", async () => {
    const t = await trace('gateway/edge:https');
    const h = broken(t)!;
    expect(h.finding.id).toBe('listener.resolvedrefs.false');
    expect(h.finding.detail).toContain('ResolvedRefs=False, reason InvalidCertificateRef');
    expect(h.finding.detail).toContain(`"Secret ${ns()}/shop-tls does not exist."`);
    const ja = await trace('gateway/edge:https', 'ja');
    expect(broken(ja)!.finding.detail).toContain(`「Secret ${ns()}/shop-tls does not exist.」`);
  });

  it('Programmed False on the Gateway is the broken hop, with its reason; the observedGeneration is checked', async () => {
    await setStatus('gateway', 'edge', edgeStatus(['False', 'AddressNotAssigned', 'No addresses have been assigned to the Gateway']), ns());
    try {
      const t = await trace('gateway/edge:http');
      expect(broken(t)!.finding.id).toBe('gateway.programmed.false');
      expect(broken(t)!.finding.detail).toContain('Programmed=False, reason AddressNotAssigned');
    } finally {
      await setStatus('gateway', 'edge', edgeStatus(), ns());
    }
  });

  it('a route from a namespace the listener does not allow: NotAllowedByListeners, fix on allowedRoutes', async () => {
    const t = await trace('httproute/foreign', 'en', OTHER);
    const h = broken(t)!;
    expect(h.finding.id).toBe('route.notallowed');
    expect(h.finding.detail).toContain(`does not allow routes from namespace ${OTHER} (allowedRoutes.namespaces.from: Same)`);
    expect(t.verdict.text).toContain(`httproute/foreign does not attach to`);
    expect(t.verdict.text).toContain(`does not allow routes from namespace ${OTHER} — set allowedRoutes.namespaces.from of listener`);
    expect((await trace('httproute/foreign', 'ja', OTHER)).verdict.text).toContain(`Namespace ${OTHER} のルートを受け付けません`);
  });

  it('hostnames that do not intersect the listener: NoMatchingListenerHostname', async () => {
    const t = await trace('httproute/wrong-host');
    expect(broken(t)!.finding.id).toBe('route.hostname');
    expect(t.verdict.text).toContain('does not attach to');
    expect(t.verdict.text).toContain('its hostnames (shop.other.test) match no listener hostname (*.example.test)');
  });

  it('a backend in another namespace without a ReferenceGrant; then with one', async () => {
    const t = await trace('httproute/cross');
    expect(broken(t)!.finding.id).toBe('backend.nogrant');
    expect(broken(t)!.finding.concept).toBe('referencegrant');
    expect(t.verdict.text).toContain(
      `create a ReferenceGrant in namespace ${OTHER} with from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: ${ns()}}]`,
    );
    expect((await trace('httproute/cross', 'ja')).verdict.text).toContain(`Namespace ${OTHER} に ReferenceGrant を作成してください`);
    await KubernetesObjectApi.makeApiClient(kc).create({
      apiVersion: `${GROUP}/v1beta1`,
      kind: 'ReferenceGrant',
      metadata: { name: 'routes-from-shop', namespace: OTHER },
      spec: { from: [{ group: GROUP, kind: 'HTTPRoute', namespace: ns() }], to: [{ group: '', kind: 'Service', name: 'api' }] },
    } as KubernetesObject);
    await setStatus('httproute', 'cross', routeStatus(parent('edge'), ACCEPTED), ns());
    const ok = await trace('httproute/cross');
    expect(ok.verdict.severity).toBe('ok');
    expect(hop(ok, 'backend')!.finding.detail).toContain(`ReferenceGrant routes-from-shop in ${OTHER} allows this reference.`);
  });

  it('a backend Service that does not exist, and a port the Service does not have', async () => {
    const missing = await trace('httproute/nosvc');
    expect(broken(missing)!.finding.id).toBe('backend.missing');
    expect(missing.verdict.text).toContain(`create Service webb in ${ns()}`);
    const port = await trace('httproute/badport');
    expect(broken(port)!.finding.id).toBe('backend.badport');
    expect(port.verdict.text).toContain('set the backendRef port to one of the Service ports: 80/TCP (http)');
  });

  it('a rule whose backends all weigh 0 sends nothing', async () => {
    const t = await trace('httproute/zero');
    expect(broken(t)!.finding.id).toBe('rule.weights0');
    expect(t.verdict.text).toContain('give at least one backendRef a weight above 0');
  });

  it('a GRPCRoute: gRPC service/method matches, then the Service chain', async () => {
    const t = await trace('grpcroute/rpc');
    expect(t.verdict.severity).toBe('ok');
    expect(t.hops.find((h) => h.to === 'rule 1')!.finding.title).toBe('rule 1: gRPC shop.Cart/Add');
  });

  it('HOST/PATH: the listener and rule a URL reaches (longest prefix, then Exact, then a catch-all listener)', async () => {
    const cart = await trace('shop.example.test/cart/items');
    expect(cart.hops.find((h) => h.finding.id === 'rule')!.finding.detail).toContain(
      'shop.example.test/cart/items is matched by PathPrefix /cart.',
    );
    const root = await trace('http://shop.example.test/');
    expect(root.hops.find((h) => h.finding.id === 'rule')!.to).toBe('rule 2');
    // No rule of edge matches /nothing; the catch-all listener of gateway dark (no hostname) takes it, and its class has no controller.
    const other = await trace('shop.example.test/nothing');
    expect(other.hops.map((h) => h.to)).toContain('gateway/dark');
    expect(broken(other)!.finding.id).toBe('gatewayclass.pending');
  });

  it('a status older than the spec (observedGeneration < generation) is a warning', async () => {
    await kubectl(
      'patch',
      'httproute',
      'badport',
      '-n',
      ns(),
      '--type=merge',
      '-p',
      JSON.stringify({ spec: { hostnames: ['badport.example.test', 'b.example.test'] } }),
    );
    const t = await trace('httproute/badport');
    expect(hop(t, 'route.stale')!.status).toBe('warning');
    expect(hop(t, 'route.stale')!.finding.detail).toContain('The status describes generation 1, the object is at generation 2');
  });

  it('the binary: JSON model, Japanese text, exit 0 for a broken trace', async () => {
    const env = { KUBECONFIG: inject('kubeconfig') };
    const j = await runKx(['trace', 'httproute/zero', '-n', ns(), '-o', 'json'], env);
    expect(j.code).toBe(0);
    const model = JSON.parse(j.stdout) as Trace;
    expect(model).toMatchObject({ kind: 'Trace', target: { kind: 'HTTPRoute', name: 'zero' }, verdict: { severity: 'error' } });
    const ja = await runKx(['trace', 'httproute/zero', '-n', ns(), '--lang', 'ja'], env);
    expect(ja.stdout).toContain('すべての backendRef の weight が 0 です');
  });

  it('offline (-f): spec-level diagnoses hold and what needs status is said', async () => {
    const r = await runKx(['trace', 'httproute/shop', '-f', 'tests/fixtures/routing/gateway.yaml', '-n', 'shop', '-o', 'json'], {
      KUBECONFIG: '/nonexistent',
    });
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as Trace;
    expect(t.offline).toBe(true);
    expect(hop(t, 'route.offline')!.finding.detail).toContain('Needs status');
    expect(t.warnings.join()).toMatch(/status \(Accepted, Programmed, ResolvedRefs\) is written by a controller/);
  });
});

// Runs after the describe above: the status written there (and its ReferenceGrant) is what these explain.
describe('explain gatewayclass|gateway|httproute|grpcroute|referencegrant through the binary', () => {
  const explain = async (target: string, lang: 'en' | 'ja', namespace = ns()) => {
    const r = await runKx(['explain', target, '-n', namespace, '--lang', lang, '-o', 'json'], { KUBECONFIG: inject('kubeconfig') });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as Explanation;
  };
  const finding = (e: Explanation, id: string) => e.findings.find((f) => f.id === id);

  it('GatewayClass: accepted by its controller with its Gateway; the class nobody accepted asks for a controller', async () => {
    const ok = await explain(`gatewayclass/${CLASS}`, 'en');
    expect(ok.verdict).toMatchObject({ severity: 'ok', text: `GatewayClass ${CLASS} is accepted by ${CONTROLLER}; 1 Gateway uses it` });
    expect(finding(ok, 'gateways')!.detail).toContain(`${ns()}/edge: Accepted True (Accepted), Programmed True (Programmed)`);
    const none = await explain(`gatewayclass/${NOCLASS}`, 'ja');
    expect(none.verdict.severity).toBe('error');
    expect(none.verdict.text).toContain('controllerName example.test/not-installed');
    expect(none.verdict.text).toContain('コントローラーは導入され、動いていますか');
  });

  it('Gateway: the listener whose certificate Secret is missing, the address, the routes attached per listener', async () => {
    const e = await explain('gateway/edge', 'en');
    expect(e.verdict.severity).toBe('error');
    expect(finding(e, 'listener.certificate')!.detail).toContain(`Secret shop-tls does not exist in ${ns()}`);
    expect(finding(e, 'gateway')!.detail).toContain('192.0.2.10');
    expect(finding(e, 'listener.http.routes')!.detail).toContain(`httproute/shop (${ns()}) for shop.example.test`);
    const ja = await explain('gtw/edge', 'ja');
    expect(finding(ja, 'listener.certificate')!.detail).toContain(`TLS の Secret shop-tls を ${ns()} に作る`);
  });

  it('HTTPRoute: a namespace the listener does not allow; GRPCRoute: accepted with its gRPC rule', async () => {
    const foreign = await explain('httproute/foreign', 'en', OTHER);
    expect(finding(foreign, 'route.notallowed')!.detail).toContain('NotAllowedByListeners');
    expect(foreign.verdict.text).toContain('listener http does not allow routes from namespace');
    expect(foreign.verdict.text).toContain('set allowedRoutes.namespaces.from of listener http (gateway/edge) to All');
    expect((await explain('httproute/foreign', 'ja', OTHER)).verdict.text).toContain(`Namespace ${OTHER} のルートを受け付けません`);
    const rpc = await explain('grpcroute/rpc', 'en');
    expect(rpc.verdict.severity).toBe('ok');
    expect(rpc.findings.find((f) => f.id === 'rule')!.title).toBe('rule 1: gRPC shop.Cart/Add');
  });

  it('ReferenceGrant: the route it lets through', async () => {
    const e = await explain('referencegrant/routes-from-shop', 'en', OTHER);
    expect(e.verdict).toMatchObject({ severity: 'ok', text: 'ReferenceGrant routes-from-shop lets 1 reference through' });
    expect(finding(e, 'lets')!.detail).toBe(`httproute/cross (${ns()}) → Service/api`);
    const ja = await explain('refgrant/routes-from-shop', 'ja', OTHER);
    expect(ja.verdict.text).toBe('ReferenceGrant routes-from-shop を通る参照は 1 件です');
  });
});

describe('dns gateway/NAME through the binary', () => {
  it("the listener hostnames are the user's to publish, pointing at status.addresses; no cluster name without a Service", async () => {
    const env = { KUBECONFIG: inject('kubeconfig') };
    const j = await runKx(['dns', 'gateway/edge', '-n', ns(), '-o', 'json'], env);
    expect(j.code).toBe(0);
    const d = JSON.parse(j.stdout) as {
      kind: string;
      records: { type: string; name: string; value: string }[];
      notes: { id: string; detail: string }[];
    };
    expect(d.kind).toBe('DNSNames');
    expect(d.records).toContainEqual(expect.objectContaining({ type: 'A', name: 'shop.example.test', value: '192.0.2.10' }));
    expect(d.records).toContainEqual(expect.objectContaining({ type: 'A', name: '*.example.test', value: '192.0.2.10' }));
    expect(d.notes.find((n) => n.id === 'dns.gateway.service')!.detail).toContain('gateway.networking.k8s.io/gateway-name=edge');
    const ja = await runKx(['dns', 'gateway/dark', '-n', ns(), '--lang', 'ja'], env);
    expect(ja.stdout).toContain('アドレスがまだありません');
    expect(ja.stdout).toContain(`GatewayClass ${NOCLASS} のコントローラーがアドレスを割り当てていない`);
  });
});
