// Kubernetes' own rule-matching semantics, from pkg/apis/rbac/v1/evaluation_helpers.go and
// plugin/pkg/auth/authorizer/rbac/rbac.go (RuleAllows). Exact and case-sensitive: no normalization.

import type { AccessRequest, NonResourceRequest, PolicyRule, ResourceRequest } from '../model/rbac.js';

export const VERB_ALL = '*';
export const API_GROUP_ALL = '*';
export const RESOURCE_ALL = '*';
export const NON_RESOURCE_ALL = '*';

export function isNonResourceRequest(request: AccessRequest): request is NonResourceRequest {
  return typeof (request as NonResourceRequest).nonResourceURL === 'string';
}

/** "*" or an exact, case-sensitive verb. */
export function verbMatches(rule: PolicyRule, verb: string): boolean {
  for (const v of rule.verbs ?? []) {
    if (v === VERB_ALL || v === verb) return true;
  }
  return false;
}

/** "*" or the exact group ('' is the core group). */
export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  for (const g of rule.apiGroups ?? []) {
    if (g === API_GROUP_ALL || g === group) return true;
  }
  return false;
}

/**
 * `combined` is "resource" or "resource/subresource". A rule resource matches when it is "*", equal to
 * `combined`, or "*\/subresource" for the requested subresource. "pods" does not match pods/log, and
 * "pods/*" is not a pattern (it only matches a subresource literally named "*").
 */
export function resourceMatches(rule: PolicyRule, combined: string, subresource: string): boolean {
  for (const r of rule.resources ?? []) {
    if (r === RESOURCE_ALL) return true;
    if (r === combined) return true;
    if (subresource.length === 0) continue;
    if (r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource)) return true;
  }
  return false;
}

/** An empty resourceNames list means all names; otherwise the exact name ("*" there is a literal name). */
export function resourceNameMatches(rule: PolicyRule, name: string): boolean {
  const names = rule.resourceNames ?? [];
  if (names.length === 0) return true;
  for (const n of names) {
    if (n === name) return true;
  }
  return false;
}

/** "*", the exact URL, or a prefix ending in "*" (all trailing "*" are trimmed, as strings.TrimRight does). */
export function nonResourceURLMatches(rule: PolicyRule, url: string): boolean {
  for (const u of rule.nonResourceURLs ?? []) {
    if (u === NON_RESOURCE_ALL) return true;
    if (u === url) return true;
    if (u.endsWith('*') && url.startsWith(u.replace(/\*+$/, ''))) return true;
  }
  return false;
}

export function combinedResource(request: Pick<ResourceRequest, 'resource' | 'subresource'>): string {
  return request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
}

/** RuleAllows: does this one rule allow this request (ignoring where the rule is bound)? */
export function ruleAllows(rule: PolicyRule, request: AccessRequest): boolean {
  if (isNonResourceRequest(request)) {
    return verbMatches(rule, request.verb) && nonResourceURLMatches(rule, request.nonResourceURL);
  }
  return (
    verbMatches(rule, request.verb) &&
    apiGroupMatches(rule, request.group) &&
    resourceMatches(rule, combinedResource(request), request.subresource ?? '') &&
    resourceNameMatches(rule, request.name ?? '')
  );
}

/** Whether a rule is about non-resource URLs only (it can't grant anything on resources). */
export function isNonResourceRule(rule: PolicyRule): boolean {
  return (rule.nonResourceURLs?.length ?? 0) > 0 && (rule.resources?.length ?? 0) === 0;
}

// ---------------------------------------------------------------------------------------------------
// Scope

/**
 * Built-in cluster-scoped resources (Kubernetes v1.36), keyed "group/resource". Used when the request does
 * not say (`clusterScoped` from discovery is authoritative, e.g. for custom resources).
 */
const CLUSTER_SCOPED = new Set<string>([
  '/nodes',
  '/namespaces',
  '/persistentvolumes',
  '/componentstatuses',
  'rbac.authorization.k8s.io/clusterroles',
  'rbac.authorization.k8s.io/clusterrolebindings',
  'storage.k8s.io/storageclasses',
  'storage.k8s.io/csidrivers',
  'storage.k8s.io/csinodes',
  'storage.k8s.io/volumeattachments',
  'storage.k8s.io/volumeattributesclasses',
  'apiextensions.k8s.io/customresourcedefinitions',
  'apiregistration.k8s.io/apiservices',
  'admissionregistration.k8s.io/mutatingwebhookconfigurations',
  'admissionregistration.k8s.io/validatingwebhookconfigurations',
  'admissionregistration.k8s.io/validatingadmissionpolicies',
  'admissionregistration.k8s.io/validatingadmissionpolicybindings',
  'admissionregistration.k8s.io/mutatingadmissionpolicies',
  'admissionregistration.k8s.io/mutatingadmissionpolicybindings',
  'certificates.k8s.io/certificatesigningrequests',
  'certificates.k8s.io/clustertrustbundles',
  'scheduling.k8s.io/priorityclasses',
  'node.k8s.io/runtimeclasses',
  'networking.k8s.io/ingressclasses',
  'networking.k8s.io/ipaddresses',
  'networking.k8s.io/servicecidrs',
  'flowcontrol.apiserver.k8s.io/flowschemas',
  'flowcontrol.apiserver.k8s.io/prioritylevelconfigurations',
  'authentication.k8s.io/tokenreviews',
  'authentication.k8s.io/selfsubjectreviews',
  'authorization.k8s.io/subjectaccessreviews',
  'authorization.k8s.io/selfsubjectaccessreviews',
  'authorization.k8s.io/selfsubjectrulesreviews',
  'resource.k8s.io/deviceclasses',
  'resource.k8s.io/resourceslices',
  'internal.apiserver.k8s.io/storageversions',
]);

export function isKnownClusterScoped(group: string, resource: string): boolean {
  return CLUSTER_SCOPED.has(`${group}/${resource}`);
}

export function isClusterScoped(request: Pick<ResourceRequest, 'group' | 'resource' | 'clusterScoped'>): boolean {
  return request.clusterScoped ?? isKnownClusterScoped(request.group, request.resource);
}

/**
 * The namespace the authorizer will see: '' for non-resource URLs and cluster-scoped resources, except that
 * a request on one namespace object by path (/api/v1/namespaces/NAME[/status]; not list/watch with a
 * field selector) carries namespace NAME, so a RoleBinding in NAME can grant `get namespaces/NAME`. undefined stays undefined ("any namespace").
 */
export function effectiveNamespace(request: AccessRequest): string | undefined {
  if (isNonResourceRequest(request)) return '';
  if (request.group === '' && request.resource === 'namespaces' && request.name && request.verb !== 'list' && request.verb !== 'watch') {
    return request.name;
  }
  if (isClusterScoped(request)) return '';
  return request.namespace;
}
