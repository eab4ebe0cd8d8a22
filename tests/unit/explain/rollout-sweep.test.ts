// Deployments captured from the sandbox mid-rollout (tests/fixtures/rollout-sweep, see its README):
// paused after a template change, past progressDeadlineSeconds with a new Pod that never became Ready,
// and stuck with maxUnavailable 0 on a new Pod no node can take. Each verdict names the ReplicaSets and
// Pods involved and one next step, in en and ja.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';

const NS = 'sr-x';
const run = (name: string, lang: 'en' | 'ja' = 'en') => explainFixture('rollout-sweep', 'deploy', name, NS, lang);

describe('Deployment rollouts (captured)', () => {
  it('paused after a template change: the change, the ReplicaSet still running, rollout resume', async () => {
    const { e } = await run('web');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toBe(
      'Paused: the Pod template changed (web=nginx:1.27 → web=nginx:1.28) but is not rolled out: 2 Pods still run revision 1 (ReplicaSet web-8448b6f544) — roll it out with kubectl rollout resume deploy/web -n sr-x',
    );
    // No ReplicaSet runs the new template: the one there is not called current.
    const rs = e.findings.find((f) => f.id === 'replicaset.web-8448b6f544');
    expect(rs?.detail).toContain('Runs the previous Pod template: the Deployment is paused');
    expect(rs?.detail).not.toContain('The current ReplicaSet');
    const ja = (await run('web', 'ja')).e;
    expect(ja.verdict.text).toContain('Pod 2 個はリビジョン 1(ReplicaSet web-8448b6f544)のままです');
    expect(ja.verdict.text).toContain('kubectl rollout resume deploy/web -n sr-x でロールアウトしてください');
  });

  it('past the progress deadline with a new Pod not Ready: the new ReplicaSet, the Pod, the probe, rollout undo', async () => {
    const { e } = await run('api');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(
      /^Rollout stuck \(ProgressDeadlineExceeded\): new ReplicaSet api-8494c875df made no progress for 10s \(1 of 2 replicas updated, 2 available\) — new Pod api-8494c875df-v9g49 has not become Ready in time: Running but not Ready: the readiness probe of container api \(HTTP GET \/healthz :80\)/,
    );
    expect(e.verdict.text).not.toContain('still starting');
    expect(e.verdict.text).toContain('old ReplicaSet api-6cdcdd79bd still serves 2 ready Pods');
    expect(e.verdict.text).toMatch(/roll back with kubectl rollout undo deploy\/api -n sr-x$/);
    const ja = (await run('api', 'ja')).e;
    expect(ja.verdict.text).toContain('新しい ReplicaSet api-8494c875df は 10 秒間進捗がありません');
    expect(ja.verdict.text).toContain('新しい Pod api-8494c875df-v9g49 は期限内に Ready になりませんでした');
    expect(ja.verdict.text).toContain('kubectl rollout undo deploy/api -n sr-x で元に戻してください');
  });

  it('maxUnavailable 0 and a new Pod no node can take, past the deadline: the Pod and why it is Pending, the old ReplicaSet serving', async () => {
    // Captured more than 600 s (the default progressDeadlineSeconds) after the change: the controller gave up.
    const { e } = await run('big');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(/^Rollout stuck \(ProgressDeadlineExceeded\): new ReplicaSet big-6f58486bd8 made no progress for 600s/);
    // The scheduler's message also counted two tainted nodes of another test ("2 node(s) had untolerated taint(s)"):
    // the Node list (read because a Pod is unavailable) shows no node has the label, so the selector is the cause.
    expect(e.verdict.text).toContain(
      'new Pod big-6f58486bd8-mz7cj is failing: Pending: none of the 3 nodes has the labels the Pod requires (disktype=nvme)',
    );
    expect(e.verdict.text).not.toContain('toleration');
    expect(e.verdict.text).toContain('old ReplicaSet big-74b68868c still serves 1 ready Pod');
    expect(e.findings.find((f) => f.id === 'strategy')?.detail).toContain(
      'With maxUnavailable 0 an old Pod is removed only after a new one is available',
    );
    const ja = (await run('big', 'ja')).e;
    expect(ja.verdict.text).toContain('新しい ReplicaSet big-6f58486bd8 は 600 秒間進捗がありません');
    expect(ja.verdict.text).toContain('新しい Pod big-6f58486bd8-mz7cj が失敗しています: Pending');
    expect(ja.verdict.text).toContain('古い ReplicaSet big-74b68868c の Ready な Pod 1 個');
  });
});
