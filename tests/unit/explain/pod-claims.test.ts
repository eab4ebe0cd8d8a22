// A Pod's claims are explained by their phase (src/explain/pvc-phase.ts), on the captured StatefulSet
// Pod cache-0 whose claim data-cache-0 is Pending, and the same claim Bound.
import { describe, expect, it } from 'vitest';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';

const finding = (e: { findings: { id: string; severity: string; title: string; detail: string }[] }) =>
  e.findings.find((f) => f.id === 'pvc.data-cache-0');

describe('Pod claims', () => {
  it('a Pending claim says why it is unbound (no class, no default class) and what to change (en, ja)', async () => {
    const { e } = await explainFixture('workloads', 'Pod', 'cache-0', 'kxwl-fixtures');
    expect(finding(e)).toMatchObject({
      severity: 'error',
      concept: 'pvc.unbound',
      title: expect.stringContaining(
        'PersistentVolumeClaim data-cache-0 is Pending: it names no StorageClass and the cluster has no default class',
      ),
    });
    expect(finding(e)!.title).toContain('or mark a class as default');
    // The Pod's verdict is the claim's cause, not a pointer to another command.
    expect(e.verdict.text).toContain('until its PersistentVolumeClaim is bound. PersistentVolumeClaim data-cache-0 is Pending');
    expect(e.verdict.text).not.toContain('explain pvc/');
    const ja = (await explainFixture('workloads', 'Pod', 'cache-0', 'kxwl-fixtures', 'ja')).e;
    expect(finding(ja)!.title).toContain(
      'PersistentVolumeClaim data-cache-0 は Pending です。StorageClass を指定しておらず、クラスターに既定のクラスもありません',
    );
    expect(ja.verdict.text).toContain('PersistentVolumeClaim がバインドされるまで Pod を配置できません');
  });

  it('a Bound claim names its volume; a missing one is an error', async () => {
    const objects = fixtureObjects('workloads');
    const bound = objects.map((o) =>
      o.kind === 'PersistentVolumeClaim' && o.metadata?.name === 'data-cache-0'
        ? { ...o, spec: { ...(o.spec as object), volumeName: 'pv-1' }, status: { phase: 'Bound' } }
        : o,
    );
    expect(finding((await explainObjects(bound, 'Pod', 'cache-0', 'kxwl-fixtures')).e)).toMatchObject({
      severity: 'ok',
      title: 'PersistentVolumeClaim data-cache-0 is Bound to pv-1',
    });
    const missing = objects.filter((o) => !(o.kind === 'PersistentVolumeClaim' && o.metadata?.name === 'data-cache-0'));
    expect(finding((await explainObjects(missing, 'Pod', 'cache-0', 'kxwl-fixtures')).e)).toMatchObject({ severity: 'error' });
  });
});
