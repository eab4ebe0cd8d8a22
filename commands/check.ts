// `kubexplain check [-n NS | -A] [-l SEL] [--kind K,…] [--fail-on warning|error]`: one scan of the
// namespace (a list request per kind), every object explained by its own explainer over that shared
// snapshot (no request per object), the problems grouped by root cause, worst first.
import type { CommonOptions } from './main.js';
import { ExitCode, usageError } from '../src/errors.js';
import { lookupKind } from '../src/cluster/kinds.js';
import { openLiveReader } from './open-reader.js';
import { MemoryReader } from '../src/cluster/memory-reader.js';
import { scan } from '../src/cluster/scan.js';
import type { Reader } from '../src/cluster/reader.js';
import type { DocIndex } from '../src/docs/types.js';
import type { Lang } from '../src/i18n/lang.js';
import { groupProblems, type Explained } from '../src/check/group.js';
import type { CheckReport, Problem } from '../src/model/check.js';
import { groupOffline, offlineFindings } from '../src/check/offline.js';
import type { KubeObject } from '../src/model/kube.js';
import { SEVERITY_RANK, type Severity } from '../src/model/finding.js';
import { detectLang } from '../src/i18n/lang.js';
import { say } from '../src/i18n/localize.js';
import { annotate } from '../src/docs/annotate.js';
import { loadDocIndex } from '../src/docs/load.js';
import { explainerFor } from './run-explain.js';

/** Kinds whose objects are explained and judged; the rest of the scan is what they refer to. */
const CHECKED = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Service',
  'Ingress',
  'PersistentVolumeClaim',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Namespace',
];

export interface CheckOptions {
  kind?: string;
  failOn?: string;
  selector?: string;
}

export async function checkCommand(opts: CommonOptions, copts: CheckOptions): Promise<void> {
  const lang = detectLang(opts.lang);
  const failOn = (copts.failOn ?? 'error') as Severity;
  if (!['warning', 'error'].includes(failOn)) throw usageError(`--fail-on takes warning or error, not "${copts.failOn}"`);
  if (opts.allNamespaces && opts.namespace) throw usageError('-n and -A cannot be used together');
  const kinds = copts.kind
    ? copts.kind.split(',').map((k) => {
        const info = lookupKind(k.trim());
        if (!info) throw usageError(`unknown kind "${k.trim()}" in --kind`, 'use kubectl kind names such as pod, deploy, svc, pvc');
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
            : render.renderCheckText(report, lang, opts.color && !!process.stdout.isTTY && process.env.NO_COLOR === undefined);
  process.stdout.write(out);
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
  const docs = loadDocIndex({ docs: opts.docs ?? [] });
  const report = await buildCheckReport(reader, {
    ...(opts.allNamespaces ? {} : { namespace: conn.namespace }),
    ...(selector ? { selector } : {}),
    ...(kinds ? { kinds } : {}),
    lang,
    docs: docs.then((d) => d.index),
  });
  report.warnings.push(...(await docs).warnings);
  return report;
}

/** check -f: the manifest checks that need no cluster (src/check/offline.ts). */
async function offlineReport(opts: CommonOptions, lang: Lang): Promise<CheckReport> {
  const { loadManifests } = await import('../src/cluster/manifests.js');
  const objects = await loadManifests(opts.filename ?? []);
  const namespace = opts.namespace ?? 'default';
  const [grouped, docs] = await Promise.all([groupOffline(offlineFindings(objects, namespace)), loadDocIndex({ docs: opts.docs ?? [] })]);
  const problems: Problem[] = grouped.map((g) => ({
    code: g.code,
    severity: g.severity,
    cause: say(g.cause, lang),
    fix: say(g.fix, lang),
    concept: g.concept,
    affected: g.affected,
    docs: [],
  }));
  const annotated = annotate(
    problems.map((p) => ({ id: p.code, concept: p.concept, severity: p.severity, title: p.cause, detail: '', docs: [] })),
    docs.index,
    lang,
  );
  problems.forEach((p, i) => (p.docs = annotated[i]?.docs ?? []));
  const count = (sev: Severity) => problems.filter((p) => p.severity === sev).length;
  return {
    kind: 'CheckReport',
    scope: { namespace, allNamespaces: false, labelSelector: null },
    summary: { error: count('error'), warning: count('warning'), info: count('info'), objects: objects.length, requests: 0 },
    problems,
    warnings: [say({ key: 'check:offline.note' }, lang), ...docs.warnings],
  };
}

/** Objects judged on their own: ReplicaSets only without an owner (a Deployment's are judged through it). */
function subject(o: KubeObject, scanned: Set<string>): boolean {
  if (o.kind !== 'ReplicaSet') return true;
  const owners = (o.metadata as { ownerReferences?: { kind: string; name: string }[] } | undefined)?.ownerReferences ?? [];
  return !owners.some((r) => scanned.has(`${r.kind}/${o.metadata?.namespace ?? ''}/${r.name}`));
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
  const memory = new MemoryReader(objects);
  const checked = new Set(o.kinds ?? CHECKED);
  const byKey = new Set(objects.map((x) => `${x.kind}/${x.metadata?.namespace ?? ''}/${x.metadata?.name}`));
  const explained: Explained[] = [];
  for (const x of objects) {
    if (!x.kind || !checked.has(x.kind) || !subject(x, byKey)) continue;
    const e = await explainerFor(lookupKind(x.kind)!)(memory, x.metadata?.name ?? '', x.metadata?.namespace ?? '', o.lang);
    explained.push({ object: x, explanation: e });
  }
  const problems = groupProblems(explained, objects);
  // Each problem's cause is taught where its concept is: annotate once per problem, not per object.
  const annotated = annotate(
    problems.map((p) => ({ id: p.code, concept: p.concept, severity: p.severity, title: p.cause, detail: '', docs: [] })),
    await o.docs,
    o.lang,
  );
  problems.forEach((p, i) => (p.docs = annotated[i]?.docs ?? []));
  const count = (sev: Severity) => problems.filter((p) => p.severity === sev).length;
  return {
    kind: 'CheckReport',
    scope: { namespace: o.namespace ?? null, allNamespaces: !o.namespace, labelSelector: o.selector ?? null },
    summary: { error: count('error'), warning: count('warning'), info: count('info'), objects: objects.length, requests: scanned.requests },
    problems,
    warnings: scanned.warnings.map((w) => say(w, o.lang)),
  };
}
