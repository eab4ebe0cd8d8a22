// The readiness probe as the cause of "no ready endpoints": the kubelet's Unhealthy event
// ("Readiness probe failed: HTTP probe failed with statuscode: 503") on a selected Pod that is not
// Ready, with the probe that failed (what it checks, on which port). Pure.
import type { RoutedEvent, RoutedPod } from '../model/routing.js';
import type { Probe } from '../model/pod.js';

export interface ReadinessFailure {
  pod: string;
  container?: string;
  /** What the probe checks: "GET /ready on port http", "TCP 5432", "exec cat /tmp/ok", "gRPC 9000". */
  probe?: string;
  /** The kubelet's words after "Readiness probe failed: ". */
  said: string;
  /** HTTP status code, when the kubelet reported one. */
  status?: number;
  count: number;
}

const PREFIX = /^Readiness probe failed:\s*/;

export function describeProbe(p: Probe): string {
  if (p.httpGet) return `GET ${p.httpGet.path ?? '/'} :${p.httpGet.port ?? '?'}`;
  if (p.tcpSocket) return `TCP :${p.tcpSocket.port ?? '?'}`;
  if (p.grpc) return `gRPC :${p.grpc.port ?? '?'}`;
  if (p.exec) return `exec ${(p.exec.command ?? []).join(' ')}`;
  return '?';
}

/** The first not-Ready Pod whose readiness probe the kubelet reports as failing. */
export function readinessFailure(pods: readonly RoutedPod[], events: readonly RoutedEvent[]): ReadinessFailure | undefined {
  for (const pod of pods) {
    const ev = events.find((e) => e.involvedObject?.name === pod.metadata.name && e.reason === 'Unhealthy' && PREFIX.test(e.message ?? ''));
    if (!ev) continue;
    const said = (ev.message ?? '').replace(PREFIX, '').trim();
    const probed = (pod.spec?.containers ?? []).filter((c) => c.readinessProbe);
    const code = /statuscode: (\d{3})/.exec(said);
    return {
      pod: pod.metadata.name,
      ...(probed.length === 1 ? { container: probed[0]!.name, probe: describeProbe(probed[0]!.readinessProbe!) } : {}),
      said,
      ...(code ? { status: Number(code[1]) } : {}),
      count: ev.count ?? 1,
    };
  }
  return undefined;
}
