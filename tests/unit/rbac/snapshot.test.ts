import { say } from '../../../src/i18n/localize.js';
import type { V1ClusterRole, V1ClusterRoleBinding, V1Role, V1RoleBinding } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, snapshotFromManifests } from '../../../src/rbac/snapshot.js';

// Compile-time check: objects from @kubernetes/client-node fit buildSnapshot without casts.
export function fromClientNode(roles: V1Role[], clusterRoles: V1ClusterRole[], rbs: V1RoleBinding[], crbs: V1ClusterRoleBinding[]) {
  return buildSnapshot({ roles, clusterRoles, roleBindings: rbs, clusterRoleBindings: crbs });
}

describe('buildSnapshot', () => {
  it('normalizes objects and skips malformed ones with a warning', () => {
    const s = buildSnapshot({
      clusterRoles: [
        { metadata: { name: 'ok', labels: { a: 'b' } }, rules: [{ verbs: ['get'], apiGroups: [''], resources: ['pods'] }] },
        { metadata: {}, rules: [] },
        { metadata: { name: 'nulls' }, rules: null, aggregationRule: { clusterRoleSelectors: null } },
      ],
      roles: [{ metadata: { name: 'r' } }],
      roleBindings: [
        {
          metadata: { name: 'rb', namespace: 'x' },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'r' },
          subjects: null,
        },
      ],
      clusterRoleBindings: [{ metadata: { name: 'no-ref' } }],
    });
    expect(s.clusterRoles.map((c) => c.metadata.name)).toEqual(['ok', 'nulls']);
    expect(s.clusterRoles[1]).toEqual({ metadata: { name: 'nulls' }, rules: [], aggregationRule: { clusterRoleSelectors: [] } });
    expect(s.roles).toEqual([]);
    expect(s.roleBindings[0]!.subjects).toEqual([]);
    expect(s.clusterRoleBindings).toEqual([]);
    expect((s.warnings ?? []).map((w) => say(w, 'en'))).toEqual([
      'skipped Role #1: Role r has no namespace',
      'skipped ClusterRole #2: no metadata.name',
      'skipped ClusterRoleBinding #1: ClusterRoleBinding no-ref has no roleRef',
    ]);
    expect(s.source).toBe('live');
  });

  it('reads manifests: RBAC kinds and Lists kept, other kinds ignored, namespace defaulted', () => {
    const s = snapshotFromManifests(
      [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } },
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'r' }, rules: [] },
        {
          apiVersion: 'v1',
          kind: 'List',
          items: [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'cr' } }],
        },
        { apiVersion: 'example.com/v1', kind: 'Role', metadata: { name: 'not-rbac' } },
        null,
        'text',
      ],
      { defaultNamespace: 'dev', bootstrap: false },
    );
    expect(s.source).toBe('manifests');
    expect(s.roles.map((r) => `${r.metadata.namespace}/${r.metadata.name}`)).toEqual(['dev/r']);
    expect(s.clusterRoles.map((r) => r.metadata.name)).toEqual(['cr']);
    expect((s.warnings ?? []).map((w) => say(w, 'en'))).toEqual(['ignored a Role with apiVersion example.com/v1']);
  });
});
