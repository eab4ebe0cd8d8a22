// The TUI's TuiSource over a live cluster: watches from src/cluster/watch.ts, explanations from the
// same registry and annotate() as `explain`, RBAC answers from the same resolver as `can`/`who-can`,
// routing from commands/routing-run.ts (as `trace`). Only src/cluster talks to the API server.
import { kubeconfigContexts } from '../src/cluster/contexts.js';
import { discoverKinds, diskCache, requester, resolveKindName } from '../src/cluster/discovery.js';
import { kindRef, lookupKind } from '../src/cluster/kinds.js';
import { loadKubeConfig, type ConnectOptions, type Connection } from '../src/cluster/kubeconfig.js';
import { readLogs } from '../src/cluster/logs.js';
import { LiveReader, type KubeObject, type Reader } from '../src/cluster/reader.js';
import { watchList } from '../src/cluster/watch.js';
import { annotate } from '../src/docs/annotate.js';
import { cacheDir, loadDocIndex, sectionMarkdown, type LoadResult } from '../src/docs/load.js';
import { ExitCode, KxError, usageError } from '../src/errors.js';
import { genericExplainer } from '../src/explain/generic.js';
import { executePlan } from '../src/cluster/plan-executor.js';
import { sayExplanation } from '../src/i18n/say-explanation.js';
import { say } from '../src/i18n/localize.js';
import { explainerFor } from './run-explain.js';
import { buildCheckReport } from './check.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Explanation } from '../src/model/explanation.js';
import type { RbacSnapshot } from '../src/model/rbac.js';
import { traceLive } from './routing-run.js';
import { parseSubject } from '../src/rbac/subjects.js';
import type { TuiSource } from '../src/render/tui/source.js';
import { t } from '../src/render/tui/tui-messages.js';
import { renderCanText, renderWhoCanText } from '../src/render/rbac.js';
import { answerCanLive, answerWhoCanLive, liveSnapshot, resolveRequest } from './rbac-source.js';

export interface LiveSourceOptions {
  conn: Connection;
  /** How the kubeconfig was chosen, to re-read it for `:ctx` (the context is replaced). */
  connect?: ConnectOptions;
  timeoutMs: number;
  lang: Lang;
  docs: string[];
}

/** The object and its events (by uid), explained by the generic explainer's events finding. */
export async function explainEvents(reader: Reader, kind: string, name: string, namespace: string, lang: Lang): Promise<Explanation> {
  const info = lookupKind(kind);
  if (!info) throw usageError(t['expl.unknownKind']({ kind }));
  const explainer = genericExplainer(info.group, info.kind);
  const e = sayExplanation(explainer.explain(await executePlan(reader, explainer, kindRef(info), name, namespace)), lang);
  return { ...e, findings: e.findings.filter((f) => f.id === 'events') };
}

export function liveSource(o: LiveSourceOptions): TuiSource & { reader: LiveReader } {
  const reader = new LiveReader(o.conn, o.timeoutMs, false);
  // The liveness probe has a short deadline of its own.
  const prober = new LiveReader(o.conn, Math.min(o.timeoutMs, 5_000), false);
  let docs: Promise<LoadResult> | undefined;
  const docIndex = () => (docs ??= loadDocIndex({ docs: o.docs }));
  let rbacCache: { at: number; snapshot: Promise<RbacSnapshot> } | undefined;
  const live = { conn: o.conn, reader, timeoutMs: o.timeoutMs, debug: false };
  const reviewOpts = { timeoutMs: o.timeoutMs, debug: false, counter: reader };
  // RBAC objects change rarely; one read serves the queries of the next half minute.
  const snapshot = () => {
    if (!rbacCache || Date.now() - rbacCache.at > 30_000) rbacCache = { at: Date.now(), snapshot: liveSnapshot(live, o.conn.namespace) };
    const current = rbacCache;
    current.snapshot.catch(() => {
      if (rbacCache === current) rbacCache = undefined;
    });
    return current.snapshot;
  };

  return {
    reader,
    identity: { context: o.conn.context, server: o.conn.server, user: o.conn.user, namespace: o.conn.namespace },
    watch: (kind, namespace, map, handlers) =>
      watchList(o.conn, kind, handlers, { namespace, timeoutMs: o.timeoutMs, counter: reader }, map),
    async explain(kind, name, namespace) {
      const info = lookupKind(kind);
      if (!info) throw usageError(t['expl.unknownKind']({ kind }));
      const [explained, loaded] = await Promise.all([explainerFor(info)(reader, name, namespace, o.lang), docIndex()]);
      return {
        ...explained,
        findings: annotate(explained.findings, loaded.index, o.lang),
        warnings: [...explained.warnings, ...loaded.warnings.map((w) => say(w, o.lang))],
      };
    },
    async docSection(ref) {
      const { index } = await docIndex();
      const entry = index.entries.find((e) => e.doc.file === ref.file && e.section.line === ref.line);
      if (!entry) return null;
      const s = entry.section;
      // The section's Markdown as written (the pane renders it); the parsed text if the file went away.
      const text = (await sectionMarkdown(entry.doc, s.line)) ?? [s.body, s.code].filter(Boolean).join('\n\n');
      return { headings: s.headings, file: ref.file, line: s.line, text };
    },
    async namespaces() {
      return (await reader.list('Namespace'))
        .map((n) => n.metadata?.name ?? '')
        .filter(Boolean)
        .sort();
    },
    trace: (target, namespace) => traceLive(reader, target, namespace, o.lang),
    get: (kind, name, namespace) => reader.get(kind, name, namespace),
    logs(req, onText, onEnd) {
      return readLogs(o.conn, { ...req, timeoutMs: o.timeoutMs, tailLines: 1000, counter: reader }, onText, onEnd);
    },
    events: (kind, name, namespace) => explainEvents(reader, kind, name, namespace, o.lang),
    async probe(namespace) {
      let ns: KubeObject;
      try {
        ns = await prober.get('Namespace', namespace || 'default');
      } catch (err) {
        if (err instanceof KxError && err.exitCode === ExitCode.notFound) return 'gone';
        // Not allowed to read namespaces: the server answered, so it is alive.
        if (err instanceof KxError && err.exitCode === ExitCode.forbidden) return 'ok';
        throw err;
      }
      return (ns.status as { phase?: string } | undefined)?.phase === 'Terminating' ? 'terminating' : 'ok';
    },
    check: (namespace) =>
      buildCheckReport(reader, { ...(namespace ? { namespace } : {}), lang: o.lang, docs: docIndex().then((d) => d.index) }),
    async resolveKind(name) {
      // As `explain` resolves a kind: the built-in table, else discovery (cached on disk per server).
      const { info } = await resolveKindName(name, {
        discover: () => discoverKinds(requester(o.conn, o.timeoutMs)),
        cache: diskCache(cacheDir(), o.conn.server),
      });
      return kindRef(info);
    },
    contexts: () => kubeconfigContexts(o.connect?.kubeconfig),
    withContext(name) {
      const { namespace, ...rest } = o.connect ?? {};
      void namespace;
      return liveSource({ ...o, conn: loadKubeConfig({ ...rest, context: name }) });
    },
    async rbac(query, namespace) {
      const words = query.trim().split(/\s+/);
      const mode = words[0] === 'can' ? 'can' : 'who-can';
      if (words[0] === 'can' || words[0] === 'who-can') words.shift();
      const scope = { namespace, all: false };
      if (mode === 'who-can') {
        if (words.length !== 2) throw usageError(t['rbac.usage.whoCan']());
        const { request } = await resolveRequest(live, words[0]!, words[1]!, scope, 'who-can');
        const result = await answerWhoCanLive(o.conn, reviewOpts, await snapshot(), request);
        return { lines: renderWhoCanText(result, false, o.lang).trimEnd().split('\n') };
      }
      if (words.length !== 3) throw usageError(t['rbac.usage.can']());
      const subject = parseSubject(words[0]!);
      const { request } = await resolveRequest(live, words[1]!, words[2]!, scope, 'can');
      const check = await answerCanLive(o.conn, reviewOpts, snapshot(), subject, request);
      return {
        lines: renderCanText(check, words[0]!, false, o.lang).trimEnd().split('\n'),
        allowed: check.answer === 'allowed',
      };
    },
  };
}
