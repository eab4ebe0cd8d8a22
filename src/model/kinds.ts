// Built-in kinds the tool reads, with their API paths, so reading them needs no discovery
// request. Names resolve as kubectl resolves them: Kind, plural, singular, short name, kind.group,
// plural.group and plural.version.group. Where a name is served by several groups (events, and
// events.events.k8s.io), kubectl's preference holds: the core group first.
// Kinds found through discovery (src/cluster/discovery.ts) are added at run time with addKinds().
export interface KindInfo {
  kind: string;
  group: string; // '' for the core group
  version: string;
  plural: string;
  namespaced: boolean;
  short: string[];
  /** The singular resource name; the lower-case kind when not given. */
  singular?: string;
}

const k = (kind: string, group: string, version: string, plural: string, namespaced: boolean, ...short: string[]): KindInfo => ({
  kind,
  group,
  version,
  plural,
  namespaced,
  short,
});

export const KINDS: readonly KindInfo[] = [
  k('Pod', '', 'v1', 'pods', true, 'po'),
  k('Service', '', 'v1', 'services', true, 'svc'),
  k('ConfigMap', '', 'v1', 'configmaps', true, 'cm'),
  k('Secret', '', 'v1', 'secrets', true),
  k('ServiceAccount', '', 'v1', 'serviceaccounts', true, 'sa'),
  k('PersistentVolumeClaim', '', 'v1', 'persistentvolumeclaims', true, 'pvc'),
  k('PersistentVolume', '', 'v1', 'persistentvolumes', false, 'pv'),
  k('Event', '', 'v1', 'events', true, 'ev'),
  k('Endpoints', '', 'v1', 'endpoints', true, 'ep'),
  k('ResourceQuota', '', 'v1', 'resourcequotas', true, 'quota'),
  k('LimitRange', '', 'v1', 'limitranges', true, 'limits'),
  k('Node', '', 'v1', 'nodes', false, 'no'),
  k('Namespace', '', 'v1', 'namespaces', false, 'ns'),
  k('Deployment', 'apps', 'v1', 'deployments', true, 'deploy'),
  k('ReplicaSet', 'apps', 'v1', 'replicasets', true, 'rs'),
  k('ReplicationController', '', 'v1', 'replicationcontrollers', true, 'rc'),
  k('StatefulSet', 'apps', 'v1', 'statefulsets', true, 'sts'),
  k('DaemonSet', 'apps', 'v1', 'daemonsets', true, 'ds'),
  k('Job', 'batch', 'v1', 'jobs', true),
  k('CronJob', 'batch', 'v1', 'cronjobs', true, 'cj'),
  k('HorizontalPodAutoscaler', 'autoscaling', 'v2', 'horizontalpodautoscalers', true, 'hpa'),
  k('PodDisruptionBudget', 'policy', 'v1', 'poddisruptionbudgets', true, 'pdb'),
  k('Lease', 'coordination.k8s.io', 'v1', 'leases', true),
  k('EndpointSlice', 'discovery.k8s.io', 'v1', 'endpointslices', true),
  k('Ingress', 'networking.k8s.io', 'v1', 'ingresses', true, 'ing'),
  k('IngressClass', 'networking.k8s.io', 'v1', 'ingressclasses', false),
  k('NetworkPolicy', 'networking.k8s.io', 'v1', 'networkpolicies', true, 'netpol'),
  // Gateway API (CRDs of the standard channel; served when installed).
  k('GatewayClass', 'gateway.networking.k8s.io', 'v1', 'gatewayclasses', false, 'gc'),
  k('Gateway', 'gateway.networking.k8s.io', 'v1', 'gateways', true, 'gtw'),
  k('HTTPRoute', 'gateway.networking.k8s.io', 'v1', 'httproutes', true),
  k('GRPCRoute', 'gateway.networking.k8s.io', 'v1', 'grpcroutes', true),
  k('ReferenceGrant', 'gateway.networking.k8s.io', 'v1', 'referencegrants', true, 'refgrant'),
  k('Role', 'rbac.authorization.k8s.io', 'v1', 'roles', true),
  k('ClusterRole', 'rbac.authorization.k8s.io', 'v1', 'clusterroles', false),
  k('RoleBinding', 'rbac.authorization.k8s.io', 'v1', 'rolebindings', true),
  k('ClusterRoleBinding', 'rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', false),
  k('PriorityClass', 'scheduling.k8s.io', 'v1', 'priorityclasses', false, 'pc'),
  k('StorageClass', 'storage.k8s.io', 'v1', 'storageclasses', false, 'sc'),
  k('CustomResourceDefinition', 'apiextensions.k8s.io', 'v1', 'customresourcedefinitions', false, 'crd', 'crds'),
];

/**
 * The same names served by a second group, after KINDS in kubectl's preference: `events` is the core
 * Event, `events.events.k8s.io` this one. Kept apart so KINDS lists each Kind once.
 */
export const OTHER_GROUPS: readonly KindInfo[] = [k('Event', 'events.k8s.io', 'v1', 'events', true, 'ev')];

/** Read by explainers (the HPA reads the metrics APIService) but not explained on their own. */
export const READ_ONLY: readonly KindInfo[] = [k('APIService', 'apiregistration.k8s.io', 'v1', 'apiservices', false)];

/** Every built-in kind, in kubectl's order of preference. */
export const BUILTIN: readonly KindInfo[] = [...KINDS, ...OTHER_GROUPS, ...READ_ONLY];

// Kinds discovery found this run (custom resources and anything else the table lacks).
const discovered: KindInfo[] = [];

/** Makes kinds found through discovery readable by name for the rest of this process. */
export function addKinds(infos: readonly KindInfo[]): void {
  for (const i of infos) if (!discovered.some((d) => sameResource(d, i) && d.version === i.version)) discovered.push(i);
  looked.clear();
}

export const sameResource = (a: KindInfo, b: KindInfo): boolean => a.group === b.group && a.plural === b.plural;

/**
 * Every kind a kubectl-style name can mean, in kubectl's order of preference: Kind, plural, singular or
 * short name (any group), then any of those qualified by .group or .version.group (deploy.apps).
 */
export function matchKinds(name: string, table: readonly KindInfo[]): KindInfo[] {
  const n = name.toLowerCase();
  return table.filter((i) => {
    const kind = i.kind.toLowerCase();
    const singular = i.singular ?? kind;
    if (n === kind || n === i.plural || n === singular || i.short.includes(n)) return true;
    if (!i.group) return false;
    return [i.plural, kind, singular, ...i.short].some((r) => n === `${r}.${i.group}` || n === `${r}.${i.version}.${i.group}`);
  });
}

/** Finds a kind by kubectl-style name among the built-in kinds and those discovered this run. */
export function lookupKind(name: string): KindInfo | undefined {
  if (looked.has(name)) return looked.get(name);
  const info = matchKinds(name, BUILTIN)[0] ?? matchKinds(name, discovered)[0];
  looked.set(name, info);
  return info;
}

// Names already looked up (check asks for the same few kinds for each of thousands of objects); cleared when discovery adds kinds.
const looked = new Map<string, KindInfo | undefined>();

/**
 * A name for `info` that lookupKind() resolves to exactly it: the Kind where the preferred
 * match is this kind, else plural.version.group (a custom Event in another group, say).
 */
export function kindRef(info: KindInfo): string {
  const first = lookupKind(info.kind);
  return first && sameResource(first, info) && first.version === info.version ? info.kind : `${info.plural}.${info.version}.${info.group}`;
}

/** The resource name as kubectl and RBAC write it: plural, or plural.group. */
export const resourceName = (i: KindInfo): string => (i.group ? `${i.plural}.${i.group}` : i.plural);

/** The collection path of a kind, in a namespace when given and namespaced. */
export function collectionPath(info: KindInfo, namespace?: string): string {
  const base = info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
  return info.namespaced && namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${info.plural}` : `${base}/${info.plural}`;
}
