// Verdicts that were wrong, vague or misstated on everyday failures, each produced on the sandbox
// (tests/fixtures/routing-verdicts/lab.yaml, captured by capture.sh) and run through the real read
// plans: explain (the Service and Ingress explainers) and trace, in en and ja. Each case names the
// broken hop, the objects involved and one next step.
import { describe, expect, it } from 'vitest';
import { FixtureReader, explainFixture, fixtureObjects } from '../../support/fixture-reader.js';
import { dnsLive, traceLive } from '../../../commands/routing-run.js';
import type { Lang } from '../../../src/i18n/lang.js';

const NS = 'rtlab';
const trace = async (target: string, lang: Lang = 'en') => {
  const reader = new FixtureReader(fixtureObjects('routing-verdicts'), NS);
  return { t: await traceLive(reader, target, NS, lang), requests: reader.requestCount };
};
const hop = (t: Awaited<ReturnType<typeof trace>>['t'], id: string) => t.hops.find((h) => h.finding.id === id);

describe('wrong verdicts, fixed (captured from the sandbox)', () => {
  it('selector matching Pods only in another namespace: names the namespace and where to create the Service', async () => {
    const { t, requests } = await trace('service/api');
    expect(t.verdict.severity).toBe('error');
    expect(t.verdict.text).toContain('endpointslices → pods');
    expect(t.verdict.text).toContain('selector app=api matches no Pod of this namespace, only Pods in namespace rtlab-other');
    expect(t.verdict.text).toContain('create the Service in namespace rtlab-other, next to its Pods');
    expect(t.verdict.text).toContain('api.rtlab-other');
    expect(hop(t, 'pods.none.elsewhere')!.finding.detail).toContain('namespace rtlab-other: 1 Pod(s) (api-');
    // Before: "label the Pod template with app=api" — there is no Pod template to label here.
    expect(t.verdict.text).not.toMatch(/label the Pod template/);
    // The Service, its slices, selected Pods, policies; then all Pods, Deployments, StatefulSets and the selector across namespaces.
    expect(requests).toBe(8);
    const ja = (await trace('service/api', 'ja')).t;
    expect(ja.verdict.text).toContain('Namespace rtlab-other にだけあります');
    expect(ja.verdict.text).toContain('Service を Pod と同じ Namespace rtlab-other に作る');
    const { e } = await explainFixture('routing-verdicts', 'Service', 'api', NS);
    expect(e.verdict.text).toContain('only Pods in namespace rtlab-other');
    expect(e.findings.find((f) => f.id === 'pods.none.elsewhere')!.concept).toBe('service.selector-mismatch');
  });

  it('a selector over two apps (tier=web over web and admin): a warning naming both and the label to add, not "every hop is ok"', async () => {
    const { t } = await trace('service/web');
    expect(t.verdict.severity).toBe('warning');
    expect(t.verdict.text).toContain('selector tier=web matches Pods of 2 different apps (app=admin, app=web)');
    expect(t.verdict.text).toContain('add app=web to the selector of Service web');
    const ja = (await trace('service/web', 'ja')).t;
    expect(ja.verdict.text).toContain('2 種類のアプリの Pod に合っています');
    expect(ja.verdict.text).toContain('Service web のセレクターに app=web を加えて');
    // One app behind its own selector stays ok.
    expect((await trace('service/web-lb')).t.hops.find((h) => h.to === 'pods')!.status).toBe('ok');
  });

  it('a hand-written EndpointSlice whose port is unnamed while the Service port is named http: rename the slice port, not "fix the targetPort"', async () => {
    const { t } = await trace('service/legacy2');
    expect(t.verdict.severity).toBe('error');
    expect(t.verdict.text).toContain('in EndpointSlice legacy2-1, name the port http');
    expect(t.verdict.text).not.toMatch(/targetPort \(see/);
    expect(hop(t, 'endpoints.noport.manual')!.finding.detail).toContain('name their ports "" (unnamed)');
    expect((await trace('service/legacy2', 'ja')).t.verdict.text).toContain(
      'EndpointSlice legacy2-1 のポートに、Service ポートと同じ名前 http を付けてください',
    );
  });

  it('a hand-written EndpointSlice labelled for a near name (legasy): relabel that slice; the slice of Service legacy2 is not suggested', async () => {
    const { t, requests } = await trace('service/legacy');
    expect(t.verdict.text).toContain('label EndpointSlice legacy-1 kubernetes.io/service-name=legacy');
    expect(hop(t, 'endpoints.selectorless.label')!.finding.detail).toContain('is labelled kubernetes.io/service-name=legasy');
    expect(t.verdict.text).not.toContain('legacy2-1');
    // The Service, its (no) slices, Pods, policies; then the namespace's slices and Services.
    expect(requests).toBe(6);
    expect((await trace('service/legacy', 'ja')).t.verdict.text).toContain(
      'EndpointSlice legacy-1 にラベル kubernetes.io/service-name=legacy を付けてください',
    );
  });

  it('ExternalName: the verdict says where DNS sends the client, not "traffic reaches Ready Pods"', async () => {
    const { t } = await trace('service/extdb');
    expect(t.verdict.severity).toBe('ok');
    expect(t.verdict.text).toBe('Every hop is ok: DNS answers extdb with a CNAME to db.example.com; no Pod of this cluster is involved');
    expect((await trace('service/extdb', 'ja')).t.verdict.text).toContain('db.example.com への CNAME');
  });

  it('publishNotReadyAddresses with no Ready Pod: traffic still reaches them (a warning that says so), not "kube-proxy sends them nothing"', async () => {
    const { t } = await trace('service/slow-pub');
    expect(t.verdict.severity).toBe('warning');
    expect(t.verdict.text).toContain('none Ready, yet they receive traffic (publishNotReadyAddresses)');
    expect(t.verdict.text).toMatch(/kubexplain explain pod\/slow-[a-z0-9-]+ -n rtlab/);
    const pods = hop(t, 'pods.notready.published')!;
    expect(pods.finding.detail).toContain('kube-proxy and DNS send them traffic');
    expect(pods.finding.detail).not.toContain('sends them nothing');
    // Without publishNotReadyAddresses the same Pods break the trace.
    expect((await trace('service/slow')).t.verdict.severity).toBe('error');
    expect((await trace('service/slow-pub', 'ja')).t.verdict.text).toContain('トラフィックを受けています(publishNotReadyAddresses)');
  });

  it('an Ingress backend naming the targetPort (8080) instead of the Service port: the fix names port 80 and why', async () => {
    const { e } = await explainFixture('routing-verdicts', 'Ingress', 'portnum', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain("point the backend at one of Service web-lb's ports: 80/TCP (http).");
    expect(e.verdict.text).toContain("8080 is the targetPort of its port 80 (the Pods' port)");
    const ja = (await explainFixture('routing-verdicts', 'Ingress', 'portnum', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('8080 はポート 80 の targetPort(Pod 側のポート)です');
    // A port that is nobody's targetPort gets no such hint.
    const named = (await explainFixture('routing-verdicts', 'Ingress', 'portname', NS)).e;
    // The verdict says the cause, not only which port the rule names.
    expect(named.verdict.text).toContain('Service web-lb has no port web');
    expect(named.verdict.text).not.toContain('targetPort');
    expect((await explainFixture('routing-verdicts', 'Ingress', 'portname', NS, 'ja')).e.verdict.text).toContain(
      'Service web-lb にポート web がありません',
    );
  });

  it('an Ingress with no class and no default class: set ingressClassName (naming the classes), not "install the controller for that class"', async () => {
    const { e } = await explainFixture('routing-verdicts', 'Ingress', 'defaultless', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('no IngressClass: none named, no single default');
    expect(e.verdict.text).toContain(
      'set spec.ingressClassName of defaultless to the class whose controller should serve it (existing: rtlab-nginx)',
    );
    expect(e.verdict.text).not.toContain('install the Ingress controller for that class');
    const ja = (await explainFixture('routing-verdicts', 'Ingress', 'defaultless', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('defaultless の spec.ingressClassName に');
    // A class that does not exist keeps its own fix.
    expect((await explainFixture('routing-verdicts', 'Ingress', 'noclass', NS)).e.verdict.text).toContain('IngressClass traefik');
  });

  it('dns of a headless Service whose StatefulSet names another serviceName: no <pod>.db names, said with the fix (en, ja)', async () => {
    const reader = new FixtureReader(fixtureObjects('routing-verdicts'), NS);
    const d = await dnsLive(reader, 'service/db', NS, 'en');
    const n = d.notes.find((x) => x.id === 'dns.sts.servicename')!;
    expect(n.severity).toBe('warning');
    expect(n.title).toBe("StatefulSet db's Pods get no names under db: its serviceName is database");
    expect(n.detail).toContain('db-0.db.rtlab.svc.cluster.local does not exist');
    expect(n.detail).toContain('recreate StatefulSet db with serviceName: db');
    // No per-Pod hostname record is claimed: the endpoints carry no hostname, so the names are the dashed IPs.
    expect(d.records.some((r) => r.name.startsWith('db-0.db.'))).toBe(false);
    const ja = await dnsLive(new FixtureReader(fixtureObjects('routing-verdicts'), NS), 'service/db', NS, 'ja');
    expect(ja.notes.find((x) => x.id === 'dns.sts.servicename')!.detail).toContain(
      'StatefulSet db を serviceName: db で作り直してください',
    );
  });
});
