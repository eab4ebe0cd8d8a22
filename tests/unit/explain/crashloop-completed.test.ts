// A container whose command ends with exit code 0 and is restarted into CrashLoopBackOff (captured from the
// sandbox: tests/scenarios/crashloop-completed.yaml). Before, the verdict sent the learner to the logs for an
// error ("exited with code 0 (Completed) … read its logs"): nothing failed, the command finished.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';
import { citedSection } from '../../support/handbook.js';

const NS = 'scn-crashloop-completed-se65g';
const POD = 'tools-5f8d9df45c-m6fvv';

describe('CrashLoopBackOff after exit code 0 (Completed)', () => {
  it('says the command finished and restartPolicy Always restarts it, and what to change', async () => {
    const { e } = await explainFixture('crashloop-completed', 'pod', POD, NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('container toolbox exited with code 0 (Completed): its command finished without an error');
    expect(e.verdict.text).toContain('restartPolicy Always starts it again each time (restarted 4 times)');
    expect(e.verdict.text).toContain(`kubectl logs ${POD} -c toolbox --previous`);
    expect(e.verdict.text).toContain('work that is meant to finish belongs in a Job');
    const cause = e.findings.find((f) => f.id === 'cause')!;
    expect(cause.concept).toBe('container.completed-restart');
    expect(await citedSection(cause, 'en')).toBe('Restarted after exit code 0 (Completed)');
    const ja = (await explainFixture('crashloop-completed', 'pod', POD, NS, 'ja')).e;
    expect(ja.verdict.text).toContain('コンテナ toolbox が終了コード 0 (Completed) で終了しました。コマンドはエラーなく終わっており');
    expect(
      await citedSection(
        ja.findings.find((f) => f.id === 'cause')!,
        'ja',
      ),
    ).toBe('終了コード 0 で終わって再起動される（Completed）');
  });

  it('the Deployment carries the same cause up', async () => {
    const { e } = await explainFixture('crashloop-completed', 'deployment', 'tools', NS);
    expect(e.verdict.text).toContain(
      'new Pod tools-5f8d9df45c-m6fvv is failing: CrashLoopBackOff: container toolbox exited with code 0 (Completed)',
    );
  });
});
