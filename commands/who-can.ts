// kubexplain who-can <verb> <resource>[/<name>]: every subject some binding grants it to, each
// checked with a SubjectAccessReview. Users and ServiceAccounts are asked as themselves (with their
// implicit groups); a Group is asked as a synthetic member: no user name, groups [GROUP,
// system:authenticated]. Group membership itself cannot be read from the API.
import { detectLang } from '../src/i18n/lang.js';
import { subjectAccessReview } from '../src/cluster/access-review.js';
import type { AccessRequest, WhoCan, WhoCanSubject } from '../src/model/rbac.js';
import { isNonResourceRequest } from '../src/rbac/match.js';
import { whoCan } from '../src/rbac/resolve.js';
import { userInfoFor } from '../src/rbac/subjects.js';
import type { CommonOptions } from './main.js';
import { parseAccessRequest } from './rbac-args.js';
import { renderWhoCanMarkdown, renderWhoCanText } from './rbac-output.js';
import { isOffline, OFFLINE_WARNING, offlineNamespace, offlineSnapshot } from './rbac-source.js';
import { connect, liveSnapshot, orUnverified, resolveCustomResource, writeJson } from './rbac-live.js';

/** Where to ask about a subject: the request's namespace, or for -A a namespace one of its grants applies in. */
function reviewRequest(request: AccessRequest, subj: WhoCanSubject): AccessRequest {
  if (isNonResourceRequest(request) || request.namespace !== undefined) return request;
  const clusterWide = subj.grants.some((g) => g.kind === 'superuser' || g.binding.kind === 'ClusterRoleBinding');
  const rb = subj.grants.find((g) => g.kind === 'rule' && g.binding.kind === 'RoleBinding');
  const namespace = clusterWide || !rb || rb.kind !== 'rule' ? '' : rb.binding.namespace ?? '';
  return { ...request, namespace };
}

export async function runWhoCan(verb: string, target: string, common: CommonOptions, local: { verify?: boolean } = {}): Promise<void> {
  if (isOffline(common)) {
    const request = parseAccessRequest(verb, target, { namespace: offlineNamespace(common), all: !!common.allNamespaces }, 'who-can');
    const result = whoCan(await offlineSnapshot(common), request);
    result.warnings.push(OFFLINE_WARNING);
    result.offline = true;
    return write(result, common, true);
  }
  const live = connect(common);
  const [custom, snapshot] = await Promise.all([
    resolveCustomResource(live, parseAccessRequest(verb, target, { namespace: live.conn.namespace, all: !!common.allNamespaces }, 'who-can')),
    liveSnapshot(live, live.conn.namespace),
  ]);
  const request = custom.request;
  const result = whoCan(snapshot, request);
  if (custom.warning) result.warnings.push(custom.warning);
  if (local.verify === false) {
    result.warnings.push('not verified (--no-verify): no SubjectAccessReviews were made');
    return write(result, common, false);
  }
  const opts = { timeoutMs: live.timeoutMs, debug: live.debug, counter: live.reader };
  let unverifiable = false;
  // Bounded concurrency: one review per subject, and a cluster may have hundreds of subjects.
  let next = 0;
  const worker = async () => {
    while (next < result.subjects.length && !unverifiable) {
      const subj = result.subjects[next++]!;
      const review = await orUnverified(() => subjectAccessReview(live.conn, userInfoFor(subj), reviewRequest(request, subj), opts));
      if (!review) unverifiable = true;
      subj.verified = review?.allowed === true;
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  if (unverifiable) result.warnings.push('not allowed to create SubjectAccessReviews: subjects are unverified');
  if (result.subjects.some((x) => x.kind === 'Group')) {
    result.warnings.push('Groups were verified as a synthetic member (no user name; groups: the group and system:authenticated)');
  }
  if (live.debug) process.stderr.write(`debug: ${live.reader.requestCount} requests\n`);
  write(result, common, false);
}

function write(result: WhoCan, common: CommonOptions, offline: boolean): void {
  if (common.output === 'json') writeJson(result);
  else if (common.output === 'markdown') process.stdout.write(renderWhoCanMarkdown(result, offline, detectLang(common.lang)));
  else process.stdout.write(renderWhoCanText(result, offline, detectLang(common.lang)));
}
