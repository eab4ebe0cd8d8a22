import { say } from '../../../src/i18n/localize.js';
import { describe, expect, it } from 'vitest';
import type { ClusterRole, PolicyRule } from '../../../src/model/rbac.js';
import { resolveClusterRoles } from '../../../src/rbac/aggregation.js';
import { escalationRisks } from '../../../src/rbac/risks.js';
import { listItems } from './fixtures.js';

const ids = (rules: PolicyRule[]) => escalationRisks(rules).map((r) => r.id);
const role = (name: string) => {
  const all = listItems<ClusterRole>('clusterroles.json');
  return resolveClusterRoles(all, 'live')
    .rules.get(name)!
    .map((r) => r.rule);
};

describe('escalationRisks', () => {
  it.each<[string, PolicyRule, string[]]>([
    ['bind', { verbs: ['bind'], apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'] }, ['bind']],
    ['escalate', { verbs: ['escalate'], apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'] }, ['escalate']],
    ['impersonate users', { verbs: ['impersonate'], apiGroups: [''], resources: ['users'] }, ['impersonate']],
    ['impersonate uids', { verbs: ['impersonate'], apiGroups: ['authentication.k8s.io'], resources: ['uids'] }, ['impersonate']],
    ['create pods', { verbs: ['create'], apiGroups: [''], resources: ['pods'] }, ['create-pods']],
    ['create deployments', { verbs: ['create'], apiGroups: ['apps'], resources: ['deployments'] }, ['create-workloads']],
    ['pods/exec', { verbs: ['create'], apiGroups: [''], resources: ['pods/exec'] }, ['pods-exec']],
    ['pods/attach', { verbs: ['create'], apiGroups: [''], resources: ['pods/attach'] }, ['pods-attach']],
    ['*/exec reaches pods/exec', { verbs: ['create'], apiGroups: [''], resources: ['*/exec'] }, ['pods-exec']],
    ['list secrets', { verbs: ['list'], apiGroups: [''], resources: ['secrets'] }, ['read-secrets']],
    ['token', { verbs: ['create'], apiGroups: [''], resources: ['serviceaccounts/token'] }, ['create-serviceaccount-token']],
    ['nodes/proxy get', { verbs: ['get'], apiGroups: [''], resources: ['nodes/proxy'] }, ['nodes-proxy']],
    ['"*" verbs on configmaps', { verbs: ['*'], apiGroups: [''], resources: ['configmaps'] }, ['wildcard-verbs']],
    ['"*" resources of apps', { verbs: ['get'], apiGroups: ['apps'], resources: ['*'] }, ['wildcard-resources']],
    ['"*" groups for configmaps', { verbs: ['get'], apiGroups: ['*'], resources: ['configmaps'] }, ['wildcard-api-groups']],
    ['harmless: get pods', { verbs: ['get', 'list', 'watch'], apiGroups: [''], resources: ['pods', 'pods/log'] }, []],
    ['harmless: create pods in another group', { verbs: ['create'], apiGroups: ['metrics.k8s.io'], resources: ['pods'] }, []],
    ['harmless: nodes without proxy', { verbs: ['get'], apiGroups: [''], resources: ['nodes'] }, []],
  ])('%s', (_d, rule, expected) => {
    expect(ids([rule])).toEqual(expected);
  });

  it('keeps the rule index and names the objects a named rule is limited to', () => {
    const risks = escalationRisks([
      { verbs: ['get'], apiGroups: [''], resources: ['pods'] },
      { verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['db-creds'] },
    ]);
    expect(risks).toEqual([expect.objectContaining({ id: 'read-secrets', ruleIndex: 1, limitedToNames: ['db-creds'] })]);
    expect(say(risks[0]!.reason, 'en')).toContain('Secret');
  });

  it('cluster-admin carries every risk', () => {
    expect(new Set(ids(role('cluster-admin')))).toEqual(
      new Set([
        'wildcard-verbs',
        'wildcard-resources',
        'wildcard-api-groups',
        'bind',
        'escalate',
        'impersonate',
        'create-pods',
        'create-workloads',
        'pods-exec',
        'pods-attach',
        'read-secrets',
        'create-serviceaccount-token',
        'nodes-proxy',
      ]),
    );
  });

  it('edit: secrets, exec, pods, workloads, tokens and ServiceAccount impersonation, but no bind/escalate', () => {
    const s = new Set(ids(role('edit')));
    for (const id of [
      'read-secrets',
      'pods-exec',
      'pods-attach',
      'create-pods',
      'create-workloads',
      'create-serviceaccount-token',
      'impersonate',
    ]) {
      expect(s.has(id as never), id).toBe(true);
    }
    expect(s.has('bind')).toBe(false);
    expect(s.has('escalate')).toBe(false);
  });

  it('view: none', () => {
    expect(ids(role('view'))).toEqual([]);
  });
});
