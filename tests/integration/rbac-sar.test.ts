// The resolver against the authorizer: realistic RBAC in two namespaces of this file (resourceNames,
// subresources, */scale, wildcards, nonResourceURLs, an aggregated ClusterRole, RoleBindings to
// ClusterRoles, Users, Groups, ServiceAccounts and the implicit groups), then a matrix of requests
// where canI on a snapshot read live through readRbac must give the same answer as a real
// SubjectAccessReview for the same user and groups. Zero disagreements allowed.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subjectAccessReview } from '../../src/cluster/access-review.js';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { readRbac } from '../../src/cluster/rbac-reader.js';
import { LiveReader } from '../../src/cluster/reader.js';
import type { AccessRequest, BindingSubject, PolicyRule, Subject } from '../../src/model/rbac.js';
import { canI, whoCan } from '../../src/rbac/resolve.js';
import { buildSnapshot } from '../../src/rbac/snapshot.js';
import { userInfoFor } from '../../src/rbac/subjects.js';
import { clients, useNamespace, waitFor } from './helpers.js';

const { kc } = clients();
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
const nsA = useNamespace('sar-a');
const nsB = useNamespace('sar-b');
// Cluster-scoped names and user/group names carry a suffix so parallel files and reruns never collide.
const s = Math.random().toString(36).slice(2, 7);
const RBAC = 'rbac.authorization.k8s.io';
const user = (name: string): BindingSubject => ({ kind: 'User', name, apiGroup: RBAC });
const group = (name: string): BindingSubject => ({ kind: 'Group', name, apiGroup: RBAC });
const sa = (namespace: string | undefined, name: string): BindingSubject =>
  namespace ? { kind: 'ServiceAccount', name, namespace } : { kind: 'ServiceAccount', name };
const U = { alice: `alice-${s}`, bob: `bob-${s}`, carol: `carol-${s}`, dave: `dave-${s}`, erin: `erin-${s}`, frank: `frank-${s}` };
const G = { devs: `devs-${s}`, auditors: `auditors-${s}` };
const clusterRoles: string[] = [];
const clusterBindings: string[] = [];

async function role(namespace: string, name: string, rules: PolicyRule[]) {
  await rbac.createNamespacedRole({ namespace, body: { metadata: { name }, rules } });
}
async function clusterRole(name: string, rules: PolicyRule[] | undefined, extra: Partial<k8s.V1ClusterRole> = {}) {
  clusterRoles.push(name);
  await rbac.createClusterRole({
    body: {
      metadata: { name, ...(extra.metadata ?? {}) },
      ...(rules ? { rules } : {}),
      ...(extra.aggregationRule ? { aggregationRule: extra.aggregationRule } : {}),
    },
  });
}
async function roleBinding(namespace: string, name: string, kind: 'Role' | 'ClusterRole', roleName: string, subjects: BindingSubject[]) {
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: { metadata: { name }, roleRef: { apiGroup: RBAC, kind, name: roleName }, subjects },
  });
}
async function clusterBinding(name: string, roleName: string, subjects: BindingSubject[]) {
  clusterBindings.push(name);
  await rbac.createClusterRoleBinding({
    body: { metadata: { name }, roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: roleName }, subjects },
  });
}

beforeAll(async () => {
  const a = nsA();
  const b = nsB();
  await role(a, 'pod-reader', [
    { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] },
    { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
  ]);
  await role(a, 'named-cm', [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['app-config'], verbs: ['get', 'update'] }]);
  await role(a, 'scaler', [
    { apiGroups: ['apps'], resources: ['deployments/scale'], verbs: ['get', 'update', 'patch'] },
    { apiGroups: ['apps'], resources: ['*/scale'], verbs: ['get'] },
  ]);
  // "pods/*" is no pattern: it matches only a subresource literally named "*".
  await role(a, 'odd', [
    { apiGroups: [''], resources: ['pods/*'], verbs: ['get'] },
    { apiGroups: ['*'], resources: ['services'], verbs: ['*'] },
  ]);
  await role(b, 'authn-cm', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }]);
  await role(b, 'pvc-reader', [{ apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['get', 'list'] }]);

  await clusterRole(`secrets-all-${s}`, [{ apiGroups: [''], resources: ['secrets'], verbs: ['*'] }]);
  await clusterRole(`read-everything-${s}`, [{ apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list'] }]);
  await clusterRole(`nonres-${s}`, [{ nonResourceURLs: ['/healthz', '/metrics/*', '/logs'], verbs: ['get'] }]);
  await clusterRole(`node-viewer-${s}`, [{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list'] }]);
  await clusterRole(`deploy-editor-${s}`, [
    { apiGroups: ['apps'], resources: ['deployments'], verbs: ['*'] },
    { apiGroups: ['apps'], resources: ['deployments/scale'], verbs: ['update'] },
    { apiGroups: [''], resources: ['pods/exec', 'pods/attach'], verbs: ['create'] },
  ]);
  const label = `kx-test/agg-${s}`;
  await clusterRole(`agg-${s}`, undefined, { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [label]: 'true' } }] } });
  await clusterRole(
    `agg-part-${s}`,
    [
      { apiGroups: [''], resources: ['services', 'endpoints'], verbs: ['get', 'list'] },
      { apiGroups: ['apps'], resources: ['statefulsets'], verbs: ['create'] },
      { apiGroups: [''], resources: ['nodes'], verbs: ['get'] },
    ],
    { metadata: { name: `agg-part-${s}`, labels: { [label]: 'true' } } },
  );

  await roleBinding(a, 'rb-pod-reader', 'Role', 'pod-reader', [sa(a, 'app'), user(U.alice)]);
  await roleBinding(a, 'rb-named-cm', 'Role', 'named-cm', [group(G.devs)]);
  await roleBinding(a, 'rb-scaler', 'Role', 'scaler', [user(U.bob)]);
  await roleBinding(a, 'rb-odd', 'Role', 'odd', [sa(b, 'other')]);
  await roleBinding(a, 'rb-secrets', 'ClusterRole', `secrets-all-${s}`, [group(`system:serviceaccounts:${a}`)]);
  await roleBinding(a, 'rb-deploy', 'ClusterRole', `deploy-editor-${s}`, [group(G.devs), sa(a, 'app')]);
  await roleBinding(b, 'rb-everything', 'ClusterRole', `read-everything-${s}`, [user(U.dave), group(G.auditors)]);
  await roleBinding(b, 'rb-agg', 'ClusterRole', `agg-${s}`, [sa(b, 'other'), user(U.erin)]);
  // A RoleBinding cannot grant a cluster-scoped resource, even through a ClusterRole.
  await roleBinding(b, 'rb-nodes', 'ClusterRole', `node-viewer-${s}`, [user(U.alice)]);
  await roleBinding(b, 'rb-authn', 'Role', 'authn-cm', [group('system:authenticated')]);
  // A ServiceAccount subject without namespace in a RoleBinding means the binding's namespace.
  await roleBinding(b, 'rb-sa-nons', 'Role', 'pvc-reader', [sa(undefined, 'builder')]);
  await clusterBinding(`crb-nonres-${s}`, `nonres-${s}`, [user(U.carol), group('system:serviceaccounts')]);
  await clusterBinding(`crb-agg-${s}`, `agg-${s}`, [group(G.auditors)]);
  await clusterBinding(`crb-nodes-${s}`, `node-viewer-${s}`, [sa(a, 'app')]);

  // The controller-manager fills the aggregated role's rules; the snapshot must see them filled.
  await waitFor(
    async () => ((await rbac.readClusterRole({ name: `agg-${s}` })).rules ?? []).length >= 3,
    60_000,
    'aggregation of the test ClusterRole',
  );
});

afterAll(async () => {
  await Promise.all([
    ...clusterBindings.map((name) => rbac.deleteClusterRoleBinding({ name }).catch(() => undefined)),
    ...clusterRoles.map((name) => rbac.deleteClusterRole({ name }).catch(() => undefined)),
  ]);
});

function subjects(): Subject[] {
  const a = nsA();
  const b = nsB();
  return [
    ...Object.values(U).map((name): Subject => ({ kind: 'User', name })),
    ...Object.values(G).map((name): Subject => ({ kind: 'Group', name })),
    { kind: 'Group', name: `system:serviceaccounts:${a}` },
    { kind: 'ServiceAccount', namespace: a, name: 'app' },
    { kind: 'ServiceAccount', namespace: a, name: 'default' },
    { kind: 'ServiceAccount', namespace: b, name: 'other' },
    { kind: 'ServiceAccount', namespace: b, name: 'builder' },
    { kind: 'ServiceAccount', namespace: a, name: 'builder' },
  ];
}

function requests(): AccessRequest[] {
  const a = nsA();
  const b = nsB();
  const out: AccessRequest[] = [];
  const r = (verb: string, group: string, resource: string, namespace: string, extra: { subresource?: string; name?: string } = {}) =>
    out.push({ verb, group, resource, namespace, ...extra });
  for (const ns of [a, b]) {
    for (const verb of ['get', 'list', 'watch', 'delete']) r(verb, '', 'pods', ns);
    r('get', '', 'pods', ns, { name: 'web-1' });
    r('get', '', 'pods', ns, { subresource: 'log', name: 'web-1' });
    r('get', '', 'pods', ns, { subresource: '*', name: 'web-1' });
    r('create', '', 'pods', ns, { subresource: 'exec', name: 'web-1' });
    r('get', '', 'configmaps', ns, { name: 'app-config' });
    r('get', '', 'configmaps', ns, { name: 'other' });
    r('get', '', 'configmaps', ns);
    r('update', '', 'configmaps', ns, { name: 'app-config' });
    r('list', '', 'configmaps', ns);
    r('get', 'apps', 'deployments', ns, { name: 'web' });
    r('update', 'apps', 'deployments', ns, { name: 'web' });
    r('get', 'apps', 'deployments', ns, { subresource: 'scale', name: 'web' });
    r('update', 'apps', 'deployments', ns, { subresource: 'scale', name: 'web' });
    r('get', 'apps', 'statefulsets', ns, { subresource: 'scale', name: 'db' });
    r('create', 'apps', 'statefulsets', ns);
    r('get', 'extensions', 'deployments', ns, { name: 'web' });
    r('get', '', 'secrets', ns, { name: 'token' });
    r('delete', '', 'secrets', ns, { name: 'token' });
    r('list', '', 'services', ns);
    r('patch', 'networking.k8s.io', 'services', ns);
    r('get', '', 'persistentvolumeclaims', ns, { name: 'data' });
  }
  // Across all namespaces: only ClusterRoleBindings count.
  r('list', '', 'pods', '');
  r('list', '', 'secrets', '');
  r('list', '', 'services', '');
  r('get', '', 'nodes', '', { name: 'node-1' });
  r('list', '', 'nodes', '');
  r('get', '', 'namespaces', '', { name: a });
  for (const url of ['/healthz', '/metrics', '/metrics/cadvisor', '/logs', '/logs/x', '/api', '/version', '/livez'])
    out.push({ verb: 'get', nonResourceURL: url });
  out.push({ verb: 'post', nonResourceURL: '/healthz' });
  return out;
}

const describeRequest = (q: AccessRequest) =>
  'nonResourceURL' in q
    ? `${q.verb} ${q.nonResourceURL}`
    : `${q.verb} ${q.group ? `${q.resource}.${q.group}` : q.resource}${q.subresource ? `/${q.subresource}` : ''}${q.name ? ` ${q.name}` : ''} ns=${q.namespace || '(cluster)'}`;

describe('resolver vs SubjectAccessReview', () => {
  it('agrees with the authorizer on every case of the matrix', async () => {
    const conn = loadKubeConfig({ kubeconfig: inject('kubeconfig') });
    const objects = await readRbac(new LiveReader(conn, 20_000), { all: true });
    const snapshot = buildSnapshot(objects);
    expect(snapshot.incomplete).toEqual([]);
    const cases = subjects().flatMap((subject) => requests().map((request) => ({ subject, request, user: userInfoFor(subject) })));
    expect(cases.length).toBeGreaterThanOrEqual(200);

    const counter = { requestCount: 0 };
    const disagreements: string[] = [];
    let allowedCount = 0;
    // A few reviews in flight at a time: the machine is shared.
    for (let i = 0; i < cases.length; i += 16) {
      await Promise.all(
        cases.slice(i, i + 16).map(async (c) => {
          const ours = canI(snapshot, c.user, c.request).allowed;
          const theirs = await subjectAccessReview(conn, c.user, c.request, { counter });
          if (theirs.allowed) allowedCount++;
          if (ours !== theirs.allowed) {
            disagreements.push(
              `${c.user.username || '(no user)'} [${c.user.groups.join(',')}] ${describeRequest(c.request)}: resolver=${ours} authorizer=${theirs.allowed} (${theirs.reason})`,
            );
          }
        }),
      );
    }
    expect(counter.requestCount).toBe(cases.length);
    // The matrix must exercise both answers, not just "denied" everywhere.
    expect(allowedCount).toBeGreaterThan(40);
    expect(cases.length - allowedCount).toBeGreaterThan(40);
    expect(disagreements, `${disagreements.length} of ${cases.length} cases disagree:\n${disagreements.join('\n')}`).toEqual([]);
    console.log(`rbac-sar: ${cases.length} cases, ${allowedCount} allowed, 0 disagreements`);
  });

  it('lists in who-can only subjects the authorizer allows (each asked as itself, Groups as a synthetic member)', async () => {
    const conn = loadKubeConfig({ kubeconfig: inject('kubeconfig') });
    const snapshot = buildSnapshot(await readRbac(new LiveReader(conn, 20_000), { all: true }));
    const cases = requests().flatMap((request) =>
      whoCan(snapshot, request).subjects.map((subject) => ({ request, subject, user: userInfoFor(subject) })),
    );
    const ours = cases.filter(
      (c) => c.subject.name.endsWith(s) || [nsA(), nsB()].includes(c.subject.namespace ?? '') || c.subject.name.includes(nsA()),
    );
    expect(ours.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (let i = 0; i < cases.length; i += 16) {
      await Promise.all(
        cases.slice(i, i + 16).map(async (c) => {
          const review = await subjectAccessReview(conn, c.user, c.request);
          if (!review.allowed)
            wrong.push(`${c.subject.kind} ${c.subject.namespace ?? ''}/${c.subject.name}: ${describeRequest(c.request)}`);
        }),
      );
    }
    expect(wrong, `${wrong.length} of ${cases.length} listed subjects are denied:\n${wrong.join('\n')}`).toEqual([]);
    console.log(`who-can: ${cases.length} listed subjects (${ours.length} from this file's bindings), all allowed`);
  });
});
