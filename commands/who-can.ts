// kubexplain who-can <verb> <resource>[/<name>]: every subject some binding grants it to, each
// checked with a SubjectAccessReview. Users and ServiceAccounts are asked as themselves (with their
// implicit groups); a Group is asked as a synthetic member: no user name, groups [GROUP,
// system:authenticated]. Group membership itself cannot be read from the API.
import { detectLang } from '../src/i18n/lang.js';
import type { WhoCan } from '../src/model/rbac.js';
import { whoCan } from '../src/rbac/resolve.js';
import type { CommonOptions } from './main.js';
import { parseAccessRequest } from './rbac-args.js';
import { renderWhoCanMarkdown, renderWhoCanText } from './rbac-output.js';
import { isOffline, OFFLINE_WARNING, offlineNamespace, offlineSnapshot } from './rbac-source.js';
import { connect, liveSnapshot, resolveCustomResource, verifyWhoCan, writeJson } from './rbac-live.js';

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
    resolveCustomResource(
      live,
      parseAccessRequest(verb, target, { namespace: live.conn.namespace, all: !!common.allNamespaces }, 'who-can'),
    ),
    liveSnapshot(live, live.conn.namespace),
  ]);
  const request = custom.request;
  const result = whoCan(snapshot, request);
  if (custom.warning) result.warnings.push(custom.warning);
  if (local.verify === false) {
    result.warnings.push('not verified (--no-verify): no SubjectAccessReviews were made');
    return write(result, common, false);
  }
  await verifyWhoCan(live.conn, result, { timeoutMs: live.timeoutMs, debug: live.debug, counter: live.reader });
  if (live.debug) process.stderr.write(`debug: ${live.reader.requestCount} requests\n`);
  write(result, common, false);
}

function write(result: WhoCan, common: CommonOptions, offline: boolean): void {
  if (common.output === 'json') writeJson(result);
  else if (common.output === 'markdown') process.stdout.write(renderWhoCanMarkdown(result, offline, detectLang(common.lang)));
  else process.stdout.write(renderWhoCanText(result, offline, detectLang(common.lang)));
}
