// OOMKilled containers without a memory limit of their own (tests/fixtures/oom-nolimit, capture.sh): the
// verdict does not blame a limit the container does not have. With none at all, the node ran out of
// memory (its name, the request to set, the node to look at); with a Pod-level limit (spec.resources),
// that limit is named. en and ja, through the real read plans.
import { describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'kx-oom';
const pod = (prefix: string) => fixtureObjects('oom-nolimit').find((o) => o.kind === 'Pod' && o.metadata!.name!.startsWith(prefix))!;
const report = pod('report-');
const node = (report.spec as { nodeName: string }).nodeName;

describe('OOMKilled without a container memory limit', () => {
  it('no limit anywhere: the node ran out of memory, set a request, look at the node (Pod and Deployment)', async () => {
    for (const [kind, name] of [
      ['Pod', report.metadata!.name!],
      ['Deployment', 'report'],
    ] as const) {
      const { e } = await explainFixture('oom-nolimit', kind, name, NS);
      expect(e.verdict.severity).toBe('error');
      expect(e.verdict.text).toContain(
        `OOMKilled: container report sets no memory limit, so the kernel killed it when node ${node} ran out of memory`,
      );
      expect(e.verdict.text).toContain('set resources.requests.memory to what it uses');
      expect(e.verdict.text).toContain(`kubectl describe node ${node}`);
      expect(e.verdict.text).not.toMatch(/more memory than its limit|raise the memory limit/);
      const ja = (await explainFixture('oom-nolimit', kind, name, NS, 'ja')).e;
      expect(ja.verdict.text).toContain(
        `コンテナ report にはメモリ上限がなく、ノード ${node} のメモリが尽きたときにカーネルが強制終了しました`,
      );
      expect(ja.verdict.text).toContain('resources.requests.memory を実際の使用量');
      expect(ja.verdict.text).not.toContain('メモリ上限を引き上げる');
    }
    const { e } = await explainFixture('oom-nolimit', 'Pod', report.metadata!.name!, NS);
    expect(e.findings.find((f) => f.severity === 'error' && f.concept === 'container.oomkilled')).toBeDefined();
  });

  it('a Pod-level limit only: that limit, spec.resources, is the one exceeded', async () => {
    const { e } = await explainFixture('oom-nolimit', 'Pod', 'batch', NS);
    expect(e.verdict.text).toContain('more memory than its Pod-level limit (256Mi, spec.resources.limits.memory), and container batch');
    expect(e.verdict.text).toContain("raise the Pod's memory limit");
    expect(e.verdict.text).not.toContain('ran out of memory');
    const ja = (await explainFixture('oom-nolimit', 'Pod', 'batch', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('Pod 単位の上限 (256Mi、spec.resources.limits.memory) を超え');
    expect(ja.verdict.text).toContain('Pod のメモリ上限を引き上げる');
  });
});
