// kubexplain can <subject> <verb> <resource>[/<subresource>][/<name>]: our RBAC reading (grants or near
// misses) next to the authorizer's own answer. Exit as `kubectl auth can-i`: 0 allowed, 1 denied; and 8
// (unknown) when RBAC could not be read completely and the authorizer could not be asked.
import { ExitCode } from '../src/errors.js';
import { detectLang } from '../src/i18n/lang.js';
import { catalogsOfValue, loadCatalogs } from '../src/i18n/localize.js';
import type { AccessCheck } from '../src/model/rbac.js';
import { renderRbacJson } from '../src/render/rbac-json.js';
import { renderCanMarkdown, renderCanText } from '../src/render/rbac.js';
import { rm } from '../src/rbac/messages.js';
import { canI, withAuthorizer } from '../src/rbac/resolve.js';
import { parseSubject, userInfoFor } from '../src/rbac/subjects.js';
import type { CommonOptions } from './main.js';
import {
  answerCanLive,
  connect,
  isOffline,
  liveSnapshot,
  offlineNamespace,
  offlineSnapshot,
  rejectMeOffline,
  resolveRequest,
  reviewOptions,
} from './rbac-source.js';
import { stdout } from './stdout.js';
import { afterIo } from './after-io.js';

export async function runCan(
  subjectText: string,
  verb: string,
  target: string,
  common: CommonOptions,
  local: { name?: string } = {},
): Promise<void> {
  const subject = parseSubject(subjectText);
  const offline = isOffline(common);
  let check: AccessCheck;
  if (offline) {
    rejectMeOffline(subject);
    const scope = { namespace: offlineNamespace(common), all: !!common.allNamespaces, ...local };
    const { request } = await resolveRequest(null, verb, target, scope, 'can');
    check = withAuthorizer(canI(await offlineSnapshot(common), userInfoFor(subject), request, { subject }), null);
    check = { ...check, offline: true, warnings: [...check.warnings, rm['warn.offline']()] };
  } else {
    const live = connect(common);
    // The RBAC catalog loads while the cluster answers; any other the answer says loads below.
    const catalogs = afterIo(() => loadCatalogs(detectLang(common.lang), ['rbac']));
    const scope = { namespace: live.conn.namespace, all: !!common.allNamespaces, ...local };
    const { request, warnings } = await resolveRequest(live, verb, target, scope, 'can');
    check = await answerCanLive(live.conn, reviewOptions(live), liveSnapshot(live, live.conn.namespace), subject, request);
    await catalogs;
    check = { ...check, warnings: [...check.warnings, ...warnings] };
  }
  const lang = detectLang(common.lang);
  await loadCatalogs(lang, new Set(['rbac', ...catalogsOfValue(check)]));
  if (common.output === 'json') stdout.write(renderRbacJson(check));
  else if (common.output === 'markdown') stdout.write(renderCanMarkdown(check, subjectText, offline, lang));
  else stdout.write(renderCanText(check, subjectText, offline, lang));
  process.exitCode = check.answer === 'allowed' ? ExitCode.ok : check.answer === 'denied' ? ExitCode.denied : ExitCode.unknown;
}
