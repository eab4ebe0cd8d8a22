// RBAC model: plain shapes that match the Kubernetes JSON (rbac.authorization.k8s.io/v1), the requests we
// evaluate, and the JSON contract of who-can / can / access (see DESIGN.md and the README).
//
// Objects from @kubernetes/client-node and objects parsed from YAML manifests have optional metadata and
// loosely typed fields; src/rbac/snapshot.ts turns either into the strict RbacSnapshot below.
import type { Message } from './message.js';

// ---------------------------------------------------------------------------------------------------
// Objects, as the API server serves them

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  uid?: string;
  resourceVersion?: string;
}

/** rbac/v1 PolicyRule. Missing lists are the same as empty lists (Kubernetes treats nil and [] alike). */
export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}
export type Rule = PolicyRule;

export interface LabelSelectorRequirement {
  key: string;
  /** In | NotIn | Exists | DoesNotExist */
  operator: string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface AggregationRule {
  clusterRoleSelectors?: LabelSelector[];
}

export interface Role {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta & { namespace: string };
  rules?: PolicyRule[];
}

export interface ClusterRole {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  rules?: PolicyRule[];
  /** When set, .rules are managed by the clusterrole-aggregation controller. */
  aggregationRule?: AggregationRule;
}

export interface RoleRef {
  apiGroup: string;
  /** Role | ClusterRole (anything else grants nothing). */
  kind: string;
  name: string;
}

export type SubjectKind = 'User' | 'Group' | 'ServiceAccount';

/** A subject we talk about (CLI input, who-can output). */
export interface Subject {
  kind: SubjectKind;
  name: string;
  /** ServiceAccounts only. */
  namespace?: string;
}

/**
 * A subject as written in a binding. The API validates kind, but manifests may hold anything; a
 * ServiceAccount without namespace in a RoleBinding means the binding's namespace, in a
 * ClusterRoleBinding it matches nobody.
 */
export interface BindingSubject {
  kind: string;
  name: string;
  namespace?: string;
  apiGroup?: string;
}

export interface RoleBinding {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta & { namespace: string };
  roleRef: RoleRef;
  subjects?: BindingSubject[];
}

export interface ClusterRoleBinding {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  roleRef: RoleRef;
  subjects?: BindingSubject[];
}

/** A list the snapshot could not read (a 403), e.g. rolebindings.rbac.authorization.k8s.io in one namespace. */
export interface IncompleteNote {
  /** resource.group that could not be listed. */
  resource: string;
  /** The namespace whose list failed (absent: cluster-wide or every namespace). */
  namespace?: string;
  /** The list of every namespace failed. */
  allNamespaces?: boolean;
  /** After the all-namespaces list failed, this namespace alone was read. */
  readNamespace?: string;
}

/** Everything RBAC, read once. Immutable: the resolver caches indexes per snapshot object. */
export interface RbacSnapshot {
  roles: Role[];
  clusterRoles: ClusterRole[];
  roleBindings: RoleBinding[];
  clusterRoleBindings: ClusterRoleBinding[];
  incomplete: IncompleteNote[];
  /**
   * 'live' (default): aggregated ClusterRoles already hold their rules (the controller ran); we only
   * attribute each rule to a component. 'manifests': we compute the aggregation ourselves.
   */
  source?: 'live' | 'manifests';
  /** Problems found while building the snapshot (malformed manifests, objects skipped). */
  warnings?: Message[];
}

// ---------------------------------------------------------------------------------------------------
// Requests and users

/**
 * A request on an API resource, as the authorizer sees it (RequestInfo).
 * - `name`: for get/update/patch/delete the object's name; for list/watch a `fieldSelector=metadata.name=N`;
 *   absent for create, deletecollection and plain list/watch.
 * - `namespace`: a namespace; '' = cluster-wide (a cluster-scoped resource, or a namespaced resource across
 *   all namespaces: only ClusterRoleBindings apply); undefined = "any namespace" (who-can -A reports the
 *   grants of every namespace; canI treats it as '').
 * - `clusterScoped`: from discovery when known; otherwise a built-in list of cluster-scoped resources is used.
 */
export interface ResourceRequest {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  name?: string;
  namespace?: string;
  clusterScoped?: boolean;
}

/** A request on a non-resource URL (/healthz, /metrics, /api). Only ClusterRoleBindings can grant it. */
export interface NonResourceRequest {
  verb: string;
  nonResourceURL: string;
}

export type AccessRequest = ResourceRequest | NonResourceRequest;

/** Who is asking, as the authenticator (or impersonation) produced it. */
export interface UserInfo {
  username: string;
  groups: string[];
  uid?: string;
  extra?: Record<string, string[]>;
}

/** The subject argument of `can` / `access`: me | user:NAME | group:NAME | sa:NS/NAME. */
export type SubjectSpec = { kind: 'Me' } | Subject;

// ---------------------------------------------------------------------------------------------------
// Provenance

export interface BindingRef {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  name: string;
  namespace?: string;
}

export interface RoleRefSummary {
  kind: 'Role' | 'ClusterRole';
  name: string;
  /** Roles only. */
  namespace?: string;
}

/** subject ← binding ← role ← aggregatedFrom ← rule */
export interface RuleGrant {
  kind: 'rule';
  binding: BindingRef;
  role: RoleRefSummary;
  rule: PolicyRule;
  /** Index of the rule in the role's effective rules. */
  ruleIndex: number;
  /** For an aggregated ClusterRole: the component ClusterRole the rule came from. */
  aggregatedFrom?: string;
  /** Full chain when components are themselves aggregated, outermost first, e.g. [edit, view, system:aggregate-to-view]. */
  aggregationPath?: string[];
}

/** system:masters: the apiserver's privileged-group authorizer allows everything before RBAC is asked. */
export interface SuperuserGrant {
  kind: 'superuser';
  group: 'system:masters';
  binding: null;
  role: null;
  rule: null;
  reason: Message;
}

export type Grant = RuleGrant | SuperuserGrant;

// ---------------------------------------------------------------------------------------------------
// who-can

export interface WhoCanSubject {
  kind: SubjectKind;
  name: string;
  namespace?: string;
  grants: Grant[];
  /** Confirmed by a SubjectAccessReview (set by the live layer; false from the pure resolver). */
  verified: boolean;
  /** For built-in groups: who is in them (e.g. system:authenticated = every authenticated user). */
  note?: Message;
}

export interface WhoCan {
  kind: 'WhoCan';
  request: AccessRequest;
  subjects: WhoCanSubject[];
  /** False when some RBAC objects could not be read. */
  complete: boolean;
  /** Read from manifests (-f): nothing was verified by an authorizer. */
  offline?: boolean;
  warnings: Message[];
}

// ---------------------------------------------------------------------------------------------------
// can

export type NearMissKind =
  /** A RoleBinding for the subject in another namespace would allow it there (or: across all namespaces needs a ClusterRoleBinding). */
  | 'other-namespace'
  /** A RoleBinding whose role allows a cluster-scoped resource or non-resource URL: RoleBindings can't grant those. */
  | 'cluster-scope-via-rolebinding'
  /** The rule covers the resource but not the verb. */
  | 'other-verb'
  /** The rule is limited by resourceNames and the request has no name or another name. */
  | 'resource-names'
  /** The rule names the resource but not the subresource (pods vs pods/log), or the reverse. */
  | 'subresource'
  /** The rule names the resource in another API group (e.g. extensions vs apps). */
  | 'other-api-group'
  /** A binding names a ServiceAccount of the same name in another namespace (or none, in a ClusterRoleBinding). */
  | 'serviceaccount-namespace'
  /** A binding for the subject whose roleRef does not exist: it grants nothing. */
  | 'missing-role';

export interface NearMiss {
  kind: NearMissKind;
  binding: BindingRef;
  /** null for a missing-role whose roleRef kind is neither Role nor ClusterRole. */
  role: RoleRefSummary | null;
  rule?: PolicyRule;
  ruleIndex?: number;
  aggregatedFrom?: string;
  /** other-namespace: where the binding would grant it. */
  namespace?: string;
  detail: Message;
}

export interface AuthorizerVerdict {
  allowed: boolean;
  reason: string;
  /** 'Node': the Node authorizer decided (a kubelet identity), not RBAC. */
  decidedBy?: 'Node';
}

/** Our RBAC reading vs the API server's SubjectAccessReview. 'unverified' when no SAR was made. */
export type Agreement = 'agree' | 'disagree' | 'unverified';

export interface AccessCheck {
  kind: 'AccessCheck';
  subject: SubjectSpec;
  user: UserInfo;
  request: AccessRequest;
  allowed: boolean;
  grants: Grant[];
  /** Computed only when denied. */
  nearMisses: NearMiss[];
  authorizer: AuthorizerVerdict | null;
  agreement: Agreement;
  /**
   * The answer: the authorizer's when it was asked; else RBAC as read, except that a denial read from an
   * incomplete snapshot is 'unknown' (a grant we could not read may exist).
   */
  answer: 'allowed' | 'denied' | 'unknown';
  /** Read from manifests (-f): authorizer is null, agreement 'unverified'. */
  offline?: boolean;
  complete: boolean;
  warnings: Message[];
}

// ---------------------------------------------------------------------------------------------------
// access

export const MATRIX_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'] as const;
export type MatrixVerb = (typeof MATRIX_VERBS)[number];

export interface ResourceKey {
  group: string;
  resource: string;
  subresource?: string;
  clusterScoped?: boolean;
}

export interface AccessCell {
  verb: MatrixVerb;
  /** Allowed for every object (no name needed). */
  allowed: boolean;
  /** Not allowed in general, but allowed for these names (rules with resourceNames). */
  names?: string[];
  /** The grants behind `allowed` (or behind `names` when not allowed). */
  grants: Grant[];
}

export interface AccessRow {
  resource: ResourceKey;
  cells: AccessCell[];
}

export interface AccessMatrix {
  kind: 'AccessMatrix';
  subject: SubjectSpec;
  user: UserInfo;
  /** '' = cluster-wide (ClusterRoleBindings only). */
  namespace: string;
  verbs: MatrixVerb[];
  rows: AccessRow[];
  superuser: boolean;
  /** The API server's own answer for the cells shown (null: not asked, e.g. offline or forbidden). */
  authorizer: AccessVerification | null;
  /** Permissions held that allow privilege escalation (bind, escalate, impersonate, pods/exec, …), with their source. */
  risks?: SubjectRisk[];
  /** Read from manifests (-f): authorizer is null. */
  offline?: boolean;
  complete: boolean;
  warnings: Message[];
}

export interface SubjectRisk {
  id: EscalationRiskId;
  reason: Message;
  binding: BindingRef;
  role: RoleRefSummary;
  limitedToNames?: string[];
}

/** A cell where our reading and the authorizer differ. */
export interface AccessDisagreement {
  resource: string;
  verb: MatrixVerb;
  ours: boolean;
  authorizer: boolean;
}

export interface AccessVerification {
  /** SubjectAccessReview per cell (another subject), SelfSubjectRulesReview (me in a namespace), SelfSubjectAccessReview per cell (me cluster-wide). */
  method: 'SubjectAccessReview' | 'SelfSubjectAccessReview' | 'SelfSubjectRulesReview';
  /** Cells compared. */
  checked: number;
  disagreements: AccessDisagreement[];
  /** SelfSubjectRulesReview: the authorizer said its rule list is incomplete. */
  incomplete?: boolean;
}

// ---------------------------------------------------------------------------------------------------
// escalation

export type EscalationRiskId =
  | 'bind'
  | 'escalate'
  | 'impersonate'
  | 'create-pods'
  | 'create-workloads'
  | 'pods-exec'
  | 'pods-attach'
  | 'read-secrets'
  | 'create-serviceaccount-token'
  | 'nodes-proxy'
  | 'wildcard-verbs'
  | 'wildcard-resources'
  | 'wildcard-api-groups';

export interface EscalationRisk {
  id: EscalationRiskId;
  ruleIndex: number;
  rule: PolicyRule;
  reason: Message;
  /** The rule only covers these object names (still a risk for those objects). */
  limitedToNames?: string[];
}

// The RBAC objects as read (live or from manifests), before buildSnapshot (src/rbac/snapshot.ts) checks them.
export interface LooseMeta {
  name?: string;
  namespace?: string;
  labels?: { [key: string]: string };
  annotations?: { [key: string]: string };
  uid?: string;
  resourceVersion?: string;
}
export interface LooseRule {
  verbs?: string[] | null;
  apiGroups?: string[] | null;
  resources?: string[] | null;
  resourceNames?: string[] | null;
  nonResourceURLs?: string[] | null;
}
export interface LooseSelector {
  matchLabels?: { [key: string]: string } | null;
  matchExpressions?: { key: string; operator: string; values?: string[] | null }[] | null;
}
export interface LooseRole {
  apiVersion?: string;
  kind?: string;
  metadata?: LooseMeta;
  rules?: LooseRule[] | null;
  aggregationRule?: { clusterRoleSelectors?: LooseSelector[] | null } | null;
}
export interface LooseBinding {
  apiVersion?: string;
  kind?: string;
  metadata?: LooseMeta;
  roleRef?: { apiGroup?: string; kind?: string; name?: string } | null;
  subjects?: { kind?: string; name?: string; namespace?: string; apiGroup?: string }[] | null;
}

export interface RbacObjects {
  roles?: readonly LooseRole[];
  clusterRoles?: readonly LooseRole[];
  roleBindings?: readonly LooseBinding[];
  clusterRoleBindings?: readonly LooseBinding[];
  incomplete?: IncompleteNote[];
  source?: 'live' | 'manifests';
  /** Namespace for namespaced objects without metadata.namespace (manifests; as kubectl apply -n). */
  defaultNamespace?: string;
}
