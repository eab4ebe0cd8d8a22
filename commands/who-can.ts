// kubexplain who-can <verb> <resource>[/<subresource>][/<name>]: every subject some binding grants it to,
// each checked with a SubjectAccessReview (src/rbac/who-can-verify.ts says how). Group membership itself
// cannot be read from the API.
import { detectLang } from '../src/i18n/lang.js';
import { catalogsOfValue, loadCatalogs } from '../src/i18n/localize.js';
import type { WhoCan } from '../src/model/rbac.js';
import { renderRbacJson } from '../src/render/rbac-json.js';
import { renderWhoCanMarkdown, renderWhoCanText } from '../src/render/rbac.js';
import { rm } from '../src/rbac/messages.js';
import { whoCan } from '../src/rbac/resolve.js';
import type { CommonOptions } from './main.js';
import {
  answerWhoCanLive,
  connect,
  isOffline,
  liveSnapshot,
  offlineNamespace,
  offlineSnapshot,
  resolveRequest,
  reviewOptions,
} from './rbac-source.js';
import { stdout } from './stdout.js';
import { afterIo } from './after-io.js';

export async function runWhoCan(
  verb: string,
  target: string,
  common: CommonOptions,
  local: { verify?: boolean; name?: string } = {},
): Promise<void> {
  const name = local.name !== undefined ? { name: local.name } : {};
  if (isOffline(common)) {
    const scope = { namespace: offlineNamespace(common), all: !!common.allNamespaces, ...name };
    const { request } = await resolveRequest(null, verb, target, scope, 'who-can');
    const result = whoCan(await offlineSnapshot(common), request);
    return write({ ...result, offline: true, warnings: [...result.warnings, rm['warn.offline']()] }, common, true);
  }
  const live = connect(common);
  // The RBAC catalog loads while the cluster answers; write() loads any other the answer says.
  const catalogs = afterIo(() => loadCatalogs(detectLang(common.lang), ['rbac']));
  const scope = { namespace: live.conn.namespace, all: !!common.allNamespaces, ...name };
  const [{ request, warnings }, snapshot] = await Promise.all([
    resolveRequest(live, verb, target, scope, 'who-can'),
    liveSnapshot(live, live.conn.namespace),
  ]);
  const result = await answerWhoCanLive(live.conn, reviewOptions(live), snapshot, request, local.verify !== false);
  if (live.debug) process.stderr.write(`debug: ${live.reader.requestCount} requests\n`);
  await catalogs;
  await write({ ...result, warnings: [...result.warnings, ...warnings] }, common, false);
}

async function write(result: WhoCan, common: CommonOptions, offline: boolean): Promise<void> {
  const lang = detectLang(common.lang);
  await loadCatalogs(lang, new Set(['rbac', ...catalogsOfValue(result)]));
  if (common.output === 'json') stdout.write(renderRbacJson(result));
  else if (common.output === 'markdown') stdout.write(renderWhoCanMarkdown(result, offline, lang));
  else stdout.write(renderWhoCanText(result, offline, lang));
}
