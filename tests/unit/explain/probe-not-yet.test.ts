// A running container that is not ready while no probe failure explains it (captured from the sandbox:
// tests/scenarios/probe-not-yet.yaml, its status patched as the kubelet writes it): a startup probe that
// has not passed (started=false), one that failed fewer than failureThreshold times, and a readiness probe
// still in its initialDelaySeconds. Before, each was "Running but not Ready — check the readiness probe".
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { podCause } from '../../../src/explain/pod-cause.js';
import { loadCatalogs, say } from '../../../src/i18n/localize.js';
import type { Pod } from '../../../src/model/pod.js';
import { citedSection } from '../../support/handbook.js';

const NS = 'scn-probe-not-yet-4zj6o';
const objects = () => fixtureObjects('probe-not-yet');
const SLOW = 'slow-797ddd67bb-25nhd';
const explain = (kind: string, name: string, lang: 'en' | 'ja' = 'en', objs: readonly KubeObject[] = objects()) =>
  explainObjects(objs, kind, name, NS, lang).then((r) => r.e);
const cited = (e: Awaited<ReturnType<typeof explain>>) => e.findings.find((f) => f.id === 'cause');

describe('a probe that has not passed yet', () => {
  it('startup probe not passed, no failure: its allowance from the container start, what is not known, and what to watch', async () => {
    const e = await explain('pod', SLOW);
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).toContain('the startup probe of container app (HTTP GET /healthz :8080) has not passed yet');
    expect(e.verdict.text).toContain('no failure of it is recorded');
    expect(e.verdict.text).toContain('only after 30 failures in a row: about 300s, until 2026-01-01T00:05:02Z');
    expect(e.verdict.text).toContain(`kubectl get pod ${SLOW} -w`);
    expect(e.verdict.text).not.toContain('check the readiness probe');
    const c = cited(e)!;
    expect(c.concept).toBe('probes.not-yet');
    expect(c.detail).toContain('A probe that passes writes no event');
    expect(await citedSection(cited(e)!, 'en')).toBe('Not Ready yet: a probe that has not passed');
    const ja = await explain('pod', SLOW, 'ja');
    expect(ja.verdict.text).toContain(
      'コンテナ app の startup probe (HTTP GET /healthz :8080) はまだ成功しておらず、その失敗も記録されていません',
    );
    expect(ja.verdict.text).toContain('30 回続けて失敗したときに初めてコンテナを再起動します (約 300 秒、2026-01-01T00:05:02Z まで)');
    expect(await citedSection(cited(ja)!, 'ja')).toBe('まだ Ready でない: 成功していない probe');
  });

  it('startup probe failing within failureThreshold: how often, how it failed, when the kubelet would restart it', async () => {
    const e = await explain('pod', 'warming');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('the startup probe of container app (TCP :5432) has failed 4 times so far (connection refused');
    expect(e.verdict.text).toContain(
      'initialDelaySeconds 5 + 12 × 5s: about 65s after it started at 2026-01-01T00:00:02Z, until 2026-01-01T00:01:07Z',
    );
    expect(e.verdict.text).toContain('kubectl logs warming -c app');
    expect(e.verdict.text).not.toMatch(/readiness probe of|Restarting/);
    const ja = await explain('pod', 'warming', 'ja');
    expect(ja.verdict.text).toContain('コンテナ app の startup probe (TCP :5432) はこれまでに 4 回失敗しています (接続拒否');
    expect(ja.verdict.text).toContain('まだ再起動されていません');
  });

  it('readiness probe in its initialDelaySeconds: its first check and the successes it needs', async () => {
    const e = await explain('pod', 'delayed');
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).toContain('the readiness probe of container web (HTTP GET /ready :80) has not passed yet');
    expect(e.verdict.text).toContain(
      'initialDelaySeconds (45s) after the container started (2026-01-01T00:00:02Z, so from 2026-01-01T00:00:47Z)',
    );
    expect(e.verdict.text).toContain('after 2 successes in a row');
    expect(e.verdict.text).toContain('kubectl describe pod delayed');
    const ja = await explain('pod', 'delayed', 'ja');
    expect(ja.verdict.text).toContain('2026-01-01T00:00:47Z 以降');
    expect(ja.verdict.text).toContain('2 回続けて成功するとコンテナを Ready にします');
  });

  it('a readiness failure in the events is still said as a failing probe', async () => {
    const failed: KubeObject = {
      kind: 'Event',
      apiVersion: 'v1',
      metadata: { name: 'delayed.1', namespace: NS },
      involvedObject: { kind: 'Pod', name: 'delayed', namespace: NS, fieldPath: 'spec.containers{web}' },
      reason: 'Unhealthy',
      type: 'Warning',
      message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
      count: 3,
    };
    const pod = objects().find((o) => o.kind === 'Pod' && (o.metadata as { name: string }).name === 'delayed')!;
    const uid = (pod.metadata as { uid: string }).uid;
    const e = await explain('pod', 'delayed', 'en', [
      ...objects(),
      { ...failed, involvedObject: { ...(failed.involvedObject as object), uid } },
    ]);
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('readiness probe of web (HTTP GET /ready :80) fails with HTTP 503');
  });

  it('events that could not be read: it does not claim that no failure is recorded', async () => {
    await loadCatalogs('en');
    await loadCatalogs('ja');
    const pod = objects().find((o) => o.kind === 'Pod' && (o.metadata as { name: string }).name === 'delayed') as unknown as Pod;
    const c = podCause({ pod })!;
    expect(say(c.message, 'en')).toContain("whether it failed is unknown (the Pod's events were not read)");
    expect(say(c.message, 'ja')).toContain('失敗したかどうかは分かりません');
  });

  it('the Deployment says its new Pod is still starting, not failing', async () => {
    const e = await explain('deployment', 'slow');
    expect(e.verdict.text).toContain(`0 of 1 replicas available — new Pod ${SLOW} is still starting: Starting: the startup probe`);
    expect(e.verdict.text).not.toContain('failing');
    const ja = await explain('deployment', 'slow', 'ja');
    expect(ja.verdict.text).toContain(`新しい Pod ${SLOW} はまだ起動中です`);
  });
});
