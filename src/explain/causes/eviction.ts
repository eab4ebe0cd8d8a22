// Why a Pod was evicted or is about to be disrupted: status.reason Evicted with the kubelet's
// node-pressure message (k8s.io/kubernetes/pkg/kubelet/eviction/helpers.go, v1.36) parsed, or the
// DisruptionTarget condition's reason (who disrupts it). Pure; returns data, never sentences.
import type { Pod } from '../../model/pod.js';

export type Disruptor = 'kubelet' | 'taint-manager' | 'eviction-api' | 'preemption' | 'pod-gc' | 'other';

export interface EvictionCause {
  by: Disruptor;
  /** The resource the node ran low on (memory, ephemeral-storage, nodefs, pids…). */
  resource?: string;
  threshold?: string;
  available?: string;
  /** A node condition named instead of a resource (`The node had condition: [DiskPressure].`). */
  condition?: string;
  /** Containers the kubelet named as using more than they requested. */
  containers: { name: string; usage: string; request: string }[];
  /** The condition's or status's own reason and message, for quoting. */
  reason?: string;
  message?: string;
  /** True when the Pod is gone for good (phase Failed with reason Evicted), false when only marked for disruption. */
  final: boolean;
}

// DisruptionTarget condition reasons (k8s.io/api/core/v1 PodReason*).
const BY: Record<string, Disruptor> = {
  TerminationByKubelet: 'kubelet',
  DeletionByTaintManager: 'taint-manager',
  EvictionByEvictionAPI: 'eviction-api',
  PreemptionByScheduler: 'preemption',
  DeletionByPodGC: 'pod-gc',
};

/** Parses the kubelet's eviction message: low resource, threshold, containers over their requests. */
export function parseEvictionMessage(message: string): Omit<EvictionCause, 'by' | 'final'> {
  const low = /The node was low on resource: ([^.]+)\./.exec(message);
  const thr = /Threshold quantity: ([^,]+), available: ([^.]+?)\.(?:\s|$)/.exec(message);
  const cond = /The node had condition: \[?([^\].]+)\]?\./.exec(message);
  const containers = [...message.matchAll(/Container (\S+) was using (\S+), request is (\S+), has larger consumption/g)].map((m) => ({
    name: m[1]!,
    usage: m[2]!,
    request: m[3]!,
  }));
  return {
    ...(low ? { resource: low[1]!.trim() } : {}),
    ...(thr ? { threshold: thr[1]!.trim(), available: thr[2]!.trim() } : {}),
    ...(cond ? { condition: cond[1]!.trim() } : {}),
    containers,
    message,
  };
}

export function evictionCause(pod: Pod): EvictionCause | undefined {
  const st = pod.status;
  const dt = st?.conditions?.find((c) => c.type === 'DisruptionTarget' && c.status === 'True');
  if (st?.reason === 'Evicted') {
    return {
      by: BY[dt?.reason ?? ''] ?? 'kubelet',
      ...parseEvictionMessage(st.message ?? ''),
      reason: 'Evicted',
      final: st.phase === 'Failed',
    };
  }
  if (!dt) return undefined;
  return {
    by: BY[dt.reason ?? ''] ?? 'other',
    ...parseEvictionMessage(dt.message ?? ''),
    ...(dt.reason ? { reason: dt.reason } : {}),
    final: st?.phase === 'Failed',
  };
}
