// What `can` and `who-can` share: connect, read RBAC (all namespaces, RoleBindings included) and
// ask the authorizer, turning "not allowed to create SubjectAccessReviews" into "unverified".
import { loadKubeConfig, parseDuration, type Connection } from '../src/cluster/kubeconfig.js';
import { LiveReader } from '../src/cluster/reader.js';
import { readRbac } from '../src/cluster/rbac-reader.js';
import { ExitCode, KxError } from '../src/errors.js';
import type { AccessRequest, RbacSnapshot, WhoCan, WhoCanSubject } from '../src/model/rbac.js';
import { subjectAccessReview, type ReviewOptions } from '../src/cluster/access-review.js';
import { userInfoFor } from '../src/rbac/subjects.js';
import { discoverCustomResource } from '../src/cluster/discovery.js';
import { isBuiltinResource, suggestResources } from '../src/rbac/builtin-resources.js';
import { isNonResourceRequest } from '../src/rbac/match.js';
import { buildSnapshot } from '../src/rbac/snapshot.js';
import type { CommonOptions } from './main.js';

export interface Live {
  conn: Connection;
  reader: LiveReader;
  timeoutMs: number;
  debug: boolean;
}

export function connect(common: CommonOptions): Live {
  const conn = loadKubeConfig(common);
  const timeoutMs = parseDuration(common.requestTimeout ?? '30s');
  const debug = !!common.debug;
  return { conn, reader: new LiveReader(conn, timeoutMs, debug), timeoutMs, debug };
}

export async function liveSnapshot(live: Live, namespace: string): Promise<RbacSnapshot> {
  return buildSnapshot(await readRbac(live.reader, { all: true, namespace }));
}

/** What one subject's matrix needs: ClusterRoles and ClusterRoleBindings, and the Roles and RoleBindings of one namespace ('' = none). */
export async function scopedSnapshot(live: Live, namespace: string): Promise<RbacSnapshot> {
  return buildSnapshot(await readRbac(live.reader, namespace ? { namespace } : { clusterOnly: true }));
}

/** The review's answer, or null when the caller may not ask (403): the answer stays unverified. */
export async function orUnverified<T>(review: () => Promise<T>): Promise<T | null> {
  try {
    return await review();
  } catch (err) {
    if (err instanceof KxError && err.exitCode === ExitCode.forbidden) return null;
    throw err;
  }
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A resource that is not built in (widgets.example.com) is looked up through discovery: its scope decides
 * which bindings can grant it; an unserved one gets a warning with close names (RBAC may still name it).
 */
export async function resolveCustomResource(live: Live, request: AccessRequest): Promise<{ request: AccessRequest; warning?: string }> {
  if (
    isNonResourceRequest(request) ||
    request.resource === '*' ||
    request.group === '*' ||
    isBuiltinResource(request.group, request.resource)
  )
    return { request };
  const info = await discoverCustomResource(live.conn, request.group, request.resource, live.timeoutMs);
  const name = `${request.resource}.${request.group}`;
  if (info.served === true) {
    if (info.namespaced) return { request };
    return { request: { ...request, clusterScoped: true, namespace: '' } };
  }
  if (info.served === false) {
    const near = suggestResources(name, info.candidates);
    return {
      request,
      warning: `the API server serves no resource ${name}${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; RBAC rules may still name it`,
    };
  }
  return { request };
}

/** Where to ask about a subject: the request's namespace, or for -A a namespace one of its grants applies in. */
function reviewRequest(request: AccessRequest, subj: WhoCanSubject): AccessRequest {
  if (isNonResourceRequest(request) || request.namespace !== undefined) return request;
  const clusterWide = subj.grants.some((g) => g.kind === 'superuser' || g.binding.kind === 'ClusterRoleBinding');
  const rb = subj.grants.find((g) => g.kind === 'rule' && g.binding.kind === 'RoleBinding');
  const namespace = clusterWide || !rb || rb.kind !== 'rule' ? '' : (rb.binding.namespace ?? '');
  return { ...request, namespace };
}

/**
 * Asks the authorizer about each subject of a who-can answer (a SubjectAccessReview as that subject),
 * 32 in flight because a cluster may have hundreds of subjects. Without permission to create reviews
 * the answer stays unverified and says so.
 */
export async function verifyWhoCan(conn: Connection, result: WhoCan, opts: ReviewOptions): Promise<void> {
  let unverifiable = false;
  let next = 0;
  const worker = async () => {
    while (next < result.subjects.length && !unverifiable) {
      const subj = result.subjects[next++]!;
      const review = await orUnverified(() => subjectAccessReview(conn, userInfoFor(subj), reviewRequest(result.request, subj), opts));
      if (!review) unverifiable = true;
      subj.verified = review?.allowed === true;
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  if (unverifiable) result.warnings.push('not allowed to create SubjectAccessReviews: subjects are unverified');
  if (result.subjects.some((x) => x.kind === 'Group')) {
    result.warnings.push('Groups were verified as a synthetic member (no user name; groups: the group and system:authenticated)');
  }
}
