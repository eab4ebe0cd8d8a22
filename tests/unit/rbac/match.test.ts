import { describe, expect, it } from 'vitest';
import type { AccessRequest, PolicyRule } from '../../../src/model/rbac.js';
import {
  apiGroupMatches,
  effectiveNamespace,
  isKnownClusterScoped,
  nonResourceURLMatches,
  resourceMatches,
  resourceNameMatches,
  ruleAllows,
  verbMatches,
} from '../../../src/rbac/match.js';

const r = (verbs: string[], apiGroups: string[], resources: string[], resourceNames?: string[]): PolicyRule => ({
  verbs,
  apiGroups,
  resources,
  ...(resourceNames ? { resourceNames } : {}),
});
const nr = (verbs: string[], nonResourceURLs: string[]): PolicyRule => ({ verbs, nonResourceURLs });

// [description, rule, request, allowed]
const cases: [string, PolicyRule, AccessRequest, boolean][] = [
  // verbs
  ['exact verb', r(['get'], [''], ['pods']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, true],
  ['other verb', r(['get'], [''], ['pods']), { verb: 'list', group: '', resource: 'pods' }, false],
  ['"*" verb', r(['*'], [''], ['pods']), { verb: 'deletecollection', group: '', resource: 'pods' }, true],
  [
    '"*" verb covers custom verbs',
    r(['*'], ['rbac.authorization.k8s.io'], ['clusterroles']),
    { verb: 'escalate', group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
    true,
  ],
  ['verbs are case-sensitive', r(['GET'], [''], ['pods']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, false],
  ['verb list of several', r(['get', 'list', 'watch'], [''], ['pods']), { verb: 'watch', group: '', resource: 'pods' }, true],
  ['no verbs grants nothing', r([], [''], ['pods']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, false],
  ['"get" does not imply "list"', r(['get'], [''], ['secrets']), { verb: 'list', group: '', resource: 'secrets' }, false],
  [
    '"update" does not imply "patch"',
    r(['update'], ['apps'], ['deployments']),
    { verb: 'patch', group: 'apps', resource: 'deployments', name: 'web' },
    false,
  ],
  [
    '"delete" does not imply "deletecollection"',
    r(['delete'], [''], ['pods']),
    { verb: 'deletecollection', group: '', resource: 'pods' },
    false,
  ],
  // API groups
  ['core group is ""', r(['get'], [''], ['pods']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, true],
  [
    'core rule does not match apps',
    r(['get'], [''], ['deployments']),
    { verb: 'get', group: 'apps', resource: 'deployments', name: 'd' },
    false,
  ],
  [
    'apps rule does not match extensions',
    r(['get'], ['apps'], ['deployments']),
    { verb: 'get', group: 'extensions', resource: 'deployments', name: 'd' },
    false,
  ],
  ['"*" group', r(['get'], ['*'], ['deployments']), { verb: 'get', group: 'apps', resource: 'deployments', name: 'd' }, true],
  ['"*" group includes core', r(['get'], ['*'], ['pods']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, true],
  ['no apiGroups matches no resource', r(['get'], [], ['pods']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, false],
  [
    'CRD group',
    r(['list'], ['stable.example.com'], ['crontabs']),
    { verb: 'list', group: 'stable.example.com', resource: 'crontabs' },
    true,
  ],
  [
    'group is exact, not a suffix',
    r(['list'], ['example.com'], ['crontabs']),
    { verb: 'list', group: 'stable.example.com', resource: 'crontabs' },
    false,
  ],
  ['several groups', r(['get'], ['', 'apps'], ['deployments']), { verb: 'get', group: 'apps', resource: 'deployments', name: 'd' }, true],
  // resources
  ['"*" resource', r(['get'], [''], ['*']), { verb: 'get', group: '', resource: 'configmaps', name: 'c' }, true],
  [
    '"*" resource includes subresources',
    r(['get'], [''], ['*']),
    { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'p' },
    true,
  ],
  ['resource is plural and exact', r(['get'], [''], ['pod']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, false],
  ['resources are case-sensitive', r(['get'], [''], ['Pods']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, false],
  [
    '"pods" does not match pods/log',
    r(['get'], [''], ['pods']),
    { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'p' },
    false,
  ],
  [
    '"pods/log" matches pods/log',
    r(['get'], [''], ['pods/log']),
    { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'p' },
    true,
  ],
  ['"pods/log" does not match pods', r(['get'], [''], ['pods/log']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, false],
  [
    '"pods/log" does not match pods/exec',
    r(['create'], [''], ['pods/log']),
    { verb: 'create', group: '', resource: 'pods', subresource: 'exec', name: 'p' },
    false,
  ],
  [
    '"pods/exec" with create',
    r(['create'], [''], ['pods/exec']),
    { verb: 'create', group: '', resource: 'pods', subresource: 'exec', name: 'p' },
    true,
  ],
  [
    '"*/log" matches pods/log',
    r(['get'], [''], ['*/log']),
    { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'p' },
    true,
  ],
  [
    '"*/scale" matches deployments/scale',
    r(['update'], ['apps'], ['*/scale']),
    { verb: 'update', group: 'apps', resource: 'deployments', subresource: 'scale', name: 'web' },
    true,
  ],
  [
    '"*/scale" matches statefulsets/scale',
    r(['get'], ['apps'], ['*/scale']),
    { verb: 'get', group: 'apps', resource: 'statefulsets', subresource: 'scale', name: 's' },
    true,
  ],
  [
    '"*/scale" does not match deployments',
    r(['update'], ['apps'], ['*/scale']),
    { verb: 'update', group: 'apps', resource: 'deployments', name: 'web' },
    false,
  ],
  [
    '"*/scale" does not match deployments/status',
    r(['update'], ['apps'], ['*/scale']),
    { verb: 'update', group: 'apps', resource: 'deployments', subresource: 'status', name: 'web' },
    false,
  ],
  [
    '"*/scale" still needs the group',
    r(['update'], ['apps'], ['*/scale']),
    { verb: 'update', group: '', resource: 'replicationcontrollers', subresource: 'scale', name: 'rc' },
    false,
  ],
  [
    '"*/status" matches namespaces/status',
    r(['get'], [''], ['*/status']),
    { verb: 'get', group: '', resource: 'namespaces', subresource: 'status', name: 'ns' },
    true,
  ],
  [
    '"pods/*" is not a pattern',
    r(['get'], [''], ['pods/*']),
    { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'p' },
    false,
  ],
  [
    '"*/*" is not a pattern for pods/log',
    r(['get'], [''], ['*/*']),
    { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'p' },
    false,
  ],
  [
    '"*/" + longer suffix is not a match',
    r(['get'], [''], ['*/og']),
    { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'p' },
    false,
  ],
  [
    '"deployments/scale" for deployments/scale',
    r(['patch'], ['apps'], ['deployments/scale']),
    { verb: 'patch', group: 'apps', resource: 'deployments', subresource: 'scale', name: 'web' },
    true,
  ],
  [
    '"deployments/scale" not for replicasets/scale',
    r(['patch'], ['apps'], ['deployments/scale']),
    { verb: 'patch', group: 'apps', resource: 'replicasets', subresource: 'scale', name: 'rs' },
    false,
  ],
  [
    'serviceaccounts/token create',
    r(['create'], [''], ['serviceaccounts/token']),
    { verb: 'create', group: '', resource: 'serviceaccounts', subresource: 'token', name: 'default' },
    true,
  ],
  ['no resources matches nothing', r(['get'], [''], []), { verb: 'get', group: '', resource: 'pods', name: 'p' }, false],
  // resourceNames
  [
    'resourceNames: named get',
    r(['get'], [''], ['secrets'], ['db-creds']),
    { verb: 'get', group: '', resource: 'secrets', name: 'db-creds' },
    true,
  ],
  [
    'resourceNames: other name',
    r(['get'], [''], ['secrets'], ['db-creds']),
    { verb: 'get', group: '', resource: 'secrets', name: 'tls' },
    false,
  ],
  [
    'resourceNames: get without name (collection)',
    r(['get'], [''], ['secrets'], ['db-creds']),
    { verb: 'get', group: '', resource: 'secrets' },
    false,
  ],
  [
    'resourceNames: plain list',
    r(['list'], [''], ['configmaps'], ['app-config']),
    { verb: 'list', group: '', resource: 'configmaps' },
    false,
  ],
  [
    'resourceNames: list with metadata.name field selector',
    r(['list'], [''], ['configmaps'], ['app-config']),
    { verb: 'list', group: '', resource: 'configmaps', name: 'app-config' },
    true,
  ],
  [
    'resourceNames: watch with field selector',
    r(['watch'], [''], ['configmaps'], ['app-config']),
    { verb: 'watch', group: '', resource: 'configmaps', name: 'app-config' },
    true,
  ],
  [
    'resourceNames: create has no name',
    r(['create'], [''], ['configmaps'], ['app-config']),
    { verb: 'create', group: '', resource: 'configmaps' },
    false,
  ],
  [
    'resourceNames: deletecollection has no name',
    r(['deletecollection'], [''], ['configmaps'], ['app-config']),
    { verb: 'deletecollection', group: '', resource: 'configmaps' },
    false,
  ],
  [
    'resourceNames: update named',
    r(['update'], [''], ['configmaps'], ['app-config']),
    { verb: 'update', group: '', resource: 'configmaps', name: 'app-config' },
    true,
  ],
  [
    'resourceNames: "*" is a literal name',
    r(['get'], [''], ['secrets'], ['*']),
    { verb: 'get', group: '', resource: 'secrets', name: 'db-creds' },
    false,
  ],
  [
    'resourceNames: literal "*" name',
    r(['get'], [''], ['secrets'], ['*']),
    { verb: 'get', group: '', resource: 'secrets', name: '*' },
    true,
  ],
  [
    'resourceNames: names are case-sensitive',
    r(['get'], [''], ['secrets'], ['DB-creds']),
    { verb: 'get', group: '', resource: 'secrets', name: 'db-creds' },
    false,
  ],
  [
    'resourceNames with subresource',
    r(['get'], [''], ['pods/log'], ['web-0']),
    { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'web-0' },
    true,
  ],
  [
    'empty resourceNames = all names',
    r(['get'], [''], ['secrets'], []),
    { verb: 'get', group: '', resource: 'secrets', name: 'anything' },
    true,
  ],
  ['empty resourceNames: collection too', r(['list'], [''], ['secrets'], []), { verb: 'list', group: '', resource: 'secrets' }, true],
  // resource rules vs non-resource requests and back
  ['resource rule never matches a URL', r(['*'], ['*'], ['*']), { verb: 'get', nonResourceURL: '/healthz' }, false],
  ['URL rule never matches a resource', nr(['*'], ['*']), { verb: 'get', group: '', resource: 'pods', name: 'p' }, false],
  // non-resource URLs
  ['exact URL', nr(['get'], ['/healthz']), { verb: 'get', nonResourceURL: '/healthz' }, true],
  ['exact URL, other verb', nr(['get'], ['/healthz']), { verb: 'post', nonResourceURL: '/healthz' }, false],
  ['exact URL is not a prefix', nr(['get'], ['/healthz']), { verb: 'get', nonResourceURL: '/healthz/etcd' }, false],
  ['"/healthz/*" matches a check', nr(['get'], ['/healthz/*']), { verb: 'get', nonResourceURL: '/healthz/etcd' }, true],
  ['"/healthz/*" matches "/healthz/"', nr(['get'], ['/healthz/*']), { verb: 'get', nonResourceURL: '/healthz/' }, true],
  ['"/healthz/*" does not match "/healthz"', nr(['get'], ['/healthz/*']), { verb: 'get', nonResourceURL: '/healthz' }, false],
  ['"/api/*" matches /api/v1', nr(['get'], ['/api/*']), { verb: 'get', nonResourceURL: '/api/v1' }, true],
  ['"/api/*" does not match /apis/apps', nr(['get'], ['/api/*']), { verb: 'get', nonResourceURL: '/apis/apps' }, false],
  ['"/api*" is a plain prefix: matches /apis/apps', nr(['get'], ['/api*']), { verb: 'get', nonResourceURL: '/apis/apps' }, true],
  ['"/api/**" trims every "*"', nr(['get'], ['/api/**']), { verb: 'get', nonResourceURL: '/api/v1' }, true],
  ['"*" URL matches everything', nr(['get'], ['*']), { verb: 'get', nonResourceURL: '/metrics' }, true],
  ['"*" URL and "*" verb', nr(['*'], ['*']), { verb: 'post', nonResourceURL: '/logs/x' }, true],
  ['"/metrics" exact', nr(['get'], ['/metrics']), { verb: 'get', nonResourceURL: '/metrics' }, true],
  ['URLs are case-sensitive', nr(['get'], ['/Healthz']), { verb: 'get', nonResourceURL: '/healthz' }, false],
  ['"*" in the middle is literal', nr(['get'], ['/api/*/v1']), { verb: 'get', nonResourceURL: '/api/x/v1' }, false],
  // whole rules
  ['cluster-admin rule', r(['*'], ['*'], ['*']), { verb: 'impersonate', group: '', resource: 'users', name: 'alice' }, true],
  [
    'mixed rule: resources and URLs both work',
    { verbs: ['get'], apiGroups: [''], resources: ['pods'], nonResourceURLs: ['/healthz'] },
    { verb: 'get', nonResourceURL: '/healthz' },
    true,
  ],
];

describe('ruleAllows (evaluation_helpers.go semantics)', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
  it.each(cases)('%s', (_desc, rule, request, allowed) => {
    expect(ruleAllows(rule, request)).toBe(allowed);
  });
});

describe('individual predicates', () => {
  it('verbMatches', () => {
    expect(verbMatches({ verbs: ['*'] }, 'anything')).toBe(true);
    expect(verbMatches({ verbs: ['list'] }, 'List')).toBe(false);
  });
  it('apiGroupMatches', () => {
    expect(apiGroupMatches({ verbs: [], apiGroups: [''] }, '')).toBe(true);
    expect(apiGroupMatches({ verbs: [] }, '')).toBe(false);
  });
  it('resourceMatches with an explicit subresource argument', () => {
    const rule = { verbs: ['get'], resources: ['*/scale'] };
    expect(resourceMatches(rule, 'deployments/scale', 'scale')).toBe(true);
    expect(resourceMatches(rule, 'deployments', '')).toBe(false);
  });
  it('resourceNameMatches: no names list means all', () => {
    expect(resourceNameMatches({ verbs: ['get'] }, '')).toBe(true);
    expect(resourceNameMatches({ verbs: ['get'], resourceNames: ['a'] }, '')).toBe(false);
  });
  it('nonResourceURLMatches', () => {
    expect(nonResourceURLMatches({ verbs: ['get'], nonResourceURLs: ['/version/'] }, '/version/')).toBe(true);
    expect(nonResourceURLMatches({ verbs: ['get'], nonResourceURLs: ['/version/'] }, '/version')).toBe(false);
  });
});

describe('scope and effective namespace', () => {
  it('knows built-in cluster-scoped resources', () => {
    expect(isKnownClusterScoped('', 'nodes')).toBe(true);
    expect(isKnownClusterScoped('rbac.authorization.k8s.io', 'clusterroles')).toBe(true);
    expect(isKnownClusterScoped('', 'pods')).toBe(false);
    expect(isKnownClusterScoped('rbac.authorization.k8s.io', 'roles')).toBe(false);
  });
  it('cluster-scoped requests carry no namespace, whatever -n says', () => {
    expect(effectiveNamespace({ verb: 'get', group: '', resource: 'nodes', name: 'n1', namespace: 'team-a' })).toBe('');
  });
  it('discovery overrides the built-in list', () => {
    expect(
      effectiveNamespace({ verb: 'list', group: 'stable.example.com', resource: 'crontabs', namespace: 'a', clusterScoped: true }),
    ).toBe('');
    expect(effectiveNamespace({ verb: 'list', group: 'stable.example.com', resource: 'crontabs', namespace: 'a' })).toBe('a');
  });
  it('a request on one namespace object by path carries that namespace', () => {
    expect(effectiveNamespace({ verb: 'get', group: '', resource: 'namespaces', name: 'team-a' })).toBe('team-a');
    expect(effectiveNamespace({ verb: 'update', group: '', resource: 'namespaces', subresource: 'status', name: 'team-a' })).toBe('team-a');
    expect(effectiveNamespace({ verb: 'list', group: '', resource: 'namespaces', name: 'team-a' })).toBe('');
    expect(effectiveNamespace({ verb: 'list', group: '', resource: 'namespaces' })).toBe('');
  });
  it('non-resource URLs have no namespace; undefined stays "any namespace"', () => {
    expect(effectiveNamespace({ verb: 'get', nonResourceURL: '/healthz' })).toBe('');
    expect(effectiveNamespace({ verb: 'get', group: '', resource: 'pods' })).toBeUndefined();
  });
});
