// The generic explainer on real Jobs and ReplicaSets from the sandbox: conditions judged by their
// polarity (Failed=True is bad, Complete=True is good), owners listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/cluster/reader.js';
import { explainGeneric } from '../../../src/explain/generic.js';

const items = (what: string) =>
  (JSON.parse(readFileSync(new URL(`../../fixtures/pods/shop-${what}.json`, import.meta.url), 'utf8')) as { items: KubeObject[] }).items;
const job = (name: string) => ({ kind: 'Job', ...items('jobs').find((j) => j.metadata?.name === name)! });

describe('explainGeneric', () => {
  it('a failed Job: warning naming the failed conditions', () => {
    const e = explainGeneric({ object: job('migrate'), events: [], warnings: [] }, 'en');
    expect(e.target).toEqual({ kind: 'Job', name: 'migrate', namespace: 'shop' });
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('Failed=True (BackoffLimitExceeded)');
    expect(e.findings.find((f) => f.id === 'condition.Failed')?.severity).toBe('warning');
  });

  it('a completed Job: ok', () => {
    const e = explainGeneric({ object: job('report'), warnings: [] }, 'ja');
    expect(e.verdict).toEqual({ severity: 'ok', text: 'Job report: すべての Condition が正常な状態です' });
  });

  it('a ReplicaSet without conditions: its Deployment owner', () => {
    const rs = { kind: 'ReplicaSet', ...items('replicasets').find((r) => r.metadata?.name?.startsWith('web-'))! };
    const e = explainGeneric({ object: rs, events: [], warnings: ['forbidden: cannot list events in namespace "shop"'] }, 'en');
    expect(e.verdict.severity).toBe('info');
    expect(e.findings[0]).toMatchObject({ concept: 'owner.deployment', title: 'Owned by Deployment web' });
    expect(e.warnings).toHaveLength(1);
  });
});
