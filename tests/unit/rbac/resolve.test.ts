import { say } from '../../../src/i18n/localize.js';
import type { Message } from '../../../src/model/message.js';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { AccessRequest, Grant, NearMiss, RuleGrant, WhoCan } from '../../../src/model/rbac.js';
import { access, canI, rulesFor, whoCan, withAuthorizer } from '../../../src/rbac/resolve.js';
import { snapshotFromManifests } from '../../../src/rbac/snapshot.js';
import { userInfoFor } from '../../../src/rbac/subjects.js';
import { fixtureText, liveSnapshot } from './fixtures.js';

const snap = liveSnapshot();
const user = (name: string) => userInfoFor({ kind: 'User', name });
const group = (name: string) => userInfoFor({ kind: 'Group', name });
const sa = (namespace: string, name: string) => userInfoFor({ kind: 'ServiceAccount', namespace, name });

const names = (w: WhoCan) => w.subjects.map((s) => (s.kind === 'ServiceAccount' ? `SA ${s.namespace}/${s.name}` : `${s.kind} ${s.name}`));
const subject = (w: WhoCan, label: string) => {
  const s = w.subjects.find((x) => (x.kind === 'ServiceAccount' ? `SA ${x.namespace}/${x.name}` : `${x.kind} ${x.name}`) === label);
  if (!s) throw new Error(`${label} not in ${names(w).join(', ')}`);
  return s;
};
const ruleGrants = (gs: Grant[]) => gs.filter((g): g is RuleGrant => g.kind === 'rule');
const via = (g: Grant) =>
  g.kind === 'superuser'
    ? 'superuser'
    : `${g.binding.kind} ${g.binding.namespace ? `${g.binding.namespace}/` : ''}${g.binding.name} → ${g.role.kind} ${g.role.name}`;
const kinds = (ms: NearMiss[]) =>
  ms.map((m) => `${m.kind}: ${m.binding.kind} ${m.binding.namespace ? `${m.binding.namespace}/` : ''}${m.binding.name}`);

describe('whoCan', () => {
  it('list pods in team-a: ClusterRoleBindings and the namespace RoleBindings, deduplicated', () => {
    const w = whoCan(snap, { verb: 'list', group: '', resource: 'pods', namespace: 'team-a' });
    expect(names(w)).toEqual([
      'Group system:masters',
      'User alice',
      'Group ops',
      'Group team-a-viewers',
      'SA ci/deployer',
      'SA monitoring/prometheus',
      'SA team-a/builder',
      'SA team-a/deployer',
    ]);
    expect(w.subjects.every((s) => s.verified === false)).toBe(true);
    expect(w.complete).toBe(true);
  });

  it('records the provenance chain: binding ← ClusterRole edit ← aggregated from view', () => {
    const w = whoCan(snap, { verb: 'list', group: '', resource: 'pods', namespace: 'team-a' });
    const [g] = ruleGrants(subject(w, 'User alice').grants);
    expect(g).toMatchObject({
      binding: { kind: 'RoleBinding', name: 'alice-edit', namespace: 'team-a' },
      role: { kind: 'ClusterRole', name: 'edit' },
      aggregatedFrom: 'view',
      aggregationPath: ['view', 'system:aggregate-to-view'],
    });
    expect(g!.rule.resources).toContain('pods');
  });

  it('system:masters is a superuser grant, not a pretended rule', () => {
    const w = whoCan(snap, { verb: 'list', group: '', resource: 'pods', namespace: 'team-a' });
    const masters = subject(w, 'Group system:masters');
    expect(masters.grants[0]).toMatchObject({ kind: 'superuser', group: 'system:masters', binding: null, rule: null });
    expect(say(masters.note!, 'en')).toContain('RBAC');
    // The cluster-admin binding is still listed after it.
    expect(via(masters.grants[1]!)).toBe('ClusterRoleBinding cluster-admin → ClusterRole cluster-admin');
  });

  it('a ServiceAccount without namespace in a RoleBinding is the binding namespace’s', () => {
    const w = whoCan(snap, { verb: 'get', group: '', resource: 'pods', name: 'web-0', namespace: 'team-a' });
    expect(via(subject(w, 'SA team-a/deployer').grants[0]!)).toBe('RoleBinding team-a/viewers → ClusterRole view');
  });

  it('warns about a ServiceAccount without namespace in a ClusterRoleBinding, a missing roleRef, and groups', () => {
    const w = whoCan(snap, { verb: 'list', group: '', resource: 'pods', namespace: 'team-a' });
    expect(en(w.warnings)).toContain(
      'ClusterRoleBinding viewers-broken-sa names ServiceAccount auditor without a namespace: in a ClusterRoleBinding that matches nobody',
    );
    expect(en(w.warnings)).toContain('ClusterRoleBinding dangling refers to ClusterRole gone, which does not exist: it grants nothing');
    expect(en(w.warnings)).toContain(
      'RoleBinding team-a/carol-missing refers to Role team-a/does-not-exist, which does not exist: it grants nothing',
    );
    expect(en(w.warnings).some((x) => x.startsWith('group membership is decided by the authenticator'))).toBe(true);
    expect(names(w)).not.toContain('SA /auditor');
  });

  it('any namespace (-A): RoleBindings of every namespace, each grant naming its namespace', () => {
    const w = whoCan(snap, { verb: 'list', group: '', resource: 'pods' });
    expect(ruleGrants(subject(w, 'User alice').grants).map(via)).toEqual([
      'RoleBinding team-a/alice-edit → ClusterRole edit',
      'RoleBinding team-b/alice-view → ClusterRole view',
    ]);
    expect(via(subject(w, 'User bob').grants[0]!)).toBe('RoleBinding team-b/bob-pods → Role pods-manager');
  });

  it('across all namespaces (namespace ""): RoleBindings do not count, and the warning says so', () => {
    const w = whoCan(snap, { verb: 'list', group: '', resource: 'pods', namespace: '' });
    expect(names(w)).toEqual(['Group system:masters', 'Group ops', 'SA monitoring/prometheus']);
    expect(en(w.warnings).some((x) => x.includes('only inside their own namespace') && x.includes('RoleBinding team-a/alice-edit'))).toBe(
      true,
    );
  });

  it('cluster-scoped resources are never granted by a RoleBinding', () => {
    const w = whoCan(snap, { verb: 'get', group: '', resource: 'nodes', name: 'node-1', namespace: 'team-b' });
    expect(names(w)).toEqual(['Group system:masters', 'Group ops', 'SA ci/deployer']);
    const warning = en(w.warnings).find((x) => x.includes('cannot grant cluster-scoped resources'))!;
    expect(warning).toContain('RoleBinding team-b/bob-nodes');
    expect(warning).toContain('RoleBinding team-b/bob-node-role');
  });

  it('non-resource URLs: only ClusterRoleBindings; implicit groups are explained', () => {
    const w = whoCan(snap, { verb: 'get', nonResourceURL: '/healthz' });
    expect(names(w)).toEqual([
      'Group system:masters',
      'User monitor',
      'Group ops',
      'Group system:authenticated',
      'Group system:unauthenticated',
    ]);
    expect(say(subject(w, 'Group system:authenticated').note!, 'en')).toContain('every authenticated user');
    expect(ruleGrants(subject(w, 'Group system:authenticated').grants).map((g) => g.role.name)).toEqual([
      'system:discovery',
      'system:public-info-viewer',
    ]);
    expect(en(w.warnings).some((x) => x.includes('cannot grant non-resource URLs') && x.includes('team-b/bob-healthz'))).toBe(true);
  });

  it('"/healthz/*" covers a health check, "/healthz" does not', () => {
    const w = whoCan(snap, { verb: 'get', nonResourceURL: '/healthz/etcd' });
    expect(names(w)).toEqual(['Group system:masters', 'User monitor', 'Group ops']);
  });

  it('subresources: pods/log is granted by "pods/log" rules, not by "pods"', () => {
    const w = whoCan(snap, { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'web-0', namespace: 'team-b' });
    expect(via(subject(w, 'Group support').grants[0]!)).toBe('ClusterRoleBinding log-readers → ClusterRole pod-logs');
    expect(ruleGrants(subject(w, 'Group support').grants)[0]!.rule.resources).toEqual(['pods', 'pods/log']);
    const exec = whoCan(snap, { verb: 'create', group: '', resource: 'pods', subresource: 'exec', name: 'web-0', namespace: 'team-b' });
    expect(names(exec)).not.toContain('Group support');
  });

  it('"*/scale" grants the scale subresource of any resource in the group', () => {
    const w = whoCan(snap, {
      verb: 'update',
      group: 'apps',
      resource: 'deployments',
      subresource: 'scale',
      name: 'web',
      namespace: 'team-b',
    });
    expect(via(subject(w, 'SA team-b/autoscaler').grants[0]!)).toBe('RoleBinding team-b/autoscaler → ClusterRole scaler');
    const main = whoCan(snap, { verb: 'update', group: 'apps', resource: 'deployments', name: 'web', namespace: 'team-b' });
    expect(names(main)).not.toContain('SA team-b/autoscaler');
  });

  it('resourceNames: a named get is granted, a collection list is not', () => {
    const named = whoCan(snap, { verb: 'get', group: '', resource: 'secrets', name: 'db-creds', namespace: 'team-a' });
    expect(via(subject(named, 'User bob').grants[0]!)).toBe('RoleBinding team-a/bob-secret → Role secret-one');
    const other = whoCan(snap, { verb: 'get', group: '', resource: 'secrets', name: 'tls', namespace: 'team-a' });
    expect(names(other)).not.toContain('User bob');
    const list = whoCan(snap, { verb: 'list', group: '', resource: 'configmaps', namespace: 'team-a' });
    expect(names(list)).not.toContain('User bob');
  });

  it('get namespaces/NAME is a request in namespace NAME: RoleBindings there count', () => {
    const w = whoCan(snap, { verb: 'get', group: '', resource: 'namespaces', name: 'team-a' });
    expect(names(w)).toContain('User alice');
    expect(via(subject(w, 'User alice').grants[0]!)).toBe('RoleBinding team-a/alice-edit → ClusterRole edit');
    const list = whoCan(snap, { verb: 'list', group: '', resource: 'namespaces' });
    expect(names(list)).not.toContain('User alice');
  });

  it('includeSuperusers: false lists system:masters only through its bindings', () => {
    const w = whoCan(snap, { verb: 'get', nonResourceURL: '/healthz/etcd' }, { includeSuperusers: false });
    expect(names(w)).toEqual(['Group system:masters', 'User monitor', 'Group ops']);
    expect(subject(w, 'Group system:masters').grants.map(via)).toEqual(['ClusterRoleBinding cluster-admin → ClusterRole cluster-admin']);
    const noAdmin = liveSnapshot({ clusterRoleBindings: [] });
    expect(names(whoCan(noAdmin, { verb: 'get', nonResourceURL: '/healthz/etcd' }, { includeSuperusers: false }))).toEqual([]);
    expect(names(whoCan(noAdmin, { verb: 'get', nonResourceURL: '/healthz/etcd' }))).toEqual(['Group system:masters']);
  });

  it('a ClusterRoleBinding referring to a Role grants nothing and is reported', () => {
    const odd = liveSnapshot({
      clusterRoleBindings: [
        {
          metadata: { name: 'to-a-role' },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'secret-one' },
          subjects: [{ kind: 'User', name: 'zed' }],
        },
      ],
    });
    const w = whoCan(odd, { verb: 'get', group: '', resource: 'secrets', name: 'db-creds', namespace: 'team-a' });
    expect(names(w)).not.toContain('User zed');
    expect(en(w.warnings)).toContain(
      'ClusterRoleBinding to-a-role refers to Role secret-one, but it can only refer to a ClusterRole: it grants nothing',
    );
    const c = canI(odd, user('zed'), { verb: 'get', group: '', resource: 'secrets', name: 'db-creds', namespace: 'team-a' });
    expect(c.nearMisses).toEqual([expect.objectContaining({ kind: 'missing-role', role: null })]);
  });

  it('is incomplete when a relevant list could not be read', () => {
    const partial = liveSnapshot({ incomplete: [{ resource: 'rolebindings', namespace: 'team-b' }] });
    expect(whoCan(partial, { verb: 'list', group: '', resource: 'pods', namespace: 'team-a' }).complete).toBe(true);
    const w = whoCan(partial, { verb: 'list', group: '', resource: 'pods', namespace: 'team-b' });
    expect(w.complete).toBe(false);
    expect(en(w.warnings)).toContain('could not list rolebindings in namespace team-b: the answer may be incomplete');
  });
});

describe('canI', () => {
  const req = (r: Partial<AccessRequest> & { verb: string }): AccessRequest => ({ group: '', resource: 'pods', ...r }) as AccessRequest;

  it('allowed with every grant, in visit order (ClusterRoleBindings first)', () => {
    const c = canI(snap, user('alice'), req({ verb: 'get', resource: 'pods', subresource: 'log', name: 'web-0', namespace: 'team-a' }));
    expect(c.kind).toBe('AccessCheck');
    expect(c.allowed).toBe(true);
    expect(c.grants.map(via)).toEqual(['RoleBinding team-a/alice-edit → ClusterRole edit']);
    expect(c.grants[0]).toMatchObject({ aggregatedFrom: 'view' });
    expect(c.nearMisses).toEqual([]);
    expect(c.authorizer).toBeNull();
    expect(c.agreement).toBe('unverified');
    expect(c.subject).toEqual({ kind: 'User', name: 'alice' });
  });

  it('implicit groups grant: every authenticated user may create a SelfSubjectAccessReview', () => {
    const c = canI(snap, user('nobody-in-particular'), {
      verb: 'create',
      group: 'authorization.k8s.io',
      resource: 'selfsubjectaccessreviews',
    });
    expect(c.allowed).toBe(true);
    expect(c.grants.map(via)).toEqual(['ClusterRoleBinding system:basic-user → ClusterRole system:basic-user']);
  });

  it('system:masters: superuser grant', () => {
    const c = canI(
      snap,
      { username: 'kubernetes-admin', groups: ['system:masters', 'system:authenticated'] },
      req({ verb: 'delete', resource: 'nodes', name: 'n1' }),
    );
    expect(c.allowed).toBe(true);
    expect(c.grants[0]!.kind).toBe('superuser');
  });

  it('a named get outside resourceNames → near miss resource-names', () => {
    const c = canI(snap, user('bob'), req({ verb: 'get', resource: 'secrets', name: 'tls', namespace: 'team-a' }));
    expect(c.allowed).toBe(false);
    expect(kinds(c.nearMisses)).toEqual(['resource-names: RoleBinding team-a/bob-secret']);
    expect(say(c.nearMisses[0]!.detail, 'en')).toContain('only for db-creds, not tls');
  });

  it('create with resourceNames can never match → near miss resource-names', () => {
    const c = canI(snap, user('bob'), req({ verb: 'create', resource: 'configmaps', namespace: 'team-a' }));
    expect(c.allowed).toBe(false);
    expect(kinds(c.nearMisses)).toEqual(['resource-names: RoleBinding team-a/bob-secret']);
    expect(say(c.nearMisses[0]!.detail, 'en')).toContain('create requests never carry a name');
    expect(say(c.nearMisses[0]!.detail, 'ja')).toContain('名前のない create(create のリクエストは名前を持ちません)は対象外です');
  });

  it('a get without a name, resourceNames only: the near miss says so, in en and ja', () => {
    const c = canI(snap, user('bob'), req({ verb: 'get', resource: 'secrets', namespace: 'team-a' }));
    expect(kinds(c.nearMisses)).toEqual(['resource-names: RoleBinding team-a/bob-secret']);
    expect(say(c.nearMisses[0]!.detail, 'en')).toContain('get without a name is not covered');
    expect(say(c.nearMisses[0]!.detail, 'ja')).toContain('名前のない get は対象外です');
  });

  it('list with resourceNames: only with a metadata.name field selector', () => {
    expect(canI(snap, user('bob'), req({ verb: 'list', resource: 'configmaps', namespace: 'team-a' })).allowed).toBe(false);
    expect(canI(snap, user('bob'), req({ verb: 'list', resource: 'configmaps', name: 'app-config', namespace: 'team-a' })).allowed).toBe(
      true,
    );
  });

  it('the resource with another verb → near miss other-verb', () => {
    const c = canI(snap, user('bob'), req({ verb: 'list', resource: 'secrets', namespace: 'team-a' }));
    expect(kinds(c.nearMisses)).toEqual(['other-verb: RoleBinding team-a/bob-secret']);
  });

  it('a binding in another namespace → near miss other-namespace, with its namespace', () => {
    const c = canI(snap, user('bob'), req({ verb: 'list', resource: 'pods', namespace: 'team-a' }));
    expect(c.allowed).toBe(false);
    const m = c.nearMisses.find((x) => x.kind === 'other-namespace')!;
    expect(m).toMatchObject({
      binding: { name: 'bob-pods', namespace: 'team-b' },
      role: { kind: 'Role', name: 'pods-manager' },
      namespace: 'team-b',
    });
  });

  it('other-verb and other-namespace together (alice may delete pods in team-a, only view in team-b)', () => {
    const c = canI(snap, user('alice'), req({ verb: 'delete', resource: 'pods', name: 'web-0', namespace: 'team-b' }));
    expect(c.allowed).toBe(false);
    const ks = kinds(c.nearMisses);
    expect(ks).toContain('other-verb: RoleBinding team-b/alice-view');
    expect(ks).toContain('other-namespace: RoleBinding team-a/alice-edit');
    expect(c.nearMisses.find((m) => m.kind === 'other-verb')!.aggregatedFrom).toBe('system:aggregate-to-view');
  });

  it('a RoleBinding granting a cluster-scoped resource does not apply', () => {
    const c = canI(snap, user('bob'), req({ verb: 'get', resource: 'nodes', name: 'node-1', namespace: 'team-b' }));
    expect(c.allowed).toBe(false);
    expect(kinds(c.nearMisses).sort()).toEqual([
      'cluster-scope-via-rolebinding: RoleBinding team-b/bob-node-role',
      'cluster-scope-via-rolebinding: RoleBinding team-b/bob-nodes',
    ]);
  });

  it('a RoleBinding granting a non-resource URL does not apply', () => {
    const c = canI(snap, user('bob'), { verb: 'get', nonResourceURL: '/healthz/etcd' });
    expect(c.allowed).toBe(false);
    expect(kinds(c.nearMisses)).toEqual(['cluster-scope-via-rolebinding: RoleBinding team-b/bob-healthz']);
    expect(say(c.nearMisses[0]!.detail, 'en')).toContain('non-resource URLs');
    expect(canI(snap, user('monitor'), { verb: 'get', nonResourceURL: '/healthz/etcd' }).allowed).toBe(true);
  });

  it('all namespaces: a RoleBinding is an other-namespace near miss, and the detail says why', () => {
    const c = canI(snap, user('alice'), req({ verb: 'list', resource: 'pods', namespace: '' }));
    expect(c.allowed).toBe(false);
    const m = c.nearMisses.filter((x) => x.kind === 'other-namespace');
    expect(m.map((x) => x.namespace).sort()).toEqual(['team-a', 'team-b']);
    expect(say(m[0]!.detail, 'en')).toContain('takes a ClusterRoleBinding');
  });

  it('get namespaces/team-a is allowed by the RoleBinding in team-a; list namespaces is not', () => {
    expect(canI(snap, user('alice'), req({ verb: 'get', resource: 'namespaces', name: 'team-a' })).allowed).toBe(true);
    const list = canI(snap, user('alice'), req({ verb: 'list', resource: 'namespaces' }));
    expect(list.allowed).toBe(false);
    expect(list.nearMisses.some((m) => m.kind === 'cluster-scope-via-rolebinding')).toBe(true);
  });

  it('a subresource not covered → near miss subresource', () => {
    const c = canI(snap, group('support'), req({ verb: 'get', resource: 'pods', subresource: 'exec', name: 'web-0', namespace: 'team-b' }));
    expect(c.allowed).toBe(false);
    expect(kinds(c.nearMisses)).toEqual(['subresource: ClusterRoleBinding log-readers']);
    expect(c.subject).toEqual({ kind: 'Group', name: 'support' });
  });

  it('"*/scale" only: the main resource → near miss subresource', () => {
    const c = canI(
      snap,
      sa('team-b', 'autoscaler'),
      req({ verb: 'update', group: 'apps', resource: 'deployments', name: 'web', namespace: 'team-b' }),
    );
    expect(kinds(c.nearMisses)).toEqual(['subresource: RoleBinding team-b/autoscaler']);
    expect(
      canI(
        snap,
        sa('team-b', 'autoscaler'),
        req({ verb: 'update', group: 'apps', resource: 'deployments', subresource: 'scale', name: 'web', namespace: 'team-b' }),
      ).allowed,
    ).toBe(true);
  });

  it('the resource in another API group → near miss other-api-group', () => {
    const c = canI(snap, user('dave'), req({ verb: 'create', group: 'apps', resource: 'deployments', namespace: 'team-b' }));
    expect(c.allowed).toBe(false);
    expect(kinds(c.nearMisses)).toEqual(['other-api-group: RoleBinding team-b/dave-legacy']);
    expect(say(c.nearMisses[0]!.detail, 'en')).toContain('"extensions"');
  });

  it('a roleRef to a missing role → near miss missing-role', () => {
    const c = canI(snap, user('carol'), req({ verb: 'get', resource: 'pods', name: 'x', namespace: 'team-a' }));
    expect(c.allowed).toBe(false);
    expect(c.nearMisses).toEqual([
      expect.objectContaining({
        kind: 'missing-role',
        binding: { kind: 'RoleBinding', name: 'carol-missing', namespace: 'team-a' },
        role: { kind: 'Role', name: 'does-not-exist', namespace: 'team-a' },
      }),
    ]);
    const erin = canI(snap, user('erin'), req({ verb: 'get', resource: 'pods', name: 'x', namespace: 'team-a' }));
    expect(kinds(erin.nearMisses)).toEqual(['missing-role: ClusterRoleBinding dangling']);
  });

  it('a ServiceAccount of the same name in another namespace → near miss serviceaccount-namespace', () => {
    const c = canI(snap, sa('team-c', 'builder'), req({ verb: 'list', resource: 'pods', namespace: 'team-a' }));
    expect(c.allowed).toBe(false);
    expect(kinds(c.nearMisses)).toEqual(['serviceaccount-namespace: RoleBinding team-a/viewers']);
    const auditor = canI(snap, sa('audit', 'auditor'), req({ verb: 'list', resource: 'pods', namespace: 'team-a' }));
    expect(kinds(auditor.nearMisses)).toEqual(['serviceaccount-namespace: ClusterRoleBinding viewers-broken-sa']);
    expect(say(auditor.nearMisses[0]!.detail, 'en')).toContain('matches nobody');
  });

  it('ServiceAccounts: via their own binding and via the cross-namespace RoleBinding', () => {
    const d = sa('ci', 'deployer');
    expect(canI(snap, d, req({ verb: 'get', resource: 'nodes', name: 'n' })).grants.map(via)).toEqual([
      'ClusterRoleBinding ci-node-reader → ClusterRole node-reader',
    ]);
    expect(canI(snap, d, req({ verb: 'create', group: 'apps', resource: 'deployments', namespace: 'team-a' })).grants.map(via)).toEqual([
      'RoleBinding team-a/ci-deployer → ClusterRole edit',
    ]);
    expect(canI(snap, d, req({ verb: 'create', group: 'apps', resource: 'deployments', namespace: 'ci' })).allowed).toBe(false);
  });

  it('withAuthorizer records agreement and explains a disagreement', () => {
    const c = canI(snap, user('bob'), req({ verb: 'list', resource: 'pods', namespace: 'team-a' }));
    expect(withAuthorizer(c, { allowed: false, reason: '' }).agreement).toBe('agree');
    const d = withAuthorizer(c, { allowed: true, reason: 'webhook' });
    expect(d.agreement).toBe('disagree');
    expect(en(d.warnings).some((w) => w.includes('another authorizer'))).toBe(true);
  });
});

describe('rulesFor', () => {
  it('ClusterRoleBindings first, then RoleBindings of the namespace', () => {
    const r = rulesFor(snap, user('bob'), 'team-a');
    expect(r.superuser).toBe(false);
    expect([...new Set(r.clusterWide.map(via))]).toEqual([
      'ClusterRoleBinding system:discovery → ClusterRole system:discovery',
      'ClusterRoleBinding system:public-info-viewer → ClusterRole system:public-info-viewer',
      'ClusterRoleBinding system:basic-user → ClusterRole system:basic-user',
    ]);
    expect([...new Set(r.inNamespace.map(via))]).toEqual(['RoleBinding team-a/bob-secret → Role secret-one']);
  });
});

describe('access matrix', () => {
  const resources = [
    { group: '', resource: 'pods' },
    { group: '', resource: 'pods', subresource: 'log' },
    { group: '', resource: 'configmaps' },
    { group: '', resource: 'nodes' },
    { group: 'apps', resource: 'deployments' },
  ];
  const cell = (m: ReturnType<typeof access>, row: number, verb: string) => m.rows[row]!.cells.find((c) => c.verb === verb)!;

  it('alice in team-a: edit (with view aggregated) for pods; nothing cluster-scoped', () => {
    const m = access(snap, user('alice'), 'team-a', resources);
    expect(m.kind).toBe('AccessMatrix');
    expect(m.verbs).toEqual(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection']);
    expect(m.rows[0]!.cells.every((c) => c.allowed)).toBe(true);
    expect(via(cell(m, 0, 'get').grants[0]!)).toBe('RoleBinding team-a/alice-edit → ClusterRole edit');
    expect(cell(m, 1, 'get').allowed).toBe(true);
    expect(cell(m, 1, 'delete').allowed).toBe(false);
    expect(m.rows[3]!.cells.some((c) => c.allowed)).toBe(false);
  });

  it('bob in team-a: configmaps only for the names listed; never for create', () => {
    const m = access(snap, user('bob'), 'team-a', resources);
    expect(cell(m, 2, 'get')).toMatchObject({ allowed: false, names: ['app-config'] });
    expect(cell(m, 2, 'list')).toMatchObject({ allowed: false, names: ['app-config'] });
    expect(cell(m, 2, 'create')).toEqual({ verb: 'create', allowed: false, grants: [] });
    expect(cell(m, 2, 'delete')).toEqual({ verb: 'delete', allowed: false, grants: [] });
  });

  it('bob in team-b: nodes via RoleBinding do not count', () => {
    const m = access(snap, user('bob'), 'team-b', resources);
    expect(cell(m, 3, 'get').allowed).toBe(false);
    expect(cell(m, 0, 'create').allowed).toBe(true);
  });

  it('superusers: every cell allowed by the superuser grant', () => {
    const m = access(snap, { username: 'admin', groups: ['system:masters'] }, 'team-a', resources);
    expect(m.superuser).toBe(true);
    expect(m.rows.every((r) => r.cells.every((c) => c.allowed && c.grants[0]!.kind === 'superuser'))).toBe(true);
  });

  it('warns about the subject’s dangling bindings', () => {
    const m = access(snap, user('carol'), 'team-a', resources);
    expect(en(m.warnings)).toContain(
      'RoleBinding team-a/carol-missing refers to Role team-a/does-not-exist, which does not exist: it grants nothing',
    );
  });
});

describe('offline manifests', () => {
  const docs = parseAllDocuments(fixtureText('manifests.yaml')).map((d) => d.toJS());
  const offline = snapshotFromManifests(docs, { defaultNamespace: 'dev' });

  it('computes aggregation and defaults the namespace of namespaced objects', () => {
    const w = whoCan(offline, { verb: 'get', group: 'stable.example.com', resource: 'crontabs', name: 'c', namespace: 'dev' });
    expect(names(w)).toEqual(['Group system:masters', 'User reader', 'Group devs', 'SA dev/ci']);
    const devs = ruleGrants(subject(w, 'Group devs').grants)[0]!;
    expect(devs).toMatchObject({
      binding: { kind: 'RoleBinding', name: 'devs-edit', namespace: 'dev' },
      role: { kind: 'ClusterRole', name: 'team-edit' },
      aggregatedFrom: 'team-view',
      aggregationPath: ['team-view', 'crontabs-read'],
    });
  });
});

function en(ms: readonly Message[]): string[] {
  return ms.map((m) => say(m, 'en'));
}
