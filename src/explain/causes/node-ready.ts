// Why a Node is NotReady: the Ready condition's status, the kubelet's reason and message parsed
// into what is down (the CNI network plugin, the container runtime, PLEG, or the kubelet stopped
// reporting at all: Unknown), and the taints the node lifecycle controller added for it, with what
// each does to Pods. Pure; returns data.
import type { Condition } from '../../model/pod.js';
import type { Taint } from '../taints.js';

export type NotReadyKind = 'network-plugin' | 'runtime' | 'pleg' | 'kubelet-stopped' | 'other';

export interface NodeNotReady {
  status: string;
  kind: NotReadyKind;
  reason?: string;
  message?: string;
  /** The runtime's own reason and message inside the kubelet's (NetworkPluginNotReady: cni plugin not initialized). */
  inner?: { reason: string; message: string };
  since?: string;
  lastHeartbeat?: string;
  /** Taints the node controller manages for this node's conditions, with their effects. */
  taints: { key: string; effect: string; timeAdded?: string }[];
  /** Other conditions that are not healthy (MemoryPressure=True…). */
  pressure: string[];
}

// Taints kube-controller-manager's node lifecycle controller adds from conditions (k8s.io/api/core/v1 TaintNode*).
export const CONTROLLER_TAINTS = new Set([
  'node.kubernetes.io/not-ready',
  'node.kubernetes.io/unreachable',
  'node.kubernetes.io/memory-pressure',
  'node.kubernetes.io/disk-pressure',
  'node.kubernetes.io/pid-pressure',
  'node.kubernetes.io/network-unavailable',
  'node.kubernetes.io/unschedulable',
]);

const PRESSURE = new Set(['MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable']);

export function notReadyCause(node: { spec?: unknown; status?: unknown }): NodeNotReady | undefined {
  const conds =
    (node.status as { conditions?: (Condition & { lastTransitionTime?: string; lastHeartbeatTime?: string })[] } | undefined)?.conditions ??
    [];
  const ready = conds.find((c) => c.type === 'Ready');
  if (ready?.status === 'True') return undefined;
  const msg = ready?.message ?? '';
  // One error is said as is; several are the kubelet's aggregate "[err1, err2]".
  const net = /container runtime network not ready: NetworkReady=false reason:(\S*) message:(.*?)\]?$/.exec(msg);
  const rt =
    /container runtime (?:status check may not have completed yet|is down|not ready: RuntimeReady=false reason:(\S*) message:(.*))/.exec(
      msg,
    );
  const kind: NotReadyKind =
    ready?.status === 'Unknown' || /stopped posting node status/i.test(msg)
      ? 'kubelet-stopped'
      : net
        ? 'network-plugin'
        : rt
          ? 'runtime'
          : /PLEG is not healthy/.test(msg)
            ? 'pleg'
            : 'other';
  const inner = net
    ? { reason: net[1]!, message: net[2]!.trim() }
    : rt?.[1] !== undefined
      ? { reason: rt[1], message: (rt[2] ?? '').trim() }
      : undefined;
  const taints = ((node.spec as { taints?: Taint[] } | undefined)?.taints ?? [])
    .filter((t) => CONTROLLER_TAINTS.has(t.key))
    .map((t) => ({ key: t.key, effect: t.effect, ...(t.timeAdded ? { timeAdded: t.timeAdded } : {}) }));
  return {
    status: ready?.status ?? 'Unknown',
    kind,
    ...(ready?.reason ? { reason: ready.reason } : {}),
    ...(msg ? { message: msg } : {}),
    ...(inner ? { inner } : {}),
    ...(ready?.lastTransitionTime ? { since: ready.lastTransitionTime } : {}),
    ...(ready?.lastHeartbeatTime ? { lastHeartbeat: ready.lastHeartbeatTime } : {}),
    taints,
    pressure: conds.filter((c) => PRESSURE.has(c.type) && c.status === 'True').map((c) => c.type),
  };
}
