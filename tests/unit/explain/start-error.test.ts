// The runtime could not start a container's program (StartError, exit code 128): captured from the
// sandbox (scenario start-error: a Deployment whose command is the one string "sleep 3600", a Pod whose
// image entrypoint /app does not exist), through the real read plans. Such a container writes no log,
// so "read its logs" would be a wrong next step.
import { describe, expect, it } from 'vitest';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'kx-start-error';
const WORKER = 'worker-5d94686f4d-xrjm6';
const run = (kind: string, name: string, lang: 'en' | 'ja' = 'en') => explainFixture('start-error', kind, name, NS, lang);

describe('StartError: the program cannot be started', () => {
  it('a command written as one string: each argument its own item, never "read its logs"', async () => {
    const { e } = await run('pod', WORKER);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('its command is one string with spaces, "sleep 3600"');
    expect(e.verdict.text).toContain('command: ["sleep","3600"]');
    expect(e.verdict.text).not.toContain('kubectl logs');
    expect(e.findings[0]!.concept).toBe('container.exit-codes');
    expect(e.findings[0]!.detail).toContain('exec: "sleep 3600": executable file not found in $PATH');
    const ja = (await run('pod', WORKER, 'ja')).e;
    expect(ja.verdict.text).toContain('スペースを含む 1 つの文字列「sleep 3600」');
    const deploy = (await run('deploy', 'worker')).e;
    expect(deploy.verdict.text).toContain('"sleep 3600"');
  });

  it("the image's own entrypoint missing: check the image, or set command", async () => {
    const { e } = await run('pod', 'app-once');
    expect(e.verdict.text).toBe(
      "StartError: container app cannot start: the image's own entrypoint /app is not found in image registry.example.test/shop/app:1.4 (no log is written) — check the image and its tag, or set command in the Pod spec",
    );
    const ja = (await run('pod', 'app-once', 'ja')).e;
    expect(ja.verdict.text).toContain('イメージ自身のエントリポイント /app がイメージ registry.example.test/shop/app:1.4 にありません');
  });

  it('a command that exists but is not executable, or built for another architecture', async () => {
    const variant = (text: string) =>
      fixtureObjects('start-error').map((o) => {
        if (o.kind !== 'Pod' || (o.metadata as { name: string }).name !== 'app-once') return o;
        const pod = JSON.parse(JSON.stringify(o)) as { status: { containerStatuses: { state: { terminated: { message: string } } }[] } };
        pod.status.containerStatuses[0]!.state.terminated.message = text;
        return pod as unknown as typeof o;
      });
    const denied = (
      await explainObjects(
        variant('failed to create containerd task: … unable to start container process: exec: "/app": permission denied: unknown'),
        'pod',
        'app-once',
        NS,
      )
    ).e;
    expect(denied.verdict.text).toContain('/app in image registry.example.test/shop/app:1.4 is not executable (permission denied)');
    const format = (
      await explainObjects(
        variant('failed to create containerd task: … unable to start container process: exec: "/app": exec format error: unknown'),
        'pod',
        'app-once',
        NS,
        'ja',
      )
    ).e;
    expect(format.verdict.text).toContain('exec format error');
    expect(format.verdict.text).toContain('ノードのアーキテクチャ向けのイメージ');
  });
});
