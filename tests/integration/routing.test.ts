// trace and dns against the real control plane: the scenarios of tests/fixtures/routing/scenarios.yaml
// (one Service per diagnosis) and the examples' web tier and headless StatefulSet, created in this
// file's namespace; then the built binary (JSON shape, exit codes, errors) and a reader that may
// not list EndpointSlices.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KubernetesObjectApi, RbacAuthorizationV1Api, NetworkingV1Api, type KubernetesObject } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { LiveReader } from '../../src/cluster/reader.js';
import { loadManifests } from '../../src/cluster/manifests.js';
import { dnsLive, traceLive } from '../../commands/routing-run.js';
import { explainerFor } from '../../commands/run-explain.js';
import { lookupKind } from '../../src/cluster/kinds.js';
import type { Trace } from '../../src/model/trace.js';
import { clients, useNamespace, waitFor, serviceAccountKubeconfig } from './helpers.js';
import { runKx } from '../support/binary.js';
import { tempDir } from '../support/temp-dir.js';

const { core, kc, discovery } = clients();
const ns = useNamespace('routing');
const CLASS = `kx-test-${Math.random().toString(36).slice(2, 7)}`;
const live = (kubeconfig = inject('kubeconfig')) => new LiveReader(loadKubeConfig({ kubeconfig }), 10_000);
const hop = (t: Trace, id: string) => t.hops.find((h) => h.finding.id === id);

beforeAll(async () => {
  const namespace = ns();
  const objects = await loadManifests(['tests/fixtures/routing/scenarios.yaml', 'examples/10-web.yaml', 'examples/30-db.yaml']);
  const api = KubernetesObjectApi.makeApiClient(kc);
  await kc
    .makeApiClient(NetworkingV1Api)
    .createIngressClass({ body: { metadata: { name: CLASS }, spec: { controller: 'example.test/kx-test-controller' } } });
  for (const o of objects) {
    const body = { ...o, metadata: { ...o.metadata, namespace } } as KubernetesObject & { spec?: { ingressClassName?: string } };
    // The scenarios' Ingress uses a class this file creates; the examples' Ingress keeps nginx (missing).
    if (o.kind === 'Ingress' && o.metadata?.name === 'storefront') body.spec = { ...body.spec, ingressClassName: CLASS };
    // client-node's model names NetworkPolicy's `from` `_from`; the generic API serializes through it.
    if (o.kind === 'NetworkPolicy') {
      const spec = (body as { spec: { ingress?: Record<string, unknown>[] } }).spec;
      spec.ingress = spec.ingress?.map(({ from, ...r }) => ({ ...r, _from: from }));
    }
    await api.create(body);
  }
  // Ready: the web and shopfront Pods, db-0/db-1, and the slow one Running but not Ready.
  await waitFor(
    async () => {
      const pods = (await core.listNamespacedPod({ namespace })).items;
      const running = pods.filter((p) => p.status?.phase === 'Running').length;
      const slices = (await discovery.listNamespacedEndpointSlice({ namespace })).items;
      const ready = (svc: string) =>
        slices
          .filter((s) => s.metadata?.labels?.['kubernetes.io/service-name'] === svc)
          .flatMap((s) => s.endpoints ?? [])
          .filter((e) => e.conditions?.ready).length;
      return running >= 11 && ready('web') === 3 && ready('db') === 2 && ready('shopfront') === 2;
    },
    90_000,
    'scenario Pods and EndpointSlices',
  );
});

afterAll(async () => {
  await kc
    .makeApiClient(NetworkingV1Api)
    .deleteIngressClass({ name: CLASS })
    .catch(() => undefined);
});

describe('trace (live)', () => {
  it('a healthy chain: every hop ok, 2 ready endpoints on port 8080', async () => {
    const t = await traceLive(live(), 'service/shopfront', ns(), 'en');
    // The sixth hop: NetworkPolicy shopfront-clients selects these Pods and admits 8080 from some clients.
    expect(t.hops.map((h) => h.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    // Healthy for the clients that policy admits (Pod client): the verdict says so as a condition.
    expect(t.verdict.severity).toBe('info');
    expect(t.verdict.text).toContain(
      `only from the sources admitted on 8080/TCP by NetworkPolicy shopfront-clients (pods role=client in namespace ${ns()})`,
    );
    expect(hop(t, 'endpoints')!.finding.title).toBe('EndpointSlices: 2/2 endpoints ready (1 slices)');
    expect(hop(t, 'endpoints')!.finding.detail).toMatch(/:8080 ready=true serving=true terminating=false pod\/shopfront-/);
  });

  it.each([
    ['typo', 'pods.none', /change the Service selector app=shop-front to app=shopfront/],
    ['slow', 'pods.notready', /kubexplain explain pod\/slow-/],
    ['badname', 'targetport.named.missing', /name the container port metrics/],
    ['resolver', 'targetport.protocol', /protocol: UDP/],
    ['orphan', 'endpoints.selectorless.none', /create an EndpointSlice labelled kubernetes.io\/service-name=orphan/],
  ])('%s: broken at %s, and the verdict names the fix', async (name, id, fix) => {
    const t = await traceLive(live(), `service/${name}`, ns(), 'en');
    expect(hop(t, id)?.status).toBe('broken');
    expect(t.verdict.severity).toBe('error');
    expect(t.verdict.text).toMatch(fix);
  });

  it('badport: a numeric targetPort no container declares is a warning (kube-proxy still sends there); the policy that admits only the declared port is the broken hop, and the fix moves the targetPort', async () => {
    const t = await traceLive(live(), 'service/badport', ns(), 'en');
    expect(hop(t, 'targetport.undeclared')?.status).toBe('warning');
    expect(t.hops.find((h) => h.status === 'broken')?.finding.id).toBe('netpol.denied');
    expect(t.verdict.text).toContain(
      "set the Service's targetPort to the declared port app:8080/TCP (http), which shopfront-clients admits",
    );
    const ja = await traceLive(live(), 'service/badport', ns(), 'ja');
    expect(ja.verdict.text).toContain(
      'Service の targetPort を、宣言されていて shopfront-clients が許可しているポート app:8080/TCP (http) にしてください',
    );
  });

  it('a named targetPort missing in some Pods: a warning naming the old Pod; the new one still serves', async () => {
    const t = await traceLive(live(), 'service/mixed', ns(), 'en');
    expect(hop(t, 'targetport.named.partial')).toMatchObject({ status: 'warning' });
    expect(hop(t, 'targetport.named.partial')!.finding.detail).toContain('pod/mixed-old');
    expect(t.verdict.severity).toBe('warning');
  });

  it('a selectorless Service with a manual EndpointSlice routes to it', async () => {
    const t = await traceLive(live(), `legacy-db.${ns()}:pg`, 'default', 'en');
    expect(t.target).toMatchObject({ name: 'legacy-db', namespace: ns(), port: 'pg' });
    expect(hop(t, 'endpoints')!.finding.detail).toContain('192.0.2.10:5432');
    expect(t.verdict.severity).toBe('ok');
  });

  it('NetworkPolicy on shopfront admits 8080 only from role=client: depends on the client', async () => {
    const t = await traceLive(live(), `shopfront.${ns()}.svc.cluster.local:80`, 'default', 'en');
    const np = hop(t, 'netpol.some')!;
    expect(np).toMatchObject({ status: 'ok', to: 'networkpolicy/shopfront-clients' });
    expect(np.finding.severity).toBe('warning');
    expect(np.finding.detail).toContain(`admits 8080/TCP from pods role=client in namespace ${ns()}`);
  });

  it('Ingress web (examples): the missing IngressClass nginx is the broken hop, the chain behind it is ok', async () => {
    const t = await traceLive(live(), 'ingress/web', ns(), 'en');
    expect(t.hops[0]).toMatchObject({ from: 'client', to: 'ingress/web', status: 'broken' });
    expect(t.verdict.text).toMatch(/IngressClass nginx/);
    expect(t.hops.slice(1).map((h) => h.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('Ingress storefront: class found; missing Service (close name) and port are broken; the missing TLS Secret is a warning', async () => {
    const t = await traceLive(live(), 'ingress/storefront', ns(), 'en');
    expect(t.hops[0]!.finding.id).toBe('ingress.class');
    const ids = t.hops.filter((h) => h.status === 'broken').map((h) => h.finding.id);
    expect(ids).toEqual(['ingress.backend.missing', 'ingress.backend.badport']);
    // One truth: the controller serves its default certificate, so TLS "works" with the wrong certificate.
    expect(hop(t, 'ingress.tls.missing')!.status).toBe('warning');
    expect(hop(t, 'ingress.tls.missing')!.finding.detail).toMatch(/default \(fake\) certificate/);
    expect(hop(t, 'ingress.backend.missing')!.finding.detail).toContain('Close names: shopfront');
  });

  it('explain service and endpointslice use the same engine', async () => {
    const e = await explainerFor(lookupKind('svc')!)(live(), 'slow', ns(), 'en');
    expect(e.verdict.text).toMatch(/kubexplain explain pod\/slow-/);
    const slice = (await discovery.listNamespacedEndpointSlice({ namespace: ns(), labelSelector: 'kubernetes.io/service-name=db' }))
      .items[0]!;
    const s = await explainerFor(lookupKind('endpointslice')!)(live(), slice.metadata!.name!, ns(), 'en');
    expect(s.target.kind).toBe('EndpointSlice');
    expect(s.findings[0]!.title).toMatch(/2\/2 ready/);
  });

  it('degrades without permission to list EndpointSlices: says so and judges from the selector over Pods', async () => {
    const namespace = ns();
    await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'no-slices' } } });
    const rbac = kc.makeApiClient(RbacAuthorizationV1Api);
    await rbac.createNamespacedRole({
      namespace,
      body: {
        metadata: { name: 'no-slices' },
        rules: [
          { apiGroups: [''], resources: ['services', 'pods'], verbs: ['get', 'list'] },
          { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: ['list'] },
        ],
      },
    });
    await rbac.createNamespacedRoleBinding({
      namespace,
      body: {
        metadata: { name: 'no-slices' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'no-slices' },
        subjects: [{ kind: 'ServiceAccount', name: 'no-slices', namespace }],
      },
    });
    const file = await serviceAccountKubeconfig(namespace, 'no-slices');
    const t = await waitFor(async () => traceLive(live(file), 'service/shopfront', namespace, 'en'), 20_000, 'RBAC to apply');
    expect(t.warnings.join('\n')).toContain(`no permission to list endpointslices.discovery.k8s.io in namespace ${namespace}`);
    expect(hop(t, 'endpoints.unknown')!.status).toBe('warning');
    expect(hop(t, 'pods')).toMatchObject({ status: 'ok' });
    expect(hop(t, 'pods')!.finding.title).toBe('selector app=shopfront matches 2 Pod(s)');
  });
});

describe('dns (live)', () => {
  it('headless db with its StatefulSet: per-Pod names and one SRV per ready endpoint; cluster.local assumed', async () => {
    const d = await dnsLive(live(), 'service/db', ns(), 'en');
    const base = `db.${ns()}.svc.cluster.local`;
    expect(d.clusterDomain).toBe('cluster.local');
    expect(d.clusterDomainSource).toBe('assumed');
    const names = d.records.filter((r) => r.type === 'A').map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining([base, `db-0.${base}`, `db-1.${base}`]));
    expect(
      d.records
        .filter((r) => r.type === 'SRV')
        .map((r) => r.value)
        .sort(),
    ).toEqual([`0 50 5432 db-0.${base}`, `0 50 5432 db-1.${base}`]);
  });

  it('ClusterIP web: A to the cluster IP, SRV _http._tcp; --cluster-domain is used when CoreDNS is absent', async () => {
    const svc = await core.readNamespacedService({ name: 'web', namespace: ns() });
    const d = await dnsLive(live(), 'svc/web', ns(), 'en', 'corp.internal');
    expect(d.clusterDomainSource).toBe('flag');
    expect(d.records).toEqual([
      expect.objectContaining({ type: 'A', name: `web.${ns()}.svc.corp.internal`, value: svc.spec!.clusterIP }),
      expect.objectContaining({
        type: 'SRV',
        name: `_http._tcp.web.${ns()}.svc.corp.internal`,
        value: `0 100 80 web.${ns()}.svc.corp.internal`,
      }),
    ]);
    expect(d.searchPath.shortNames.find((s) => s.name === 'web')).toMatchObject({ from: ns(), tries: 1 });
  });

  it('pod db-0: its dashed-IP record and hostname.subdomain name', async () => {
    const pod = await core.readNamespacedPod({ name: 'db-0', namespace: ns() });
    const d = await dnsLive(live(), 'pod/db-0', ns(), 'en');
    expect(d.records[0]).toMatchObject({
      type: 'A',
      name: `${pod.status!.podIP!.replace(/\./g, '-')}.${ns()}.pod.cluster.local`,
      value: pod.status!.podIP,
    });
    expect(d.records).toContainEqual(expect.objectContaining({ name: `db-0.db.${ns()}.svc.cluster.local`, value: pod.status!.podIP }));
  });
});

describe('kubexplain trace / dns (binary)', () => {
  const kx = (...args: string[]) => runKx(args);
  const cfg = () => ['--kubeconfig', inject('kubeconfig'), '-n', ns()];

  it('trace -o json: the Trace model; a broken chain still exits 0', async () => {
    const r = await kx('trace', 'service/typo', ...cfg(), '-o', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Trace;
    expect(Object.keys(j)).toEqual(['kind', 'target', 'verdict', 'hops', 'notes', 'warnings', 'offline']);
    expect(j.kind).toBe('Trace');
    expect(Object.keys(j.hops[0]!)).toEqual(['from', 'to', 'status', 'finding']);
    expect(j.hops.find((h) => h.finding.id === 'pods.none')!.finding.concept).toBe('service.selector-mismatch');
    expect(j.hops.find((h) => h.finding.docs.length)!.finding.docs[0]).toMatchObject({ source: 'handbook' });
  });

  it('dns -o json: DNSNames', async () => {
    const r = await kx('dns', 'service/db', ...cfg(), '-o', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { kind: string; clusterDomain: string; clusterDomainSource: string; records: { type: string }[] };
    expect(j).toMatchObject({ kind: 'DNSNames', clusterDomain: 'cluster.local', clusterDomainSource: 'assumed' });
    expect(Object.keys(j.records[0]!)).toEqual(['type', 'name', 'value', 'note']);
  });

  it('unknown Service: one line, exit 4, close names suggested', async () => {
    const r = await kx('trace', 'service/shopfrnt', ...cfg());
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^error: service "shopfrnt" not found in namespace "routing-[a-z0-9]+"\nhint: did you mean .*shopfront/);
  });

  it('wrong port: exit 4 listing the ports; bad target: exit 2; unreachable server: exit 3', async () => {
    const port = await kx('trace', 'service/shopfront:https', ...cfg());
    expect(port.code).toBe(4);
    expect(port.stderr).toBe('error: service "shopfront" has no port "https"\nhint: its ports: 80/TCP (http)\n');
    const bad = await kx('trace', 'deploy/web', ...cfg());
    expect(bad.code).toBe(2);
    const file = join(tempDir('kx-kc-'), 'config');
    writeFileSync(
      file,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'x',
        clusters: [{ name: 'c', cluster: { server: 'https://127.0.0.1:1' } }],
        users: [{ name: 'u', user: { token: 't' } }],
        contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }],
      }),
    );
    const down = await kx('trace', 'service/web', '--kubeconfig', file);
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(/^error: cannot reach the API server https:\/\/127.0.0.1:1: connection refused\n/);
    expect(down.stderr).not.toMatch(/at .*\.js/);
  });
});
