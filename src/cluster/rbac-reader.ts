// Reads every RBAC object a question needs, in parallel, through the Reader (paginated lists).
// A list the caller may not read does not fail the answer: it becomes an `incomplete` note that
// names what could not be listed and where, so the answer is never presented as complete.
import type { IncompleteNote, RbacObjects } from '../model/rbac.js';
import { ExitCode, KxError } from '../errors.js';
import type { KubeObject, Reader } from './reader.js';

export interface ReadRbacOptions {
  /** The namespace whose Roles and RoleBindings are needed (ignored with `all`). */
  namespace?: string;
  /** Roles and RoleBindings of every namespace (who-can, -A, near misses elsewhere). */
  all?: boolean;
  /** No Roles or RoleBindings at all: a cluster-wide question only ClusterRoleBindings answer (access -A). */
  clusterOnly?: boolean;
}

// Bindings are small objects: larger pages mean fewer round trips on clusters with thousands of them.
const PAGE = 1000;

const isForbidden = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.forbidden;

/**
 * Lists ClusterRoles, ClusterRoleBindings, Roles and RoleBindings. With `all` and a namespace, a
 * forbidden all-namespaces list falls back to that namespace, and the other namespaces are noted
 * as unread. Errors other than 403 (unreachable, 401) still throw: no answer is better than a wrong one.
 */
export async function readRbac(reader: Reader, opts: ReadRbacOptions = {}): Promise<RbacObjects> {
  const incomplete: IncompleteNote[] = [];
  const attempt = async (kind: string, plural: string, namespace?: string): Promise<KubeObject[]> => {
    try {
      return await reader.list(kind, namespace ? { namespace, limit: PAGE } : { limit: PAGE });
    } catch (err) {
      if (!isForbidden(err)) throw err;
      incomplete.push(namespace ? { resource: plural, namespace } : { resource: plural });
      return [];
    }
  };
  const namespaced = async (kind: string, plural: string): Promise<KubeObject[]> => {
    if (opts.clusterOnly) return [];
    if (!opts.all) return attempt(kind, plural, opts.namespace ?? 'default');
    try {
      return await reader.list(kind, { limit: PAGE });
    } catch (err) {
      if (!isForbidden(err)) throw err;
      if (!opts.namespace) {
        incomplete.push({ resource: plural, allNamespaces: true });
        return [];
      }
      incomplete.push({ resource: plural, allNamespaces: true, readNamespace: opts.namespace });
      return attempt(kind, plural, opts.namespace);
    }
  };
  const [clusterRoles, clusterRoleBindings, roles, roleBindings] = await Promise.all([
    attempt('ClusterRole', 'clusterroles.rbac.authorization.k8s.io'),
    attempt('ClusterRoleBinding', 'clusterrolebindings.rbac.authorization.k8s.io'),
    namespaced('Role', 'roles.rbac.authorization.k8s.io'),
    namespaced('RoleBinding', 'rolebindings.rbac.authorization.k8s.io'),
  ]);
  // The Reader's objects are loosely typed JSON; buildSnapshot validates every field it uses.
  return { clusterRoles, clusterRoleBindings, roles, roleBindings, incomplete, source: 'live' } as RbacObjects;
}
