// The names of a Gateway: cluster DNS serves names of Services and Pods only, so the names clients
// use for a Gateway (its listeners' hostnames) are the user's to publish, pointing at the addresses
// the controller wrote in status.addresses (IPAddress: A/AAAA; Hostname: CNAME). A Service that an
// in-cluster implementation made for the Gateway (GEP-1762 label gateway.networking.k8s.io/gateway-name)
// has the usual cluster names (dns.ts adds them); without one, no cluster name is known. Pure.
import type { DnsRecordType } from '../model/dns.js';
import type { Severity } from '../model/finding.js';
import type { Gateway } from '../model/gateway.js';
import type { Service } from '../model/routing.js';
import { builders, type Message } from '../model/message.js';
import type { GatewayExplainCatalog } from '../i18n/messages/gateway-explain-en.js';

const x = builders<GatewayExplainCatalog>('gwx');

export const GATEWAY_NAME_LABEL = 'gateway.networking.k8s.io/gateway-name';

interface NamedRecord {
  type: DnsRecordType;
  name: string;
  value: string;
  note: Message;
}
interface NamedNote {
  id: string;
  concept: string;
  severity: Severity;
  title: Message;
  detail: Message[];
}

export function gatewayNames(
  gw: Gateway,
  services: readonly Service[] | undefined,
  offline: boolean,
): { records: NamedRecord[]; notes: NamedNote[] } {
  const name = gw.metadata.name;
  const addresses = gw.status?.addresses ?? [];
  const listeners = gw.spec?.listeners ?? [];
  const records: NamedRecord[] = [];
  const notes: NamedNote[] = [];
  const hostnames = [...new Set(listeners.flatMap((l) => (l.hostname ? [l.hostname] : [])))];
  for (const host of hostnames) {
    const on = listeners
      .filter((l) => l.hostname === host)
      .map((l) => `${l.name} ${l.protocol}/${l.port}`)
      .join(', ');
    if (!addresses.length) records.push({ type: 'A', name: host, value: '', note: x['dns.gw.publish.noaddress']({ listeners: on }) });
    for (const a of addresses) {
      const type = a.type ?? 'IPAddress';
      if (type === 'IPAddress')
        records.push({
          type: a.value.includes(':') ? 'AAAA' : 'A',
          name: host,
          value: a.value,
          note: x['dns.gw.publish']({ listeners: on }),
        });
      else if (type === 'Hostname')
        records.push({ type: 'CNAME', name: host, value: a.value, note: x['dns.gw.publish']({ listeners: on }) });
    }
  }
  const publish: Message[] = [x['dns.gw.yours']()];
  if (hostnames.some((h) => h.startsWith('*.'))) publish.push(x['dns.gw.wildcard']());
  const anyHost = listeners.filter((l) => !l.hostname).map((l) => `${l.name} ${l.protocol}/${l.port}`);
  if (anyHost.length) publish.push(x['dns.gw.anyhost']({ listeners: anyHost.join(', ') }));
  notes.push({
    id: 'dns.gateway.publish',
    concept: 'gateway-dns',
    severity: 'info',
    title: x['dns.gw.publish.title']({ name }),
    detail: publish,
  });

  const addrLines = addresses.map((a) => x['dns.gw.address']({ type: a.type ?? 'IPAddress', value: a.value }));
  if (addresses.some((a) => a.type !== undefined && a.type !== 'IPAddress' && a.type !== 'Hostname'))
    addrLines.push(x['dns.gw.address.named']());
  notes.push(
    addresses.length
      ? {
          id: 'dns.gateway.addresses',
          concept: 'gateway-dns',
          severity: 'info',
          title: x['dns.gw.addresses.title']({ count: addresses.length }),
          detail: addrLines,
        }
      : {
          id: 'dns.gateway.noaddress',
          concept: 'gateway-dns',
          severity: offline ? 'info' : 'warning',
          title: x['dns.gw.noaddress.title'](),
          detail: [offline ? x['dns.gw.noaddress.offline']() : x['dns.gw.noaddress']({ cls: gw.spec?.gatewayClassName ?? '?' })],
        },
  );

  const svcLines = (services ?? []).map((s) =>
    x['dns.gw.service.line']({ name: `${s.metadata.namespace}/${s.metadata.name}`, type: s.spec?.type ?? 'ClusterIP' }),
  );
  notes.push(
    services === undefined
      ? {
          id: 'dns.gateway.service',
          concept: 'gateway-dns',
          severity: 'info',
          title: x['dns.gw.service.unknown.title'](),
          detail: [x['dns.gw.service.unknown']({ label: `${GATEWAY_NAME_LABEL}=${name}` })],
        }
      : services.length
        ? {
            id: 'dns.gateway.service',
            concept: 'gateway-dns',
            severity: 'info',
            title: x['dns.gw.service.title']({ count: services.length }),
            detail: [...svcLines, x['dns.gw.service']()],
          }
        : {
            id: 'dns.gateway.service',
            concept: 'gateway-dns',
            severity: 'info',
            title: x['dns.gw.noservice.title'](),
            detail: [x['dns.gw.noservice']({ label: `${GATEWAY_NAME_LABEL}=${name}`, ns: gw.metadata.namespace ?? '' })],
          },
  );
  return { records, notes };
}
