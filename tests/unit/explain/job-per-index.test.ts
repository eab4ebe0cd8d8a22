// Indexed Jobs with backoffLimitPerIndex (captured from the sandbox: tests/scenarios/job-per-index.yaml, the real
// Job controller): one failed with reason FailedIndexes (indexes 1 and 3 failed, 0 and 2 succeeded), one at once
// with MaxFailedIndexesExceeded, and one still retrying index 1. Before, the verdict quoted "Job has failed
// indexes" without naming them, and a finding said "backoffLimit 2147483647" (the default a per-index Job gets).
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { indexText, parseIndexes, perIndex } from '../../../src/explain/job-indexes.js';
import { citedSection } from '../../support/handbook.js';
import type { Pod } from '../../../src/model/pod.js';

const NS = 'scn-job-per-index-zwtms';
const objects = () => fixtureObjects('job-per-index');
const explain = async (name: string, lang: 'en' | 'ja' = 'en', objs: readonly KubeObject[] = objects()) =>
  (await explainObjects(objs, 'job', name, NS, lang)).e;
const podName = (prefix: string) => objects().find((o) => o.kind === 'Pod' && o.metadata?.name?.startsWith(prefix))!.metadata!.name!;

describe('an Indexed Job with backoffLimitPerIndex', () => {
  it('FailedIndexes: names the failed indexes, their Pods and exit codes, the succeeded ones and what to do', async () => {
    const e = await explain('shards');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('Failed (FailedIndexes): indexes 1, 3 failed (2 of 4), each after 1 failure (backoffLimitPerIndex 0)');
    expect(e.verdict.text).toContain('(succeeded: 0, 2)');
    expect(e.verdict.text).toContain(`index 1: Pod ${podName('shards-1-')}, container main exited with code 2`);
    expect(e.verdict.text).toContain(`index 3: Pod ${podName('shards-3-')}, container main exited with code 2`);
    expect(e.verdict.text).toContain('create the Job again');
    const all = e.findings.map((f) => `${f.title}\n${f.detail}`).join('\n');
    expect(all).not.toContain('2147483647');
    const f = e.findings.find((x) => x.id === 'backoffLimitPerIndex')!;
    expect(f).toMatchObject({ severity: 'error', concept: 'job.per-index' });
    expect(f.detail).toContain('Index 1: failed 1 time, no retry left: failed for good');
    expect(await citedSection(f, 'en')).toBe('Indexed Job failures per index (backoffLimitPerIndex)');
    const ja = await explain('shards', 'ja');
    expect(ja.verdict.text).toContain('失敗 (FailedIndexes): インデックス 1, 3 が失敗しました (4 個中 2 個)');
    expect(ja.verdict.text).toContain('Job を作り直してください');
    const fja = ja.findings.find((x) => x.id === 'backoffLimitPerIndex')!;
    expect(await citedSection(fja, 'ja')).toBe('Indexed Job のインデックスごとの失敗（backoffLimitPerIndex）');
  });

  it('MaxFailedIndexesExceeded: more failed indexes than maxFailedIndexes, failed at once', async () => {
    const e = await explain('render');
    expect(e.verdict.text).toContain('Failed (MaxFailedIndexesExceeded): 2 indexes failed (2, 4), more than maxFailedIndexes 1 allows');
    expect(e.verdict.text).toContain(`index 4: Pod ${podName('render-4-')}, container main exited with code 3`);
    const ja = await explain('render', 'ja');
    expect(ja.verdict.text).toContain('2 個のインデックスが失敗し (2, 4)、maxFailedIndexes 1 を超えたため');
  });

  it('still running: the index being retried and its failures so far, not backoffLimit', async () => {
    const e = await explain('retrying');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain(
      'Running: 1 active, 2 of 3 indexes succeeded; retrying index 1 (1 failure of 3 tries), under backoffLimitPerIndex 2',
    );
    expect(e.verdict.text).not.toContain('backoffLimit 2147483647');
    const ja = await explain('retrying', 'ja');
    expect(ja.verdict.text).toContain('backoffLimitPerIndex 2 のもとでインデックス 1 (3 回中 1 回失敗) を再試行中です');
  });

  it('an index failed for good while others still run: the Job will end Failed', async () => {
    const lost = objects().map((o) =>
      o.kind === 'Job' && o.metadata?.name === 'retrying' ? { ...o, status: { ...(o.status as object), failedIndexes: '1' } } : o,
    );
    const e = await explain('retrying', 'en', lost);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('index 1 failed for good, so the Job will end Failed (FailedIndexes) once the other indexes finish');
  });

  it('reads index ranges as the controller writes them, and counts failures from the Pods', () => {
    expect(parseIndexes('1,3-5,9')).toEqual([1, 3, 4, 5, 9]);
    expect(indexText([1, 3, 4, 5, 9])).toBe('1, 3-5, 9');
    const job = objects().find((o) => o.kind === 'Job' && o.metadata?.name === 'retrying')!;
    const pods = objects().filter((o) => o.kind === 'Pod' && o.metadata?.name?.startsWith('retrying-')) as unknown as Pod[];
    const p = perIndex(job.spec, job.status, pods)!;
    expect(p.indexes).toEqual([expect.objectContaining({ index: 1, failures: 1, container: 'main', exitCode: 1 })]);
  });
});
