// `kubexplain check [-n NS | -A] [-l SEL] [--kind K,…] [--fail-on warning|error]`: one scan of the
// namespace (a list request per kind), every object explained by its own explainer over that shared
// snapshot (no request per object), the problems grouped by root cause, worst first.
import type { CommonOptions } from './main.js';
import { ExitCode, em, usageError } from '../src/errors.js';
import { quoted } from '../src/model/message.js';
import { lookupKind } from '../src/cluster/kinds.js';
import { openLiveReader } from './open-reader.js';
import { MemoryReader } from '../src/cluster/memory-reader.js';
import { ScopedReader } from '../src/cluster/scoped-reader.js';
import { scan } from '../src/cluster/scan.js';
import type { Reader } from '../src/cluster/reader.js';
import type { DocIndex } from '../src/docs/types.js';
import type { Lang } from '../src/i18n/lang.js';
import { PROBLEM_SEVERITY, type Explained } from '../src/check/group.js';
import { checkSubjects, finishReport, reportFromExplained } from '../src/check/report.js';
import type { CheckReport, Problem } from '../src/model/check.js';
import { groupOffline, offlineFindings } from '../src/check/offline.js';
import { SEVERITY_RANK, type Severity } from '../src/model/finding.js';
import { detectLang } from '../src/i18n/lang.js';
import { loadCatalogs, say } from '../src/i18n/localize.js';
import { loadDocIndex } from '../src/docs/load.js';
import { judgeFor, type Judge } from './run-explain.js';
import { stdout } from './stdout.js';

export interface CheckOptions {
  kind?: string;
  failOn?: string;
  selector?: string;
}

export async function checkCommand(opts: CommonOptions, copts: CheckOptions): Promise<void> {
  const lang = detectLang(opts.lang);
  await loadCatalogs(lang);
  const failOn = (copts.failOn ?? 'error') as Severity;
  if (!['warning', 'error'].includes(failOn)) throw usageError(em['check.failOn']({ value: quoted(String(copts.failOn)) }));
  if (opts.allNamespaces && opts.namespace) throw usageError(em['check.nsAndAll']());
  const kinds = copts.kind
    ? copts.kind.split(',').map((k) => {
        const info = lookupKind(k.trim());
        if (!info) throw usageError(em['check.kind']({ kind: quoted(k.trim()) }), em['check.kind.hint']());
        return info.kind;
      })
    : undefined;

  const report = opts.filename?.length ? await offlineReport(opts, lang) : await liveReport(opts, lang, kinds, copts.selector);
  const problems = report.problems;
  const render = await import('../src/render/check.js');
  const ci = await import('../src/render/check-ci.js');
  const out =
    opts.output === 'json'
      ? render.renderCheckJson(report)
      : opts.output === 'markdown'
        ? render.renderCheckMarkdown(report, lang)
        : opts.output === 'junit'
          ? ci.renderCheckJunit(report, failOn)
          : opts.output === 'sarif'
            ? ci.renderCheckSarif(report, (await import('./main.js')).version())
            : render.renderCheckText(report, lang, opts.color && stdout.isTTY && process.env.NO_COLOR === undefined);
  stdout.write(out);
  if (problems.some((p) => SEVERITY_RANK[p.severity] >= SEVERITY_RANK[failOn])) process.exitCode = ExitCode.denied;
}

async function liveReport(
  opts: CommonOptions,
  lang: Lang,
  kinds: string[] | undefined,
  selector: string | undefined,
): Promise<CheckReport> {
  const { reader, conn } = openLiveReader(opts);
  // The document index loads while the cluster answers.
  const docs = loadDocIndex({ docs: opts.docs ?? [], annotateOnly: true });
  const report = await buildCheckReport(reader, {
    ...(opts.allNamespaces ? {} : { namespace: conn.namespace }),
    ...(selector ? { selector } : {}),
    ...(kinds ? { kinds } : {}),
    lang,
    docs: docs.then((d) => d.index),
  });
  report.warnings.push(...(await docs).warnings.map((w) => say(w, lang)));
  return report;
}

/** check -f: the manifest checks that need no cluster (src/check/offline.ts). */
async function offlineReport(opts: CommonOptions, lang: Lang): Promise<CheckReport> {
  const { loadManifests } = await import('../src/cluster/manifests.js');
  const objects = await loadManifests(opts.filename ?? []);
  const namespace = opts.namespace ?? 'default';
  const [grouped, docs] = await Promise.all([
    groupOffline(offlineFindings(objects, namespace)),
    loadDocIndex({ docs: opts.docs ?? [], annotateOnly: true }),
  ]);
  const problems: Problem[] = grouped.map((g) => ({
    code: g.code,
    severity: g.severity,
    cause: say(g.cause, lang),
    fix: say(g.fix, lang),
    concept: g.concept,
    affected: g.affected,
    docs: [],
  }));
  return finishReport(problems, {
    scope: { namespace, allNamespaces: false, labelSelector: null },
    objects: objects.length,
    requests: 0,
    warnings: [say({ key: 'check:offline.note' }, lang), ...docs.warnings.map((w) => say(w, lang))],
    docs: docs.index,
    lang,
  });
}

export interface BuildOptions {
  /** undefined: every namespace. */
  namespace?: string;
  selector?: string;
  kinds?: string[];
  lang: Lang;
  docs: DocIndex | Promise<DocIndex>;
}

/** Scan, explain every object over the shared snapshot, group by root cause, annotate each problem once. */
export async function buildCheckReport(reader: Reader, o: BuildOptions): Promise<CheckReport> {
  const scanned = await scan(reader, {
    ...(o.namespace ? { namespace: o.namespace } : {}),
    ...(o.selector ? { labelSelector: o.selector } : {}),
  });
  const objects = o.namespace ? scanned.objects.filter((x) => x.kind !== 'Namespace' || x.metadata?.name === o.namespace) : scanned.objects;
  // Routes and Gateways name objects beyond the scan (another namespace, the GatewayClasses): read once each.
  const memory = new ScopedReader(new MemoryReader(objects), reader, new Set(scanned.read), o.namespace);
  const explained: Explained[] = [];
  const judges = new Map<string, Judge>();
  for (const x of checkSubjects(objects, o.kinds)) {
    let judge = judges.get(x.kind!);
    if (!judge) judges.set(x.kind!, (judge = judgeFor(lookupKind(x.kind!)!)));
    const j = await judge(memory, x.metadata?.name ?? '', x.metadata?.namespace ?? '', o.lang);
    // Only problems are printed: the rest is never said (most of a cluster is healthy).
    if (SEVERITY_RANK[j.severity] >= SEVERITY_RANK[PROBLEM_SEVERITY]) explained.push({ object: x, explanation: j.say() });
  }
  return reportFromExplained(explained, objects, {
    scope: { namespace: o.namespace ?? null, allNamespaces: !o.namespace, labelSelector: o.selector ?? null },
    objects: objects.length,
    requests: scanned.requests + memory.requestCount,
    warnings: scanned.warnings.map((w) => say(w, o.lang)),
    docs: await o.docs,
    lang: o.lang,
  });
}
