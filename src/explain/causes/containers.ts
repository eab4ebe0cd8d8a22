// Which container fails and how, as data: its role (init container, sidecar = init container with
// restartPolicy Always, app container) and what that blocks; its failure kind from the container
// status (crash loop, OOMKilled, killed by SIGKILL without OOM = exit 137, error exit, image pull,
// config error, other waiting reason). Pure.
import type { ContainerStatus, Pod } from '../../model/pod.js';

export type ContainerRole = 'init' | 'sidecar' | 'app';

export type FailureKind =
  | 'oomkilled'
  | 'killed' // exit 137 (SIGKILL) without OOMKilled: a liveness/startup probe, a grace period, an outside kill
  | 'crashloop'
  | 'error-exit'
  | 'image-pull'
  | 'config'
  | 'start-error' // the runtime could not start the process (StartError, exit 128; CreateContainerError, RunContainerError)
  | 'waiting';

export interface ContainerFailure {
  container: string;
  role: ContainerRole;
  kind: FailureKind;
  /** The waiting reason (CrashLoopBackOff, ErrImagePull…) or the terminated reason (OOMKilled, Error…). */
  reason: string;
  message?: string;
  exitCode?: number;
  signal?: number;
  restarts: number;
  /** The last termination, when the container is waiting to restart. */
  last?: { exitCode: number; reason?: string };
}

export function roleOf(pod: Pod, name: string): ContainerRole {
  const init = pod.spec.initContainers?.find((c) => c.name === name);
  if (!init) return 'app';
  return init.restartPolicy === 'Always' ? 'sidecar' : 'init';
}

const PULL = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull', 'RegistryUnavailable']);
const CONFIG = new Set(['CreateContainerConfigError']);
// The runtime refused to create or start the process: kubectl logs has nothing, its message says why.
const START = new Set(['CreateContainerError', 'RunContainerError']);
const NORMAL_WAIT = new Set(['ContainerCreating', 'PodInitializing']);

/** Exit 137 is SIGKILL (128+9); it is an OOM kill only when the runtime says OOMKilled. */
export const killedNotOom = (t: { exitCode: number; reason?: string } | undefined) => !!t && t.exitCode === 137 && t.reason !== 'OOMKilled';

function failureOf(pod: Pod, s: ContainerStatus): ContainerFailure | undefined {
  const role = roleOf(pod, s.name);
  const base = { container: s.name, role, restarts: s.restartCount };
  const w = s.state?.waiting;
  const t = s.state?.terminated;
  const last = s.lastState?.terminated;
  const lastInfo = last ? { last: { exitCode: last.exitCode, ...(last.reason ? { reason: last.reason } : {}) } } : {};
  // Once the app containers are done the kubelet stops the sidecars (SIGTERM, then SIGKILL): a non-zero
  // exit then (143, 137) is how a sidecar ends, and the Pod's phase ignores it. Not a failure.
  if (t && role === 'sidecar' && (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed')) return undefined;
  if (w?.reason && PULL.has(w.reason))
    return { ...base, kind: 'image-pull', reason: w.reason, ...(w.message ? { message: w.message } : {}) };
  if (w?.reason && CONFIG.has(w.reason)) return { ...base, kind: 'config', reason: w.reason, ...(w.message ? { message: w.message } : {}) };
  if (w?.reason && START.has(w.reason))
    return { ...base, kind: 'start-error', reason: w.reason, ...(w.message ? { message: w.message } : {}) };
  const term = t ?? (w?.reason === 'CrashLoopBackOff' ? last : undefined);
  if (
    term?.reason === 'StartError' ||
    (term?.exitCode === 128 && /OCI runtime|exec:|create (?:containerd|shim) task/.test(term.message ?? '')) ||
    // A binary for another CPU architecture: the container started, its process could not (its message says so).
    (term && term.exitCode !== 0 && /\bexec \S+: exec format error/.test(term.message ?? ''))
  )
    return {
      ...base,
      kind: 'start-error',
      reason: w?.reason === 'CrashLoopBackOff' ? 'CrashLoopBackOff' : (term.reason ?? 'StartError'),
      exitCode: term.exitCode,
      ...(term.message ? { message: term.message } : {}),
      ...lastInfo,
    };
  if (term?.reason === 'OOMKilled') return { ...base, kind: 'oomkilled', reason: 'OOMKilled', exitCode: term.exitCode, ...lastInfo };
  if (killedNotOom(term) && (w?.reason === 'CrashLoopBackOff' || (t && t.exitCode !== 0)))
    return { ...base, kind: 'killed', reason: term!.reason ?? 'Error', exitCode: 137, ...lastInfo };
  if (w?.reason === 'CrashLoopBackOff')
    return {
      ...base,
      kind: 'crashloop',
      reason: w.reason,
      ...(w.message ? { message: w.message } : {}),
      ...(last ? { exitCode: last.exitCode } : {}),
      ...lastInfo,
    };
  if (t && t.exitCode !== 0 && !(role === 'init' && pod.status?.phase === 'Succeeded'))
    return {
      ...base,
      kind: 'error-exit',
      reason: t.reason ?? 'Error',
      exitCode: t.exitCode,
      ...(t.signal ? { signal: t.signal } : {}),
      ...(t.message ? { message: t.message } : {}),
    };
  if (w?.reason && !NORMAL_WAIT.has(w.reason))
    return { ...base, kind: 'waiting', reason: w.reason, ...(w.message ? { message: w.message } : {}) };
  return undefined;
}

/**
 * Failing containers in the order they block the Pod: init containers first (one failing stops the
 * ones after it and every app container), then sidecars, then app containers.
 */
export function containerFailures(pod: Pod): ContainerFailure[] {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const rank: Record<ContainerRole, number> = { init: 0, sidecar: 1, app: 2 };
  return statuses
    .map((s) => failureOf(pod, s))
    .filter((f): f is ContainerFailure => !!f)
    .sort((a, b) => rank[a.role] - rank[b.role]);
}

/** App containers (and sidecars) that restarted while the Pod runs: never hidden by a Ready verdict. */
export function restartedContainers(
  pod: Pod,
): { container: string; role: ContainerRole; restarts: number; last?: { exitCode: number; reason?: string } }[] {
  return [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]
    .filter((s) => s.restartCount > 0 && roleOf(pod, s.name) !== 'init')
    .map((s) => {
      const last = s.lastState?.terminated;
      return {
        container: s.name,
        role: roleOf(pod, s.name),
        restarts: s.restartCount,
        ...(last ? { last: { exitCode: last.exitCode, ...(last.reason ? { reason: last.reason } : {}) } } : {}),
      };
    });
}
