// The `<verb> <resource>[/<subresource>][/<name>]` arguments of `can` and `who-can`, as an AccessRequest.
//
// resource: pods | pods/log | deployments.apps | deploy (kubectl short names and kinds) | widgets.example.com |
// /healthz (a leading "/" means a non-resource URL). After RESOURCE/, a known subresource of the resource
// comes first, then the object name, which may itself contain "/": pods/log, pods/log/web-1, pods/web-1.
// Known subresources come from the built-in table (built-in resources) or from discovery (the rest; the
// caller passes them). A name that collides with a subresource (a Pod named "log") is given with --name;
// with --name, what follows RESOURCE/ is always a subresource, so unknown subresources can be asked too.
import { em, usageError } from '../errors.js';
import { quoted } from '../model/message.js';
import type { AccessRequest, ResourceRequest } from '../model/rbac.js';
import { builtinSubresources, lookupBuiltinResource, suggestResources } from './builtin-resources.js';
import { isKnownClusterScoped } from './match.js';

const VERB = /^([a-z]+|\*)$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Subresources custom resources can have; discovery says which ones a served resource has. */
export const CUSTOM_RESOURCE_SUBRESOURCES: readonly string[] = ['status', 'scale'];

export interface Scope {
  /** -n, else the context's namespace. */
  namespace: string;
  /** -A: who-can asks about every namespace; can asks cluster-wide (ClusterRoleBindings only). */
  all: boolean;
  /** --name: the object's name, said apart from the resource path (a name that collides with a subresource). */
  name?: string;
}

/** The resource part of a target, before the subresource and name are told apart. */
export interface Target {
  group: string;
  resource: string;
  clusterScoped?: boolean;
  /** Built into Kubernetes (its subresources are in the table). */
  builtin: boolean;
  /** What followed RESOURCE/, unresolved. */
  rest?: string;
}

/** A kind name outside the built-in table (e.g. from the kinds the cluster layer knows); optional. */
export type KindLookup = (spec: string) => { group: string; resource: string; clusterScoped?: boolean } | undefined;

function groupAndResource(spec: string, lookupKind?: KindLookup): Omit<Target, 'rest'> {
  const builtin = lookupBuiltinResource(spec);
  if (builtin)
    return { group: builtin.group, resource: builtin.resource, builtin: true, ...(builtin.namespaced ? {} : { clusterScoped: true }) };
  const kind = lookupKind?.(spec);
  if (kind) return { ...kind, builtin: !!lookupBuiltinResource(kind.group ? `${kind.resource}.${kind.group}` : kind.resource) };
  const dot = spec.indexOf('.');
  const resource = dot < 0 ? spec : spec.slice(0, dot);
  const group = dot < 0 ? '' : spec.slice(dot + 1);
  // The core group holds only built-in resources: a name without a group that is not one is a typo
  // (or a custom resource named without its group). "*" is every resource.
  if (!group && resource !== '*') {
    const near = suggestResources(spec);
    throw usageError(em['resource.unknown']({ resource: quoted(spec), ...(near.length ? { near } : {}) }), em['resource.unknown.hint']());
  }
  return { group, resource, builtin: false, ...(isKnownClusterScoped(group, resource) ? { clusterScoped: true } : {}) };
}

/** RESOURCE[/REST]: the resource, looked up; REST is kept for resolveTarget. */
export function parseTarget(target: string, lookupKind?: KindLookup): Target | { nonResourceURL: string } {
  if (target === '' || CONTROL.test(target) || /\s/.test(target)) {
    throw usageError(em['resource.invalid']({ resource: quoted(target) }), em['resource.invalid.hint']());
  }
  if (target.startsWith('/')) return { nonResourceURL: target };
  const slash = target.indexOf('/');
  const spec = (slash < 0 ? target : target.slice(0, slash)).toLowerCase();
  const rest = slash < 0 ? undefined : target.slice(slash + 1);
  if (rest !== undefined && (rest === '' || rest.startsWith('/') || rest.endsWith('/') || rest.includes('//'))) {
    throw usageError(em['resource.shape']({ resource: quoted(target) }));
  }
  return { ...groupAndResource(spec, lookupKind), ...(rest !== undefined ? { rest } : {}) };
}

/** The subresources known for a target without asking the cluster: the table, or those a CRD may have. */
export function knownSubresources(t: Target): readonly string[] {
  return t.builtin ? builtinSubresources(t.group, t.resource) : CUSTOM_RESOURCE_SUBRESOURCES;
}

/**
 * The request for `verb` on a parsed target, telling subresource and name apart with `subresources`.
 * who-can with -A gets namespace undefined (any namespace); can with -A and cluster-scoped resources get ''.
 */
export function accessRequest(
  verb: string,
  t: Target,
  scope: Scope,
  mode: 'can' | 'who-can',
  subresources: readonly string[] = knownSubresources(t),
): ResourceRequest {
  checkVerb(verb);
  const request: ResourceRequest = { verb, group: t.group, resource: t.resource };
  if (t.clusterScoped) request.clusterScoped = true;
  if (scope.name !== undefined) {
    if (scope.name === '' || CONTROL.test(scope.name)) throw usageError(em['name.invalid']({ name: quoted(scope.name) }));
    if (t.rest !== undefined) {
      if (t.rest.includes('/')) {
        throw usageError(em['name.withRest']({ resource: quoted(`${t.resource}/${t.rest}`) }));
      }
      request.subresource = t.rest;
    }
    request.name = scope.name;
  } else if (t.rest !== undefined) {
    const slash = t.rest.indexOf('/');
    const first = slash < 0 ? t.rest : t.rest.slice(0, slash);
    if (subresources.includes(first)) {
      request.subresource = first;
      if (slash >= 0) request.name = t.rest.slice(slash + 1);
    } else request.name = t.rest;
  }
  if (t.clusterScoped) request.namespace = '';
  else if (scope.all) {
    if (mode === 'can') request.namespace = '';
  } else request.namespace = scope.namespace;
  return request;
}

function checkVerb(verb: string): void {
  if (!VERB.test(verb)) throw usageError(em['verb.invalid']({ verb: quoted(verb) }), em['verb.invalid.hint']());
}

/** Both steps at once, with the subresources known without the cluster (offline, and built-in resources). */
export function parseAccessRequest(
  verb: string,
  target: string,
  scope: Scope,
  mode: 'can' | 'who-can',
  lookupKind?: KindLookup,
): AccessRequest {
  checkVerb(verb);
  const t = parseTarget(target, lookupKind);
  if ('nonResourceURL' in t) return { verb, nonResourceURL: t.nonResourceURL };
  return accessRequest(verb, t, scope, mode);
}
