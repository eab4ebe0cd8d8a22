// The result of `kubexplain dns`: every name the cluster DNS serves for a Service or a Pod.
import type { Finding, FindingModel } from './finding.js';
import type { Message } from './message.js';
import type { Ref } from './ref.js';
import type { EndpointSlice, RoutedPod, Service } from './routing.js';
import type { Gateway } from './gateway.js';

export type DnsRecordType = 'A' | 'AAAA' | 'SRV' | 'CNAME' | 'PTR';

export interface DnsRecord {
  type: DnsRecordType;
  name: string;
  /** An IP, a target name, or for SRV "priority weight port target". Empty when unknown offline. */
  value: string;
  note: string;
}

/** A record before it is said: its note is a Message. */
export type DnsRecordModel = Omit<DnsRecord, 'note'> & { note: Message };

/** A short name a Pod in `from` can use, and the full name the search path turns it into. */
export interface ShortName {
  name: string;
  /** The client's namespace when only Pods there get this answer; "*" when Pods in any namespace do. */
  from: string;
  resolvesTo: string;
  /** How many search-path lookups happen before the answer (ndots:5 makes short names walk the list). */
  tries: number;
}

export interface DnsNames {
  kind: 'DNSNames';
  target: Ref;
  clusterDomain: string;
  clusterDomainSource: 'detected' | 'flag' | 'assumed';
  records: DnsRecord[];
  /** The names a Pod in namespace `from` may use (search path <ns>.svc.<zone> svc.<zone> <zone>). */
  searchPath: { from: string; domains: string[]; ndots: number; shortNames: ShortName[] };
  /** What the names mean (headless, ExternalName, search path), annotated with docs. */
  notes: Finding[];
  warnings: string[];
  offline: boolean;
}

/** What src/routing/dns.ts returns: the sentences still Messages (src/i18n/say-trace.ts says them). */
export type DnsNamesModel = Omit<DnsNames, 'records' | 'notes' | 'warnings'> & {
  records: DnsRecordModel[];
  notes: FindingModel[];
  warnings: Message[];
};

export type PodsMode = 'disabled' | 'insecure' | 'verified';

export interface ClusterDomain {
  domain: string;
  source: 'detected' | 'flag' | 'assumed';
  podsMode?: PodsMode;
}

/** What `dns` reads (src/routing/dns-plan.ts) and src/routing/dns.ts turns into DNSNames. */
export interface DnsSnapshot {
  namespace: string;
  target:
    | { kind: 'Service'; service: Service }
    | { kind: 'Pod'; pod: RoutedPod }
    /** `services`: those labelled gateway.networking.k8s.io/gateway-name=NAME (an in-cluster implementation made them); undefined when unreadable. */
    | { kind: 'Gateway'; gateway: Gateway; services?: Service[] };
  /** Slices of the namespace (Service: its own; Pod: all, to find hostname entries), when known. */
  endpointSlices?: EndpointSlice[];
  /** Services of the namespace (Pod target: which select it), when known. */
  services?: Service[];
  /** StatefulSets of the namespace (offline: predicted Pod names; a headless Service: whose serviceName names it), with replicas. */
  statefulSets?: { name: string; serviceName?: string; replicas: number; labels: Record<string, string> }[];
  domain: ClusterDomain;
  /** The client's namespace for short names (--from); default: the target's and any other. */
  from?: string;
  offline: boolean;
  warnings: Message[];
}
