// `explain pod` against the real control plane: Pods in simulated states (kwok stages) and an
// unschedulable one, explained through the live reader in at most 6 requests; a reader without
// list permissions still gets an explanation with the missing permissions named; the built binary's
// JSON shape and its not-found exit code.
import type { V1Pod } from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { LiveReader } from '../../src/cluster/reader.js';
import { POD_REQUEST_BUDGET } from '../../src/explain/pod.js';
import { explainerFor } from '../../commands/run-explain.js';
import { lookupKind } from '../../src/cluster/kinds.js';
import { clients, kubeletEvent, useNamespace, waitFor, serviceAccountKubeconfig } from './helpers.js';
import { runKx } from '../support/binary.js';

const { core, kc: adminKc } = clients();
const ns = useNamespace('explain-pod');
const SIM = 'sandbox.kubexplain.io/simulate';
const podKind = lookupKind('pod')!;

const pods: V1Pod[] = [
  {
    metadata: { name: 'crash', labels: { app: 'crash', [SIM]: 'crashloop' } },
    spec: { containers: [{ name: 'api', image: 'example.test/api:1' }] },
  },
  {
    metadata: { name: 'oom', labels: { [SIM]: 'oomkilled' } },
    spec: { containers: [{ name: 'worker', image: 'example.test/w:1', resources: { limits: { memory: '64Mi' } } }] },
  },
  { metadata: { name: 'typo', labels: { [SIM]: 'image-pull-backoff' } }, spec: { containers: [{ name: 'app', image: 'ngnix:latest' }] } },
  {
    metadata: {
      name: 'noconfig',
      labels: { [SIM]: 'create-container-config-error' },
      annotations: { 'sandbox.kubexplain.io/message': 'configmap "nope" not found' },
    },
    spec: {
      containers: [{ name: 'app', image: 'nginx:1.27', env: [{ name: 'M', valueFrom: { configMapKeyRef: { name: 'nope', key: 'm' } } }] }],
    },
  },
  {
    metadata: { name: 'unready', labels: { [SIM]: 'not-ready' } },
    spec: { containers: [{ name: 'web', image: 'nginx:1.27', readinessProbe: { httpGet: { path: '/healthz', port: 80 } } }] },
  },
  { metadata: { name: 'nvme' }, spec: { nodeSelector: { disktype: 'nvme-none' }, containers: [{ name: 'app', image: 'nginx:1.27' }] } },
];

const live = (kubeconfig = inject('kubeconfig')) => new LiveReader(loadKubeConfig({ kubeconfig }), 10_000);

beforeAll(async () => {
  const namespace = ns();
  await core.createNamespacedService({
    namespace,
    body: { metadata: { name: 'crash' }, spec: { selector: { app: 'crash' }, ports: [{ port: 80 }] } },
  });
  for (const body of pods) await core.createNamespacedPod({ namespace, body });
  await waitFor(
    async () => {
      const list = (await core.listNamespacedPod({ namespace })).items;
      const simulated = list.filter((p) => p.metadata?.labels?.[SIM]);
      const nvme = list.find((p) => p.metadata?.name === 'nvme');
      return (
        simulated.every((p) => p.status?.containerStatuses?.length) &&
        nvme?.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.status === 'False')
      );
    },
    60_000,
    'simulated Pod states',
  );
});

describe('explain pod (live)', () => {
  it.each([
    [
      'crash',
      /^CrashLoopBackOff: container api exited with code 1 \(Error\) and was restarted 5 times — read its logs: kubectl logs crash -c api --previous$/,
    ],
    ['oom', /^OOMKilled: container worker .*\(64Mi\)/],
    ['typo', /^ImagePullBackOff: image ngnix:latest of container app cannot be pulled/],
    ['noconfig', /^CreateContainerConfigError: ConfigMap nope does not exist in namespace [a-z0-9-]+ — create it/],
    ['nvme', /^Pending: none of the \d+ nodes has the labels the Pod requires \(disktype=nvme-none\) — label a node/],
  ])('%s: the verdict, within %s requests', async (name, verdict) => {
    const reader = live();
    const e = await explainerFor(podKind)(reader, name, ns(), 'en');
    expect(e.verdict.text).toMatch(verdict);
    expect(e.verdict.severity).toBe('error');
    expect(e.warnings).toEqual([]);
    expect(reader.requestCount).toBeLessThanOrEqual(POD_REQUEST_BUDGET);
  });

  it('a running Pod not Ready: a probe not passed yet (info) until the kubelet reports it failing (a warning, not an error)', async () => {
    const namespace = ns();
    // Just started, and no Unhealthy event: the probe has not passed yet, which is what is known.
    const fresh = await explainerFor(podKind)(live(), 'unready', namespace, 'en');
    expect(fresh.verdict.severity).toBe('info');
    expect(fresh.verdict.text).toMatch(
      /^Running but not Ready: the readiness probe of container web \(HTTP GET \/healthz :80\) has not passed yet/,
    );
    // The kubelet's event for a failing readiness probe (pkg/kubelet/prober): now it is the cause.
    const pod = await core.readNamespacedPod({ namespace, name: 'unready' });
    await kubeletEvent(pod, {
      container: 'web',
      reason: 'Unhealthy',
      message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
      count: 6,
    });
    const e = await explainerFor(podKind)(live(), 'unready', namespace, 'en');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('readiness probe of web (HTTP GET /healthz :80) fails with HTTP 503');
    expect(e.findings.find((f) => f.id === 'probe.readiness.web')).toMatchObject({ severity: 'warning', concept: 'probes.readiness' });
  });

  it('a Deployment gets its own explainer (object, then Pods, ReplicaSets and events in parallel: 4 requests)', async () => {
    const namespace = ns();
    const { apps } = clients();
    await apps.createNamespacedDeployment({
      namespace,
      body: {
        metadata: { name: 'd' },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'd' } },
          template: { metadata: { labels: { app: 'd' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } },
        },
      },
    });
    const reader = live();
    const e = await waitFor(
      async () => {
        const x = await explainerFor(lookupKind('deploy')!)(reader, 'd', namespace, 'en');
        return x.findings.some((f) => f.id === 'condition.Available') && x;
      },
      30_000,
      'Deployment conditions',
    );
    expect(e.target).toEqual({ kind: 'Deployment', name: 'd', namespace });
    expect(e.findings.find((f) => f.id === 'events')).toBeDefined();
    const one = live();
    await explainerFor(lookupKind('deploy')!)(one, 'd', namespace, 'en');
    expect(one.requestCount).toBe(4);
  });

  it('the crashing Pod is selected by its Service but not ready in the EndpointSlice; the missing ConfigMap is reported', async () => {
    const crash = await explainerFor(podKind)(live(), 'crash', ns(), 'en');
    const svc = await waitFor(
      async () => {
        const e = await explainerFor(podKind)(live(), 'crash', ns(), 'en');
        return e.findings.find((f) => f.id === 'service.crash' && f.detail.includes('ready=false'));
      },
      30_000,
      'the EndpointSlice of Service crash',
    );
    expect(svc.severity).toBe('warning');
    expect(crash.findings.find((f) => f.id === 'container.api')?.severity).toBe('error');
    const nc = await explainerFor(podKind)(live(), 'noconfig', ns(), 'ja');
    expect(nc.findings.find((f) => f.id === 'configmap.nope')).toMatchObject({
      severity: 'error',
      title: 'ConfigMap nope: 見つかりません',
    });
  });

  it('a referenced Secret: its key names, never its values', async () => {
    const namespace = ns();
    const value = 'kx-s3cr3t-value';
    await core.createNamespacedSecret({ namespace, body: { metadata: { name: 'db' }, stringData: { password: value } } });
    await core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name: 'uses-secret' },
        spec: { containers: [{ name: 'app', image: 'nginx:1.27', envFrom: [{ secretRef: { name: 'db' } }] }] },
      },
    });
    const e = await explainerFor(podKind)(live(), 'uses-secret', namespace, 'en');
    expect(e.findings.find((f) => f.id === 'secret.db')).toMatchObject({ severity: 'ok', concept: 'secret' });
    expect(e.findings.find((f) => f.id === 'secret.db')?.detail).toContain('keys: password');
    const all = JSON.stringify(e);
    expect(all).not.toContain(value);
    expect(all).not.toContain(Buffer.from(value).toString('base64'));
  });

  it('degrades with a reader that may only get Pods: warnings name the missing permissions', async () => {
    const namespace = ns();
    await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'pod-getter' } } });
    const rbac = adminKc.makeApiClient((await import('@kubernetes/client-node')).RbacAuthorizationV1Api);
    await rbac.createNamespacedRole({
      namespace,
      body: { metadata: { name: 'get-pods' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] },
    });
    await rbac.createNamespacedRoleBinding({
      namespace,
      body: {
        metadata: { name: 'get-pods' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'get-pods' },
        subjects: [{ kind: 'ServiceAccount', name: 'pod-getter', namespace }],
      },
    });
    const file = await serviceAccountKubeconfig(namespace, 'pod-getter');
    const e = await waitFor(async () => explainerFor(podKind)(live(file), 'noconfig', namespace, 'en'), 20_000, 'RBAC to apply');
    expect(e.verdict.text).toMatch(/^CreateContainerConfigError/);
    expect(e.warnings).toEqual(
      expect.arrayContaining([
        `no permission to list events in namespace ${namespace}: explained with what could be read`,
        `no permission to list configmaps in namespace ${namespace}: explained with what could be read`,
        'no permission to get nodes (cluster-wide): explained with what could be read',
      ]),
    );
    // No container exists yet, so the plan reads what the Pod refers to, not its Services.
    expect(e.warnings.join('\n')).not.toMatch(/services|endpointslices/);
    expect(e.findings.find((f) => f.id === 'configmap.nope')?.severity).toBe('warning');
  });
});

describe('kubexplain explain (binary)', () => {
  const kx = (...args: string[]) => runKx(args);

  it('prints the Explanation as JSON', async () => {
    const r = await kx('explain', 'pod/crash', '-n', ns(), '--kubeconfig', inject('kubeconfig'), '-o', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as {
      kind: string;
      target: unknown;
      verdict: { severity: string; text: string };
      findings: { id: string }[];
      warnings: string[];
    };
    expect(Object.keys(j)).toEqual(['kind', 'target', 'verdict', 'findings', 'warnings']);
    expect(j.target).toEqual({ kind: 'Pod', name: 'crash', namespace: ns() });
    expect(j.verdict.severity).toBe('error');
    expect(j.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['pod.phase', 'condition.Ready', 'container.api', 'events']));
    // Annotated with the built-in handbook (no user documents given).
    const phase = (j.findings as { id: string; docs: { source: string; headings: string[] }[] }[]).find((f) => f.id === 'pod.phase')!;
    expect(phase.docs[0]).toMatchObject({ source: 'handbook' });
  });

  it('says not found in one line with exit code 4', async () => {
    const r = await kx('explain', 'po/absent', '-n', ns(), '--kubeconfig', inject('kubeconfig'));
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`error: pods "absent" not found in namespace "${ns()}"\n`);
  });
});
