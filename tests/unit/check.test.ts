// check on the captured shop namespace (tests/fixtures/check): the real scan, every explainer over the
// shared snapshot, problems grouped by root cause; the outputs validate against their schemas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildCheckReport } from '../../commands/check.js';
import { loadDocIndex } from '../../src/docs/load.js';
import { renderCheckJson, renderCheckMarkdown, renderCheckText } from '../../src/render/check.js';
import { renderCheckJunit, renderCheckSarif } from '../../src/render/check-ci.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { KubeObject } from '../../src/model/kube.js';
import { FixtureReader, fixtureObjects } from '../support/fixture-reader.js';

async function report(lang: Lang = 'en') {
  const reader = new FixtureReader(fixtureObjects('check'), 'shop');
  const docs = (await loadDocIndex({ docs: [], env: {} })).index;
  const r = await buildCheckReport(reader, { namespace: 'shop', lang, docs });
  return { r, requests: reader.requestCount };
}

const affected = (r: Awaited<ReturnType<typeof report>>['r'], needle: RegExp) =>
  r.problems.find((p) => needle.test(p.cause))?.affected.map((a) => `${a.kind}/${a.name}${a.pods ? `×${a.pods}` : ''}`);

describe('check on the sample shop namespace', () => {
  it('reads one list per kind, never one request per object', async () => {
    const { r, requests } = await report();
    expect(requests).toBe(r.summary.requests);
    expect(requests).toBeLessThanOrEqual(30);
    expect(r.summary.objects).toBeGreaterThan(requests);
  });

  it('one problem per root cause: the crash-looping Pod, its Deployment and the Service that selects it are one problem', async () => {
    const { r } = await report();
    expect(affected(r, /CrashLoopBackOff/)).toEqual(['Deployment/api×1', 'Service/api']);
    expect(affected(r, /does-not-exist/)).toEqual(['Pod/missing-config']);
    expect(affected(r, /ngnix/)).toEqual(['Pod/typo-image']);
    expect(affected(r, /OOMKilled/)).toEqual(['Pod/worker-oom']);
    // The failed Job and its two failed Pods: one problem on the Job.
    expect(affected(r, /migrate/)?.[0]).toMatch(/^Job\/migrate×\d$/);
    // Healthy objects are not problems: the web Deployment, the db StatefulSet, the completed report Job.
    const all = r.problems.flatMap((p) => p.affected.map((a) => `${a.kind}/${a.name}`));
    for (const healthy of ['Deployment/web', 'StatefulSet/db', 'Job/report', 'Service/web', 'ServiceAccount/default'])
      expect(all).not.toContain(healthy);
    expect(r.problems[0]!.severity).toBe('error');
    for (const p of r.problems) expect(p.docs.length).toBeGreaterThan(0);
  });

  it("a ConfigMap that lacks a key its Pod requires joins the Pod's problem: one cause, not two", async () => {
    // missing-config, pointed at the existing web-config (keys: GREETING) for a key it lacks, as the kubelet then says.
    const objects = fixtureObjects('check').map((o) => {
      if (o.kind !== 'Pod' || o.metadata?.name !== 'missing-config') return o;
      const pod = structuredClone(o) as Record<string, any>;
      pod.spec.containers[0].env = [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'web-config', key: 'GREETNG' } } }];
      pod.status.containerStatuses[0].state.waiting.message = "couldn't find key GREETNG in ConfigMap shop/web-config";
      return pod as KubeObject;
    });
    const docs = (await loadDocIndex({ docs: [], env: {} })).index;
    const r = await buildCheckReport(new FixtureReader(objects, 'shop'), { namespace: 'shop', lang: 'en', docs });
    const problems = r.problems.filter((p) => p.code === 'config.missing-key');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.affected.map((a) => `${a.kind}/${a.name}`).sort()).toEqual(['ConfigMap/web-config', 'Pod/missing-config']);
    expect(problems[0]!.cause).toContain('GREETING');
  });

  it("a Secret that lacks a key names the keys it has: the scan's Secret summary keeps its key sizes through the explainers' plans", async () => {
    const docs = (await loadDocIndex({ docs: [], env: {} })).index;
    for (const lang of ['en', 'ja'] as const) {
      const reader = new FixtureReader(fixtureObjects('check-secret-key'), 'rtpod');
      const r = await buildCheckReport(reader, { namespace: 'rtpod', lang, docs });
      const p = r.problems.find((x) => x.code === 'config.missing-key')!;
      expect(p.affected.map((a) => `${a.kind}/${a.name}`).sort()).toEqual(['Pod/cfg-key', 'Secret/db-creds']);
      expect(p.cause).toContain('password');
      expect(p.cause).toContain('username');
      expect(p.cause).not.toContain('-)');
      expect(JSON.stringify(r)).not.toContain('YXBw');
    }
  });

  it('says it in Japanese', async () => {
    const { r } = await report('ja');
    const text = renderCheckText(r, 'ja');
    expect(text).toMatch(/名前空間 shop: エラー \d+ 件、警告 \d+ 件/);
    expect(text).toContain('影響: deployment/api(Pod 1 個)、service/api');
    expect(text).toContain('対処:');
  });

  it('JSON validates against docs/check-report.schema.json; JUnit is well-formed with one failure per error; SARIF has a result per affected object', async () => {
    const { r } = await report();
    const schema = JSON.parse(readFileSync(new URL('../../docs/check-report.schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const json = JSON.parse(renderCheckJson(r)) as unknown;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);

    const junit = renderCheckJunit(r, 'error');
    expect(XMLValidator.validate(junit)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(junit) as { testsuites: { '@_failures': string } };
    expect(Number(parsed.testsuites['@_failures'])).toBe(r.summary.error);

    const sarif = JSON.parse(renderCheckSarif(r, '0.2.0')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBe(r.problems.reduce((n, p) => n + p.affected.length, 0));
    expect(renderCheckMarkdown(r, 'en')).toContain('# kubexplain check');
  });
});
