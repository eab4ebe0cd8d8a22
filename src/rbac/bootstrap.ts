// Offline (-f), the files rarely define the roles every cluster has (view, edit, admin, cluster-admin,
// system:auth-delegator, the controllers' roles, extension-apiserver-authentication-reader): the API server
// creates them at start-up. Those the files do not define are taken from the shipped v1.36 bootstrap policy
// (src/rbac/data/bootstrap.ts, generated from a real API server), and a warning names the ones bindings use.
import type { Message } from '../model/message.js';
import type { RbacSnapshot } from '../model/rbac.js';
import { BOOTSTRAP_CLUSTER_ROLES, BOOTSTRAP_ROLES, BOOTSTRAP_VERSION } from './data/bootstrap.js';
import { nameList, rm } from './messages.js';

export function withBootstrapRoles(snapshot: RbacSnapshot): RbacSnapshot {
  const clusterRoleNames = new Set(snapshot.clusterRoles.map((r) => r.metadata.name));
  const roleKeys = new Set(snapshot.roles.map((r) => `${r.metadata.namespace}/${r.metadata.name}`));
  const addedClusterRoles = BOOTSTRAP_CLUSTER_ROLES.filter((r) => !clusterRoleNames.has(r.metadata.name));
  const addedRoles = BOOTSTRAP_ROLES.filter((r) => !roleKeys.has(`${r.metadata.namespace}/${r.metadata.name}`));
  const added = new Set([
    ...addedClusterRoles.map((r) => `ClusterRole ${r.metadata.name}`),
    ...addedRoles.map((r) => `Role ${r.metadata.namespace}/${r.metadata.name}`),
  ]);
  const used = new Set<string>();
  for (const b of [...snapshot.roleBindings, ...snapshot.clusterRoleBindings]) {
    const ref = b.roleRef;
    const key = ref.kind === 'Role' ? `Role ${b.metadata.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
    if (added.has(key)) used.add(key);
  }
  const warnings: Message[] = [...(snapshot.warnings ?? [])];
  if (used.size) warnings.push(rm['warn.bootstrapRoles']({ roles: nameList([...used].sort(), 10), version: BOOTSTRAP_VERSION }));
  return {
    ...snapshot,
    clusterRoles: [...snapshot.clusterRoles, ...addedClusterRoles.map((r) => structuredClone(r))],
    roles: [...snapshot.roles, ...addedRoles.map((r) => structuredClone(r))],
    ...(warnings.length ? { warnings } : {}),
  };
}
