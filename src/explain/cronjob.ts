// Explains a CronJob: schedule and time zone, suspend, last schedule/success, concurrency policy,
// history limits, the Jobs it owns and how each ended (the latest failed one explained). Pure.
import type { KubeObject } from '../model/kube.js';
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity, Verdict } from '../model/finding.js';
import type { Pod } from '../model/pod.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages } from '../i18n/messages/workloads.js';
import { eventsFinding, fnd, metaOf, ownedBy, uidsOf } from './workload-common.js';
import { jobVerdict } from './job.js';

interface CjSpec {
  schedule?: string;
  timeZone?: string;
  suspend?: boolean;
  concurrencyPolicy?: string;
  successfulJobsHistoryLimit?: number;
  failedJobsHistoryLimit?: number;
  startingDeadlineSeconds?: number;
}
interface CjStatus {
  lastScheduleTime?: string;
  lastSuccessfulTime?: string;
  active?: { name: string }[];
}

export function explainCronJob(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const cj = snap.object;
  const m = metaOf(cj);
  const spec = (cj.spec ?? {}) as CjSpec;
  const st = (cj.status ?? {}) as CjStatus;
  const jobs = snap.related.jobs
    ?.filter((j) => ownedBy(j, cj))
    .sort((a, b) => (metaOf(b).creationTimestamp ?? '').localeCompare(metaOf(a).creationTimestamp ?? ''));
  const podsOfJob = (j: KubeObject) => snap.related.pods?.filter((p) => ownedBy(p, j)) as Pod[] | undefined;
  const outcomes = jobs?.map((j) => ({ job: j, verdict: jobVerdict(j, podsOfJob(j), lang, snap.events) }));
  const policy = spec.concurrencyPolicy ?? 'Allow';
  const findings: Finding[] = [
    fnd(
      'schedule',
      'cronjob',
      'info',
      w['cj.schedule.title']({ schedule: spec.schedule ?? '?', tz: spec.timeZone ?? '' }),
      spec.timeZone ? w['cj.tz']({ tz: spec.timeZone }) : w['cj.tz.none'](),
    ),
    fnd(
      'suspend',
      'cronjob',
      spec.suspend ? 'warning' : 'ok',
      w['cj.suspend.title']({ suspend: String(!!spec.suspend) }),
      spec.suspend ? w['cj.suspend.true']() : w['cj.suspend.false'](),
    ),
    fnd(
      'last',
      'cronjob',
      'info',
      w['cj.last.title']({ schedule: st.lastScheduleTime ?? '-', success: st.lastSuccessfulTime ?? '-' }),
      st.lastScheduleTime ? w['cj.last']() : w['cj.last.never'](),
    ),
    fnd(
      'concurrency',
      'cronjob',
      'info',
      w['cj.concurrency.title']({ policy }),
      policy === 'Forbid'
        ? w['cj.concurrency.Forbid']()
        : policy === 'Replace'
          ? w['cj.concurrency.Replace']()
          : w['cj.concurrency.Allow'](),
    ),
    fnd(
      'history',
      'cronjob',
      'info',
      w['cj.history.title']({ ok: spec.successfulJobsHistoryLimit ?? 3, failed: spec.failedJobsHistoryLimit ?? 1 }),
      w['cj.history'](),
    ),
    outcomes
      ? fnd(
          'jobs',
          'job',
          outcomes.some((o) => o.verdict.severity === 'error') ? 'warning' : 'info',
          w['cj.jobs.title']({ count: outcomes.length, active: st.active?.length ?? 0 }),
          outcomes.length ? outcomes.map((o) => `${metaOf(o.job).name}: ${o.verdict.text}`).join('\n') : w['cj.jobs.none'](),
        )
      : fnd('jobs', 'job', 'warning', w['cj.jobs.title']({ count: '?', active: st.active?.length ?? 0 }), w['unknown.list']()),
    eventsFinding(snap.events, uidsOf(cj), lang),
  ];
  return {
    kind: 'Explanation',
    target: { kind: 'CronJob', name: m.name, ...(m.namespace ? { namespace: m.namespace } : {}) },
    verdict: verdict(spec, st, outcomes, w),
    findings,
    warnings: [...snap.warnings],
  };
}

function verdict(
  spec: CjSpec,
  st: CjStatus,
  outcomes: { job: KubeObject; verdict: Verdict }[] | undefined,
  w: ReturnType<typeof wmessages>,
): Verdict {
  if (spec.suspend) return { severity: 'warning', text: w['cj.verdict.suspended']({ schedule: spec.schedule ?? '?' }) };
  const latest = outcomes?.[0];
  const active = st.active ?? [];
  // The latest Job that has finished (Complete or Failed) decides; an active one is reported alongside.
  const finished = outcomes?.find((o) => o.verdict.severity === 'ok' || o.verdict.severity === 'error');
  const running = active.length ? w['cj.why.active']({ jobs: active.map((a) => a.name).join(', ') }) : '';
  if (finished?.verdict.severity === 'error')
    return { severity: 'error', text: w['cj.verdict.failed']({ job: metaOf(finished.job).name, verdict: finished.verdict.text, running }) };
  if (finished)
    return {
      severity: 'ok',
      text: w['cj.verdict.ok']({
        job: metaOf(finished.job).name,
        at: st.lastSuccessfulTime ?? '?',
        schedule: spec.schedule ?? '?',
        running,
      }),
    };
  if (active.length || latest)
    return {
      severity: 'info' as Severity,
      text: w['cj.verdict.running']({ jobs: active.map((a) => a.name).join(', ') || metaOf(latest!.job).name }),
    };
  return { severity: 'info', text: w['cj.verdict.never']({ schedule: spec.schedule ?? '?' }) };
}
