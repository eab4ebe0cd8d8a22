// Shared pieces of the RBAC explainers: how a rule, a role, a binding and its subjects read, and
// escalation risks as findings. Pure; the snapshot comes from src/cluster/rbac-explain-snapshot.ts.
import type { BindingSubject, ClusterRoleBinding, EscalationRisk, PolicyRule, RoleBinding } from '../model/rbac.js';
import type { Finding } from '../model/finding.js';
import type { RbacMessages } from '../i18n/messages/rbac.js';

// What explain needs (the RBAC snapshot, which object, the ServiceAccounts seen) lives in src/model.
export type { RbacExplainSnapshot } from '../model/rbac.js';

const list = (xs: string[] | undefined) => `[${(xs ?? []).map((x) => (x === '' ? '""' : x)).join(',')}]`;

/** verbs=[get,list] apiGroups=[""] resources=[pods] — as kubectl prints a rule. */
export function ruleText(r: PolicyRule): string {
  if (r.nonResourceURLs?.length) return `verbs=${list(r.verbs)} nonResourceURLs=${list(r.nonResourceURLs)}`;
  const names = r.resourceNames?.length ? ` resourceNames=${list(r.resourceNames)}` : '';
  return `verbs=${list(r.verbs)} apiGroups=${list(r.apiGroups)} resources=${list(r.resources)}${names}`;
}

/** One sentence for a rule. */
export function ruleWhat(r: PolicyRule, t: RbacMessages): string {
  const all = (xs: string[] | undefined) =>
    (xs ?? []).includes('*') ? t['rule.all']() : (xs ?? []).map((x) => (x === '' ? 'core ("")' : x)).join(', ') || '—';
  if (r.nonResourceURLs?.length) return t['rule.what.nonresource']({ verbs: all(r.verbs), urls: r.nonResourceURLs.join(', ') });
  return t['rule.what']({
    verbs: all(r.verbs),
    resources: all(r.resources),
    groups: all(r.apiGroups),
    names: (r.resourceNames ?? []).join(', '),
  });
}

export function subjectText(s: BindingSubject, bindingNamespace: string): string {
  if (s.kind === 'ServiceAccount') return `ServiceAccount ${s.namespace || bindingNamespace || '?'}/${s.name}`;
  return `${s.kind} ${s.name}`;
}

export function bindingText(b: RoleBinding | ClusterRoleBinding, kind: 'RoleBinding' | 'ClusterRoleBinding'): string {
  return kind === 'RoleBinding' ? `RoleBinding ${b.metadata.namespace}/${b.metadata.name}` : `ClusterRoleBinding ${b.metadata.name}`;
}

export function roleRefText(ref: { kind: string; name: string }, bindingNamespace: string): string {
  return ref.kind === 'Role' ? `Role ${bindingNamespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
}

export function scopeText(kind: 'RoleBinding' | 'ClusterRoleBinding', namespace: string, t: RbacMessages): string {
  return kind === 'RoleBinding' ? t['scope.namespace']({ ns: namespace }) : t['scope.cluster']();
}

/** One finding per escalation risk, numbered by rule (1-based, as shown). */
export function riskFindings(
  risks: readonly EscalationRisk[],
  t: RbacMessages,
  title?: (r: EscalationRisk) => string,
  idPrefix = 'risk',
): Finding[] {
  return risks.map((r) => ({
    id: `${idPrefix}.${r.id}.${r.ruleIndex + 1}`,
    concept: 'rbac.escalation',
    severity: 'warning',
    title: title ? title(r) : t['risk.title']({ id: r.id, rule: r.ruleIndex + 1 }),
    detail: `${t['risk.reason']({ id: r.id })}${r.limitedToNames?.length ? t['risk.names']({ names: r.limitedToNames.join(', ') }) : ''}\n${ruleText(r.rule)}`,
    docs: [],
  }));
}
