// The built binary offline (-f examples/): trace and dns without a cluster, text and JSON, and a
// Service name from the cluster that carries terminal escapes never reaches the terminal raw.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sayTrace, sayDns } from '../../../src/i18n/say-trace.js';
import { renderTraceText, renderDnsText } from '../../../src/render/trace-text.js';
import { traceFromSnapshot } from '../../../src/routing/trace.js';
import { dnsNames } from '../../../src/routing/dns.js';
import { chooseClusterDomain } from '../../../src/routing/cluster-domain.js';
import { serviceSnapshot, shop } from './fixtures.js';
import { runKx } from '../../support/binary.js';
import { tempDir } from '../../support/temp-dir.js';

const kx = (...args: string[]) => runKx(args, { KUBECONFIG: '/nonexistent' });

describe('offline trace and dns (binary, -f examples)', () => {
  it('trace svc/web: namespace found in the files, template Pods, every hop ok, says what is unknown', async () => {
    const r = await kx('trace', 'svc/web', '-f', 'examples', '-o', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as {
      target: { namespace: string };
      offline: boolean;
      hops: { status: string; finding: { detail: string } }[];
      warnings: string[];
    };
    expect(j.target.namespace).toBe('shop');
    expect(j.offline).toBe(true);
    expect(j.hops.map((h) => h.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(j.hops[3]!.finding.detail).toContain('deployment/web (3 replicas)');
    expect(j.warnings.join()).toMatch(/cannot be known from manifests/);
  });

  it('trace ingress/web offline: no IngressClass in the files is unknown (warning), not broken', async () => {
    const r = await kx('trace', 'ingress/web', '-f', 'examples');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ 1 warning +client → ingress\/web/m);
  });

  it('dns service/db offline: StatefulSet Pod names predicted, IPs unknown', async () => {
    const r = await kx('dns', 'service/db', '-f', 'examples', '-o', 'json', '--cluster-domain', 'k8s.internal');
    const j = JSON.parse(r.stdout) as { clusterDomainSource: string; records: { type: string; name: string; value: string }[] };
    expect(j.clusterDomainSource).toBe('flag');
    expect(j.records).toContainEqual(expect.objectContaining({ type: 'A', name: 'db-1.db.shop.svc.k8s.internal', value: '' }));
    expect(j.records).toContainEqual(expect.objectContaining({ type: 'SRV', name: '_pg._tcp.db.shop.svc.k8s.internal' }));
  });

  it('a missing or broken manifest: one line and its exit code', async () => {
    expect((await kx('trace', 'svc/web', '-f', '/nonexistent.yaml')).code).toBe(4);
    const dir = tempDir('kx-bad-');
    writeFileSync(join(dir, 'x.yaml'), 'kind: Service\nmetadata: {name: [\n');
    const r = await kx('trace', 'svc/web', '-f', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: cannot parse .*x\.yaml:\d+: /);
    expect((await kx('trace', 'svc/nope', '-f', 'examples', '-n', 'shop')).stderr).toMatch(
      /^error: service "nope" not found in namespace "shop"\nhint: Services in shop: /,
    );
  });
});

describe('renderers sanitize cluster strings', () => {
  it('escape sequences in labels and names are removed from text output', () => {
    const snap = serviceSnapshot(shop, 'web');
    const evil = { ...snap.services.web!, metadata: { ...snap.services.web!.metadata, name: 'web\u001b]0;owned\u0007\u202e' } };
    const t = sayTrace(
      traceFromSnapshot({ ...snap, services: { [evil.metadata.name]: evil } }, { kind: 'service', name: evil.metadata.name }),
      'en',
    );
    const out = renderTraceText(t, false);
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(out).toContain('service/web');
    expect(out).not.toContain('owned');
    const d = sayDns(
      dnsNames({
        namespace: 'shop',
        target: { kind: 'Service', service: evil },
        domain: chooseClusterDomain(undefined, undefined),
        offline: false,
        warnings: [],
      }),
      'ja',
    );
    expect(renderDnsText(d, false, 'ja')).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});
