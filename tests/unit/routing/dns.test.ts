// DNS names on captured objects, the Corefile's zone, the search path, and target parsing.
import { describe, expect, it } from 'vitest';
import { sayDns } from '../../../src/i18n/say-trace.js';
import { dnsNames, lookupsUntil, shortForms } from '../../../src/routing/dns.js';
import { chooseClusterDomain, parseCorefile } from '../../../src/routing/cluster-domain.js';
import { parseDnsTarget, parseTraceTarget } from '../../../src/routing/target.js';
import { ExitCode, KxError } from '../../../src/errors.js';
import { corefile, fx, shop } from './fixtures.js';

const assumed = chooseClusterDomain(undefined, undefined);
const service = (set: typeof fx | typeof shop, name: string, domain = assumed, lang: 'en' | 'ja' = 'en') =>
  sayDns(
    dnsNames({
      namespace: set.services[0]!.metadata.namespace!,
      target: { kind: 'Service', service: set.services.find((s) => s.metadata.name === name)! },
      endpointSlices: set.slices,
      domain,
      offline: false,
      warnings: [],
    }),
    lang,
  );

describe('cluster domain', () => {
  it('reads the zone and pods mode from a kubeadm Corefile, skipping reverse zones', () => {
    expect(parseCorefile(corefile)).toEqual({ zone: 'k8s.internal', podsMode: 'insecure' });
    expect(chooseClusterDomain(corefile, 'flag.local')).toEqual({ domain: 'k8s.internal', source: 'detected', podsMode: 'insecure' });
  });
  it('takes the server block zone when the plugin names none; no plugin → flag, else assumed', () => {
    expect(parseCorefile('cluster.example:53 {\n  kubernetes\n}\n')?.zone).toBe('cluster.example');
    expect(parseCorefile('.:53 {\n  forward . /etc/resolv.conf\n}\n')).toBeUndefined();
    expect(chooseClusterDomain(undefined, 'corp.local.')).toEqual({ domain: 'corp.local', source: 'flag' });
    expect(assumed).toEqual({ domain: 'cluster.local', source: 'assumed' });
  });
});

describe('dns names (captured objects)', () => {
  it('ClusterIP web: one A record to the cluster IP, SRV for the named port', () => {
    const d = service(shop, 'web');
    const web = shop.services.find((s) => s.metadata.name === 'web')!;
    expect(d.records.filter((r) => r.type === 'A')).toEqual([
      expect.objectContaining({ name: 'web.shop.svc.cluster.local', value: web.spec!.clusterIP }),
    ]);
    expect(d.records.find((r) => r.type === 'SRV')).toMatchObject({
      name: '_http._tcp.web.shop.svc.cluster.local',
      value: '0 100 80 web.shop.svc.cluster.local',
    });
    expect(d.clusterDomainSource).toBe('assumed');
    // The note's title and the header say the same word for an assumed zone (not 推定 beside 仮定).
    const ja = service(shop, 'web', assumed, 'ja');
    expect(ja.notes.map((n) => n.title)).toContain('クラスタードメイン cluster.local(仮定)');
  });

  it('headless db: A records of the ready Pods, db-0/db-1 hostnames, one SRV per endpoint', () => {
    const d = service(shop, 'db');
    const names = d.records.map((r) => `${r.type} ${r.name}`);
    expect(names).toContain('A db-0.db.shop.svc.cluster.local');
    expect(names).toContain('A db-1.db.shop.svc.cluster.local');
    expect(d.records.filter((r) => r.type === 'A' && r.name === 'db.shop.svc.cluster.local')).toHaveLength(2);
    expect(d.records.filter((r) => r.type === 'SRV').map((r) => r.value)).toEqual([
      '0 50 5432 db-0.db.shop.svc.cluster.local',
      '0 50 5432 db-1.db.shop.svc.cluster.local',
    ]);
  });

  it('ExternalName: a CNAME only', () => {
    const d = service(fx, 'payments', chooseClusterDomain(corefile, undefined));
    expect(d.records).toEqual([
      expect.objectContaining({ type: 'CNAME', name: 'payments.routing-fx.svc.k8s.internal', value: 'payments.example.test' }),
    ]);
    expect(d.clusterDomainSource).toBe('detected');
  });

  it('Pod: dashed-IP A record, hostname.subdomain through the headless Service, Services that select it', () => {
    const pod = shop.pods.find((p) => p.metadata.name === 'db-0')!;
    const d = sayDns(
      dnsNames({
        namespace: 'shop',
        target: { kind: 'Pod', pod },
        services: shop.services,
        domain: chooseClusterDomain(corefile, undefined),
        offline: false,
        warnings: [],
      }),
      'en',
    );
    const ip = pod.status!.podIP!;
    expect(d.records[0]).toMatchObject({
      type: 'A',
      name: `${ip.replace(/\./g, '-')}.shop.pod.k8s.internal`,
      value: ip,
      note: expect.stringContaining('pods insecure'),
    });
    expect(d.records).toContainEqual(
      expect.objectContaining({
        name: 'db-0.db.shop.svc.k8s.internal',
        value: ip,
        note: expect.stringContaining('served through headless Service db'),
      }),
    );
    expect(d.searchPath.shortNames[0]).toMatchObject({ from: '*' });
  });
});

describe('search path (ndots:5)', () => {
  it('counts lookups like a resolver with search <ns>.svc.<zone> svc.<zone> <zone>', () => {
    const fq = 'web.shop.svc.cluster.local';
    expect(lookupsUntil('web', fq, 'shop', 'cluster.local')).toBe(1);
    expect(lookupsUntil('web', fq, 'other', 'cluster.local')).toBeUndefined();
    expect(lookupsUntil('web.shop', fq, 'other', 'cluster.local')).toBe(2);
    expect(lookupsUntil('web.shop.svc', fq, 'shop', 'cluster.local')).toBe(3);
    expect(lookupsUntil(fq, fq, 'shop', 'cluster.local')).toBe(4);
    expect(lookupsUntil(`${fq}.`, fq, 'shop', 'cluster.local')).toBe(1);
    expect(shortForms(fq, 'shop', 'cluster.local').map((s) => `${s.name}@${s.from}`)).toEqual([
      'web@shop',
      'web.shop@*',
      'web.shop.svc@*',
      `${fq}@*`,
      `${fq}.@*`,
    ]);
    // --from default: the bare name would find web.default.svc…, so it is not offered.
    expect(shortForms(fq, 'shop', 'cluster.local', 'default').map((s) => `${s.name}@${s.from}:${s.tries}`)).toEqual([
      'web.shop@default:2',
      'web.shop.svc@default:3',
      `${fq}@default:4`,
      `${fq}.@default:1`,
    ]);
  });
});

describe('targets', () => {
  it.each([
    ['service/web:http', { kind: 'service', name: 'web', namespace: 'dflt', port: 'http' }],
    ['svc/web', { kind: 'service', name: 'web', namespace: 'dflt' }],
    ['ing/web', { kind: 'ingress', name: 'web', namespace: 'dflt' }],
    ['web', { kind: 'service', name: 'web', namespace: 'dflt' }],
    ['web.shop:80', { kind: 'service', name: 'web', namespace: 'shop', port: '80' }],
    ['web.shop.svc', { kind: 'service', name: 'web', namespace: 'shop' }],
    ['web.shop.svc.cluster.local:80', { kind: 'service', name: 'web', namespace: 'shop', port: '80', zone: 'cluster.local' }],
    ['db-0.db.shop.svc.cluster.local', { kind: 'service', name: 'db', namespace: 'shop', hostname: 'db-0' }],
  ])('%s', (text, want) => {
    expect(parseTraceTarget(text, 'dflt')).toMatchObject(want);
  });
  it.each(['pod/x', 'web..shop', 'ingress/web:80', '10-0-0-1.shop.pod.cluster.local', 'service/web:', 'WEB_1'])(
    'rejects %s as a usage error',
    (text) => {
      let err: unknown;
      try {
        parseTraceTarget(text, 'd');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(KxError);
      expect((err as KxError).exitCode).toBe(ExitCode.usage);
    },
  );
  it('dns targets', () => {
    expect(parseDnsTarget('svc/web')).toEqual({ kind: 'Service', name: 'web' });
    expect(parseDnsTarget('po/db-0')).toEqual({ kind: 'Pod', name: 'db-0' });
    expect(() => parseDnsTarget('deploy/web')).toThrow(/cannot list DNS names for "deploy\/web"/);
  });
});
