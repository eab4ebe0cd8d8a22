// Which questions confirm a who-can answer, and what their verdicts mean: each subject is asked as itself
// (Users and ServiceAccounts with their implicit groups); a Group as a synthetic member: no user name,
// groups [GROUP, system:authenticated]. Pure: the reviews are made in src/cluster/rbac-live.ts.
import type { AccessRequest, WhoCan, WhoCanSubject } from '../model/rbac.js';
import { isNonResourceRequest } from './match.js';
import { rm } from './messages.js';
import { userInfoFor } from './subjects.js';

/** Where to ask about a subject: the request's namespace, or for -A a namespace one of its grants applies in. */
function reviewRequest(request: AccessRequest, subj: WhoCanSubject): AccessRequest {
  if (isNonResourceRequest(request) || request.namespace !== undefined) return request;
  const clusterWide = subj.grants.some((g) => g.kind === 'superuser' || g.binding.kind === 'ClusterRoleBinding');
  const rb = subj.grants.find((g) => g.kind === 'rule' && g.binding.kind === 'RoleBinding');
  const namespace = clusterWide || !rb || rb.kind !== 'rule' ? '' : (rb.binding.namespace ?? '');
  return { ...request, namespace };
}

export function whoCanQuestions(result: WhoCan) {
  return result.subjects.map((subj) => ({ user: userInfoFor(subj), request: reviewRequest(result.request, subj) }));
}

/** The answer with each subject's verdict (same order as whoCanQuestions); null: reviews were forbidden. */
export function withWhoCanVerdicts(result: WhoCan, verdicts: readonly { allowed: boolean }[] | null): WhoCan {
  const subjects = result.subjects.map((s, i) => ({ ...s, verified: verdicts?.[i]?.allowed === true }));
  const warnings = [...result.warnings];
  if (!verdicts) warnings.push(rm['warn.sarForbidden.subjects']());
  if (subjects.some((x) => x.kind === 'Group')) warnings.push(rm['warn.groupsSynthetic']());
  return { ...result, subjects, warnings };
}
