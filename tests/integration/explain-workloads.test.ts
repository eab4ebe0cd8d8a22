// The workload, Node, Namespace and config explainers against the real control plane: a Deployment
// caught mid-rollout (new template crash-loops, maxUnavailable 0 keeps the old Pods serving), a
// completed and a failed Job, a CronJob's first run, a StatefulSet with its headless Service, a
// DaemonSet limited by nodeSelector, a Node, the Namespace with a ResourceQuota, a Namespace stuck
// Terminating on a finalizer, a ConfigMap and a Secret through the built binary (no value in any
// format), "did you mean" on not found, exit codes, and a reader that may only get Deployments.
import { RbacAuthorizationV1Api } from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { LiveReader } from '../../src/cluster/reader.js';
import { lookupKind } from '../../src/cluster/kinds.js';
import { explainerFor } from '../../commands/run-explain.js';
import type { Explanation } from '../../src/model/explanation.js';
import { clients, useNamespace, waitFor, serviceAccountKubeconfig } from './helpers.js';
import { runKx } from '../support/binary.js';

const { core, apps, batch, kc: adminKc } = clients();
const ns = useNamespace('explain-wl');
const SIM = 'sandbox.kubexplain.io/simulate';
const SENTINEL = 'kx-wl-s3cr3t-7d1e';
const live = (kubeconfig = inject('kubeconfig')) => new LiveReader(loadKubeConfig({ kubeconfig }), 10_000);
const explain = (kind: string, name: string, lang: 'en' | 'ja' = 'en', reader = live()) =>
  explainerFor(lookupKind(kind)!)(reader, name, ns(), lang);
const find = (e: Explanation, id: string) => e.findings.find((f) => f.id === id);
const container = (name: string, image: string) => ({ name, image, resources: { requests: { cpu: '10m', memory: '16Mi' } } });

beforeAll(async () => {
  const namespace = ns();
  await core.createNamespacedResourceQuota({
    namespace,
    body: { metadata: { name: 'small' }, spec: { hard: { pods: '30', 'count/deployments.apps': '3' } } },
  });
  await apps.createNamespacedDeployment({
    namespace,
    body: {
      metadata: { name: 'web' },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [container('web', 'nginx:1.27')] } },
      },
    },
  });
  await batch.createNamespacedCronJob({
    namespace,
    body: {
      metadata: { name: 'tick' },
      spec: {
        schedule: '* * * * *',
        timeZone: 'Etc/UTC',
        jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [container('t', 'busybox:1.36')] } } } },
      },
    },
  });
  await batch.createNamespacedJob({
    namespace,
    body: {
      metadata: { name: 'ok' },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [container('ok', 'busybox:1.36')] } } },
    },
  });
  await batch.createNamespacedJob({
    namespace,
    body: {
      metadata: { name: 'bad' },
      spec: {
        backoffLimit: 1,
        template: {
          metadata: { labels: { [SIM]: 'failed' } },
          spec: { restartPolicy: 'Never', containers: [container('migrate', 'example.test/m:1')] },
        },
      },
    },
  });
  await core.createNamespacedService({
    namespace,
    body: { metadata: { name: 'db' }, spec: { clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 5432 }] } },
  });
  await apps.createNamespacedStatefulSet({
    namespace,
    body: {
      metadata: { name: 'db' },
      spec: {
        serviceName: 'db',
        replicas: 2,
        selector: { matchLabels: { app: 'db' } },
        template: { metadata: { labels: { app: 'db' } }, spec: { containers: [container('pg', 'postgres:17')] } },
      },
    },
  });
  await apps.createNamespacedDaemonSet({
    namespace,
    body: {
      metadata: { name: 'agent' },
      spec: {
        selector: { matchLabels: { app: 'agent' } },
        template: {
          metadata: { labels: { app: 'agent' } },
          spec: { nodeSelector: { disktype: 'ssd' }, containers: [container('a', 'example.test/agent:1')] },
        },
      },
    },
  });
  await core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'settings' }, data: { 'app.yaml': 'level: debug\n' } } });
  await core.createNamespacedSecret({
    namespace,
    body: {
      metadata: {
        name: 'creds',
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ stringData: { token: SENTINEL } }) },
      },
      stringData: { token: SENTINEL },
    },
  });
  await core.createNamespacedPod({
    namespace,
    body: {
      metadata: { name: 'consumer' },
      spec: {
        containers: [
          { ...container('c', 'nginx:1.27'), envFrom: [{ configMapRef: { name: 'settings' } }, { secretRef: { name: 'creds' } }] },
        ],
      },
    },
  });

  // Available first, then the new template crash-loops.
  await waitFor(
    async () => (await apps.readNamespacedDeployment({ name: 'web', namespace })).status?.availableReplicas === 3,
    60_000,
    'web Available',
  );
  await apps.patchNamespacedDeployment(
    {
      name: 'web',
      namespace,
      body: [
        { op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'nginx:1.28' },
        { op: 'add', path: '/spec/template/metadata/labels/sandbox.kubexplain.io~1simulate', value: 'crashloop' },
      ],
    },
    { headers: { 'Content-Type': 'application/json-patch+json' } } as never,
  );
  await waitFor(
    async () =>
      (await core.listNamespacedPod({ namespace, labelSelector: `app=web,${SIM}=crashloop` })).items.some(
        (p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff',
      ),
    60_000,
    'the new Pod crash-looping',
  );
  await waitFor(
    async () => (await apps.readNamespacedDeployment({ name: 'web', namespace })).status?.updatedReplicas === 1,
    30_000,
    'web status to count the new Pod',
  );
});

describe('explain workloads (live)', () => {
  it('Deployment mid-rollout: stuck, new ReplicaSet failing, old one still serving', async () => {
    const reader = live();
    const e = await explain('deploy', 'web', 'en', reader);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(
      /^Rollout stuck: new ReplicaSet web-\w+ cannot make its Pods available \(1 of 3 replicas updated, 3 available\) — new Pod web-\w+-\w+ is failing: CrashLoopBackOff: container web exited with code 1 \(Error\) and was restarted 5 time/,
    );
    expect(e.verdict.text).toMatch(/old ReplicaSet web-\w+ still serves 3 ready Pods$/);
    // The controller writes NewReplicaSetCreated, then ReplicaSetUpdated on a later sync (a loaded machine reads the first).
    expect(find(e, 'condition.Progressing')?.title).toMatch(/^Condition Progressing=True \((ReplicaSetUpdated|NewReplicaSetCreated)\)$/);
    expect(find(e, 'pods.new')?.detail).toMatch(/^CrashLoopBackOff \(1\): web-/);
    expect(find(e, 'pods.old')?.detail).toMatch(/^Ready \(3\): /);
    expect(
      e.findings
        .filter((f) => f.id.startsWith('replicaset.'))
        .map((f) => f.detail)
        .join('\n'),
    ).toContain('web=nginx:1.27 → web=nginx:1.28');
    expect(e.warnings).toEqual([]);
    // The Deployment, then Pods, ReplicaSets, events and (a Pod is unavailable) the Nodes in parallel.
    expect(reader.requestCount).toBe(5);
    const ja = await explain('deploy', 'web', 'ja');
    expect(ja.verdict.text).toMatch(
      /^ロールアウトが停滞しています: 新しい ReplicaSet web-\w+ の Pod が利用可能になれません\(3 個中 1 個が更新済み、3 個が利用可能\) — 新しい Pod web-\w+-\w+ が失敗しています: /,
    );
  });

  it('the new ReplicaSet is degraded; Pods of the old one are fine', async () => {
    const rs = (await apps.listNamespacedReplicaSet({ namespace: ns() })).items.find(
      (r) => r.spec?.template?.metadata?.labels?.[SIM] === 'crashloop',
    )!;
    const e = await explain('rs', rs.metadata!.name!);
    expect(e.verdict.text).toMatch(/^Degraded: 0 of 1 Pod available — CrashLoopBackOff/);
    expect(find(e, 'owner')?.title).toBe('Owned by Deployment web');
  });

  it('Jobs: complete, and failed with BackoffLimitExceeded naming the backoffLimit and the failed Pod', async () => {
    const ok = await waitFor(
      async () => {
        const e = await explain('job', 'ok');
        return e.verdict.severity === 'ok' && e;
      },
      60_000,
      'Job ok complete',
    );
    expect(ok.verdict.text).toMatch(/^Complete: 1 of 1 completions succeeded/);
    // The terminal state: Failed=True (FailureTarget comes first, while the count may still be catching up).
    await waitFor(
      async () =>
        (await batch.readNamespacedJob({ name: 'bad', namespace: ns() })).status?.conditions?.some(
          (c) => c.type === 'Failed' && c.status === 'True',
        ),
      90_000,
      'Job bad Failed',
    );
    const bad = await explain('job', 'bad');
    expect(bad.verdict.text).toMatch(
      /^Failed \(BackoffLimitExceeded\): 2 Pods failed, more than backoffLimit 1 allows — last failed Pod bad-\w+: Failed: container migrate exited with code 1/,
    );
    expect(find(bad, 'backoffLimit')?.severity).toBe('error');
  });

  it('StatefulSet: ordinals ready in order, its headless Service exists', async () => {
    const e = await waitFor(
      async () => {
        const x = await explain('sts', 'db');
        return x.verdict.severity === 'ok' && x;
      },
      60_000,
      'db ready',
    );
    expect(e.verdict.text).toBe('Healthy: 2 of 2 Pods ready');
    expect(find(e, 'ordinals')?.detail).toMatch(/^db-0: Ready\ndb-1: Ready/);
    expect(find(e, 'service')).toMatchObject({ severity: 'ok', detail: expect.stringContaining(`db-0.db.${ns()}.svc`) });
    // Its Pod's own explanation names the DNS names it gets: the dashed IP, the headless Service, hostname.subdomain.
    const pod = await explain('po', 'db-1');
    const ip = (await core.readNamespacedPod({ name: 'db-1', namespace: ns() })).status!.podIP!;
    const names = find(pod, 'dns')!.detail;
    for (const n of [
      `${ip.replace(/\./g, '-')}.${ns()}.pod.cluster.local`,
      `db.${ns()}.svc.cluster.local`,
      `db-1.db.${ns()}.svc.cluster.local`,
    ])
      expect(names).toContain(n);
  });

  it('DaemonSet: only the ssd node is eligible; the others are explained', async () => {
    const e = await waitFor(
      async () => {
        const x = await explain('ds', 'agent');
        return x.verdict.severity === 'ok' && x;
      },
      60_000,
      'agent ready',
    );
    expect(e.verdict.text).toBe('Healthy: running and ready on the one eligible node');
    expect(find(e, 'nodes.without')?.detail).toContain('kx-node-3: not eligible: labels do not match disktype=ssd');
  });

  it('Node and Namespace', async () => {
    const node = await explainerFor(lookupKind('no')!)(live(), 'kx-node-1', ns(), 'en');
    expect(node.target).toEqual({ kind: 'Node', name: 'kx-node-1' });
    expect(node.verdict.text).toMatch(/^Ready: schedulable, no pressure, \d+ Pods running or starting$/);
    expect(find(node, 'requests')?.detail).toMatch(/^cpu: \d+m requested of 1k allocatable/);
    const space = await explainerFor(lookupKind('ns')!)(live(), ns(), 'default', 'en');
    expect(space.verdict.text).toMatch(/^Active: \d+ Pods/);
    expect(find(space, 'quota.small')?.detail).toMatch(/count\/deployments\.apps: 1 of 3 used \(33 %\)/);
  });

  it('a Namespace stuck Terminating on a finalizer: the verdict says what blocks it', async () => {
    const name = `${ns()}-term`;
    await core.createNamespace({ body: { metadata: { name } } });
    await core.createNamespacedConfigMap({ namespace: name, body: { metadata: { name: 'held', finalizers: ['example.com/hold'] } } });
    await core.deleteNamespace({ name });
    try {
      const e = await waitFor(
        async () => {
          const x = await explainerFor(lookupKind('ns')!)(live(), name, 'default', 'en');
          return x.findings.some((f) => f.id === 'condition.NamespaceFinalizersRemaining' && f.severity === 'warning') && x;
        },
        60_000,
        'the namespace to report its finalizers',
      );
      expect(e.verdict.severity).toBe('warning');
      // The object and its finalizer, named.
      expect(e.verdict.text).toMatch(
        /^Terminating: namespace \S+ waits for objects whose finalizers are not removed: ConfigMap held \(finalizer example\.com\/hold\)/,
      );
      expect(e.findings.find((f) => f.id === 'phase')?.title).toBe('Phase Terminating');
    } finally {
      await core
        .patchNamespacedConfigMap({ name: 'held', namespace: name, body: [{ op: 'remove', path: '/metadata/finalizers' }] }, {
          headers: { 'Content-Type': 'application/json-patch+json' },
        } as never)
        .catch(() => undefined);
    }
  });

  it('CronJob: the first scheduled run, then its Job and outcome', async () => {
    const e = await waitFor(
      async () => {
        const x = await explain('cj', 'tick');
        return x.verdict.severity === 'ok' && x;
      },
      100_000,
      'tick to run once',
    );
    expect(e.verdict.text).toMatch(/^Healthy: last run Job tick-\d+ succeeded/);
    expect(find(e, 'jobs')?.detail).toMatch(/^tick-\d+: Complete: 1 of 1 completions succeeded/);
    expect(find(e, 'schedule')?.title).toBe('Schedule * * * * * (Etc/UTC)');
  });

  it('degrades with a reader that may only get Deployments: warnings name the missing list permissions', async () => {
    const namespace = ns();
    await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'deploy-getter' } } });
    const rbac = adminKc.makeApiClient(RbacAuthorizationV1Api);
    await rbac.createNamespacedRole({
      namespace,
      body: { metadata: { name: 'get-deploy' }, rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get'] }] },
    });
    await rbac.createNamespacedRoleBinding({
      namespace,
      body: {
        metadata: { name: 'get-deploy' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'get-deploy' },
        subjects: [{ kind: 'ServiceAccount', name: 'deploy-getter', namespace }],
      },
    });
    const file = await serviceAccountKubeconfig(namespace, 'deploy-getter');
    const e = await waitFor(async () => explain('deploy', 'web', 'en', live(file)), 20_000, 'RBAC to apply');
    expect(e.verdict.text).toMatch(/^Rolling out: 1 of 3 replicas updated, 3 available$/);
    expect(e.warnings.sort()).toEqual([
      `no permission to list events in namespace ${namespace}: explained with what could be read`,
      // The Node list is read because a Pod is unavailable (a rollout may be blocked on scheduling).
      'no permission to list nodes (cluster-wide): explained with what could be read',
      `no permission to list pods in namespace ${namespace}: explained with what could be read`,
      `no permission to list replicasets.apps in namespace ${namespace}: explained with what could be read`,
    ]);
    expect(find(e, 'replicasets')).toMatchObject({ severity: 'warning', detail: 'Could not be read (see the warnings below).' });
    // The ServiceAccount's own explanation names the binding that grants it (the RBAC explainer's findings).
    const sa = await explain('sa', 'deploy-getter');
    expect(sa.verdict.text).toBe('ServiceAccount used by 0 Pods; token automount true');
    expect(sa.findings.map((f) => f.detail).join('\n')).toContain(`RoleBinding ${namespace}/get-deploy → Role ${namespace}/get-deploy`);
  });
});

describe('kubexplain explain (binary)', () => {
  const kx = (...args: string[]) => runKx([...args, '--kubeconfig', inject('kubeconfig')]);

  it('Secret and ConfigMap: keys and sizes in every format and language, never the value', async () => {
    for (const o of ['json', 'text', 'markdown']) {
      for (const lang of ['en', 'ja']) {
        const r = await kx('explain', 'secret/creds', '-n', ns(), '-o', o, '--lang', lang);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('token');
        expect(r.stdout).not.toContain(SENTINEL);
        expect(r.stdout).not.toContain(Buffer.from(SENTINEL).toString('base64'));
        expect(r.stdout).not.toContain('last-applied-configuration');
      }
    }
    const j = JSON.parse((await kx('explain', 'secret/creds', '-n', ns(), '-o', 'json')).stdout) as Explanation;
    expect(j.findings.find((f) => f.id === 'keys')?.detail).toContain(`token: ${SENTINEL.length} bytes`);
    expect(j.findings.find((f) => f.id === 'pods')?.detail).toMatch(/^consumer: /);
    const cm = JSON.parse((await kx('explain', 'cm/settings', '-n', ns(), '-o', 'json')).stdout) as Explanation;
    expect(cm.verdict.text).toBe('ConfigMap with 1 key (13 bytes), used by 1 Pod');
    expect(cm.findings.find((f) => f.id === 'keys')?.docs[0]).toMatchObject({ source: 'handbook' });
  });

  it('not found: exit 4 with close names; unknown kind: exit 2; -f: exit 6', async () => {
    let r = await kx('explain', 'deploy/wbe', '-n', ns());
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`error: deployments.apps "wbe" not found in namespace "${ns()}"\nhint: did you mean deployment/web?\n`);
    r = await kx('explain', 'po/consumr', '-n', ns());
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('hint: did you mean pod/consumer?');
    r = await kx('explain', 'job/zzzzzz', '-n', ns());
    expect(r.code).toBe(4);
    expect(r.stderr).not.toContain('hint');
    r = await kx('explain', 'deploymnt/web', '-n', ns());
    expect(r.code).toBe(2);
    // Manifests carry no status to judge: exit 6, and the cluster of the kubeconfig is not asked instead.
    r = await kx('explain', 'deploy/web', '-f', new URL('../../examples/', import.meta.url).pathname);
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/^error: explain -f is not implemented/);
  });
});
