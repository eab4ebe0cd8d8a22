// A Job failed by its podFailurePolicy, captured from the sandbox (tests/fixtures/job-failure-policy):
// the verdict names the rule, the Pod and the container from the objects; and the rule matching follows
// the Job controller's semantics (order, In/NotIn, containerName, zero exit codes, condition status).
import { describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';
import { matchRule, type FailureRule } from '../../../src/explain/job-failure-policy.js';
import type { Pod } from '../../../src/model/pod.js';

const pod = fixtureObjects('job-failure-policy').find((o) => o.kind === 'Pod') as unknown as Pod;

describe('podFailurePolicy', () => {
  it('the verdict names the matching rule, the Pod, the exit code and that backoffLimit gave no retry (en, ja)', async () => {
    const en = (await explainFixture('job-failure-policy', 'Job', 'migrate', 'kx-jobpfp')).e;
    expect(en.verdict.severity).toBe('error');
    expect(en.verdict.text).toContain(
      `rule 1 of podFailurePolicy (FailJob when container main exits with a code in [1, 2]) matched Pod ${pod.metadata.name} (container main exited with code 1)`,
    );
    expect(en.verdict.text).toContain('without the retries backoffLimit 6 allows');
    expect(en.verdict.text).toContain(`kubectl logs ${pod.metadata.name} -c main`);
    const policy = en.findings.find((f) => f.id === 'podFailurePolicy');
    expect(policy).toMatchObject({ severity: 'error', concept: 'job.pod-failure-policy' });
    expect(policy?.detail).toContain('Rule 0: Ignore when the Pod has condition DisruptionTarget');
    expect(en.findings.find((f) => f.id === 'condition.Failed')?.concept).toBe('job.pod-failure-policy');
    const ja = (await explainFixture('job-failure-policy', 'Job', 'migrate', 'kx-jobpfp', 'ja')).e;
    expect(ja.verdict.text).toContain(
      `podFailurePolicy のルール 1 (コンテナ main の終了コードが [1, 2] のいずれかなら FailJob) が Pod ${pod.metadata.name} (コンテナ main が終了コード 1 で終了) に一致したため、backoffLimit 6 の再試行なしに Job はすぐ失敗しました`,
    );
  });

  it('matches as the Job controller does: first rule wins, In/NotIn, containerName, condition status', () => {
    const exit = (operator: string, values: number[], containerName?: string): FailureRule => ({
      action: 'FailJob',
      onExitCodes: { operator, values, ...(containerName ? { containerName } : {}) },
    });
    expect(matchRule([exit('In', [1])], pod)).toMatchObject({ index: 0, container: 'main', exitCode: 1 });
    expect(matchRule([exit('In', [2])], pod)).toBeUndefined();
    expect(matchRule([exit('NotIn', [42])], pod)).toMatchObject({ index: 0, exitCode: 1 });
    expect(matchRule([exit('NotIn', [1])], pod)).toBeUndefined();
    expect(matchRule([exit('In', [1], 'sidecar')], pod)).toBeUndefined();
    // The first matching rule decides, even when a later one would fail the Job.
    expect(matchRule([{ action: 'Count', onExitCodes: { operator: 'NotIn', values: [0] } }, exit('In', [1])], pod)).toMatchObject({
      index: 0,
      rule: { action: 'Count' },
    });
    // A condition rule needs the condition with its status (True unless given): the captured Pod has Ready=False.
    expect(matchRule([{ action: 'Ignore', onPodConditions: [{ type: 'Ready', status: 'False' }] }], pod)).toMatchObject({
      condition: 'Ready',
    });
    expect(matchRule([{ action: 'Ignore', onPodConditions: [{ type: 'Ready' }] }], pod)).toBeUndefined();
    // Only a Failed Pod is matched.
    expect(matchRule([exit('In', [1])], { ...pod, status: { ...pod.status, phase: 'Running' } })).toBeUndefined();
  });
});
