// Gateway API objects as a trace reads them (gateway.networking.k8s.io/v1, standard channel; only
// the fields used), and the snapshot one Gateway/route trace works on. A list or object that could
// not be read (403) or cannot be known (offline) is undefined, never an empty "none".
import type { Message } from './message.js';
import type { Meta } from './pod.js';
import type { Ingress, IngressChoice, LabelSelector, RoutingSnapshot } from './routing.js';

export type GatewayMeta = Meta & { generation?: number };

/** metav1.Condition, looked up by type (never by position). */
export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  observedGeneration?: number;
  lastTransitionTime?: string;
}

export interface GatewayClass {
  kind?: string;
  metadata: GatewayMeta;
  spec?: { controllerName?: string; description?: string };
  status?: { conditions?: Condition[] };
}

export interface SecretObjectReference {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
}

export interface RouteGroupKind {
  group?: string;
  kind: string;
}

export interface Listener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  tls?: { mode?: string; certificateRefs?: SecretObjectReference[] };
  allowedRoutes?: {
    namespaces?: { from?: string; selector?: LabelSelector };
    kinds?: RouteGroupKind[];
  };
}

export interface ListenerStatus {
  name: string;
  attachedRoutes?: number;
  supportedKinds?: RouteGroupKind[];
  conditions?: Condition[];
}

export interface Gateway {
  kind?: string;
  metadata: GatewayMeta;
  spec?: { gatewayClassName?: string; listeners?: Listener[]; addresses?: { type?: string; value: string }[] };
  status?: { addresses?: { type?: string; value: string }[]; conditions?: Condition[]; listeners?: ListenerStatus[] };
}

export interface ParentReference {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface BackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
}

export interface RouteMatch {
  /** HTTPRoute */
  path?: { type?: string; value?: string };
  /** HTTPRoute: an HTTP method; GRPCRoute: the gRPC service and method. */
  method?: string | { type?: string; service?: string; method?: string };
  headers?: { type?: string; name: string; value: string }[];
  queryParams?: { type?: string; name: string; value: string }[];
}

export interface RouteRule {
  name?: string;
  matches?: RouteMatch[];
  filters?: { type: string }[];
  backendRefs?: BackendRef[];
}

export interface RouteParentStatus {
  parentRef: ParentReference;
  controllerName?: string;
  conditions?: Condition[];
}

/** An HTTPRoute or a GRPCRoute (GRPCRoute matches carry `method` as grpcMethod). */
export interface Route {
  kind: 'HTTPRoute' | 'GRPCRoute';
  metadata: GatewayMeta;
  spec?: { parentRefs?: ParentReference[]; hostnames?: string[]; rules?: (RouteRule & { matches?: RouteMatch[] })[] };
  status?: { parents?: RouteParentStatus[] };
}

export interface ReferenceGrant {
  metadata: GatewayMeta;
  spec?: { from?: { group: string; kind: string; namespace: string }[]; to?: { group: string; kind: string; name?: string }[] };
}

/** What a Gateway or route trace starts from. */
export type GatewayTraceTarget =
  | { kind: 'Gateway'; name: string; namespace: string; listener?: string }
  | { kind: 'HTTPRoute' | 'GRPCRoute'; name: string; namespace: string }
  | { kind: 'URL'; host: string; path: string; namespace: string; /** As written; absent: either. */ scheme?: 'http' | 'https' };

export interface GatewaySnapshot {
  target: GatewayTraceTarget;
  /** By name; null: looked up and absent; a name not in the map: not read (403, offline). */
  gatewayClasses: Record<string, GatewayClass | null>;
  /** By namespace/name; null: looked up and absent. */
  gateways: Record<string, Gateway | null>;
  /** The routes traced (the target route, or those attached to the Gateway, or the one a URL selects). */
  routes: Route[];
  /** ReferenceGrants by namespace (the backends' namespaces); a namespace absent from the map was not readable. */
  referenceGrants: Record<string, ReferenceGrant[]>;
  /** Namespace labels (for allowedRoutes.namespaces.from: Selector), when readable. */
  namespaceLabels: Record<string, Record<string, string>>;
  /** The Service behind each backendRef, by namespace/name: its routing snapshot, null when it does not exist. */
  backends: Record<string, RoutingSnapshot | null>;
  /** A URL trace: the Ingresses read (absent: not readable). */
  ingresses?: Ingress[];
  /** A URL no Gateway takes and an Ingress does: the rule (or defaultBackend) it reaches, and what its trace needs. */
  ingressUrl?: { choice: IngressChoice; routing: RoutingSnapshot };
  offline: boolean;
  warnings: Message[];
}
