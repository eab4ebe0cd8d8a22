// `kubexplain explain <kind>/<name>`: parse the target, connect, run the kind's explainer, render.
import type { CommonOptions } from './main.js';
import { ExitCode, KxError, em, usageError } from '../src/errors.js';
import { kindRef, type KindInfo } from '../src/cluster/kinds.js';
import {
  DiscoveryError,
  diskCache,
  discoverKinds,
  requester,
  resolveKindName,
  type DiscoveryCache,
  type ResolveOptions,
} from '../src/cluster/discovery.js';
import { cacheDir } from '../src/docs/load.js';
import type { Message } from '../src/model/message.js';
import type { Reader } from '../src/cluster/reader.js';
import { openLiveReader } from './open-reader.js';
import { checkSegment } from '../src/cluster/paths.js';
import { explainerFor } from './run-explain.js';
import { annotate } from '../src/docs/annotate.js';
import { loadDocIndex } from '../src/docs/load.js';
import { detectLang, type Lang } from '../src/i18n/lang.js';
import { renderText, useColor } from '../src/render/text.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import type { Explanation } from '../src/model/explanation.js';
import type { Severity } from '../src/model/finding.js';
import { catalogsIn, loadCatalogs, say } from '../src/i18n/localize.js';
import { builders, quoted } from '../src/model/message.js';
import type { cliEn } from '../src/i18n/messages/cli.js';
import { reportError } from './report-error.js';
import { afterIo } from './after-io.js';
import { stdout } from './stdout.js';

const cli = builders<typeof cliEn>('cli');

interface Target {
  kind: KindInfo;
  name: string;
  /** What resolving the kind's name taught (another group serves it too; discovery failed). */
  notes: Message[];
}

/**
 * kind/name → kind and name. Built-in kind names resolve without a request; others through
 * discovery (cached on disk), when `resolve` gives it; unknown ones exit 2 with close names.
 */
export async function parseTarget(target: string, resolve: ResolveOptions = {}): Promise<Target> {
  const slash = target.indexOf('/');
  const kindText = slash < 0 ? target : target.slice(0, slash);
  const name = slash < 0 ? '' : target.slice(slash + 1);
  const { info: kind, notes } = await resolveKindName(kindText, resolve);
  if (!name)
    throw usageError(
      em['target.noName']({ target: quoted(target) }),
      em['explain.noName.hint']({ kind: kind.kind.toLowerCase(), short: kind.short[0] ?? kind.kind.toLowerCase() }),
    );
  // Before any request: a dot or slash name would make another URL (and some explainers list first).
  checkSegment(kind.kind, name);
  return { kind, name, notes };
}

/** kubectl's target forms: `TYPE/NAME…` (kinds may differ) or `TYPE NAME…`; with -l, `TYPE` alone. */
export async function parseTargets(args: string[], selector?: string, resolve: ResolveOptions = {}): Promise<Target[]> {
  const [first, ...rest] = args;
  if (!first) throw usageError(em['explain.needsTarget'](), em['explain.needsTarget.hint']());
  if (first.includes('/')) {
    const bad = rest.find((a) => !a.includes('/'));
    if (bad) throw usageError(em['explain.noKind']({ arg: quoted(bad), first }), em['explain.noKind.hint']({ first, arg: bad }));
    if (selector) throw usageError(em['explain.selectorWithName'](), em['explain.selectorWithName.hint']());
    return Promise.all(args.map((a) => parseTarget(a, resolve)));
  }
  if (selector) {
    if (rest.length)
      throw usageError(em['explain.selectorAndNames'](), em['explain.selectorAndNames.hint']({ first, selector, rest: rest.join(' ') }));
    return [{ ...(await parseTarget(`${first}/-`, resolve)), name: '' }];
  }
  if (!rest.length) await parseTarget(first, resolve); // unknown kind, or "missing name" with an example
  return Promise.all(rest.map((name) => parseTarget(`${first}/${name}`, resolve)));
}

type ExplainOptions = CommonOptions & { selector?: string };

export async function explainCommand(args: string | string[], opts: ExplainOptions): Promise<void> {
  const manifests = !!opts.filename?.length;
  // Connect only once needed: a built-in kind name never asks the cluster for discovery.
  let live: ReturnType<typeof liveReader> | undefined;
  const connect = () => (live ??= liveReader(opts));
  const resolve: ResolveOptions = manifests
    ? {}
    : {
        // No kubeconfig or no cluster: discovery failed, and the built-in table answers.
        discover: async () => {
          let c: ReturnType<typeof liveReader>;
          try {
            c = connect();
          } catch (err) {
            throw new DiscoveryError('failed', 0, { cause: err });
          }
          return c.discover();
        },
        cache: { load: () => attempt(() => connect().cache.load()), save: (d) => connect().cache.save(d) },
      };
  const targets = await parseTargets(typeof args === 'string' ? [args] : args, opts.selector, resolve);
  // -A means something only with -l (every match in every namespace); one object lives in one namespace.
  if (opts.allNamespaces && !opts.selector) throw usageError(em['explain.oneNamespace'](), em['explain.oneNamespace.hint']());
  const lang = detectLang(opts.lang);
  const { reader, namespace } = manifests ? await offlineReader(targets[0]!.kind, opts) : connect();
  // The document index and the catalogs load after a turn of the event loop each (afterIo): the TLS
  // handshake (liveReader preconnects) and the first reads go on between them.
  const docsLoading = afterIo(() => loadDocIndex({ docs: opts.docs ?? [], annotateOnly: true }));
  const offline = opts.filename?.length ? [cli.offlineRead({ files: opts.filename.join(', ') })] : [];
  // Only the catalogs said here; each explanation loads its own (src/i18n/localize.ts).
  // cli: the labels of the text and Markdown output.
  const catalogs = docsLoading.then(() =>
    afterIo(() => loadCatalogs(lang, new Set(['cli', ...catalogsIn([...offline, ...targets.flatMap((t) => t.notes)])]))),
  );
  const explainOne = async (kind: KindInfo, name: string, ns: string, notes: readonly Message[]) => {
    const [explained, docs] = await Promise.all([explainerFor(kind)(reader, name, ns, lang), docsLoading, catalogs]);
    await loadCatalogs(lang, catalogsIn(docs.warnings));
    return {
      ...explained,
      findings: annotate(explained.findings, docs.index, lang),
      warnings: [...[...offline, ...notes].map((n) => say(n, lang)), ...explained.warnings, ...docs.warnings.map((w) => say(w, lang))],
    };
  };

  let matches: { kind: KindInfo; name: string; namespace: string; notes: Message[] }[];
  if (opts.selector) {
    const { kind, notes } = targets[0]!;
    const items = await reader.list(kindRef(kind), { labelSelector: opts.selector, ...(opts.allNamespaces ? {} : { namespace }) });
    matches = items.map((o) => ({ kind, name: o.metadata?.name ?? '', namespace: o.metadata?.namespace ?? namespace, notes }));
  } else matches = targets.map((t) => ({ ...t, namespace }));

  const explanations: Explanation[] = [];
  for (const m of matches) {
    try {
      explanations.push(await explainOne(m.kind, m.name, m.namespace, m.notes));
    } catch (err) {
      // kubectl describe a b: a missing one is an error line, the others are still shown.
      if (matches.length === 1 || !(err instanceof KxError)) throw err;
      process.exitCode = await reportError(err, opts.debug ?? false, lang);
    }
  }
  if (opts.debug) process.stderr.write(`debug: ${reader.requestCount} requests\n`);
  // -l: worst first, so the one to look at is on top; the summary line closes the text.
  if (opts.selector) explanations.sort((a, b) => RANK[b.verdict.severity] - RANK[a.verdict.severity]);
  stdout.write(printExplanations(explanations, opts, !opts.selector && explanations.length === 1, lang));
  if (opts.selector && opts.output === 'text') {
    const summary = selectorSummary(explanations, targets[0]!.kind, opts.selector);
    await loadCatalogs(lang, catalogsIn([summary]));
    stdout.write(`${say(summary, lang)}\n`);
  }
}

const RANK: Record<Severity, number> = { ok: 0, info: 1, warning: 2, error: 3 };

function printExplanations(list: Explanation[], opts: CommonOptions, single: boolean, lang: Lang): string {
  if (opts.output === 'json' || opts.output === 'yaml')
    // Several objects as kubectl prints them: a List of the items.
    return single
      ? renderJson(list[0]!)
      : `${JSON.stringify({ kind: 'List', items: list.map((e) => JSON.parse(renderJson(e)) as unknown) }, null, 2)}\n`;
  if (opts.output === 'markdown') return list.map((e) => renderMarkdown(e, lang)).join('\n');
  return list.map((e) => renderText(e, useColor(stdout, opts.color), lang)).join('\n');
}

function selectorSummary(list: Explanation[], kind: KindInfo, selector: string): Message {
  const count = (s: Severity) => list.filter((e) => e.verdict.severity === s).length;
  return cli.selectorSummary({
    count: String(list.length),
    kind: kind.kind,
    selector: quoted(selector),
    error: String(count('error')),
    warning: String(count('warning')),
    ok: String(count('ok') + count('info')),
  });
}

const attempt = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined;
  }
};

function liveReader(opts: CommonOptions): {
  reader: Reader;
  namespace: string;
  discover: () => Promise<KindInfo[]>;
  cache: DiscoveryCache;
} {
  // Connecting starts now (openLiveReader): the TLS handshake goes on while the target is resolved and the docs load.
  const { conn, reader, namespace, timeoutMs } = openLiveReader(opts);
  return {
    reader,
    namespace,
    discover: () => discoverKinds(requester(conn, timeoutMs, opts.debug ?? false)),
    cache: diskCache(cacheDir(), conn.server),
  };
}

// RBAC objects carry all an explanation of them needs in their spec (aggregation is computed as the
// controller would); the Gateway API explainers say which parts need the status a controller writes
// (as trace -f does). Other kinds are judged on live status (ready, available, restarts), which
// manifests do not carry: rather than explain a spec as if it were failing, say so, and never fall
// back to the kubeconfig's cluster.
const OFFLINE_KINDS = new Set([
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'GatewayClass',
  'Gateway',
  'HTTPRoute',
  'GRPCRoute',
  'ReferenceGrant',
]);

async function offlineReader(kind: KindInfo, opts: CommonOptions): Promise<{ reader: Reader; namespace: string }> {
  if (!OFFLINE_KINDS.has(kind.kind)) {
    throw new KxError(em['explain.offline']({ kind: kind.kind }), ExitCode.notImplemented, em['explain.offline.hint']());
  }
  const namespace = opts.namespace ?? 'default';
  const { ManifestReader } = await import('../src/cluster/manifests.js');
  return { reader: await ManifestReader.fromPaths(opts.filename ?? [], namespace), namespace };
}
