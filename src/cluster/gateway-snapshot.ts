// Reads what `dns gateway/NAME` needs. (A Gateway API trace reads through its plan,
// src/routing/gateway-plan.ts, run by the plan executor.)
import type { Message } from '../model/message.js';
import type { Reader } from './reader.js';
import { ManifestReader } from './manifests.js';
import type { Gateway } from '../model/gateway.js';
import { corefile, optional } from './routing-snapshot.js';
import type { ClusterDomain, DnsSnapshot } from '../model/dns.js';
import type { Service } from '../model/routing.js';

/**
 * What `dns gateway/NAME` reads: the Gateway, the cluster domain (CoreDNS's Corefile), and the
 * Services an in-cluster implementation made for it in its namespace (GEP-1762 labels them
 * gateway.networking.k8s.io/gateway-name=NAME; the label holds no namespace, so one elsewhere may
 * belong to a Gateway of the same name). Unreadable, or none in the files offline: unknown.
 */
export async function fetchGatewayDns(
  reader: Reader,
  name: string,
  ns: string,
  chooseDomain: (corefile: string | undefined) => ClusterDomain,
  from?: string,
): Promise<DnsSnapshot> {
  const warnings: Message[] = [];
  const offline = reader instanceof ManifestReader;
  const gateway = (await reader.get('Gateway', name, ns)) as unknown as Gateway;
  const gwns = gateway.metadata.namespace ?? ns;
  const [cf, services] = await Promise.all([
    corefile(reader),
    optional(warnings, () => reader.list('Service', { namespace: gwns, labelSelector: `gateway.networking.k8s.io/gateway-name=${name}` })),
  ]);
  return {
    namespace: gwns,
    target: {
      kind: 'Gateway',
      gateway,
      ...(services && !(offline && services.length === 0) ? { services: services as unknown as Service[] } : {}),
    },
    domain: chooseDomain(cf),
    ...(from ? { from } : {}),
    offline,
    warnings,
  };
}
