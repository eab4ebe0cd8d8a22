// The kinds the TUI lists: every kind of the table the explainer registry reads (src/cluster/kinds.ts),
// grouped for the kind picker, with k9s-style aliases for `:` (`:po`, `:deploy`, `:rb`…). Pure.
import { KINDS, lookupKind } from '../../cluster/kinds.js';

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

export const KIND_GROUPS: readonly KindGroup[] = ['workloads', 'network', 'config', 'cluster', 'access'];

/** Every listed kind, in picker order (group, then the table's order); Tab and ←→ walk it. */
export const TUI_KINDS: readonly string[] = KIND_GROUPS.flatMap((g) =>
  KINDS.filter((k) => (GROUP[k.kind] ?? 'cluster') === g).map((k) => k.kind),
);

export const kindGroup = (kind: string): KindGroup => GROUP[kind] ?? 'cluster';

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
