// Offline answers on files that bind roles the API server creates at start-up (view, system:auth-delegator,
// extension-apiserver-authentication-reader): the shipped v1.36 bootstrap policy stands in for them, with
// its aggregation, and a warning says so (before: "ClusterRole view does not exist: it grants nothing").
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../../src/cluster/manifests.js';
import { say } from '../../../src/i18n/localize.js';
import { BOOTSTRAP_CLUSTER_ROLES } from '../../../src/rbac/data/bootstrap.js';
import { canI, whoCan } from '../../../src/rbac/resolve.js';
import { snapshotFromManifests } from '../../../src/rbac/snapshot.js';
import { userInfoFor } from '../../../src/rbac/subjects.js';

const dir = new URL('../../fixtures/rbac/offline-bootstrap/', import.meta.url).pathname;
const snapshot = async () => snapshotFromManifests(await loadManifests([dir]), { defaultNamespace: 'shop' });
const viewer = userInfoFor({ kind: 'ServiceAccount', namespace: 'shop', name: 'viewer' });
const metrics = userInfoFor({ kind: 'ServiceAccount', namespace: 'kube-system', name: 'metrics-server' });

describe('offline bootstrap roles', () => {
  it('the generated policy holds the aggregated roles and their components', () => {
    const names = BOOTSTRAP_CLUSTER_ROLES.map((r) => r.metadata.name);
    expect(names).toEqual(
      expect.arrayContaining(['view', 'edit', 'admin', 'cluster-admin', 'system:aggregate-to-view', 'system:auth-delegator']),
    );
    expect(BOOTSTRAP_CLUSTER_ROLES.find((r) => r.metadata.name === 'view')!.aggregationRule).toBeDefined();
  });

  it('view bound by a RoleBinding grants through its aggregated components, and the warning names the roles used', async () => {
    const s = await snapshot();
    const c = canI(s, viewer, { verb: 'list', group: 'apps', resource: 'deployments', namespace: 'shop' });
    expect(c.answer).toBe('allowed');
    expect(c.grants[0]).toMatchObject({ role: { kind: 'ClusterRole', name: 'view' }, aggregatedFrom: 'system:aggregate-to-view' });
    expect(c.complete).toBe(true);
    const en = c.warnings.map((w) => say(w, 'en')).join('\n');
    expect(en).toContain('the files do not define ClusterRole system:auth-delegator, ClusterRole view');
    expect(en).not.toContain('does not exist');
    const ja = c.warnings.map((w) => say(w, 'ja')).join('\n');
    expect(ja).toContain('の組み込みの定義を使いました');
    // view never reads Secrets.
    expect(canI(s, viewer, { verb: 'get', group: '', resource: 'secrets', namespace: 'shop' }).answer).toBe('denied');
  });

  it('system:auth-delegator and a bootstrap Role in kube-system', async () => {
    const s = await snapshot();
    const sar = { verb: 'create', group: 'authorization.k8s.io', resource: 'subjectaccessreviews', namespace: '' };
    expect(canI(s, metrics, sar).answer).toBe('allowed');
    const cm = { verb: 'get', group: '', resource: 'configmaps', name: 'extension-apiserver-authentication', namespace: 'kube-system' };
    expect(canI(s, metrics, cm).answer).toBe('allowed');
    const who = whoCan(s, sar);
    expect(who.subjects.map((x) => `${x.kind}:${x.namespace ?? ''}/${x.name}`)).toContain('ServiceAccount:kube-system/metrics-server');
  });

  it('a role the files define wins over the bootstrap one', async () => {
    const docs = await loadManifests([dir]);
    const own = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'view' }, rules: [] };
    const s = snapshotFromManifests([...docs, own], { defaultNamespace: 'shop' });
    expect(canI(s, viewer, { verb: 'list', group: 'apps', resource: 'deployments', namespace: 'shop' }).answer).toBe('denied');
  });
});
