// The workload explainers (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob) on real
// sandbox objects (tests/fixtures/workloads, capture.sh there), through their registered explainers
// and real read plans: a Deployment whose new template crash-loops (maxUnavailable 0, so the old
// ReplicaSet keeps serving), a failed and a completed Job, a CronJob, a StatefulSet without its
// Service and with an unbound claim, a DaemonSet limited by nodeSelector, and CronJobs whose schedule
// never fires, that missed a start past its deadline, and that has not run yet (cron-states.json).
// Variants edit a copy of the captured objects. Meaning in en and ja; requests counted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scaledValue } from '../../../src/explain/deployment.js';
import { lookupKind } from '../../../src/cluster/kinds.js';
import type { KubeObject, ListOptions } from '../../../src/cluster/reader.js';
import { fromStatus } from '../../../src/cluster/errors.js';
import { explainerFor } from '../../../commands/run-explain.js';
import { CONCEPTS } from '../../../src/docs/catalog.js';
import type { Explanation } from '../../../src/model/explanation.js';
import { FixtureReader, explainFixture, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'kxwl-fixtures';
const keys = new Set(CONCEPTS.map((c) => c.key));
const find = (e: Explanation, id: string) => e.findings.find((f) => f.id === id);
function wellFormed(e: Explanation) {
  for (const f of e.findings) expect(keys, `${e.target.kind} ${f.id}: ${f.concept}`).toContain(f.concept);
  expect(new Set(e.findings.map((f) => f.id)).size, e.findings.map((f) => f.id).join()).toBe(e.findings.length);
}

/** A reader whose lists of `kind` are forbidden, as the API server answers an account without list rights. */
class Forbidding extends FixtureReader {
  constructor(
    objects: readonly KubeObject[],
    private readonly forbidden: string,
  ) {
    super(objects, NS);
  }
  override list(kind: string, opts?: ListOptions) {
    if (kind === this.forbidden) {
      this.requestCount++;
      return Promise.reject(fromStatus(403, { verb: 'list', resource: kind }, 'https://sandbox'));
    }
    return super.list(kind, opts);
  }
}

type Edit = (o: KubeObject) => void;
/** `explain KIND/NAME` over the captured objects, `edit` applied to a copy of the object named `name` of that kind. */
async function explain(kind: string, name: string, lang: 'en' | 'ja' = 'en', edit?: Edit, forbid?: string, ns = NS) {
  const info = lookupKind(kind)!;
  const objects = fixtureObjects('workloads').map((o) => {
    if (!edit || o.kind !== info.kind || o.metadata?.name !== name) return o;
    const copy = structuredClone(o);
    edit(copy);
    return copy;
  });
  const reader = forbid ? new Forbidding(objects, forbid) : new FixtureReader(objects, ns);
  const e = await explainerFor(info)(reader, name, ns, lang);
  return { e, requests: reader.requestCount };
}

describe('Deployment', () => {
  it('stuck rollout: verdict first names the counts, the failing new Pods and the old ReplicaSet still serving (5 requests: a Pod is unavailable, so the Nodes too)', async () => {
    const { e, requests } = await explain('deploy', 'web');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(
      /^Rollout stuck \(ProgressDeadlineExceeded\): new ReplicaSet web-5ff94f5958 made no progress for \d+s \(1 of 3 replicas updated, 3 available\) — new Pod web-5ff94f5958-m42gd is failing: CrashLoopBackOff: container web exited with code 1 \(Error\) and was restarted 5 time/,
    );
    expect(e.verdict.text).toContain('old ReplicaSet web-67476f5779 still serves 3 ready Pods');
    expect(e.verdict.text).toMatch(/roll back with kubectl rollout undo deploy\/web -n kxwl-fixtures$/);
    expect(requests).toBe(5);
    wellFormed(e);
  });

  it('rollout counts, conditions with their reasons, strategy, history with the image diff, Pods split by ReplicaSet', async () => {
    const { e } = await explain('deploy', 'web');
    expect(find(e, 'rollout')?.title).toBe('Replicas: 3 desired, 4 current, 1 updated, 3 ready, 3 available, 1 unavailable');
    expect(find(e, 'condition.Progressing')).toMatchObject({ severity: 'warning', concept: 'deployment.rollout' });
    expect(find(e, 'condition.Progressing')?.detail).toContain('kubectl rollout undo deploy/web');
    expect(find(e, 'condition.Available')?.severity).toBe('ok');
    expect(find(e, 'strategy')?.detail).toContain(
      'maxSurge 1, maxUnavailable 0: during a rollout at most 4 Pods exist and at least 3 stay available',
    );
    expect(find(e, 'replicaset.web-5ff94f5958')?.title).toBe('ReplicaSet web-5ff94f5958 (revision 2): 1 desired, 0 ready, 0 available');
    expect(find(e, 'replicaset.web-5ff94f5958')?.detail).toContain('Changed since revision 1: web=nginx:1.27 → web=nginx:1.28');
    expect(find(e, 'pods.new')).toMatchObject({ severity: 'error', detail: 'CrashLoopBackOff (1): web-5ff94f5958-m42gd' });
    expect(find(e, 'pods.new.worst')?.detail).toContain('kubexplain explain pod/web-5ff94f5958-m42gd -n kxwl-fixtures');
    expect(find(e, 'pods.old')).toMatchObject({
      severity: 'ok',
      detail: 'Ready (3): web-67476f5779-4h9tr, web-67476f5779-nfvnz, web-67476f5779-twrjs',
    });
    // Events of the Deployment and its ReplicaSets only.
    expect(find(e, 'events')?.detail).toContain('Scaled up replica set web-5ff94f5958 from 0 to 1');
    expect(find(e, 'events')?.detail).not.toContain('migrate');
  });

  it('in Japanese', async () => {
    const { e } = await explain('deploy', 'web', 'ja');
    expect(e.verdict.text).toMatch(
      /^ロールアウトが停滞しています\(ProgressDeadlineExceeded\): 新しい ReplicaSet web-5ff94f5958 は \d+ 秒間進捗がありません\(3 個中 1 個が更新済み、3 個が利用可能\) — 新しい Pod web-5ff94f5958-m42gd が失敗しています: CrashLoopBackOff: /,
    );
    expect(e.verdict.text).toContain('kubectl rollout undo deploy/web -n kxwl-fixtures で元に戻してください');
    expect(e.verdict.text).toContain('古い ReplicaSet web-67476f5779 の Ready な Pod 3 個');
    expect(find(e, 'events')?.detail).toContain('「Scaled up replica set web-5ff94f5958 from 0 to 1」');
  });

  it('a healthy Recreate Deployment: 4 requests (no Node list)', async () => {
    const { e, requests } = await explain('deploy', 'steady');
    expect(e.verdict).toEqual({ severity: 'ok', text: 'Healthy: all 2 replicas updated and available (revision 1, app=nginx:1.27)' });
    expect(find(e, 'strategy')?.detail).toMatch(/^Every old Pod is stopped before new ones start/);
    expect(find(e, 'pods.worst')).toBeUndefined();
    expect(requests).toBe(4);
    // Natural Japanese: "レプリカ 2 個がすべて…", not "2 個すべてのレプリカが…".
    expect((await explain('deploy', 'steady', 'ja')).e.verdict.text).toBe(
      '正常: レプリカ 2 個がすべて更新済みで利用可能です(リビジョン 1、app=nginx:1.27)',
    );
  });

  it('mid-rollout (Progressing still true) says rolling out; a 403 on Pods says unknown, not none', async () => {
    const { e } = await explain(
      'deploy',
      'web',
      'en',
      (d) => {
        const st = d.status as { conditions: { type: string; status: string; reason?: string }[] };
        st.conditions = st.conditions.map((c) => (c.type === 'Progressing' ? { ...c, status: 'True', reason: 'ReplicaSetUpdated' } : c));
      },
      'Pod',
    );
    expect(e.verdict).toEqual({ severity: 'warning', text: 'Rolling out: 1 of 3 replicas updated, 3 available' });
    expect(find(e, 'pods.new')).toMatchObject({ severity: 'warning', title: 'Pods: ?' });
    expect(e.warnings).toEqual(['no permission to list pods in namespace kxwl-fixtures: explained with what could be read']);
  });

  it('a spec the controller has not seen yet is not judged', async () => {
    const { e } = await explain('deploy', 'steady', 'en', (d) => {
      (d.metadata as { generation: number }).generation = (d.status as { observedGeneration: number }).observedGeneration + 1;
    });
    expect(e.verdict.text).toMatch(/^Waiting for the controller: spec generation \d+ is not processed yet/);
  });

  it('maxSurge/maxUnavailable percentages round like the controller', () => {
    expect(scaledValue('25%', 3, true, '25%')).toBe(1);
    expect(scaledValue('25%', 3, false, '25%')).toBe(0);
    expect(scaledValue(undefined, 10, false, '25%')).toBe(2);
    expect(scaledValue(2, 10, true, '25%')).toBe(2);
  });
});

// tests/fixtures/workload-causes: a Deployment whose nodeSelector matches only a node tainted
// dedicated=ml:NoSchedule, and one whose ServiceAccount does not exist (FailedCreate), with the Nodes.
describe('workloads carry the cause up', () => {
  const run = async (kind: string, name: string, lang: 'en' | 'ja') => {
    const reader = new FixtureReader(fixtureObjects('workload-causes'), 'wl-probe-taint');
    return { e: await explainerFor(lookupKind(kind)!)(reader, name, 'wl-probe-taint', lang), requests: reader.requestCount };
  };

  it('a Deployment names its Pod’s blocking taint, the node carrying it and the toleration to add, as the Pod does (5 requests: the Nodes too)', async () => {
    const { e, requests } = await run('deploy', 'trainer', 'en');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(/^Degraded: 0 of 1 replicas available — new Pod trainer-[a-z0-9]+-[a-z0-9]+ is failing: /);
    expect(e.verdict.text).toContain('taint dedicated=ml:NoSchedule');
    expect(e.verdict.text).toContain('kx-wl-gpu');
    expect(e.verdict.text).toContain('add a toleration for dedicated');
    expect(find(e, 'pods.new.worst')).toMatchObject({ concept: 'taints.tolerations', severity: 'error' });
    expect(requests).toBe(5);
    const ja = (await run('deploy', 'trainer', 'ja')).e;
    expect(ja.verdict.text).toMatch(
      /^縮退中: 利用可能なレプリカは 1 個中 0 個です — 新しい Pod trainer-[a-z0-9]+-[a-z0-9]+ が失敗しています: /,
    );
    expect(ja.verdict.text).toContain('taint dedicated=ml:NoSchedule');
    expect(ja.verdict.text).toContain('ノード kx-wl-gpu');
    expect(ja.verdict.text).toContain('dedicated の toleration を追加');
    // The ReplicaSet says the same.
    expect((await run('rs', 'trainer-84d8b95b85', 'en')).e.verdict.text).toContain('taint dedicated=ml:NoSchedule');
  });

  it('FailedCreate for a missing ServiceAccount names the ReplicaSet and the account, and blames neither quotas nor webhooks', async () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const [kind, name] of [
        ['deploy', 'builder'],
        ['rs', 'builder-65f7488696'],
      ]) {
        const { e } = await run(kind!, name!, lang);
        expect(e.verdict.severity).toBe('error');
        expect(e.verdict.text).toContain(
          lang === 'en'
            ? 'ReplicaSet builder-65f7488696 cannot create Pods: ServiceAccount image-builder does not exist'
            : 'ReplicaSet builder-65f7488696 が Pod を作れません: ServiceAccount image-builder が存在しません',
        );
        expect(e.verdict.text).not.toMatch(/quota|webhook|クォータ/i);
        // The cause is the first finding with its own concept, so `check` and the docs teach the missing
        // ServiceAccount, not the Deployment's rollout.
        expect(e.findings[0]).toMatchObject({ id: 'cause', concept: 'serviceaccount.missing', severity: 'error' });
      }
    }
  });
});

describe('ReplicaSet', () => {
  it('the new one crash-loops; the old one is healthy and owned by its Deployment', async () => {
    const { e: bad } = await explain('rs', 'web-5ff94f5958');
    expect(bad.verdict.severity).toBe('error');
    expect(bad.verdict.text).toMatch(/^Degraded: 0 of 1 Pod available — CrashLoopBackOff: container web/);
    expect((await explain('rs', 'web-5ff94f5958', 'ja')).e.verdict.text).toMatch(
      /^縮退中: 利用可能な Pod は 1 個中 0 個です — CrashLoopBackOff: /,
    );
    const { e: ok, requests } = await explain('rs', 'web-67476f5779', 'ja');
    expect(ok.verdict).toEqual({ severity: 'ok', text: '正常: 3 個中 3 個の Pod が Ready です' });
    expect(find(ok, 'owner')).toMatchObject({ concept: 'owner.deployment', title: '所有者: Deployment web' });
    expect(requests).toBe(3);
    wellFormed(bad);
  });
});

describe('Job', () => {
  it('failed: BackoffLimitExceeded with the backoffLimit and the last failed Pod explained', async () => {
    const { e, requests } = await explain('job', 'migrate');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(
      /^Failed \(BackoffLimitExceeded\): 2 Pods failed, more than backoffLimit 1 allows — last failed Pod migrate-\w+: Failed: container migrate exited with code 1 \(Error\)/,
    );
    expect(find(e, 'backoffLimit')).toMatchObject({ severity: 'error', title: 'backoffLimit 1' });
    expect(find(e, 'condition.Failed')).toMatchObject({ severity: 'error', concept: 'job.backoff' });
    expect(find(e, 'condition.FailureTarget')?.detail).toContain('then adds Failed with the same reason (both stay True)');
    expect(requests).toBe(3);
    wellFormed(e);
  });

  it('counts Pods the controller has not yet added to status.failed (uncountedTerminatedPods), as it does when setting FailureTarget', async () => {
    // The moment seen live: the second failure decided (FailureTarget), status.failed not caught up yet.
    const { e } = await explain('job', 'migrate', 'en', (job) => {
      const st = job.status as Record<string, unknown>;
      st.failed = 1;
      st.uncountedTerminatedPods = { failed: ['3f0b9c1e-uncounted'] };
    });
    expect(e.verdict.text).toMatch(/^Failed \(BackoffLimitExceeded\): 2 Pods failed, more than backoffLimit 1 allows/);
    expect(find(e, 'backoffLimit')?.severity).toBe('error');
  });

  it('DeadlineExceeded names activeDeadlineSeconds', async () => {
    const { e } = await explain('job', 'migrate', 'ja', (job) => {
      (job.spec as Record<string, unknown>).activeDeadlineSeconds = 30;
      const st = job.status as { conditions: { type: string; reason?: string }[] };
      st.conditions = st.conditions.map((c) => ({
        ...c,
        reason: 'DeadlineExceeded',
        message: 'Job was active longer than specified deadline',
      }));
    });
    expect(e.verdict.text).toMatch(
      /^失敗 \(DeadlineExceeded\): Job の実行時間が activeDeadlineSeconds\(30 秒。.*\)を超えたため、コントローラーが Pod を止めました — .*最後に失敗した Pod migrate-/,
    );
  });

  it('DeadlineExceeded of a Job whose Pod never started (captured, job-deadline): the deadline counts Pending time; the next step is named', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await explainFixture('job-deadline', 'Job', 'slow', 'kx-jobdl', lang);
      expect(e.verdict.severity).toBe('error');
      expect(e.verdict.text).toContain('activeDeadlineSeconds');
      expect(e.verdict.text).toContain(lang === 'en' ? '8s, counted from the Job' : '8 秒。Job の開始から数え');
      expect(e.verdict.text).toContain(lang === 'en' ? 'raise activeDeadlineSeconds' : 'activeDeadlineSeconds を増やし');
      // Cited where Job failures are taught (troubleshooting), not the Job's general section.
      expect(e.findings.find((f) => f.severity === 'error')?.concept).toBe('job.backoff');
    }
  });

  it('complete: ok with the duration; SuccessCriteriaMet explained', async () => {
    const { e } = await explain('job', 'report');
    expect(e.verdict).toEqual({ severity: 'ok', text: 'Complete: 1 of 1 completions succeeded (1s)' });
    expect(find(e, 'condition.SuccessCriteriaMet')?.severity).toBe('ok');
    expect((await explain('job', 'report', 'ja')).e.verdict.text).toBe('完了: 1 回中 1 回の実行が成功しました(1s)');
  });
});

describe('CronJob', () => {
  afterEach(() => vi.useRealTimers());
  const at = (iso: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  };

  it('schedule with time zone, Forbid, history limits and the Jobs it owns with their outcome', async () => {
    at('2026-11-23T12:29:30Z'); // just after the capture
    const { e, requests } = await explain('cj', 'nightly');
    expect(e.verdict.severity).toBe('ok');
    expect(e.verdict.text).toMatch(/^Healthy: last run Job nightly-29923949 succeeded \(2026-11-23T12:29:01Z\); schedule \* \* \* \* \*$/);
    expect(find(e, 'schedule')?.title).toBe('Schedule * * * * * (Etc/UTC)');
    expect(find(e, 'next')?.title).toBe('Next run: 2026-11-23 12:30');
    expect(find(e, 'concurrency')?.detail).toMatch(/skipped while the previous Job is still running/);
    expect(find(e, 'history')?.title).toBe('History: keeps 2 successful and 1 failed Jobs');
    expect(find(e, 'jobs')?.detail.split('\n')).toEqual([
      'nightly-29923949: Complete: 1 of 1 completions succeeded (1s)',
      'nightly-29923948: Complete: 1 of 1 completions succeeded (1s)',
    ]);
    expect(requests).toBe(4);
    wellFormed(e);
  });

  it('suspended', async () => {
    at('2026-11-23T12:29:30Z');
    const { e } = await explain('cj', 'nightly', 'en', (cj) => ((cj.spec as { suspend: boolean }).suspend = true));
    expect(e.verdict).toEqual({ severity: 'warning', text: 'Suspended: schedule * * * * * creates no Jobs until spec.suspend is false' });
  });

  it('a schedule no date matches (February 30): an error naming the schedule, with the controller’s InvalidSchedule event', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await explain('cj', 'feb30', lang, undefined, undefined, 'wl-probe-cron');
      expect(e.verdict.severity).toBe('error');
      expect(e.verdict.text).toContain(
        lang === 'en'
          ? 'Invalid schedule 0 0 30 2 *: the CronJob controller cannot use it'
          : 'スケジュール 0 0 30 2 * は不正です: CronJob コントローラーが使えず',
      );
      // The controller's own words, quoted as such.
      expect(e.verdict.text).toContain(
        lang === 'en'
          ? '"invalid schedule: 0 0 30 2 * : time difference between two schedules is less than 1 second"'
          : '「invalid schedule: 0 0 30 2 * : time difference between two schedules is less than 1 second」',
      );
      expect(find(e, 'schedule')).toMatchObject({ severity: 'error', concept: 'cronjob.schedule' });
      // No "first Job at the next time matching …": there is no such time.
      expect(find(e, 'next')).toBeUndefined();
      wellFormed(e);
    }
  });

  it('the same schedule without the event (a controller that has not synced yet) is still an error: it can never fire', async () => {
    const { e } = await explain('cj', 'feb30', 'en', undefined, 'Event', 'wl-probe-cron');
    expect(e.verdict).toMatchObject({ severity: 'error', text: expect.stringMatching(/^Schedule 0 0 30 2 \* can never fire/) });
  });

  it('a start missed past startingDeadlineSeconds is explained, with the deadline', async () => {
    at('2026-11-30T15:50:00Z');
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await explain('cj', 'yearly', lang, undefined, undefined, 'wl-probe-cron');
      expect(e.verdict.severity).toBe('warning');
      expect(e.verdict.text).toContain(
        lang === 'en'
          ? 'the last at 2026-01-01T00:00:00.000Z, older than startingDeadlineSeconds (60s)'
          : '最後は 2026-01-01T00:00:00.000Z で、startingDeadlineSeconds (60 秒) より古い',
      );
    }
  });

  it('TooManyMissedTimes (the controller’s event after a clock jump): a warning, even though the one run it made succeeded', async () => {
    at('2026-11-30T15:52:00Z');
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await explain('cj', 'skewed', lang, undefined, undefined, 'wl-probe-cron2');
      expect(e.verdict.severity).toBe('warning');
      expect(e.verdict.text).toContain(
        lang === 'en'
          ? 'More than 100 scheduled starts were missed (TooManyMissedTimes)'
          : '予定された開始が 100 回を超えて実行されませんでした (TooManyMissedTimes)',
      );
      expect(e.verdict.text).toContain('startingDeadlineSeconds');
      expect(find(e, 'jobs')?.detail).toMatch(/^skewed-29934230: /);
    }
  });

  it('not run yet: the first Job at the next time matching the schedule, computed in its time zone', async () => {
    at('2026-11-30T15:50:00Z'); // a Monday; 09:00 in Tokyo has passed
    const { e } = await explain('cj', 'tokyo', 'en', undefined, undefined, 'wl-probe-cron');
    expect(e.verdict).toEqual({
      severity: 'info',
      text: 'Not run yet: the first Job is created at 2026-12-07 09:00 (Asia/Tokyo), the next time matching 0 9 * * 1',
    });
    const ja = (await explain('cj', 'tokyo', 'ja', undefined, undefined, 'wl-probe-cron')).e;
    expect(ja.verdict.text).toBe('未実行: 最初の Job は 2026-12-07 09:00 (Asia/Tokyo) に作られます。0 9 * * 1 に一致する次の時刻です');
  });
});

describe('StatefulSet', () => {
  it('ordinals in order, the missing governing Service, the unbound claim', async () => {
    const { e, requests } = await explain('sts', 'cache');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(
      /^Not ready: 0 of 2 Pods ready — cache-1 is not created: with podManagementPolicy OrderedReady it waits for cache-0 to be Running and Ready, and cache-0 is not: Pending: the Pod cannot be placed until its PersistentVolumeClaim is bound\. PersistentVolumeClaim data-cache-0 is Pending: it names no StorageClass and the cluster has no default class/,
    );
    expect(e.verdict.text).toContain('its governing Service cache does not exist');
    expect(find(e, 'ordinals')?.detail.split('\n').slice(0, 2)).toEqual([
      'cache-0: Unschedulable',
      'cache-1: not created (waits for cache-0 to be Running and Ready)',
    ]);
    expect(find(e, 'service')).toMatchObject({ severity: 'error', concept: 'service.headless' });
    expect(find(e, 'pvc.data')?.detail).toMatch(/^data-cache-0: Pending \(storageClass none/);
    // The worst Pod's own Warning events come from the namespace's events already read.
    expect(find(e, 'pods.worst')?.detail).toContain('Warning FailedScheduling');
    // Six in the first round; the StorageClasses and PersistentVolumes in a second, for the unbound claim.
    expect(requests).toBe(8);
    wellFormed(e);
    const ja = (await explain('sts', 'cache', 'ja')).e;
    expect(ja.verdict.text).toContain(
      'cache-1 は作成されていません。podManagementPolicy OrderedReady では cache-0 が Running かつ Ready になるのを待ちますが、cache-0 はそうなっていません: ',
    );
  });
});

describe('DaemonSet', () => {
  it('healthy on the one eligible node; the other nodes are excluded by its nodeSelector', async () => {
    const { e, requests } = await explain('ds', 'agent');
    expect(e.verdict).toEqual({ severity: 'ok', text: 'Healthy: running and ready on the one eligible node' });
    expect((await explain('ds', 'agent', 'ja')).e.verdict.text).toBe('正常: 対象ノード 1 台で動作し Ready です');
    expect(find(e, 'nodes.without')).toMatchObject({
      severity: 'info',
      detail: 'kx-node-2: not eligible: labels do not match disktype=ssd\nkx-node-3: not eligible: labels do not match disktype=ssd',
    });
    expect(requests).toBe(4);
    wellFormed(e);
  });

  it('a NoSchedule taint it does not tolerate is named', async () => {
    const info = lookupKind('ds')!;
    const objects = fixtureObjects('workloads').map((o) => {
      if (o.kind !== 'Node' || o.metadata?.name !== 'kx-node-2') return o;
      const n = structuredClone(o) as KubeObject & { metadata: { labels: Record<string, string> }; spec: Record<string, unknown> };
      n.metadata.labels.disktype = 'ssd';
      n.spec.taints = [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }];
      return n;
    });
    const e = await explainerFor(info)(new FixtureReader(objects, NS), 'agent', NS, 'ja');
    expect(find(e, 'nodes.without')?.detail).toContain('kx-node-2: 対象外: taint dedicated=db:NoSchedule を許容(toleration)していません');
    expect(find(e, 'nodes.without')?.detail).toContain('Pod テンプレートに対応する toleration を追加してください');
    // The next step, and the section that teaches tolerations rather than the DaemonSet's definition.
    const en = await explainerFor(info)(new FixtureReader(objects, NS), 'agent', NS, 'en');
    expect(find(en, 'nodes.without')).toMatchObject({ concept: 'taints.tolerations' });
    expect(find(en, 'nodes.without')?.detail).toContain(
      'kx-node-2: not eligible: taint dedicated=db:NoSchedule not tolerated — if the DaemonSet must run there, add a matching toleration to its Pod template',
    );
  });
});
