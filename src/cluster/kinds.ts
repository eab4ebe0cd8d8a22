// Built-in kinds the tool reads, with their API paths, so reading them needs no discovery
// request. Short names follow kubectl.
export interface KindInfo {
  kind: string;
  group: string; // '' for the core group
  version: string;
  plural: string;
  namespaced: boolean;
  short: string[];
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
  k('Event', '', 'v1', 'events', true, 'ev'),
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
];

/** Finds a kind by kubectl-style name: Kind, plural, singular, short name, or plural.group. */
export function lookupKind(name: string): KindInfo | undefined {
  const n = name.toLowerCase();
  return KINDS.find((i) => {
    const full = i.group ? `${i.plural}.${i.group}` : i.plural;
    return i.kind.toLowerCase() === n || i.plural === n || full === n || i.short.includes(n) || `${i.kind.toLowerCase()}.${i.group}` === n;
  });
}

/** The collection path of a kind, in a namespace when given and namespaced. */
export function collectionPath(info: KindInfo, namespace?: string): string {
  const base = info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
  return info.namespaced && namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${info.plural}` : `${base}/${info.plural}`;
}
