// explain rolebinding/NAME and clusterrolebinding/NAME: the role it refers to (and whether it exists),
// each subject (whether a named ServiceAccount exists), what it grants where, and the granted rules that
// allow privilege escalation. Pure over an RbacExplainSnapshot.
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity } from '../model/finding.js';
import type { BindingSubject, ClusterRoleBinding, RoleBinding } from '../model/rbac.js';
import { rbacMessages } from '../i18n/messages/rbac.js';
import { say } from '../i18n/localize.js';
import type { Lang } from '../i18n/lang.js';
import { escalationRisks } from '../rbac/risks.js';
import { asClusterRoleBinding, asRoleBinding, indexSnapshot, resolveRoleRef } from '../rbac/snapshot-index.js';
import { implicitGroupNote } from '../rbac/subjects.js';
import { ExitCode, KxError } from '../errors.js';
import { riskFindings, roleRefText, ruleText, ruleWhat, scopeText, subjectText, type RbacExplainSnapshot } from './rbac-common.js';

function subjectFinding(
  s: BindingSubject,
  i: number,
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  bns: string,
  snap: RbacExplainSnapshot,
  lang: Lang,
): Finding {
  const t = rbacMessages(lang);
  let severity: Severity = 'ok';
  let detail: string;
  let concept = 'rbac.subjects';
  switch (s.kind) {
    case 'ServiceAccount': {
      concept = 'serviceaccount';
      const ns = s.namespace || bns;
      if (!ns) {
        severity = 'warning';
        detail = t['binding.subject.sa.nonamespace']();
        break;
      }
      const known = snap.serviceAccounts?.[ns];
      const missing = known !== undefined && !known.includes(s.name);
      if (missing) severity = 'warning';
      detail = t['binding.subject.sa']({ exists: missing ? t['binding.subject.sa.missing']() : '' });
      break;
    }
    case 'User':
      detail = t['binding.subject.user']();
      break;
    case 'Group':
      detail = t['binding.subject.group']({ note: groupNote(s.name, lang) });
      break;
    default:
      severity = 'warning';
      detail = t['binding.subject.unknown']({ kind: s.kind });
  }
  return {
    id: `subject.${i + 1}`,
    concept,
    severity,
    title: t['binding.subject.title']({ subject: subjectText(s, bns) }),
    detail,
    docs: [],
  };
}

export function explainBinding(snap: RbacExplainSnapshot, lang: Lang): Explanation {
  const t = rbacMessages(lang);
  const { snapshot } = snap;
  const kind = snap.kind === 'RoleBinding' ? 'RoleBinding' : 'ClusterRoleBinding';
  const ns = kind === 'RoleBinding' ? (snap.namespace ?? '') : '';
  const object: RoleBinding | ClusterRoleBinding | undefined =
    kind === 'RoleBinding'
      ? snapshot.roleBindings.find((b) => b.metadata.name === snap.name && b.metadata.namespace === ns)
      : snapshot.clusterRoleBindings.find((b) => b.metadata.name === snap.name);
  if (!object) throw new KxError(`${kind} ${ns ? `${ns}/` : ''}${snap.name} not found`, ExitCode.notFound);
  const index = indexSnapshot(snapshot);
  const any = kind === 'RoleBinding' ? asRoleBinding(object as RoleBinding) : asClusterRoleBinding(object);
  const res = resolveRoleRef(index, any);
  const role = roleRefText(object.roleRef, ns);
  const rules = res.rules ?? [];
  const findings: Finding[] = [];
  const label = ns ? `${ns}/${snap.name}` : snap.name;

  // The role reference.
  let roleDetail: string;
  if (res.problem === 'missing') roleDetail = t['binding.role.missing']();
  else if (res.problem === 'unsupported-kind') roleDetail = t['binding.verdict.unsupported']({ kind, name: label, role });
  else {
    roleDetail = t['binding.role.exists']({ rules: rules.length });
    if (kind === 'RoleBinding' && object.roleRef.kind === 'ClusterRole') roleDetail += ` ${t['binding.role.clusterRoleInNs']({ ns })}`;
  }
  findings.push({
    id: 'roleRef',
    concept: 'rbac.role',
    severity: res.problem ? 'error' : 'ok',
    title: t['binding.role.title']({ role }),
    detail: roleDetail,
    docs: [],
  });

  const subjects = object.subjects ?? [];
  subjects.forEach((s, i) => findings.push(subjectFinding(s, i, kind, ns, snap, lang)));

  // What it grants, rule by rule.
  if (rules.length) {
    findings.push({
      id: 'grants',
      concept: 'rbac.binding',
      severity: 'info',
      title: t['grants.title']({ rules: rules.length }),
      detail: rules
        .map(
          (r) =>
            `${ruleText(r.rule)} — ${ruleWhat(r.rule, t)}${r.aggregatedFrom ? t['role.rule.aggregated']({ from: r.aggregatedFrom }) : ''}`,
        )
        .join('\n'),
      docs: [],
    });
  }
  const risks = subjects.length ? escalationRisks(rules.map((r) => r.rule)) : [];
  findings.push(...riskFindings(risks, t));

  let verdict: Explanation['verdict'];
  if (res.problem === 'missing') verdict = { severity: 'error', text: t['binding.verdict.missing']({ kind, name: label, role }) };
  else if (res.problem) verdict = { severity: 'error', text: t['binding.verdict.unsupported']({ kind, name: label, role }) };
  else if (!subjects.length) verdict = { severity: 'warning', text: t['binding.verdict.nosubjects']({ kind, name: label, role }) };
  else {
    verdict = {
      severity: risks.length ? 'warning' : 'ok',
      text: t['binding.verdict']({ kind, name: label, role, subjects: subjects.length, scope: scopeText(kind, ns, t) }),
    };
  }
  return {
    kind: 'Explanation',
    target: { kind, name: snap.name, ...(ns ? { namespace: ns } : {}) },
    verdict,
    findings,
    warnings: [...snap.warnings, ...(snapshot.warnings ?? []).map((w) => say(w, lang))],
  };
}

function groupNote(group: string, lang: Lang): string {
  const note = implicitGroupNote(group);
  return note ? say(note, lang) : '';
}
