// dns gateway/NAME on the Gateways captured from the sandbox (tests/fixtures/gateway, capture.sh):
// the listener hostnames are the user's to publish, pointing at status.addresses; a Service the
// implementation labelled with the Gateway's name has cluster DNS names; without one, none is known.
import { describe, expect, it } from 'vitest';
import { sayDns } from '../../../src/i18n/say-trace.js';
import { dnsNames } from '../../../src/routing/dns.js';
import { parseDnsTarget } from '../../../src/routing/target.js';
import type { Gateway } from '../../../src/model/gateway.js';
import type { Service } from '../../../src/model/routing.js';
import { fixtureObjects } from '../../support/fixture-reader.js';

const objects = fixtureObjects('gateway');
const gateway = (name: string) => objects.find((o) => o.kind === 'Gateway' && o.metadata?.name === name) as unknown as Gateway;
const labelled = objects.filter(
  (o) =>
    o.kind === 'Service' &&
    (o.metadata as { labels?: Record<string, string> }).labels?.['gateway.networking.k8s.io/gateway-name'] === 'edge',
) as unknown as Service[];
const names = (gw: Gateway, services: Service[] | undefined, lang: 'en' | 'ja' = 'en') =>
  sayDns(
    dnsNames({
      namespace: 'kx-gw-fx',
      target: { kind: 'Gateway', gateway: gw, ...(services ? { services } : {}) },
      domain: { domain: 'cluster.local', source: 'detected' },
      offline: false,
      warnings: [],
    }),
    lang,
  );

describe('dns gateway/NAME', () => {
  it('parses gateway/NAME (and gtw/NAME) as a DNS target', () => {
    expect(parseDnsTarget('gateway/edge')).toEqual({ kind: 'Gateway', name: 'edge' });
    expect(parseDnsTarget('gtw/edge')).toEqual({ kind: 'Gateway', name: 'edge' });
  });

  it('each listener hostname → A to the IPAddress and CNAME to the Hostname address, the user’s to publish', () => {
    const d = names(gateway('edge'), []);
    expect(d.records).toContainEqual({
      type: 'A',
      name: 'shop.example.test',
      value: '192.0.2.10',
      note: 'yours to publish (listener https HTTPS/443)',
    });
    expect(d.records).toContainEqual({
      type: 'CNAME',
      name: '*.example.test',
      value: 'edge-lb.example.net',
      note: 'yours to publish (listener http HTTP/80)',
    });
    const publish = d.notes.find((n) => n.id === 'dns.gateway.publish')!;
    expect(publish.detail).toContain('Cluster DNS answers for Services and Pods, not for Gateway listeners');
    expect(publish.detail).toContain('wildcard record');
    expect(publish.concept).toBe('gateway-dns');
    // No Service labelled for it: no cluster name, and no search path to explain.
    expect(d.notes.find((n) => n.id === 'dns.gateway.service')!.detail).toContain(
      'No Service in namespace kx-gw-fx carries the label gateway.networking.k8s.io/gateway-name=edge',
    );
    expect(d.searchPath.shortNames).toEqual([]);
    expect(d.notes.find((n) => n.id === 'dns.search')).toBeUndefined();
  });

  it('the Service an in-cluster implementation made: its cluster DNS name and short names', () => {
    expect(labelled.map((s) => s.metadata.name)).toEqual(['edge-kx-gw-fx']);
    const d = names(gateway('edge'), labelled);
    expect(d.records.filter((r) => r.name === 'edge-kx-gw-fx.kx-gw-fx.svc.cluster.local').map((r) => r.type)).toContain('A');
    expect(d.notes.find((n) => n.id === 'dns.gateway.service')!.detail).toContain('Service kx-gw-fx/edge-kx-gw-fx (LoadBalancer)');
    expect(d.searchPath.shortNames.map((s) => s.name)).toContain('edge-kx-gw-fx');
  });

  it('no address yet (no controller): nothing to point at; a listener without hostname takes any name', () => {
    const d = names(gateway('dark'), undefined, 'ja');
    expect(d.records).toEqual([]);
    expect(d.notes.find((n) => n.id === 'dns.gateway.noaddress')).toMatchObject({ severity: 'warning' });
    expect(d.notes.find((n) => n.id === 'dns.gateway.noaddress')!.detail).toContain(
      'GatewayClass kx-gw-fx-none のコントローラーがアドレスを割り当てていない',
    );
    expect(d.notes.find((n) => n.id === 'dns.gateway.publish')!.detail).toContain(
      'ホスト名のないリスナーはどの名前でも受け付けます(http HTTP/80)',
    );
    expect(d.notes.find((n) => n.id === 'dns.gateway.service')!.detail).toContain('Service を読めませんでした');
  });
});
