// What `explain role|clusterrole|rolebinding|clusterrolebinding/NAME` reads: the object itself (a GET, so
// a missing one is exit 4), every RBAC object (paginated lists; who binds a ClusterRole can be any
// namespace), and for bindings the ServiceAccounts of the subjects' namespaces. A 403 on a list
// degrades into a warning naming what could not be read.
import { ExitCode, KxError } from '../errors.js';
import type { RbacExplainSnapshot, RbacObjects, RbacSnapshot } from '../model/rbac.js';
import type { Reader } from './reader.js';
import { ManifestReader } from './manifests.js';
import { describeIncomplete, readRbac } from './rbac-reader.js';

export async function fetchRbacExplainSnapshot(
  reader: Reader,
  kind: RbacExplainSnapshot['kind'],
  name: string,
  namespace: string,
  /** src/rbac's buildSnapshot, passed by the caller (src/cluster does not import src/rbac). */
  buildSnapshot: (objects: RbacObjects) => RbacSnapshot,
): Promise<RbacExplainSnapshot> {
  const namespaced = kind === 'Role' || kind === 'RoleBinding';
  const [object, objects] = await Promise.all([
    reader.get(kind, name, namespaced ? namespace : undefined),
    readRbac(reader, { all: true, namespace }),
  ]);
  const ns = namespaced ? (object.metadata?.namespace ?? namespace) : undefined;
  // The object we were allowed to GET is part of the answer even when its list was forbidden.
  const key =
    kind === 'Role' ? 'roles' : kind === 'ClusterRole' ? 'clusterRoles' : kind === 'RoleBinding' ? 'roleBindings' : 'clusterRoleBindings';
  const same = (o: { metadata?: { name?: string; namespace?: string } }) =>
    o.metadata?.name === name && (!ns || o.metadata?.namespace === ns);
  const listed = (objects[key] ?? []) as { metadata?: { name?: string; namespace?: string } }[];
  if (!listed.some(same)) (objects as Record<string, unknown>)[key] = [...listed, object];
  // From manifests (-f), aggregated ClusterRoles hold no rules yet: compute them as the controller would.
  const snapshot = buildSnapshot({ ...objects, source: reader instanceof ManifestReader ? 'manifests' : 'live' });
  const warnings = describeIncomplete(snapshot.incomplete);

  let serviceAccounts: Record<string, string[]> | undefined;
  if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
    const subjects = ((object as { subjects?: { kind?: string; namespace?: string }[] }).subjects ?? []).filter(
      (s) => s.kind === 'ServiceAccount',
    );
    const namespaces = [...new Set(subjects.map((s) => s.namespace || ns).filter((x): x is string => !!x))].slice(0, 20);
    serviceAccounts = {};
    await Promise.all(
      namespaces.map(async (n) => {
        try {
          serviceAccounts![n] = (await reader.list('ServiceAccount', { namespace: n })).map((o) => o.metadata?.name ?? '');
        } catch (err) {
          if (!(err instanceof KxError && err.exitCode === ExitCode.forbidden)) throw err;
          warnings.push(err.message);
        }
      }),
    );
  }
  return { snapshot, kind, name, ...(ns ? { namespace: ns } : {}), ...(serviceAccounts ? { serviceAccounts } : {}), warnings };
}

/** RBAC for explain serviceaccount/NAME: every binding (a ClusterRoleBinding or a RoleBinding anywhere may name it). */
export async function fetchRbacForServiceAccount(
  reader: Reader,
  namespace: string,
  buildSnapshot: (objects: RbacObjects) => RbacSnapshot,
): Promise<{ snapshot: RbacSnapshot; warnings: string[] }> {
  const snapshot = buildSnapshot({
    ...(await readRbac(reader, { all: true, namespace })),
    source: reader instanceof ManifestReader ? 'manifests' : 'live',
  });
  return { snapshot, warnings: describeIncomplete(snapshot.incomplete) };
}
