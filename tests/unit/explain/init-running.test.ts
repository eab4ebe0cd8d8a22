// An init container that keeps running (captured from the sandbox: tests/scenarios/init-running.yaml, a loop
// waiting for a database). Before, the verdict was "Pending: containers are starting — see the events below",
// and no event says anything.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';
import { citedSection } from '../../support/handbook.js';

const NS = 'scn-init-running-9jb3p';
const POD = 'orders-d95475766-xts26';

describe('an init container that has not finished', () => {
  it('names it, what it runs, since when, and where to look', async () => {
    const { e } = await explainFixture('init-running', 'pod', POD, NS);
    expect(e.verdict.severity).toBe('info');
    expect(e.verdict.text).toContain('init container wait-for-db has been running since 2026-01-01T00:00:03Z');
    expect(e.verdict.text).toContain('until nc -z db 5432');
    expect(e.verdict.text).toContain(`kubectl logs ${POD} -c wait-for-db`);
    expect(e.verdict.text).not.toContain('see the events below');
    const cause = e.findings.find((f) => f.id === 'cause')!;
    expect(await citedSection(cause, 'en')).toBe('Stuck in Init (an init container that does not finish)');
    const ja = (await explainFixture('init-running', 'pod', POD, NS, 'ja')).e;
    expect(ja.verdict.text).toContain('init コンテナ wait-for-db が 2026-01-01T00:00:03Z から動き続けていて');
    expect(
      await citedSection(
        ja.findings.find((f) => f.id === 'cause')!,
        'ja',
      ),
    ).toBe('Init のまま進まない（終わらない init コンテナ）');
  });

  it('the Deployment says its new Pod is still starting, not failing', async () => {
    const { e } = await explainFixture('init-running', 'deployment', 'orders', NS);
    expect(e.verdict.text).toContain(`new Pod ${POD} is still starting: Init: init container wait-for-db`);
    expect(e.verdict.text).not.toContain('failing');
  });
});
