// Rules that let a subject gain more than they say: privilege escalation paths known from the Kubernetes
// RBAC good-practices guide. Each rule is tested with the real matcher against representative requests, so
// wildcards and "*/subresource" are judged exactly as the authorizer would.

import type { EscalationRisk, EscalationRiskId, PolicyRule, ResourceRequest } from '../model/rbac.js';
import { ruleAllows } from './match.js';

type Probe = Omit<ResourceRequest, 'namespace' | 'name'>;

interface Check {
  id: EscalationRiskId;
  probes: Probe[];
  reason: string;
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
    reason: 'bind: can bind roles holding permissions it does not have, to anyone including itself',
  },
  {
    id: 'escalate',
    probes: on(['escalate'], RBAC, ['roles', 'clusterroles']),
    reason: 'escalate: can create or edit roles with permissions it does not have',
  },
  {
    id: 'impersonate',
    probes: [
      ...on(['impersonate'], '', ['users', 'groups', 'serviceaccounts']),
      ...on(['impersonate'], 'authentication.k8s.io', ['uids', 'userextras']),
    ],
    reason: 'impersonate: can act as other users, groups or ServiceAccounts (for example as a member of system:masters)',
  },
  {
    id: 'create-pods',
    probes: on(['create'], '', ['pods']),
    reason:
      'create pods: a pod can run as any ServiceAccount of its namespace and mount its Secrets; privileged or hostPath pods where admission allows them',
  },
  {
    id: 'create-workloads',
    probes: [
      ...on(['create'], 'apps', ['deployments', 'daemonsets', 'statefulsets', 'replicasets']),
      ...on(['create'], 'batch', ['jobs', 'cronjobs']),
      ...on(['create'], '', ['replicationcontrollers']),
    ],
    reason: 'create workloads: controllers create the pods for it, so this reaches as far as creating pods',
  },
  {
    id: 'pods-exec',
    probes: on(['create', 'get'], '', ['pods/exec']),
    reason:
      'pods/exec: can run commands in running containers, and read their mounted ServiceAccount tokens and Secrets (create; get on clusters that still authorize WebSocket exec with get)',
  },
  {
    id: 'pods-attach',
    probes: on(['create', 'get'], '', ['pods/attach']),
    reason: 'pods/attach: can attach to the input and output of running containers',
  },
  {
    id: 'read-secrets',
    probes: on(['get', 'list', 'watch'], '', ['secrets']),
    reason: 'secrets: get reads Secret values, and list and watch return the values of every Secret too, not just their names',
  },
  {
    id: 'create-serviceaccount-token',
    probes: on(['create'], '', ['serviceaccounts/token']),
    reason: 'serviceaccounts/token: can mint tokens for ServiceAccounts and act with their permissions',
  },
  {
    id: 'nodes-proxy',
    probes: on(['get', 'create'], '', ['nodes/proxy']),
    reason: 'nodes/proxy: reaches the kubelet API, which can run commands in any pod on the node, bypassing audit and admission',
  },
];

/** Escalation risks of a list of rules (a role's rules, or the rules a subject holds). */
export function escalationRisks(rules: readonly PolicyRule[]): EscalationRisk[] {
  const risks: EscalationRisk[] = [];
  rules.forEach((rule, ruleIndex) => {
    const names = rule.resourceNames ?? [];
    const unnamed: PolicyRule = names.length ? { ...rule, resourceNames: [] } : rule;
    const add = (id: EscalationRiskId, reason: string) => {
      const risk: EscalationRisk = { id, ruleIndex, rule, reason };
      if (names.length) risk.limitedToNames = [...names];
      risks.push(risk);
    };
    if ((rule.verbs ?? []).includes('*'))
      add('wildcard-verbs', '"*" verbs: every verb, including escalate, bind, impersonate and any added later');
    if ((rule.resources ?? []).includes('*'))
      add('wildcard-resources', '"*" resources: every resource and subresource of the listed groups, including ones added later');
    if ((rule.apiGroups ?? []).includes('*'))
      add('wildcard-api-groups', '"*" apiGroups: every API group, including custom resources installed later');
    for (const check of CHECKS) {
      if (check.probes.some((p) => ruleAllows(unnamed, p))) add(check.id, check.reason);
    }
  });
  return risks;
}
