// The Pod's root cause said in both languages: cause, objects, next step; concept and terms for the docs.
import { describe, expect, it } from 'vitest';
import { podCause } from '../../../../src/explain/pod-cause.js';
import type { NodeLike } from '../../../../src/explain/causes/scheduling.js';
import { say } from '../../../../src/i18n/localize.js';
import type { Event, Pod } from '../../../../src/model/pod.js';
import { loadPod } from '../pod-fixtures.js';

const both = (c: ReturnType<typeof podCause>) => ({ en: say(c!.message, 'en'), ja: say(c!.message, 'ja') });
const running = (over: Partial<Pod['status']>, spec: Partial<Pod['spec']> = {}): Pod => ({
  metadata: { name: 'web-1', namespace: 'shop', uid: 'u1' },
  spec: { containers: [{ name: 'app', livenessProbe: { httpGet: { path: '/healthz', port: 8080 } } }], ...spec },
  status: { phase: 'Running', ...over },
});

describe('podCause', () => {
  it('a liveness probe that kills the container: the probe, its path and port, the HTTP status, and the kill count', () => {
    const pod = running({
      containerStatuses: [
        {
          name: 'app',
          ready: false,
          restartCount: 3,
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { exitCode: 137, reason: 'Error' } },
        },
      ],
    });
    const events: Event[] = [
      { type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 503', count: 9 },
      { type: 'Normal', reason: 'Killing', message: 'Container app failed liveness probe, will be restarted', count: 3 },
    ];
    const c = podCause({ pod, events })!;
    expect(c).toMatchObject({ severity: 'error', concept: 'probes.liveness' });
    expect(c.terms).toEqual(expect.arrayContaining(['liveness probe', '503']));
    const s = both(c);
    expect(s.en).toContain('the liveness probe of app (HTTP GET /healthz :8080) fails with HTTP 503');
    expect(s.en).toContain('killed the container 3 times (exit 137, not OOM)');
    expect(s.ja).toContain('app の liveness probe (HTTP GET /healthz :8080) が失敗し (HTTP 503)');
    expect(s.ja).toContain('OOM ではありません');
  });

  it('restarts on a Running and Ready Pod are a warning, never hidden', () => {
    const pod = running({
      conditions: [{ type: 'Ready', status: 'True' }],
      containerStatuses: [
        { name: 'app', ready: true, restartCount: 2, state: { running: {} }, lastState: { terminated: { exitCode: 1, reason: 'Error' } } },
      ],
    });
    const c = podCause({ pod })!;
    expect(c.severity).toBe('warning');
    expect(both(c).en).toMatch(/^Running and Ready, but container app has restarted 2 times \(last exit: code 1, Error\)/);
    expect(both(c).ja).toMatch(/^Running かつ Ready ですが、コンテナ app が 2 回再起動しています/);
  });

  it('a missing key in an existing ConfigMap names the near miss; the missing object is a different cause', () => {
    const pod = running({
      phase: 'Pending',
      containerStatuses: [
        {
          name: 'app',
          ready: false,
          restartCount: 0,
          state: { waiting: { reason: 'CreateContainerConfigError', message: "couldn't find key DB_PORT in ConfigMap shop/app-config" } },
        },
      ],
    });
    const c = podCause({ pod, configMaps: [{ name: 'app-config', keys: ['DB_HOST', 'db_port'] }] })!;
    expect(c).toMatchObject({ concept: 'config.missing-key', terms: expect.arrayContaining(['app-config', 'DB_PORT']) });
    expect(both(c).en).toBe(
      'CreateContainerConfigError: ConfigMap app-config has no key DB_PORT, but has db_port — a near miss (case or one letter): use the key the ConfigMap has, or rename it',
    );
    expect(both(c).ja).toContain('ConfigMap app-config にキー DB_PORT はありませんが、db_port があります');
    const missing = podCause({ pod: loadPod('missing-config'), configMaps: [{ name: 'web-config', keys: ['a'] }] })!;
    expect(missing.concept).toBe('config.missing-ref');
  });

  it('an init container that fails blocks the app containers, and says which kind it is', () => {
    const pod: Pod = {
      metadata: { name: 'p', namespace: 'shop' },
      spec: { initContainers: [{ name: 'wait-for-db' }], containers: [{ name: 'app' }] },
      status: {
        phase: 'Pending',
        initContainerStatuses: [
          {
            name: 'wait-for-db',
            ready: false,
            restartCount: 4,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            lastState: { terminated: { exitCode: 1, reason: 'Error' } },
          },
        ],
        containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } }],
      },
    };
    const c = podCause({ pod })!;
    expect(both(c).en).toMatch(
      /^CrashLoopBackOff: init container wait-for-db \(the app containers wait until it succeeds\) exited with code 1/,
    );
    expect(both(c).ja).toMatch(
      /^CrashLoopBackOff: init コンテナ wait-for-db \(これが成功するまでアプリのコンテナは起動しません\) が終了コード 1/,
    );
  });

  it('a failing sidecar says whether the app containers wait for it or run without it', () => {
    const sidecar = (appRunning: boolean): Pod => ({
      metadata: { name: 'p', namespace: 'shop' },
      spec: { initContainers: [{ name: 'log-shipper', restartPolicy: 'Always' }], containers: [{ name: 'app' }] },
      status: {
        phase: appRunning ? 'Running' : 'Pending',
        initContainerStatuses: [
          {
            name: 'log-shipper',
            ready: false,
            restartCount: 5,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            lastState: { terminated: { exitCode: 1, reason: 'Error' } },
          },
        ],
        containerStatuses: [
          {
            name: 'app',
            ready: appRunning,
            restartCount: 0,
            state: appRunning ? { running: { startedAt: '2026-01-01T00:00:00Z' } } : { waiting: { reason: 'PodInitializing' } },
          },
        ],
      },
    });
    expect(both(podCause({ pod: sidecar(true) })!).en).toContain(
      'sidecar log-shipper (restartPolicy: Always; the app containers run without it, and the Pod is not Ready while it fails)',
    );
    expect(both(podCause({ pod: sidecar(false) })!).en).toContain(
      'sidecar log-shipper (restartPolicy: Always; the app containers wait until it has started)',
    );
    expect(both(podCause({ pod: sidecar(false) })!).ja).toContain('これが起動するまでアプリのコンテナは起動しません');
  });

  it('an eviction for node pressure is not "exit 137 — read its logs"', () => {
    const pod: Pod = {
      metadata: { name: 'p', namespace: 'shop' },
      spec: { containers: [{ name: 'app' }] },
      status: {
        phase: 'Failed',
        reason: 'Evicted',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 51200Ki. Container app was using 1Gi, request is 128Mi, has larger consumption of memory. ',
        containerStatuses: [
          { name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown' } } },
        ],
      },
    };
    const c = podCause({ pod })!;
    expect(c).toMatchObject({ severity: 'error', concept: 'pod.eviction' });
    expect(both(c).en).toMatch(/^Evicted: the node ran low on memory \(available 51200Ki, eviction threshold 100Mi\)/);
    expect(both(c).ja).toMatch(/^Evicted: ノードの memory が不足し/);
    expect(say(c.details[0]!, 'en')).toBe('Container app used 1Gi, more than its request of 128Mi.');
  });

  it('a taint on the only node the selector matches: the taint key and the node, and no selector advice', () => {
    const pod: Pod = {
      metadata: { name: 'p', namespace: 'shop' },
      spec: { nodeSelector: { disktype: 'gpu' }, containers: [{ name: 'app' }] },
      status: {
        phase: 'Pending',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message:
              "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint(s). preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
          },
        ],
      },
    };
    const nodes: NodeLike[] = [
      {
        metadata: { name: 'gpu-1', labels: { disktype: 'gpu' } },
        spec: { taints: [{ key: 'dedicated', value: 'ml', effect: 'NoSchedule' }] },
      },
      { metadata: { name: 'cpu-1', labels: {} }, spec: {} },
    ];
    const c = podCause({ pod, nodes })!;
    expect(c.concept).toBe('taints.tolerations');
    expect(both(c).en).toMatch(
      /^Pending: node gpu-1, where the Pod may run, has taint dedicated=ml:NoSchedule.*add a toleration for dedicated/,
    );
    expect(both(c).en).not.toMatch(/label a node/);
    expect(both(c).ja).toContain('ノード gpu-1 に taint dedicated=ml:NoSchedule があり');
  });
});
