// DNS judged on every NetworkPolicy of a namespace, against the real control plane: the usual
// default-deny + allow-dns + web-to-db (tests/fixtures/netpol-dns/lab.yaml), a crash-looping web Pod
// (kwok stage simulate=crashloop) and a Running but not Ready api Pod (simulate=not-ready). With
// allow-dns, explain netpol/web-to-db says nothing is wrong with DNS and explain pod says nothing about
// it; once allow-dns is deleted, both name the policies that block it. The sandbox enforces no policy:
// what is said is read from the objects.
import { readFileSync } from 'node:fs';
import * as k8s from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { LiveReader } from '../../src/cluster/reader.js';
import { lookupKind } from '../../src/cluster/kinds.js';
import { POD_REQUEST_BUDGET } from '../../src/explain/pod.js';
import { explainerFor } from '../../commands/run-explain.js';
import { buildCheckReport } from '../../commands/check.js';
import { loadDocIndex } from '../../src/docs/load.js';
import { clients, createAll, useNamespace, waitFor } from './helpers.js';
import type { Lang } from '../../src/i18n/lang.js';

const { core, kc } = clients();
const ns = useNamespace('netpol-dns');
const SIM = 'sandbox.kubexplain.io/simulate';
const lab = parseAllDocuments(readFileSync(new URL('../fixtures/netpol-dns/lab.yaml', import.meta.url), 'utf8')).map(
  (d) => d.toJSON() as k8s.KubernetesObject,
);

const live = () => new LiveReader(loadKubeConfig({ kubeconfig: inject('kubeconfig') }), 10_000);
const explain = async (kind: string, name: string, lang: Lang = 'en') => {
  const reader = live();
  const e = await explainerFor(lookupKind(kind)!)(reader, name, ns(), lang);
  return { e, requests: reader.requestCount };
};

beforeAll(async () => {
  const namespace = ns();
  await createAll(lab, namespace);
  await core.createNamespacedPod({
    namespace,
    body: {
      metadata: { name: 'api', labels: { app: 'api', [SIM]: 'not-ready' } },
      spec: { tolerations: [{ operator: 'Exists' }], containers: [{ name: 'api', image: 'nginx:1.27' }] },
    },
  });
  await waitFor(
    async () => {
      const pods = (await core.listNamespacedPod({ namespace })).items;
      const ready = (name: string) =>
        pods.find((p) => p.metadata?.name === name)?.status?.conditions?.find((c) => c.type === 'Ready')?.status;
      const web = pods.find((p) => p.metadata?.name === 'web');
      return (
        web?.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff' &&
        ready('db') === 'True' &&
        ready('api') === 'False'
      );
    },
    60_000,
    'web crash-looping, db Ready, api not Ready',
  );
}, 90_000);

describe('NetworkPolicies add up: DNS (live)', () => {
  it('allow-dns in place: web-to-db gets no DNS warning, and a failing Pod gets no DNS finding (en, ja)', async () => {
    const { e } = await explain('networkpolicy', 'web-to-db');
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).not.toContain('DNS');
    expect(e.findings.filter((f) => f.severity === 'warning')).toEqual([]);
    expect(e.findings.find((f) => f.id === 'egress.dns')?.title).toBe('DNS: allowed by NetworkPolicy allow-dns');
    expect(e.warnings).toEqual([]);
    const ja = (await explain('networkpolicy', 'web-to-db', 'ja')).e;
    expect(ja.findings.find((f) => f.id === 'egress.dns')?.title).toBe('DNS: NetworkPolicy allow-dns が許しています');

    const web = await explain('pod', 'web');
    expect(web.e.verdict.text).toMatch(/^CrashLoopBackOff: container web/);
    expect(web.e.findings.find((f) => f.concept === 'dns.resolution')).toBeUndefined();
    expect(web.requests).toBeLessThanOrEqual(POD_REQUEST_BUDGET);
  });

  it('allow-dns deleted: web-to-db says DNS is blocked and names the policies; failing Pods get the finding, a Ready one no extra read (en, ja)', async () => {
    const namespace = ns();
    await kc.makeApiClient(k8s.NetworkingV1Api).deleteNamespacedNetworkPolicy({ namespace, name: 'allow-dns' });
    const { e } = await waitFor(
      async () => {
        const x = await explain('networkpolicy', 'web-to-db');
        return x.e.verdict.severity === 'warning' && x;
      },
      20_000,
      'allow-dns gone from the list',
    );
    expect(e.verdict.text).toContain(
      'NetworkPolicy web-to-db limits the Egress of 1 Pods, and no policy selecting them for Egress (default-deny, web-to-db) allows DNS: their name lookups time out',
    );
    expect(e.verdict.text).toContain('podSelector: {matchLabels: {k8s-app: kube-dns}}}] on ports 53/UDP and 53/TCP');
    expect(e.findings.find((f) => f.id === 'egress.dns')).toMatchObject({ severity: 'warning', concept: 'dns.resolution' });
    const ja = (await explain('networkpolicy', 'web-to-db', 'ja')).e;
    expect(ja.verdict.text).toContain('それらを Egress で選ぶどのポリシー(default-deny, web-to-db)も DNS を許していません');

    // The crash loop stays the verdict; blocked DNS is named as a possible cause.
    const web = await explain('pod', 'web');
    expect(web.e.verdict.text).toMatch(/^CrashLoopBackOff: container web/);
    const f = web.e.findings.find((x) => x.id === 'pod.dns.blocked');
    expect(f).toMatchObject({ severity: 'warning', concept: 'dns.resolution' });
    expect(f?.title).toContain("this Pod's egress is limited by NetworkPolicy default-deny, web-to-db");
    expect(f?.detail).toContain('rather than a refused connection');
    expect(web.requests).toBeLessThanOrEqual(POD_REQUEST_BUDGET);
    const api = await explain('pod', 'api', 'ja');
    expect(api.e.findings.find((x) => x.id === 'pod.dns.blocked')?.title).toContain(
      'この Pod の Egress は NetworkPolicy default-deny が制限しており、どれも kube-dns への 53/UDP を許していません',
    );
    // db is Ready: its plan does not read the NetworkPolicies (the Pod, events, Services, EndpointSlices).
    const db = await explain('pod', 'db');
    expect(db.e.findings.find((x) => x.concept === 'dns.resolution')).toBeUndefined();
    expect(db.requests).toBe(4);

    // check: blocked DNS is a problem of its own for each failing Pod (grouped by the policies that block it).
    const docs = (await loadDocIndex({ docs: [], env: {} })).index;
    const r = await buildCheckReport(live(), { namespace, lang: 'en', docs });
    const dns = r.problems.filter((p) => p.code === 'dns.resolution');
    expect(dns.map((p) => p.affected.map((a) => `${a.kind}/${a.name}`).join())).toEqual(['Pod/api', 'Pod/web']);
    expect(dns.every((p) => p.severity === 'warning' && /on ports 53\/UDP and 53\/TCP$/.test(p.fix))).toBe(true);
    expect(r.problems.find((p) => p.code === 'container.crashloop')?.affected.map((a) => a.name)).toEqual(['web']);
  });
});
