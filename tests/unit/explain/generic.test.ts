// The generic explainer on real Jobs and ReplicaSets from the sandbox: conditions judged by their
// polarity (Failed=True is bad, Complete=True is good, a type it does not know is neutral), owners
// listed, generation compared with observedGeneration.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/model/kube.js';
import { genericExplainer } from '../../../src/explain/generic.js';
import { sayExplanation } from '../../../src/i18n/say-explanation.js';
import { message } from '../../../src/model/message.js';
import type { Lang } from '../../../src/i18n/lang.js';

const items = (what: string) =>
  (JSON.parse(readFileSync(new URL(`../../fixtures/pods/shop-${what}.json`, import.meta.url), 'utf8')) as { items: KubeObject[] }).items;
const job = (name: string) => ({ kind: 'Job', ...items('jobs').find((j) => j.metadata?.name === name)! });
const explain = (object: KubeObject, lang: Lang, events?: KubeObject[], warnings = [] as ReturnType<typeof message>[]) =>
  sayExplanation(
    genericExplainer('batch', object.kind ?? '').explain({ object, reads: events ? { events } : {}, skipped: [], warnings }),
    lang,
  );

describe('the generic explainer', () => {
  it('a failed Job: warning naming the failed conditions', () => {
    const e = explain(job('migrate'), 'en', []);
    expect(e.target).toEqual({ kind: 'Job', name: 'migrate', namespace: 'shop' });
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('Failed=True (BackoffLimitExceeded)');
    expect(e.findings.find((f) => f.id === 'condition.Failed')?.severity).toBe('warning');
    expect(e.findings.find((f) => f.id === 'condition.Failed')?.detail).toContain('Failed is a problem when True');
  });

  it('a completed Job: ok; a condition type it does not know is shown, judged neither way', () => {
    const e = explain(job('report'), 'ja');
    expect(e.verdict).toEqual({ severity: 'ok', text: 'Job report: 報告されている Condition はすべて正常です' });
    expect(e.findings.find((f) => f.id === 'condition.SuccessCriteriaMet')).toMatchObject({ severity: 'info' });
    expect(e.findings.find((f) => f.id === 'condition.SuccessCriteriaMet')?.detail).toContain('良し悪しを判断せず');
  });

  it('a ReplicaSet without conditions: its Deployment owner, its generation seen, the warning kept', () => {
    const rs = { kind: 'ReplicaSet', ...items('replicasets').find((r) => r.metadata?.name?.startsWith('web-'))! };
    const e = explain(rs, 'en', [], [message('common:forbidden', { verb: 'list', resource: 'events', namespace: 'shop' })]);
    expect(e.verdict.severity).toBe('info');
    expect(e.findings.find((f) => f.id.startsWith('owner.'))).toMatchObject({
      concept: 'owner.deployment',
      title: 'Owned by Deployment web',
    });
    expect(e.findings.find((f) => f.id === 'generation')).toMatchObject({ severity: 'ok' });
    expect(e.warnings).toEqual(['no permission to list events in namespace shop: explained with what could be read']);
  });

  it('a spec newer than what the controller acted on: not yet reconciled', () => {
    const rs = items('replicasets').find((r) => r.metadata?.name?.startsWith('web-'))!;
    const newer = {
      ...rs,
      kind: 'ReplicaSet',
      metadata: { ...rs.metadata, generation: 7 },
      status: { ...(rs.status as object), observedGeneration: 6 },
    };
    const e = explain(newer, 'en', []);
    expect(e.verdict).toMatchObject({ severity: 'warning', text: expect.stringContaining('has not yet acted on the latest spec') });
    expect(e.findings.find((f) => f.id === 'generation')?.title).toBe(
      'Not yet reconciled: the spec is at generation 7, the controller has acted on 6',
    );
  });
});
