// An ExternalName Service whose externalName is an IPv4 address: the API takes it as a DNS name made of
// digits, and CoreDNS does not resolve it (Kubernetes' Service documentation says so). Captured from the
// sandbox (tests/fixtures/externalname), explained through the real read plan, in en and ja.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';

const explain = async (name: string, lang: 'en' | 'ja' = 'en') => (await explainFixture('externalname', 'Service', name, 'rtsw3', lang)).e;

describe('ExternalName to an IP address', () => {
  it('is broken at the CNAME, with a selectorless Service and an EndpointSlice as the way to a fixed IP (en, ja)', async () => {
    const e = await explain('ext-ip');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('Broken at client → CNAME 192.0.2.10: ExternalName 192.0.2.10 is an IP address');
    expect(e.verdict.text).toContain(
      'use a Service without selector (ClusterIP, or headless with clusterIP: None) and an EndpointSlice listing 192.0.2.10',
    );
    const ja = await explain('ext-ip', 'ja');
    expect(ja.verdict.text).toContain('ExternalName 192.0.2.10 は IP アドレスで、DNS はこれを数字でできた名前として扱います');
    expect(ja.verdict.text).toContain('192.0.2.10 を載せた EndpointSlice を使ってください');
  });

  it('a DNS name stays ok', async () => {
    const e = await explain('ext');
    expect(e.verdict.severity).toBe('ok');
    expect(e.verdict.text).toContain('DNS answers ext with a CNAME to db.example.com');
  });
});
