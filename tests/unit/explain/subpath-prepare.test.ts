// CreateContainerConfigError 'failed to prepare subPath for volumeMount "conf" of container "app"' (captured
// from the sandbox: tests/scenarios/subpath-prepare.yaml). The kubelet keeps the reason for its own log. Before:
// the generic config verdict "fix the reference it names", citing "Missing ConfigMap or Secret", for a volume
// that is no ConfigMap or Secret at all.
import { describe, expect, it } from 'vitest';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { citedSection } from '../../support/handbook.js';

const NS = 'scn-subpath-prepare-8ps78';
const POD = 'subpath-6df6755f9-l4rk7';
const explain = (kind: string, name: string, lang: 'en' | 'ja' = 'en') =>
  explainObjects(fixtureObjects('subpath-prepare'), kind, name, NS, lang).then((r) => r.e);

describe('a subPath the kubelet cannot prepare', () => {
  it('names the mount, the subPath and the node whose kubelet log says why, and cites the subPath section', async () => {
    const e = await explain('pod', POD);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('cannot prepare subPath app.conf of volume conf for container app (mounted at /etc/app/app.conf)');
    expect(e.verdict.text).toMatch(/logs it on node kx-node-\d/);
    expect(e.verdict.text).not.toMatch(/fix the reference it names|ConfigMap|Secret/);
    const cause = e.findings.find((f) => f.id === 'cause')!;
    expect(cause.concept).toBe('volume.subpath');
    expect(await citedSection(cause, 'en')).toBe('A subPath the kubelet cannot prepare');
    const ja = await explain('pod', POD, 'ja');
    expect(ja.verdict.text).toContain('volume conf の subPath app.conf (マウント先 /etc/app/app.conf) を用意できません');
    expect(ja.verdict.text).toContain('kubelet のログ');
    expect(
      await citedSection(
        ja.findings.find((f) => f.id === 'cause')!,
        'ja',
      ),
    ).toBe('kubelet が用意できない subPath');
    const deploy = await explain('deploy', 'subpath');
    expect(deploy.verdict.text).toContain('cannot prepare subPath app.conf of volume conf');
  });
});
