// A Job whose only Pod (restartPolicy Never) was OOMKilled (tests/fixtures/job-oom, capture.sh): the Job's
// verdict names BackoffLimitExceeded, the Pod, the container's memory limit and the fix, without a
// "(0 restarts)" that a Pod which is never restarted cannot have. en and ja, through the Job's real read plan.
import { describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';

const pod = fixtureObjects('job-oom').find((o) => o.kind === 'Pod')!.metadata!.name!;

describe('a Job failed by an OOMKilled Pod', () => {
  it('names the limit and the Pod, and no restart count', async () => {
    const { e } = await explainFixture('job-oom', 'Job', 'etl', 'kx-joboom');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(
      `Failed (BackoffLimitExceeded): 1 Pod failed, more than backoffLimit 0 allows — last failed Pod ${pod}`,
    );
    expect(e.verdict.text).toContain(
      `OOMKilled: container etl used more memory than its limit (512Mi) and was killed — raise the memory limit to what it really uses (kubectl top pod ${pod} while it runs)`,
    );
    expect(e.verdict.text).not.toContain('restarts');
    const ja = (await explainFixture('job-oom', 'Job', 'etl', 'kx-joboom', 'ja')).e;
    expect(ja.verdict.text).toContain(
      `コンテナ etl がメモリ上限 512Mi を超えて強制終了されました — メモリ上限を実際の使用量 (動作中に kubectl top pod ${pod}) まで引き上げる`,
    );
    expect(ja.verdict.text).not.toContain('再起動');
  });
});
