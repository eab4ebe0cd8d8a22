// explainPod on real sandbox snapshots (tests/fixtures/pods): the verdict states the key facts and
// the next step; findings carry the right severities and concepts, in both languages.
import { readFileSync } from 'node:fs';
import { message } from '../../../src/model/message.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import type { Pod } from '../../../src/model/pod.js';
import { loadPod, podSnapshot, explainPod } from './pod-fixtures.js';

const byId = (fs: Finding[], id: string) => fs.find((f) => f.id === id);

describe('explainPod verdicts (en)', () => {
  it('crashloop: container, exit code, reason, restarts and the logs command', () => {
    const e = explainPod(podSnapshot('api'), 'en');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(/^CrashLoopBackOff: container api exited with code 1 \(Error\) and was restarted 5 time/);
    expect(e.verdict.text).toContain(`kubectl logs ${e.target.name} -c api --previous`);
    expect(byId(e.findings, 'container.api')?.severity).toBe('error');
    expect(byId(e.findings, 'owner')).toMatchObject({ concept: 'owner.replicaset' });
    expect(byId(e.findings, 'owner.deployment')?.title).toContain('api');
    expect(byId(e.findings, 'service.api')).toMatchObject({ concept: 'service.endpoints', severity: 'warning' });
  });

  it('oomkilled: the limit and exit code 137', () => {
    const e = explainPod(podSnapshot('worker-oom'), 'en');
    expect(e.verdict.text).toMatch(/^OOMKilled: container worker .*64Mi.*raise the memory limit/);
    // Checking what it really uses is part of the next step.
    expect(e.verdict.text).toContain(`raise the memory limit to what it really uses (kubectl top pod ${e.target.name} while it runs)`);
    const c = byId(e.findings, 'container.worker')!;
    expect(c.detail).toContain('137 (OOMKilled)');
    expect(byId(e.findings, 'resources.worker')?.severity).toBe('error');
    expect(byId(e.findings, 'owner')?.title).toMatch(/bare Pod/);
    // Japanese: the limit as a value of the sentence, with no English or half-width parenthesis spliced in.
    expect(explainPod(podSnapshot('worker-oom'), 'ja').verdict.text).toMatch(
      /^OOMKilled: コンテナ worker がメモリ上限 64Mi を超えて強制終了されました \(再起動 \d+ 回\) — メモリ上限を実際の使用量 \(動作中に kubectl top pod \S+\) まで引き上げる/,
    );
  });

  it('image pull backoff names the image', () => {
    const e = explainPod(podSnapshot('typo'), 'en');
    expect(e.verdict.text).toMatch(/^ImagePullBackOff: image ngnix:latest of container app cannot be pulled — check the name and tag/);
  });

  it('unschedulable by nodeSelector: counts and the selector', () => {
    const e = explainPod(podSnapshot('needs-nvme'), 'en');
    expect(e.verdict.text).toBe(
      "Pending: none of the 3 nodes has the labels the Pod requires (disktype=nvme) — label a node (kubectl label node NODE KEY=VALUE) or change the Pod's nodeSelector/affinity",
    );
    expect(byId(e.findings, 'condition.PodScheduled')?.severity).toBe('error');
    expect(byId(e.findings, 'scheduling')).toMatchObject({ concept: 'pod.scheduling', severity: 'error' });
    expect(byId(e.findings, 'events')?.detail).toContain('FailedScheduling');
  });

  it('missing ConfigMap: the message in the verdict and a configmap finding in error', () => {
    const e = explainPod(podSnapshot('missing-config'), 'en');
    expect(e.verdict.text).toBe(
      "CreateContainerConfigError: ConfigMap does-not-exist does not exist in namespace shop — create it, or fix the name in the Pod's env/envFrom",
    );
    expect(byId(e.findings, 'configmap.does-not-exist')).toMatchObject({ concept: 'config.missing-ref', severity: 'error' });
    expect(byId(e.findings, 'cause')).toMatchObject({ concept: 'config.missing-ref', severity: 'error' });
  });

  it('ready web Pod: ok, in its Service endpoints, ConfigMap present, probes and QoS explained', () => {
    const e = explainPod(podSnapshot('web'), 'en');
    expect(e.verdict).toEqual({ severity: 'ok', text: expect.stringMatching(/^Running and Ready/) });
    expect(byId(e.findings, 'service.web')).toMatchObject({ severity: 'ok' });
    expect(byId(e.findings, 'service.web')?.detail).toContain('ready=true');
    expect(byId(e.findings, 'configmap.web-config')?.severity).toBe('ok');
    expect(byId(e.findings, 'probe.readiness.nginx')?.detail).toContain('HTTP GET / :http');
    expect(byId(e.findings, 'qos')?.title).toBe('QoS class: Burstable');
    for (const c of ['PodReadyToStartContainers', 'PodScheduled', 'Initialized', 'ContainersReady', 'Ready']) {
      expect(byId(e.findings, `condition.${c}`)?.severity).toBe('ok');
    }
    expect(e.findings.every((f) => f.docs.length === 0)).toBe(true);
  });

  it('failed Job Pod and completed Job Pod', () => {
    const failed = explainPod(podSnapshot('migrate'), 'en');
    expect(failed.verdict.text).toMatch(/^Failed: container migrate exited with code 1 \(Error\)/);
    expect(byId(failed.findings, 'owner')?.concept).toBe('job');
    expect(byId(failed.findings, 'pod.phase')?.severity).toBe('error');
    const done = explainPod(podSnapshot('report'), 'en');
    expect(done.verdict).toMatchObject({ severity: 'ok', text: expect.stringMatching(/^Completed/) });
  });
});

describe('explainPod edge cases', () => {
  it('unknown lists are not reported as missing; warnings pass through', () => {
    const e = explainPod(
      podSnapshot('web', {
        reads: { configMaps: undefined, endpointSlices: undefined },
        warnings: [message('common:forbidden', { verb: 'list', resource: 'configmaps', namespace: 'shop' })],
      }),
      'en',
    );
    expect(byId(e.findings, 'configmap.web-config')).toMatchObject({
      severity: 'warning',
      title: 'ConfigMap web-config: existence unknown',
    });
    expect(byId(e.findings, 'service.web')?.severity).toBe('warning');
    expect(e.warnings).toEqual(['no permission to list configmaps in namespace shop: explained with what could be read']);
  });

  it('termination in progress comes first', () => {
    const pod = loadPod('web');
    const deleting: Pod = {
      ...pod,
      metadata: { ...pod.metadata, deletionTimestamp: '2026-11-23T11:40:00Z', deletionGracePeriodSeconds: 30 },
    };
    const e = explainPod(podSnapshot('web', { pod: deleting }), 'en');
    expect(e.verdict.text).toMatch(/^Terminating/);
    expect(e.findings[0]?.id).toBe('pod.terminating');
  });

  it('sidecars (init containers with restartPolicy Always) and readiness gates', () => {
    const pod = loadPod('web');
    const withSidecar: Pod = {
      ...pod,
      spec: {
        ...pod.spec,
        initContainers: [{ name: 'proxy', image: 'envoy:1', restartPolicy: 'Always' }],
        readinessGates: [{ conditionType: 'example.com/lb' }],
      },
    };
    const e = explainPod(podSnapshot('web', { pod: withSidecar }), 'en');
    expect(byId(e.findings, 'container.proxy')?.title).toMatch(/^Sidecar container proxy/);
    expect(byId(e.findings, 'condition.example.com/lb')?.severity).toBe('warning');
  });
});

describe('explainPod owners', () => {
  it('Job created by a CronJob: both named', () => {
    const job = { kind: 'Job', metadata: { name: 'report', ownerReferences: [{ kind: 'CronJob', name: 'nightly', controller: true }] } };
    const e = explainPod(podSnapshot('report', { reads: { owner: job } }), 'en');
    expect(byId(e.findings, 'owner')).toMatchObject({ concept: 'job', title: expect.stringMatching(/^Owned by Job report$/) });
    expect(byId(e.findings, 'owner')?.detail).toContain('CronJob nightly');
  });

  it('an owner that no longer exists: orphaned', () => {
    const e = explainPod(podSnapshot('web', { reads: { owner: null } }), 'en');
    expect(byId(e.findings, 'owner')).toMatchObject({ severity: 'warning', detail: expect.stringContaining('orphaned') });
  });
});

describe('explainPod in Japanese', () => {
  it('writes the verdicts in Japanese with the same facts', () => {
    expect(explainPod(podSnapshot('api'), 'ja').verdict.text).toMatch(
      /^CrashLoopBackOff: コンテナ api が終了コード 1 \(Error\) で終了し、5 回再起動/,
    );
    expect(explainPod(podSnapshot('needs-nvme'), 'ja').verdict.text).toContain(
      '3 台のノードのどれにも、Pod が求めるラベル (disktype=nvme) がありません',
    );
    const web = explainPod(podSnapshot('web'), 'ja');
    expect(web.verdict.text).toMatch(/^Running かつ Ready/);
    expect(web.findings.map((f) => f.id)).toEqual(explainPod(podSnapshot('web'), 'en').findings.map((f) => f.id));
  });
});

describe('explainPod DNS names', () => {
  // db-0 (StatefulSet db, headless Service db) as captured for the routing tests.
  const shopPods = JSON.parse(readFileSync(new URL('../../fixtures/routing/shop-pods.json', import.meta.url), 'utf8')) as { items: Pod[] };
  const db0 = shopPods.items.find((p) => p.metadata.name === 'db-0')!;
  const dns = (short: string, overrides: Record<string, never[]> = {}) =>
    explainPod(
      short === 'db-0'
        ? podSnapshot('web', { pod: db0, reads: { owner: undefined, ...overrides } })
        : podSnapshot(short, { reads: overrides }),
      'en',
    ).findings.filter((f) => f.concept === 'dns.pod');

  it('a StatefulSet Pod: its dashed-IP name, the headless Service name and its own hostname.subdomain name', () => {
    const pod = db0;
    const [names] = dns('db-0');
    expect(names!.detail).toContain(`${pod.status!.podIP!.replace(/\./g, '-')}.shop.pod.cluster.local`);
    expect(names!.detail).toContain('db.shop.svc.cluster.local');
    expect(names!.detail).toContain('db-0.db.shop.svc.cluster.local');
    expect(names!.detail).toContain('cluster.local assumed');
  });

  it('hostname and subdomain without a headless Service of that name: the name does not resolve, and the fix is named', () => {
    const found = dns('db-0', { services: [] });
    const missing = found.find((f) => f.id === 'dns.subdomain')!;
    expect(missing.severity).toBe('warning');
    expect(missing.title).toBe('db-0.db.shop.svc.cluster.local does not resolve');
    expect(missing.detail).toMatch(/create that headless Service or fix spec\.subdomain/);
    expect(found.find((f) => f.id === 'dns')!.detail).not.toContain('db-0.db.shop');
  });

  it('a Deployment Pod: the Services that select it, and no per-Pod Service name', () => {
    const [names] = dns('web');
    expect(names!.detail).toContain('web.shop.svc.cluster.local');
    expect(names!.detail).not.toMatch(/web-[a-z0-9-]+\.web\.shop/);
  });
});
