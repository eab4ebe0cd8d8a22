// The config explainers on real sandbox objects (tests/fixtures/workloads): a ConfigMap, a Secret
// (a sentinel value that must never appear) and a ServiceAccount. The workload kinds are in
// workload-kinds.test.ts.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';
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
