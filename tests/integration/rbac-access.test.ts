// The built binary's `access` against the sandbox: the matrix of a ServiceAccount bound by a Role in
// its namespace (and nothing in another namespace), objects named by resourceNames, the granting
// binding, every shown cell confirmed by a SubjectAccessReview, `me` compared with a
// SelfSubjectRulesReview, and one line with exit 2 for a malformed subject.
import * as k8s from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccessMatrix } from '../../src/model/rbac.js';
import { clients, useNamespace } from './helpers.js';
import { runKx } from '../support/binary.js';

const { kc, core } = clients();
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
const ns = useNamespace('rbac-access');
const RBAC = 'rbac.authorization.k8s.io';

const kx = (...args: string[]) => runKx(args, { KUBECONFIG: inject('kubeconfig') });

const cells = (m: AccessMatrix, resource: string) => {
  const row = m.rows.find(
    (r) => `${r.resource.resource}${r.resource.subresource ? `/${r.resource.subresource}` : ''}` === resource && r.resource.group === '',
  );
  return row
    ? Object.fromEntries(row.cells.map((c) => [c.verb, c.allowed ? 'yes' : c.names?.length ? c.names.join(',') : 'no']))
    : undefined;
};

beforeAll(async () => {
  const namespace = ns();
  await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'deployer' } } });
  await rbac.createNamespacedRole({
    namespace,
    body: {
      metadata: { name: 'pod-reader' },
      rules: [
        { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] },
        { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'update'], resourceNames: ['app-config'] },
      ],
    },
  });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: 'deployer-reads-pods' },
      roleRef: { apiGroup: RBAC, kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace }],
    },
  });
});

describe('kubexplain access', () => {
  it('shows get/list pods and get pods/log in its namespace, granted by the RoleBinding, every cell agreed by the authorizer', async () => {
    const r = await kx('access', `sa:${ns()}/deployer`, '-n', ns(), '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as AccessMatrix;
    expect(m.kind).toBe('AccessMatrix');
    expect(m.namespace).toBe(ns());
    expect(cells(m, 'pods')).toEqual({
      get: 'yes',
      list: 'yes',
      watch: 'no',
      create: 'no',
      update: 'no',
      patch: 'no',
      delete: 'no',
      deletecollection: 'no',
    });
    expect(cells(m, 'pods/log')).toMatchObject({ get: 'yes', list: 'no', create: 'no' });
    // resourceNames: allowed only for app-config, never for create.
    expect(cells(m, 'configmaps')).toMatchObject({ get: 'app-config', update: 'app-config', list: 'no', create: 'no' });
    expect(cells(m, 'secrets')).toBeUndefined();
    const get = m.rows.find((x) => x.resource.resource === 'pods' && !x.resource.subresource)!.cells.find((c) => c.verb === 'get')!;
    expect(get.grants).toMatchObject([
      {
        kind: 'rule',
        binding: { kind: 'RoleBinding', name: 'deployer-reads-pods', namespace: ns() },
        role: { kind: 'Role', name: 'pod-reader' },
      },
    ]);
    expect(m.authorizer).toMatchObject({ method: 'SubjectAccessReview', disagreements: [] });
    expect(m.authorizer!.checked).toBeGreaterThanOrEqual(24);
  });

  it('shows nothing on pods in another namespace', async () => {
    const r = await kx('access', `sa:${ns()}/deployer`, '-n', 'default', '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as AccessMatrix;
    expect(cells(m, 'pods')).toBeUndefined();
    expect(cells(m, 'pods/log')).toBeUndefined();
    expect(m.authorizer?.disagreements).toEqual([]);
  });

  it('prints an aligned table naming the binding and role, and the named objects', async () => {
    const r = await kx('access', `sa:${ns()}/deployer`, '-n', ns());
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const head = lines.find((l) => l.startsWith('RESOURCE'))!;
    const pods = lines.find((l) => l.startsWith('pods '))!;
    // The ✓ of get sits under "get", the one of list under "list".
    expect(pods[head.indexOf('get')]).toBe('✓');
    expect(pods[head.indexOf('list')]).toBe('✓');
    expect(pods[head.indexOf('watch')]).toBe('·');
    expect(r.stdout).toContain(`RoleBinding ${ns()}/deployer-reads-pods ← Role ${ns()}/pod-reader — pods: get, list; pods/log: get`);
    expect(r.stdout).toMatch(/~ get configmaps only for: app-config/);
    expect(r.stdout).toMatch(/authorizer \(SubjectAccessReview\): \d+ cells compared, all agree/);
    const md = await kx('access', `sa:${ns()}/deployer`, '-n', ns(), '-o', 'markdown', '--lang', 'ja');
    expect(md.stdout).toMatch(/^# ServiceAccount .*\/deployer が Namespace .* でできること/);
    expect(md.stdout).toContain('| pods | ✓ | ✓ | · |');
  });

  it('resolves me with a SelfSubjectReview and compares with a SelfSubjectRulesReview', async () => {
    const r = await kx('access', 'me', '-n', ns(), '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as AccessMatrix;
    expect(m.user.groups).toContain('system:masters');
    expect(m.superuser).toBe(true);
    expect(cells(m, 'secrets')?.get).toBe('yes');
    expect(m.authorizer).toMatchObject({ method: 'SelfSubjectRulesReview', disagreements: [] });
  });

  it('me -A (cluster-wide): a SelfSubjectAccessReview per shown cell, since a rules review needs a namespace', async () => {
    const r = await kx('access', 'me', '-A', '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as AccessMatrix;
    expect(m.namespace).toBe('');
    expect(cells(m, 'nodes')?.list).toBe('yes');
    expect(m.authorizer).toMatchObject({ method: 'SelfSubjectAccessReview', disagreements: [] });
  });

  it('rejects a malformed subject with one line and exit 2', async () => {
    const r = await kx('access', 'serviceaccount:nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: invalid subject "serviceaccount:nope"/);
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
  });
});
