// Per-snapshot indexes, built once and cached: effective rules of every role (with aggregation provenance),
// bindings by roleRef and by namespace, bindings whose roleRef is missing.

import type { BindingRef, ClusterRoleBinding, RbacSnapshot, RoleBinding, RoleRefSummary } from '../model/rbac.js';
import { resolveClusterRoles, type AggregationWarning, type ResolvedRule } from './aggregation.js';

export type AnyBinding =
  | { kind: 'RoleBinding'; object: RoleBinding; namespace: string }
  | { kind: 'ClusterRoleBinding'; object: ClusterRoleBinding; namespace: '' };

export interface RoleResolution {
  role: RoleRefSummary | null;
  /** undefined when the role does not exist (or the roleRef kind is not Role/ClusterRole). */
  rules: ResolvedRule[] | undefined;
  problem?: 'missing' | 'unsupported-kind';
}

export interface RbacIndex {
  clusterRoleRules: Map<string, ResolvedRule[]>;
  /** Key "namespace/name". */
  roleRules: Map<string, ResolvedRule[]>;
  /** roleRef key ("ClusterRole:NAME" | "Role:NS/NAME") → namespace → RoleBindings. */
  roleBindingsByRef: Map<string, Map<string, RoleBinding[]>>;
  /** "ClusterRole:NAME" → ClusterRoleBindings (a ClusterRoleBinding can only reference ClusterRoles). */
  clusterRoleBindingsByRef: Map<string, ClusterRoleBinding[]>;
  roleBindingsByNamespace: Map<string, RoleBinding[]>;
  /** Bindings whose roleRef resolves to nothing. */
  dangling: {
    binding: AnyBinding;
    role: RoleRefSummary | null;
    problem: 'missing' | 'unsupported-kind';
    roleRefKind: string;
    roleRefName: string;
  }[];
  aggregationWarnings: AggregationWarning[];
}

const cache = new WeakMap<RbacSnapshot, RbacIndex>();

export function clusterRoleKey(name: string): string {
  return `ClusterRole:${name}`;
}

export function roleKey(namespace: string, name: string): string {
  return `Role:${namespace}/${name}`;
}

export function bindingRef(b: AnyBinding): BindingRef {
  return b.kind === 'RoleBinding'
    ? { kind: 'RoleBinding', name: b.object.metadata.name, namespace: b.namespace }
    : { kind: 'ClusterRoleBinding', name: b.object.metadata.name };
}

export function asRoleBinding(object: RoleBinding): AnyBinding {
  return { kind: 'RoleBinding', object, namespace: object.metadata.namespace };
}

export function asClusterRoleBinding(object: ClusterRoleBinding): AnyBinding {
  return { kind: 'ClusterRoleBinding', object, namespace: '' };
}

/** GetRoleReferenceRules: a Role is looked up in the binding's namespace; a ClusterRoleBinding can't use a Role. */
export function resolveRoleRef(index: RbacIndex, b: AnyBinding): RoleResolution {
  const ref = b.object.roleRef;
  if (ref.kind === 'ClusterRole') {
    return {
      role: { kind: 'ClusterRole', name: ref.name },
      rules: index.clusterRoleRules.get(ref.name),
      ...(index.clusterRoleRules.has(ref.name) ? {} : { problem: 'missing' as const }),
    };
  }
  if (ref.kind === 'Role' && b.kind === 'RoleBinding') {
    const rules = index.roleRules.get(`${b.namespace}/${ref.name}`);
    return { role: { kind: 'Role', name: ref.name, namespace: b.namespace }, rules, ...(rules ? {} : { problem: 'missing' as const }) };
  }
  return { role: null, rules: undefined, problem: 'unsupported-kind' };
}

export function indexSnapshot(snapshot: RbacSnapshot): RbacIndex {
  const cached = cache.get(snapshot);
  if (cached) return cached;

  const resolved = resolveClusterRoles(snapshot.clusterRoles, snapshot.source === 'manifests' ? 'manifests' : 'live');
  const roleRules = new Map<string, ResolvedRule[]>();
  for (const r of snapshot.roles) {
    roleRules.set(
      `${r.metadata.namespace}/${r.metadata.name}`,
      (r.rules ?? []).map((rule, index) => ({ rule, index })),
    );
  }

  const index: RbacIndex = {
    clusterRoleRules: resolved.rules,
    roleRules,
    roleBindingsByRef: new Map(),
    clusterRoleBindingsByRef: new Map(),
    roleBindingsByNamespace: new Map(),
    dangling: [],
    aggregationWarnings: resolved.warnings,
  };

  for (const rb of snapshot.roleBindings) {
    const ns = rb.metadata.namespace;
    let inNs = index.roleBindingsByNamespace.get(ns);
    if (!inNs) index.roleBindingsByNamespace.set(ns, (inNs = []));
    inNs.push(rb);

    const ref = rb.roleRef;
    const key =
      ref.kind === 'ClusterRole' ? clusterRoleKey(ref.name) : ref.kind === 'Role' ? roleKey(ns, ref.name) : `${ref.kind}:${ref.name}`;
    let byNs = index.roleBindingsByRef.get(key);
    if (!byNs) index.roleBindingsByRef.set(key, (byNs = new Map()));
    let list = byNs.get(ns);
    if (!list) byNs.set(ns, (list = []));
    list.push(rb);

    const b = asRoleBinding(rb);
    const res = resolveRoleRef(index, b);
    if (res.problem)
      index.dangling.push({ binding: b, role: res.role, problem: res.problem, roleRefKind: ref.kind, roleRefName: ref.name });
  }

  for (const crb of snapshot.clusterRoleBindings) {
    const ref = crb.roleRef;
    const key = ref.kind === 'ClusterRole' ? clusterRoleKey(ref.name) : `${ref.kind}:${ref.name}`;
    let list = index.clusterRoleBindingsByRef.get(key);
    if (!list) index.clusterRoleBindingsByRef.set(key, (list = []));
    list.push(crb);

    const b = asClusterRoleBinding(crb);
    const res = resolveRoleRef(index, b);
    if (res.problem)
      index.dangling.push({ binding: b, role: res.role, problem: res.problem, roleRefKind: ref.kind, roleRefName: ref.name });
  }

  cache.set(snapshot, index);
  return index;
}
