// The trace engine on captured objects: a healthy chain, every diagnosis with its fix, Ingress
// chains, offline templates, and the 403 degradations.
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/model/message.js';
import { sayTrace } from '../../../src/i18n/say-trace.js';
import { traceFromSnapshot } from '../../../src/routing/trace.js';
import type { Trace } from '../../../src/model/trace.js';
import { fx, ingressSnapshot, serviceSnapshot, shop } from './fixtures.js';
import { templatePods } from '../../../src/model/routed-workloads.js';
import { loadManifests } from '../../../src/cluster/manifests.js';

const svc = (set: typeof fx | typeof shop, name: string, port?: string, over = {}) =>
  sayTrace(traceFromSnapshot(serviceSnapshot(set, name, over), { kind: 'service', name, ...(port ? { port } : {}) }), 'en');
const broken = (t: Trace) => t.hops.find((h) => h.status === 'broken');
const byId = (t: Trace, prefix: string) => t.hops.find((h) => h.finding.id.startsWith(prefix));

describe('trace service (captured objects)', () => {
  it('healthy shop/web: every hop ok, named targetPort resolved to 80, three ready endpoints', () => {
    const t = svc(shop, 'web');
    expect(t.hops.map((h) => h.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(t.hops.map((h) => h.to)).toEqual(['service/web', 'targetPort http', 'endpointslices', 'pods', 'container nginx:80']);
    expect(t.verdict.severity).toBe('ok');
    expect(byId(t, 'endpoints')!.finding.title).toBe('EndpointSlices: 3/3 endpoints ready (1 slices)');
    expect(t.notes.find((n) => n.concept === 'networkpolicy')!.detail).toMatch(/No NetworkPolicy selects/);
  });

  it('headless shop/db: no virtual IP, two ready StatefulSet endpoints', () => {
    const t = svc(shop, 'db');
    expect(t.hops[0]!.finding.concept).toBe('service.headless');
    expect(t.verdict.severity).toBe('ok');
  });

  it('selector matching no Pod names the near miss and the label to fix', () => {
    const t = svc(fx, 'typo');
    expect(byId(t, 'endpoints')!.status).toBe('broken');
    const b = byId(t, 'pods.none')!;
    expect(b.status).toBe('broken');
    expect(b.finding.detail).toMatch(/deployment|pod\/shopfront-/);
    expect(b.finding.detail).toContain('app=shopfront (≠ shop-front)');
    // The selector carries the typo: the fix changes the selector, it does not copy the typo into the Pods.
    expect(t.verdict.text).toMatch(/change the Service selector app=shop-front to app=shopfront/);
    expect(t.verdict.text).not.toMatch(/give it app=shop-front/);
    expect(b.finding.concept).toBe('service.selector-mismatch');
  });

  it('Pods match but none is Ready: broken, fix points at explain pod', () => {
    const t = svc(fx, 'slow');
    expect(t.verdict.severity).toBe('error');
    expect(t.verdict.text).toMatch(/kubexplain explain pod\/slow-[a-z0-9-]+ -n routing-fx/);
    expect(byId(t, 'pods.notready')!.status).toBe('broken');
  });

  it('numeric targetPort no container declares: a warning, not a broken hop (containerPort is informational); the fix names the declared port', () => {
    // Without the namespace's NetworkPolicy: nothing but the undeclared port to say.
    const t = svc(fx, 'badport', undefined, { networkPolicies: [] });
    const w = byId(t, 'targetport.undeclared')!;
    // kube-proxy still sends to Pod port 9090: the trace cannot know nothing listens there.
    expect(w.status).toBe('warning');
    expect(broken(t)).toBeUndefined();
    expect(byId(t, 'container.port')!.status).toBe('warning');
    expect(t.verdict.severity).toBe('warning');
    // Cites the section that teaches the mismatch, not the definition of a Service.
    expect(w.finding.concept).toBe('service.targetport-mismatch');
    expect(w.finding.detail).toContain('app:8080/TCP (http)');
    expect(w.finding.detail).toContain('Kubernetes still sends the traffic to Pod port 9090 (containerPort is informational)');
    expect(t.verdict.text).toContain('targetPort 9090: no container of the selected Pods declares port 9090 — ');
    expect(t.verdict.text).toContain(
      "if the app listens on 8080 (http), set the Service's targetPort to 8080; if it listens on 9090, declare that containerPort",
    );
    const ja = sayTrace(
      traceFromSnapshot(serviceSnapshot(fx, 'badport', { networkPolicies: [] }), { kind: 'service', name: 'badport' }),
      'ja',
    );
    expect(ja.verdict.text).toMatch(/^通りますが /);
    expect(ja.verdict.text).toContain('選ばれた Pod のどのコンテナもポート 9090 を宣言していません — ');
    expect(ja.verdict.text).toContain('アプリが 8080 (http) で待ち受けているなら Service の targetPort を 8080 に');
    expect(ja.hops.find((h) => h.finding.id === 'targetport.undeclared')!.finding.detail).toContain('containerPort は情報にすぎません');
  });

  it('numeric targetPort no container declares, denied by a policy that admits the declared port: the fix moves the targetPort first', () => {
    // shopfront-clients admits 8080 (the declared port) from role=client, nothing on 9090.
    const t = svc(fx, 'badport');
    expect(byId(t, 'targetport.undeclared')!.status).toBe('warning');
    expect(broken(t)!.finding.id).toBe('netpol.denied');
    expect(t.verdict.text).toContain(
      "set the Service's targetPort to the declared port app:8080/TCP (http), which shopfront-clients admits; if the app really listens on 9090, add an ingress rule for port 9090/TCP",
    );
    const ja = sayTrace(traceFromSnapshot(serviceSnapshot(fx, 'badport'), { kind: 'service', name: 'badport' }), 'ja');
    expect(ja.verdict.text).toContain(
      'Service の targetPort を、宣言されていて shopfront-clients が許可しているポート app:8080/TCP (http) にしてください',
    );
  });

  it('named targetPort no container has: broken, and the slices carry no port for it', () => {
    const t = svc(fx, 'badname');
    expect(broken(t)!.finding.id).toBe('targetport.named.missing');
    expect(byId(t, 'endpoints')!.finding.id).toBe('endpoints.noport');
    // The controller still lists the Pods (no port): the title says so, not "0/0 endpoints".
    expect(byId(t, 'endpoints')!.finding.title).toBe('EndpointSlices: 2 endpoint(s) listed without a port for metrics (1 slices)');
    const ja = sayTrace(traceFromSnapshot(serviceSnapshot(fx, 'badname'), { kind: 'service', name: 'badname' }), 'ja');
    expect(ja.hops.find((h) => h.finding.id === 'endpoints.noport')!.finding.title).toBe(
      'EndpointSlice: エンドポイント 2 個がポート metrics なしで載っています(スライス 1 個)',
    );
    expect(t.verdict.text).toMatch(/name the container port metrics/);
    expect(t.verdict.text).toContain('targetPort metrics: no selected Pod has a container port named metrics');
  });

  it('named targetPort missing in some Pods: warning naming them', () => {
    const t = svc(fx, 'mixed');
    const h = byId(t, 'targetport.named.partial')!;
    expect(h.status).toBe('warning');
    expect(h.finding.detail).toContain('pod/mixed-old');
    expect(broken(t)).toBeUndefined();
    // The verdict names the Pods, not only the port: 'those Pods' alone left the reader to find them.
    expect(t.verdict.text).toContain('targetPort http: 1 of 2 Pods have no container port named http (pod/mixed-old)');
    const ja = sayTrace(traceFromSnapshot(serviceSnapshot(fx, 'mixed'), { kind: 'service', name: 'mixed' }), 'ja');
    expect(ja.verdict.text).toContain('targetPort http: Pod 2 個のうち 1 個に http という名前のコンテナポートがありません(pod/mixed-old)');
  });

  it('protocol mismatch: TCP Service port, UDP container port', () => {
    const t = svc(fx, 'resolver');
    expect(broken(t)!.finding.id).toBe('targetport.protocol');
    expect(broken(t)!.finding.concept).toBe('service.targetport-mismatch');
    expect(t.verdict.text).toMatch(/protocol: UDP/);
    expect(t.verdict.text).toMatch(/the Service port is TCP, and the container port \S+\/UDP \(dns\) is UDP — /);
    const ja = sayTrace(traceFromSnapshot(serviceSnapshot(fx, 'resolver'), { kind: 'service', name: 'resolver' }), 'ja');
    expect(ja.verdict.text).toMatch(/Service ポートは TCP ですが、コンテナポート \S+\/UDP \(dns\) は UDP です — /);
  });

  it('selectorless with a manual EndpointSlice: ok, says who manages it', () => {
    const t = svc(fx, 'legacy-db');
    expect(broken(t)).toBeUndefined();
    const eps = byId(t, 'endpoints')!;
    expect(eps.finding.detail).toContain('staff.example.test');
    expect(eps.finding.detail).toContain('192.0.2.10:5432');
  });

  it('selectorless without EndpointSlices: broken, fix says to create one', () => {
    const t = svc(fx, 'orphan');
    expect(broken(t)!.finding.id).toBe('endpoints.selectorless.none');
  });

  it('ExternalName: one hop, a CNAME', () => {
    const t = svc(fx, 'payments');
    expect(t.hops).toHaveLength(1);
    expect(t.hops[0]!.to).toBe('CNAME payments.example.test');
  });

  it('NodePort with externalTrafficPolicy Local and ClientIP affinity are explained; NetworkPolicy depends on the client', () => {
    const t = svc(fx, 'shopfront-np');
    expect(t.hops[0]!.finding.concept).toBe('service.nodeport');
    expect(t.notes.map((n) => n.title)).toEqual(expect.arrayContaining(['externalTrafficPolicy: Local', 'sessionAffinity: ClientIP']));
    // Policies select the Pods: a hop of the chain; it admits some clients, so it is not broken.
    const np = byId(t, 'netpol.some')!.finding;
    expect(byId(t, 'netpol.some')!.status).toBe('ok');
    expect(np.severity).toBe('warning');
    expect(np.detail).toContain('shopfront-clients: admits 8080/TCP from pods role=client in namespace routing-fx');
  });

  it('a port by name or number; a 403 on EndpointSlices degrades to a warning hop', () => {
    expect(svc(shop, 'web', '80').hops).toHaveLength(5);
    const t = svc(shop, 'web', 'http', {
      endpointSlices: undefined,
      warnings: [message('common:forbidden', { verb: 'list', resource: 'endpointslices.discovery.k8s.io' })],
    });
    expect(byId(t, 'endpoints.unknown')!.status).toBe('warning');
    expect(byId(t, 'pods')!.status).toBe('ok');
    expect(t.warnings[0]).toMatch(/no permission to list endpointslices/);
  });

  it('Japanese sentences', () => {
    const t = sayTrace(traceFromSnapshot(serviceSnapshot(fx, 'slow'), { kind: 'service', name: 'slow' }), 'ja');
    expect(t.verdict.text).toMatch(/途切れています/);
  });
});

describe('trace ingress (captured objects)', () => {
  it('shop/web: the missing IngressClass nginx is the broken hop; the rest of the chain is ok', () => {
    const t = sayTrace(traceFromSnapshot(ingressSnapshot(shop, 'web'), { kind: 'ingress', name: 'web' }), 'en');
    expect(t.hops[0]!.status).toBe('broken');
    expect(t.hops[0]!.finding.id).toBe('ingress.class.missing');
    expect(t.verdict.text).toMatch(/IngressClass nginx/);
    // The verdict says why the hop breaks, not only the class's name.
    expect(t.verdict.text).toContain('ingress/web: IngressClass nginx does not exist: no controller picks this Ingress up — ');
    const ja = sayTrace(traceFromSnapshot(ingressSnapshot(shop, 'web'), { kind: 'ingress', name: 'web' }), 'ja');
    expect(ja.verdict.text).toContain('IngressClass nginx は存在しません。この Ingress を受け持つコントローラーはありません — ');
    expect(t.hops.slice(1).every((h) => h.status === 'ok')).toBe(true);
    expect(t.hops.map((h) => h.to)).toContain('container nginx:80');
  });

  it('storefront: class found, missing TLS Secret, missing backend Service (close name), missing port', () => {
    const t = sayTrace(traceFromSnapshot(ingressSnapshot(fx, 'storefront'), { kind: 'ingress', name: 'storefront' }), 'en');
    const ids = t.hops.map((h) => `${h.status}:${h.finding.id}`);
    // kx-test exists but no controller published an address: the title says so.
    expect(t.hops[0]!.finding.title).toBe('IngressClass kx-test: no controller has published an address for this Ingress');
    // The controller still serves its default certificate: a warning, not the broken hop of the verdict.
    expect(ids).toContain('warning:ingress.tls.missing');
    expect(t.verdict.text).not.toMatch(/secret\//);
    expect(ids).toContain('broken:ingress.backend.missing');
    expect(ids).toContain('broken:ingress.backend.badport');
    expect(t.hops[0]!.finding.detail).toContain('example.test/kx-test-controller');
    expect(t.hops.find((h) => h.finding.id === 'ingress.backend.missing')!.finding.detail).toContain('Close names: shopfront');
    // What the client gets depends on the controller: its own error, 503 for ingress-nginx.
    expect(t.hops.find((h) => h.finding.id === 'ingress.backend.missing')!.finding.detail).toContain(
      'the controller answers these requests with an error of its own (ingress-nginx: 503)',
    );
    expect(t.hops.find((h) => h.finding.id === 'ingress.backend.badport')!.finding.detail).toContain('80/TCP (http)');
    // The verdict says the cause (the Service does not exist), not only the rule's Service and port.
    expect(t.verdict.text).toContain('rule store.example.test/api: Service shopfrnt does not exist — create Service shopfrnt');
    const ja = sayTrace(traceFromSnapshot(ingressSnapshot(fx, 'storefront'), { kind: 'ingress', name: 'storefront' }), 'ja');
    expect(ja.verdict.text).toContain('ルール store.example.test/api: Service shopfrnt がありません — ');
    // The missing Service, port and TLS Secret cite the section that teaches them, not Ingress or Secret in general.
    for (const id of ['ingress.backend.missing', 'ingress.backend.badport', 'ingress.tls.missing'])
      expect(t.hops.find((h) => h.finding.id === id)!.finding.concept).toBe('ingress.missing-ref');
    // Japanese joins sentences without a space after 。
    expect(ja.verdict.text).toContain('バックエンドを既存の Service に向けてください。近い名前: shopfront。');
  });
});

describe('offline (templates)', () => {
  it('examples/: web resolves through the Deployment template, readiness unknown', async () => {
    const objs = await loadManifests(['examples']);
    const svcs = objs.filter((o) => o.kind === 'Service') as never[];
    const pods = templatePods(objs.filter((o) => ['Deployment', 'StatefulSet', 'Job'].includes(o.kind!)));
    const snap = {
      namespace: 'shop',
      services: { web: svcs.find((s: { metadata: { name: string } }) => s.metadata.name === 'web')! },
      pods,
      networkPolicies: [],
      offline: true,
      warnings: [],
    };
    const t = sayTrace(traceFromSnapshot(snap, { kind: 'service', name: 'web' }), 'en');
    expect(t.offline).toBe(true);
    expect(t.hops.every((h) => h.status === 'ok')).toBe(true);
    expect(byId(t, 'pods.templates')!.finding.detail).toContain('deployment/web (3 replicas)');
    expect(t.warnings.join()).toMatch(/cannot be known from manifests/);
  });
});
