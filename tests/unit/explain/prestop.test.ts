// Pods being deleted whose containers are stopping (captured from the sandbox: tests/scenarios/prestop-hook.yaml,
// deleted with their grace period and not yet confirmed, the kubelet's events as it writes them): a preStop hook
// that failed (FailedPreStopHook), one still running, and a container SIGKILLed when the grace period ran out.
// Before, each was "Terminating: the Pod is being deleted — wait for it to stop, or check finalizers".
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { citedSection } from '../../support/handbook.js';

const NS = 'scn-prestop-hook-p5cnc';
const objects = () => fixtureObjects('prestop');
const explain = async (name: string, lang: 'en' | 'ja' = 'en', objs: readonly KubeObject[] = objects()) =>
  (await explainObjects(objs, 'pod', name, NS, lang)).e;
const cause = (e: Awaited<ReturnType<typeof explain>>) => e.findings.find((f) => f.id === 'cause');
/** The captured objects with one Pod changed. */
const withPod = (name: string, change: (p: KubeObject) => KubeObject) =>
  objects().map((o) => (o.kind === 'Pod' && o.metadata?.name === name ? change(o) : o));

describe('a Pod being deleted: its preStop hook and the grace period', () => {
  it('a failed preStop hook: what did not happen, that the shutdown goes on, how to try the hook', async () => {
    const e = await explain('drain-fail');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('the preStop hook of container app (exec sh -c /scripts/drain.sh) failed (FailedPreStopHook)');
    expect(e.verdict.text).toContain('a failed hook does not hold the Pod');
    expect(e.verdict.text).toContain('grace period of 30s runs out (deletionTimestamp 2026-12-01T02:11:07Z)');
    expect(e.verdict.text).toContain('kubectl exec drain-fail -c app -- sh -c /scripts/drain.sh');
    expect(e.verdict.text).not.toMatch(/finalizer|liveness/);
    const c = cause(e)!;
    expect(c.concept).toBe('container.prestop');
    expect(await citedSection(c, 'en')).toBe('preStop hook failed or too slow (FailedPreStopHook)');
    const ja = await explain('drain-fail', 'ja');
    expect(ja.verdict.text).toContain('コンテナ app の preStop フック (exec sh -c /scripts/drain.sh) が失敗しました');
    expect(ja.verdict.text).toContain('フックが失敗しても Pod は止まりません');
    expect(await citedSection(cause(ja)!, 'ja')).toBe('preStop フックの失敗と時間切れ（FailedPreStopHook）');
  });

  it('a hook still running: it comes before SIGTERM and counts against the grace period', async () => {
    const e = await explain('draining');
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).toContain('first runs the preStop hook of container app (exec sh -c sleep 20), then sends SIGTERM');
    expect(e.verdict.text).toContain(
      'the grace period of 45s includes the hook, so the container is stopped by about 2026-12-01T02:11:22Z',
    );
    const term = e.findings.find((f) => f.id === 'pod.terminating')!;
    expect(term.detail).toContain('Deletion was requested with a grace period of 45s');
    expect(term.detail).toContain(
      'SIGKILLs what still runs at 2026-12-01T02:11:22Z (deletionTimestamp: the request time plus the grace period)',
    );
    const ja = await explain('draining', 'ja');
    expect(ja.verdict.text).toContain('まずコンテナ app の preStop フック (exec sh -c sleep 20) を実行し、その後 SIGTERM を送ります');
  });

  it('SIGKILL when the grace period ran out (exit 137): the hook and the shutdown took longer, not an OOM or a probe', async () => {
    const e = await explain('cut-off');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('container app was killed with SIGKILL (exit 137) when the grace period of 10s ran out');
    expect(e.verdict.text).toContain('its preStop hook (exec /bin/drain --wait)');
    expect(e.verdict.text).not.toMatch(/OOM|liveness/);
    const ja = await explain('cut-off', 'ja');
    expect(ja.verdict.text).toContain('コンテナ app は猶予期間 10 秒が尽きたため SIGKILL で強制終了されました (終了コード 137)');
  });

  it('a finalizer: said beside the hook while a container runs, and alone once none does', async () => {
    const held = (p: KubeObject) => ({ ...p, metadata: { ...p.metadata, finalizers: ['example.com/hold'] } });
    const e = await explain('drain-fail', 'en', withPod('drain-fail', held));
    expect(e.verdict.text).toContain('preStop hook of container app');
    expect(cause(e)!.detail).toContain('Finalizer example.com/hold keeps the Pod object');
    const stopped = (p: KubeObject) => {
      const st = p.status as { containerStatuses: { state: object }[] };
      const terminated = { terminated: { exitCode: 0, reason: 'Completed' } };
      return { ...held(p), status: { ...st, containerStatuses: st.containerStatuses.map((s) => ({ ...s, state: terminated })) } };
    };
    const gone = await explain('drain-fail', 'en', withPod('drain-fail', stopped));
    expect(gone.verdict.text).toContain('finalizer example.com/hold keeps the Pod object until the controller that added it removes it');
  });

  it('a forced deletion (grace period 0) runs no hook: no claim that it does', async () => {
    const forced = (p: KubeObject) => ({ ...p, metadata: { ...p.metadata, deletionGracePeriodSeconds: 0 } });
    const e = await explain('draining', 'en', withPod('draining', forced));
    expect(e.verdict.text).not.toContain('preStop');
  });
});
