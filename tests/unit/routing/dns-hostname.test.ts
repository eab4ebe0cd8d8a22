// dns pod/NAME for a Pod with hostname and subdomain under a ClusterIP (not headless) Service, on objects
// captured from the sandbox (tests/fixtures/dns-hostname) through the real plan. CoreDNS answers
// <hostname>.<subdomain> from the Service's endpoints whether it is headless or not (plugin/kubernetes
// findServices: "Endpoint query or headless service"); only the DNS specification's promise needs headless.
import { describe, expect, it } from 'vitest';
import { FixtureReader, fixtureObjects } from '../../support/fixture-reader.js';
import { dnsLive } from '../../../commands/routing-run.js';

const NS = 'kx-dnshost';
const dns = (target: string, lang: 'en' | 'ja' = 'en') => dnsLive(new FixtureReader(fixtureObjects('dns-hostname'), NS), target, NS, lang);
const hostRecord = (d: Awaited<ReturnType<typeof dns>>, name: string) =>
  d.records.find((r) => r.name === `${name}.web.${NS}.svc.cluster.local`);

describe('dns: hostname.subdomain under a ClusterIP Service', () => {
  it('gamma (selected by web): served by CoreDNS, with the headless caveat — not "not served"', async () => {
    const d = await dns('pod/gamma');
    const r = hostRecord(d, 'gamma')!;
    expect(r.value).toBe('10.0.0.45');
    expect(r.note).toContain("served by CoreDNS through Service web's endpoints");
    expect(r.note).toContain('set clusterIP: None to rely on it');
    expect(r.note).not.toMatch(/not served/);
    const ja = hostRecord(await dns('pod/gamma', 'ja'), 'gamma')!;
    expect(ja.note).toContain('CoreDNS は Service web のエンドポイントから応答する');
  });

  it('delta (not selected by web): not served, and the reason is the selector, not the Service type', async () => {
    const r = hostRecord(await dns('pod/delta'), 'delta')!;
    expect(r.note).toBe('not served: Service web does not select this Pod');
    expect(hostRecord(await dns('pod/delta', 'ja'), 'delta')!.note).toBe('応答されない: Service web がこの Pod を選んでいません');
  });

  it('zeta (headless peers, not Ready): not served while not Ready, not "served through headless Service"', async () => {
    const d = await dns('pod/zeta');
    const r = d.records.find((x) => x.name === `zeta.peers.${NS}.svc.cluster.local`)!;
    expect(r.note).toBe(
      'not served while the Pod is not Ready: CoreDNS answers only ready endpoints of Service peers (unless it sets publishNotReadyAddresses)',
    );
    const ja = (await dns('pod/zeta', 'ja')).records.find((x) => x.name === `zeta.peers.${NS}.svc.cluster.local`)!;
    expect(ja.note).toContain('Pod が Ready でない間は応答されない');
  });
});
