// A container waiting in ContainerCreating while its image is still being pulled (captured from the sandbox:
// tests/scenarios/image-pulling.yaml; the kubelet's Pulling event with no Pulled after it). Before, the verdict was
// "Pending: containers are starting — see the events below".
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'scn-image-pulling-dgohu';
const POD = 'trainer-687b5df4b5-rmqkp';

describe('an image pull under way', () => {
  it('names the image, the container, the node and that nothing has failed', async () => {
    const { e } = await explainFixture('image-pulling', 'pod', POD, NS);
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).toContain(
      'the kubelet on node kx-node-1 is pulling image registry.example.com/ml/trainer:2.4 for container trainer',
    );
    expect(e.verdict.text).toContain('no Pulled yet); nothing has failed');
    const ja = (await explainFixture('image-pulling', 'pod', POD, NS, 'ja')).e;
    expect(ja.verdict.text).toContain('コンテナ trainer のイメージ registry.example.com/ml/trainer:2.4 を取得中です');
  });

  it('once the Pulled event is there, it no longer says the pull is under way', async () => {
    const pulling = fixtureObjects('image-pulling').find((o) => o.kind === 'Event' && (o as { reason?: string }).reason === 'Pulling')!;
    const pulled: KubeObject = {
      ...pulling,
      metadata: { ...pulling.metadata, name: 'pulled' },
      reason: 'Pulled',
      message:
        'Successfully pulled image "registry.example.com/ml/trainer:2.4" in 41.2s (41.2s including waiting). Image size: 2147483648 bytes.',
    } as KubeObject;
    const { e } = await explainObjects([...fixtureObjects('image-pulling'), pulled], 'pod', POD, NS);
    expect(e.verdict.text).not.toContain('is pulling image');
  });

  it('the Deployment says its new Pod is still starting', async () => {
    const { e } = await explainFixture('image-pulling', 'deployment', 'trainer', NS);
    expect(e.verdict.text).toContain(`new Pod ${POD} is still starting: Pending: the kubelet on node kx-node-1 is pulling image`);
  });
});
