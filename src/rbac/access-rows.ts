// Which rows an access matrix shows: a table of common built-in resources (with the subresources that
// matter for escalation), plus every concrete resource named by a rule the user holds, so custom
// resources granted to the subject appear too. Wildcard resources ("*") are covered by the table.
import type { AccessMatrix, AccessRow, ResourceKey, SubjectRisk } from '../model/rbac.js';
import { escalationRisks } from './risks.js';
import { isKnownClusterScoped } from './match.js';
import type { AppliedRules } from './resolve.js';

const r = (group: string, resource: string, subresource?: string): ResourceKey => {
  const key: ResourceKey = { group, resource };
  if (subresource) key.subresource = subresource;
  if (isKnownClusterScoped(group, resource)) key.clusterScoped = true;
  return key;
};

/** Built-in resources every matrix considers, in display order. */
export const COMMON_RESOURCES: readonly ResourceKey[] = [
  r('', 'pods'),
  r('', 'pods', 'log'),
  r('', 'pods', 'exec'),
  r('', 'pods', 'attach'),
  r('', 'pods', 'portforward'),
  r('', 'services'),
  r('', 'endpoints'),
  r('', 'configmaps'),
  r('', 'secrets'),
  r('', 'serviceaccounts'),
  r('', 'serviceaccounts', 'token'),
  r('', 'persistentvolumeclaims'),
  r('', 'events'),
  r('', 'resourcequotas'),
  r('', 'limitranges'),
  r('apps', 'deployments'),
  r('apps', 'deployments', 'scale'),
  r('apps', 'replicasets'),
  r('apps', 'statefulsets'),
  r('apps', 'daemonsets'),
  r('batch', 'jobs'),
  r('batch', 'cronjobs'),
  r('discovery.k8s.io', 'endpointslices'),
  r('networking.k8s.io', 'ingresses'),
  r('networking.k8s.io', 'networkpolicies'),
  r('autoscaling', 'horizontalpodautoscalers'),
  r('policy', 'poddisruptionbudgets'),
  r('rbac.authorization.k8s.io', 'roles'),
  r('rbac.authorization.k8s.io', 'rolebindings'),
  r('rbac.authorization.k8s.io', 'clusterroles'),
  r('rbac.authorization.k8s.io', 'clusterrolebindings'),
  r('', 'nodes'),
  r('', 'nodes', 'proxy'),
  r('', 'namespaces'),
  r('', 'persistentvolumes'),
  r('storage.k8s.io', 'storageclasses'),
  r('apiextensions.k8s.io', 'customresourcedefinitions'),
];

const keyOf = (k: ResourceKey) => `${k.group}\u0000${k.resource}\u0000${k.subresource ?? ''}`;

/** The common table plus the concrete resources of the rules that apply (no "*" resources or groups). */
export function matrixResources(applied: AppliedRules): ResourceKey[] {
  const out = [...COMMON_RESOURCES];
  const seen = new Set(out.map(keyOf));
  for (const g of [...applied.clusterWide, ...applied.inNamespace]) {
    const rule = g.rule;
    if (rule.nonResourceURLs?.length) continue;
    for (const group of rule.apiGroups ?? []) {
      if (group === '*') continue;
      for (const res of rule.resources ?? []) {
        const [resource, subresource] = res.split('/') as [string, string | undefined];
        if (!resource || resource === '*' || subresource === '*') continue;
        const k = r(group, resource, subresource);
        if (seen.has(keyOf(k))) continue;
        seen.add(keyOf(k));
        out.push(k);
      }
    }
  }
  return out;
}

/** Rows where the subject may do something (allowed or for named objects only). */
export function nonEmptyRows(matrix: AccessMatrix): AccessRow[] {
  return matrix.rows.filter((row) => row.cells.some((c) => c.allowed || (c.names?.length ?? 0) > 0));
}

/** "pods/log", "deployments.apps", "deployments.apps/scale". */
export function resourceLabel(k: ResourceKey): string {
  return `${k.resource}${k.group ? `.${k.group}` : ''}${k.subresource ? `/${k.subresource}` : ''}`;
}

/** Escalation risks among the rules a subject holds, each with the binding and role it comes through. */
export function subjectRisks(applied: AppliedRules): SubjectRisk[] {
  const out: SubjectRisk[] = [];
  const seen = new Set<string>();
  for (const g of [...applied.clusterWide, ...applied.inNamespace]) {
    for (const r of escalationRisks([g.rule])) {
      const key = `${r.id}\u0000${g.binding.kind}\u0000${g.binding.namespace ?? ''}\u0000${g.binding.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: r.id,
        reason: r.reason,
        binding: g.binding,
        role: g.role,
        ...(r.limitedToNames ? { limitedToNames: r.limitedToNames } : {}),
      });
    }
  }
  return out;
}
