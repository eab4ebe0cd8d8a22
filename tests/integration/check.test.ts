// `kubexplain check` through the built binary on the real control plane: the sample broken
// namespace (examples/) is one problem per root cause, a shared missing ConfigMap breaking two
// Deployments is one problem, and a healthy namespace with states other tools flag has none.
import * as k8s from '@kubernetes/client-node';
import { describe, expect, inject, it } from 'vitest';
import { clients, createAll, examples, useNamespace, waitFor } from './helpers.js';
import { runKx } from '../support/binary.js';
import type { CheckReport } from '../../src/model/check.js';

const kubeconfig = () => inject('kubeconfig');

async function check(namespace: string, ...extra: string[]): Promise<{ code: number; report: CheckReport; stdout: string }> {
  const r = await runKx(['check', '-n', namespace, '-o', 'json', ...extra], { KUBECONFIG: kubeconfig() });
  return { code: r.code, report: JSON.parse(r.stdout) as CheckReport, stdout: r.stdout };
}

const groups = (r: CheckReport) =>
  Object.fromEntries(
    r.problems.map((p) => [p.cause.slice(0, 40), p.affected.map((a) => `${a.kind}/${a.name}${a.pods ? `×${a.pods}` : ''}`)]),
  );

describe('check: the broken sample namespace', () => {
  const ns = useNamespace('kx-chk-broken');

  it('reports one problem per root cause, worst first, and exits 1', async () => {
    await createAll(examples('10-web.yaml', '20-broken.yaml'), ns());
    // Both Deployments' Pods use the same missing ConfigMap: one cause, two workloads.
    const broken = (name: string, replicas: number) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name },
      spec: {
        replicas,
        selector: { matchLabels: { app: name } },
        template: {
          metadata: {
            labels: { app: name, 'sandbox.kubexplain.io/simulate': 'create-container-config-error' },
            annotations: { 'sandbox.kubexplain.io/message': 'configmap "shared-settings" not found' },
          },
          spec: {
            containers: [{ name: 'app', image: 'nginx:1.27', envFrom: [{ configMapRef: { name: 'shared-settings' } }] }],
          },
        },
      },
    });
    await createAll([broken('orders', 3), broken('billing', 2)], ns());
    const { code, report } = await waitFor(
      async () => {
        const r = await check(ns());
        const g = groups(r.report);
        const shared = r.report.problems.find((p) => p.cause.includes('shared-settings'));
        // The healthy web too: on a loaded machine its Pods may not be Ready yet (Service/web without endpoints).
        const web = Object.values(g).some((a) => a.some((x) => /^(Deployment|Service)\/web\b/.test(x)));
        return shared?.affected.length === 2 &&
          shared.affected.every((a) => a.pods === (a.name === 'orders' ? 3 : 2)) &&
          Object.values(g).some((a) => a.includes('Service/api')) &&
          !web
          ? r
          : undefined;
      },
      90_000,
      'the failures to settle',
    );
    expect(code).toBe(1);
    const shared = report.problems.find((p) => p.cause.includes('shared-settings'))!;
    expect(shared.severity).toBe('error');
    expect(shared.affected.map((a) => `${a.kind}/${a.name}×${a.pods}`).sort()).toEqual(['Deployment/billing×2', 'Deployment/orders×3']);
    // The crash-looping api Pod, its Deployment and the Service selecting it: one problem.
    const crash = report.problems.find((p) => p.affected.some((a) => a.kind === 'Service' && a.name === 'api'))!;
    expect(crash.cause).toMatch(/CrashLoopBackOff/);
    expect(crash.affected.map((a) => `${a.kind}/${a.name}`)).toEqual(['Deployment/api', 'Service/api']);
    for (const pod of ['worker-oom', 'typo-image', 'needs-nvme']) {
      expect(report.problems.filter((p) => p.affected.some((a) => a.name === pod))).toHaveLength(1);
    }
    // The healthy web Deployment and Service, and the completed report Job, are not problems.
    const all = report.problems.flatMap((p) => p.affected.map((a) => `${a.kind}/${a.name}`));
    for (const ok of ['Deployment/web', 'Service/web', 'Job/report']) expect(all).not.toContain(ok);
    // One list per kind (about 26), whatever the number of objects.
    expect(report.summary.requests).toBeLessThanOrEqual(30);
    for (const p of report.problems) expect(p.docs.length).toBeGreaterThan(0);
  });

  it('in Japanese, as text, with --fail-on', async () => {
    const r = await runKx(['check', '-n', ns(), '--lang', 'ja'], { KUBECONFIG: kubeconfig() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^名前空間 kx-chk-broken-\w+: エラー \d+ 件、警告 \d+ 件/);
    expect(r.stdout).toContain('影響: deployment/');
    const junit = await runKx(['check', '-n', ns(), '-o', 'junit'], { KUBECONFIG: kubeconfig() });
    expect(junit.stdout).toMatch(/<testsuites name="kubexplain check" tests="\d+" failures="[1-9]\d*">/);
    const other = await runKx(['explain', 'pod/worker-oom', '-n', ns(), '-o', 'junit'], { KUBECONFIG: kubeconfig() });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('-o junit is for check only');
  });
});

describe('check: a healthy namespace', () => {
  const ns = useNamespace('kx-chk-healthy');

  it('has no problems, also where other tools raise false alarms', async () => {
    const { core, kc } = clients();
    // The sample Ingress names an IngressClass no controller serves here: a real problem, left out.
    await createAll(
      examples('10-web.yaml').filter((d) => d.kind !== 'Ingress'),
      ns(),
    );
    const storage = kc.makeApiClient(k8s.StorageV1Api);
    const scName = `${ns()}-wait`;
    await storage.createStorageClass({
      body: { metadata: { name: scName }, provisioner: 'example.test/none', volumeBindingMode: 'WaitForFirstConsumer' },
    });
    try {
      await createAll(
        [
          // Waiting for its first consumer is how WaitForFirstConsumer works, not a problem.
          {
            apiVersion: 'v1',
            kind: 'PersistentVolumeClaim',
            metadata: { name: 'data' },
            spec: { storageClassName: scName, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
          } as k8s.KubernetesObject,
          {
            apiVersion: 'batch/v1',
            kind: 'Job',
            metadata: { name: 'nightly' },
            spec: {
              template: { spec: { restartPolicy: 'Never', containers: [{ name: 'run', image: 'busybox:1.36', command: ['true'] }] } },
            },
          } as k8s.KubernetesObject,
          // A Job whose first Pod failed and whose retry succeeded: complete, not a problem. Its Pods are
          // left alone by kwok (simulate: manual); their status is patched as the kubelet would write it.
          {
            apiVersion: 'batch/v1',
            kind: 'Job',
            metadata: { name: 'retried' },
            spec: {
              backoffLimit: 3,
              template: {
                metadata: { labels: { 'sandbox.kubexplain.io/simulate': 'manual' } },
                spec: { restartPolicy: 'Never', containers: [{ name: 'run', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] },
              },
            },
          } as k8s.KubernetesObject,
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: 'batch-with-sidecar' },
            spec: {
              restartPolicy: 'Never',
              initContainers: [{ name: 'log-shipper', image: 'busybox:1.36', restartPolicy: 'Always' }],
              containers: [{ name: 'work', image: 'busybox:1.36' }],
            },
          } as k8s.KubernetesObject,
        ],
        ns(),
      );
      // The Pod succeeded; its sidecar was stopped afterwards and exited non-zero, as sidecars do.
      await waitFor(async () => (await core.readNamespacedPod({ name: 'batch-with-sidecar', namespace: ns() })).spec?.nodeName, 30_000);
      const now = new Date().toISOString();
      await core.patchNamespacedPodStatus(
        {
          name: 'batch-with-sidecar',
          namespace: ns(),
          body: {
            status: {
              phase: 'Succeeded',
              conditions: [
                { type: 'Ready', status: 'False', reason: 'PodCompleted', lastTransitionTime: now },
                { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
              ],
              initContainerStatuses: [
                {
                  name: 'log-shipper',
                  image: 'busybox:1.36',
                  imageID: '',
                  ready: false,
                  restartCount: 0,
                  started: false,
                  state: { terminated: { exitCode: 143, reason: 'Error', startedAt: now, finishedAt: now } },
                },
              ],
              containerStatuses: [
                {
                  name: 'work',
                  image: 'busybox:1.36',
                  imageID: '',
                  ready: false,
                  restartCount: 0,
                  started: false,
                  state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: now, finishedAt: now } },
                },
              ],
            },
          },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      // The retried Job: the first Pod fails (exit 1), the controller starts another, which succeeds.
      const jobPods = async () =>
        (await core.listNamespacedPod({ namespace: ns(), labelSelector: 'batch.kubernetes.io/job-name=retried' })).items.filter(
          (p) => p.spec?.nodeName,
        );
      const finish = async (name: string, exitCode: number) => {
        const at = new Date().toISOString();
        await core.patchNamespacedPodStatus(
          {
            name,
            namespace: ns(),
            body: {
              status: {
                phase: exitCode === 0 ? 'Succeeded' : 'Failed',
                conditions: [
                  { type: 'Ready', status: 'False', reason: 'PodCompleted', lastTransitionTime: at },
                  { type: 'PodScheduled', status: 'True', lastTransitionTime: at },
                ],
                containerStatuses: [
                  {
                    name: 'run',
                    image: 'busybox:1.36',
                    imageID: '',
                    ready: false,
                    restartCount: 0,
                    started: false,
                    state: { terminated: { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error', startedAt: at, finishedAt: at } },
                  },
                ],
              },
            },
          },
          k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
        );
      };
      const first = (await waitFor(async () => (await jobPods())[0], 30_000, "the retried Job's first Pod")).metadata!.name!;
      await finish(first, 1);
      const second = await waitFor(
        async () => (await jobPods()).find((p) => p.metadata?.name !== first),
        60_000,
        "the retried Job's second Pod",
      );
      await finish(second.metadata!.name!, 0);
      await waitFor(
        async () =>
          (await kc.makeApiClient(k8s.BatchV1Api).readNamespacedJob({ name: 'retried', namespace: ns() })).status?.conditions?.some(
            (c) => c.type === 'Complete' && c.status === 'True',
          ),
        60_000,
        'the retried Job to complete',
      );
      const { code, report } = await waitFor(
        async () => {
          const r = await check(ns());
          const jobDone = (await kc.makeApiClient(k8s.BatchV1Api).readNamespacedJob({ name: 'nightly', namespace: ns() })).status
            ?.succeeded;
          const web = (await kc.makeApiClient(k8s.AppsV1Api).readNamespacedDeployment({ name: 'web', namespace: ns() })).status;
          return jobDone && web?.availableReplicas === web?.replicas && r.report.problems.length === 0 ? r : undefined;
        },
        90_000,
        'a healthy namespace with no problems',
      ).catch(async (err: unknown) => {
        throw new Error(`${(err as Error).message}\n${(await check(ns())).stdout}`, { cause: err });
      });
      expect(code).toBe(0);
      expect(report.problems).toEqual([]);
      expect(report.summary.error + report.summary.warning).toBe(0);
    } finally {
      await storage.deleteStorageClass({ name: scName }).catch(() => undefined);
    }
  });
});
