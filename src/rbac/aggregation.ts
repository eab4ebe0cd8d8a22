// Aggregated ClusterRoles (pkg/controller/clusterroleaggregation): a ClusterRole with an aggregationRule gets
// as rules the union of the rules of the ClusterRoles its selectors match — selector by selector, matching
// roles sorted by name, itself excluded, each rule appended unless an equal rule is already there.
//
// Live: the controller already wrote those rules; we attribute each one to the first component (in the
// controller's order) holding an equal rule. Manifests: we compute the rules the controller would write.
// Either way, a rule of an aggregated component that is itself aggregated carries the whole chain.

import { selectorAllows } from '../model/labels.js';
import type { Message } from '../model/message.js';
import type { ClusterRole, PolicyRule } from '../model/rbac.js';
import { rm } from './messages.js';

export interface ResolvedRule {
  rule: PolicyRule;
  /** Position in the role's effective rules. */
  index: number;
  aggregatedFrom?: string;
  aggregationPath?: string[];
}

export interface ResolvedClusterRoles {
  /** Effective rules of every ClusterRole, by name. */
  rules: Map<string, ResolvedRule[]>;
  /** Per ClusterRole: problems with its aggregation (stale rules, cycles, invalid selectors). */
  warnings: AggregationWarning[];
}

export interface AggregationWarning {
  role: string;
  message: Message;
}

/**
 * metav1.LabelSelectorAsSelector semantics: an empty selector matches everything; NotIn and DoesNotExist
 * match objects without the key. Returns null for an invalid operator (the controller errors out).
 * One copy for the tool: src/model/labels.ts.
 */
export { selectorAllows as labelSelectorMatches };

export function isAggregated(role: ClusterRole): boolean {
  return !!role.aggregationRule;
}

/** The component ClusterRoles of an aggregated ClusterRole, in the controller's order, without repeats. */
export function aggregationComponents(
  role: ClusterRole,
  clusterRoles: readonly ClusterRole[],
  warnings?: AggregationWarning[],
): ClusterRole[] {
  const out: ClusterRole[] = [];
  const seen = new Set<string>();
  for (const selector of role.aggregationRule?.clusterRoleSelectors ?? []) {
    const matched: ClusterRole[] = [];
    for (const cr of clusterRoles) {
      const m = selectorAllows(selector, cr.metadata.labels);
      if (m === null) {
        warnings?.push({
          role: role.metadata.name,
          message: rm['warn.agg.badOperator']({ role: role.metadata.name }),
        });
        break;
      }
      if (m) matched.push(cr);
    }
    matched.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
    for (const cr of matched) {
      if (cr.metadata.name === role.metadata.name || seen.has(cr.metadata.name)) continue;
      seen.add(cr.metadata.name);
      out.push(cr);
    }
  }
  return out;
}

/** A key equal for semantically equal rules (nil and [] alike; order matters, as in equality.Semantic). */
export function ruleKey(rule: PolicyRule): string {
  return JSON.stringify([
    rule.verbs ?? [],
    rule.apiGroups ?? [],
    rule.resources ?? [],
    rule.resourceNames ?? [],
    rule.nonResourceURLs ?? [],
  ]);
}

export function rulesEqual(a: PolicyRule, b: PolicyRule): boolean {
  return ruleKey(a) === ruleKey(b);
}

/** Effective rules, with provenance, of every ClusterRole. `mode` 'manifests' computes aggregation. */
export function resolveClusterRoles(clusterRoles: readonly ClusterRole[], mode: 'live' | 'manifests' = 'live'): ResolvedClusterRoles {
  const memo = new Map<string, ResolvedRule[]>();
  const inProgress = new Set<string>();
  const warnings: AggregationWarning[] = [];
  const warn = (role: string, message: Message) => {
    if (!warnings.some((w) => w.role === role && w.message.key === message.key)) warnings.push({ role, message });
  };

  const plain = (cr: ClusterRole): ResolvedRule[] => (cr.rules ?? []).map((rule, index) => ({ rule, index }));

  const resolve = (cr: ClusterRole): ResolvedRule[] => {
    const name = cr.metadata.name;
    const done = memo.get(name);
    if (done) return done;
    if (!isAggregated(cr)) {
      const r = plain(cr);
      memo.set(name, r);
      return r;
    }
    if (inProgress.has(name)) {
      warn(name, rm['warn.agg.cycle']({ role: name }));
      return plain(cr);
    }
    inProgress.add(name);
    const components = aggregationComponents(cr, clusterRoles, warnings);
    // First component (controller order) holding each rule.
    const firstSource = new Map<string, { component: string; from: ResolvedRule }>();
    const computed: ResolvedRule[] = [];
    for (const c of components) {
      for (const r of resolve(c)) {
        const key = ruleKey(r.rule);
        if (firstSource.has(key)) continue;
        firstSource.set(key, { component: c.metadata.name, from: r });
        computed.push({
          rule: r.rule,
          index: computed.length,
          aggregatedFrom: c.metadata.name,
          aggregationPath: [c.metadata.name, ...(r.aggregationPath ?? [])],
        });
      }
    }
    let result: ResolvedRule[];
    if (mode === 'manifests') {
      const given = cr.rules ?? [];
      if (given.length > 0 && (given.length !== computed.length || given.some((r, i) => !rulesEqual(r, computed[i]!.rule)))) {
        warn(name, rm['warn.agg.differs']({ role: name }));
      }
      result = computed;
    } else {
      let unattributed = 0;
      const liveKeys = new Set<string>();
      result = (cr.rules ?? []).map((rule, index) => {
        const key = ruleKey(rule);
        liveKeys.add(key);
        const src = firstSource.get(key);
        if (!src) {
          unattributed++;
          return { rule, index };
        }
        return {
          rule,
          index,
          aggregatedFrom: src.component,
          aggregationPath: [src.component, ...(src.from.aggregationPath ?? [])],
        };
      });
      const missing = computed.filter((r) => !liveKeys.has(ruleKey(r.rule))).length;
      if (unattributed > 0) {
        warn(name, rm['warn.agg.unattributed']({ role: name, count: unattributed }));
      }
      if (missing > 0) {
        warn(name, rm['warn.agg.behind']({ role: name, count: missing }));
      }
    }
    inProgress.delete(name);
    memo.set(name, result);
    return result;
  };

  for (const cr of clusterRoles) resolve(cr);
  return { rules: memo, warnings };
}
