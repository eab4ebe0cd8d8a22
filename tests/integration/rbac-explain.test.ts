// The built binary's `explain role|clusterrole|rolebinding|clusterrolebinding/NAME` against the sandbox:
// what a role grants and to whom, a binding whose Role is missing, a subject ServiceAccount that does not
// exist, an aggregated ClusterRole's components, escalation risks flagged, and exit 4 for a missing role.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Explanation } from '../../src/model/explanation.js';
import { clients, useNamespace, waitFor } from './helpers.js';
import { runKx } from '../support/binary.js';

const { kc, core } = clients();
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
const ns = useNamespace('rbac-explain');
const RBAC = 'rbac.authorization.k8s.io';
const suffix = Math.random().toString(36).slice(2, 7);
const agg = `kx-agg-${suffix}`;
const part = `kx-part-${suffix}`;
const label = `kubexplain.io/aggregate-to-${suffix}`;

const kx = (...args: string[]) => runKx(args, { KUBECONFIG: inject('kubeconfig') });
const explain = async (...args: string[]) => {
  const r = await kx('explain', ...args, '-o', 'json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Explanation;
};
const risks = (e: Explanation) =>
  e.findings
    .filter((f) => f.concept === 'rbac.escalation')
    .map((f) => f.id.split('.')[1])
    .sort();

beforeAll(async () => {
  const namespace = ns();
  await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'deployer' } } });
  await rbac.createNamespacedRole({
    namespace,
    body: { metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] }] },
  });
  await rbac.createNamespacedRole({
    namespace,
    body: {
      metadata: { name: 'launcher' },
      rules: [
        { apiGroups: [''], resources: ['pods', 'pods/exec'], verbs: ['create'] },
        { apiGroups: [''], resources: ['secrets'], verbs: ['list'] },
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
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: 'dangling' },
      roleRef: { apiGroup: RBAC, kind: 'Role', name: 'not-there' },
      subjects: [{ kind: 'ServiceAccount', name: 'ghost', namespace }],
    },
  });
  await rbac.createClusterRole({
    body: {
      metadata: { name: part, labels: { [label]: 'true' } },
      rules: [{ apiGroups: ['example.com'], resources: ['widgets'], verbs: ['get', 'list'] }],
    },
  });
  await rbac.createClusterRole({
    body: { metadata: { name: agg }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [label]: 'true' } }] } },
  });
  // The aggregation controller fills the rules in.
  await waitFor(async () => ((await rbac.readClusterRole({ name: agg })).rules ?? []).length > 0, 30_000, 'aggregation');
});

afterAll(async () => {
  await rbac.deleteClusterRole({ name: agg }).catch(() => undefined);
  await rbac.deleteClusterRole({ name: part }).catch(() => undefined);
});

describe('kubexplain explain (RBAC kinds)', () => {
  it('role: its rule in words and the binding that grants it to the deployer ServiceAccount', async () => {
    const e = await explain(`role/pod-reader`, '-n', ns());
    expect(e.target).toEqual({ kind: 'Role', name: 'pod-reader', namespace: ns() });
    expect(e.verdict.text).toBe(`Role ${ns()}/pod-reader: 1 rule(s), used by 1 binding(s), no escalation risk found`);
    expect(e.findings.find((f) => f.id === 'bindings')!.detail).toBe(
      `RoleBinding ${ns()}/deployer-reads-pods → ServiceAccount ${ns()}/deployer (in namespace ${ns()})`,
    );
    expect(e.findings[0]!.docs.length).toBeGreaterThan(0);
  });

  it('role: create pods, pods/exec and list secrets are flagged; unbound, so it grants nothing yet', async () => {
    const e = await explain('role/launcher', '-n', ns());
    expect(risks(e)).toEqual(['create-pods', 'pods-exec', 'read-secrets']);
    expect(e.verdict.text).toMatch(/bound by nobody/);
  });

  it('rolebinding: the Role exists and the subject ServiceAccount exists', async () => {
    const e = await explain('rolebinding/deployer-reads-pods', '-n', ns());
    expect(e.verdict).toMatchObject({ severity: 'ok' });
    expect(e.findings.find((f) => f.id === 'roleRef')!.severity).toBe('ok');
    expect(e.findings.find((f) => f.id === 'subject.1')).toMatchObject({
      severity: 'ok',
      title: `Subject: ServiceAccount ${ns()}/deployer`,
    });
  });

  it('rolebinding: a missing Role and a missing ServiceAccount', async () => {
    const e = await explain('rolebinding/dangling', '-n', ns());
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(`Role ${ns()}/not-there, which does not exist`);
    expect(e.findings.find((f) => f.id === 'subject.1')!.severity).toBe('warning');
  });

  it('clusterrole: an aggregated ClusterRole shows its component and attributes the rule to it', async () => {
    const e = await explain(`clusterrole/${agg}`);
    expect(e.findings.find((f) => f.id === 'aggregation')!.detail).toContain(part);
    expect(e.findings.find((f) => f.id === 'rule.1')!.detail).toContain(`(from ClusterRole ${part})`);
    const c = await explain(`clusterrole/${part}`);
    expect(c.findings.find((f) => f.id === 'aggregated-into')!.title).toBe(`Aggregated into ${agg}`);
  });

  it('clusterrolebinding cluster-admin: system:masters gets every wildcard', async () => {
    const e = await explain('clusterrolebinding/cluster-admin', '--lang', 'ja');
    expect(e.verdict.text).toContain('ClusterRole cluster-admin');
    expect(risks(e)).toEqual(expect.arrayContaining(['wildcard-verbs', 'wildcard-resources', 'wildcard-api-groups']));
  });

  it('text output leads with the verdict; a missing role is one line and exit 4', async () => {
    const t = await kx('explain', 'rolebinding/dangling', '-n', ns());
    expect(t.stdout.split('\n')[1]).toContain('does not exist');
    const r = await kx('explain', 'role/nope', '-n', ns());
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^error: .*not found/);
  });
});
