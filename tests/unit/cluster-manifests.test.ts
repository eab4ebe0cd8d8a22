// loadManifests and ManifestReader on the project's real example manifests and kubectl List output,
// plus the error cases: missing paths, bad YAML/JSON (file:line), documents without a kind.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { labelsMatch, loadManifests, ManifestReader, manifestSource, parseLabelSelector } from '../../src/cluster/manifests.js';
import { failure } from '../support/kx-error.js';
import { tempDir } from '../support/temp-dir.js';

const tmp = () => tempDir('kx-manifests-');

describe('loadManifests', () => {
  it('reads a folder of multi-document YAML in name order, with file and line of each object', async () => {
    const objs = await loadManifests(['examples']);
    const names = objs.map((o) => `${o.kind}/${o.metadata?.name}`);
    expect(names[0]).toBe('Namespace/shop');
    expect(names).toContain('Ingress/web');
    expect(names).toContain('StatefulSet/db');
    expect(names.indexOf('Service/web')).toBeLessThan(names.indexOf('Service/db'));
    const db = objs.find((o) => o.kind === 'StatefulSet')!;
    expect(manifestSource(db)).toEqual({ file: join('examples', '30-db.yaml'), line: 10 });
  });

  it('flattens kubectl List output (JSON)', async () => {
    const objs = await loadManifests(['tests/fixtures/pods/shop-services.json']);
    expect(objs.length).toBeGreaterThan(1);
    expect(objs.every((o) => o.kind === 'Service')).toBe(true);
  });

  it('skips empty documents and non-manifest files in folders, not subfolders', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'b.yml'), '---\n# only a comment\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n');
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } }));
    writeFileSync(join(dir, 'notes.md'), '# not a manifest');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    const objs = await loadManifests([dir]);
    expect(objs.map((o) => o.metadata?.name)).toEqual(['a', 'b']);
    expect(manifestSource(objs[1]!)?.line).toBe(4);
  });

  it('a missing path is notFound', async () => {
    const err = await failure(loadManifests(['/nonexistent/kx.yaml']));
    expect(err.exitCode).toBe(ExitCode.notFound);
    expect(err.message).toContain('/nonexistent/kx.yaml');
  });

  it('bad YAML is a usage error naming file:line', async () => {
    const dir = tmp();
    const f = join(dir, 'bad.yaml');
    writeFileSync(f, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [a, b\n---\n');
    const err = await failure(loadManifests([f]));
    expect(err.exitCode).toBe(ExitCode.usage);
    expect(err.message).toMatch(new RegExp(`^cannot parse ${f}:\\d+: `));
  });

  it('bad JSON is a usage error naming file:line', async () => {
    const dir = tmp();
    const f = join(dir, 'bad.json');
    writeFileSync(f, '{\n  "kind": "ConfigMap",\n  "metadata": {,\n}\n');
    const err = await failure(loadManifests([f]));
    expect(err.exitCode).toBe(ExitCode.usage);
    expect(err.message).toMatch(new RegExp(`^cannot parse ${f}:3: `));
  });

  it('a document without kind is a usage error at its line', async () => {
    const dir = tmp();
    const f = join(dir, 'nokind.yaml');
    writeFileSync(f, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\nresources: [a.yaml]\n');
    const err = await failure(loadManifests([f]));
    expect(err.exitCode).toBe(ExitCode.usage);
    expect(err.message).toBe(`cannot load ${f}:5: the document has no kind`);
  });
});

describe('ManifestReader', () => {
  it('gets and lists by namespace and label selector; namespace-less objects take the default namespace', async () => {
    const r = await ManifestReader.fromPaths(['examples', 'tests/fixtures/rbac/manifests.yaml'], 'team');
    expect(r.requestCount).toBe(0);
    expect((await r.get('svc', 'web', 'shop')).spec).toMatchObject({ selector: { app: 'web' } });
    expect((await r.list('Service', { namespace: 'shop' })).map((s) => s.metadata?.name).sort()).toEqual(['api', 'db', 'web']);
    expect((await r.list('deploy', { namespace: 'shop', labelSelector: 'app=web' })).map((s) => s.metadata?.name)).toEqual(['web']);
    expect((await r.list('deploy', { namespace: 'shop', labelSelector: 'app!=web' })).map((s) => s.metadata?.name)).not.toContain('web');
    expect((await r.list('Namespace')).map((n) => n.metadata?.name)).toContain('shop');
    // Cluster-scoped kinds stay without a namespace.
    const cr = await r.get('ClusterRole', 'team-edit');
    expect(cr.metadata?.namespace).toBeUndefined();
    const roles = await r.list('Role');
    expect(roles.every((o) => typeof o.metadata?.namespace === 'string')).toBe(true);
  });

  it('field selectors on metadata.name', async () => {
    const r = await ManifestReader.fromPaths(['examples']);
    expect((await r.list('Service', { fieldSelector: 'metadata.name=db' })).map((s) => s.metadata?.namespace)).toEqual(['shop']);
  });

  it('a missing object is notFound, an unknown kind a usage error', async () => {
    const r = await ManifestReader.fromPaths(['examples']);
    expect((await failure(r.get('svc', 'nope', 'shop'))).exitCode).toBe(ExitCode.notFound);
    expect((await failure(r.get('svc', 'web', 'other'))).exitCode).toBe(ExitCode.notFound);
    expect((await failure(r.list('widgetz'))).exitCode).toBe(ExitCode.usage);
  });
});

describe('label selectors', () => {
  it.each([
    ['app=web', { app: 'web' }, true],
    ['app==web,tier=frontend', { app: 'web' }, false],
    ['app!=web', {}, true],
    ['app', { app: '' }, true],
    ['!app', { app: 'x' }, false],
    ['env in (prod, staging)', { env: 'staging' }, true],
    ['env notin (prod)', { env: 'prod' }, false],
  ])('%s on %j → %s', (sel, labels, want) => {
    expect(labelsMatch(parseLabelSelector(sel), labels)).toBe(want);
  });
  it('rejects garbage', () => {
    expect(() => parseLabelSelector('a=b=c')).toThrow(/cannot parse label selector/);
  });
});

describe('manifests that attack or overwhelm the loader', () => {
  it('a YAML alias bomb is a usage error naming the file, not a crash', async () => {
    const d = tmp();
    const file = join(d, 'bomb.yaml');
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    writeFileSync(file, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`);
    const err = await failure(loadManifests([file]));
    expect(err.exitCode).toBe(ExitCode.usage);
    expect(err.message).toBe(`cannot load ${file}:1: too many YAML aliases (a resource exhaustion attack?)`);
  });

  it('a List of 150,000 items loads (no recursion, no spread of its items)', async () => {
    const d = tmp();
    const file = join(d, 'big.json');
    const items = Array.from({ length: 150_000 }, (_, i) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}` } }));
    writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items }));
    const objs = await loadManifests([file]);
    expect(objs).toHaveLength(150_000);
    expect(objs[149_999]!.metadata?.name).toBe('cm-149999');
  });

  it('JSON saved as .yaml takes the JSON parser, Lists of Lists flatten', async () => {
    const d = tmp();
    const file = join(d, 'nested.yaml');
    const cm = (n: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: n } });
    writeFileSync(file, JSON.stringify({ kind: 'List', items: [cm('a'), { kind: 'ConfigMapList', items: [cm('b'), cm('c')] }] }));
    expect((await loadManifests([file])).map((o) => o.metadata?.name).sort()).toEqual(['a', 'b', 'c']);
  });
});
