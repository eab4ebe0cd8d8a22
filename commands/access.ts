// kubexplain access <subject>: a resources × verbs matrix of what the subject may do in a namespace
// (-n, the context's namespace) or cluster-wide (-A: ClusterRoleBindings only), each cell with the
// binding ← role that grants it, compared with the authorizer: a SelfSubjectRulesReview for `me`, a
// SubjectAccessReview per shown cell for anyone else (SelfSubjectAccessReview for `me -A`). With -f, from manifests (offline, unverified).
import { selfSubjectAccessReview, selfSubjectRulesReview, subjectAccessReview, whoAmI } from '../src/cluster/access-review.js';
import { usageError } from '../src/errors.js';
import { detectLang } from '../src/i18n/lang.js';
import type { AccessMatrix, RbacSnapshot, UserInfo } from '../src/model/rbac.js';
import { matrixResources, nonEmptyRows, subjectRisks } from '../src/rbac/access-rows.js';
import { cellsToVerify, withCellVerdicts, withRulesReview } from '../src/rbac/access-verify.js';
import { access, rulesFor } from '../src/rbac/resolve.js';
import { parseSubject, userInfoFor } from '../src/rbac/subjects.js';
import { renderAccessMarkdown, renderAccessText } from './access-output.js';
import type { CommonOptions } from './main.js';
import { connect, orUnverified, scopedSnapshot, writeJson } from './rbac-live.js';
import { isOffline, OFFLINE_WARNING, offlineNamespace, offlineSnapshot } from './rbac-source.js';

async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

export async function runAccess(subjectText: string, common: CommonOptions): Promise<void> {
  const subject = parseSubject(subjectText);
  const lang = detectLang(common.lang);
  let matrix: AccessMatrix;
  const offline = isOffline(common);
  if (offline) {
    if (subject.kind === 'Me')
      throw usageError('"me" needs a cluster to ask who you are', 'offline (-f) name the subject: user:NAME, group:NAME or sa:NS/NAME');
    const snapshot = await offlineSnapshot(common);
    const namespace = common.allNamespaces ? '' : offlineNamespace(common);
    const user = userInfoFor(subject);
    const applied = rulesFor(snapshot, user, namespace);
    matrix = { ...access(snapshot, user, namespace, matrixResources(applied), { subject }), risks: subjectRisks(applied) };
    matrix = { ...matrix, offline: true, warnings: [...matrix.warnings, OFFLINE_WARNING] };
  } else {
    const live = connect(common);
    const namespace = common.allNamespaces ? '' : live.conn.namespace;
    const opts = { timeoutMs: live.timeoutMs, debug: live.debug, counter: live.reader };
    const [user, snapshot]: [UserInfo, RbacSnapshot] = await Promise.all([
      subject.kind === 'Me' ? whoAmI(live.conn, opts) : Promise.resolve(userInfoFor(subject)),
      scopedSnapshot(live, namespace),
    ]);
    const applied = rulesFor(snapshot, user, namespace);
    matrix = { ...access(snapshot, user, namespace, matrixResources(applied), { subject }), risks: subjectRisks(applied) };
    if (subject.kind === 'Me' && namespace) {
      const review = await orUnverified(() => selfSubjectRulesReview(live.conn, namespace, opts));
      if (review) matrix = withRulesReview(matrix, review.rules, review.incomplete);
    } else {
      // A SelfSubjectRulesReview needs a namespace, so `access me -A` asks per cell like anyone else.
      const self = subject.kind === 'Me';
      const cells = cellsToVerify(matrix);
      let forbidden = false;
      // Bounded: one review per shown cell, a handful at a time.
      const verdicts = await mapBounded(cells, 16, async (c) => {
        const v = forbidden
          ? null
          : await orUnverified(() =>
              self ? selfSubjectAccessReview(live.conn, c.request, opts) : subjectAccessReview(live.conn, user, c.request, opts),
            );
        if (!v) forbidden = true;
        return v?.allowed ?? false;
      });
      if (!forbidden) matrix = withCellVerdicts(matrix, cells, verdicts, self ? 'SelfSubjectAccessReview' : 'SubjectAccessReview');
      else matrix = { ...matrix, warnings: [...matrix.warnings, 'not allowed to create SubjectAccessReviews: the matrix is unverified'] };
    }
    if (live.debug) process.stderr.write(`debug: ${live.reader.requestCount} requests\n`);
  }
  // Only the rows where the subject may do something (the comparison above used them all).
  matrix = { ...matrix, rows: nonEmptyRows(matrix) };
  if (common.output === 'json') writeJson(matrix);
  else if (common.output === 'markdown') process.stdout.write(renderAccessMarkdown(matrix, lang, offline));
  else process.stdout.write(renderAccessText(matrix, lang, offline));
}
