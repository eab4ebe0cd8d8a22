// Issue 13 on the real control plane, through the built binary: each kind's bad state produced for
// real (a claim with no class and no default class, an HPA with no metrics API, a budget at 0
// disruptions, a default-deny policy, a custom resource whose Ready condition is False), the
// discovery requests counted (none for a built-in kind; once for a CRD, then the disk cache).
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clients, useNamespace, waitFor } from './helpers.js';
import { runKx } from '../support/binary.js';
import { tempDir } from '../support/temp-dir.js';

const ns = useNamespace('kx-kinds');
const cacheDir = tempDir('kx-kinds-cache-');
const suffix = Math.random().toString(36).slice(2, 7);
const group = `kx${suffix}.example.com`;
const kx = (...args: string[]) =>
  runKx([...args, '-n', ns(), '--kubeconfig', inject('kubeconfig'), '--debug'], { KUBEXPLAIN_CACHE_DIR: cacheDir });
const discoveryGets = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => /^debug: GET \/apis?$/.test(l))
    .sort();

/** The 1-based line of a handbook heading (what the text output cites as file:line). */
const headingLine = (lang: string, heading: string) =>
  readFileSync(new URL(`../../docs/handbook/${lang}/workloads.md`, import.meta.url), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(heading)) + 1;

async function apply(doc: object): Promise<void> {
  const { kc } = clients();
  const k8s = await import('@kubernetes/client-node');
  await k8s.KubernetesObjectApi.makeApiClient(kc).create(doc as never);
}

beforeAll(async () => {
  const { kc } = clients();
  const k8s = await import('@kubernetes/client-node');
  const objects = k8s.KubernetesObjectApi.makeApiClient(kc);
  const n = ns();
  await apply({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data', namespace: n },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  });
  await apply({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: n },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'app', image: 'nginx', ports: [{ containerPort: 80 }] }] },
      },
    },
  });
  await apply({
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web', namespace: n },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 2,
      maxReplicas: 5,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
    },
  });
  await apply({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'web', namespace: n },
    spec: { minAvailable: 2, selector: { matchLabels: { app: 'web' } } },
  });
  await apply({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'deny', namespace: n },
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  });
  // kubectl, not the client library: its serializer drops the empty subresources.status object.
  const crdFile = join(cacheDir, 'crd.json');
  writeFileSync(
    crdFile,
    JSON.stringify({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: `widgets.${group}` },
      spec: {
        group,
        scope: 'Namespaced',
        names: { plural: 'widgets', singular: 'widget', kind: 'Widget', shortNames: [`wg${suffix}`] },
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            subresources: { status: {} },
            schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          },
        ],
      },
    }),
  );
  await promisify(execFile)('kubectl', ['--kubeconfig', inject('kubeconfig'), 'apply', '-f', crdFile]);
  await waitFor(async () => {
    const crd = (await objects.read({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: `widgets.${group}` },
    })) as {
      status?: { conditions?: { type: string; status: string }[] };
    };
    return crd.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True');
  });
  await waitFor(async () => {
    await apply({ apiVersion: `${group}/v1`, kind: 'Widget', metadata: { name: 'w', namespace: n }, spec: { size: 1 } });
    return true;
  });
  // What a controller of widgets would write: Ready False with its reason, through the status subresource.
  const kubectl = (...args: string[]) => promisify(execFile)('kubectl', ['--kubeconfig', inject('kubeconfig'), '-n', n, ...args]);
  await waitFor(
    async () => {
      await kubectl(
        'patch',
        `widgets.${group}`,
        'w',
        '--subresource=status',
        '--type=merge',
        '-p',
        JSON.stringify({
          status: {
            conditions: [
              { type: 'Ready', status: 'False', reason: 'BackendUnreachable', message: 'cannot reach the backend at 10.0.0.9:443' },
            ],
          },
        }),
      );
      return (await kubectl('get', `widgets.${group}`, 'w', '-o', 'jsonpath={.status.conditions[0].type}')).stdout === 'Ready';
    },
    60_000,
    'the Widget status',
  );
  // The HPA controller has tried the metrics API, and the disruption controller has counted.
  await waitFor(
    async () =>
      (
        await kc.makeApiClient(k8s.AutoscalingV2Api).readNamespacedHorizontalPodAutoscaler({ name: 'web', namespace: n })
      ).status?.conditions?.some((c) => c.type === 'ScalingActive'),
    90_000,
    'ScalingActive',
  );
  // minAvailable 2 with both Pods Ready: the budget is met and allows 0 disruptions.
  await waitFor(
    async () => {
      const st = (await kc.makeApiClient(k8s.PolicyV1Api).readNamespacedPodDisruptionBudget({ name: 'web', namespace: n })).status;
      return st?.expectedPods === 2 && st.currentHealthy === 2 && st.disruptionsAllowed === 0;
    },
    60_000,
    'the budget counting 2 healthy Pods and allowing 0 disruptions',
  );
}, 180_000);

afterAll(async () => {
  const { kc } = clients();
  const k8s = await import('@kubernetes/client-node');
  await kc
    .makeApiClient(k8s.ApiextensionsV1Api)
    .deleteCustomResourceDefinition({ name: `widgets.${group}` })
    .catch(() => undefined);
});

describe('explain, for the kinds of issue 13', () => {
  it('a PVC with no StorageClass and no default class: never asks discovery, says it waits and what to change', async () => {
    const r = await kx('explain', 'pvc/data', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PersistentVolumeClaim data is Pending: it names no StorageClass and the cluster has no default class');
    expect(r.stdout).toContain('no persistent volumes available for this claim and no storage class is set');
    expect(r.stderr).toContain('debug: GET /api/v1/namespaces/');
    expect(discoveryGets(r.stderr)).toEqual([]);
    const ja = await kx('explain', 'persistentvolumeclaim', 'data', '--lang', 'ja');
    expect(ja.stdout).toContain('StorageClass を指定しておらず');
  });

  it('an HPA with no metrics API: metrics-server is missing', async () => {
    const r = await kx('explain', 'hpa/web', '--lang', 'en');
    expect(r.stdout).toContain('the metrics API is not served (metrics-server is missing)');
    expect(r.stdout).toContain('Container app of Deployment web has no cpu request');
    const ja = await kx('explain', 'horizontalpodautoscalers.autoscaling/web', '--lang', 'ja');
    expect(ja.stdout).toContain('metrics-server がありません');
  });

  it('a PDB at 0 allowed disruptions (minAvailable = the ready Pods): evictions refused, drains blocked, what to change', async () => {
    const { kc } = clients();
    const k8s = await import('@kubernetes/client-node');
    const core = kc.makeApiClient(k8s.CoreV1Api);
    // The state is real: the API server refuses an eviction of one of its Pods.
    const [pod] = (await core.listNamespacedPod({ namespace: ns(), labelSelector: 'app=web' })).items;
    const refused = await core
      .createNamespacedPodEviction({
        name: pod!.metadata!.name!,
        namespace: ns(),
        body: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: pod!.metadata!.name!, namespace: ns() } },
      })
      .then(
        () => 'evicted',
        (e: { code?: number; body?: string }) => `${e.code} ${e.body}`,
      );
    expect(refused).toMatch(/^429 .*Cannot evict pod as it would violate the pod's disruption budget/);

    const r = await kx('explain', 'pdb/web', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'PodDisruptionBudget web allows 0 disruptions (2 healthy, 2 required): drains and evictions of its Pods are blocked',
    );
    expect(r.stdout).toContain('kubectl drain keeps retrying and never finishes');
    expect(r.stdout).toContain(
      'minAvailable 2 asks for all 2 Pods: lower it (or use maxUnavailable: 1), or run more replicas than it requires.',
    );
    expect(r.stdout).toContain(`app=web`);
    // The budget's own handbook section is cited (no user document teaches it).
    expect(r.stdout).toContain(`workloads.md:${headingLine('en', '## PodDisruptionBudget')}`);
    expect(discoveryGets(r.stderr)).toEqual([]);
    const ja = await kx('explain', 'poddisruptionbudgets.policy/web', '--lang', 'ja');
    expect(ja.stdout).toContain(
      'PodDisruptionBudget web が許す中断は 0 件です(正常 2 個、必要 2 個)。この Pod の drain と退避は止まります',
    );
    expect(ja.stdout).toContain(
      'minAvailable 2 は 2 個すべてを求めています。下げる(または maxUnavailable: 1 を使う)か、求める数より多くのレプリカを動かしてください。',
    );
    expect(ja.stdout).toContain('kubectl drain は再試行を続けて終わらず');
    expect(ja.stdout).toContain(`workloads.md:${headingLine('ja', '## PodDisruptionBudget')}`);
  });

  it('a default-deny NetworkPolicy is recognised as such', async () => {
    const r = await kx('explain', 'netpol/deny', '--lang', 'en');
    expect(r.stdout).toContain('NetworkPolicy deny is a default deny for incoming traffic');
    const ja = await kx('explain', 'networkpolicies.networking.k8s.io/deny', '--lang', 'ja');
    expect(ja.stdout).toContain('受信のデフォルト拒否');
  });

  it('a custom resource: discovery once, then the disk cache; Ready=False judged bad with its reason', async () => {
    const first = await kx('explain', `widgets.${group}/w`, '--lang', 'en');
    // Aggregated discovery: two requests, /api and /apis.
    expect(discoveryGets(first.stderr)).toEqual(['debug: GET /api', 'debug: GET /apis']);
    expect(first.stdout).toContain('Widget w: Ready=False (BackendUnreachable)');
    expect(first.stdout).toContain('cannot reach the backend at 10.0.0.9:443');
    const again = await kx('explain', `wg${suffix}`, 'w', '--lang', 'ja');
    expect(discoveryGets(again.stderr)).toEqual([]);
    expect(again.stdout).toContain('Widget w: Ready=False (BackendUnreachable)');
    expect(again.stdout).toContain('Ready は True のときが正常ですが、いまは False です。');
  });

  it('an unknown kind: exit 2 with close names from discovery', async () => {
    const r = await kx('explain', `widgts.${group}/w`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown kind "widgts.${group}"`);
    expect(r.stderr).toContain(`widgets.${group}`);
  });

  it('events: the core group, as kubectl, and how to name the other', async () => {
    const r = await kx('explain', 'events/nothing-here', '--lang', 'en');
    expect(r.code).toBe(4);
  });
});
