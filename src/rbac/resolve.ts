// The resolver: who can do something, can a subject do it (and what nearly lets it), and a subject's access
// matrix — each answer with its provenance (subject ← binding ← role ← aggregatedFrom ← rule).
//
// Semantics follow pkg/registry/rbac/validation/rule.go (VisitRulesFor): ClusterRoleBindings apply
// everywhere; RoleBindings apply only to requests in their own namespace, so a request with namespace ''
// (cluster-scoped resources, non-resource URLs, namespaced resources across all namespaces) is never granted
// by a RoleBinding, even one referencing a ClusterRole. system:masters is allowed before RBAC is consulted.

import type {
  AccessCell,
  AccessCheck,
  AccessMatrix,
  AccessRequest,
  AccessRow,
  AuthorizerVerdict,
  BindingSubject,
  Grant,
  MatrixVerb,
  NearMiss,
  NearMissKind,
  PolicyRule,
  RbacSnapshot,
  ResourceKey,
  ResourceRequest,
  RoleRefSummary,
  RuleGrant,
  Subject,
  SubjectSpec,
  SuperuserGrant,
  UserInfo,
  WhoCan,
  WhoCanSubject,
} from '../model/rbac.js';
import { MATRIX_VERBS } from '../model/rbac.js';
import type { ResolvedRule } from './aggregation.js';
import {
  apiGroupMatches,
  combinedResource,
  effectiveNamespace,
  isClusterScoped,
  isNonResourceRequest,
  nonResourceURLMatches,
  resourceMatches,
  resourceNameMatches,
  ruleAllows,
  verbMatches,
} from './match.js';
import {
  asClusterRoleBinding,
  asRoleBinding,
  bindingRef,
  clusterRoleKey,
  indexSnapshot,
  resolveRoleRef,
  type AnyBinding,
  type RbacIndex,
} from './snapshot-index.js';
import {
  GROUP_MASTERS,
  isNodeIdentity,
  nodeName,
  firstApplyingSubject,
  implicitGroupNote,
  parseServiceAccountUsername,
  subjectOfUser,
} from './subjects.js';
import { bindingText, nameList, rm, roleText, via } from './messages.js';
import { quoted, type Message } from '../model/message.js';

// ---------------------------------------------------------------------------------------------------
// Small helpers

export function superuserGrant(): SuperuserGrant {
  return { kind: 'superuser', group: GROUP_MASTERS, binding: null, role: null, rule: null, reason: rm['superuser.reason']() };
}

function ruleGrant(b: AnyBinding, role: RoleRefSummary, r: ResolvedRule): RuleGrant {
  const g: RuleGrant = { kind: 'rule', binding: bindingRef(b), role, rule: r.rule, ruleIndex: r.index };
  if (r.aggregatedFrom) {
    g.aggregatedFrom = r.aggregatedFrom;
    if (r.aggregationPath) g.aggregationPath = r.aggregationPath;
  }
  return g;
}

function describeBinding(b: AnyBinding): string {
  return bindingText(bindingRef(b));
}

function uniq(list: Message[]): Message[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const k = JSON.stringify(m);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Code-point order: stable across locales. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** At most `max` messages, then one saying how many more there were. */
function capped(list: Message[], max: number, more: (n: number) => Message): Message[] {
  return list.length <= max ? list : [...list.slice(0, max), more(list.length - max)];
}

function resourceText(r: Pick<ResourceRequest, 'group' | 'resource' | 'subresource'>): string {
  return r.group ? `${r.resource}.${r.group}${r.subresource ? `/${r.subresource}` : ''}` : combinedResource(r);
}

function requestMessage(request: AccessRequest): Message {
  if (isNonResourceRequest(request)) return rm['req.short']({ verb: request.verb, res: request.nonResourceURL });
  return rm['req.short']({ verb: request.verb, res: resourceText(request), ...(request.name ? { name: request.name } : {}) });
}

function danglingMessage(d: {
  binding: AnyBinding;
  role: RoleRefSummary | null;
  roleRefKind: string;
  roleRefName: string;
  problem: string;
}): Message {
  const binding = describeBinding(d.binding);
  if (d.problem === 'unsupported-kind') {
    return rm['warn.dangling.unsupported']({
      binding,
      role: `${d.roleRefKind} ${d.roleRefName}`,
      crb: d.binding.kind === 'ClusterRoleBinding',
    });
  }
  return rm['warn.dangling.missing']({ binding, role: d.role ? roleText(d.role) : `${d.roleRefKind} ${d.roleRefName}` });
}

function incompleteWarnings(snapshot: RbacSnapshot, ns: string | undefined): { complete: boolean; warnings: Message[] } {
  const relevant = snapshot.incomplete.filter((n) => !n.namespace || ns === undefined || n.namespace === ns);
  return {
    complete: relevant.length === 0,
    warnings: relevant.map((n) =>
      rm['warn.incomplete']({
        resource: n.resource,
        ...(n.namespace ? { ns: n.namespace } : {}),
        ...(n.allNamespaces ? { allNs: true } : {}),
        ...(n.readNamespace ? { readNs: n.readNamespace } : {}),
      }),
    ),
  };
}

function aggregationWarnings(index: RbacIndex, roles: Iterable<string>): Message[] {
  const names = new Set(roles);
  return index.aggregationWarnings.filter((w) => names.has(w.role)).map((w) => w.message);
}

const SUBJECT_ORDER: Record<string, number> = { User: 0, Group: 1, ServiceAccount: 2 };

function compareGrants(a: Grant, b: Grant): number {
  if (a.kind !== b.kind) return a.kind === 'superuser' ? -1 : 1;
  if (a.kind === 'superuser' || b.kind === 'superuser') return 0;
  if (a.binding.kind !== b.binding.kind) return a.binding.kind === 'ClusterRoleBinding' ? -1 : 1;
  return cmp(a.binding.namespace ?? '', b.binding.namespace ?? '') || cmp(a.binding.name, b.binding.name) || a.ruleIndex - b.ruleIndex;
}

function matching(rules: readonly ResolvedRule[], request: AccessRequest): ResolvedRule[] {
  const out: ResolvedRule[] = [];
  for (const r of rules) if (ruleAllows(r.rule, request)) out.push(r);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// who-can

export interface WhoCanOptions {
  /** List Group system:masters (allowed everything without RBAC). Default true. */
  includeSuperusers?: boolean;
}

/**
 * Every subject named in a binding that allows the request, each with all its grants. request.namespace
 * undefined = any namespace: RoleBindings of every namespace are reported (binding.namespace says where).
 * `verified` is false: the live layer confirms subjects with SubjectAccessReviews.
 */
export function whoCan(snapshot: RbacSnapshot, request: AccessRequest, opts: WhoCanOptions = {}): WhoCan {
  const index = indexSnapshot(snapshot);
  const ns = effectiveNamespace(request);
  const clusterish = isNonResourceRequest(request) || isClusterScoped(request);
  const problems = new Map<string, Message>();
  const subjects = new Map<string, { out: WhoCanSubject; seen: Set<string> }>();
  const rolesUsed = new Set<string>();

  const add = (b: AnyBinding, role: RoleRefSummary, matches: ResolvedRule[]) => {
    for (const subj of b.object.subjects ?? []) {
      let s: Subject;
      if (subj.kind === 'User' || subj.kind === 'Group') {
        s = { kind: subj.kind, name: subj.name };
      } else if (subj.kind === 'ServiceAccount') {
        const sns = subj.namespace || b.namespace;
        if (!sns) {
          problems.set(
            `sa\u0000${describeBinding(b)}\u0000${subj.name}`,
            rm['warn.subject.saNoNamespace']({ binding: describeBinding(b), name: subj.name }),
          );
          continue;
        }
        s = { kind: 'ServiceAccount', name: subj.name, namespace: sns };
      } else {
        problems.set(
          `kind\u0000${describeBinding(b)}\u0000${subj.kind}`,
          rm['warn.subject.unknownKind']({ binding: describeBinding(b), kind: subj.kind }),
        );
        continue;
      }
      const key = `${s.kind}\u0000${s.namespace ?? ''}\u0000${s.name}`;
      let entry = subjects.get(key);
      if (!entry) {
        const out: WhoCanSubject = { ...s, grants: [], verified: false };
        const note = s.kind === 'Group' ? implicitGroupNote(s.name) : undefined;
        if (note) out.note = note;
        entry = { out, seen: new Set() };
        subjects.set(key, entry);
      }
      for (const r of matches) {
        const gk = `${b.kind}\u0000${b.namespace}\u0000${b.object.metadata.name}\u0000${r.index}`;
        if (entry.seen.has(gk)) continue;
        entry.seen.add(gk);
        entry.out.grants.push(ruleGrant(b, role, r));
      }
    }
    if (role.kind === 'ClusterRole') rolesUsed.add(role.name);
  };

  // Rules that match, computed once per role (not per binding).
  const clusterRoleMatches = new Map<string, ResolvedRule[]>();
  for (const [name, rules] of index.clusterRoleRules) {
    const m = matching(rules, request);
    if (m.length) clusterRoleMatches.set(name, m);
  }

  // 1. ClusterRoleBindings: everywhere.
  for (const [name, m] of clusterRoleMatches) {
    for (const crb of index.clusterRoleBindingsByRef.get(clusterRoleKey(name)) ?? []) {
      add(asClusterRoleBinding(crb), { kind: 'ClusterRole', name }, m);
    }
  }

  // 2. RoleBindings: in their namespace only; never for a request with namespace ''.
  const notApplied: string[] = [];
  const visitRoleBinding = (b: AnyBinding, role: RoleRefSummary, m: ResolvedRule[]) => {
    if (ns === '') notApplied.push(describeBinding(b));
    else add(b, role, m);
  };
  for (const [name, m] of clusterRoleMatches) {
    const byNs = index.roleBindingsByRef.get(clusterRoleKey(name));
    if (!byNs) continue;
    const lists = ns ? [byNs.get(ns) ?? []] : [...byNs.values()];
    for (const list of lists) for (const rb of list) visitRoleBinding(asRoleBinding(rb), { kind: 'ClusterRole', name }, m);
  }
  for (const [key, rules] of index.roleRules) {
    const slash = key.indexOf('/');
    const roleNs = key.slice(0, slash);
    if (ns && roleNs !== ns) continue;
    const m = matching(rules, request);
    if (!m.length) continue;
    const name = key.slice(slash + 1);
    for (const rb of index.roleBindingsByRef.get(`Role:${key}`)?.get(roleNs) ?? []) {
      visitRoleBinding(asRoleBinding(rb), { kind: 'Role', name, namespace: roleNs }, m);
    }
  }

  const out: WhoCanSubject[] = [...subjects.values()].map((e) => e.out);
  if (opts.includeSuperusers ?? true) {
    const masters = out.find((s) => s.kind === 'Group' && s.name === GROUP_MASTERS);
    if (masters) masters.grants.unshift(superuserGrant());
    else
      out.push({
        kind: 'Group',
        name: GROUP_MASTERS,
        grants: [superuserGrant()],
        verified: false,
        note: implicitGroupNote(GROUP_MASTERS)!,
      });
  }
  for (const s of out) s.grants.sort(compareGrants);
  out.sort((a, b) => {
    const am = a.kind === 'Group' && a.name === GROUP_MASTERS ? 0 : 1;
    const bm = b.kind === 'Group' && b.name === GROUP_MASTERS ? 0 : 1;
    return am - bm || SUBJECT_ORDER[a.kind]! - SUBJECT_ORDER[b.kind]! || cmp(a.namespace ?? '', b.namespace ?? '') || cmp(a.name, b.name);
  });

  const inc = incompleteWarnings(snapshot, ns);
  const warnings = [...(snapshot.warnings ?? []), ...inc.warnings];
  warnings.push(...aggregationWarnings(index, rolesUsed));
  const dangling = index.dangling
    .filter((d) => d.binding.kind === 'ClusterRoleBinding' || ns === undefined || (ns !== '' && d.binding.namespace === ns))
    .map(danglingMessage);
  warnings.push(...capped(dangling, 10, (count) => rm['warn.dangling.more']({ count })));
  warnings.push(...capped([...problems.values()], 10, (count) => rm['warn.subject.more']({ count })));
  if (notApplied.length) {
    const bindings = nameList(notApplied, 8);
    warnings.push(
      clusterish
        ? rm['warn.notApplied.cluster']({ count: notApplied.length, nonResource: isNonResourceRequest(request), bindings })
        : rm['warn.notApplied.namespace']({ count: notApplied.length, bindings }),
    );
  }
  if (out.some((s) => s.kind === 'Group' && s.name !== GROUP_MASTERS)) warnings.push(rm['warn.groupMembership']());
  if (nodeAuthorizerReaches(request)) warnings.push(rm['warn.node.whoCan']({ resource: resourceText(request as ResourceRequest) }));

  return { kind: 'WhoCan', request, subjects: out, complete: inc.complete, warnings: uniq(warnings) };
}

// ---------------------------------------------------------------------------------------------------
// Rules of one user (as SelfSubjectRulesReview, with provenance)

export interface AppliedRules {
  superuser: boolean;
  /** From ClusterRoleBindings, in visit order. */
  clusterWide: RuleGrant[];
  /** From RoleBindings in the namespace ('' → none). */
  inNamespace: RuleGrant[];
  /** Bindings that apply to the user but whose roleRef resolves to nothing. */
  dangling: {
    binding: AnyBinding;
    role: RoleRefSummary | null;
    roleRefKind: string;
    roleRefName: string;
    problem: 'missing' | 'unsupported-kind';
  }[];
}

/** VisitRulesFor(user, namespace): ClusterRoleBindings first, then RoleBindings of `namespace`. */
export function rulesFor(snapshot: RbacSnapshot, user: UserInfo, namespace: string): AppliedRules {
  const index = indexSnapshot(snapshot);
  const result: AppliedRules = { superuser: user.groups.includes(GROUP_MASTERS), clusterWide: [], inNamespace: [], dangling: [] };
  const visit = (b: AnyBinding, into: RuleGrant[]) => {
    if (firstApplyingSubject(b.object.subjects, user, b.namespace) < 0) return;
    const res = resolveRoleRef(index, b);
    if (!res.rules || !res.role) {
      const ref = b.object.roleRef;
      result.dangling.push({ binding: b, role: res.role, roleRefKind: ref.kind, roleRefName: ref.name, problem: res.problem ?? 'missing' });
      return;
    }
    for (const r of res.rules) into.push(ruleGrant(b, res.role, r));
  };
  for (const crb of snapshot.clusterRoleBindings) visit(asClusterRoleBinding(crb), result.clusterWide);
  if (namespace) for (const rb of index.roleBindingsByNamespace.get(namespace) ?? []) visit(asRoleBinding(rb), result.inNamespace);
  return result;
}

// ---------------------------------------------------------------------------------------------------
// can

/** Why a rule that does not allow the request nearly does, or null. */
export function nearMissKind(rule: PolicyRule, request: AccessRequest): NearMissKind | null {
  if (isNonResourceRequest(request)) {
    return nonResourceURLMatches(rule, request.nonResourceURL) && !verbMatches(rule, request.verb) ? 'other-verb' : null;
  }
  const combined = combinedResource(request);
  const sub = request.subresource ?? '';
  const vm = verbMatches(rule, request.verb);
  const gm = apiGroupMatches(rule, request.group);
  const rm = resourceMatches(rule, combined, sub);
  const nm = resourceNameMatches(rule, request.name ?? '');
  if (gm && rm) {
    if (!vm) return 'other-verb';
    if (!nm) return 'resource-names';
    return null;
  }
  const resources = rule.resources ?? [];
  if (vm && gm && !rm) {
    if (sub && (resources.includes(request.resource) || resources.includes(`${request.resource}/*`))) return 'subresource';
    if (!sub && resources.some((r) => r.startsWith(`${request.resource}/`) || r.startsWith('*/'))) return 'subresource';
  }
  if (vm && !gm && resources.includes(combined)) return 'other-api-group';
  return null;
}

function nearMissDetail(
  kind: NearMissKind,
  g: RuleGrant,
  request: AccessRequest,
  extra: { namespace?: string; subject?: BindingSubject } = {},
): Message {
  const v = via(g.binding, g.role, g.aggregatedFrom);
  const rule = g.rule;
  const req = requestMessage(request);
  switch (kind) {
    case 'other-namespace':
      return rm['near.otherNamespace']({ via: v, request: req, ns: extra.namespace ?? '', allNs: effectiveNamespace(request) === '' });
    case 'cluster-scope-via-rolebinding':
      return rm['near.clusterScope']({ via: v, request: req, nonResource: isNonResourceRequest(request) });
    case 'other-verb':
      return rm['near.otherVerb']({
        via: v,
        verbs: nameList(rule.verbs),
        target: isNonResourceRequest(request) ? request.nonResourceURL : resourceText(request),
        verb: request.verb,
      });
    case 'resource-names': {
      const names = nameList(rule.resourceNames ?? []);
      if (!isNonResourceRequest(request) && request.name) return rm['near.names.other']({ via: v, names, name: request.name });
      return rm['near.names.none']({ via: v, names, verb: request.verb, create: request.verb === 'create' });
    }
    case 'subresource': {
      const r = request as ResourceRequest;
      const listed = (rule.resources ?? []).filter((x) => x === r.resource || x.startsWith(`${r.resource}/`) || x.startsWith('*/'));
      // "pods/*" reads like a wildcard, but RBAC knows only "*" and "*/SUB": the entry matches no request.
      const star = `${r.resource}/*`;
      if (listed.includes(star))
        return rm['near.subresource.star']({
          via: v,
          entry: star,
          match: r.subresource ? `${r.resource}/${r.subresource}, */${r.subresource}` : r.resource,
        });
      return rm['near.subresource']({
        via: v,
        listed: nameList(listed),
        request: combinedResource(r),
        match: r.subresource ? `${r.resource}/${r.subresource}, */${r.subresource}` : r.resource,
      });
    }
    case 'other-api-group': {
      const r = request as ResourceRequest;
      return rm['near.apiGroup']({
        via: v,
        resource: combinedResource(r),
        groups: nameList((rule.apiGroups ?? []).map((x) => JSON.stringify(x))),
        group: JSON.stringify(r.group),
      });
    }
    case 'serviceaccount-namespace':
      return rm['near.saNamespace']({ via: v, ns: extra.subject?.namespace ?? '', name: extra.subject?.name ?? '' });
    case 'missing-role':
      return rm['near.missingRole']({ via: v });
  }
}

function nearMiss(
  kind: NearMissKind,
  g: RuleGrant,
  request: AccessRequest,
  extra: { namespace?: string; subject?: BindingSubject } = {},
): NearMiss {
  const m: NearMiss = {
    kind,
    binding: g.binding,
    role: g.role,
    rule: g.rule,
    ruleIndex: g.ruleIndex,
    detail: nearMissDetail(kind, g, request, extra),
  };
  if (g.aggregatedFrom) m.aggregatedFrom = g.aggregatedFrom;
  if (extra.namespace) m.namespace = extra.namespace;
  return m;
}

export interface CanIOptions {
  /** How the subject was named on the command line; default: derived from the user. */
  subject?: SubjectSpec;
}

/**
 * Whether RBAC allows the request for this user, with every grant; when denied, the near misses.
 * request.namespace undefined is treated as '' (cluster-wide), as a SubjectAccessReview without namespace.
 */
export function canI(snapshot: RbacSnapshot, user: UserInfo, request: AccessRequest, opts: CanIOptions = {}): AccessCheck {
  const index = indexSnapshot(snapshot);
  const ns = effectiveNamespace(request) ?? '';
  const applied = rulesFor(snapshot, user, ns);
  const pool = [...applied.clusterWide, ...applied.inNamespace];
  const grants: Grant[] = applied.superuser ? [superuserGrant()] : [];
  for (const g of pool) if (ruleAllows(g.rule, request)) grants.push(g);
  const allowed = grants.length > 0;

  const nearMisses: NearMiss[] = [];
  if (!allowed) {
    const seen = new Set<string>();
    const push = (m: NearMiss) => {
      const key = `${m.kind}\u0000${m.binding.kind}\u0000${m.binding.namespace ?? ''}\u0000${m.binding.name}\u0000${m.ruleIndex ?? -1}`;
      if (seen.has(key)) return;
      seen.add(key);
      nearMisses.push(m);
    };
    // Bindings that apply here, with rules that nearly match.
    for (const g of pool) {
      const kind = nearMissKind(g.rule, request);
      if (kind) push(nearMiss(kind, g, request));
    }
    // Bindings that apply here but point at nothing.
    for (const d of applied.dangling) {
      push({
        kind: 'missing-role',
        binding: bindingRef(d.binding),
        role: d.role,
        detail: danglingMessage(d),
      });
    }
    // RoleBindings of other namespaces (all of them for a request with namespace '').
    const clusterish = isNonResourceRequest(request) || isClusterScoped(request);
    for (const [bns, rbs] of index.roleBindingsByNamespace) {
      if (bns === ns) continue;
      for (const rb of rbs) {
        const b = asRoleBinding(rb);
        if (firstApplyingSubject(rb.subjects, user, bns) < 0) continue;
        const res = resolveRoleRef(index, b);
        if (!res.rules || !res.role) continue;
        for (const r of res.rules) {
          if (!ruleAllows(r.rule, request)) continue;
          const kind: NearMissKind = ns === '' && clusterish ? 'cluster-scope-via-rolebinding' : 'other-namespace';
          push(nearMiss(kind, ruleGrant(b, res.role, r), request, { namespace: bns }));
        }
      }
    }
    // Same ServiceAccount name, other namespace (or none, in a ClusterRoleBinding).
    const sa = parseServiceAccountUsername(user.username);
    if (sa) {
      const candidates: AnyBinding[] = [
        ...snapshot.clusterRoleBindings.map(asClusterRoleBinding),
        ...(ns ? (index.roleBindingsByNamespace.get(ns) ?? []).map(asRoleBinding) : []),
      ];
      for (const b of candidates) {
        if (firstApplyingSubject(b.object.subjects, user, b.namespace) >= 0) continue;
        const subj = (b.object.subjects ?? []).find(
          (s) => s.kind === 'ServiceAccount' && s.name === sa.name && (s.namespace || b.namespace) !== sa.namespace,
        );
        if (!subj) continue;
        const res = resolveRoleRef(index, b);
        if (!res.rules || !res.role) continue;
        for (const r of res.rules) {
          if (ruleAllows(r.rule, request))
            push(nearMiss('serviceaccount-namespace', ruleGrant(b, res.role, r), request, { subject: subj }));
        }
      }
    }
  }

  const inc = incompleteWarnings(snapshot, ns);
  const rolesUsed = [...pool, ...grants].flatMap((g) => (g.kind === 'rule' && g.role.kind === 'ClusterRole' ? [g.role.name] : []));
  const warnings = [...(snapshot.warnings ?? []), ...inc.warnings, ...aggregationWarnings(index, rolesUsed)];
  return {
    kind: 'AccessCheck',
    subject: opts.subject ?? subjectOfUser(user),
    user,
    request,
    allowed,
    grants,
    nearMisses,
    authorizer: null,
    agreement: 'unverified',
    answer: allowed ? 'allowed' : inc.complete ? 'denied' : 'unknown',
    complete: inc.complete,
    warnings: uniq(warnings),
  };
}

/**
 * Whether the Node authorizer, not RBAC, decided for a kubelet identity (user system:node:NAME in group
 * system:nodes). It runs before RBAC: its allow carries no reason (RBAC's starts "RBAC: allowed by"); its
 * denials name the node or say what a node "can only" do (plugin/pkg/auth/authorizer/node).
 */
/** Requests the Node authorizer answers for the objects of a node's Pods (besides RBAC), as who-can must say. */
const NODE_AUTHORIZED = new Set([
  '/secrets',
  '/configmaps',
  '/persistentvolumeclaims',
  '/persistentvolumes',
  'resource.k8s.io/resourceclaims',
  'storage.k8s.io/volumeattachments',
]);

function nodeAuthorizerReaches(request: AccessRequest): boolean {
  if (isNonResourceRequest(request)) return false;
  if (request.group === '' && request.resource === 'serviceaccounts' && request.subresource === 'token') return request.verb === 'create';
  return !request.subresource && request.verb === 'get' && NODE_AUTHORIZED.has(`${request.group}/${request.resource}`);
}

function nodeAuthorizerDecided(user: UserInfo, verdict: AuthorizerVerdict): boolean {
  if (!isNodeIdentity(user)) return false;
  if (verdict.allowed) return !verdict.reason.startsWith('RBAC:');
  return /no relationship found between node|can only |cannot (get|read|authorize)|unknown node for user|not allowed to get service accounts|nodes may not/.test(
    verdict.reason,
  );
}

/** RBAC as read: a grant is an answer; a denial is one only when every RBAC object could be read. */
function rbacAnswer(check: AccessCheck): AccessCheck['answer'] {
  return check.allowed ? 'allowed' : check.complete ? 'denied' : 'unknown';
}

/** Records the apiserver's SubjectAccessReview verdict and whether it agrees with our reading. */
export function withAuthorizer(check: AccessCheck, verdict: AuthorizerVerdict | null): AccessCheck {
  if (!verdict) return { ...check, authorizer: null, agreement: 'unverified', answer: rbacAnswer(check) };
  const agreement = verdict.allowed === check.allowed ? 'agree' : 'disagree';
  const warnings = [...check.warnings];
  const decidedBy = nodeAuthorizerDecided(check.user, verdict) ? 'Node' : undefined;
  if (decidedBy) {
    warnings.push(
      verdict.allowed
        ? rm['warn.node.allowed']({ node: nodeName(check.user.username) })
        : rm['warn.node.denied']({ node: nodeName(check.user.username), reason: quoted(verdict.reason) }),
    );
  } else if (agreement === 'disagree') warnings.push(verdict.allowed ? rm['warn.disagree.allowed']() : rm['warn.disagree.denied']());
  return {
    ...check,
    authorizer: decidedBy ? { ...verdict, decidedBy } : verdict,
    agreement,
    warnings,
    answer: verdict.allowed ? 'allowed' : 'denied',
  };
}

// ---------------------------------------------------------------------------------------------------
// access

/**
 * A resources × verbs matrix for one user in one namespace ('' = cluster-wide: ClusterRoleBindings only).
 * A cell is allowed when some rule allows the verb on every object; when only rules with resourceNames
 * cover it, `names` lists the objects it is allowed for.
 */
export function access(
  snapshot: RbacSnapshot,
  user: UserInfo,
  namespace: string,
  resources: readonly ResourceKey[],
  opts: CanIOptions & { verbs?: readonly MatrixVerb[] } = {},
): AccessMatrix {
  const index = indexSnapshot(snapshot);
  const verbs = [...(opts.verbs ?? MATRIX_VERBS)];
  const applied = rulesFor(snapshot, user, namespace);
  const everywhere = [...applied.clusterWide, ...applied.inNamespace];
  const su = applied.superuser ? superuserGrant() : null;

  const rows: AccessRow[] = resources.map((rk) => {
    const cells: AccessCell[] = verbs.map((verb) => {
      const req: ResourceRequest = { verb, group: rk.group, resource: rk.resource, namespace };
      if (rk.subresource) req.subresource = rk.subresource;
      if (rk.clusterScoped !== undefined) req.clusterScoped = rk.clusterScoped;
      const pool = effectiveNamespace(req) ? everywhere : applied.clusterWide;
      const grants: Grant[] = su ? [su] : [];
      for (const g of pool) if (ruleAllows(g.rule, req)) grants.push(g);
      if (grants.length) return { verb, allowed: true, grants };
      // create and deletecollection requests never carry a name: resourceNames can't help them.
      if (verb === 'create' || verb === 'deletecollection') return { verb, allowed: false, grants: [] };
      const named: RuleGrant[] = pool.filter(
        (g) => (g.rule.resourceNames?.length ?? 0) > 0 && ruleAllows({ ...g.rule, resourceNames: [] }, req),
      );
      if (!named.length) return { verb, allowed: false, grants: [] };
      const names = [...new Set(named.flatMap((g) => g.rule.resourceNames ?? []))].sort();
      return { verb, allowed: false, names, grants: named };
    });
    return { resource: { ...rk }, cells };
  });

  const inc = incompleteWarnings(snapshot, namespace);
  const warnings = [...(snapshot.warnings ?? []), ...inc.warnings];
  warnings.push(
    ...aggregationWarnings(
      index,
      everywhere.flatMap((g) => (g.role.kind === 'ClusterRole' ? [g.role.name] : [])),
    ),
  );
  for (const d of applied.dangling) warnings.push(danglingMessage(d));
  return {
    kind: 'AccessMatrix',
    subject: opts.subject ?? subjectOfUser(user),
    user,
    namespace,
    verbs,
    rows,
    superuser: applied.superuser,
    authorizer: null,
    complete: inc.complete,
    warnings: uniq(warnings),
  };
}
