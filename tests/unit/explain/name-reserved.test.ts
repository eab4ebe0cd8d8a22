// CreateContainerError 'failed to reserve container name …: name … is reserved for …' (captured from the
// sandbox, tests/fixtures/name-reserved/capture.sh): containerd still works on an earlier create request for
// the same name. Before: "the container runtime could not start container app … read the runtime's message
// below", citing Exit codes, as if the image or the command were at fault.
import { describe, expect, it } from 'vitest';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { citedSection } from '../../support/handbook.js';

const explain = (lang: 'en' | 'ja') =>
  explainObjects(fixtureObjects('name-reserved'), 'pod', 'reserve', 'sweepct-reserve', lang).then((r) => r.e);

describe('a container name still reserved by the runtime', () => {
  it('says the runtime is still creating it on that node, that the kubelet retries, and cites its section', async () => {
    const e = await explain('en');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('CreateContainerError: container app is not created yet');
    expect(e.verdict.text).toMatch(/still being worked on by the container runtime on node kx-node-\d/);
    expect(e.verdict.text).toContain('the kubelet retries');
    expect(e.verdict.text).not.toMatch(/could not start|image registry/);
    const cause = e.findings.find((f) => f.id === 'cause')!;
    expect(cause.concept).toBe('container.name-reserved');
    expect(await citedSection(cause, 'en')).toBe('Container name reserved (CreateContainerError)');
    const ja = await explain('ja');
    expect(ja.verdict.text).toContain('コンテナ app はまだ作成されていません');
    expect(ja.verdict.text).toContain('kubelet は再試行し');
    expect(
      await citedSection(
        ja.findings.find((f) => f.id === 'cause')!,
        'ja',
      ),
    ).toBe('コンテナ名の予約（CreateContainerError）');
  });
});
