// kubexplain who-can <verb> <resource>[/<name>]: every subject some binding grants it to, each
// checked with a SubjectAccessReview. Users and ServiceAccounts are asked as themselves (with their
// implicit groups); a Group is asked as a synthetic member: no user name, groups [GROUP,
// system:authenticated]. Group membership itself cannot be read from the API.
import { subjectAccessReview } from '../src/cluster/access-review.js';
import type { AccessRequest, WhoCanSubject } from '../src/model/rbac.js';
import { isNonResourceRequest } from '../src/rbac/match.js';
import { whoCan } from '../src/rbac/resolve.js';
import { userInfoFor } from '../src/rbac/subjects.js';
import type { CommonOptions } from './main.js';
import { parseAccessRequest } from './rbac-args.js';
import { renderWhoCanText } from './rbac-output.js';
import { connect, liveSnapshot, orUnverified, writeJson } from './rbac-live.js';

/** Where to ask about a subject: the request's namespace, or for -A a namespace one of its grants applies in. */
function reviewRequest(request: AccessRequest, subj: WhoCanSubject): AccessRequest {
  if (isNonResourceRequest(request) || request.namespace !== undefined) return request;
  const clusterWide = subj.grants.some((g) => g.kind === 'superuser' || g.binding.kind === 'ClusterRoleBinding');
  const rb = subj.grants.find((g) => g.kind === 'rule' && g.binding.kind === 'RoleBinding');
  const namespace = clusterWide || !rb || rb.kind !== 'rule' ? '' : rb.binding.namespace ?? '';
  return { ...request, namespace };
}

export async function runWhoCan(verb: string, target: string, common: CommonOptions): Promise<void> {
  const live = connect(common);
  const request = parseAccessRequest(verb, target, { namespace: live.conn.namespace, all: !!common.allNamespaces }, 'who-can');
  const snapshot = await liveSnapshot(live, live.conn.namespace);
  const result = whoCan(snapshot, request);
  const opts = { timeoutMs: live.timeoutMs, debug: live.debug, counter: live.reader };
  let unverifiable = false;
  // A few reviews at a time: one per subject, and a cluster may have hundreds of subjects.
  for (let i = 0; i < result.subjects.length; i += 8) {
    await Promise.all(result.subjects.slice(i, i + 8).map(async (subj) => {
      const user = userInfoFor(subj);
      const review = await orUnverified(() => subjectAccessReview(live.conn, user, reviewRequest(request, subj), opts));
      if (!review) unverifiable = true;
      subj.verified = review?.allowed === true;
    }));
  }
  if (unverifiable) result.warnings.push('not allowed to create SubjectAccessReviews: subjects are unverified');
  if (result.subjects.some((x) => x.kind === 'Group')) {
    result.warnings.push('Groups were verified as a synthetic member (no user name; groups: the group and system:authenticated)');
  }
  if (common.output === 'json') writeJson(result);
  else process.stdout.write(renderWhoCanText(result));
}
