// The built binary's `can` and `who-can` against the sandbox: exit codes (0 allowed, 1 denied,
// 2 malformed subject), the granting RoleBinding and Role, near misses, the authorizer's verdict,
// and a caller who may not list ClusterRoles getting an answer marked incomplete.
import { readFileSync } from 'node:fs';
import * as k8s from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { clients, useNamespace, waitFor, serviceAccountKubeconfig } from './helpers.js';
import { runKx } from '../support/binary.js';

const { kc, core } = clients();
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
const ns = useNamespace('rbac-cli');
const RBAC = 'rbac.authorization.k8s.io';

// KUBECONFIG rather than --kubeconfig: main.ts takes the first argument containing "/" for an
// explain target, and a kubeconfig path before the verb would be that argument.
const kx = (...args: string[]) => runKx(args, { KUBECONFIG: inject('kubeconfig') });

beforeAll(async () => {
  const namespace = ns();
  await rbac.createNamespacedRole({
    namespace,
    body: { metadata: { name: 'log-reader' }, rules: [{ apiGroups: [''], resources: ['pods/log'], verbs: ['get'] }] },
  });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: 'viewer-logs' },
      roleRef: { apiGroup: RBAC, kind: 'Role', name: 'log-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'viewer', namespace }],
    },
  });
});

describe('kubexplain can', () => {
  it('allows get pods/log for the ServiceAccount, naming the RoleBinding and the Role (exit 0)', async () => {
    const r = await kx('can', `sa:${ns()}/viewer`, 'get', 'pods/log', '-n', ns());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^yes/);
    expect(r.stdout).toContain(`RoleBinding ${ns()}/viewer-logs ← Role ${ns()}/log-reader`);
    expect(r.stdout).toContain('authorizer (SubjectAccessReview): allowed');
    expect(r.stdout).toContain('agrees');
  });

  it('denies get pods (not pods/log) with a near miss (exit 1), and says the same in JSON', async () => {
    const r = await kx('can', `sa:${ns()}/viewer`, 'get', 'pods', '-n', ns());
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^no/);
    expect(r.stdout).toMatch(/near miss subresource: .*viewer-logs/);
    const j = await kx('can', `sa:${ns()}/viewer`, 'get', 'pods/web-1', '-n', ns(), '-o', 'json');
    expect(j.code).toBe(1);
    const check = JSON.parse(j.stdout) as {
      allowed: boolean;
      nearMisses: { kind: string }[];
      authorizer: { allowed: boolean };
      agreement: string;
      request: { name?: string };
    };
    expect(check).toMatchObject({ allowed: false, authorizer: { allowed: false }, agreement: 'agree', request: { name: 'web-1' } });
    expect(check.nearMisses.map((m) => m.kind)).toContain('subresource');
  });

  it('resolves me through a SelfSubjectReview: the sandbox admin is in system:masters', async () => {
    const r = await kx('can', 'me', 'delete', 'secrets', '-n', ns(), '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const check = JSON.parse(r.stdout) as { user: { groups: string[] }; grants: { kind: string }[]; agreement: string };
    expect(check.user.groups).toContain('system:masters');
    expect(check.grants[0]?.kind).toBe('superuser');
    expect(check.agreement).toBe('agree');
  });

  it('prints a cluster-wide request of a RoleBinding-only subject as denied, naming where it would work', async () => {
    const r = await kx('can', `sa:${ns()}/viewer`, 'get', 'pods/log', '-A');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('cluster-wide');
    expect(r.stdout).toMatch(new RegExp(`near miss other-namespace: .*${ns()}`));
  });

  it('rejects a malformed subject with exit 2 and one line', async () => {
    const r = await kx('can', 'sa:no-slash', 'get', 'pods');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: invalid subject "sa:no-slash"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('kubexplain who-can', () => {
  it('lists the ServiceAccount with its granting binding, verified by a SubjectAccessReview', async () => {
    const r = await kx('who-can', 'get', 'pods/log', '-n', ns(), '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const w = JSON.parse(r.stdout) as {
      kind: string;
      complete: boolean;
      subjects: { kind: string; name: string; namespace?: string; verified: boolean; grants: { binding: { name: string } | null }[] }[];
    };
    expect(w.kind).toBe('WhoCan');
    expect(w.complete).toBe(true);
    const viewer = w.subjects.find((x) => x.kind === 'ServiceAccount' && x.name === 'viewer' && x.namespace === ns());
    expect(viewer?.verified).toBe(true);
    expect(viewer?.grants.map((g) => g.binding?.name)).toEqual(['viewer-logs']);
    // system:masters is allowed everything, and the authorizer confirms it.
    expect(w.subjects.find((x) => x.kind === 'Group' && x.name === 'system:masters')?.verified).toBe(true);
  });

  it('marks the answer incomplete when the caller may not list ClusterRoles', async () => {
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
    const r = await runKx(['who-can', 'get', 'pods/log', '-o', 'json'], { KUBECONFIG: file });
    expect(r.code, `who-can failed: ${r.stderr}`).toBe(0);
    const w = JSON.parse(r.stdout) as { complete: boolean; warnings: string[]; subjects: { name: string; verified: boolean }[] };
    expect(w.complete).toBe(false);
    expect(w.warnings.join('\n')).toMatch(/clusterroles/);
    // Its own namespace's RoleBindings were still read.
    expect(w.subjects.find((x) => x.name === 'viewer')?.verified).toBe(false);
  });
});

describe('read-only', () => {
  it('sends only GET/LIST and creates only review objects, as the audit log shows', async () => {
    const auditLog = inject('auditLog');
    if (!auditLog) return; // an external cluster's audit log is not ours to read
    await kx('who-can', 'get', 'pods/log', '-n', ns());
    const mine = await waitFor(
      async () => {
        const events = readFileSync(auditLog, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { verb: string; userAgent?: string; objectRef?: { resource?: string } });
        const ours = events.filter((e) => e.userAgent === 'kubexplain');
        return ours.some((e) => e.objectRef?.resource === 'subjectaccessreviews') && ours;
      },
      10_000,
      'audit events of kubexplain',
    );
    // The log is the run's: the TUI tests' watches (read-only too) are in it as well.
    const writes = mine.filter((e) => !['get', 'list', 'watch'].includes(e.verb));
    expect(writes.length).toBeGreaterThan(0);
    for (const e of writes) {
      expect(e.verb).toBe('create');
      expect(['subjectaccessreviews', 'selfsubjectaccessreviews', 'selfsubjectreviews', 'selfsubjectrulesreviews']).toContain(
        e.objectRef?.resource,
      );
    }
  });
});
