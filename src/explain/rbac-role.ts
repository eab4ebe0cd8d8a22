// explain role/NAME and clusterrole/NAME: its rules in words (with the component each aggregated rule came
// from), what it aggregates or is aggregated into, who it is bound to and where, and the rules that allow
// privilege escalation. Pure over an RbacExplainSnapshot.
import type { Explanation } from '../model/explanation.js';
import type { Finding } from '../model/finding.js';
import type { ClusterRole, ClusterRoleBinding, LabelSelector, RoleBinding } from '../model/rbac.js';
import type { Lang } from '../i18n/lang.js';
import { rbacMessages } from '../i18n/messages/rbac.js';
import { say } from '../i18n/localize.js';
import { aggregationComponents, labelSelectorMatches } from '../rbac/aggregation.js';
import { escalationRisks } from '../rbac/risks.js';
import { clusterRoleKey, indexSnapshot, roleKey } from '../rbac/snapshot-index.js';
import { ExitCode, KxError } from '../errors.js';
import { bindingText, riskFindings, ruleText, ruleWhat, scopeText, subjectText, type RbacExplainSnapshot } from './rbac-common.js';

function selectorText(selectors: readonly LabelSelector[]): string {
  return selectors
    .map((s) => {
      const parts = [
        ...Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`),
        ...(s.matchExpressions ?? []).map((e) => `${e.key} ${e.operator}${e.values?.length ? ` (${e.values.join(',')})` : ''}`),
      ];
      return `{${parts.join(', ')}}`;
    })
    .join(' | ');
}

export function explainRole(snap: RbacExplainSnapshot, lang: Lang): Explanation {
  const t = rbacMessages(lang);
  const { snapshot } = snap;
  const isCluster = snap.kind === 'ClusterRole';
  const ns = snap.namespace ?? '';
  const object = isCluster
    ? snapshot.clusterRoles.find((r) => r.metadata.name === snap.name)
    : snapshot.roles.find((r) => r.metadata.name === snap.name && r.metadata.namespace === ns);
  if (!object) throw new KxError(`${snap.kind} ${isCluster ? '' : `${ns}/`}${snap.name} not found`, ExitCode.notFound);
  const index = indexSnapshot(snapshot);
  const rules = (isCluster ? index.clusterRoleRules.get(snap.name) : index.roleRules.get(`${ns}/${snap.name}`)) ?? [];
  const findings: Finding[] = [];
  let into: string[] = [];
  const risks = escalationRisks(rules.map((r) => r.rule));
  const risky = new Set(risks.map((r) => r.ruleIndex));

  rules.forEach((r, i) => {
    findings.push({
      id: `rule.${i + 1}`,
      concept: r.aggregatedFrom ? 'rbac.aggregation' : 'rbac.role',
      severity: risky.has(i) ? 'warning' : 'info',
      title: t['role.rule.title']({ index: i + 1, rule: ruleText(r.rule) }),
      detail:
        ruleWhat(r.rule, t) +
        (r.aggregatedFrom ? t['role.rule.aggregated']({ from: (r.aggregationPath ?? [r.aggregatedFrom]).join(' ← ') }) : ''),
      docs: [],
    });
  });
  if (!rules.length)
    findings.push({
      id: 'rules.none',
      concept: 'rbac.role',
      severity: 'info',
      title: t['grants.title']({ rules: 0 }),
      detail: t['role.rules.none'](),
      docs: [],
    });

  if (isCluster) {
    const cr = object as ClusterRole;
    const selectors = cr.aggregationRule?.clusterRoleSelectors ?? [];
    if (cr.aggregationRule) {
      const components = aggregationComponents(cr, snapshot.clusterRoles).map((c) => c.metadata.name);
      findings.push({
        id: 'aggregation',
        concept: 'rbac.aggregation',
        severity: components.length ? 'info' : 'warning',
        title: t['role.aggregation.title']({ count: components.length }),
        detail: components.length
          ? t['role.aggregation.detail']({ selectors: selectorText(selectors), components: components.join(', ') })
          : t['role.aggregation.none']({ selectors: selectorText(selectors) }),
        docs: [],
      });
    }
    into = snapshot.clusterRoles
      .filter(
        (other) =>
          other.metadata.name !== cr.metadata.name &&
          (other.aggregationRule?.clusterRoleSelectors ?? []).some((s) => labelSelectorMatches(s, cr.metadata.labels) === true),
      )
      .map((o) => o.metadata.name)
      .sort();
    if (into.length) {
      findings.push({
        id: 'aggregated-into',
        concept: 'rbac.aggregation',
        severity: 'info',
        title: t['role.aggregatesInto.title']({ targets: into.join(', ') }),
        detail: t['role.aggregatesInto.detail'](),
        docs: [],
      });
    }
  }

  const key = isCluster ? clusterRoleKey(snap.name) : roleKey(ns, snap.name);
  const roleBindings: RoleBinding[] = [...(index.roleBindingsByRef.get(key)?.values() ?? [])].flat();
  const clusterBindings: ClusterRoleBinding[] = isCluster ? (index.clusterRoleBindingsByRef.get(key) ?? []) : [];
  const lines = [
    ...clusterBindings.map((b) => ({ b, kind: 'ClusterRoleBinding' as const, ns: '' })),
    ...roleBindings.map((b) => ({ b, kind: 'RoleBinding' as const, ns: b.metadata.namespace })),
  ].map(({ b, kind, ns: bns }) =>
    t['role.binding.line']({
      binding: bindingText(b, kind),
      subjects: (b.subjects ?? []).map((s) => subjectText(s, bns)).join(', ') || '—',
      scope: scopeText(kind, bns, t),
    }),
  );
  const bindings = lines.length;
  findings.push(
    bindings
      ? {
          id: 'bindings',
          concept: 'rbac.binding',
          severity: 'info',
          title: t['role.bindings.title']({ count: bindings }),
          detail: [...lines.slice(0, 30), ...(lines.length > 30 ? [`… +${lines.length - 30}`] : [])].join('\n'),
          docs: [],
        }
      : {
          id: 'bindings',
          concept: 'rbac.binding',
          severity: 'info',
          title: t['role.bindings.none.title'](),
          detail: t['role.bindings.none.detail'](),
          docs: [],
        },
  );
  findings.push(...riskFindings(risks, t));

  const label = isCluster ? snap.name : `${ns}/${snap.name}`;
  const verdict = bindings
    ? t['role.verdict']({ kind: snap.kind, name: label, rules: rules.length, bindings, risks: risks.length })
    : into.length
      ? t['role.verdict.component']({ kind: snap.kind, name: label, rules: rules.length, into: into.join(', '), risks: risks.length })
      : t['role.verdict.unused']({ kind: snap.kind, name: label, rules: rules.length, risks: risks.length });
  return {
    kind: 'Explanation',
    target: { kind: snap.kind, name: snap.name, ...(isCluster ? {} : { namespace: ns }) },
    verdict: { severity: risks.length && (bindings || into.length) ? 'warning' : 'info', text: verdict },
    findings,
    warnings: [
      ...snap.warnings,
      ...(snapshot.warnings ?? []).map((w) => say(w, lang)),
      ...(isCluster ? index.aggregationWarnings.filter((w) => w.role === snap.name).map((w) => say(w.message, lang)) : []),
    ],
  };
}
