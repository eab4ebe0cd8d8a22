// kubexplain access <subject>: a resources × verbs matrix of what the subject may do in a namespace
// (-n, the context's namespace) or cluster-wide (-A: ClusterRoleBindings only), each cell with the
// binding ← role that grants it, compared with the authorizer: a SelfSubjectRulesReview for `me`, a
// SubjectAccessReview per shown cell for anyone else (SelfSubjectAccessReview for `me -A`). With -f, from manifests (offline, unverified).
import { selfSubjectRulesReview, whoAmI } from '../src/cluster/access-review.js';
import { orUnverified, reviewAll } from '../src/cluster/rbac-live.js';
import { detectLang } from '../src/i18n/lang.js';
import { catalogsOfValue, loadCatalogs } from '../src/i18n/localize.js';
import { afterIo } from './after-io.js';
import type { AccessMatrix, RbacSnapshot, SubjectSpec, UserInfo } from '../src/model/rbac.js';
import { renderAccessMarkdown, renderAccessText } from '../src/render/access.js';
import { renderRbacJson } from '../src/render/rbac-json.js';
import { matrixResources, nonEmptyRows, subjectRisks } from '../src/rbac/access-rows.js';
import { cellsToVerify, withCellVerdicts, withRulesReview } from '../src/rbac/access-verify.js';
import { rm } from '../src/rbac/messages.js';
import { access, rulesFor } from '../src/rbac/resolve.js';
import { parseSubject, userInfoFor } from '../src/rbac/subjects.js';
import type { CommonOptions } from './main.js';
import { connect, isOffline, offlineNamespace, offlineSnapshot, rejectMeOffline, reviewOptions, scopedSnapshot } from './rbac-source.js';
import { stdout } from './stdout.js';

function matrixOf(snapshot: RbacSnapshot, user: UserInfo, namespace: string, subject: SubjectSpec): AccessMatrix {
  const applied = rulesFor(snapshot, user, namespace);
  return { ...access(snapshot, user, namespace, matrixResources(applied), { subject }), risks: subjectRisks(applied) };
}

export async function runAccess(subjectText: string, common: CommonOptions): Promise<void> {
  const subject = parseSubject(subjectText);
  const lang = detectLang(common.lang);
  // The rbac catalog says most of it and the table's labels: it loads while the cluster answers; any
  // other catalog once the matrix names it (every catalog cost ~4 ms of CPU).
  const catalogs = afterIo(() => loadCatalogs(lang, ['rbac']));
  let matrix: AccessMatrix;
  const offline = isOffline(common);
  if (offline) {
    rejectMeOffline(subject);
    const namespace = common.allNamespaces ? '' : offlineNamespace(common);
    matrix = matrixOf(await offlineSnapshot(common), userInfoFor(subject), namespace, subject);
    matrix = { ...matrix, offline: true, warnings: [...matrix.warnings, rm['warn.offline']()] };
  } else {
    const live = connect(common);
    const namespace = common.allNamespaces ? '' : live.conn.namespace;
    const opts = reviewOptions(live);
    const [user, snapshot] = await Promise.all([
      subject.kind === 'Me' ? whoAmI(live.conn, opts) : Promise.resolve(userInfoFor(subject)),
      scopedSnapshot(live, namespace),
    ]);
    matrix = matrixOf(snapshot, user, namespace, subject);
    if (subject.kind === 'Me' && namespace) {
      const review = await orUnverified(() => selfSubjectRulesReview(live.conn, namespace, opts));
      if (review) matrix = withRulesReview(matrix, review.rules, review.incomplete);
    } else {
      // A SelfSubjectRulesReview needs a namespace, so `access me -A` asks per cell like anyone else.
      const self = subject.kind === 'Me';
      const cells = cellsToVerify(matrix);
      const verdicts = await reviewAll(
        live.conn,
        cells.map((c) => ({ user: self ? ('self' as const) : user, request: c.request })),
        opts,
        16,
      );
      matrix = verdicts
        ? withCellVerdicts(
            matrix,
            cells,
            verdicts.map((v) => v.allowed),
            self ? 'SelfSubjectAccessReview' : 'SubjectAccessReview',
          )
        : { ...matrix, warnings: [...matrix.warnings, rm['warn.sarForbidden.matrix']()] };
    }
    if (live.debug) process.stderr.write(`debug: ${live.reader.requestCount} requests\n`);
  }
  // Only the rows where the subject may do something (the comparison above used them all).
  matrix = { ...matrix, rows: nonEmptyRows(matrix) };
  await catalogs;
  await loadCatalogs(lang, catalogsOfValue(matrix));
  if (common.output === 'json') stdout.write(renderRbacJson(matrix));
  else if (common.output === 'markdown') stdout.write(renderAccessMarkdown(matrix, lang, offline));
  else stdout.write(renderAccessText(matrix, lang, offline));
}
