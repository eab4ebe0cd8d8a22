// A Pod stuck in ContainerCreating because the kubelet cannot mount a volume (FailedMount), on objects
// captured from the sandbox (scenario volume-mount: a Secret volume named web-tls beside an existing
// web-tls-cert, a ConfigMap volume whose object is missing), through the real read plans; and the
// attach/detach controller's Multi-Attach error and a missing Secret before the kubelet's first event,
// made from the same captured Pod.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'kx-volume-mount';
const WEB = 'web-5ff7757bd6-f9p4m';
const run = (kind: string, name: string, lang: 'en' | 'ja' = 'en') => explainFixture('volume-mount', kind, name, NS, lang);

describe('FailedMount: a Secret or ConfigMap volume whose object is missing', () => {
  it('names the Secret, the volume and the near miss that exists, and quotes the kubelet', async () => {
    const { e, requests } = await run('pod', WEB);
    expect(e.verdict).toEqual({
      severity: 'error',
      text: 'FailedMount: Secret web-tls (volume tls) does not exist; web-tls-cert does — fix the name in spec.volumes, or create web-tls',
    });
    const cause = e.findings[0]!;
    expect(cause.concept).toBe('config.missing-ref');
    expect(cause.detail).toContain('MountVolume.SetUp failed for volume "tls" : secret "web-tls" not found');
    expect(requests).toBeLessThanOrEqual(6);
    const ja = (await run('pod', WEB, 'ja')).e;
    expect(ja.verdict.text).toBe(
      'FailedMount: Secret web-tls(ボリューム tls)は存在せず、web-tls-cert があります — spec.volumes の名前を直すか、web-tls を作成してください',
    );
    expect(ja.findings[0]!.detail).toContain('「MountVolume.SetUp failed for volume "tls" : secret "web-tls" not found」');
  });

  it("a ConfigMap with no similar name: create it or fix the name; the Deployment carries its Pod's cause", async () => {
    const { e } = await run('pod', 'reporter');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('ConfigMap reporter-settings (volume settings) does not exist in namespace kx-volume-mount');
    expect(e.verdict.text).toContain('create it, or fix the name in spec.volumes');
    const deploy = (await run('deploy', 'web')).e;
    expect(deploy.verdict.severity).toBe('error');
    expect(deploy.verdict.text).toContain('FailedMount: Secret web-tls (volume tls)');
    const ja = (await run('deploy', 'web', 'ja')).e;
    expect(ja.verdict.text).toContain('FailedMount: Secret web-tls(ボリューム tls)');
  });

  it('before the kubelet reports it, the spec and the Secrets listed say the same', async () => {
    const objects = fixtureObjects('volume-mount').filter((o) => o.kind !== 'Event');
    const { e } = await explainObjects(objects, 'pod', WEB, NS);
    expect(e.verdict.text).toContain('Secret web-tls (volume tls) does not exist; web-tls-cert does');
  });

  it('once the Secret exists, the old event is history: a warning that the kubelet retries', async () => {
    const objects = fixtureObjects('volume-mount');
    const tls = objects.find((o) => o.kind === 'Secret')!;
    const created: KubeObject = { ...tls, metadata: { ...tls.metadata, name: 'web-tls', uid: 'made-by-the-test' } };
    const { e } = await explainObjects([...objects, created], 'pod', WEB, NS);
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('Secret web-tls (volume tls) was missing and exists now');
  });

  it('Multi-Attach: the volume is attached to another node, with the Pod that uses it', async () => {
    const objects = fixtureObjects('volume-mount').map((o) =>
      o.kind === 'Event' && (o as { reason?: string }).reason === 'FailedMount' && /"tls"/.test(String((o as { message?: string }).message))
        ? {
            ...o,
            reason: 'FailedAttachVolume',
            message: 'Multi-Attach error for volume "pvc-3f1c" Volume is already used by pod(s) web-5ff7757bd6-x2k9q',
            source: { component: 'attachdetach-controller' },
          }
        : o,
    );
    // The Secret exists in this variant: the attach error is the only cause left.
    const tls = objects.find((o) => o.kind === 'Secret')!;
    const withSecret = [...objects, { ...tls, metadata: { ...tls.metadata, name: 'web-tls', uid: 'made-by-the-test' } }];
    const { e } = await explainObjects(withSecret, 'pod', WEB, NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('FailedAttachVolume: volume pvc-3f1c attaches to one node at a time');
    expect(e.verdict.text).toContain('web-5ff7757bd6-x2k9q');
    expect(e.verdict.text).toContain('strategy Recreate');
    expect(e.findings[0]!.concept).toBe('pvc');
    const ja = (await explainObjects(withSecret, 'pod', WEB, NS, 'ja')).e;
    expect(ja.verdict.text).toContain('ボリューム pvc-3f1c は一度に 1 つのノードにしかアタッチできず');
  });
});
