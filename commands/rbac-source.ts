// Where `can`, `who-can` and `access` get RBAC from: the cluster (live, verified by the authorizer),
// or with -f FILE|DIR manifests on disk (offline: nothing is asked, answers say "not verified (offline)").
import { loadManifests } from '../src/cluster/manifests.js';
import type { RbacSnapshot } from '../src/model/rbac.js';
import { snapshotFromManifests } from '../src/rbac/snapshot.js';
import type { CommonOptions } from './main.js';

export const OFFLINE_WARNING = 'not verified (offline): read from manifests, no cluster was asked';

export function isOffline(common: CommonOptions): boolean {
  return (common.filename?.length ?? 0) > 0;
}

/** Offline: the namespace is -n, else "default" (as kubectl apply would place namespaced objects without one). */
export function offlineNamespace(common: CommonOptions): string {
  return common.namespace ?? 'default';
}

export async function offlineSnapshot(common: CommonOptions): Promise<RbacSnapshot> {
  const objects = await loadManifests(common.filename ?? []);
  return snapshotFromManifests(objects, { defaultNamespace: offlineNamespace(common) });
}
