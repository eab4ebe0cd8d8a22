// Builds the strict RbacSnapshot from what the cluster layer read (@kubernetes/client-node objects, whose
// metadata is optional) or from parsed YAML/JSON manifests (anything at all). Malformed objects are skipped
// with a warning, never thrown: partial input still gives a partial answer.

import type { Message } from '../model/message.js';
import { rm } from './messages.js';
import { withBootstrapRoles } from './bootstrap.js';
import type {
  AggregationRule,
  BindingSubject,
  ClusterRole,
  ClusterRoleBinding,
  LabelSelector,
  LooseBinding,
  LooseMeta,
  LooseRole,
  LooseRule,
  ObjectMeta,
  PolicyRule,
  RbacObjects,
  RbacSnapshot,
  Role,
  RoleBinding,
  RoleRef,
} from '../model/rbac.js';

// Loose input shapes: client-node's V1Role, V1ClusterRole, V1RoleBinding, V1ClusterRoleBinding fit these.
// The loose input types live in src/model (src/cluster reads them).
export type { LooseBinding, LooseMeta, LooseRole, LooseRule, LooseSelector, RbacObjects } from '../model/rbac.js';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

function strings(list: unknown): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.filter((x): x is string => typeof x === 'string');
}

function stringMap(m: unknown): Record<string, string> | undefined {
  if (!m || typeof m !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

function meta(m: LooseMeta | undefined, namespace?: string): ObjectMeta | undefined {
  if (!m || typeof m.name !== 'string' || m.name === '') return undefined;
  const out: ObjectMeta = { name: m.name };
  const ns = typeof m.namespace === 'string' && m.namespace !== '' ? m.namespace : namespace;
  if (ns) out.namespace = ns;
  const labels = stringMap(m.labels);
  if (labels) out.labels = labels;
  const annotations = stringMap(m.annotations);
  if (annotations) out.annotations = annotations;
  if (typeof m.uid === 'string') out.uid = m.uid;
  if (typeof m.resourceVersion === 'string') out.resourceVersion = m.resourceVersion;
  return out;
}

export function normalizeRule(r: LooseRule): PolicyRule {
  const rule: PolicyRule = { verbs: strings(r.verbs) ?? [] };
  const apiGroups = strings(r.apiGroups);
  if (apiGroups) rule.apiGroups = apiGroups;
  const resources = strings(r.resources);
  if (resources) rule.resources = resources;
  const resourceNames = strings(r.resourceNames);
  if (resourceNames) rule.resourceNames = resourceNames;
  const nonResourceURLs = strings(r.nonResourceURLs);
  if (nonResourceURLs) rule.nonResourceURLs = nonResourceURLs;
  return rule;
}

function rules(list: unknown): PolicyRule[] {
  if (!Array.isArray(list)) return [];
  return list.filter((r): r is LooseRule => !!r && typeof r === 'object').map(normalizeRule);
}

function aggregationRule(a: LooseRole['aggregationRule']): AggregationRule | undefined {
  if (!a || typeof a !== 'object') return undefined;
  const selectors: LabelSelector[] = [];
  for (const s of Array.isArray(a.clusterRoleSelectors) ? a.clusterRoleSelectors : []) {
    if (!s || typeof s !== 'object') continue;
    const sel: LabelSelector = {};
    const ml = stringMap(s.matchLabels);
    if (ml) sel.matchLabels = ml;
    if (Array.isArray(s.matchExpressions)) {
      sel.matchExpressions = s.matchExpressions
        .filter((e) => e && typeof e.key === 'string' && typeof e.operator === 'string')
        .map((e) => ({ key: e.key, operator: e.operator, ...(strings(e.values) ? { values: strings(e.values)! } : {}) }));
    }
    selectors.push(sel);
  }
  return { clusterRoleSelectors: selectors };
}

function roleRef(r: LooseBinding['roleRef']): RoleRef | undefined {
  if (!r || typeof r.name !== 'string' || typeof r.kind !== 'string') return undefined;
  return { apiGroup: typeof r.apiGroup === 'string' ? r.apiGroup : RBAC_GROUP, kind: r.kind, name: r.name };
}

function subjects(list: LooseBinding['subjects']): BindingSubject[] {
  const out: BindingSubject[] = [];
  for (const s of Array.isArray(list) ? list : []) {
    if (!s || typeof s.kind !== 'string' || typeof s.name !== 'string') continue;
    const subj: BindingSubject = { kind: s.kind, name: s.name };
    if (typeof s.namespace === 'string' && s.namespace !== '') subj.namespace = s.namespace;
    if (typeof s.apiGroup === 'string') subj.apiGroup = s.apiGroup;
    out.push(subj);
  }
  return out;
}

/** Normalizes loose objects into an RbacSnapshot; skipped objects are reported in snapshot.warnings. */
export function buildSnapshot(input: RbacObjects): RbacSnapshot {
  const warnings: Message[] = [];
  const skip = (kind: string, i: number, why: Message) => warnings.push(rm['warn.skipped']({ kind, index: i + 1, why }));
  const noName = rm['skip.noName']();

  const roles: Role[] = [];
  (input.roles ?? []).forEach((r, i) => {
    const m = meta(r?.metadata, input.defaultNamespace);
    if (!m) return skip('Role', i, noName);
    if (!m.namespace) return skip('Role', i, rm['skip.noNamespace']({ kind: 'Role', name: m.name }));
    roles.push({ metadata: m as ObjectMeta & { namespace: string }, rules: rules(r.rules) });
  });

  const clusterRoles: ClusterRole[] = [];
  (input.clusterRoles ?? []).forEach((r, i) => {
    const m = meta(r?.metadata);
    if (!m) return skip('ClusterRole', i, noName);
    delete m.namespace;
    const cr: ClusterRole = { metadata: m, rules: rules(r.rules) };
    const agg = aggregationRule(r.aggregationRule);
    if (agg) cr.aggregationRule = agg;
    clusterRoles.push(cr);
  });

  const roleBindings: RoleBinding[] = [];
  (input.roleBindings ?? []).forEach((b, i) => {
    const m = meta(b?.metadata, input.defaultNamespace);
    if (!m) return skip('RoleBinding', i, noName);
    if (!m.namespace) return skip('RoleBinding', i, rm['skip.noNamespace']({ kind: 'RoleBinding', name: m.name }));
    const ref = roleRef(b.roleRef);
    if (!ref) return skip('RoleBinding', i, rm['skip.noRoleRef']({ binding: `RoleBinding ${m.namespace}/${m.name}` }));
    roleBindings.push({ metadata: m as ObjectMeta & { namespace: string }, roleRef: ref, subjects: subjects(b.subjects) });
  });

  const clusterRoleBindings: ClusterRoleBinding[] = [];
  (input.clusterRoleBindings ?? []).forEach((b, i) => {
    const m = meta(b?.metadata);
    if (!m) return skip('ClusterRoleBinding', i, noName);
    delete m.namespace;
    const ref = roleRef(b.roleRef);
    if (!ref) return skip('ClusterRoleBinding', i, rm['skip.noRoleRef']({ binding: `ClusterRoleBinding ${m.name}` }));
    clusterRoleBindings.push({ metadata: m, roleRef: ref, subjects: subjects(b.subjects) });
  });

  const snapshot: RbacSnapshot = {
    roles,
    clusterRoles,
    roleBindings,
    clusterRoleBindings,
    incomplete: [...(input.incomplete ?? [])],
    source: input.source ?? 'live',
  };
  if (warnings.length) snapshot.warnings = warnings;
  return snapshot;
}

const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

/**
 * A snapshot from parsed manifest documents (YAML or JSON): RBAC kinds are kept, List kinds are unpacked,
 * other kinds are ignored. Aggregated ClusterRoles will be computed (source 'manifests').
 */
export function snapshotFromManifests(
  docs: readonly unknown[],
  opts: { defaultNamespace?: string; /** Add the bootstrap roles the files do not define (default true). */ bootstrap?: boolean } = {},
): RbacSnapshot {
  const input: Required<Pick<RbacObjects, 'roles' | 'clusterRoles' | 'roleBindings' | 'clusterRoleBindings'>> = {
    roles: [],
    clusterRoles: [],
    roleBindings: [],
    clusterRoleBindings: [],
  };
  const extra: Message[] = [];
  const visit = (doc: unknown, depth: number) => {
    if (!doc || typeof doc !== 'object' || depth > 3) return;
    const o = doc as { kind?: unknown; apiVersion?: unknown; items?: unknown };
    if (Array.isArray(o.items) && (typeof o.kind !== 'string' || o.kind.endsWith('List'))) {
      for (const item of o.items) visit(item, depth + 1);
      return;
    }
    if (typeof o.kind !== 'string' || !RBAC_KINDS.has(o.kind)) return;
    if (typeof o.apiVersion === 'string' && !o.apiVersion.startsWith(`${RBAC_GROUP}/`)) {
      extra.push(rm['warn.ignoredApiVersion']({ kind: o.kind, apiVersion: o.apiVersion }));
      return;
    }
    if (o.kind === 'Role') (input.roles as LooseRole[]).push(o as LooseRole);
    else if (o.kind === 'ClusterRole') (input.clusterRoles as LooseRole[]).push(o as LooseRole);
    else if (o.kind === 'RoleBinding') (input.roleBindings as LooseBinding[]).push(o as LooseBinding);
    else (input.clusterRoleBindings as LooseBinding[]).push(o as LooseBinding);
  };
  for (const doc of docs) visit(doc, 0);
  const built = buildSnapshot({
    ...input,
    source: 'manifests',
    ...(opts.defaultNamespace ? { defaultNamespace: opts.defaultNamespace } : {}),
  });
  const warnings = [...extra, ...(built.warnings ?? [])];
  if (warnings.length) built.warnings = warnings;
  return opts.bootstrap === false ? built : withBootstrapRoles(built);
}
