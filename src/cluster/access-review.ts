// The API server's own answer: SubjectAccessReview (any user+groups), SelfSubjectAccessReview (me),
// and SelfSubjectReview (who am I). These create-only review APIs are the one exception to
// read-only: they store nothing. Sent through the one HTTP helper, like LiveReader's reads.
import type { Connection } from './kubeconfig.js';
import { requestJson } from './http.js';
import type { AccessRequest, NonResourceRequest, PolicyRule, UserInfo } from '../model/rbac.js';

export interface ReviewVerdict {
  allowed: boolean;
  denied: boolean;
  reason: string;
  evaluationError: string;
}

/** Counts review requests (tests and --debug); shared by the calls that pass it. */
export interface RequestCounter {
  requestCount: number;
}

export interface ReviewOptions {
  timeoutMs?: number;
  counter?: RequestCounter;
  debug?: boolean;
}

function post(conn: Connection, path: string, resource: string, body: object, opts: ReviewOptions): Promise<Record<string, unknown>> {
  return requestJson<Record<string, unknown>>(conn, {
    method: 'POST',
    path,
    body: JSON.stringify(body),
    desc: { verb: 'create', resource },
    timeoutMs: opts.timeoutMs ?? 30_000,
    ...(opts.debug ? { debug: true } : {}),
    ...(opts.counter ? { counter: opts.counter } : {}),
  });
}

/** The request part of a review spec: resourceAttributes or nonResourceAttributes. */
function attributes(request: AccessRequest): Record<string, unknown> {
  if ('nonResourceURL' in request) {
    const r = request as NonResourceRequest;
    return { nonResourceAttributes: { path: r.nonResourceURL, verb: r.verb } };
  }
  const ra: Record<string, string> = { verb: request.verb, group: request.group, resource: request.resource };
  if (request.subresource) ra.subresource = request.subresource;
  if (request.name) ra.name = request.name;
  // undefined (any namespace) and '' both mean "cluster-wide" to the authorizer.
  if (request.namespace) ra.namespace = request.namespace;
  return { resourceAttributes: ra };
}

function verdict(review: Record<string, unknown>): ReviewVerdict {
  const s = (review.status ?? {}) as { allowed?: boolean; denied?: boolean; reason?: string; evaluationError?: string };
  return { allowed: s.allowed === true, denied: s.denied === true, reason: s.reason ?? '', evaluationError: s.evaluationError ?? '' };
}

/**
 * Asks the authorizer about another user. Groups are sent as given: the apiserver does NOT add
 * system:authenticated or the ServiceAccount groups to a SAR, so pass userInfoFor()'s groups.
 */
export async function subjectAccessReview(
  conn: Connection,
  user: UserInfo,
  request: AccessRequest,
  opts: ReviewOptions = {},
): Promise<ReviewVerdict> {
  const spec: Record<string, unknown> = { ...attributes(request), groups: user.groups };
  if (user.username) spec.user = user.username;
  if (user.uid) spec.uid = user.uid;
  if (user.extra) spec.extra = user.extra;
  const review = await post(
    conn,
    '/apis/authorization.k8s.io/v1/subjectaccessreviews',
    'subjectaccessreviews.authorization.k8s.io',
    { apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview', spec },
    opts,
  );
  return verdict(review);
}

/** Asks the authorizer about the kubeconfig's own user (always permitted). */
export async function selfSubjectAccessReview(conn: Connection, request: AccessRequest, opts: ReviewOptions = {}): Promise<ReviewVerdict> {
  const review = await post(
    conn,
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    'selfsubjectaccessreviews.authorization.k8s.io',
    { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: attributes(request) },
    opts,
  );
  return verdict(review);
}

/** Who the kubeconfig's credentials authenticate as, with every group the authenticator added. */
export async function whoAmI(conn: Connection, opts: ReviewOptions = {}): Promise<UserInfo> {
  const review = await post(
    conn,
    '/apis/authentication.k8s.io/v1/selfsubjectreviews',
    'selfsubjectreviews.authentication.k8s.io',
    { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
    opts,
  );
  const ui =
    ((review.status ?? {}) as { userInfo?: { username?: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> } })
      .userInfo ?? {};
  const user: UserInfo = { username: ui.username ?? '', groups: ui.groups ?? [] };
  if (ui.uid) user.uid = ui.uid;
  if (ui.extra) user.extra = ui.extra;
  return user;
}

export interface RulesReview {
  rules: PolicyRule[];
  incomplete: boolean;
  evaluationError: string;
}

/** The rules the authorizer holds for the kubeconfig's own user in a namespace (kubectl auth can-i --list). */
export async function selfSubjectRulesReview(conn: Connection, namespace: string, opts: ReviewOptions = {}): Promise<RulesReview> {
  const review = await post(
    conn,
    '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews',
    'selfsubjectrulesreviews.authorization.k8s.io',
    { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: { namespace } },
    opts,
  );
  const s = (review.status ?? {}) as {
    resourceRules?: PolicyRule[];
    nonResourceRules?: PolicyRule[];
    incomplete?: boolean;
    evaluationError?: string;
  };
  return {
    rules: [...(s.resourceRules ?? []), ...(s.nonResourceRules ?? [])].map((r) => ({ ...r, verbs: r.verbs ?? [] })),
    incomplete: s.incomplete === true,
    evaluationError: s.evaluationError ?? '',
  };
}
