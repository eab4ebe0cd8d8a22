// Pending claims and a failing HPA captured from the sandbox (tests/fixtures/storage-sweep, capture.sh),
// through the real read plans: each verdict names the cause and ends with " — next step" (what check
// prints as its fix), in en and ja; an HPA that computes nothing does not claim "0 wanted".
import { describe, expect, it } from 'vitest';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import type { KubeObject } from '../../../src/cluster/reader.js';

const NS = 'sweepst-x';

/** The metrics APIService (v1beta1.metrics.k8s.io) with one Available condition, as the aggregator writes it. */
const metricsApi = (available: Record<string, string>): KubeObject =>
  ({
    apiVersion: 'apiregistration.k8s.io/v1',
    kind: 'APIService',
    metadata: { name: 'v1beta1.metrics.k8s.io' },
    spec: { group: 'metrics.k8s.io', version: 'v1beta1', service: { name: 'metrics-server', namespace: 'kube-system', port: 443 } },
    status: { conditions: [available] },
  }) as KubeObject;
const run = (kind: string, name: string, lang: 'en' | 'ja' = 'en') => explainFixture('storage-sweep', kind, name, NS, lang);

describe('PersistentVolumeClaim Pending', () => {
  it('storageClassName naming a class that does not exist: names the class, create it or recreate the claim', async () => {
    const { e } = await run('pvc', 'data-missing-class');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('StorageClass fast-ssd does not exist');
    expect(e.verdict.text).toContain(' — create StorageClass fast-ssd, or recreate the claim');
    const ja = (await run('pvc', 'data-missing-class', 'ja')).e;
    expect(ja.verdict.text).toContain('StorageClass fast-ssd が存在しない');
    expect(ja.verdict.text).toContain('存在するクラスでクレームを作り直してください');
    expect(ja.verdict.text).not.toMatch(/\bclaim\b/);
  });

  it('no class and no default class: the verdict carries the next step', async () => {
    const { e } = await run('pvc', 'data-no-default');
    expect(e.verdict.text).toMatch(
      /no default class — recreate it with storageClassName set to a class that exists, or mark a class as default$/,
    );
    const ja = (await run('pvc', 'data-no-default', 'ja')).e;
    expect(ja.verdict.text).toContain('既定のクラスもありません — 存在するクラスを storageClassName に指定して');
  });

  it('storageClassName "": says it binds only a volume without a class, never "no default class" even when one exists', async () => {
    const { e } = await run('pvc', 'data-no-class');
    expect(e.verdict).toMatchObject({
      severity: 'error',
      text: expect.stringContaining('storageClassName "" binds only a PersistentVolume without a class'),
    });
    expect(e.verdict.text).not.toContain('default');
    // The same claim in a cluster whose (captured) class is marked default: "" still opts out of it.
    const objects = fixtureObjects('storage-sweep').map((o: KubeObject) =>
      o.kind === 'StorageClass'
        ? { ...o, metadata: { ...o.metadata, annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } }
        : o,
    );
    const withDefault = (await explainObjects(objects, 'pvc', 'data-no-class', NS)).e;
    expect(withDefault.verdict.text).toContain('storageClassName "" binds only');
    expect(withDefault.verdict.text).not.toContain('no default class');
    const ja = (await explainObjects(objects, 'pvc', 'data-no-class', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('クラスなしの PersistentVolume にだけバインド');
    expect(ja.verdict.text).not.toContain('既定のクラスもありません');
  });

  it('a provisioner nothing runs: says what is known (waiting for it), quoting the controller', async () => {
    const { e } = await run('pvc', 'data-noprov');
    expect(e.verdict).toMatchObject({
      severity: 'warning',
      text: expect.stringContaining('waiting for the provisioner example.com/nobody-runs-this'),
    });
    expect(e.verdict.text).toContain(' — if no volume comes, see that example.com/nobody-runs-this is installed and running');
    expect(e.findings.find((f) => f.id === 'events')?.detail).toContain("external provisioner 'example.com/nobody-runs-this'");
    const ja = (await run('pvc', 'data-noprov', 'ja')).e;
    expect(ja.verdict.text).toContain('プロビジョナー example.com/nobody-runs-this を待っています — ボリュームができないなら');
  });

  it('the Pod of a claim whose class does not exist: Pending because of that claim, and where to look', async () => {
    const { e } = await run('pod', 'uses-missing-class');
    expect(e.verdict.text).toContain('PersistentVolumeClaim data-missing-class is Pending: StorageClass fast-ssd does not exist');
    expect(e.verdict.text).toContain('create StorageClass fast-ssd, or recreate the claim with a class that exists');
    const ja = (await run('pod', 'uses-missing-class', 'ja')).e;
    expect(ja.verdict.text).toContain('PersistentVolumeClaim data-missing-class は Pending です。StorageClass fast-ssd が存在しない');
  });
});

describe('HorizontalPodAutoscaler ScalingActive=False', () => {
  it('no metrics API: the cause, then install metrics-server; no "0 wanted" while nothing is computed', async () => {
    const { e } = await run('hpa', 'web');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('the metrics API is not served (metrics-server is missing) — install metrics-server');
    expect(e.findings.find((f) => f.id === 'replicas')?.title).toBe(
      '1 replicas now, no wanted count: the controller cannot compute one while ScalingActive is False',
    );
    expect(e.findings.map((f) => f.title)).toContain('Container app of Deployment web has no cpu request');
    // Both causes cite the troubleshooting section on an HPA that does not scale, not the definition of HPA.
    expect(e.findings.filter((f) => f.severity === 'error').map((f) => f.concept)).toEqual(['hpa.not-scaling', 'hpa.not-scaling']);
    const ja = (await run('hpa', 'web', 'ja')).e;
    expect(ja.verdict.text).toContain('metrics-server がありません) — metrics-server を導入してください');
    expect(ja.findings.find((f) => f.id === 'replicas')?.title).toContain('望ましい数はありません');
  });

  it('metrics API registered but not Available: not "missing", points at the APIService and the metrics-server Pods', async () => {
    // As kube-aggregator reports it when metrics-server's Service has no endpoints.
    const api = metricsApi({
      type: 'Available',
      status: 'False',
      reason: 'MissingEndpoints',
      message: 'endpoints for service/metrics-server in "kube-system" have no addresses with port name "https"',
    });
    const objects = [...fixtureObjects('storage-sweep'), api];
    const { e } = await explainObjects(objects, 'hpa', 'web', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('the metrics API is registered but not available — ');
    expect(e.verdict.text).toContain('metrics-server Pods');
    expect(e.verdict.text).not.toContain('missing');
    const ja = (await explainObjects(objects, 'hpa', 'web', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('登録されていますが利用できません');
    expect(ja.verdict.text).not.toContain('metrics-server がありません');
  });

  it('with the metrics API served, a missing request is the verdict, with the container and the template to change', async () => {
    const api = metricsApi({ type: 'Available', status: 'True', reason: 'Passed', message: 'all checks passed' });
    const { e } = await explainObjects([...fixtureObjects('storage-sweep'), api], 'hpa', 'web', NS);
    expect(e.verdict.text).toBe(
      'HorizontalPodAutoscaler web cannot compute utilization: container app has no cpu request — add resources.requests.cpu to container app in the Pod template of Deployment web',
    );
    const ja = (await explainObjects([...fixtureObjects('storage-sweep'), api], 'hpa', 'web', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('Deployment web の Pod テンプレートでコンテナ app に resources.requests.cpu を追加してください');
  });
});
