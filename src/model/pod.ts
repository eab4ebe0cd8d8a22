// The parts of Pod-related objects the explainers read, as the API serves them (JSON). Only fields
// we use are typed.

export interface OwnerReference {
  kind: string;
  name: string;
  uid?: string;
  controller?: boolean;
}

export interface Meta {
  name: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  finalizers?: string[];
  creationTimestamp?: string;
}

export interface Probe {
  httpGet?: { path?: string; port?: string | number };
  tcpSocket?: { port?: string | number };
  exec?: { command?: string[] };
  grpc?: { port?: number };
  periodSeconds?: number;
  failureThreshold?: number;
  successThreshold?: number;
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
}

export interface LifecycleHandler {
  exec?: { command?: string[] };
  httpGet?: { path?: string; port?: string | number };
  sleep?: { seconds?: number };
}

export interface EnvSource {
  configMapKeyRef?: { name: string; key: string; optional?: boolean };
  secretKeyRef?: { name: string; key: string; optional?: boolean };
}

export interface Container {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  restartPolicy?: string;
  lifecycle?: { postStart?: LifecycleHandler; preStop?: LifecycleHandler };
  env?: { name: string; valueFrom?: EnvSource }[];
  envFrom?: { configMapRef?: { name: string; optional?: boolean }; secretRef?: { name: string; optional?: boolean } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  ports?: { name?: string; containerPort: number }[];
  volumeMounts?: { name: string; mountPath: string; subPath?: string; subPathExpr?: string }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: RunAs;
}

/** The user fields of a Pod's or a container's securityContext (the container's win). */
export interface RunAs {
  runAsNonRoot?: boolean;
  runAsUser?: number;
}

export interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { exitCode: number; reason?: string; message?: string; signal?: number; finishedAt?: string };
}

export interface ContainerStatus {
  name: string;
  image?: string;
  ready: boolean;
  started?: boolean;
  restartCount: number;
  state?: ContainerState;
  lastState?: ContainerState;
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export interface Volume {
  name: string;
  configMap?: { name: string; optional?: boolean };
  secret?: { secretName: string; optional?: boolean };
  persistentVolumeClaim?: { claimName: string };
  projected?: { sources?: { configMap?: { name: string; optional?: boolean }; secret?: { name: string; optional?: boolean } }[] };
}

export interface Pod {
  kind?: string;
  metadata: Meta;
  spec: {
    nodeName?: string;
    nodeSelector?: Record<string, string>;
    serviceAccountName?: string;
    restartPolicy?: string;
    terminationGracePeriodSeconds?: number;
    priority?: number;
    priorityClassName?: string;
    containers: Container[];
    initContainers?: Container[];
    volumes?: Volume[];
    readinessGates?: { conditionType: string }[];
    imagePullSecrets?: { name: string }[];
    securityContext?: RunAs;
    affinity?: unknown;
    tolerations?: unknown[];
    hostname?: string;
    subdomain?: string;
  };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    conditions?: Condition[];
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
    qosClass?: string;
    podIP?: string;
    nominatedNodeName?: string;
  };
}

export interface Event {
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  series?: { count?: number };
  lastTimestamp?: string;
  eventTime?: string;
  firstTimestamp?: string;
  metadata?: { creationTimestamp?: string };
}

export interface Service {
  metadata: Meta;
  spec?: { selector?: Record<string, string>; clusterIP?: string; ports?: { name?: string; port: number }[] };
}

export interface EndpointSlice {
  metadata: Meta;
  endpoints?: {
    addresses?: string[];
    conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
    targetRef?: { kind?: string; name?: string; uid?: string };
  }[];
}

/** A Secret with its values removed: names of keys only. */
export interface SecretSummary {
  name: string;
  type?: string;
  keys: string[];
}
