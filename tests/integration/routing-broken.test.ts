// The five deliberate breakages of issue 20 (and a failing readiness probe) on the real control
// plane: tests/fixtures/routing/broken-hops.yaml in a fresh namespace, traced live. Each verdict
// names the real cause and the fix, in English and Japanese.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { KubernetesObjectApi, type KubernetesObject } from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { LiveReader } from '../../src/cluster/reader.js';
import { traceLive } from '../../commands/routing-run.js';
import type { Trace } from '../../src/model/trace.js';
import { clients, kubeletEvent, condition, useNamespace, waitFor } from './helpers.js';

const { kc, core, discovery } = clients();
const ns = useNamespace('routing-broken');
const live = () => new LiveReader(loadKubeConfig({ kubeconfig: inject('kubeconfig') }), 10_000);
const trace = (name: string, lang: 'en' | 'ja' = 'en') => traceLive(live(), `service/${name}`, ns(), lang);
const broken = (t: Trace) => t.hops.find((h) => h.status === 'broken' && !h.finding.id.startsWith('endpoints.'));
const PROBE = 'Readiness probe failed: HTTP probe failed with statuscode: 503';

beforeAll(async () => {
  const namespace = ns();
  const api = KubernetesObjectApi.makeApiClient(kc);
  for (const doc of parseAllDocuments(readFileSync('tests/fixtures/routing/broken-hops.yaml', 'utf8'))) {
    const o = doc.toJS() as KubernetesObject;
    const body = { ...o, metadata: { ...o.metadata, namespace } } as KubernetesObject;
    await api.create(body);
  }
  const pods = await waitFor(
    async () => {
      const items = (await core.listNamespacedPod({ namespace })).items;
      const running = items.filter((p) => p.status?.phase === 'Running');
      return running.length >= 5 ? items : undefined;
    },
    90_000,
    'cart, orders, api and checkout Pods running',
  );
  // kwok cannot run a probe: write the Unhealthy event the kubelet writes for a failing readiness probe.
  const checkout = pods.find((p) => p.metadata?.name?.startsWith('checkout-'))!;
  await waitFor(
    async () => condition(await core.readNamespacedPod({ namespace, name: checkout.metadata!.name! }), 'Ready')?.status === 'False',
  );
  await kubeletEvent(checkout, { container: 'app', reason: 'Unhealthy', message: PROBE, count: 12 });
  await waitFor(
    async () =>
      (await discovery.listNamespacedEndpointSlice({ namespace, labelSelector: 'kubernetes.io/service-name=cart-metrics' })).items.length >
      0,
    30_000,
    'EndpointSlices',
  );
  // api's only break is its NetworkPolicy: its Pod must be a ready endpoint first (on a loaded machine the
  // trace could run before the EndpointSlice controller caught up, and break at the endpoints instead).
  await waitFor(
    async () =>
      (await discovery.listNamespacedEndpointSlice({ namespace, labelSelector: 'kubernetes.io/service-name=api' })).items.some((s) =>
        (s.endpoints ?? []).some((e) => e.conditions?.ready),
      ),
    60_000,
    'a ready endpoint of api',
  );
});

describe('broken hops (live)', () => {
  it('a one-letter selector typo: the near miss Pod is named and the fix changes the selector', async () => {
    const t = await trace('cart');
    expect(broken(t)!.finding.id).toBe('pods.none');
    expect(broken(t)!.finding.detail).toMatch(/pod\/cart-[a-z0-9-]+: app=cart \(≠ card\)/);
    expect(t.verdict.text).toContain('change the Service selector app=card to app=cart');
    expect(t.verdict.text).not.toContain('give it app=card');
    expect((await trace('cart', 'ja')).verdict.text).toContain('Service のセレクター app=card を app=cart に直してください');
  });

  it('Pods that are Ready but in no endpoint do not "receive traffic"', async () => {
    const t = await trace('cart-metrics');
    expect(t.verdict.severity).toBe('error');
    expect(broken(t)!.finding.id).toBe('targetport.named.missing');
    const pods = t.hops.find((h) => h.to === 'pods')!;
    expect(pods.finding.id).toBe('pods.noendpoint');
    expect(pods.finding.detail).not.toMatch(/receive traffic\./);
    expect(pods.finding.detail).toContain('they receive no Service traffic');
  });

  it('scaled to 0: "0 replicas", not a label problem; the empty slice is counted', async () => {
    const t = await trace('search');
    expect(broken(t)!.finding.id).toBe('pods.scaled-zero');
    expect(t.verdict.text).toContain(
      `deployment/search has 0 replicas — scale it up: kubectl scale deployment/search --replicas=1 -n ${ns()}`,
    );
    expect(t.hops.find((h) => h.to === 'endpointslices')!.finding.title).toBe('EndpointSlices: 0/0 endpoints ready (1 slices)');
    expect((await trace('search', 'ja')).verdict.text).toContain('deployment/search のレプリカ数が 0 です');
  });

  it('the selected label sits on the Deployment metadata only: move it to the Pod template', async () => {
    const t = await trace('orders');
    expect(broken(t)!.finding.id).toBe('pods.none.misplaced');
    expect(t.verdict.text).toContain("move tier=orders from deployment/orders's metadata.labels to its spec.template.metadata.labels");
  });

  it('a NetworkPolicy that admits nothing on the port breaks the trace, naming it', async () => {
    // Once the cluster has settled: a CI run under load once found the api Pod's hop broken first (the
    // Pod not yet, or no longer, a ready endpoint), though the beforeAll had seen it ready.
    let last: Trace | undefined;
    const t = await waitFor(
      async () => {
        last = await trace('api');
        return broken(last)?.to === 'networkpolicy/api-deny-all' && last;
      },
      30_000,
      'the trace of api to break at its NetworkPolicy',
    ).catch((err: Error) => {
      const h = last && broken(last);
      throw new Error(`${err.message}; last broken hop: ${h?.to} ${h?.finding.id} ${h?.finding.title}`);
    });
    expect(t.verdict.severity).toBe('error');
    expect(broken(t)).toMatchObject({ to: 'networkpolicy/api-deny-all', status: 'broken' });
    expect(t.verdict.text).toContain('NetworkPolicy api-deny-all admits nothing on 8080/TCP');
    expect((await trace('api', 'ja')).verdict.text).toContain('NetworkPolicy api-deny-all は 8080/TCP を何も許可していません');
  });

  it('a failing readiness probe is the named cause of no ready endpoints', async () => {
    const t = await trace('checkout');
    const h = broken(t)!;
    expect(h.finding.id).toBe('pods.notready.readiness');
    expect(h.finding.concept).toBe('probes.readiness');
    expect(h.finding.detail).toMatch(
      /readiness probe of checkout-[a-z0-9-]+ \(app GET \/ready :http\) fails with HTTP 503; the kubelet says "HTTP probe failed with statuscode: 503" \(12×\)/,
    );
    expect(t.verdict.text).toContain('make the readiness probe succeed');
    const ja = await trace('checkout', 'ja');
    expect(broken(ja)!.finding.detail).toContain('「HTTP probe failed with statuscode: 503」');
  });
});
