// The API objects routing reads (only the fields used), and the snapshot one trace or dns works on.
// A list is undefined when it could not be read (403) or cannot be known (offline), so "none" and
// "unknown" never get confused.
import type { Message } from './message.js';
import type { Container, Meta, Pod } from './pod.js';

export type IntOrString = number | string;

export interface ServicePort {
  name?: string;
  protocol?: string;
  port: number;
  targetPort?: IntOrString;
  nodePort?: number;
  appProtocol?: string;
}

export interface Service {
  kind?: string;
  metadata: Meta;
  spec?: {
    type?: string;
    selector?: Record<string, string>;
    clusterIP?: string;
    clusterIPs?: string[];
    ipFamilies?: string[];
    ports?: ServicePort[];
    externalName?: string;
    externalIPs?: string[];
    loadBalancerClass?: string;
    externalTrafficPolicy?: string;
    internalTrafficPolicy?: string;
    sessionAffinity?: string;
    sessionAffinityConfig?: { clientIP?: { timeoutSeconds?: number } };
    publishNotReadyAddresses?: boolean;
    loadBalancerSourceRanges?: string[];
    healthCheckNodePort?: number;
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

export interface Endpoint {
  addresses?: string[];
  conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
  hostname?: string;
  nodeName?: string;
  zone?: string;
  targetRef?: { kind?: string; name?: string; namespace?: string; uid?: string };
}

export interface EndpointSlice {
  kind?: string;
  metadata: Meta;
  addressType?: string;
  endpoints?: Endpoint[] | null;
  ports?: { name?: string; port?: number; protocol?: string; appProtocol?: string }[] | null;
}

export interface IngressBackend {
  service?: { name: string; port?: { name?: string; number?: number } };
  resource?: { apiGroup?: string; kind: string; name: string };
}

export interface Ingress {
  kind?: string;
  metadata: Meta;
  spec?: {
    ingressClassName?: string;
    defaultBackend?: IngressBackend;
    tls?: { hosts?: string[]; secretName?: string }[];
    rules?: { host?: string; http?: { paths: { path?: string; pathType?: string; backend: IngressBackend }[] } }[];
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

type IngressRule = NonNullable<NonNullable<Ingress['spec']>['rules']>[number];

/** The Ingress rule and path a URL reaches (src/routing/ingress-url.ts); no rule: its defaultBackend. */
export interface IngressChoice {
  ingress: Ingress;
  rule?: IngressRule;
  path?: NonNullable<IngressRule['http']>['paths'][number];
  backend: IngressBackend;
}

export interface IngressClass {
  metadata: Meta;
  spec?: { controller?: string };
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

export interface NetworkPolicyPort {
  protocol?: string;
  port?: IntOrString;
  endPort?: number;
}

export interface NetworkPolicy {
  metadata: Meta;
  spec?: {
    podSelector?: LabelSelector;
    policyTypes?: string[];
    ingress?: { from?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }[];
    egress?: unknown[];
  };
}

/**
 * A Pod as routing sees it: a live Pod, or offline a workload's Pod template standing in for the
 * Pods it would create (`template` names the workload, and status is absent).
 */
export interface RoutedPod extends Pod {
  template?: { kind: string; name: string };
  /** Offline: the replicas the workload asks for (undefined for kinds without replicas). */
  replicas?: number;
}

export type { Container, Pod };

/** A workload that creates Pods: its own labels and its Pod template's, and how many replicas it asks for. */
export interface RoutedWorkload {
  kind: string;
  name: string;
  labels: Record<string, string>;
  templateLabels: Record<string, string>;
  /** Undefined for kinds without replicas (DaemonSet, Job, CronJob). */
  replicas?: number;
}

/** An Event about a Pod, as routing reads it (readiness probe failures). */
export interface RoutedEvent {
  involvedObject?: { kind?: string; name?: string };
  reason?: string;
  message?: string;
  count?: number;
}

/** A TLS Secret as routing needs it: whether it exists and its type. Values never get here. */
export interface TlsSecret {
  name: string;
  exists: boolean | 'unknown';
  type?: string;
}

export interface RoutingSnapshot {
  namespace: string;
  /** Ingress trace only. */
  ingress?: Ingress;
  ingressClasses?: IngressClass[];
  tlsSecrets?: TlsSecret[];
  /** The traced Service(s), by name; a name mapped to null was looked up and does not exist. */
  services: Record<string, Service | null>;
  /** Every Service name of the namespace (for suggestions), when known. */
  serviceNames?: string[];
  endpointSlices?: EndpointSlice[];
  /** Pods of the namespace that could matter (selected, or all for near misses); templates offline. */
  pods?: RoutedPod[];
  networkPolicies?: NetworkPolicy[];
  /** Workloads of the namespace, read when a selector matches no Pod (scaled to 0, label on the wrong object). */
  workloads?: RoutedWorkload[];
  /**
   * Pods of other namespaces that the selector matches, read when it matches none in its own: a
   * Service selects Pods of its namespace only. Undefined when not read (or not allowed).
   */
  podsElsewhere?: RoutedPod[];
  /**
   * The namespace's EndpointSlices that belong to no existing Service, read when a Service without
   * selector has none of its own (a hand-written slice with a wrong label).
   */
  namespaceSlices?: EndpointSlice[];
  /** Every Pod of the namespace, when read (live only): whether a NetworkPolicy peer naming Pods here matches any. */
  namespacePods?: RoutedPod[];
  /** Unhealthy events of Pods that are not Ready (the readiness probe's own words). */
  events?: RoutedEvent[];
  /** Labels of namespaces, for namespaceSelector in NetworkPolicies, when readable. */
  namespaceLabels?: Record<string, Record<string, string>>;
  /** Pods of every namespace matching a NetworkPolicy peer's podSelector (given with a namespaceSelector), by selector, when read. */
  podsBySelector?: Record<string, RoutedPod[]>;
  offline: boolean;
  warnings: Message[];
}
