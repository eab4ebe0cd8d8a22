// The config explainers on real sandbox objects (tests/fixtures/workloads): a ConfigMap, a Secret
// (a sentinel value that must never appear) and a ServiceAccount. The workload kinds are in
// workload-kinds.test.ts.
import { describe, expect, it } from 'vitest';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import type { KubeObject } from '../../../src/model/kube.js';
import { CONCEPTS } from '../../../src/docs/catalog.js';
import type { Explanation } from '../../../src/model/explanation.js';
import { rawSecret } from './workload-fixtures.js';

const keys = new Set(CONCEPTS.map((c) => c.key));
const find = (e: Explanation, id: string) => e.findings.find((f) => f.id === id);
function wellFormed(e: Explanation) {
  for (const f of e.findings) expect(keys, `${e.target.kind} ${f.id}: ${f.concept}`).toContain(f.concept);
  expect(new Set(e.findings.map((f) => f.id)).size, e.findings.map((f) => f.id).join()).toBe(e.findings.length);
}

describe('ConfigMap, Secret, ServiceAccount', () => {
  it('ConfigMap: keys with sizes and the Pod that uses it (its real plan: the ConfigMap and the Pods, 2 requests)', async () => {
    const { e, requests } = await explainFixture('workloads', 'cm', 'web-config', 'kxwl-fixtures');
    expect(requests).toBe(2);
    expect(e.verdict).toEqual({ severity: 'info', text: 'ConfigMap with 2 keys (26 bytes), used by 1 Pod' });
    expect(find(e, 'keys')?.detail.split('\n').slice(0, 2)).toEqual(['LOG_LEVEL: 4 bytes', 'nginx.conf: 22 bytes']);
    expect(find(e, 'pods')?.detail).toBe('uses-config: Ready');
  });

  it('ConfigMap: a key a Pod requires in env and the ConfigMap lacks is the verdict, with the Pods and the near miss', async () => {
    // The captured Pod uses-config, given two env references: LOG_LEVL (one letter off LOG_LEVEL) and DB_HOST.
    const objects = fixtureObjects('workloads').map((o) => {
      if (o.kind !== 'Pod' || o.metadata?.name !== 'uses-config') return o;
      const pod = structuredClone(o) as Record<string, any>;
      pod.spec.containers[0].env = [
        { name: 'LEVEL', valueFrom: { configMapKeyRef: { name: 'web-config', key: 'LOG_LEVL' } } },
        { name: 'DB', valueFrom: { configMapKeyRef: { name: 'web-config', key: 'DB_HOST' } } },
        { name: 'OPT', valueFrom: { configMapKeyRef: { name: 'web-config', key: 'MAYBE', optional: true } } },
      ];
      return pod as KubeObject;
    });
    const { e, requests } = await explainObjects(objects, 'cm', 'web-config', 'kxwl-fixtures');
    expect(requests).toBe(2);
    expect(e.verdict).toEqual({
      severity: 'error',
      text: 'ConfigMap web-config has no key LOG_LEVL, which 1 Pod requires in env: their containers cannot start (CreateContainerConfigError)',
    });
    expect(find(e, 'key.LOG_LEVL')).toMatchObject({ concept: 'config.missing-key', severity: 'error' });
    expect(find(e, 'key.LOG_LEVL')?.detail).toContain('Pods: uses-config');
    expect(find(e, 'key.LOG_LEVL')?.detail).toContain('It has LOG_LEVEL: a near miss for LOG_LEVL');
    expect(find(e, 'key.DB_HOST')?.detail).toContain('Add the key DB_HOST to ConfigMap web-config');
    // Optional: the container starts without the variable, so it is said as info, never as the error verdict.
    expect(find(e, 'key.MAYBE')).toMatchObject({
      concept: 'config.missing-key',
      severity: 'info',
      title: 'ConfigMap web-config has no key MAYBE, which 1 Pod names as optional: their containers run without the variable OPT',
    });
    wellFormed(e);
    const ja = (await explainObjects(objects, 'cm', 'web-config', 'kxwl-fixtures', 'ja')).e;
    expect(ja.verdict.text).toBe(
      'ConfigMap web-config にはキー LOG_LEVL がありません。env でこれを必要とする Pod 1 個のコンテナは起動できません (CreateContainerConfigError)',
    );
    expect(ja.findings.find((f) => f.id === 'key.LOG_LEVL')?.detail).toContain('LOG_LEVEL はあります');
    expect(ja.findings.find((f) => f.id === 'key.MAYBE')?.title).toBe(
      'ConfigMap web-config にはキー MAYBE がありません。これを optional で参照する Pod 1 個のコンテナは、環境変数 OPT なしで動いています',
    );
  });

  it('Secret: type, key names and sizes; the sentinel value appears in no output format and no language', async () => {
    const sentinel = 'KX-SENTINEL-9f3a2c';
    // The captured Secret holds it twice: base64 in data, plain in the last-applied annotation.
    expect(JSON.stringify(rawSecret())).toContain(sentinel);
    const { renderJson } = await import('../../../src/render/json.js');
    const { renderText } = await import('../../../src/render/text.js');
    const { renderMarkdown } = await import('../../../src/render/markdown.js');
    const forms: string[] = [];
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await explainFixture('workloads', 'secret', 'db-credentials', 'kxwl-fixtures', lang);
      forms.push(renderJson(e), renderText(e), renderText(e, true), renderMarkdown(e));
    }
    const { e } = await explainFixture('workloads', 'secret', 'db-credentials', 'kxwl-fixtures');
    expect(e.verdict.text).toBe('Secret of type Opaque with 2 keys, used by 1 Pod (values are never shown)');
    expect(find(e, 'keys')?.detail).toContain('password: 18 bytes');
    for (const out of forms) {
      expect(out).not.toContain(sentinel);
      expect(out).not.toContain(Buffer.from(sentinel).toString('base64'));
      expect(out).not.toContain('last-applied-configuration');
    }
  });

  it('ServiceAccount: automount off, the missing imagePullSecret, Pods running as it, no binding names it', async () => {
    const { e, requests } = await explainFixture('workloads', 'sa', 'builder', 'kxwl-fixtures');
    expect(requests).toBe(7);
    expect(e.verdict).toEqual({
      severity: 'error',
      text: 'imagePullSecrets not found: registry-pull — Pods of this ServiceAccount cannot pull from the private registry',
    });
    expect(find(e, 'automount')?.title).toBe('automountServiceAccountToken: false');
    expect(find(e, 'pods')?.detail).toBe('uses-config: Ready');
    expect(find(e, 'rbac.bindings')?.title).toBe('RBAC: no binding names this ServiceAccount');
    wellFormed(e);
  });
});
