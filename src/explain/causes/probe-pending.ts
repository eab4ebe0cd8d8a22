// A running container that is not ready while no probe failure explains it: its startup probe has not
// passed yet (containerStatuses[].started=false; readiness and liveness probes wait for it), or its
// readiness probe has not passed yet (the kubelet starts it at Failure and skips it for
// initialDelaySeconds after state.running.startedAt; pkg/kubelet/prober/worker.go). A probe that passes
// writes no event, so what is known is the spec's timing from startedAt, not how far the checks got.
// Pure; returns data.
import type { Container, Pod, Probe } from '../../model/pod.js';
import type { ProbeFailure } from './probes.js';
import { roleOf, type ContainerRole } from './containers.js';

export interface PendingProbe {
  type: 'startup' | 'readiness';
  container: string;
  role: ContainerRole;
  probe: Probe;
  /** state.running.startedAt, as the kubelet wrote it. */
  startedAt?: string;
  delay: number;
  period: number;
  failureThreshold: number;
  successThreshold: number;
  /**
   * startup: when the kubelet restarts the container if the probe never passes (startedAt +
   * initialDelaySeconds + failureThreshold × periodSeconds); readiness: its first check (startedAt + initialDelaySeconds).
   */
  until?: string;
  /** Unhealthy events of this probe (a startup probe failing fewer than failureThreshold times in a row). */
  failures?: ProbeFailure;
}

const plus = (iso: string | undefined, seconds: number): string | undefined => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t + seconds * 1000).toISOString().replace('.000Z', 'Z');
};

/**
 * The first running, unready app container or sidecar whose startup or readiness probe has not passed,
 * when no failure of that probe that would explain it otherwise is known (readiness failures and probe
 * kills are told by the caller first). `probes`: the Pod's probe failures from its events.
 */
export function pendingProbe(pod: Pod, probes: readonly ProbeFailure[]): PendingProbe | undefined {
  const specs: Container[] = [...(pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always'), ...pod.spec.containers];
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  for (const c of specs) {
    const s = statuses.find((x) => x.name === c.name);
    const running = s?.state?.running;
    if (!s || !running || s.ready) continue;
    const startup = c.startupProbe && s.started !== true;
    const probe = startup ? c.startupProbe : c.readinessProbe;
    if (!probe) continue;
    const type = startup ? 'startup' : 'readiness';
    const delay = probe.initialDelaySeconds ?? 0;
    const period = probe.periodSeconds ?? 10;
    const failureThreshold = probe.failureThreshold ?? 3;
    const failures = probes.find((p) => p.type === type && (!p.container || p.container === c.name) && p.count > 0);
    return {
      type,
      container: c.name,
      role: roleOf(pod, c.name),
      probe,
      ...(running.startedAt ? { startedAt: running.startedAt } : {}),
      delay,
      period,
      failureThreshold,
      successThreshold: probe.successThreshold ?? 1,
      ...optional('until', plus(running.startedAt, startup ? delay + failureThreshold * period : delay)),
      ...(failures ? { failures } : {}),
    };
  }
  return undefined;
}

const optional = <V>(k: 'until', v: V | undefined) => (v === undefined ? {} : { [k]: v });
