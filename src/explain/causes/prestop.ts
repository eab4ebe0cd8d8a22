// How the containers of a Pod being deleted stop (pkg/kubelet/kuberuntime/kuberuntime_container.go,
// killContainer, v1.36): the kubelet writes Killing "Stopping container NAME", runs the container's
// preStop hook within the grace period, then sends SIGTERM with what is left of it (2 s at least) and
// SIGKILL after that. A hook that fails writes Warning FailedPreStopHook "PreStopHook failed" (its output
// is kept out of events on purpose) and does not stop the shutdown; a hook that hangs uses up the grace
// period. Exit 137 without OOMKilled while deleting is that SIGKILL. Pure; returns data.
import type { Container, Event, LifecycleHandler, Pod } from '../../model/pod.js';

export interface StopProblem {
  /** failed: FailedPreStopHook; killed: SIGKILL at the end of the grace period; hook: the preStop hook runs first. */
  kind: 'failed' | 'killed' | 'hook';
  container: string;
  hook?: LifecycleHandler;
  /** The grace period of this deletion (deletionGracePeriodSeconds, else the spec's, else 30). */
  grace: number;
  /** metadata.deletionTimestamp: the deletion time plus the grace period. */
  until: string;
}

/** A lifecycle handler as one line: `exec CMD`, `HTTP GET PATH :PORT`, `sleep Ns`. */
export function hookText(h: LifecycleHandler | undefined): string {
  if (h?.exec) return `exec ${(h.exec.command ?? []).join(' ')}`;
  if (h?.httpGet) return `HTTP GET ${h.httpGet.path ?? '/'} :${h.httpGet.port ?? '?'}`;
  if (h?.sleep) return `sleep ${h.sleep.seconds ?? '?'}s`;
  return '?';
}

/** The kubelet's event about `container` (its fieldPath `spec.containers{NAME}`), or about the Pod when it names none. */
export const aboutContainer = (e: Event, container: string) => {
  const path = (e as { involvedObject?: { fieldPath?: string } }).involvedObject?.fieldPath;
  return !path || path.endsWith(`{${container}}`);
};

/** What a deleted Pod's stopping containers show, worst first; undefined when the Pod is not being deleted. */
export function stopProblem(pod: Pod, events: readonly Event[] | undefined): StopProblem | undefined {
  const until = pod.metadata.deletionTimestamp;
  if (!until) return undefined;
  const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
  const containers: Container[] = [...(pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always'), ...pod.spec.containers];
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const at = (c: Container, kind: StopProblem['kind']): StopProblem => ({
    kind,
    container: c.name,
    ...(c.lifecycle?.preStop ? { hook: c.lifecycle.preStop } : {}),
    grace,
    until,
  });
  // SIGKILL first: a hook cut off when the grace period ran out also ends in FailedPreStopHook.
  const killed = containers.find((c) => {
    const t = statuses.find((s) => s.name === c.name)?.state?.terminated;
    return t?.exitCode === 137 && t.reason !== 'OOMKilled';
  });
  if (killed) return at(killed, 'killed');
  const failed = containers.find(
    (c) => c.lifecycle?.preStop && events?.some((e) => e.reason === 'FailedPreStopHook' && aboutContainer(e, c.name)),
  );
  if (failed) return at(failed, 'failed');
  // With a grace period of 0 (a forced deletion) the kubelet skips the hooks.
  const hooked = grace > 0 && containers.find((c) => c.lifecycle?.preStop && statuses.find((s) => s.name === c.name)?.state?.running);
  return hooked ? at(hooked, 'hook') : undefined;
}
