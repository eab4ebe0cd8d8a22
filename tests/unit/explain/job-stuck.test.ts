// Jobs whose active Pod cannot run (tests/fixtures/job-stuck, capture.sh): no node has the label the Pod
// requires, or its image cannot be pulled. The Job is not "Running" (info) but not progressing (error),
// with the Pod and its cause; a CronJob whose newest Job is so says its current run is stuck, not that
// its last run failed. en and ja, through the real read plans.
import { describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'kx-jobstuck';
const podOf = (prefix: string) =>
  fixtureObjects('job-stuck').find((o) => o.kind === 'Pod' && o.metadata!.name!.startsWith(prefix))!.metadata!.name!;

describe('a Job whose active Pod cannot run', () => {
  it('unschedulable: not progressing, the Pod, the label no node has', async () => {
    const { e } = await explainFixture('job-stuck', 'Job', 'gpu-train', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(`Not progressing: 1 active, 0 of 1 succeeded — Pod ${podOf('gpu-train-')}: Pending:`);
    expect(e.verdict.text).toContain('(accelerator=a100)');
    expect(e.verdict.text).not.toMatch(/^Running/);
    const ja = (await explainFixture('job-stuck', 'Job', 'gpu-train', NS, 'ja')).e;
    expect(ja.verdict.text).toContain(`進んでいません: 実行中 1、成功 0/1 — Pod ${podOf('gpu-train-')}: Pending:`);
    expect(ja.verdict.text).toContain('(accelerator=a100)');
  });

  it('image not pulled: not progressing, the image', async () => {
    const { e } = await explainFixture('job-stuck', 'Job', 'typo', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(`— Pod ${podOf('typo-')}: ImagePullBackOff: image busyboxx:1.36 of container task cannot be pulled`);
    expect((await explainFixture('job-stuck', 'Job', 'typo', NS, 'ja')).e.verdict.text).toContain(
      'イメージ busyboxx:1.36 を取得できません',
    );
  });

  it('one Pod of three that cannot be placed, beside two that are: the Job is not called stuck', async () => {
    const { e } = await explainFixture('job-stuck', 'Job', 'shards', NS);
    expect(e.verdict.text).not.toContain('Not progressing');
    expect(e.verdict.text).toMatch(/^Running: 3 active, 0 of 3 succeeded/);
    expect((await explainFixture('job-stuck', 'Job', 'shards', NS, 'ja')).e.verdict.text).not.toContain('進んでいません');
  });

  it('a CronJob whose newest Job is stuck: its current run, not a failed last run', async () => {
    const job = fixtureObjects('job-stuck').find((o) => o.kind === 'Job' && o.metadata!.name!.startsWith('nightly-'))!.metadata!.name!;
    const { e } = await explainFixture('job-stuck', 'CronJob', 'nightly', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(`Its current run is stuck: Job ${job} — Not progressing: 1 active`);
    expect(e.verdict.text).toContain('(accelerator=a100)');
    expect(e.verdict.text).not.toContain('Last run failed');
    const ja = (await explainFixture('job-stuck', 'CronJob', 'nightly', NS, 'ja')).e;
    expect(ja.verdict.text).toContain(`現在の実行が止まっています: Job ${job} — 進んでいません`);
  });
});
