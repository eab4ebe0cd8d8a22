// Reads what `dns gateway/NAME` needs. (A Gateway API trace reads through its plan,
// src/routing/gateway-plan.ts, run by the plan executor.)
import { ExitCode, KxError } from '../errors.js';
import { readWarning } from './errors.js';
import type { Message } from '../model/message.js';
import type { Reader } from './reader.js';
import { ManifestReader } from './manifests.js';
import type { Gateway } from '../model/gateway.js';
import { corefile } from './routing-snapshot.js';
import type { ClusterDomain, DnsSnapshot } from '../model/dns.js';
import type { Service } from '../model/routing.js';

const isForbidden = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.forbidden;

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
    (async () => {
      try {
        return await reader.list('Service', { namespace: gwns, labelSelector: `gateway.networking.k8s.io/gateway-name=${name}` });
      } catch (err) {
        if (!isForbidden(err)) throw err;
        warnings.push(readWarning(err as KxError));
        return undefined;
      }
    })(),
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
