// The sandbox is a real control plane: nodes, scheduling, Deployments, EndpointSlices and Jobs
// behave as Kubernetes does, and kwok stages give Pods realistic states.
import { readFileSync } from 'node:fs';
import type * as k8s from '@kubernetes/client-node';
import { describe, expect, inject, it } from 'vitest';
import { clients, condition, useNamespace, waitFor } from './helpers.js';

const { core, apps, batch, discovery } = clients();
const ns = useNamespace('cp');

const pod = (name: string, labels: Record<string, string>, spec: Partial<k8s.V1PodSpec> = {}): k8s.V1Pod => ({
  metadata: { name, labels },
  spec: { containers: [{ name: 'app', image: 'example.test/app:1' }], ...spec },
});

describe('control plane', () => {
  it('serves Kubernetes v1.36 and has Ready kwok nodes', async () => {
    const { kc } = clients();
    const version = await kc.makeApiClient((await import('@kubernetes/client-node')).VersionApi).getCode();
    expect(version.gitVersion).toMatch(/^v1\.36\./);
    // The sandbox's own nodes (sandbox/nodes.yaml): scenarios running beside this test add NotReady nodes of their own.
    const nodes = (await core.listNode()).items.filter((n) => /^kx-node-\d+$/.test(n.metadata?.name ?? ''));
    expect(nodes.length).toBeGreaterThanOrEqual(1);
    for (const n of nodes) expect(n.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
  });

  it('runs a Deployment to Running and Ready Pods with IPs, listed ready in the EndpointSlice', async () => {
    const namespace = ns();
    await apps.createNamespacedDeployment({
      namespace,
      body: {
        metadata: { name: 'web' },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: 'web' } },
          template: {
            metadata: { labels: { app: 'web' } },
            spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80 }] }] },
          },
        },
      },
    });
    await core.createNamespacedService({
      namespace,
      body: { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] } },
    });
    const pods = await waitFor(
      async () => {
        const list = (await core.listNamespacedPod({ namespace, labelSelector: 'app=web' })).items;
        return list.length === 2 && list.every((p) => p.status?.phase === 'Running' && condition(p, 'Ready')?.status === 'True') && list;
      },
      60_000,
      'web Pods Running and Ready',
    );
    for (const p of pods) expect(p.status?.podIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

    const slice = await waitFor(
      async () => {
        const s = (await discovery.listNamespacedEndpointSlice({ namespace, labelSelector: 'kubernetes.io/service-name=web' })).items[0];
        return s && (s.endpoints?.length ?? 0) === 2 && s;
      },
      60_000,
      'EndpointSlice with 2 endpoints',
    );
    const ips = new Set(pods.map((p) => p.status?.podIP));
    for (const e of slice.endpoints) {
      expect(e.conditions?.ready).toBe(true);
      expect(ips.has(e.addresses[0])).toBe(true);
      expect(e.targetRef?.kind).toBe('Pod');
    }
    expect(slice.ports?.[0]?.port).toBe(80);
  });

  it("leaves a Pod with an impossible nodeSelector Pending with the scheduler's Unschedulable message", async () => {
    const namespace = ns();
    await core.createNamespacedPod({ namespace, body: pod('needs-nvme', { app: 'x' }, { nodeSelector: { disktype: 'nvme' } }) });
    const scheduled = await waitFor(
      async () => {
        const p = await core.readNamespacedPod({ namespace, name: 'needs-nvme' });
        return condition(p, 'PodScheduled')?.reason === 'Unschedulable' && { pod: p, cond: condition(p, 'PodScheduled')! };
      },
      60_000,
      'PodScheduled=False/Unschedulable',
    );
    expect(scheduled.pod.status?.phase).toBe('Pending');
    expect(scheduled.cond.status).toBe('False');
    // Other test files' nodes run beside (one may be cordoned): the scheduler lists their reasons too, sorted.
    expect(scheduled.cond.message).toMatch(/^0\/\d+ nodes are available: (.*, )?\d+ node\(s\) didn't match Pod's node affinity\/selector/);
  });
});

// Each simulated state (kwok stages in sandbox/stages/pod-simulate.yaml) shows the status fields a
// real kubelet would write.
describe('simulated Pod states', () => {
  const cases: { state: string; phase: string; check: (s: k8s.V1ContainerStatus, p: k8s.V1Pod) => void }[] = [
    {
      state: 'not-ready',
      phase: 'Running',
      check: (s, p) => {
        expect(s.state?.running).toBeDefined();
        expect(s.ready).toBe(false);
        expect(condition(p, 'Ready')).toMatchObject({ status: 'False', reason: 'ContainersNotReady' });
        expect(p.status?.podIP).toBeTruthy();
      },
    },
    {
      state: 'crashloop',
      phase: 'Running',
      check: (s) => {
        expect(s.state?.waiting?.reason).toBe('CrashLoopBackOff');
        expect(s.restartCount).toBe(5);
        expect(s.lastState?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
      },
    },
    {
      state: 'oomkilled',
      phase: 'Running',
      check: (s) => {
        expect(s.state?.waiting?.reason).toBe('CrashLoopBackOff');
        expect(s.lastState?.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
      },
    },
    { state: 'err-image-pull', phase: 'Pending', check: (s) => expect(s.state?.waiting?.reason).toBe('ErrImagePull') },
    {
      state: 'image-pull-backoff',
      phase: 'Pending',
      check: (s) => {
        expect(s.state?.waiting?.reason).toBe('ImagePullBackOff');
        expect(s.state?.waiting?.message).toContain('example.test/app:1');
      },
    },
    {
      state: 'create-container-config-error',
      phase: 'Pending',
      check: (s) => expect(s.state?.waiting?.reason).toBe('CreateContainerConfigError'),
    },
    {
      state: 'failed',
      phase: 'Failed',
      check: (s) => expect(s.state?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' }),
    },
  ];

  for (const c of cases) {
    it(`${c.state}: phase ${c.phase} with the expected container status`, async () => {
      const namespace = ns();
      const name = `sim-${c.state}`;
      await core.createNamespacedPod({
        namespace,
        body: pod(name, { 'sandbox.kubexplain.io/simulate': c.state }, { restartPolicy: c.state === 'failed' ? 'Never' : 'Always' }),
      });
      const p = await waitFor(
        async () => {
          const live = await core.readNamespacedPod({ namespace, name });
          return (live.status?.containerStatuses?.length ?? 0) > 0 && live;
        },
        60_000,
        `${c.state} status`,
      );
      expect(p.status?.phase).toBe(c.phase);
      c.check(p.status!.containerStatuses![0]!, p);
    });
  }

  it('completes a Job and fails one past its backoffLimit', async () => {
    const namespace = ns();
    const job = (name: string, labels: Record<string, string>): k8s.V1Job => ({
      metadata: { name },
      spec: {
        backoffLimit: 0,
        template: { metadata: { labels }, spec: { restartPolicy: 'Never', containers: [{ name: 'run', image: 'busybox:1.36' }] } },
      },
    });
    await batch.createNamespacedJob({ namespace, body: job('ok', {}) });
    await batch.createNamespacedJob({ namespace, body: job('bad', { 'sandbox.kubexplain.io/simulate': 'failed' }) });
    const done = (name: string, type: string) =>
      waitFor(
        async () => {
          const j = await batch.readNamespacedJob({ namespace, name });
          return j.status?.conditions?.find((c) => c.type === type && c.status === 'True');
        },
        90_000,
        `Job ${name} ${type}`,
      );
    expect((await done('ok', 'Complete')).type).toBe('Complete');
    expect((await done('bad', 'Failed')).reason).toBe('BackoffLimitExceeded');
  });
});

describe('audit log', () => {
  it('records each request with verb, resource and user agent', async () => {
    const auditLog = inject('auditLog');
    if (!auditLog) return; // an external cluster given by KUBEXPLAIN_TEST_KUBECONFIG has no log we can read
    const namespace = ns();
    const events = await waitFor(
      async () => {
        const lines = readFileSync(auditLog, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { verb: string; objectRef?: { resource?: string; name?: string } });
        const found = lines.filter((e) => e.verb === 'create' && e.objectRef?.resource === 'namespaces' && e.objectRef.name === namespace);
        return found.length > 0 && found;
      },
      10_000,
      'audit event for the namespace',
    );
    expect(events[0]?.verb).toBe('create');
  });
});
