// Explains a Job: completions, parallelism, succeeded/failed/active, backoffLimit, its
// conditions (Complete, Failed, FailureTarget, SuccessCriteriaMet, Suspended) with their reasons,
// the owning CronJob, and the failed or worst Pod explained by its root cause. Reads its Pods by
// selector and the namespace's events (3 requests), the Node list too when active Pods are not
// ready (an unschedulable Pod's taint or node is named). Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import type { ExplanationModel } from '../model/explanation.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import { quoted, type Message } from '../model/message.js';
import { failingMatch, matchRule, policyRules, type FailureRule, type RuleMatch } from './job-failure-policy.js';
import { indexText, perIndex, type IndexState, type PerIndex } from './job-indexes.js';
import { list } from './pod-cause.js';
import type { Event, Pod } from '../model/pod.js';
import type { PodCauseInput } from './pod-cause.js';
import { listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import {
  causeContext,
  cond,
  conditionFinding,
  conditions,
  eventsAbout,
  eventsFinding,
  metaOf,
  namespaceEvents,
  nodesWhen,
  podFindings,
  podVerdicts,
  podsOf,
  podsRead,
  targetOf,
  w,
  worstPod,
} from './workload-parts.js';
import { compareText } from '../text/compare.js';
import { createFailure } from './causes/replicaset-create.js';
import { causeFinding, createCause, type Cause } from './workload-cause.js';

interface JobSpec {
  completions?: number;
  parallelism?: number;
  backoffLimit?: number;
  backoffLimitPerIndex?: number;
  completionMode?: string;
  suspend?: boolean;
  activeDeadlineSeconds?: number;
  ttlSecondsAfterFinished?: number;
}
interface JobStatus {
  succeeded?: number;
  failed?: number;
  active?: number;
  ready?: number;
  startTime?: string;
  completionTime?: string;
  uncountedTerminatedPods?: { succeeded?: string[]; failed?: string[] };
}

/**
 * The Job's counts including Pods the controller has seen finish but not yet added to
 * status.succeeded/failed (status.uncountedTerminatedPods): it can set FailureTarget or Failed
 * before the count catches up, and "1 Pod failed, more than backoffLimit 1 allows" would be wrong.
 */
function jobStatus(job: KubeObject): JobStatus {
  const st = (job.status ?? {}) as JobStatus;
  const u = st.uncountedTerminatedPods;
  return { ...st, succeeded: (st.succeeded ?? 0) + (u?.succeeded?.length ?? 0), failed: (st.failed ?? 0) + (u?.failed?.length ?? 0) };
}

const BAD = new Set(['Failed', 'FailureTarget']);

export const explainer: Explainer = {
  group: 'batch',
  kind: 'Job',
  budget: 4,
  reads(job: KubeObject, ns: string): ReadPlan {
    const st = (job.status ?? {}) as JobStatus;
    return { pods: podsRead(job, ns), events: namespaceEvents(job, ns), nodes: nodesWhen((st.active ?? 0) > (st.ready ?? 0)) };
  },
  explain: (snap) => explainJob(snap),
};

export function explainJob(snap: Snapshot): ExplanationModel {
  const job = snap.object;
  const m = metaOf(job);
  const spec = (job.spec ?? {}) as JobSpec;
  const st = jobStatus(job);
  const ctx = causeContext(snap);
  const pods = podsOf(listOf<KubeObject>(snap, 'pods'), job);
  const completions = spec.completions ?? (spec.parallelism === undefined || spec.parallelism === 1 ? 1 : undefined);
  const owner = m.ownerReferences?.find((o) => o.controller);
  const indexed = perIndex(spec, job.status, pods);
  const findings: FindingModel[] = [
    finding(
      'counts',
      'job',
      (st.failed ?? 0) > 0 ? 'warning' : 'info',
      w['job.counts.title']({
        completions: completions ?? '∞',
        parallelism: spec.parallelism ?? 1,
        succeeded: st.succeeded ?? 0,
        failed: st.failed ?? 0,
        active: st.active ?? 0,
      }),
      [
        completions === undefined
          ? w['job.workqueue']()
          : spec.completionMode === 'Indexed'
            ? w['job.counts.indexed']({ completions })
            : w['job.counts']({ completions }),
      ],
    ),
    indexed
      ? indexFinding(indexed)
      : finding(
          'backoffLimit',
          (st.failed ?? 0) > (spec.backoffLimit ?? 6) ? 'job.backoff' : 'job',
          (st.failed ?? 0) > (spec.backoffLimit ?? 6) ? 'error' : 'info',
          w['job.backoff.title']({ limit: spec.backoffLimit ?? 6 }),
          [w['job.backoff']({ limit: spec.backoffLimit ?? 6, failed: st.failed ?? 0 })],
        ),
    ...policyFinding(job, pods),
    ...conditions(job).map((c) => {
      // A Failed Job (backoffLimit, activeDeadlineSeconds, podFailurePolicy) is taught where Job failures are;
      // Failed=True is final, an error like the verdict, so `check` cites that section.
      const f = conditionFinding(
        'Job',
        c,
        BAD.has(c.type) || c.type === 'Suspended' ? c.status !== 'True' : true,
        BAD.has(c.type) ? (c.reason === 'PodFailurePolicy' ? 'job.pod-failure-policy' : 'job.backoff') : 'job',
      );
      const perIndexReason = c.reason === 'FailedIndexes' || c.reason === 'MaxFailedIndexesExceeded';
      const g = BAD.has(c.type) && perIndexReason ? { ...f, concept: 'job.per-index' } : f;
      return c.type === 'Failed' && c.status === 'True' ? { ...g, severity: 'error' as const } : g;
    }),
    ...(owner
      ? [
          finding(
            'owner',
            'cronjob',
            'info',
            w['owner.title']({ kind: owner.kind, name: owner.name }),
            owner.kind === 'CronJob' ? [w['job.owner.cronjob']({ name: owner.name })] : [],
          ),
        ]
      : []),
    ...podFindings(pods, ctx),
  ];
  const events = listOf<Event>(snap, 'events');
  const ev = eventsFinding(events, job);
  if (ev) findings.push(ev);
  const created = jobCreateCause(job, pods, events);
  if (created) findings.unshift(causeFinding(created, 'error'));
  const verdict = created ? { severity: 'error' as const, message: created.message } : jobVerdict(job, pods, ctx);
  return { kind: 'Explanation', target: targetOf(job, 'Job'), verdict, findings, warnings: [...snap.warnings] };
}

/**
 * Why an unfinished Job cannot create its Pods (Pod Security, quota, ServiceAccount, webhook), from its
 * FailedCreate events: it shows 0 active and would look merely slow. Also used by the CronJob explainer.
 */
export function jobCreateCause(job: KubeObject, pods: Pod[] | undefined, events: readonly Event[] | undefined): Cause | undefined {
  const finished = cond(job, 'Complete')?.status === 'True' || cond(job, 'Failed')?.status === 'True';
  if (finished || (job.spec as JobSpec | undefined)?.suspend) return undefined;
  const failed = createFailure(eventsAbout(events, job), pods ?? []);
  return failed ? createCause(`Job ${metaOf(job).name}`, failed.message) : undefined;
}

/** A Job's verdict (`stuck`: unfinished, an active Pod cannot run); also used by the CronJob explainer for its Jobs. */
export function jobVerdict(
  job: KubeObject,
  pods: Pod[] | undefined,
  ctx: Omit<PodCauseInput, 'pod'>,
): { severity: Severity; message: Message; stuck?: true } {
  const spec = (job.spec ?? {}) as JobSpec;
  const st = jobStatus(job);
  const completions = spec.completions ?? 1;
  const failed =
    cond(job, 'Failed')?.status === 'True'
      ? cond(job, 'Failed')
      : cond(job, 'FailureTarget')?.status === 'True'
        ? cond(job, 'FailureTarget')
        : undefined;
  const failedPod = pods
    ?.filter((p) => p.status?.phase === 'Failed')
    .sort((a, b) => compareText(b.metadata.creationTimestamp ?? '', a.metadata.creationTimestamp ?? ''))[0];
  const bad = worstPod(failedPod ? [failedPod] : pods, ctx);
  const why = bad ? w['job.why.pod']({ pod: bad.pod.metadata.name, verdict: bad.message }) : '';
  const indexed = perIndex(spec, job.status, pods);
  if (failed && indexed && (failed.reason === 'FailedIndexes' || failed.reason === 'MaxFailedIndexesExceeded'))
    return {
      severity: 'error',
      message: w['job.verdict.failed']({ reason: failed.reason, message: indexesText(failed.reason, indexed), why: '' }),
    };
  if (failed)
    return {
      severity: 'error',
      message: w['job.verdict.failed']({
        reason: failed.reason ?? 'Failed',
        message:
          failed.reason === 'PodFailurePolicy'
            ? policyText(job, pods, failed.message)
            : (reasonText(failed.reason, spec, st) ?? quotedOr(failed.message)),
        why,
      }),
    };
  if (cond(job, 'Complete')?.status === 'True')
    return {
      severity: 'ok',
      message: w['job.verdict.complete']({
        succeeded: st.succeeded ?? 0,
        completions,
        duration: duration(st.startTime, st.completionTime),
      }),
    };
  if (spec.suspend) return { severity: 'info', message: w['job.verdict.suspended']({ name: metaOf(job).name }) };
  if (indexed)
    return {
      severity: indexed.failed.length ? 'error' : indexed.indexes.length ? 'warning' : 'info',
      message: w['job.verdict.running.indexes']({
        active: st.active ?? 0,
        succeeded: indexed.completed.length,
        completions,
        state: runningIndexes(indexed),
        why: indexed.indexes.length ? why : '',
      }),
    };
  // Every active Pod cannot run (unschedulable, image not pulled, crash-looping): the Job is stuck, not running.
  // With parallelism, one such Pod beside others that run is a problem of that Pod, not of the Job's progress.
  const unfinished = pods?.filter((p) => p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded') ?? [];
  const verdicts = podVerdicts(unfinished, ctx);
  const stuck = verdicts.length && verdicts.every((v) => v.severity === 'error') ? verdicts[0] : undefined;
  if (stuck)
    return {
      severity: 'error',
      stuck: true,
      message: w['job.verdict.stuck']({
        active: st.active ?? 0,
        succeeded: st.succeeded ?? 0,
        completions,
        pod: stuck.pod.metadata.name,
        verdict: stuck.message,
      }),
    };
  return {
    severity: (st.failed ?? 0) > 0 ? 'warning' : 'info',
    message: w['job.verdict.running']({
      active: st.active ?? 0,
      succeeded: st.succeeded ?? 0,
      completions,
      failed: st.failed ?? 0,
      limit: spec.backoffLimit ?? 6,
      why: (st.failed ?? 0) > 0 ? why : '',
    }),
  };
}

/** The rule that failed the Job, evaluated on its Pods; the controller's own words when the Pods are gone. */
function policyText(job: KubeObject, pods: Pod[] | undefined, message: string | undefined): Message {
  const hit = failingMatch(policyRules(job.spec), pods);
  if (!hit) return w['job.reason.policy.unmatched']({ message: quotedOr(message) });
  return w['job.reason.policy']({
    index: hit.index,
    rule: ruleText(hit.rule),
    pod: hit.pod,
    match: matchText(hit),
    limit: ((job.spec ?? {}) as JobSpec).backoffLimit ?? 6,
  });
}

export function ruleText(r: FailureRule): Message {
  if (r.onExitCodes)
    return w['job.rule.exit']({
      action: r.action,
      container: r.onExitCodes.containerName ?? '',
      operator: r.onExitCodes.operator,
      values: r.onExitCodes.values.join(', '),
    });
  return w['job.rule.conditions']({
    action: r.action,
    conditions: (r.onPodConditions ?? []).map((c) => (c.status && c.status !== 'True' ? `${c.type}=${c.status}` : c.type)).join(', '),
  });
}

const matchText = (m: RuleMatch): Message =>
  m.container !== undefined
    ? w['job.match.exit']({ container: m.container, code: m.exitCode ?? '?' })
    : w['job.match.condition']({ condition: m.condition ?? '?' });

/** The Job's podFailurePolicy, rule by rule, and the rule each failed Pod matched (error when one failed the Job). */
function policyFinding(job: KubeObject, pods: Pod[] | undefined): FindingModel[] {
  const rules = policyRules(job.spec);
  if (!rules.length) return [];
  const matches = (pods ?? []).flatMap((p) => matchRule(rules, p) ?? []);
  const fatal = matches.some((m) => m.rule.action === 'FailJob' || m.rule.action === 'FailIndex');
  return [
    finding('podFailurePolicy', 'job.pod-failure-policy', fatal ? 'error' : 'info', w['job.policy.title']({ count: rules.length }), [
      ...rules.map((r, index) => w['job.rule.line']({ index, rule: ruleText(r) })),
      w['job.policy'](),
      ...matches.map((m) => w['job.policy.matched']({ index: m.index, pod: m.pod, match: matchText(m) })),
    ]),
  ];
}

const quotedOr = (text: string | undefined): Message | string => (text ? quoted(text) : '');

function reasonText(reason: string | undefined, spec: JobSpec, st: JobStatus): Message | undefined {
  if (reason === 'BackoffLimitExceeded') return w['job.reason.backoff']({ limit: spec.backoffLimit ?? 6, failed: st.failed ?? 0 });
  if (reason === 'DeadlineExceeded') return w['job.reason.deadline']({ seconds: spec.activeDeadlineSeconds ?? 0 });
  return undefined;
}

/** "42s", "3m5s", or '' when the Job has not finished. */
function duration(from?: string, to?: string): string {
  if (!from || !to) return '';
  const s = Math.round((Date.parse(to) - Date.parse(from)) / 1000);
  return s < 0 ? '' : s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
}

/** backoffLimitPerIndex: the rule, and each index that failed, with its failures and what is left. */
function indexFinding(p: PerIndex): FindingModel {
  const max = p.max !== undefined ? w['job.index.title.max']({ max: p.max }) : '';
  const lines = p.indexes.map((i) => {
    const last = lastPod(i) ? w['job.index.last'](lastPod(i)!) : '';
    return p.failed.includes(i.index) || i.failures > p.limit
      ? w['job.index.lost']({ index: i.index, failures: i.failures, last })
      : w['job.index.retrying']({ index: i.index, failures: i.failures, tries: p.limit + 1, last });
  });
  return finding(
    'backoffLimitPerIndex',
    'job.per-index',
    p.failed.length ? 'error' : p.indexes.length ? 'warning' : 'info',
    w['job.index.title']({ limit: p.limit, max }),
    [
      w['job.index.rule']({ limit: p.limit, tries: p.limit + 1, max: p.max !== undefined ? w['job.index.rule.max']({ max: p.max }) : '' }),
      ...lines,
    ],
  );
}

const lastPod = (i: IndexState) =>
  i.pod && i.container !== undefined ? { pod: i.pod, container: i.container, code: i.exitCode ?? '?' } : undefined;

/** The failed indexes of a Job that failed by them, each with its last failed Pod and exit code. */
function indexesText(reason: string, p: PerIndex): Message {
  const failed = p.failed.length ? p.failed : p.indexes.filter((i) => i.failures > p.limit).map((i) => i.index);
  const pods = list(
    failed.map((index) => {
      const last = lastPod(p.indexes.find((i) => i.index === index) ?? { index, failures: 0 });
      return last ? w['job.index.pod']({ index, ...last }) : w['job.index.pod.gone']({ index });
    }) as unknown as string[],
  );
  const first = failed.map((index) => p.indexes.find((i) => i.index === index)?.pod).find(Boolean);
  const next = first ? w['job.index.next']({ pod: first }) : w['job.index.next.gone']();
  if (reason === 'MaxFailedIndexesExceeded')
    return w['job.reason.maxindexes']({ failed: indexText(failed), count: failed.length, max: p.max ?? '?', pods, next });
  return w['job.reason.indexes']({
    failed: indexText(failed),
    count: failed.length,
    total: p.completions,
    tries: p.limit + 1,
    limit: p.limit,
    completed: indexText(p.completed) || '-',
    pods,
    next,
  });
}

/** A running Job's indexes: those failed for good (the Job will fail), else those being retried. */
function runningIndexes(p: PerIndex): Message | string {
  if (p.failed.length) return w['job.index.running.lost']({ failed: indexText(p.failed) });
  const retrying = p.indexes.filter((i) => i.failures <= p.limit);
  if (!retrying.length) return '';
  const items = retrying.map((i) => w['job.index.retry']({ index: i.index, failures: i.failures, tries: p.limit + 1 }));
  return w['job.index.running.retrying']({ indexes: list(items as unknown as string[]), limit: p.limit });
}
