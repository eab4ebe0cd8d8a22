// explain rolebinding/NAME and clusterrolebinding/NAME: the role it refers to (and whether it exists),
// each subject (whether a named ServiceAccount exists), what it grants where, and the granted rules that
// allow privilege escalation. Reads every RBAC object and the ServiceAccounts of the subjects' namespaces.
// Pure.
import type { Explainer } from './contract.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { KubeObject } from '../model/kube.js';
import { quoted, type Message } from '../model/message.js';
import type { BindingSubject, ClusterRoleBinding, RoleBinding } from '../model/rbac.js';
import { list, listOf, type Snapshot } from '../model/read-plan.js';
import { escalationRisks } from '../rbac/risks.js';
import { asClusterRoleBinding, asRoleBinding, indexSnapshot, resolveRoleRef } from '../rbac/snapshot-index.js';
import { implicitGroupNote } from '../rbac/subjects.js';
import { ExitCode, KxError, em } from '../errors.js';
import {
  notation,
  r,
  RBAC_GROUP,
  rbacReads,
  rbacSnapshotOf,
  riskFindings,
  roleRefText,
  ruleText,
  ruleWhat,
  scopeText,
  subjectText,
} from './rbac-common.js';

type BindingKind = 'RoleBinding' | 'ClusterRoleBinding';
// Enough for any real binding; a binding naming accounts in more namespaces gets "unknown" for the rest.
const MAX_SA_NAMESPACES = 20;

/** The namespaces of the ServiceAccount subjects, whose accounts are listed to tell a missing one. */
function subjectNamespaces(target: KubeObject): string[] {
  const own = target.metadata?.namespace;
  const subjects = ((target as { subjects?: { kind?: string; namespace?: string }[] }).subjects ?? []).filter(
    (s) => s.kind === 'ServiceAccount',
  );
  return [...new Set(subjects.map((s) => s.namespace || own).filter((x): x is string => !!x))].slice(0, MAX_SA_NAMESPACES);
}

function subjectFinding(s: BindingSubject, i: number, kind: BindingKind, bns: string, snap: Snapshot): FindingModel {
  let severity: Severity = 'ok';
  let detail: Message;
  let concept = 'rbac.subjects';
  switch (s.kind) {
    case 'ServiceAccount': {
      concept = 'serviceaccount';
      const ns = s.namespace || bns;
      if (!ns) {
        severity = 'warning';
        detail = r['binding.subject.sa.nonamespace']();
        break;
      }
      const known = listOf(snap, `sa:${ns}`)?.map((o) => o.metadata?.name);
      const missing = known !== undefined && !known.includes(s.name);
      if (missing) severity = 'warning';
      detail = r['binding.subject.sa']({ exists: missing ? r['binding.subject.sa.missing']() : '' });
      break;
    }
    case 'User':
      detail = r['binding.subject.user']();
      break;
    case 'Group':
      detail = r['binding.subject.group']({ note: implicitGroupNote(s.name) ?? '' });
      break;
    default:
      severity = 'warning';
      detail = r['binding.subject.unknown']({ kind: s.kind });
  }
  return finding(`subject.${i + 1}`, concept, severity, r['binding.subject.title']({ subject: subjectText(s, bns) }), [detail]);
}

/** Registered for RoleBinding and ClusterRoleBinding: the target's kind tells them apart. */
export const explainer: Explainer = {
  group: RBAC_GROUP,
  kind: 'RoleBinding',
  reads: (target, namespace) => ({
    ...rbacReads(namespace),
    ...Object.fromEntries(subjectNamespaces(target).map((n) => [`sa:${n}`, list('ServiceAccount', { namespace: n })])),
  }),
  explain(snap) {
    const kind: BindingKind = snap.object.kind === 'ClusterRoleBinding' ? 'ClusterRoleBinding' : 'RoleBinding';
    const name = snap.object.metadata?.name ?? '';
    const ns = kind === 'RoleBinding' ? (snap.object.metadata?.namespace ?? '') : '';
    const snapshot = rbacSnapshotOf(snap, { ...snap.object, kind });
    const object: RoleBinding | ClusterRoleBinding | undefined =
      kind === 'RoleBinding'
        ? snapshot.roleBindings.find((b) => b.metadata.name === name && b.metadata.namespace === ns)
        : snapshot.clusterRoleBindings.find((b) => b.metadata.name === name);
    if (!object) throw new KxError(em['rbacObject.notFound']({ kind, name: quoted(ns ? `${ns}/${name}` : name) }), ExitCode.notFound);
    const index = indexSnapshot(snapshot);
    const any = kind === 'RoleBinding' ? asRoleBinding(object as RoleBinding) : asClusterRoleBinding(object);
    const res = resolveRoleRef(index, any);
    const role = roleRefText(object.roleRef, ns);
    const rules = res.rules ?? [];
    const findings: FindingModel[] = [];
    const label = ns ? `${ns}/${name}` : name;

    // The role reference.
    let roleDetail: Message;
    if (res.problem === 'missing') roleDetail = r['binding.role.missing']();
    else if (res.problem === 'unsupported-kind') roleDetail = r['binding.verdict.unsupported']({ kind, name: label, role });
    else {
      roleDetail = r['binding.role.exists']({ rules: rules.length });
      if (kind === 'RoleBinding' && object.roleRef.kind === 'ClusterRole')
        roleDetail = r.sentences({ first: roleDetail, then: r['binding.role.clusterRoleInNs']({ ns }) });
    }
    findings.push(finding('roleRef', 'rbac.role', res.problem ? 'error' : 'ok', r['binding.role.title']({ role }), [roleDetail]));

    const subjects = object.subjects ?? [];
    subjects.forEach((s, i) => findings.push(subjectFinding(s, i, kind, ns, snap)));

    // What it grants, rule by rule.
    if (rules.length)
      findings.push(
        finding(
          'grants',
          'rbac.binding',
          'info',
          r['grants.title']({ rules: rules.length }),
          rules.map((x) =>
            r['grants.line']({
              rule: notation(ruleText(x.rule)),
              what: r['role.rule.detail']({
                what: ruleWhat(x.rule),
                aggregated: x.aggregatedFrom ? r['role.rule.aggregated']({ from: x.aggregatedFrom }) : undefined,
              }),
            }),
          ),
        ),
      );
    const risks = subjects.length ? escalationRisks(rules.map((x) => x.rule)) : [];
    findings.push(...riskFindings(risks));

    let verdict: { severity: Severity; message: Message };
    if (res.problem === 'missing') verdict = { severity: 'error', message: r['binding.verdict.missing']({ kind, name: label, role }) };
    else if (res.problem) verdict = { severity: 'error', message: r['binding.verdict.unsupported']({ kind, name: label, role }) };
    else if (!subjects.length) verdict = { severity: 'warning', message: r['binding.verdict.nosubjects']({ kind, name: label, role }) };
    else
      verdict = {
        severity: risks.length ? 'warning' : 'ok',
        message: r['binding.verdict']({ kind, name: label, role, subjects: subjects.length, scope: scopeText(kind, ns) }),
      };
    return {
      kind: 'Explanation',
      target: { kind, name, ...(ns ? { namespace: ns } : {}) },
      verdict,
      findings,
      warnings: [...snap.warnings, ...(snapshot.warnings ?? [])],
    };
  },
};
