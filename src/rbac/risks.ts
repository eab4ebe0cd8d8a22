// Rules that let a subject gain more than they say: privilege escalation paths known from the Kubernetes
// RBAC good-practices guide. Each rule is tested with the real matcher against representative requests, so
// wildcards and "*/subresource" are judged exactly as the authorizer would.

import type { EscalationRisk, EscalationRiskId, PolicyRule, ResourceRequest } from '../model/rbac.js';
import { ruleAllows } from './match.js';
import { rm } from './messages.js';

type Probe = Omit<ResourceRequest, 'namespace' | 'name'>;

interface Check {
  id: EscalationRiskId;
  probes: Probe[];
}

const RBAC = 'rbac.authorization.k8s.io';
const on = (verbs: string[], group: string, resources: string[]): Probe[] =>
  verbs.flatMap((verb) =>
    resources.map((r) => {
      const [resource, subresource] = r.split('/') as [string, string | undefined];
      return subresource ? { verb, group, resource, subresource } : { verb, group, resource };
    }),
  );

const CHECKS: Check[] = [
  {
    id: 'bind',
    probes: on(['bind'], RBAC, ['roles', 'clusterroles']),
  },
  {
    id: 'escalate',
    probes: on(['escalate'], RBAC, ['roles', 'clusterroles']),
  },
  {
    id: 'impersonate',
    probes: [
      ...on(['impersonate'], '', ['users', 'groups', 'serviceaccounts']),
      ...on(['impersonate'], 'authentication.k8s.io', ['uids', 'userextras']),
    ],
  },
  {
    id: 'create-pods',
    probes: on(['create'], '', ['pods']),
  },
  {
    id: 'create-workloads',
    probes: [
      ...on(['create'], 'apps', ['deployments', 'daemonsets', 'statefulsets', 'replicasets']),
      ...on(['create'], 'batch', ['jobs', 'cronjobs']),
      ...on(['create'], '', ['replicationcontrollers']),
    ],
  },
  {
    id: 'pods-exec',
    probes: on(['create', 'get'], '', ['pods/exec']),
  },
  {
    id: 'pods-attach',
    probes: on(['create', 'get'], '', ['pods/attach']),
  },
  {
    id: 'read-secrets',
    probes: on(['get', 'list', 'watch'], '', ['secrets']),
  },
  {
    id: 'create-serviceaccount-token',
    probes: on(['create'], '', ['serviceaccounts/token']),
  },
  {
    id: 'nodes-proxy',
    probes: on(['get', 'create'], '', ['nodes/proxy']),
  },
];

/** Escalation risks of a list of rules (a role's rules, or the rules a subject holds). */
export function escalationRisks(rules: readonly PolicyRule[]): EscalationRisk[] {
  const risks: EscalationRisk[] = [];
  rules.forEach((rule, ruleIndex) => {
    const names = rule.resourceNames ?? [];
    const unnamed: PolicyRule = names.length ? { ...rule, resourceNames: [] } : rule;
    const add = (id: EscalationRiskId) => {
      const risk: EscalationRisk = { id, ruleIndex, rule, reason: rm['risk.reason']({ id }) };
      if (names.length) risk.limitedToNames = [...names];
      risks.push(risk);
    };
    if ((rule.verbs ?? []).includes('*')) add('wildcard-verbs');
    if ((rule.resources ?? []).includes('*')) add('wildcard-resources');
    if ((rule.apiGroups ?? []).includes('*')) add('wildcard-api-groups');
    for (const check of CHECKS) {
      if (check.probes.some((p) => ruleAllows(unnamed, p))) add(check.id);
    }
  });
  return risks;
}
