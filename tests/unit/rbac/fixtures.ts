// Loads the RBAC fixtures (tests/fixtures/rbac/*.json, shaped as `kubectl get ... -o json` serves them).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RbacSnapshot } from '../../../src/model/rbac.js';
import { buildSnapshot, type RbacObjects } from '../../../src/rbac/snapshot.js';

const dir = fileURLToPath(new URL('../../fixtures/rbac/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(dir + name, 'utf8');
}

export function listItems<T = unknown>(name: string): T[] {
  return (JSON.parse(fixtureText(name)) as { items: T[] }).items;
}

/** The cluster as a live reader would return it (aggregated ClusterRoles already filled by the controller). */
export function liveSnapshot(overrides: Partial<RbacObjects> = {}): RbacSnapshot {
  return buildSnapshot({
    clusterRoles: listItems('clusterroles.json'),
    clusterRoleBindings: listItems('clusterrolebindings.json'),
    roles: listItems('roles.json'),
    roleBindings: listItems('rolebindings.json'),
    source: 'live',
    ...overrides,
  });
}

/** Every RBAC object of the sandbox (`kubectl get clusterroles,clusterrolebindings,roles,rolebindings -A -o json`,
 * managedFields dropped), after applying the objects of namespace rbac-fixture: an aggregated ClusterRole, an
 * escalator, a binding to a missing Role, a ClusterRole bound in a namespace. */
export function sandboxSnapshot(): RbacSnapshot {
  const items = listItems<{ kind: string }>('sandbox/rbac.json');
  const of = (kind: string) => items.filter((i) => i.kind === kind) as never[];
  return buildSnapshot({
    clusterRoles: of('ClusterRole'),
    clusterRoleBindings: of('ClusterRoleBinding'),
    roles: of('Role'),
    roleBindings: of('RoleBinding'),
    source: 'live',
  });
}
