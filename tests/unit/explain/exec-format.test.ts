// An image built for another CPU architecture: the container starts, runc cannot exec its program and the
// process exits 255 with "exec /app: exec format error", copied into lastState.terminated.message by
// terminationMessagePolicy FallbackToLogsOnError (captured from the sandbox: tests/scenarios/exec-format.yaml).
// Before: "CrashLoopBackOff: container app exited with code 255 (Error) … read its logs", the cause unread.
import { describe, expect, it } from 'vitest';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { citedSection } from '../../support/handbook.js';
import { startProblem } from '../../../src/explain/causes/start-error.js';

const NS = 'scn-exec-format-vjwij';
const POD = 'fmt-8c6d4b977-mh8vr';
const explain = (kind: string, name: string, lang: 'en' | 'ja' = 'en') =>
  explainObjects(fixtureObjects('exec-format'), kind, name, NS, lang).then((r) => r.e);

describe('exec format error from a started container', () => {
  it('names the program, the image and the architecture, and cites the section on exit codes', async () => {
    const e = await explain('pod', POD);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('/app in image registry.example.test/shop/app:1.4 cannot be executed on this node (exec format error');
    expect(e.verdict.text).toContain("use an image built for the node's architecture");
    expect(e.verdict.text).not.toMatch(/exited with code 255/);
    const cause = e.findings.find((f) => f.id === 'cause')!;
    expect(cause.concept).toBe('container.exit-codes');
    expect(await citedSection(cause, 'en')).toBe('Exit codes');
    const ja = await explain('pod', POD, 'ja');
    expect(ja.verdict.text).toContain('イメージ registry.example.test/shop/app:1.4 の /app はこのノードで実行できません');
    expect(ja.verdict.text).toContain('ノードのアーキテクチャ向けのイメージを使ってください');
    const deploy = await explain('deploy', 'fmt');
    expect(deploy.verdict.text).toContain('/app in image registry.example.test/shop/app:1.4 cannot be executed on this node');
  });

  it('claims it only when the message says exec format error', () => {
    expect(startProblem('exec /app: exec format error\n', { name: 'app' })).toMatchObject({ kind: 'wrong-format', program: '/app' });
    expect(startProblem('exec /app: permission denied', { name: 'app' })).toEqual({ kind: 'other' });
    expect(startProblem('panic: runtime error', { name: 'app' })).toEqual({ kind: 'other' });
  });
});
