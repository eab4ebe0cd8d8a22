// kubexplain can <subject> <verb> <resource>[/<name>]: our RBAC reading (grants or near misses)
// next to the authorizer's own answer. Exit 0 allowed, 1 denied, as `kubectl auth can-i`; the
// authorizer's answer decides when it could be asked, our reading otherwise.
import { selfSubjectAccessReview, subjectAccessReview, whoAmI } from '../src/cluster/access-review.js';
import { detectLang } from '../src/i18n/lang.js';
import { ExitCode, usageError } from '../src/errors.js';
import { canI, withAuthorizer } from '../src/rbac/resolve.js';
import { parseSubject, userInfoFor } from '../src/rbac/subjects.js';
import type { CommonOptions } from './main.js';
import { parseAccessRequest } from './rbac-args.js';
import { renderCanMarkdown, renderCanText } from './rbac-output.js';
import { isOffline, OFFLINE_WARNING, offlineNamespace, offlineSnapshot } from './rbac-source.js';
import { connect, liveSnapshot, orUnverified, resolveCustomResource, writeJson } from './rbac-live.js';

export async function runCan(subjectText: string, verb: string, target: string, common: CommonOptions): Promise<void> {
  const subject = parseSubject(subjectText);
  let check;
  if (isOffline(common)) {
    if (subject.kind === 'Me')
      throw usageError('"me" needs a cluster to ask who you are', 'offline (-f) name the subject: user:NAME, group:NAME or sa:NS/NAME');
    const request = parseAccessRequest(verb, target, { namespace: offlineNamespace(common), all: !!common.allNamespaces }, 'can');
    const snapshot = await offlineSnapshot(common);
    check = withAuthorizer(canI(snapshot, userInfoFor(subject), request, { subject }), null);
    check.warnings.push(OFFLINE_WARNING);
    check.offline = true;
  } else {
    const live = connect(common);
    const custom = await resolveCustomResource(
      live,
      parseAccessRequest(verb, target, { namespace: live.conn.namespace, all: !!common.allNamespaces }, 'can'),
    );
    const request = custom.request;
    const opts = { timeoutMs: live.timeoutMs, debug: live.debug, counter: live.reader };
    // `me` is whoever the credentials authenticate as, with the authenticator's groups.
    const user = subject.kind === 'Me' ? await whoAmI(live.conn, opts) : userInfoFor(subject);
    const snapshot = await liveSnapshot(live, live.conn.namespace);
    const review = await orUnverified(() =>
      subject.kind === 'Me' ? selfSubjectAccessReview(live.conn, request, opts) : subjectAccessReview(live.conn, user, request, opts),
    );
    check = withAuthorizer(
      canI(snapshot, user, request, { subject }),
      review && { allowed: review.allowed, reason: review.reason || review.evaluationError },
    );
    if (custom.warning) check.warnings.push(custom.warning);
  }
  if (common.output === 'json') writeJson(check);
  else if (common.output === 'markdown')
    process.stdout.write(renderCanMarkdown(check, subjectText, isOffline(common), detectLang(common.lang)));
  else process.stdout.write(renderCanText(check, subjectText, isOffline(common), detectLang(common.lang)));
  const allowed = check.authorizer ? check.authorizer.allowed : check.allowed;
  process.exitCode = allowed ? ExitCode.ok : ExitCode.denied;
}
