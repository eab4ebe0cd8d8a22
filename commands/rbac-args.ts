// Turns the `<verb> <resource>[/<name>]` arguments of `can` and `who-can` into an AccessRequest.
//
// resource: pods | pods/log | deployments.apps | deploy (kubectl short names of built-in kinds) |
// widgets.example.com | /healthz (a leading "/" means a non-resource URL).
// `X/Y`: Y is a subresource when it is a known subresource of X (pods: log, exec, attach, portforward,
// proxy, status, eviction, binding, ephemeralcontainers; deployments, statefulsets, replicasets: scale,
// status; services and nodes: proxy, status); otherwise Y is an object name. `X/SUB/NAME` names both.
// Built-in resources come from a table (no request); a name with a group that is not built in is a custom
// resource, which the commands look up through discovery (resolveCustomResource). A name without a group
// that is not built in is a usage error with close names.
import { lookupKind } from '../src/cluster/kinds.js';
import { lookupBuiltinResource, suggestResources } from '../src/rbac/builtin-resources.js';
import { usageError } from '../src/errors.js';
import type { AccessRequest, ResourceRequest } from '../src/model/rbac.js';
import { sanitizeLine } from '../src/text/sanitize.js';
import { isKnownClusterScoped } from '../src/rbac/match.js';

const SUBRESOURCES: Record<string, readonly string[]> = {
  pods: ['log', 'exec', 'attach', 'portforward', 'proxy', 'status', 'eviction', 'binding', 'ephemeralcontainers'],
  deployments: ['scale', 'status'],
  statefulsets: ['scale', 'status'],
  replicasets: ['scale', 'status'],
  services: ['proxy', 'status'],
  nodes: ['proxy', 'status'],
};

const VERB = /^([a-z]+|\*)$/;

export interface Scope {
  /** -n, else the context's namespace. */
  namespace: string;
  /** -A: who-can asks about every namespace; can asks cluster-wide (ClusterRoleBindings only). */
  all: boolean;
}

export function isKnownSubresource(resource: string, sub: string): boolean {
  return SUBRESOURCES[resource]?.includes(sub) ?? false;
}

function groupAndResource(spec: string): { group: string; resource: string; clusterScoped?: boolean } {
  const kind = lookupKind(spec);
  if (kind) return { group: kind.group, resource: kind.plural, clusterScoped: !kind.namespaced };
  const builtin = lookupBuiltinResource(spec);
  if (builtin) return { group: builtin.group, resource: builtin.resource, ...(builtin.namespaced ? {} : { clusterScoped: true }) };
  const dot = spec.indexOf('.');
  const resource = dot < 0 ? spec : spec.slice(0, dot);
  const group = dot < 0 ? '' : spec.slice(dot + 1);
  // The core group holds only built-in resources: a name without a group that is not one is a typo
  // (or a custom resource named without its group). "*" is every resource.
  if (!group && resource !== '*') {
    const near = suggestResources(spec);
    throw usageError(
      `unknown resource "${sanitizeLine(spec)}"${near.length ? `: did you mean ${near.join(', ')}?` : ''}`,
      'custom resources need their API group, e.g. widgets.example.com',
    );
  }
  return { group, resource, ...(isKnownClusterScoped(group, resource) ? { clusterScoped: true } : {}) };
}

/**
 * The request for `verb` on `target`. who-can with -A gets namespace undefined (any namespace); can with
 * -A and every cluster-scoped resource get '' (cluster-wide).
 */
export function parseAccessRequest(verb: string, target: string, scope: Scope, mode: 'can' | 'who-can'): AccessRequest {
  if (!VERB.test(verb))
    throw usageError(`invalid verb ${JSON.stringify(sanitizeLine(verb))}`, 'e.g. get, list, create, update, delete, use');
  if (/[\u0000-\u001f\u007f-\u009f\s]/.test(target) || target === '') {
    throw usageError(`invalid resource ${JSON.stringify(sanitizeLine(target))}`, 'e.g. pods, pods/log, deployments.apps/web, /healthz');
  }
  if (target.startsWith('/')) return { verb, nonResourceURL: target };
  const parts = target.split('/');
  if (parts.length > 3 || parts.some((p) => p === '')) {
    throw usageError(`invalid resource ${JSON.stringify(sanitizeLine(target))}: expected RESOURCE[/SUBRESOURCE][/NAME]`);
  }
  const base = groupAndResource(parts[0]!.toLowerCase());
  const request: ResourceRequest = { verb, group: base.group, resource: base.resource };
  if (base.clusterScoped) request.clusterScoped = true;
  const [, second, third] = parts;
  if (second !== undefined) {
    if (isKnownSubresource(base.resource, second)) {
      request.subresource = second;
      if (third !== undefined) request.name = third;
    } else {
      if (third !== undefined) {
        throw usageError(
          `"${sanitizeLine(second)}" is not a known subresource of ${base.resource}`,
          'use RESOURCE/SUBRESOURCE/NAME, e.g. pods/log/web-1',
        );
      }
      request.name = second;
    }
  }
  if (base.clusterScoped) request.namespace = '';
  else if (scope.all) {
    if (mode === 'can') request.namespace = '';
  } else request.namespace = scope.namespace;
  return request;
}
