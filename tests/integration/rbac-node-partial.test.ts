// Two answers RBAC alone cannot give. A kubelet's identity (user system:node:NAME, group system:nodes) is
// judged by the Node authorizer first: it may read the Secrets of the Pods bound to its node, and `can`
// says the Node authorizer decided. And a caller who may read no RBAC and may not ask the authorizer
// gets "unknown" (exit 8), never a denial (before: "no … no binding comes close", exit 1, while the truth was yes).
import * as k8s from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runKx } from '../support/binary.js';
import { clients, serviceAccountKubeconfig, useNamespace, waitFor } from './helpers.js';

const { kc, core } = clients();
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
const ns = useNamespace('rbac-node');
const RBAC = 'rbac.authorization.k8s.io';
// A shared kwok node: the Pod is only scheduled onto it, the node itself is not touched.
const NODE = 'kx-node-1';
const kx = (...args: string[]) => runKx(args, { KUBECONFIG: inject('kubeconfig') });

beforeAll(async () => {
  const namespace = ns();
  await core.createNamespacedSecret({ namespace, body: { metadata: { name: 'mounted' }, stringData: { k: 'v' } } });
  await core.createNamespacedSecret({ namespace, body: { metadata: { name: 'unrelated' }, stringData: { k: 'v' } } });
  await core.createNamespacedPod({
    namespace,
    body: {
      metadata: { name: 'uses-secret' },
      spec: {
        nodeName: NODE,
        containers: [{ name: 'c', image: 'busybox', volumeMounts: [{ name: 's', mountPath: '/s' }] }],
        volumes: [{ name: 's', secret: { secretName: 'mounted' } }],
      },
    },
  });
  for (const name of ['deployer', 'nobody']) await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name } } });
  await rbac.createNamespacedRole({
    namespace,
    body: { metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }] },
  });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: 'deployer-pods' },
      roleRef: { apiGroup: RBAC, kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace }],
    },
  });
});

describe('node identities', () => {
  it('a kubelet may get the Secret its Pod mounts: the Node authorizer allows it, not RBAC (en and ja)', async () => {
    const user = `user:system:node:${NODE}`;
    // The Node authorizer's graph follows Pods a moment after they are bound.
    const r = await waitFor(async () => {
      const x = await kx('can', user, 'get', 'secrets/mounted', '-n', ns(), '-o', 'json');
      return x.code === 0 ? x : undefined;
    }, 30_000);
    const c = JSON.parse(r.stdout) as { answer: string; allowed: boolean; user: { groups: string[] }; authorizer: { decidedBy?: string } };
    expect(c.user.groups).toContain('system:nodes');
    expect(c).toMatchObject({ answer: 'allowed', allowed: false, authorizer: { allowed: true, decidedBy: 'Node' } });
    const text = await kx('can', user, 'get', 'secrets/mounted', '-n', ns());
    expect(text.stdout).toMatch(/^yes/);
    expect(text.stdout).toContain(`the Node authorizer, not RBAC, allows this: it lets the kubelet of node ${NODE}`);
    const ja = await kx('can', user, 'get', 'secrets/mounted', '-n', ns(), '--lang', 'ja');
    expect(ja.stdout).toContain('これを許可しているのは RBAC ではなく Node 認可器です');
  });

  it('a Secret no Pod of the node uses: denied, and the Node authorizer reason is quoted', async () => {
    const r = await kx('can', `user:system:node:${NODE}`, 'get', 'secrets/unrelated', '-n', ns());
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^no/);
    expect(r.stdout).toContain(
      `the Node authorizer has no opinion for node ${NODE} ("no relationship found between node '${NODE}' and this object")`,
    );
  });

  it('who-can get secrets/NAME mentions the Node authorizer', async () => {
    const r = await kx('who-can', 'get', 'secrets/mounted', '-n', ns());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('the Node authorizer lets each kubelet (group system:nodes) reach the secrets');
  });
});

describe('partial permissions', () => {
  it('a caller who may read nothing: "unknown", exit 8, naming what could not be read (en and ja)', async () => {
    const env = { KUBECONFIG: await serviceAccountKubeconfig(ns(), 'nobody') };
    const r = await runKx(['can', `sa:${ns()}/deployer`, 'get', 'pods', '-n', ns()], env);
    expect(r.code, r.stderr).toBe(8);
    expect(r.stdout).toMatch(/^unknown — could not tell whether sa:\S+ may get pods in namespace \S+/);
    expect(r.stdout).toContain('could not list clusterroles.rbac.authorization.k8s.io');
    expect(r.stdout).not.toMatch(/^no/m);
    const json = await runKx(['can', `sa:${ns()}/deployer`, 'get', 'pods', '-n', ns(), '-o', 'json'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ answer: 'unknown', complete: false, authorizer: null });
    const ja = await runKx(['can', `sa:${ns()}/deployer`, 'get', 'pods', '-n', ns(), '--lang', 'ja'], env);
    expect(ja.code).toBe(8);
    expect(ja.stdout).toMatch(/^不明 — /);
    // The same question by a caller who may ask: yes.
    const admin = await kx('can', `sa:${ns()}/deployer`, 'get', 'pods', '-n', ns());
    expect(admin.code).toBe(0);
  });
});
