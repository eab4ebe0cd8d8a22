// Custom resources and missing permissions against the sandbox: a cluster-scoped CRD found through
// discovery (so a RoleBinding cannot grant it), a typo of it answered with the served name, and a caller
// that may not create SubjectAccessReviews or list ClusterRoles getting an unverified, incomplete answer
// rather than an error.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccessCheck, AccessMatrix, WhoCan } from '../../src/model/rbac.js';
import { clients, useNamespace, waitFor, serviceAccountKubeconfig } from './helpers.js';
import { runKx } from '../support/binary.js';

const { kc, core } = clients();
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
const ext = kc.makeApiClient(k8s.ApiextensionsV1Api);
const ns = useNamespace('rbac-res');
const RBAC = 'rbac.authorization.k8s.io';
const group = `kx${Math.random().toString(36).slice(2, 7)}.example.com`;
const crd = `gizmos.${group}`;
const role = `gizmo-reader-${group.split('.')[0]}`;

const kx = (env: Record<string, string>, ...args: string[]) => runKx(args, env);
const admin = () => ({ KUBECONFIG: inject('kubeconfig') });

beforeAll(async () => {
  const namespace = ns();
  await ext.createCustomResourceDefinition({
    body: {
      metadata: { name: crd },
      spec: {
        group,
        scope: 'Cluster',
        names: { plural: 'gizmos', singular: 'gizmo', kind: 'Gizmo' },
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: { openAPIV3Schema: { type: 'object', x_kubernetes_preserve_unknown_fields: true } },
          },
        ],
      },
    },
  });
  await waitFor(
    async () =>
      ((await ext.readCustomResourceDefinition({ name: crd })).status?.conditions ?? []).some(
        (c) => c.type === 'Established' && c.status === 'True',
      ),
    30_000,
    'CRD established',
  );
  await rbac.createClusterRole({
    body: { metadata: { name: role }, rules: [{ apiGroups: [group], resources: ['gizmos'], verbs: ['get', 'list'] }] },
  });
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name: role },
      roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
      subjects: [{ kind: 'ServiceAccount', name: 'everywhere', namespace }],
    },
  });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: 'only-here' },
      roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
      subjects: [{ kind: 'ServiceAccount', name: 'here', namespace }],
    },
  });
  // Discovery is eventually consistent after the CRD is established.
  await waitFor(
    async () => (await kx(admin(), 'can', `sa:${namespace}/everywhere`, 'get', crd, '-o', 'json')).code === 0,
    30_000,
    'discovery of the CRD',
  );
});

afterAll(async () => {
  await rbac.deleteClusterRoleBinding({ name: role }).catch(() => undefined);
  await rbac.deleteClusterRole({ name: role }).catch(() => undefined);
  await ext.deleteCustomResourceDefinition({ name: crd }).catch(() => undefined);
});

describe('custom resources', () => {
  it('discovery says the CRD is cluster-scoped: only the ClusterRoleBinding grants it', async () => {
    const r = await kx(admin(), 'who-can', 'get', crd, '-n', ns(), '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const w = JSON.parse(r.stdout) as WhoCan;
    expect(w.request).toMatchObject({ group, resource: 'gizmos', clusterScoped: true, namespace: '' });
    const names = w.subjects.filter((s) => s.kind === 'ServiceAccount').map((s) => s.name);
    expect(names).toContain('everywhere');
    expect(names).not.toContain('here');
    expect(w.subjects.find((s) => s.name === 'everywhere')!.verified).toBe(true);
    expect(w.warnings.join('\n')).toMatch(/RoleBinding cannot grant cluster-scoped resources/);
  });

  it('a typo of the CRD is answered with the served name', async () => {
    const r = await kx(admin(), 'can', `sa:${ns()}/everywhere`, 'get', `gizmo.${group}`, '-o', 'json');
    const c = JSON.parse(r.stdout) as AccessCheck;
    expect(c.warnings.join('\n')).toContain(`the API server serves no resource gizmo.${group} (did you mean gizmos.${group}?)`);
  });

  it('a typo of a built-in resource is one line, exit 2, no request made', async () => {
    const r = await kx(admin(), 'who-can', 'get', 'confgmaps');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error: unknown resource "confgmaps": did you mean configmaps?\nhint: custom resources need their API group, e.g. widgets.example.com\n',
    );
  });
});

describe('a caller without review or cluster-wide RBAC permissions', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    const namespace = ns();
    await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'limited' } } });
    await rbac.createNamespacedRole({
      namespace,
      body: { metadata: { name: 'rbac-reader' }, rules: [{ apiGroups: [RBAC], resources: ['roles', 'rolebindings'], verbs: ['list'] }] },
    });
    await rbac.createNamespacedRoleBinding({
      namespace,
      body: {
        metadata: { name: 'limited-rbac' },
        roleRef: { apiGroup: RBAC, kind: 'Role', name: 'rbac-reader' },
        subjects: [{ kind: 'ServiceAccount', name: 'limited', namespace }],
      },
    });
    const file = await serviceAccountKubeconfig(namespace, 'limited');
    env = { KUBECONFIG: file };
  });

  it('can: no grant read from incomplete RBAC and no authorizer is "unknown" (exit 8), never a denial', async () => {
    const r = await kx(env, 'can', `sa:${ns()}/here`, 'list', 'pods', '-o', 'json');
    expect(r.code).toBe(8);
    expect(r.stderr).toBe('');
    const c = JSON.parse(r.stdout) as AccessCheck;
    expect(c).toMatchObject({ authorizer: null, agreement: 'unverified', complete: false, answer: 'unknown' });
    const text = await kx(env, 'can', `sa:${ns()}/here`, 'list', 'pods');
    expect(text.stdout).toContain('authorizer: not asked (no permission to create SubjectAccessReviews) — unverified');
  });

  it('access: unverified and incomplete, with the warning naming what is missing', async () => {
    const r = await kx(env, 'access', `sa:${ns()}/limited`, '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as AccessMatrix;
    expect(m.authorizer).toBeNull();
    expect(m.complete).toBe(false);
    expect(m.warnings.join('\n')).toMatch(/not allowed to create SubjectAccessReviews/);
    expect(m.warnings.join('\n')).toMatch(/clusterroles/);
    // Its own Role is still read from its namespace.
    expect(m.rows.find((x) => x.resource.resource === 'rolebindings')?.cells.find((c) => c.verb === 'list')?.allowed).toBe(true);
  });

  it('access me: the SelfSubjectRulesReview is always allowed, so me is still compared', async () => {
    const r = await kx(env, 'access', 'me', '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as AccessMatrix;
    expect(m.user.username).toBe(`system:serviceaccount:${ns()}:limited`);
    expect(m.authorizer?.method).toBe('SelfSubjectRulesReview');
  });
});
