// The issue-13 explainers on objects captured from the sandbox (tests/fixtures/kinds, capture.sh),
// through their real read plans: a claim with no class and no default class, an HPA with no metrics
// API, a default-deny policy, a quota, a LimitRange, a PriorityClass. Meaning in en and ja.
import { describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'kx-kinds-cap';
const run = (kind: string, name: string, lang: 'en' | 'ja' = 'en') => explainFixture('kinds', kind, name, NS, lang);

describe('PersistentVolumeClaim', () => {
  it('no class and no default class: waits forever unless a volume fits; says what to change', async () => {
    const { e, requests } = await run('pvc', 'data');
    expect(e.verdict).toMatchObject({
      severity: 'error',
      text: expect.stringContaining('names no StorageClass and the cluster has no default class'),
    });
    const phase = e.findings.find((f) => f.id === 'phase')!;
    expect(phase.concept).toBe('pvc.unbound');
    expect(phase.detail).toContain('No Available PersistentVolume without a class fits');
    expect(phase.detail).toContain('spec.storageClassName');
    expect(e.findings.find((f) => f.id === 'events')?.detail).toContain(
      'no persistent volumes available for this claim and no storage class is set',
    );
    expect(requests).toBe(5);
    const ja = (await run('pvc', 'data', 'ja')).e;
    expect(ja.verdict.text).toContain('StorageClass を指定しておらず、クラスターに既定のクラスもありません');
    expect(ja.findings.find((f) => f.id === 'events')?.detail).toContain('「no persistent volumes available');
  });
});

describe('HorizontalPodAutoscaler', () => {
  it('no metrics API: says metrics-server is missing, quoting the controller', async () => {
    const { e } = await run('hpa', 'web');
    expect(e.verdict).toEqual({
      severity: 'error',
      text: expect.stringMatching(
        /^HorizontalPodAutoscaler web is not scaling: the metrics API is not served \(metrics-server is missing\) — install metrics-server/,
      ),
    });
    const api = e.findings.find((f) => f.id === 'metrics-api')!;
    expect(api.detail).toContain('APIService v1beta1.metrics.k8s.io');
    expect(api.detail).toContain('get pods.metrics.k8s.io');
    expect(e.findings.find((f) => f.id === 'target')?.title).toBe('Scales Deployment web between 2 and 5 replicas');
    expect(e.findings.find((f) => f.id === 'metric.0')?.title).toBe('Resource metric cpu: no current value, target 50%');
    expect(e.findings.find((f) => f.id === 'condition.ScalingActive')).toMatchObject({ severity: 'warning' });
    const ja = (await run('hpa', 'web', 'ja')).e;
    expect(ja.verdict.text).toContain('metrics-server がありません');
  });

  it('a Utilization target on a container without a request names the container', async () => {
    // The captured Pods were created before the LimitRange existed, so neither they nor the template
    // state a cpu request: the template is what a learner fixes.
    const { e } = await run('hpa', 'web');
    const missing = e.findings.filter((f) => f.id.startsWith('requests.'));
    expect(missing.map((f) => f.title)).toEqual(['Container app of Deployment web has no cpu request']);
    expect(missing[0]!.detail).toContain('resources.requests.cpu');
  });
});

describe('NetworkPolicy', () => {
  it('an empty podSelector with Ingress and no rule: a default deny, every Pod of the namespace', async () => {
    const { e } = await run('netpol', 'default-deny');
    expect(e.verdict).toMatchObject({ severity: 'warning', text: expect.stringContaining('default deny for incoming traffic: 2 Pods') });
    expect(e.findings.find((f) => f.id === 'selects')?.title).toBe(
      'An empty podSelector: selects every Pod of namespace kx-kinds-cap (2 now)',
    );
    expect(e.findings.find((f) => f.id === 'service-ports')?.detail).toContain('Service web port 80/TCP: cut');
    const ja = (await run('netpol', 'default-deny', 'ja')).e;
    expect(ja.verdict.text).toContain('受信のデフォルト拒否');
  });

  it('a rule in words: from which Pods, on which ports; what it admits on the Service port', async () => {
    const { e } = await run('netpol', 'allow-frontend');
    expect(e.findings.find((f) => f.id === 'ingress.0')).toMatchObject({
      title: 'Ingress rule 1: allows ports 80/TCP from',
      detail: 'Pods matching role=frontend in namespace kx-kinds-cap',
    });
    // No Pod of the captured namespace has role=frontend: the port is open to nobody, not 'to the sources above'.
    expect(e.findings.find((f) => f.id === 'service-ports')?.detail).toContain(
      'Service web port 80/TCP: cut; the only sources the rules name match no Pod',
    );
  });
});

describe('ResourceQuota, LimitRange, PriorityClass', () => {
  it('a quota: used against hard per resource', async () => {
    const { e } = await run('quota', 'compute');
    expect(e.findings.find((f) => f.id === 'used.pods')?.title).toBe('pods: 2 of 3 used (67 %)');
    expect(e.findings.find((f) => f.id === 'used.requests.cpu')?.detail).toContain('every new Pod must state it');
  });

  it('a LimitRange: the defaults it injects, and that Pods created before it did not get them', async () => {
    const { e } = await run('limits', 'defaults');
    expect(e.verdict.text).toBe('LimitRange defaults fills in defaults for each Container that states none; 0 Pods got them');
    expect(e.findings.find((f) => f.id === 'when')?.title).toContain('does not touch running Pods');
    expect(e.findings.find((f) => f.id === 'item.0')?.detail).toContain(
      'default: limits cpu 500m, memory 256Mi are set on containers that state no limit.',
    );
    expect(e.findings.find((f) => f.id === 'pods')?.detail).toBe('No Pod of the namespace got defaults from a LimitRange.');
  });

  it('a PriorityClass that never preempts', async () => {
    const { e } = await run('pc', 'kx-kinds-high', 'ja');
    expect(e.verdict.text).toBe('PriorityClass kx-kinds-high: 優先度 100000、他の Pod を退避させません。0 個の Pod が使用中');
  });
});

describe('PodDisruptionBudget', () => {
  it('minAvailable 2 of 2 Pods: 0 disruptions allowed, drains blocked, what to change', async () => {
    const { e } = await run('pdb', 'web');
    expect(e.verdict).toMatchObject({ severity: 'error', text: expect.stringContaining('allows 0 disruptions') });
    expect(e.findings.find((f) => f.id === 'allowed')?.detail).toContain('kubectl drain keeps retrying');
    // The verdict carries the next step (check's fix line).
    expect(e.verdict.text).toMatch(/are blocked — minAvailable 2 asks for all 2 Pods: lower it \(or use maxUnavailable: 1\)/);
    expect((await run('pdb', 'web', 'ja')).e.verdict.text).toContain(
      'drain と退避は止まります — minAvailable 2 は 2 個すべてを求めています',
    );
  });
  it('a budget that selects no Pods protects nothing', async () => {
    const { e } = await run('pdb', 'nothing');
    expect(e.verdict.text).toBe('PodDisruptionBudget nothing selects no Pods: it protects nothing');
  });
});

// tests/fixtures/kinds/cluster (its capture.sh): namespace kx-kinds-more with a Deployment and its
// Service, a claim naming a class that does not exist, a Retain volume whose claim was deleted, and a
// default StorageClass and IngressClass captured as the API server created them.
describe('PersistentVolume, StorageClass, IngressClass, Endpoints, Event', () => {
  const more = (kind: string, name: string, lang: 'en' | 'ja' = 'en') => explainFixture('kinds/cluster', kind, name, 'kx-kinds-more', lang);

  it('a Released volume with Retain: its claim was deleted, the data is kept, what to do with it', async () => {
    const { e, requests } = await more('pv', 'kx-kinds-retained');
    expect(e.verdict).toEqual({
      severity: 'warning',
      text: 'PersistentVolume kx-kinds-retained is Released: its claim kx-kinds-more/data was deleted (reclaim policy Retain)',
    });
    const phase = e.findings.find((f) => f.id === 'phase')!;
    expect(phase).toMatchObject({ concept: 'pv', severity: 'warning' });
    expect(phase.detail).toContain('not given to a new claim by itself');
    expect(phase.detail).toContain('remove spec.claimRef so it becomes Available');
    expect(e.findings.find((f) => f.id === 'storage')?.detail).toContain('storageClassName: ""');
    expect(requests).toBe(3); // the volume, its claim (gone), its events
    const ja = (await more('pv', 'kx-kinds-retained', 'ja')).e;
    expect(ja.verdict.text).toBe(
      'PersistentVolume kx-kinds-retained は Released です。クレーム kx-kinds-more/data が削除されました(回収ポリシー Retain)',
    );
    expect(ja.findings.find((f) => f.id === 'phase')?.detail).toContain('spec.claimRef を外して Available にしてください');
  });

  it('the default StorageClass: claims naming no class get it; WaitForFirstConsumer Pending is normal', async () => {
    const { e } = await more('storageclass', 'kx-kinds-default');
    expect(e.verdict).toEqual({
      severity: 'info',
      text: 'StorageClass kx-kinds-default (default): volumes by example.com/kx-csi, binding WaitForFirstConsumer',
    });
    const facts = e.findings.find((f) => f.id === 'storageclass')!;
    expect(facts.detail).toContain('claims that name no class get this one');
    expect(facts.detail).toContain('Until then the claim is Pending, which is normal');
    expect(facts.detail).toContain('reclaimPolicy Delete: the volume and its data are deleted with the claim');
    const ja = (await more('sc', 'kx-kinds-default', 'ja')).e;
    expect(ja.verdict.text).toContain('StorageClass kx-kinds-default(既定)');
    expect(ja.findings.find((f) => f.id === 'storageclass')?.detail).toContain('クラスを指定しないクレームにはこのクラスが付きます');
  });

  it('the default IngressClass: its controller, and that Ingresses without a class get it', async () => {
    const { e } = await more('ingressclass', 'kx-kinds-default');
    expect(e.verdict.text).toBe('IngressClass kx-kinds-default (default): Ingresses of this class are served by example.com/kx-ingress');
    expect(e.findings.find((f) => f.id === 'default')).toMatchObject({
      severity: 'info',
      detail: expect.stringContaining('Ingresses created without spec.ingressClassName get this class'),
    });
    expect(e.findings.find((f) => f.id === 'controller')?.detail).toContain('if none does, these Ingresses get no address');
    expect(e.findings.map((f) => f.title).join('\n')).toMatch(/Used by 0 Ingresses\b/);
    const ja = (await more('ingressclass', 'kx-kinds-default', 'ja')).e;
    expect(ja.findings.find((f) => f.id === 'default')?.detail).toContain(
      'spec.ingressClassName なしで作られた Ingress にはこのクラスが付きます',
    );
    expect(ja.findings.find((f) => f.id === 'controller')?.title).toContain('コントローラー example.com/kx-ingress');
  });

  it('Endpoints: deprecated since v1.33, explained through the Service’s EndpointSlices', async () => {
    const { e } = await more('endpoints', 'web');
    expect(e.verdict.text).toBe('Endpoints web is the deprecated API; its EndpointSlices (1) give 2 ready endpoints');
    const deprecated = e.findings.find((f) => f.id === 'deprecated')!;
    expect(deprecated).toMatchObject({ severity: 'warning', concept: 'endpointslice' });
    expect(deprecated.detail).toContain('kubectl get endpointslices -l kubernetes.io/service-name=web');
    const slice = e.findings.find((f) => f.id.startsWith('slice.'))!;
    expect(slice.title).toMatch(/^EndpointSlice web-\w+: 2 of 2 endpoints ready$/);
    expect(slice.detail).toContain('8080/TCP (http)');
    const ja = (await more('endpoints', 'web', 'ja')).e;
    expect(ja.findings.find((f) => f.id === 'deprecated')?.title).toBe('Endpoints API は v1.33 から非推奨です。EndpointSlice が後継です');
  });

  it("an Event: what it is about, quoting the cluster's message, who reported it, where to look next", async () => {
    const event = fixtureObjects('kinds/cluster').find(
      (o) => o.kind === 'Event' && (o as { reason?: string }).reason === 'ProvisioningFailed',
    )!;
    const { e, requests } = await more('event', event.metadata!.name!);
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toMatch(
      /^Warning ProvisioningFailed on PersistentVolumeClaim orphan \(×\d+\): "storageclass\.storage\.k8s\.io "kx-nope" not found"$/,
    );
    expect(e.findings.find((f) => f.id === 'by')?.title).toBe('Reported by persistentvolume-controller');
    expect(e.findings.find((f) => f.id === 'next')?.detail).toBe('kubexplain explain persistentvolumeclaim/orphan');
    expect(e.findings.find((f) => f.id === 'when')?.detail).toContain('an old event may describe a state that has passed');
    expect(requests).toBe(2); // the event and the claim it is about
    const ja = (await more('event', event.metadata!.name!, 'ja')).e;
    expect(ja.verdict.text).toContain('PersistentVolumeClaim orphan で Warning ProvisioningFailed');
    expect(ja.verdict.text).toContain('「storageclass.storage.k8s.io "kx-nope" not found」');
  });
});
