// The RBAC part of explain serviceaccount/NAME: the bindings that name this ServiceAccount, the role each
// grants and where, and the granted rules that allow privilege escalation. Pure; called by the
// ServiceAccount explainer (./serviceaccount.ts) with the RbacSnapshot of its plan.
// Grants through groups (system:serviceaccounts, system:authenticated) are not listed: `access` shows them.
import { finding, type FindingModel } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { RbacSnapshot } from '../model/rbac.js';
import { escalationRisks } from '../rbac/risks.js';
import { asClusterRoleBinding, asRoleBinding, indexSnapshot, resolveRoleRef, type AnyBinding } from '../rbac/snapshot-index.js';
import { bindingText, r, riskFindings, roleRefText, scopeText } from './rbac-common.js';

function namesAccount(b: AnyBinding, ns: string, name: string): boolean {
  return (b.object.subjects ?? []).some((s) => s.kind === 'ServiceAccount' && s.name === name && (s.namespace || b.namespace) === ns);
}

export function rbacFindingsForServiceAccount(snapshot: RbacSnapshot, ns: string, name: string): FindingModel[] {
  const index = indexSnapshot(snapshot);
  const bindings: AnyBinding[] = [
    ...snapshot.clusterRoleBindings.map(asClusterRoleBinding),
    ...snapshot.roleBindings.map(asRoleBinding),
  ].filter((b) => namesAccount(b, ns, name));
  if (!bindings.length) return [finding('rbac.bindings', 'rbac.binding', 'info', r['sa.rbac.none.title'](), [r['sa.rbac.none.detail']()])];
  const lines: Message[] = [];
  const findings: FindingModel[] = [];
  const seenRisk = new Set<string>();
  for (const b of bindings) {
    const role = roleRefText(b.object.roleRef, b.namespace);
    const res = resolveRoleRef(index, b);
    lines.push(
      r['sa.rbac.grant.line']({
        binding: bindingText(b.object, b.kind),
        role: res.rules ? role : r['sa.rbac.role.missing']({ role }),
        scope: scopeText(b.kind, b.namespace),
      }),
    );
    const risks = escalationRisks((res.rules ?? []).map((x) => x.rule)).filter((x) => {
      const key = `${role}\u0000${x.id}`;
      if (seenRisk.has(key)) return false;
      seenRisk.add(key);
      return true;
    });
    findings.push(...riskFindings(risks, (x) => r['sa.risk.title']({ id: x.id, role }), `rbac.risk.${b.kind}.${b.object.metadata.name}`));
  }
  return [finding('rbac.bindings', 'rbac.binding', 'info', r['sa.rbac.title']({ count: bindings.length }), lines), ...findings];
}
