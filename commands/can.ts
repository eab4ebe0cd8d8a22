// kubexplain can <subject> <verb> <resource>[/<name>]: our RBAC reading (grants or near misses)
// next to the authorizer's own answer. Exit 0 allowed, 1 denied, as `kubectl auth can-i`; the
// authorizer's answer decides when it could be asked, our reading otherwise.
import { selfSubjectAccessReview, subjectAccessReview, whoAmI } from '../src/cluster/access-review.js';
import { ExitCode } from '../src/errors.js';
import { canI, withAuthorizer } from '../src/rbac/resolve.js';
import { parseSubject, userInfoFor } from '../src/rbac/subjects.js';
import type { CommonOptions } from './main.js';
import { parseAccessRequest } from './rbac-args.js';
import { renderCanText } from './rbac-output.js';
import { connect, liveSnapshot, orUnverified, writeJson } from './rbac-live.js';

export async function runCan(subjectText: string, verb: string, target: string, common: CommonOptions): Promise<void> {
  const subject = parseSubject(subjectText);
  const live = connect(common);
  const request = parseAccessRequest(verb, target, { namespace: live.conn.namespace, all: !!common.allNamespaces }, 'can');
  const opts = { timeoutMs: live.timeoutMs, debug: live.debug, counter: live.reader };
  // `me` is whoever the credentials authenticate as, with the authenticator's groups.
  const user = subject.kind === 'Me' ? await whoAmI(live.conn, opts) : userInfoFor(subject);
  const snapshot = await liveSnapshot(live, live.conn.namespace);
  const review = await orUnverified(() =>
    subject.kind === 'Me' ? selfSubjectAccessReview(live.conn, request, opts) : subjectAccessReview(live.conn, user, request, opts),
  );
  const check = withAuthorizer(canI(snapshot, user, request, { subject }), review && { allowed: review.allowed, reason: review.reason || review.evaluationError });
  if (common.output === 'json') writeJson(check);
  else process.stdout.write(renderCanText(check, subjectText));
  const allowed = check.authorizer ? check.authorizer.allowed : check.allowed;
  process.exitCode = allowed ? ExitCode.ok : ExitCode.denied;
}
