// Explains a Job: completions, parallelism, succeeded/failed/active, backoffLimit, its
// conditions (Complete, Failed, FailureTarget, SuccessCriteriaMet, Suspended) with their reasons,
// the owning CronJob, and the failed or worst Pod explained. Pure.
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity, Verdict } from '../model/finding.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages, type WMessages } from '../i18n/messages/workloads.js';
import {
  cond,
  conditionFinding,
  conditions,
  eventsFinding,
  fnd,
  metaOf,
  podFindings,
  podsOf,
  uidsOf,
  worstPod,
} from './workload-common.js';
import type { KubeObject } from '../model/kube.js';

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

export function explainJob(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const job = snap.object;
  const m = metaOf(job);
  const spec = (job.spec ?? {}) as JobSpec;
  const st = jobStatus(job);
  const pods = podsOf(snap.related.pods, job);
  const completions = spec.completions ?? (spec.parallelism === undefined || spec.parallelism === 1 ? 1 : undefined);
  const owner = m.ownerReferences?.find((o) => o.controller);
  const findings: Finding[] = [
    fnd(
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
      completions === undefined ? w['job.workqueue']() : w['job.counts']({ completions }),
    ),
    fnd(
      'backoffLimit',
      'job',
      (st.failed ?? 0) > (spec.backoffLimit ?? 6) ? 'error' : 'info',
      w['job.backoff.title']({ limit: spec.backoffLimit ?? 6 }),
      w['job.backoff']({ limit: spec.backoffLimit ?? 6, failed: st.failed ?? 0 }),
    ),
    ...conditions(job).map((c) =>
      conditionFinding('Job', c, BAD.has(c.type) ? c.status !== 'True' : c.type === 'Suspended' ? c.status !== 'True' : true, 'job', w),
    ),
    ...(owner
      ? [
          fnd(
            'owner',
            'cronjob',
            'info',
            w['owner.title']({ kind: owner.kind, name: owner.name }),
            owner.kind === 'CronJob' ? w['job.owner.cronjob']({ name: owner.name }) : '',
          ),
        ]
      : []),
    ...podFindings(pods, lang, 'pods', 'pod', 'all', snap.events),
    eventsFinding(snap.events, uidsOf(job), lang),
  ];
  return {
    kind: 'Explanation',
    target: { kind: 'Job', name: m.name, ...(m.namespace ? { namespace: m.namespace } : {}) },
    verdict: jobVerdict(job, pods, lang, snap.events),
    findings,
    warnings: [...snap.warnings],
  };
}

/** A Job's verdict; also used by the CronJob explainer for its Jobs. */
export function jobVerdict(
  job: KubeObject,
  pods: import('../model/pod.js').Pod[] | undefined,
  lang: Lang,
  events?: readonly import('../model/pod.js').Event[],
): Verdict {
  const w = wmessages(lang);
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
    .sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? ''))[0];
  const bad = failedPod
    ? { pod: failedPod, verdict: worstPod([failedPod], lang, events)?.verdict }
    : pods
      ? worstPod(pods, lang, events)
      : undefined;
  const why = bad?.verdict ? w['job.why.pod']({ pod: bad.pod.metadata.name, verdict: bad.verdict.text }) : '';
  if (failed)
    return {
      severity: 'error',
      text: w['job.verdict.failed']({
        reason: failed.reason ?? 'Failed',
        message: reasonText(failed.reason, spec, st, w) ?? failed.message ?? '',
        why,
      }),
    };
  if (cond(job, 'Complete')?.status === 'True')
    return {
      severity: 'ok',
      text: w['job.verdict.complete']({ succeeded: st.succeeded ?? 0, completions, duration: duration(st.startTime, st.completionTime) }),
    };
  if (spec.suspend) return { severity: 'info', text: w['job.verdict.suspended']() };
  const sev: Severity = (st.failed ?? 0) > 0 ? 'warning' : 'info';
  return {
    severity: sev,
    text: w['job.verdict.running']({
      active: st.active ?? 0,
      succeeded: st.succeeded ?? 0,
      completions,
      failed: st.failed ?? 0,
      limit: spec.backoffLimit ?? 6,
      why: (st.failed ?? 0) > 0 ? why : '',
    }),
  };
}

function reasonText(reason: string | undefined, spec: JobSpec, st: JobStatus, w: WMessages): string | undefined {
  if (reason === 'BackoffLimitExceeded') return w['job.reason.backoff']({ limit: spec.backoffLimit ?? 6, failed: st.failed ?? 0 });
  if (reason === 'DeadlineExceeded') return w['job.reason.deadline']({ seconds: spec.activeDeadlineSeconds ?? 0 });
  return undefined;
}

function duration(from?: string, to?: string): string {
  if (!from || !to) return '';
  const s = Math.round((Date.parse(to) - Date.parse(from)) / 1000);
  return s >= 0 ? ` (${s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`})` : '';
}
