// The RBAC part of explain serviceaccount/NAME: the bindings that name this ServiceAccount, the role each
// grants and where, and the granted rules that allow privilege escalation. Pure; meant to be called by the
// ServiceAccount explainer (src/explain/serviceaccount.ts) with a snapshot read by readRbac.
// Grants through groups (system:serviceaccounts, system:authenticated) are not listed: `access` shows them.
import type { Finding } from '../model/finding.js';
import type { RbacSnapshot } from '../model/rbac.js';
import type { Lang } from '../i18n/lang.js';
import { rbacMessages } from '../i18n/messages/rbac.js';
import { escalationRisks } from '../rbac/risks.js';
import { asClusterRoleBinding, asRoleBinding, indexSnapshot, resolveRoleRef, type AnyBinding } from '../rbac/snapshot-index.js';
import { bindingText, riskFindings, roleRefText, scopeText } from './rbac-common.js';

function namesAccount(b: AnyBinding, ns: string, name: string): boolean {
  return (b.object.subjects ?? []).some((s) => s.kind === 'ServiceAccount' && s.name === name && (s.namespace || b.namespace) === ns);
}

export function rbacFindingsForServiceAccount(snapshot: RbacSnapshot, ns: string, name: string, lang: Lang): Finding[] {
  const t = rbacMessages(lang);
  const index = indexSnapshot(snapshot);
  const bindings: AnyBinding[] = [
    ...snapshot.clusterRoleBindings.map(asClusterRoleBinding),
    ...snapshot.roleBindings.map(asRoleBinding),
  ].filter((b) => namesAccount(b, ns, name));
  if (!bindings.length) {
    return [
      {
        id: 'rbac.bindings',
        concept: 'rbac.binding',
        severity: 'info',
        title: t['sa.rbac.none.title'](),
        detail: t['sa.rbac.none.detail'](),
        docs: [],
      },
    ];
  }
  const lines: string[] = [];
  const findings: Finding[] = [];
  const seenRisk = new Set<string>();
  for (const b of bindings) {
    const role = roleRefText(b.object.roleRef, b.namespace);
    const res = resolveRoleRef(index, b);
    lines.push(
      t['sa.rbac.grant.line']({
        binding: bindingText(b.object, b.kind),
        role: res.rules ? role : `${role} (${t['binding.role.missing']().split('.')[0]})`,
        scope: scopeText(b.kind, b.namespace, t),
      }),
    );
    const risks = escalationRisks((res.rules ?? []).map((r) => r.rule)).filter((r) => {
      const key = `${role}\u0000${r.id}`;
      if (seenRisk.has(key)) return false;
      seenRisk.add(key);
      return true;
    });
    findings.push(
      ...riskFindings(risks, t, (r) => t['sa.risk.title']({ id: r.id, role }), `rbac.risk.${b.kind}.${b.object.metadata.name}`),
    );
  }
  return [
    {
      id: 'rbac.bindings',
      concept: 'rbac.binding',
      severity: 'info',
      title: t['sa.rbac.title']({ count: bindings.length }),
      detail: lines.join('\n'),
      docs: [],
    },
    ...findings,
  ];
}
