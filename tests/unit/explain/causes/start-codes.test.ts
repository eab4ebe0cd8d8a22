// The kubelet's runAsNonRoot refusals, a registry's rate limit and the exit codes that say what happened
// by themselves, on the kubelet's and containerd's message formats (v1.36); the verdicts in en and ja are in
// tests/scenarios/run-as-non-root.yaml, exit-codes.yaml and image-start.yaml.
import { describe, expect, it } from 'vitest';
import { nonRootProblem } from '../../../../src/explain/causes/run-as-non-root.js';
import { exitMeaning } from '../../../../src/explain/causes/exit-codes.js';
import { classifyPull } from '../../../../src/explain/causes/image-pull.js';
import type { Pod } from '../../../../src/model/pod.js';

const pod = (podLevel: boolean): Pod => ({
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    ...(podLevel ? { securityContext: { runAsNonRoot: true } } : {}),
    containers: [{ name: 'app', image: 'nginx:1.27', ...(podLevel ? {} : { securityContext: { runAsNonRoot: true, runAsUser: 0 } }) }],
  },
});

describe('nonRootProblem', () => {
  it('reads the four refusals of verifyRunAsNonRoot and where runAsNonRoot or runAsUser is set', () => {
    const at = '(pod: "web_shop(0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0)", container: app)';
    expect(nonRootProblem(pod(true), 'app', `container has runAsNonRoot and image will run as root ${at}`)).toEqual({
      kind: 'image-root',
      field: 'spec.securityContext.runAsNonRoot',
    });
    expect(
      nonRootProblem(
        pod(true),
        'app',
        `container has runAsNonRoot and image has non-numeric user (nginx), cannot verify user is non-root ${at}`,
      ),
    ).toEqual({ kind: 'image-user-name', user: 'nginx', field: 'spec.securityContext.runAsNonRoot' });
    expect(nonRootProblem(pod(false), 'app', `container's runAsUser breaks non-root policy ${at}`)).toEqual({
      kind: 'run-as-user-0',
      field: 'spec.containers[app].securityContext.runAsUser',
    });
    expect(
      nonRootProblem(
        pod(true),
        'app',
        `container has runAsNonRoot and image has an invalid user id (-1). (Must be 1-(2147483647)): x ${at}`,
      ),
    ).toMatchObject({ kind: 'invalid-uid', user: '-1' });
  });

  it('leaves a missing ConfigMap to the config reference parser', () => {
    expect(nonRootProblem(pod(true), 'app', 'configmap "app-config" not found')).toBeUndefined();
  });
});

describe('exitMeaning', () => {
  it('says 126, 127, SIGABRT, SIGSEGV, SIGTERM and other signals, and nothing for 137 or an app code', () => {
    expect(exitMeaning(126)).toEqual({ kind: 'not-executable' });
    expect(exitMeaning(127)).toEqual({ kind: 'not-found' });
    expect(exitMeaning(134)).toEqual({ kind: 'abort' });
    expect(exitMeaning(139)).toEqual({ kind: 'segfault' });
    expect(exitMeaning(143)).toEqual({ kind: 'sigterm' });
    expect(exitMeaning(130)).toEqual({ kind: 'signal', signal: 2, name: 'SIGINT' });
    // 137 is OOMKilled or another SIGKILL: only the reason tells, so the code alone says nothing here.
    for (const code of [0, 1, 2, 128, 137, 255, undefined]) expect(exitMeaning(code)).toBeUndefined();
  });
});

describe('classifyPull: a registry rate limit', () => {
  it("reads containerd's 429 from Docker Hub as a rate limit, not as missing credentials or a missing image", () => {
    const text =
      'Failed to pull image "redis:7.2": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/redis:7.2": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/redis/manifests/sha256:5f3a: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit';
    expect(classifyPull(text)).toEqual({ kind: 'rate-limited', status: 429 });
    expect(classifyPull('Error response from daemon: toomanyrequests: Rate exceeded').kind).toBe('rate-limited');
  });
});
