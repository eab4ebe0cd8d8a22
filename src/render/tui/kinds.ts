// The kinds the TUI lists: every kind the explainer registry explains (src/explain/registry.ts) and every
// kind of the built-in table (src/cluster/kinds.ts), grouped for the kind picker (core kinds by name,
// the rest by API group), with k9s-style aliases for `:` (`:po`, `:deploy`, `:rb`…). Kinds the table
// lacks (custom resources) come through discovery when `:` names them. Pure.
import { KINDS, lookupKind } from '../../cluster/kinds.js';
import { REGISTRY } from '../../explain/registry.js';

export type KindGroup = 'workloads' | 'network' | 'config' | 'cluster' | 'access';

const GROUP: Record<string, KindGroup> = {
  Pod: 'workloads',
  Deployment: 'workloads',
  ReplicaSet: 'workloads',
  StatefulSet: 'workloads',
  DaemonSet: 'workloads',
  Job: 'workloads',
  CronJob: 'workloads',
  HorizontalPodAutoscaler: 'workloads',
  PodDisruptionBudget: 'workloads',
  Service: 'network',
  Ingress: 'network',
  IngressClass: 'network',
  EndpointSlice: 'network',
  NetworkPolicy: 'network',
  // Gateway API (CRDs): with the other routing kinds rather than under cluster.
  GatewayClass: 'network',
  Gateway: 'network',
  HTTPRoute: 'network',
  GRPCRoute: 'network',
  ReferenceGrant: 'network',
  ConfigMap: 'config',
  Secret: 'config',
  PersistentVolumeClaim: 'config',
  ResourceQuota: 'config',
  LimitRange: 'config',
  Node: 'cluster',
  Namespace: 'cluster',
  Event: 'cluster',
  ServiceAccount: 'access',
  Role: 'access',
  ClusterRole: 'access',
  RoleBinding: 'access',
  ClusterRoleBinding: 'access',
};

// Kinds not named above, by their API group.
const API_GROUP: Record<string, KindGroup> = {
  apps: 'workloads',
  batch: 'workloads',
  autoscaling: 'workloads',
  policy: 'workloads',
  'networking.k8s.io': 'network',
  'discovery.k8s.io': 'network',
  'gateway.networking.k8s.io': 'network',
  'storage.k8s.io': 'config',
  'rbac.authorization.k8s.io': 'access',
};

export const KIND_GROUPS: readonly KindGroup[] = ['workloads', 'network', 'config', 'cluster', 'access'];

export const kindGroup = (kind: string): KindGroup => GROUP[kind] ?? API_GROUP[lookupKind(kind)?.group ?? ''] ?? 'cluster';

// The registry's kinds first (each explained by its own explainer), then the rest of the table; each Kind once.
const LISTED = [...new Set([...REGISTRY.map((r) => r.kind), ...KINDS.map((k) => k.kind)])].filter((k) => lookupKind(k));

/** Every listed kind, in picker order (group, then the table's order); Tab and ←→ walk it. */
export const TUI_KINDS: readonly string[] = KIND_GROUPS.flatMap((g) =>
  KINDS.map((k) => k.kind).filter((k) => LISTED.includes(k) && kindGroup(k) === g),
).concat(LISTED.filter((k) => !KINDS.some((x) => x.kind === k)));

// k9s names kubectl has no short name for.
const K9S_ALIASES: Record<string, string> = {
  rb: 'RoleBinding',
  crb: 'ClusterRoleBinding',
  cr: 'ClusterRole',
  ro: 'Role',
  role: 'Role',
  ep: 'EndpointSlice',
  eps: 'EndpointSlice',
  np: 'NetworkPolicy',
  secrets: 'Secret',
  sec: 'Secret',
  jo: 'Job',
};

/** The kind a `:` command names (kubectl names, short names, k9s aliases), or undefined. */
export function kindByAlias(word: string): string | undefined {
  const w = word.trim().toLowerCase();
  if (!w) return undefined;
  const k = K9S_ALIASES[w] ?? lookupKind(w)?.kind;
  return k && TUI_KINDS.includes(k) ? k : undefined;
}

/** Short names shown in the picker: `po`, `deploy`… (the first kubectl short name, else a k9s alias). */
export function shortName(kind: string): string {
  const info = KINDS.find((k) => k.kind === kind);
  return info?.short[0] ?? Object.entries(K9S_ALIASES).find(([, k]) => k === kind)?.[0] ?? kind.toLowerCase();
}

export const isNamespaced = (kind: string): boolean => lookupKind(kind)?.namespaced ?? true;
