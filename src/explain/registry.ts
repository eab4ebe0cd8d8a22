// kind → explainer, registered once by API group and kind. Each explainer module loads on use, so a
// command links only the explainer it runs. The kind lists of --help, the README and the TUI come
// from here. Kinds without an entry get the generic explanation.
import type { Explainer } from './contract.js';

export interface Registration {
  group: string;
  kind: string;
  load: () => Promise<Explainer>;
}

// The module is imported once: `check` asks for a kind's explainer once per object, and every import()
// of a loaded chunk still goes through the module loader's resolution.
const entry = (group: string, kind: string, load: () => Promise<{ explainer: Explainer }>): Registration => {
  let loaded: Promise<Explainer> | undefined;
  return { group, kind, load: () => (loaded ??= load().then((m) => m.explainer)) };
};

export const REGISTRY: readonly Registration[] = [
  entry('', 'Pod', () => import('./pod.js')),
  entry('apps', 'Deployment', () => import('./deployment.js')),
  entry('apps', 'ReplicaSet', () => import('./replicaset.js')),
  entry('apps', 'StatefulSet', () => import('./statefulset.js')),
  entry('apps', 'DaemonSet', () => import('./daemonset.js')),
  entry('batch', 'Job', () => import('./job.js')),
  entry('batch', 'CronJob', () => import('./cronjob.js')),
  entry('', 'ConfigMap', () => import('./configmap.js')),
  entry('', 'Secret', () => import('./secret.js')),
  entry('', 'Node', () => import('./node.js')),
  entry('', 'Namespace', () => import('./namespace.js')),
  entry('', 'PersistentVolumeClaim', () => import('./pvc.js')),
  entry('', 'PersistentVolume', () => import('./pv.js')),
  entry('storage.k8s.io', 'StorageClass', () => import('./storageclass.js')),
  entry('autoscaling', 'HorizontalPodAutoscaler', () => import('./hpa.js')),
  entry('networking.k8s.io', 'NetworkPolicy', () => import('./networkpolicy.js')),
  entry('', 'ResourceQuota', () => import('./resourcequota.js')),
  entry('', 'LimitRange', () => import('./limitrange.js')),
  entry('networking.k8s.io', 'IngressClass', () => import('./ingressclass.js')),
  entry('scheduling.k8s.io', 'PriorityClass', () => import('./priorityclass.js')),
  entry('', 'Endpoints', () => import('./endpoints.js')),
  entry('policy', 'PodDisruptionBudget', () => import('./pdb.js')),
  entry('', 'Event', () => import('./event.js')),
  entry('events.k8s.io', 'Event', () => import('./event.js')),
  entry('gateway.networking.k8s.io', 'GatewayClass', () => import('./gatewayclass.js')),
  entry('gateway.networking.k8s.io', 'Gateway', () => import('./gateway.js')),
  entry('gateway.networking.k8s.io', 'HTTPRoute', () => import('./httproute.js')),
  entry('gateway.networking.k8s.io', 'GRPCRoute', () => import('./grpcroute.js')),
  entry('gateway.networking.k8s.io', 'ReferenceGrant', () => import('./referencegrant.js')),
  entry('', 'ServiceAccount', () => import('./serviceaccount.js')),
  entry('rbac.authorization.k8s.io', 'Role', () => import('./rbac-role.js')),
  entry('rbac.authorization.k8s.io', 'ClusterRole', () => import('./rbac-role.js')),
  entry('rbac.authorization.k8s.io', 'RoleBinding', () => import('./rbac-binding.js')),
  entry('rbac.authorization.k8s.io', 'ClusterRoleBinding', () => import('./rbac-binding.js')),
  entry('', 'Service', () => import('./service.js')),
  entry('networking.k8s.io', 'Ingress', () => import('./ingress.js')),
  entry('discovery.k8s.io', 'EndpointSlice', () => import('./endpointslice.js')),
];

export function registrationFor(group: string, kind: string): Registration | undefined {
  return REGISTRY.find((r) => r.group === group && r.kind === kind);
}
