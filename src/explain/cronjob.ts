// Explains a CronJob: whether its schedule can fire at all (InvalidSchedule, a date no month has, an
// unknown time zone), missed starts (startingDeadlineSeconds, TooManyMissedTimes), the next start
// computed in spec.timeZone, suspend, concurrency policy, history limits, and the Jobs it owns with
// how each ended (the latest failed one explained by its Pod's root cause). Reads the namespace's
// Jobs, Pods and events (4 requests). Pure but for the clock: missed and next starts are counted
// from now.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import type { ExplanationModel } from '../model/explanation.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { Event, Pod } from '../model/pod.js';
import { list, listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import { analyzeSchedule, type ScheduleAnalysis } from './causes/cron-schedule.js';
import { causeFinding, scheduleCause, type Cause } from './workload-cause.js';
import { jobCreateCause, jobVerdict } from './job.js';
import { causeContext, eventsAbout, eventsFinding, metaOf, namespaceEvents, nsOf, ownedBy, targetOf, w } from './workload-parts.js';
import { compareText } from '../text/compare.js';

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
/** `created`: the Job cannot create its Pods (the API server's reason). */
type Outcome = { job: KubeObject; severity: Severity; message: Message; created?: Cause; stuck?: true };

export const explainer: Explainer = {
  group: 'batch',
  kind: 'CronJob',
  budget: 4,
  reads: (cj: KubeObject, ns: string): ReadPlan => ({
    jobs: list('Job', { namespace: nsOf(cj, ns) }),
    pods: list('Pod', { namespace: nsOf(cj, ns) }),
    events: namespaceEvents(cj, ns),
  }),
  explain: (snap) => explainCronJob(snap, new Date()),
};

export function explainCronJob(snap: Snapshot, now: Date): ExplanationModel {
  const cj = snap.object;
  const spec = (cj.spec ?? {}) as CjSpec;
  const st = (cj.status ?? {}) as CjStatus;
  const events = listOf<Event>(snap, 'events');
  const ctx = causeContext(snap);
  const pods = listOf<KubeObject>(snap, 'pods');
  const jobs = listOf<KubeObject>(snap, 'jobs')
    ?.filter((j) => ownedBy(j, cj))
    .sort((a, b) => compareText(metaOf(b).creationTimestamp ?? '', metaOf(a).creationTimestamp ?? ''));
  const outcomes = jobs?.map((job): Outcome => {
    const own = pods?.filter((p) => ownedBy(p, job)) as Pod[] | undefined;
    const created = jobCreateCause(job, own, events);
    return created ? { job, severity: 'error', message: created.message, created } : { job, ...jobVerdict(job, own, ctx) };
  });
  const analysis = analyzeSchedule(spec, st, metaOf(cj).creationTimestamp, eventsAbout(events, cj), now);
  const cause = scheduleCause(analysis, spec.startingDeadlineSeconds);
  const schedule = spec.schedule ?? '?';
  const tz = spec.timeZone ?? w['cause.cj.tz.default']();
  const policy = spec.concurrencyPolicy ?? 'Allow';
  const findings: FindingModel[] = [
    finding(
      'schedule',
      cause ? 'cronjob.schedule' : 'cronjob',
      cause?.severity ?? 'info',
      w['cj.schedule.title']({ schedule, tz: spec.timeZone ?? '' }),
      [...(cause ? [cause.message, ...cause.details] : []), spec.timeZone ? w['cj.tz']({ tz: spec.timeZone }) : w['cj.tz.none']()],
      cause?.terms,
    ),
    ...(analysis.next.length && !spec.suspend
      ? [
          finding('next', 'cronjob', 'info', w['cause.cj.next.title']({ next: inZone(analysis.next[0]!, spec.timeZone) }), [
            w['cause.cj.next.detail']({ times: analysis.next.map((t) => inZone(t, spec.timeZone)).join(', '), tz }),
          ]),
        ]
      : []),
    finding('suspend', 'cronjob', spec.suspend ? 'warning' : 'ok', w['cj.suspend.title']({ suspend: String(!!spec.suspend) }), [
      spec.suspend ? w['cj.suspend.true']() : w['cj.suspend.false'](),
    ]),
    finding(
      'last',
      'cronjob',
      'info',
      w['cj.last.title']({ schedule: st.lastScheduleTime ?? '-', success: st.lastSuccessfulTime ?? '-' }),
      [st.lastScheduleTime ? w['cj.last']() : w['cj.last.never']()],
    ),
    finding('concurrency', 'cronjob', 'info', w['cj.concurrency.title']({ policy }), [
      policy === 'Forbid'
        ? w['cj.concurrency.Forbid']()
        : policy === 'Replace'
          ? w['cj.concurrency.Replace']()
          : w['cj.concurrency.Allow'](),
    ]),
    finding(
      'history',
      'cronjob',
      'info',
      w['cj.history.title']({ ok: spec.successfulJobsHistoryLimit ?? 3, failed: spec.failedJobsHistoryLimit ?? 1 }),
      [w['cj.history']()],
    ),
    outcomes
      ? finding(
          'jobs',
          'job',
          outcomes.some((o) => o.severity === 'error') ? 'warning' : 'info',
          w['cj.jobs.title']({ count: outcomes.length, active: st.active?.length ?? 0 }),
          outcomes.length ? outcomes.map((o) => w.line({ name: metaOf(o.job).name, state: o.message })) : [w['cj.jobs.none']()],
        )
      : finding('jobs', 'job', 'warning', w['cj.jobs.title']({ count: '?', active: st.active?.length ?? 0 }), [w['unknown.list']()]),
  ];
  const ev = eventsFinding(events, cj);
  if (ev) findings.push(ev);
  // The newest Job cannot even create its Pods: every scheduled run will fail the same way.
  const blocked = outcomes?.[0]?.created;
  if (blocked) findings.unshift(causeFinding(blocked, 'error'));
  return {
    kind: 'Explanation',
    target: targetOf(cj, 'CronJob'),
    verdict: verdict(spec, st, outcomes, analysis, cause, tz),
    findings,
    warnings: [...snap.warnings],
  };
}

function verdict(
  spec: CjSpec,
  st: CjStatus,
  outcomes: Outcome[] | undefined,
  a: ScheduleAnalysis,
  cause: ReturnType<typeof scheduleCause>,
  tz: string | Message,
): { severity: Severity; message: Message } {
  const schedule = spec.schedule ?? '?';
  if (spec.suspend) return { severity: 'warning', message: w['cj.verdict.suspended']({ schedule }) };
  // A schedule the controller cannot use (or that never fires) creates no Job at all: say that first.
  if (cause?.severity === 'error') return { severity: 'error', message: cause.message };
  const blocked = outcomes?.[0]?.created;
  if (blocked) return { severity: 'error', message: w['cj.verdict.create']({ verdict: blocked.message }) };
  const active = st.active ?? [];
  // The latest Job that has finished (Complete or Failed) decides; an active one is reported alongside.
  // The newest Job is stuck (an active Pod cannot run): that is what happens to every run now.
  const stuck = outcomes?.[0]?.stuck ? outcomes[0] : undefined;
  if (stuck) return { severity: 'error', message: w['cj.verdict.stuck']({ job: metaOf(stuck.job).name, verdict: stuck.message }) };
  const finished = outcomes?.find((o) => !o.stuck && (o.severity === 'ok' || o.severity === 'error'));
  const running = active.length ? w['cj.why.active']({ jobs: active.map((x) => x.name).join(', ') }) : '';
  if (finished?.severity === 'error')
    return { severity: 'error', message: w['cj.verdict.failed']({ job: metaOf(finished.job).name, verdict: finished.message, running }) };
  if (cause) return { severity: cause.severity, message: cause.message };
  if (finished)
    return {
      severity: 'ok',
      message: w['cj.verdict.ok']({ job: metaOf(finished.job).name, at: st.lastSuccessfulTime ?? '?', schedule, running }),
    };
  const latest = outcomes?.[0];
  if (active.length || latest)
    return {
      severity: 'info',
      message: w['cj.verdict.running']({ jobs: active.map((x) => x.name).join(', ') || metaOf(latest!.job).name }),
    };
  // Never run: the first start, computed in its time zone, only when such a time exists.
  if (a.next[0]) return { severity: 'info', message: w['cause.cj.next']({ schedule, next: inZone(a.next[0], spec.timeZone), tz }) };
  return { severity: 'info', message: w['cj.verdict.never']({ schedule }) };
}

/** An ISO instant as "2026-12-07 09:00" on the wall clock of `tz` (UTC when unset, as the controller here). */
export function inZone(iso: string, tz: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz ?? 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
