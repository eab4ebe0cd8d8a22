// The resources a Kubernetes v1.36 API server serves out of the box (kubectl api-resources on the sandbox),
// with kubectl's short names. `can`/`who-can` resolve a resource name against this table without asking
// the API server; only a name that is not here (a custom resource) is looked up through discovery.
import { editDistance } from '../text/edit-distance.js';
import { BUILTIN_SUBRESOURCES } from './data/subresources.js';

export interface BuiltinResource {
  group: string;
  resource: string;
  namespaced: boolean;
  short?: readonly string[];
}

const ns = (group: string, resource: string, ...short: string[]): BuiltinResource => ({
  group,
  resource,
  namespaced: true,
  ...(short.length ? { short } : {}),
});
const cl = (group: string, resource: string, ...short: string[]): BuiltinResource => ({
  group,
  resource,
  namespaced: false,
  ...(short.length ? { short } : {}),
});

export const BUILTIN_RESOURCES: readonly BuiltinResource[] = [
  ns('', 'bindings'),
  ns('', 'configmaps', 'cm'),
  ns('', 'endpoints', 'ep'),
  ns('', 'events', 'ev'),
  ns('', 'limitranges', 'limits'),
  ns('', 'persistentvolumeclaims', 'pvc'),
  ns('', 'pods', 'po'),
  ns('', 'podtemplates'),
  ns('', 'replicationcontrollers', 'rc'),
  ns('', 'resourcequotas', 'quota'),
  ns('', 'secrets'),
  ns('', 'serviceaccounts', 'sa'),
  ns('', 'services', 'svc'),
  cl('', 'componentstatuses', 'cs'),
  cl('', 'namespaces', 'ns'),
  cl('', 'nodes', 'no'),
  cl('', 'persistentvolumes', 'pv'),
  ns('apps', 'controllerrevisions'),
  ns('apps', 'daemonsets', 'ds'),
  ns('apps', 'deployments', 'deploy'),
  ns('apps', 'replicasets', 'rs'),
  ns('apps', 'statefulsets', 'sts'),
  ns('authorization.k8s.io', 'localsubjectaccessreviews'),
  ns('autoscaling', 'horizontalpodautoscalers', 'hpa'),
  ns('batch', 'cronjobs', 'cj'),
  ns('batch', 'jobs'),
  ns('coordination.k8s.io', 'leases'),
  ns('discovery.k8s.io', 'endpointslices'),
  ns('events.k8s.io', 'events', 'ev'),
  ns('networking.k8s.io', 'ingresses', 'ing'),
  ns('networking.k8s.io', 'networkpolicies', 'netpol'),
  ns('policy', 'poddisruptionbudgets', 'pdb'),
  ns('rbac.authorization.k8s.io', 'rolebindings'),
  ns('rbac.authorization.k8s.io', 'roles'),
  ns('resource.k8s.io', 'resourceclaims'),
  ns('resource.k8s.io', 'resourceclaimtemplates'),
  ns('storage.k8s.io', 'csistoragecapacities'),
  cl('admissionregistration.k8s.io', 'mutatingadmissionpolicies'),
  cl('admissionregistration.k8s.io', 'mutatingadmissionpolicybindings'),
  cl('admissionregistration.k8s.io', 'mutatingwebhookconfigurations'),
  cl('admissionregistration.k8s.io', 'validatingadmissionpolicies'),
  cl('admissionregistration.k8s.io', 'validatingadmissionpolicybindings'),
  cl('admissionregistration.k8s.io', 'validatingwebhookconfigurations'),
  cl('apiextensions.k8s.io', 'customresourcedefinitions', 'crd', 'crds'),
  cl('apiregistration.k8s.io', 'apiservices'),
  cl('authentication.k8s.io', 'selfsubjectreviews'),
  cl('authentication.k8s.io', 'tokenreviews'),
  cl('authorization.k8s.io', 'selfsubjectaccessreviews'),
  cl('authorization.k8s.io', 'selfsubjectrulesreviews'),
  cl('authorization.k8s.io', 'subjectaccessreviews'),
  cl('certificates.k8s.io', 'certificatesigningrequests', 'csr'),
  cl('flowcontrol.apiserver.k8s.io', 'flowschemas'),
  cl('flowcontrol.apiserver.k8s.io', 'prioritylevelconfigurations'),
  cl('networking.k8s.io', 'ingressclasses'),
  cl('networking.k8s.io', 'ipaddresses'),
  cl('networking.k8s.io', 'servicecidrs'),
  cl('node.k8s.io', 'runtimeclasses'),
  cl('rbac.authorization.k8s.io', 'clusterrolebindings'),
  cl('rbac.authorization.k8s.io', 'clusterroles'),
  cl('resource.k8s.io', 'deviceclasses'),
  cl('resource.k8s.io', 'resourceslices'),
  cl('scheduling.k8s.io', 'priorityclasses', 'pc'),
  cl('storage.k8s.io', 'csidrivers'),
  cl('storage.k8s.io', 'csinodes'),
  cl('storage.k8s.io', 'storageclasses', 'sc'),
  cl('storage.k8s.io', 'volumeattachments'),
  cl('storage.k8s.io', 'volumeattributesclasses'),
];

/**
 * The kubelet authorizes its own API by asking the API server about nodes subresources discovery does not list
 * (pkg/kubelet/server/auth.go): /stats → nodes/stats, /metrics → nodes/metrics, /logs → nodes/log, and so on.
 */
const KUBELET_SUBRESOURCES: readonly string[] = ['checkpoint', 'configz', 'healthz', 'log', 'metrics', 'pods', 'stats', 'statusz'];

/** The subresources of a built-in resource (none for an unknown one). */
export function builtinSubresources(group: string, resource: string): readonly string[] {
  const served = BUILTIN_SUBRESOURCES[`${group}/${resource}`] ?? [];
  return group === '' && resource === 'nodes' ? [...served, ...KUBELET_SUBRESOURCES] : served;
}

/** Every built-in "resource/subresource", for tests and close names. */
export function builtinSubresourcePairs(): { group: string; resource: string; subresource: string }[] {
  return Object.keys(BUILTIN_SUBRESOURCES).flatMap((key) => {
    const slash = key.indexOf('/');
    const [group, resource] = [key.slice(0, slash), key.slice(slash + 1)];
    return builtinSubresources(group, resource).map((subresource) => ({ group, resource, subresource }));
  });
}

const full = (r: BuiltinResource) => (r.group ? `${r.resource}.${r.group}` : r.resource);

/** pods | pods.  | po | deployments.apps | deploy — the first built-in resource the name denotes. */
export function lookupBuiltinResource(spec: string): BuiltinResource | undefined {
  const s = spec.toLowerCase();
  return BUILTIN_RESOURCES.find((r) => r.resource === s || full(r) === s || (r.short ?? []).includes(s));
}

export function isBuiltinResource(group: string, resource: string): boolean {
  return BUILTIN_RESOURCES.some((r) => r.group === group && r.resource === resource);
}

/**
 * Close names for an unknown resource: built-in names within edit distance 2 (of the whole name, or of the
 * resource part when no group was given), the same resource in a built-in group (deployments.extensions →
 * deployments.apps), names sharing its prefix; and `extra` names (e.g. from discovery) within distance 2.
 */
export function suggestResources(spec: string, extra: readonly string[] = []): string[] {
  const s = spec.toLowerCase();
  const base = s.split('.')[0]!;
  const grouped = s.includes('.');
  const scored: { n: string; d: number }[] = [];
  for (const r of BUILTIN_RESOURCES) {
    const n = full(r);
    let d = editDistance(n, s);
    if (grouped && r.resource === base) d = Math.min(d, 1);
    if (!grouped) d = Math.min(d, editDistance(r.resource, base), ...(r.short ?? []).map((x) => editDistance(x, base) + 1));
    if (d <= 2 || (base.length >= 3 && n.startsWith(base) && !grouped)) scored.push({ n, d });
  }
  for (const n of extra) {
    const d = editDistance(n, s);
    if (d <= 2) scored.push({ n, d });
  }
  scored.sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  return [...new Set(scored.filter((x) => x.n !== s).map((x) => x.n))].slice(0, 4);
}
