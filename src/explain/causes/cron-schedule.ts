// A CronJob's schedule as the controller sees it: parsed with croner (5 fields, day-of-month OR
// day-of-week as robfig/cron does), the next fire time in spec.timeZone (the controller's zone, UTC
// on the sandbox and most clusters, when unset), schedules that can never fire (a day no month has),
// the controller's InvalidSchedule / UnknownTimeZone / TooManyMissedTimes / MissSchedule events, and
// starts missed since the last one. Pure: the clock is a parameter.
import { Cron } from 'croner';
import type { Event } from '../../model/pod.js';

export interface ScheduleAnalysis {
  schedule: string;
  timeZone?: string;
  /** Why the schedule or time zone cannot be used (the parser's words), when it cannot. */
  invalid?: { what: 'schedule' | 'timeZone'; error: string };
  /** A valid schedule that no date matches, e.g. `0 0 30 2 *` (February 30). */
  never: boolean;
  /** The next fire times after `now`, ISO 8601 in UTC. */
  next: string[];
  /** The controller's own events about the schedule. */
  events: { reason: 'InvalidSchedule' | 'UnknownTimeZone' | 'TooManyMissedTimes' | 'MissSchedule'; message: string; count: number }[];
  /** Scheduled times that passed since the last start without a Job (capped at 101, as the controller does). */
  missed: number;
  /** The latest of them. */
  lastMissed?: string;
  /** True when that last missed time is older than startingDeadlineSeconds, so the controller skips it. */
  pastDeadline: boolean;
}

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};
const EVENT_REASONS = new Set(['InvalidSchedule', 'UnknownTimeZone', 'TooManyMissedTimes', 'MissSchedule']);

export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function analyzeSchedule(
  spec: { schedule?: string; timeZone?: string; startingDeadlineSeconds?: number; suspend?: boolean },
  status: { lastScheduleTime?: string } | undefined,
  created: string | undefined,
  events: readonly Event[] | undefined,
  now: Date,
): ScheduleAnalysis {
  const schedule = (spec.schedule ?? '').trim();
  const out: ScheduleAnalysis = {
    schedule,
    ...(spec.timeZone ? { timeZone: spec.timeZone } : {}),
    never: false,
    next: [],
    events: [],
    missed: 0,
    pastDeadline: false,
  };
  for (const e of events ?? [])
    if (EVENT_REASONS.has(e.reason ?? ''))
      out.events.push({
        reason: e.reason as ScheduleAnalysis['events'][number]['reason'],
        message: e.message ?? '',
        count: e.series?.count ?? e.count ?? 1,
      });
  if (spec.timeZone && !validTimeZone(spec.timeZone)) {
    out.invalid = { what: 'timeZone', error: `unknown time zone ${spec.timeZone}` };
    return out;
  }
  if (/^(CRON_)?TZ=/.test(schedule)) {
    out.invalid = { what: 'schedule', error: 'TZ= in the schedule is not allowed; use spec.timeZone' };
    return out;
  }
  let cron: Cron;
  try {
    const pattern = DESCRIPTORS[schedule.toLowerCase()] ?? schedule;
    if (/^@every\s/i.test(pattern)) return out; // robfig's interval form: fires every duration from the controller's start
    cron = new Cron(pattern, { timezone: spec.timeZone ?? 'UTC', paused: true, mode: '5-part', domAndDow: false });
  } catch (err) {
    out.invalid = { what: 'schedule', error: (err as Error).message };
    return out;
  }
  out.next = cron.nextRuns(3, now).map((d) => d.toISOString());
  out.never = out.next.length === 0;
  if (out.never || spec.suspend) return out;
  // Starts that passed without a Job since the last one (or since creation), as the controller counts them.
  const since = status?.lastScheduleTime ?? created;
  if (since) {
    let t = cron.nextRun(new Date(since));
    while (t && t < now && out.missed <= 100) {
      out.missed++;
      out.lastMissed = t.toISOString();
      t = cron.nextRun(t);
    }
    // The controller starts a missed run late unless it is older than the deadline; the current minute is not "missed".
    if (out.lastMissed && now.getTime() - Date.parse(out.lastMissed) < 60_000) out.missed--;
    if (out.missed <= 0) {
      out.missed = 0;
      delete out.lastMissed;
    }
    if (out.lastMissed && spec.startingDeadlineSeconds !== undefined)
      out.pastDeadline = now.getTime() - Date.parse(out.lastMissed) > spec.startingDeadlineSeconds * 1000;
  }
  return out;
}
