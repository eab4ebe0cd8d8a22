// The workload, Node, Namespace and config explainers on real sandbox objects
// (tests/fixtures/workloads): a Deployment whose new template crash-loops (maxUnavailable 0, so the
// old ReplicaSet keeps serving), a failed and a completed Job, a CronJob, a StatefulSet without its
// Service and with an unbound claim, a DaemonSet limited by nodeSelector, a ConfigMap, a Secret (a sentinel value that must never appear) and a ServiceAccount.
import { describe, expect, it } from 'vitest';
import { explainDeployment, scaledValue } from '../../../src/explain/deployment.js';
import { explainReplicaSet } from '../../../src/explain/replicaset.js';
import { explainStatefulSet } from '../../../src/explain/statefulset.js';
import { explainDaemonSet } from '../../../src/explain/daemonset.js';
import { explainJob } from '../../../src/explain/job.js';
import { explainCronJob } from '../../../src/explain/cronjob.js';
import { explainFixture } from '../../support/fixture-reader.js';
import { CONCEPTS } from '../../../src/docs/catalog.js';
import type { Explanation } from '../../../src/model/explanation.js';
import { rawSecret, snapshot } from './workload-fixtures.js';

const keys = new Set(CONCEPTS.map((c) => c.key));
const find = (e: Explanation, id: string) => e.findings.find((f) => f.id === id);
function wellFormed(e: Explanation) {
  for (const f of e.findings) expect(keys, `${e.target.kind} ${f.id}: ${f.concept}`).toContain(f.concept);
  expect(new Set(e.findings.map((f) => f.id)).size, e.findings.map((f) => f.id).join()).toBe(e.findings.length);
}

describe('Deployment', () => {
  const web = snapshot('deployments', 'web', ['pods', 'replicaSets']);

  it('stuck rollout: verdict first names the counts, the failing new Pods and the old ReplicaSet still serving', () => {
    const e = explainDeployment(web, 'en');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(
      /^Rollout stuck \(ProgressDeadlineExceeded\): 1 of 3 replicas updated, 3 available — new Pods are failing: CrashLoopBackOff: container web exited with code 1 \(Error\) and was restarted 5 time/,
    );
    expect(e.verdict.text).toContain('old ReplicaSet web-67476f5779 still serves 3 ready Pods');
    wellFormed(e);
  });

  it('rollout counts, conditions with their reasons, strategy, history with the image diff, Pods split by ReplicaSet', () => {
    const e = explainDeployment(web, 'en');
    expect(find(e, 'rollout')?.title).toBe('Replicas: 3 desired, 4 current, 1 updated, 3 ready, 3 available, 1 unavailable');
    expect(find(e, 'condition.Progressing')).toMatchObject({ severity: 'warning', concept: 'deployment.rollout' });
    expect(find(e, 'condition.Progressing')?.detail).toContain('kubectl rollout undo deploy/web');
    expect(find(e, 'condition.Available')?.severity).toBe('ok');
    expect(find(e, 'strategy')?.detail).toContain(
      'maxSurge 1, maxUnavailable 0: during a rollout at most 4 Pods exist and at least 3 stay available',
    );
    expect(find(e, 'replicaset.web-5ff94f5958')?.title).toBe('ReplicaSet web-5ff94f5958 (revision 2): 1 desired, 0 ready, 0 available');
    expect(find(e, 'replicaset.web-5ff94f5958')?.detail).toContain('Changed since revision 1: web=nginx:1.27 → web=nginx:1.28');
    expect(find(e, 'pods.new')).toMatchObject({ severity: 'error', detail: 'CrashLoopBackOff (1): web-5ff94f5958-m42gd' });
    expect(find(e, 'pods.new.worst')?.detail).toContain('kubexplain explain pod/web-5ff94f5958-m42gd -n kxwl-fixtures');
    expect(find(e, 'pods.old')).toMatchObject({
      severity: 'ok',
      detail: 'Ready (3): web-67476f5779-4h9tr, web-67476f5779-nfvnz, web-67476f5779-twrjs',
    });
    // Events of the Deployment and its ReplicaSets only.
    expect(find(e, 'events')?.detail).toContain('Scaled up replica set web-5ff94f5958 from 0 to 1');
    expect(find(e, 'events')?.detail).not.toContain('migrate');
  });

  it('in Japanese', () => {
    const e = explainDeployment(web, 'ja');
    expect(e.verdict.text).toMatch(
      /^ロールアウトが停滞しています\(ProgressDeadlineExceeded\): 3 個中 1 個が更新済み、3 個が利用可能 — 新しい Pod が失敗しています: CrashLoopBackOff: /,
    );
    expect(e.verdict.text).toContain('古い ReplicaSet web-67476f5779 の Ready な Pod 3 個');
  });

  it('a healthy Recreate Deployment', () => {
    const e = explainDeployment(snapshot('deployments', 'steady', ['pods', 'replicaSets']), 'en');
    expect(e.verdict).toEqual({ severity: 'ok', text: 'Healthy: all 2 replicas updated and available (revision 1, app=nginx:1.27)' });
    expect(find(e, 'strategy')?.detail).toMatch(/^Every old Pod is stopped before new ones start/);
    expect(find(e, 'pods.worst')).toBeUndefined();
  });

  it('mid-rollout (Progressing still true) says rolling out; a 403 on Pods says unknown, not none', () => {
    const snap = snapshot('deployments', 'web', ['replicaSets'], {
      warnings: ['forbidden: cannot list pods in namespace "kxwl-fixtures"'],
    });
    const d = structuredClone(snap.object) as { status: { conditions: { type: string; status: string; reason?: string }[] } };
    d.status.conditions = d.status.conditions.map((c) =>
      c.type === 'Progressing' ? { ...c, status: 'True', reason: 'ReplicaSetUpdated' } : c,
    );
    const e = explainDeployment({ ...snap, object: d as never }, 'en');
    expect(e.verdict).toEqual({ severity: 'warning', text: 'Rolling out: 1 of 3 replicas updated, 3 available' });
    expect(find(e, 'pods.new')).toMatchObject({ severity: 'warning', title: 'Pods: ?' });
    expect(e.warnings).toHaveLength(1);
  });

  it('a spec the controller has not seen yet is not judged', () => {
    const snap = snapshot('deployments', 'steady', ['pods', 'replicaSets']);
    const d = structuredClone(snap.object) as { metadata: { generation: number }; status: { observedGeneration: number } };
    d.metadata.generation = d.status.observedGeneration + 1;
    expect(explainDeployment({ ...snap, object: d as never }, 'en').verdict.text).toMatch(
      /^Waiting for the controller: spec generation \d+ is not processed yet/,
    );
  });

  it('maxSurge/maxUnavailable percentages round like the controller', () => {
    expect(scaledValue('25%', 3, true, '25%')).toBe(1);
    expect(scaledValue('25%', 3, false, '25%')).toBe(0);
    expect(scaledValue(undefined, 10, false, '25%')).toBe(2);
    expect(scaledValue(2, 10, true, '25%')).toBe(2);
  });
});

describe('ReplicaSet', () => {
  it('the new one crash-loops; the old one is healthy and owned by its Deployment', () => {
    const bad = explainReplicaSet(snapshot('replicasets', 'web-5ff94f5958', ['pods']), 'en');
    expect(bad.verdict.severity).toBe('error');
    expect(bad.verdict.text).toMatch(/^Degraded: 0 of 1 Pod available — CrashLoopBackOff: container web/);
    const ok = explainReplicaSet(snapshot('replicasets', 'web-67476f5779', ['pods']), 'ja');
    expect(ok.verdict).toEqual({ severity: 'ok', text: '正常: 3 個中 3 個の Pod が Ready です' });
    expect(find(ok, 'owner')).toMatchObject({ concept: 'owner.deployment', title: '所有者: Deployment web' });
    wellFormed(bad);
  });
});

describe('Job', () => {
  it('failed: BackoffLimitExceeded with the backoffLimit and the last failed Pod explained', () => {
    const e = explainJob(snapshot('jobs', 'migrate', ['pods']), 'en');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(
      /^Failed \(BackoffLimitExceeded\): 2 Pods failed, more than backoffLimit 1 allows — last failed Pod migrate-\w+: Failed: container migrate exited with code 1 \(Error\)/,
    );
    expect(find(e, 'backoffLimit')).toMatchObject({ severity: 'error', title: 'backoffLimit 1' });
    expect(find(e, 'condition.Failed')).toMatchObject({ severity: 'warning', concept: 'job' });
    expect(find(e, 'condition.FailureTarget')?.detail).toContain('about to be marked Failed');
    wellFormed(e);
  });

  it('counts Pods the controller has not yet added to status.failed (uncountedTerminatedPods), as it does when setting FailureTarget', () => {
    const snap = snapshot('jobs', 'migrate', ['pods']);
    const job = structuredClone(snap.object) as { status: Record<string, unknown> };
    // The moment seen live: the second failure decided (FailureTarget), status.failed not caught up yet.
    job.status.failed = 1;
    job.status.uncountedTerminatedPods = { failed: ['3f0b9c1e-uncounted'] };
    const e = explainJob({ ...snap, object: job as never }, 'en');
    expect(e.verdict.text).toMatch(/^Failed \(BackoffLimitExceeded\): 2 Pods failed, more than backoffLimit 1 allows/);
    expect(find(e, 'backoffLimit')?.severity).toBe('error');
  });

  it('DeadlineExceeded names activeDeadlineSeconds', () => {
    const snap = snapshot('jobs', 'migrate', ['pods']);
    const job = structuredClone(snap.object) as {
      spec: Record<string, unknown>;
      status: { conditions: { type: string; reason?: string }[] };
    };
    job.spec.activeDeadlineSeconds = 30;
    job.status.conditions = job.status.conditions.map((c) => ({
      ...c,
      reason: 'DeadlineExceeded',
      message: 'Job was active longer than specified deadline',
    }));
    const e = explainJob({ ...snap, object: job as never }, 'ja');
    expect(e.verdict.text).toMatch(
      /^失敗 \(DeadlineExceeded\): Job の実行時間が activeDeadlineSeconds\(30 秒\)を超えました — 最後に失敗した Pod migrate-/,
    );
  });

  it('complete: ok with the duration; SuccessCriteriaMet explained', () => {
    const e = explainJob(snapshot('jobs', 'report', ['pods']), 'en');
    expect(e.verdict).toEqual({ severity: 'ok', text: 'Complete: 1 of 1 completions succeeded (1s)' });
    expect(find(e, 'condition.SuccessCriteriaMet')?.severity).toBe('ok');
    expect(explainJob(snapshot('jobs', 'report', ['pods']), 'ja').verdict.text).toBe('完了: 1 回中 1 回の実行が成功しました(1s)');
  });
});

describe('CronJob', () => {
  it('schedule with time zone, Forbid, history limits and the Jobs it owns with their outcome', () => {
    const e = explainCronJob(snapshot('cronjobs', 'nightly', ['jobs', 'pods']), 'en');
    expect(e.verdict.severity).toBe('ok');
    expect(e.verdict.text).toMatch(/^Healthy: last run Job nightly-29923949 succeeded \(2026-11-23T12:29:01Z\); schedule \* \* \* \* \*$/);
    expect(find(e, 'schedule')?.title).toBe('Schedule * * * * * (Etc/UTC)');
    expect(find(e, 'concurrency')?.detail).toMatch(/skipped while the previous Job is still running/);
    expect(find(e, 'history')?.title).toBe('History: keeps 2 successful and 1 failed Jobs');
    expect(find(e, 'jobs')?.detail.split('\n')).toEqual([
      'nightly-29923949: Complete: 1 of 1 completions succeeded (1s)',
      'nightly-29923948: Complete: 1 of 1 completions succeeded (1s)',
    ]);
    wellFormed(e);
  });

  it('suspended', () => {
    const snap = snapshot('cronjobs', 'nightly', ['jobs', 'pods']);
    const cj = structuredClone(snap.object) as { spec: { suspend: boolean } };
    cj.spec.suspend = true;
    expect(explainCronJob({ ...snap, object: cj as never }, 'en').verdict).toEqual({
      severity: 'warning',
      text: 'Suspended: schedule * * * * * creates no Jobs until spec.suspend is false',
    });
  });
});

describe('StatefulSet', () => {
  it('ordinals in order, the missing governing Service, the unbound claim', () => {
    const e = explainStatefulSet(snapshot('statefulsets', 'cache', ['pods', 'services', 'pvcs']), 'en');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toMatch(
      /^Not ready: 0 of 2 Pods ready — Pending: PersistentVolumeClaim data-cache-0 is not bound, so the Pod cannot be placed/,
    );
    expect(e.verdict.text).toContain('its governing Service cache does not exist');
    expect(find(e, 'ordinals')?.detail.split('\n').slice(0, 2)).toEqual([
      'cache-0: Unschedulable',
      'cache-1: not created (waits for cache-0 to be Running and Ready)',
    ]);
    expect(find(e, 'service')).toMatchObject({ severity: 'error', concept: 'service.headless' });
    expect(find(e, 'pvc.data')?.detail).toMatch(/^data-cache-0: Pending \(storageClass none/);
    // The worst Pod's own Warning events come from the namespace's events already read.
    expect(find(e, 'pods.worst')?.detail).toContain('Warning FailedScheduling');
    wellFormed(e);
  });
});

describe('DaemonSet', () => {
  it('healthy on the one eligible node; the other nodes are excluded by its nodeSelector', () => {
    const e = explainDaemonSet(snapshot('daemonsets', 'agent', ['pods', 'nodes']), 'en');
    expect(e.verdict).toEqual({ severity: 'ok', text: 'Healthy: running and ready on the one eligible node' });
    expect(find(e, 'nodes.without')).toMatchObject({
      severity: 'info',
      detail: 'kx-node-2: not eligible: labels do not match disktype=ssd\nkx-node-3: not eligible: labels do not match disktype=ssd',
    });
    wellFormed(e);
  });

  it('a NoSchedule taint it does not tolerate is named', () => {
    const snap = snapshot('daemonsets', 'agent', ['pods', 'nodes']);
    const nodes = structuredClone(snap.related.nodes!) as {
      metadata: { name: string; labels: Record<string, string> };
      spec: Record<string, unknown>;
    }[];
    nodes[1]!.metadata.labels.disktype = 'ssd';
    nodes[1]!.spec.taints = [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }];
    const e = explainDaemonSet({ ...snap, related: { ...snap.related, nodes: nodes as never } }, 'ja');
    expect(find(e, 'nodes.without')?.detail).toContain(
      `${nodes[1]!.metadata.name}: 対象外: taint dedicated=db:NoSchedule を許容(toleration)していません`,
    );
  });
});

describe('ConfigMap, Secret, ServiceAccount', () => {
  it('ConfigMap: keys with sizes and the Pod that uses it (its real plan: the ConfigMap and the Pods, 2 requests)', async () => {
    const { e, requests } = await explainFixture('workloads', 'cm', 'web-config', 'kxwl-fixtures');
    expect(requests).toBe(2);
    expect(e.verdict).toEqual({ severity: 'info', text: 'ConfigMap with 2 keys (26 bytes), used by 1 Pod' });
    expect(find(e, 'keys')?.detail.split('\n').slice(0, 2)).toEqual(['LOG_LEVEL: 4 bytes', 'nginx.conf: 22 bytes']);
    expect(find(e, 'pods')?.detail).toBe('uses-config: Ready');
  });

  it('Secret: type, key names and sizes; the sentinel value appears in no output format and no language', async () => {
    const sentinel = 'KX-SENTINEL-9f3a2c';
    // The captured Secret holds it twice: base64 in data, plain in the last-applied annotation.
    expect(JSON.stringify(rawSecret())).toContain(sentinel);
    const { renderJson } = await import('../../../src/render/json.js');
    const { renderText } = await import('../../../src/render/text.js');
    const { renderMarkdown } = await import('../../../src/render/markdown.js');
    const forms: string[] = [];
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await explainFixture('workloads', 'secret', 'db-credentials', 'kxwl-fixtures', lang);
      forms.push(renderJson(e), renderText(e), renderText(e, true), renderMarkdown(e));
    }
    const { e } = await explainFixture('workloads', 'secret', 'db-credentials', 'kxwl-fixtures');
    expect(e.verdict.text).toBe('Secret of type Opaque with 2 keys, used by 1 Pod (values are never shown)');
    expect(find(e, 'keys')?.detail).toContain('password: 18 bytes');
    for (const out of forms) {
      expect(out).not.toContain(sentinel);
      expect(out).not.toContain(Buffer.from(sentinel).toString('base64'));
      expect(out).not.toContain('last-applied-configuration');
    }
  });

  it('ServiceAccount: automount off, the missing imagePullSecret, Pods running as it, no binding names it', async () => {
    const { e, requests } = await explainFixture('workloads', 'sa', 'builder', 'kxwl-fixtures');
    expect(requests).toBe(7);
    expect(e.verdict).toEqual({
      severity: 'error',
      text: 'imagePullSecrets not found: registry-pull — Pods of this ServiceAccount cannot pull from the private registry',
    });
    expect(find(e, 'automount')?.title).toBe('automountServiceAccountToken: false');
    expect(find(e, 'pods')?.detail).toBe('uses-config: Ready');
    expect(find(e, 'rbac.bindings')?.title).toBe('RBAC: no binding names this ServiceAccount');
    wellFormed(e);
  });
});
