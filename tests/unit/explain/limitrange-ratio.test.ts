// A LimitRange's maxLimitRequestRatio refusing a Deployment's Pods (tests/fixtures/limitrange-ratio,
// capture.sh): the verdict names the LimitRange cause with the API server's words and the fix, not
// "fix what the API server names". en and ja, through the Deployment's real read plan.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';

describe('LimitRange maxLimitRequestRatio', () => {
  it('is a LimitRange rejection, with the ratio the API server states', async () => {
    const { e } = await explainFixture('limitrange-ratio', 'Deployment', 'api', 'kx-lratio');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(
      'a LimitRange of the namespace rejects them: "memory max limit to request ratio per Container is 2, but provided ratio is 4.000000"',
    );
    expect(e.verdict.text).toContain('fit the requests/limits to the LimitRange');
    expect(e.verdict.text).not.toContain('fix what the API server names');
    expect(e.findings[0]!.concept).toBe('limitrange.defaults');
    const ja = (await explainFixture('limitrange-ratio', 'Deployment', 'api', 'kx-lratio', 'ja')).e;
    expect(ja.verdict.text).toContain('LimitRange が拒否しています');
    expect(ja.verdict.text).toContain('「memory max limit to request ratio per Container is 2, but provided ratio is 4.000000」');
  });
});
