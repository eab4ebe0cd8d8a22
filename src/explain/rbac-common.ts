// Shared pieces of the RBAC explainers (Role/ClusterRole, bindings, the RBAC part of ServiceAccount):
// the read plan (every RBAC object: who binds a ClusterRole can be any namespace), the RbacSnapshot
// built from what it read, how a rule, a role, a binding and its subjects read, and escalation risks
// as findings. Pure; every sentence is a Message of the `rbac` catalog.
import type { BindingSubject, ClusterRoleBinding, EscalationRisk, PolicyRule, RbacSnapshot, RoleBinding } from '../model/rbac.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { KubeObject } from '../model/kube.js';
import { builders, type Message } from '../model/message.js';
import { list, listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import type { RbacMessages } from '../i18n/messages/rbac-en.js';
import { buildSnapshot, type RbacObjects } from '../rbac/snapshot.js';

export const r = builders<RbacMessages>('rbac');
export const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** kubectl's notation of a rule, role, binding or subject: the same in every language. */
export const notation = (text: string): Message => r.notation({ text });

/**
 * Every RBAC object. A user who may not list Roles or RoleBindings across namespaces (a namespace
 * admin) still gets those of `namespace`, and a warning saying only it was read.
 */
export const rbacReads = (namespace: string): ReadPlan => ({
  clusterRoles: list('ClusterRole'),
  clusterRoleBindings: list('ClusterRoleBinding'),
  roles: list('Role', { orNamespace: namespace }),
  roleBindings: list('RoleBinding', { orNamespace: namespace }),
});

const KEYS: Record<string, keyof Omit<RbacObjects, 'incomplete' | 'source' | 'defaultNamespace'>> = {
  Role: 'roles',
  ClusterRole: 'clusterRoles',
  RoleBinding: 'roleBindings',
  ClusterRoleBinding: 'clusterRoleBindings',
};

/**
 * The RbacSnapshot of what rbacReads read. The target, which we were allowed to get, is part of it
 * even when its list was forbidden. From manifest files, aggregated ClusterRoles hold no rules yet:
 * buildSnapshot computes them as the controller would.
 */
export function rbacSnapshotOf(snap: Snapshot, target?: KubeObject): RbacSnapshot {
  const objects: Record<string, readonly KubeObject[]> = {};
  for (const key of Object.values(KEYS)) objects[key] = listOf(snap, key) ?? [];
  const key = target?.kind ? KEYS[target.kind] : undefined;
  if (target && key) {
    const same = (o: KubeObject) => o.metadata?.name === target.metadata?.name && o.metadata?.namespace === target.metadata?.namespace;
    if (!objects[key]!.some(same)) objects[key] = [...objects[key]!, target];
  }
  return buildSnapshot({ ...(objects as RbacObjects), source: snap.offline ? 'manifests' : 'live' });
}

const listText = (xs: string[] | undefined) => `[${(xs ?? []).map((x) => (x === '' ? '""' : x)).join(',')}]`;

/** verbs=[get,list] apiGroups=[""] resources=[pods] — as kubectl prints a rule. */
export function ruleText(rule: PolicyRule): string {
  if (rule.nonResourceURLs?.length) return `verbs=${listText(rule.verbs)} nonResourceURLs=${listText(rule.nonResourceURLs)}`;
  const names = rule.resourceNames?.length ? ` resourceNames=${listText(rule.resourceNames)}` : '';
  return `verbs=${listText(rule.verbs)} apiGroups=${listText(rule.apiGroups)} resources=${listText(rule.resources)}${names}`;
}

/** One sentence for a rule. */
export function ruleWhat(rule: PolicyRule): Message {
  // "*" said as what it stands for ("every verb", not "Allows every on …").
  const all = (xs: string[] | undefined, every: Message): string | Message =>
    (xs ?? []).includes('*') ? every : (xs ?? []).map((x) => (x === '' ? 'core ("")' : x)).join(', ') || '—';
  if (rule.nonResourceURLs?.length)
    return r['rule.what.nonresource']({ verbs: all(rule.verbs, r['rule.all.verbs']()), urls: rule.nonResourceURLs.join(', ') });
  return r['rule.what']({
    verbs: all(rule.verbs, r['rule.all.verbs']()),
    resources: all(rule.resources, r['rule.all.resources']()),
    groups: (rule.apiGroups ?? []).includes('*')
      ? r['rule.all.groups']()
      : r['rule.groups']({ groups: all(rule.apiGroups, r['rule.all.groups']()) }),
    names: (rule.resourceNames ?? []).join(', '),
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

export function scopeText(kind: 'RoleBinding' | 'ClusterRoleBinding', namespace: string): Message {
  return kind === 'RoleBinding' ? r['scope.namespace']({ ns: namespace }) : r['scope.cluster']();
}

/** One finding per escalation risk, numbered by rule (1-based, as shown). */
export function riskFindings(
  risks: readonly EscalationRisk[],
  title?: (risk: EscalationRisk) => Message,
  idPrefix = 'risk',
): FindingModel[] {
  return risks.map((risk) =>
    finding(
      `${idPrefix}.${risk.id}.${risk.ruleIndex + 1}`,
      'rbac.escalation',
      'warning',
      title ? title(risk) : r['risk.title']({ id: risk.id, rule: risk.ruleIndex + 1 }),
      [
        r['risk.detail']({
          reason: r['risk.reason']({ id: risk.id }),
          names: risk.limitedToNames?.length ? r['risk.names']({ names: risk.limitedToNames.join(', ') }) : undefined,
        }),
        notation(ruleText(risk.rule)),
      ],
    ),
  );
}
