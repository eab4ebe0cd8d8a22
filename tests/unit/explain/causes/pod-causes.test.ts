// The Pod-level causes on captured objects (tests/fixtures/pods) and on the kubelet's message formats.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containerFailures, restartedContainers, roleOf } from '../../../../src/explain/causes/containers.js';
import { evictionCause } from '../../../../src/explain/causes/eviction.js';
import { probeFailures } from '../../../../src/explain/causes/probes.js';
import { classifyPull, pullFailure } from '../../../../src/explain/causes/image-pull.js';
import { configRefProblem, nearMissKeys } from '../../../../src/explain/causes/config-refs.js';
import type { Event, Pod } from '../../../../src/model/pod.js';

const fixture = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8')) as T;
const ev = (reason: string, message: string, count = 1, type = 'Warning'): Event => ({ reason, message, count, type });

describe('containerFailures', () => {
  it('reads OOMKilled from the last state of a crash-looping container (captured worker-oom)', () => {
    const [f] = containerFailures(fixture<Pod>('pods/pod-worker-oom.json'));
    expect(f).toMatchObject({ container: 'worker', role: 'app', kind: 'oomkilled', exitCode: 137, restarts: 3 });
  });

  it('calls exit 137 without OOMKilled a kill, not an OOM', () => {
    const p: Pod = {
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'app' }] },
      status: {
        phase: 'Running',
        containerStatuses: [
          {
            name: 'app',
            ready: false,
            restartCount: 4,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            lastState: { terminated: { exitCode: 137, reason: 'Error' } },
          },
        ],
      },
    };
    expect(containerFailures(p)[0]).toMatchObject({ kind: 'killed', exitCode: 137, restarts: 4 });
  });

  it('a sidecar stopped after the app containers completed (exit 143 in a Succeeded Pod) is not a failure', () => {
    const p: Pod = {
      metadata: { name: 'batch' },
      spec: { initContainers: [{ name: 'log-shipper', restartPolicy: 'Always' }], containers: [{ name: 'work' }] },
      status: {
        phase: 'Succeeded',
        initContainerStatuses: [
          { name: 'log-shipper', ready: false, restartCount: 0, state: { terminated: { exitCode: 143, reason: 'Error' } } },
        ],
        containerStatuses: [{ name: 'work', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }],
      },
    };
    expect(containerFailures(p)).toEqual([]);
  });

  it('orders an init container before app containers and tells a sidecar by restartPolicy Always', () => {
    const p: Pod = {
      metadata: { name: 'p' },
      spec: {
        initContainers: [{ name: 'wait-for-db' }, { name: 'log-shipper', restartPolicy: 'Always' }],
        containers: [{ name: 'app' }],
      },
      status: {
        phase: 'Pending',
        initContainerStatuses: [
          {
            name: 'wait-for-db',
            ready: false,
            restartCount: 2,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            lastState: { terminated: { exitCode: 1, reason: 'Error' } },
          },
          { name: 'log-shipper', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } },
        ],
        containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } }],
      },
    };
    expect(containerFailures(p).map((f) => [f.container, f.role, f.kind])).toEqual([['wait-for-db', 'init', 'crashloop']]);
    expect(roleOf(p, 'log-shipper')).toBe('sidecar');
  });

  it('lists restarts of a Running Pod so a Ready verdict cannot hide them (captured Pods)', () => {
    expect(restartedContainers(fixture<Pod>('pods/pod-web.json'))).toEqual([]);
    expect(restartedContainers(fixture<Pod>('pods/pod-api.json'))).toEqual([
      { container: 'api', role: 'app', restarts: 5, last: { exitCode: 1, reason: 'Error' } },
    ]);
    expect(restartedContainers(fixture<Pod>('pods/pod-worker-oom.json'))).toEqual([
      { container: 'worker', role: 'app', restarts: 3, last: { exitCode: 137, reason: 'OOMKilled' } },
    ]);
  });
});

describe('evictionCause', () => {
  it('parses the kubelet node-pressure message (v1.36 format)', () => {
    const p: Pod = {
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'app' }] },
      status: {
        phase: 'Failed',
        reason: 'Evicted',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 51200Ki. Container app was using 1Gi, request is 128Mi, has larger consumption of memory. ',
        conditions: [
          { type: 'DisruptionTarget', status: 'True', reason: 'TerminationByKubelet', message: 'The node was low on resource: memory. ' },
        ],
      },
    };
    expect(evictionCause(p)).toMatchObject({
      by: 'kubelet',
      resource: 'memory',
      threshold: '100Mi',
      available: '51200Ki',
      containers: [{ name: 'app', usage: '1Gi', request: '128Mi' }],
      final: true,
    });
  });

  it('reads who disrupts a running Pod from DisruptionTarget', () => {
    const p: Pod = {
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'app' }] },
      status: {
        phase: 'Running',
        conditions: [
          {
            type: 'DisruptionTarget',
            status: 'True',
            reason: 'DeletionByTaintManager',
            message: 'Taint manager: deleting due to NoExecute taint',
          },
        ],
      },
    };
    expect(evictionCause(p)).toMatchObject({ by: 'taint-manager', final: false, reason: 'DeletionByTaintManager' });
    expect(evictionCause(fixture<Pod>('pods/pod-web.json'))).toBeUndefined();
  });
});

describe('probeFailures', () => {
  const p: Pod = {
    metadata: { name: 'p' },
    spec: {
      containers: [
        {
          name: 'app',
          livenessProbe: { httpGet: { path: '/healthz', port: 8080 } },
          readinessProbe: { tcpSocket: { port: 'http' } },
        },
      ],
    },
  };

  it('names the probe, its path and port and the HTTP status, and counts the kills', () => {
    const out = probeFailures(p, [
      ev('Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500', 6),
      ev('Killing', 'Container app failed liveness probe, will be restarted', 2, 'Normal'),
      ev('Unhealthy', 'Readiness probe failed: dial tcp 10.244.1.7:8080: connect: connection refused', 3),
    ]);
    expect(out[0]).toEqual({
      type: 'liveness',
      container: 'app',
      handler: { kind: 'http', path: '/healthz', port: '8080' },
      timeoutSeconds: 1,
      status: 500,
      output: 'HTTP probe failed with statuscode: 500',
      count: 6,
      killed: 2,
      refused: undefined,
      timeout: undefined,
    });
    expect(out[1]).toMatchObject({ type: 'readiness', container: 'app', refused: true, handler: { kind: 'tcp', port: 'http' }, killed: 0 });
  });

  it('finds none in the captured shop events', () => {
    expect(probeFailures(p, fixture<{ items: Event[] }>('pods/shop-events.json').items)).toEqual([]);
  });
});

describe('image pulls', () => {
  it('classifies runtime texts', () => {
    expect(
      classifyPull('failed to resolve reference "docker.io/library/ngnix:latest": docker.io/library/ngnix:latest: not found').kind,
    ).toBe('not-found');
    expect(
      classifyPull(
        'failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://r.example/token: 401 Unauthorized',
      ),
    ).toEqual({ kind: 'unauthorized', status: 401 });
    expect(classifyPull('dial tcp: lookup registry.invalid on 10.96.0.10:53: no such host').kind).toBe('unreachable');
    expect(classifyPull('InvalidImageName').kind).toBe('invalid-name');
  });

  it('reads the captured typo Pod with its events, and the secrets the kubelet could not retrieve', () => {
    const typo = fixture<Pod>('pods/pod-typo.json');
    const withSecret: Pod = { ...typo, spec: { ...typo.spec, imagePullSecrets: [{ name: 'regcred' }] } };
    const f = pullFailure(
      withSecret,
      'app',
      typo.status!.containerStatuses![0]!.state!.waiting,
      [
        ev(
          'Failed',
          'Failed to pull image "ngnix:latest": failed to pull and unpack image "docker.io/library/ngnix:latest": failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
        ),
        ev(
          'FailedToRetrieveImagePullSecret',
          'Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.',
        ),
      ],
      ['default-token'],
    );
    expect(f).toMatchObject({
      kind: 'unauthorized',
      image: 'ngnix:latest',
      secrets: [{ name: 'regcred', exists: false }],
      unretrievable: ['regcred'],
    });
    // Without the Secret list (a workload reads none), the kubelet's event still says regcred is missing;
    // a pull Secret no event names is left unknown, never assumed to exist.
    const events = [
      ev(
        'FailedToRetrieveImagePullSecret',
        'Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.',
      ),
    ];
    expect(pullFailure(withSecret, 'app', undefined, events, undefined).secrets).toEqual([{ name: 'regcred', exists: false }]);
    expect(pullFailure(withSecret, 'app', undefined, [], undefined).secrets).toEqual([{ name: 'regcred' }]);
  });
});

describe('config references', () => {
  const lookup = (kind: string, name: string) =>
    kind === 'ConfigMap' && name === 'app-config' ? ['DB_HOST', 'db_port', 'LOG_LEVEL'] : null;
  const names = () => ['app-config', 'app-confg2'];

  it('names the missing key, the keys that exist and near misses by case or one letter', () => {
    expect(configRefProblem("couldn't find key DB_PORT in ConfigMap shop/app-config", lookup, names)).toEqual({
      kind: 'missing-key',
      object: 'ConfigMap',
      name: 'app-config',
      key: 'DB_PORT',
      keys: ['DB_HOST', 'LOG_LEVEL', 'db_port'],
      nearMisses: ['db_port'],
    });
    expect(nearMissKeys('DB_HOTS', ['DB_HOST', 'DB_HOSTS', 'DB_USER'])).toEqual(['DB_HOST', 'DB_HOSTS']);
  });

  it('tells a missing object from a missing key (captured missing-config Pod)', () => {
    const msg = fixture<Pod>('pods/pod-missing-config.json').status!.containerStatuses![0]!.state!.waiting!.message!;
    expect(configRefProblem(msg, lookup, names)).toEqual({
      kind: 'missing-object',
      object: 'ConfigMap',
      name: 'does-not-exist',
      exists: false,
      similar: [],
    });
  });
});
