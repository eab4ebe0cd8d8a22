// check on the captured pod-security namespace (tests/fixtures/pod-security): the namespace enforces
// restricted, so a Deployment, a DaemonSet, a Job and a CronJob's Job cannot create their Pods.
import { describe, expect, it } from 'vitest';
import { buildCheckReport } from '../../commands/check.js';
import { loadDocIndex } from '../../src/docs/load.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { KubeObject } from '../../src/model/kube.js';
import { FixtureReader, fixtureObjects } from '../support/fixture-reader.js';

const objects = fixtureObjects('pod-security');
const NS = objects.find((o) => o.metadata?.namespace)!.metadata!.namespace!;

async function report(list: readonly KubeObject[], lang: Lang = 'en') {
  const docs = (await loadDocIndex({ docs: [], env: {} })).index;
  return buildCheckReport(new FixtureReader(list, NS), { namespace: NS, lang, docs });
}
const affected = (r: Awaited<ReturnType<typeof report>>) => r.problems.map((p) => p.affected.map((a) => `${a.kind}/${a.name}`).join(','));

describe('check: Jobs and the objects a cause is shared by', () => {
  it("a CronJob's Job is not counted again beside the CronJob whose verdict quotes it", async () => {
    const r = await report(objects);
    expect(affected(r).sort()).toEqual(['CronJob/nightly', 'DaemonSet/agent', 'Deployment/web', 'Job/migrate']);
    expect(r.problems.find((p) => p.affected[0]!.kind === 'Job')!.cause).toMatch(/^Job migrate cannot create Pods: /);
  });

  it('one problem of several objects does not name only the first: their own names are masked (en, ja)', async () => {
    // Without the CronJob, its Job is judged alone, and it has the same cause as migrate.
    const jobs = objects.filter((o) => o.kind !== 'CronJob');
    const p = (await report(jobs)).problems.find((x) => x.affected[0]!.kind === 'Job')!;
    expect(p.affected.map((a) => a.name)).toEqual(['migrate', 'nightly-29935133']);
    expect(p.cause).toMatch(/^Job … cannot create Pods: the namespace enforces the Pod Security level restricted:latest/);
    expect(p.cause).not.toMatch(/migrate|nightly/);
    const ja = (await report(jobs, 'ja')).problems.find((x) => x.affected[0]!.kind === 'Job')!;
    expect(ja.cause).toMatch(/^Job … が Pod を作れません: Namespace が Pod Security のレベル restricted:latest/);
  });
});
