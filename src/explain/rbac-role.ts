// explain role/NAME and clusterrole/NAME: its rules in words (with the component each aggregated rule came
// from), what it aggregates or is aggregated into, who it is bound to and where, and the rules that allow
// privilege escalation. Reads every RBAC object (who binds a ClusterRole can be any namespace). Pure.
import { selectorString } from '../model/labels.js';
import type { Explainer } from './contract.js';
import { finding, type FindingModel } from '../model/finding.js';
import { quoted, type Message } from '../model/message.js';
import type { ClusterRole, ClusterRoleBinding, LabelSelector, RoleBinding } from '../model/rbac.js';
import { aggregationComponents, labelSelectorMatches } from '../rbac/aggregation.js';
import { escalationRisks } from '../rbac/risks.js';
import { clusterRoleKey, indexSnapshot, roleKey } from '../rbac/snapshot-index.js';
import { ExitCode, KxError, em } from '../errors.js';
import {
  bindingText,
  r,
  RBAC_GROUP,
  rbacReads,
  rbacSnapshotOf,
  riskFindings,
  ruleText,
  ruleWhat,
  scopeText,
  subjectText,
} from './rbac-common.js';

const selectorText = (selectors: readonly LabelSelector[]) => selectors.map((s) => `{${selectorString(s)}}`).join(' | ');

/** Registered for Role and ClusterRole: the target's kind tells them apart. */
export const explainer: Explainer = {
  group: RBAC_GROUP,
  kind: 'Role',
  reads: (_target, namespace) => rbacReads(namespace),
  explain(snap) {
    const isCluster = snap.object.kind === 'ClusterRole';
    const kind = isCluster ? 'ClusterRole' : 'Role';
    const name = snap.object.metadata?.name ?? '';
    const ns = isCluster ? '' : (snap.object.metadata?.namespace ?? '');
    const snapshot = rbacSnapshotOf(snap, { ...snap.object, kind });
    const object = isCluster
      ? snapshot.clusterRoles.find((x) => x.metadata.name === name)
      : snapshot.roles.find((x) => x.metadata.name === name && x.metadata.namespace === ns);
    if (!object)
      throw new KxError(em['rbacObject.notFound']({ kind, name: quoted(isCluster ? name : `${ns}/${name}`) }), ExitCode.notFound);
    const index = indexSnapshot(snapshot);
    const rules = (isCluster ? index.clusterRoleRules.get(name) : index.roleRules.get(`${ns}/${name}`)) ?? [];
    const findings: FindingModel[] = [];
    let into: string[] = [];
    const risks = escalationRisks(rules.map((x) => x.rule));
    const risky = new Set(risks.map((x) => x.ruleIndex));

    rules.forEach((x, i) => {
      // "pods/*" reads like a wildcard but matches nothing (RBAC knows only "*" and "*/SUB").
      const isStar = (res: string) => res.endsWith('/*') && !res.startsWith('*');
      const stars = (x.rule.resources ?? []).filter(isStar);
      const rest = (x.rule.resources ?? []).filter((res) => !isStar(res));
      const star = stars.length ? r['role.rule.star']({ entries: stars.join(', '), resource: stars[0]!.slice(0, -2) }) : undefined;
      // What the rule allows is said without the entries that match nothing; a rule of only those allows nothing.
      const what = !star ? ruleWhat(x.rule) : rest.length ? ruleWhat({ ...x.rule, resources: rest }) : star;
      findings.push(
        finding(
          `rule.${i + 1}`,
          x.aggregatedFrom ? 'rbac.aggregation' : 'rbac.role',
          risky.has(i) || stars.length ? 'warning' : 'info',
          r['role.rule.title']({ index: i + 1, rule: ruleText(x.rule) }),
          [
            r['role.rule.detail']({
              what,
              aggregated: x.aggregatedFrom
                ? r['role.rule.aggregated']({ from: (x.aggregationPath ?? [x.aggregatedFrom]).join(' ← ') })
                : undefined,
            }),
            ...(star && rest.length ? [star] : []),
          ],
        ),
      );
    });
    if (!rules.length) findings.push(finding('rules.none', 'rbac.role', 'info', r['grants.title']({ rules: 0 }), [r['role.rules.none']()]));

    if (isCluster) {
      const cr = object as ClusterRole;
      const selectors = cr.aggregationRule?.clusterRoleSelectors ?? [];
      if (cr.aggregationRule) {
        const components = aggregationComponents(cr, snapshot.clusterRoles).map((c) => c.metadata.name);
        findings.push(
          finding(
            'aggregation',
            'rbac.aggregation',
            components.length ? 'info' : 'warning',
            r['role.aggregation.title']({ count: components.length }),
            [
              components.length
                ? r['role.aggregation.detail']({ selectors: selectorText(selectors), components: components.join(', ') })
                : r['role.aggregation.none']({ selectors: selectorText(selectors) }),
            ],
          ),
        );
      }
      into = snapshot.clusterRoles
        .filter(
          (other) =>
            other.metadata.name !== cr.metadata.name &&
            (other.aggregationRule?.clusterRoleSelectors ?? []).some((s) => labelSelectorMatches(s, cr.metadata.labels) === true),
        )
        .map((o) => o.metadata.name)
        .sort();
      if (into.length)
        findings.push(
          finding('aggregated-into', 'rbac.aggregation', 'info', r['role.aggregatesInto.title']({ targets: into.join(', ') }), [
            r['role.aggregatesInto.detail'](),
          ]),
        );
    }

    const key = isCluster ? clusterRoleKey(name) : roleKey(ns, name);
    const roleBindings: RoleBinding[] = [...(index.roleBindingsByRef.get(key)?.values() ?? [])].flat();
    const clusterBindings: ClusterRoleBinding[] = isCluster ? (index.clusterRoleBindingsByRef.get(key) ?? []) : [];
    const lines = [
      ...clusterBindings.map((b) => ({ b, kind: 'ClusterRoleBinding' as const, ns: '' })),
      ...roleBindings.map((b) => ({ b, kind: 'RoleBinding' as const, ns: b.metadata.namespace })),
    ].map(({ b, kind: bkind, ns: bns }) =>
      r['role.binding.line']({
        binding: bindingText(b, bkind),
        subjects: (b.subjects ?? []).map((s) => subjectText(s, bns)).join(', ') || '—',
        scope: scopeText(bkind, bns),
      }),
    );
    const bindings = lines.length;
    findings.push(
      bindings
        ? finding('bindings', 'rbac.binding', 'info', r['role.bindings.title']({ count: bindings }), [
            ...lines.slice(0, 30),
            ...(lines.length > 30 ? [r['more.lines']({ count: lines.length - 30 })] : []),
          ])
        : finding('bindings', 'rbac.binding', 'info', r['role.bindings.none.title'](), [r['role.bindings.none.detail']()]),
    );
    findings.push(...riskFindings(risks));

    const label = isCluster ? name : `${ns}/${name}`;
    const verdict: Message = bindings
      ? r['role.verdict']({ kind, name: label, rules: rules.length, bindings, risks: risks.length })
      : into.length
        ? r['role.verdict.component']({ kind, name: label, rules: rules.length, into: into.join(', '), risks: risks.length })
        : r['role.verdict.unused']({ kind, name: label, rules: rules.length, risks: risks.length });
    return {
      kind: 'Explanation',
      target: { kind, name, ...(isCluster ? {} : { namespace: ns }) },
      verdict: { severity: risks.length && (bindings || into.length) ? 'warning' : 'info', message: verdict },
      findings,
      warnings: [
        ...snap.warnings,
        ...(snapshot.warnings ?? []),
        ...(isCluster ? index.aggregationWarnings.filter((w) => w.role === name).map((w) => w.message) : []),
      ],
    };
  },
};
