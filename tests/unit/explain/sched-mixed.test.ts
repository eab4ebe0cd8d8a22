// Pods the real scheduler refused on nodes of their own (tests/fixtures/sched-mixed, capture.sh):
// several reasons in one message, an extended resource no node offers, a hostPort already taken,
// required anti-affinity and topology spread. Explained through the Pod's real read plan (the Node
// list included), in en and ja.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';
import { loadDocIndex } from '../../../src/docs/load.js';
import { annotate } from '../../../src/docs/annotate.js';
import type { DocIndex } from '../../../src/docs/types.js';

let handbook: DocIndex;
beforeAll(async () => {
  ({ index: handbook } = await loadDocIndex({ docs: [], env: {}, cache: false }));
});
/** The handbook section a finding cites, in the language asked for (what the renderer prints under it). */
const cited = (f: Parameters<typeof annotate>[0][number], lang: 'en' | 'ja') => annotate([f], handbook, lang)[0]!.docs[0]?.headings.at(-1);

const NS = 'kx-smix';
const podName = (prefix: string) =>
  fixtureObjects('sched-mixed').find(
    (o) => o.kind === 'Pod' && o.metadata?.name?.startsWith(prefix) && !(o.spec as { nodeName?: string }).nodeName,
  )!.metadata!.name!;
const explain = async (name: string, lang: 'en' | 'ja' = 'en') => (await explainFixture('sched-mixed', 'Pod', name, NS, lang)).e;
const cause = async (name: string, lang: 'en' | 'ja' = 'en') => (await explain(name, lang)).findings[0]!;

describe('scheduling failures with several blockers (sched-mixed fixtures)', () => {
  it('names the taint of one node the Pod may use and the too-small node beside it', async () => {
    const f = await cause('multi');
    expect(f).toMatchObject({ severity: 'error', concept: 'taints.tolerations' });
    expect(f.title).toContain('kx-smix-a');
    expect(f.title).toContain('dedicated=ml:NoSchedule');
    expect(f.title).toContain('add a toleration for dedicated');
    expect(f.detail).toContain("Also: node kx-smix-c has 2 cpu allocatable in all, less than the Pod's request of 3.");
    // The Node list was read: the verdict does not claim it could not be.
    expect(f.detail).not.toContain('could not be read');
    const ja = await cause('multi', 'ja');
    expect(ja.title).toContain('dedicated の toleration を追加');
    expect(ja.detail).toContain('ほかに: ノード kx-smix-c の cpu の割り当て可能量は全部で 2 で、Pod の要求 3 より小さいです。');
  });

  it('an extended resource no node lists in allocatable is missing, not taken by other Pods', async () => {
    const e = await explain('gpu');
    expect(e.findings[0]!.concept).toBe('scheduling.extended-resource');
    expect(cited(e.findings[0]!, 'en')).toBe('Extended resources (GPUs and other devices)');
    expect(cited(e.findings[0]!, 'ja')).toBe('拡張リソース（GPU などのデバイス）');
    expect(e.verdict.text).toContain('requests 1 nvidia.com/gpu, which none of the');
    expect(e.verdict.text).toContain('device plugin');
    expect(e.verdict.text).not.toContain('other Pods');
    expect(e.verdict.text).not.toMatch(/the largest, .* has 0 allocatable/);
    const ja = await explain('gpu', 'ja');
    expect(ja.verdict.text).toContain('nvidia.com/gpu を 1 要求していますが');
    expect(ja.verdict.text).toContain('デバイスプラグイン');
  });

  it('a taken hostPort is named with its protocol, read from the Pod spec', async () => {
    const f = await cause('port-2');
    expect(f.concept).toBe('scheduling.host-port');
    expect(cited(f, 'en')).toBe('Host port conflict');
    expect(cited(f, 'ja')).toBe('hostPort の競合');
    expect(f.title).toContain('hostPort 8080/TCP is already taken by another Pod on 1 node(s)');
    expect(f.title).toContain('drop hostPort');
    expect(f.detail).not.toContain('could not be read');
    expect((await cause('port-2', 'ja')).title).toContain('hostPort 8080/TCP は');
  });

  it('topology spread names the constraint that the DoNotSchedule filter enforces, and the node too small for the request', async () => {
    const f = await cause('spread-new');
    expect(f.concept).toBe('scheduling.topology-spread');
    expect(f.title).toContain('topologySpreadConstraints topology.kubernetes.io/zone (maxSkew 1)');
    expect(f.detail).toContain('Also: node kx-smix-c has 2 cpu allocatable');
    expect((await cause('spread-new', 'ja')).title).toContain('topology.kubernetes.io/zone (maxSkew 1)');
  });

  it('required anti-affinity names its topology key', async () => {
    const name = podName('anti-');
    const f = await cause(name);
    expect(f.concept).toBe('scheduling.pod-affinity');
    expect(f.title).toContain('in the same kubernetes.io/hostname domain');
    // The term names the Pods it keeps apart.
    expect(f.title).toContain("the Pod's required anti-affinity (app=anti @ kubernetes.io/hostname) excludes");
    expect(f.title).toContain('make the rule preferred');
    expect((await cause(name, 'ja')).title).toContain('同じ kubernetes.io/hostname のドメイン');
    expect((await cause(name, 'ja')).title).toContain('必須 anti-affinity (app=anti @ kubernetes.io/hostname) が避ける');
  });
});
