// A missing ConfigMap or Secret stops the containers only when some reference requires it.
// Produced on the sandbox (tests/fixtures/config-optional/lab.yaml): opt-key runs with an optional
// envFrom Secret that does not exist; pull-secret runs with a missing imagePullSecret (the kubelet
// pulls without it); req-secret waits on a required Secret. Through the real read plan, en and ja.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';

const ref = async (pod: string, id: string, lang: 'en' | 'ja' = 'en') =>
  (await explainFixture('config-optional', 'Pod', pod, 'rtlab', lang)).e.findings.find((f) => f.id === id)!;

describe('explain pod: missing config objects by how they are referenced', () => {
  it('only optional references: info, the containers start without it (was: error, "cannot be created")', async () => {
    const f = await ref('opt-key', 'secret.missing-secret');
    expect(f.severity).toBe('info');
    expect(f.title).toBe('Secret missing-secret: not found (optional)');
    expect(f.detail).toContain('Every reference to this Secret is optional: the containers start without it');
    expect(f.detail).not.toContain('cannot be created');
    expect((await ref('opt-key', 'secret.missing-secret', 'ja')).title).toBe('Secret missing-secret: なし(optional)');
    const { e } = await explainFixture('config-optional', 'Pod', 'opt-key', 'rtlab');
    expect(e.verdict.severity).toBe('ok');
  });

  it('only an image pull secret: a warning naming the event the kubelet writes, not a config error', async () => {
    const f = await ref('pull-secret', 'secret.regcred');
    expect(f.severity).toBe('warning');
    expect(f.title).toBe('Secret regcred: not found (image pull secret)');
    expect(f.detail).toContain('FailedToRetrieveImagePullSecret');
    expect((await ref('pull-secret', 'secret.regcred', 'ja')).detail).toContain('imagePullSecrets にだけ書かれています');
  });

  it('a required reference stays an error; an optional one next to it in the same Pod is info', async () => {
    const req = await ref('req-secret', 'secret.db-cred');
    expect(req.severity).toBe('error');
    expect(req.concept).toBe('config.missing-ref');
    expect((await ref('req-secret', 'secret.db-cred-extra')).severity).toBe('info');
  });
});
