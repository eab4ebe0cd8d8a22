// Subresources, names and node identities against the authorizer. A ServiceAccount holds rules on many
// subresources; then every built-in RESOURCE/SUB (and RESOURCE/SUB/NAME, RESOURCE/NAME) is asked as a user
// types it, parsed by the same code as `can`, and our answer must equal a SubjectAccessReview for the same
// request built from explicit attributes. Before: `update ingresses.networking.k8s.io/status` read "status"
// as an ingress name and said no (31 wrong answers of 671 questions in the issue).
import * as k8s from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { subjectAccessReview } from '../../src/cluster/access-review.js';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { mapLimit } from '../../src/cluster/pool.js';
import { readRbac } from '../../src/cluster/rbac-reader.js';
import { LiveReader } from '../../src/cluster/reader.js';
import type { PolicyRule, ResourceRequest } from '../../src/model/rbac.js';
import { builtinSubresourcePairs, builtinSubresources } from '../../src/rbac/builtin-resources.js';
import { BUILTIN_SUBRESOURCES } from '../../src/rbac/data/subresources.js';
import { parseAccessRequest } from '../../src/rbac/query.js';
import { canI } from '../../src/rbac/resolve.js';
import { buildSnapshot } from '../../src/rbac/snapshot.js';
import { userInfoFor } from '../../src/rbac/subjects.js';
import { runKx } from '../support/binary.js';
import { clients, useNamespace, waitFor } from './helpers.js';

const { kc, core } = clients();
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
const ns = useNamespace('subres');
const RBAC = 'rbac.authorization.k8s.io';
const s = Math.random().toString(36).slice(2, 7);
const kx = (...args: string[]) => runKx(args, { KUBECONFIG: inject('kubeconfig') });

const ROLE_RULES: PolicyRule[] = [
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses/status'], verbs: ['update', 'patch'] },
  { apiGroups: ['apps'], resources: ['deployments/scale'], verbs: ['get', 'update'] },
  { apiGroups: ['apps'], resources: ['statefulsets/status'], verbs: ['update'] },
  { apiGroups: ['apps'], resources: ['*/scale'], verbs: ['patch'] },
  { apiGroups: [''], resources: ['services/proxy'], verbs: ['get', 'create'] },
  { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] },
  { apiGroups: [''], resources: ['pods/log', 'pods/status'], verbs: ['get'] },
  { apiGroups: [''], resources: ['pods/exec'], verbs: ['create'], resourceNames: ['web-1'] },
  { apiGroups: ['batch'], resources: ['jobs/status', 'cronjobs/status'], verbs: ['get', 'patch'] },
  { apiGroups: [''], resources: ['configmaps'], verbs: ['get'], resourceNames: ['team/a', 'status'] },
];
const NODE_RULES: PolicyRule[] = [
  { apiGroups: [''], resources: ['nodes/proxy', 'nodes/metrics', 'nodes/stats'], verbs: ['get'] },
  { apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update'] },
];

const res = (group: string, resource: string) => (group ? `${resource}.${group}` : resource);

beforeAll(async () => {
  const namespace = ns();
  await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'operator' } } });
  await rbac.createNamespacedRole({ namespace, body: { metadata: { name: 'subs' }, rules: ROLE_RULES } });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: 'operator-subs' },
      roleRef: { apiGroup: RBAC, kind: 'Role', name: 'subs' },
      subjects: [{ kind: 'ServiceAccount', name: 'operator', namespace }],
    },
  });
  await rbac.createClusterRole({ body: { metadata: { name: `subres-nodes-${s}` }, rules: NODE_RULES } });
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name: `subres-nodes-${s}` },
      roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: `subres-nodes-${s}` },
      subjects: [{ kind: 'ServiceAccount', name: 'operator', namespace }],
    },
  });
  return async () => {
    await rbac.deleteClusterRoleBinding({ name: `subres-nodes-${s}` }).catch(() => undefined);
    await rbac.deleteClusterRole({ name: `subres-nodes-${s}` }).catch(() => undefined);
  };
});

describe('subresources against the authorizer', () => {
  it('the built-in table equals what discovery serves', async () => {
    const lists = [await core.getAPIResources()];
    const groups = await kc.makeApiClient(k8s.ApisApi).getAPIVersions();
    const crdGroups = new Set(
      (await kc.makeApiClient(k8s.ApiextensionsV1Api).listCustomResourceDefinition()).items.map((c) => c.spec.group),
    );
    const custom = kc.makeApiClient(k8s.CustomObjectsApi);
    const served = new Map<string, Set<string>>();
    for (const g of groups.groups.filter((x) => !crdGroups.has(x.name))) {
      for (const v of g.versions) {
        const list = (await custom.getAPIResources({ group: g.name, version: v.version })) as k8s.V1APIResourceList;
        lists.push({ ...list, groupVersion: v.groupVersion });
      }
    }
    for (const list of lists) {
      const group = list.groupVersion.includes('/') ? list.groupVersion.split('/')[0]! : '';
      for (const r of list.resources) {
        const [resource, sub] = r.name.split('/');
        if (sub) served.set(`${group}/${resource}`, (served.get(`${group}/${resource}`) ?? new Set()).add(sub));
      }
    }
    const table = Object.fromEntries([...served].map(([k, v]) => [k, [...v].sort()]));
    expect(table).toEqual(BUILTIN_SUBRESOURCES);
  });

  it('every built-in RESOURCE/SUB, RESOURCE/SUB/NAME and RESOURCE/NAME, as typed, agrees with a SubjectAccessReview', async () => {
    const namespace = ns();
    const conn = loadKubeConfig({ kubeconfig: inject('kubeconfig') });
    const reader = new LiveReader(conn, 30_000, false);
    await waitFor(async () => (await rbac.listNamespacedRoleBinding({ namespace })).items.length > 0);
    const snapshot = buildSnapshot(await readRbac(reader, { all: true, namespace }));
    const user = userInfoFor({ kind: 'ServiceAccount', namespace, name: 'operator' });
    const questions: { text: string; verb: string; truth: ResourceRequest }[] = [];
    const scope = (group: string, resource: string) =>
      (parseAccessRequest('get', res(group, resource), { namespace, all: false }, 'can') as ResourceRequest).namespace;
    for (const p of builtinSubresourcePairs()) {
      const base = res(p.group, p.resource);
      const where = scope(p.group, p.resource);
      for (const verb of ['get', 'update', 'patch', 'create']) {
        const truth: ResourceRequest = { verb, group: p.group, resource: p.resource, subresource: p.subresource, namespace: where ?? '' };
        questions.push({ text: `${base}/${p.subresource}`, verb, truth });
        questions.push({ text: `${base}/${p.subresource}/web-1`, verb, truth: { ...truth, name: 'web-1' } });
      }
      questions.push({
        text: `${base}/web-1`,
        verb: 'get',
        truth: { verb: 'get', group: p.group, resource: p.resource, name: 'web-1', namespace: where ?? '' },
      });
    }
    // Names with "/" and a name that collides with nothing: resourceNames match them literally.
    questions.push({
      text: 'configmaps/team/a',
      verb: 'get',
      truth: { verb: 'get', group: '', resource: 'configmaps', name: 'team/a', namespace },
    });
    questions.push({
      text: 'configmaps/status',
      verb: 'get',
      truth: { verb: 'get', group: '', resource: 'configmaps', name: 'status', namespace },
    });

    const disagreements: string[] = [];
    let allowedCount = 0;
    await mapLimit(questions, 16, async (q) => {
      const ours = canI(snapshot, user, parseAccessRequest(q.verb, q.text, { namespace, all: false }, 'can'));
      const theirs = await subjectAccessReview(conn, user, q.truth);
      if (theirs.allowed) allowedCount++;
      if (ours.allowed !== theirs.allowed) disagreements.push(`${q.verb} ${q.text}: ours=${ours.allowed} authorizer=${theirs.allowed}`);
    });
    expect(disagreements).toEqual([]);
    // The matrix is not trivially "no": the role's rules were hit.
    expect(allowedCount).toBeGreaterThanOrEqual(20);
    expect(questions.length).toBeGreaterThan(400);
    expect(builtinSubresources('', 'nodes')).toContain('metrics');
  }, 120_000);
});

describe('the binary: the questions of the issue', () => {
  it('update ingresses.networking.k8s.io/status and get deployments/scale are allowed (exit 0); pods/log with --name log is the Pod named log', async () => {
    const sa = `sa:${ns()}/operator`;
    const ing = await kx('can', sa, 'update', 'ingresses.networking.k8s.io/status', '-n', ns(), '-o', 'json');
    expect(ing.code, ing.stderr).toBe(0);
    expect(JSON.parse(ing.stdout)).toMatchObject({ answer: 'allowed', request: { resource: 'ingresses', subresource: 'status' } });
    const scale = await kx('can', sa, 'get', 'deployments/scale/web', '-n', ns());
    expect(scale.code, scale.stdout).toBe(0);
    expect(scale.stdout).toMatch(/^yes/);
    const named = await kx('can', sa, 'get', 'pods', '--name', 'log', '-n', ns(), '-o', 'json');
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout).request).toMatchObject({ resource: 'pods', name: 'log' });
    expect(JSON.parse(named.stdout).request).not.toHaveProperty('subresource');
    const metrics = await kx('can', sa, 'get', 'nodes/metrics', '--lang', 'ja');
    expect(metrics.code).toBe(0);
    expect(metrics.stdout).toMatch(/^はい/);
  });

  it('who-can create serviceaccounts/token names the ServiceAccount, verified', async () => {
    const r = await kx('who-can', 'create', 'serviceaccounts/token', '-n', ns(), '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const w = JSON.parse(r.stdout) as { request: ResourceRequest; subjects: { name: string; verified: boolean }[]; warnings: string[] };
    expect(w.request).toMatchObject({ resource: 'serviceaccounts', subresource: 'token' });
    expect(w.subjects.find((x) => x.name === 'operator')).toMatchObject({ verified: true });
    // Kubelets may mint tokens for the ServiceAccounts of their Pods through the Node authorizer.
    expect(w.warnings.join('\n')).toContain('Node authorizer');
  });
});
