// Probe failures as the kubelet reports them: `Unhealthy` events ("Liveness probe failed: HTTP probe
// failed with statuscode: 500", "Readiness probe failed: Get \"http://…\": dial tcp …: connect:
// connection refused", and for a probe the kubelet could not even run, pkg/kubelet/prober v1.36:
// "Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing \"http\": invalid
// syntax" when the probe names a port the container does not declare) and `Killing` events ("Container app failed liveness probe, will be
// restarted"), matched to the container's probe spec (path, port). Pure; returns data.
import type { Container, Event, Pod, Probe } from '../../model/pod.js';
import { allContainers } from '../pod-refs.js';

export type ProbeType = 'liveness' | 'readiness' | 'startup';

export interface ProbeFailure {
  type: ProbeType;
  /** The container, when the event names it (Killing) or when only one container has this probe. */
  container?: string;
  /** What the probe checks, from the spec: HTTP GET path and port, TCP port, gRPC port, exec command. */
  handler?: { kind: 'http' | 'tcp' | 'grpc' | 'exec'; path?: string; port?: string; command?: string };
  /** The HTTP status the endpoint answered with, from the event text. */
  status?: number;
  /** Connection refused, timeout…: the endpoint did not answer at all. */
  refused?: boolean;
  timeout?: boolean;
  /** The probe names a port (e.g. `port: http`) the container does not declare: the kubelet cannot run it at all. */
  undeclaredPort?: string;
  /** An exec probe's program the container's image does not have (the runtime's "executable file not found"). */
  missingProgram?: string;
  /** The ports the container does declare ("8080", "metrics=9090"), said next to an undeclared name. */
  declaredPorts?: string[];
  /**
   * A refused probe on a port number its container does not declare, while it declares others: those
   * numbers (a common slip: the probe checks another port than the app's).
   */
  otherPorts?: number[];
  /** The probe's timeoutSeconds (default 1), for a probe that timed out. */
  timeoutSeconds?: number;
  /** The probe's own output after "probe failed: ", as the kubelet wrote it. */
  output: string;
  /** Unhealthy events counted. */
  count: number;
  /** Containers the kubelet killed (and restarts) because of this probe. */
  killed: number;
}

const PROBE_OF: Record<ProbeType, keyof Container> = { liveness: 'livenessProbe', readiness: 'readinessProbe', startup: 'startupProbe' };

export function handlerOf(p: Probe | undefined): ProbeFailure['handler'] {
  if (!p) return undefined;
  if (p.httpGet)
    return { kind: 'http', path: p.httpGet.path ?? '/', ...(p.httpGet.port !== undefined ? { port: String(p.httpGet.port) } : {}) };
  if (p.tcpSocket) return { kind: 'tcp', ...(p.tcpSocket.port !== undefined ? { port: String(p.tcpSocket.port) } : {}) };
  if (p.grpc) return { kind: 'grpc', ...(p.grpc.port !== undefined ? { port: String(p.grpc.port) } : {}) };
  if (p.exec) return { kind: 'exec', command: (p.exec.command ?? []).join(' ') };
  return undefined;
}

/** The ports a container declares, as "8080" or "metrics=9090"; undefined when the container is unknown. */
function declaredPorts(pod: Pod, container: string | undefined): string[] | undefined {
  const c = container === undefined ? undefined : allContainers(pod).find((x) => x.name === container);
  return c && (c.ports ?? []).map((p) => (p.name ? `${p.name}=${p.containerPort}` : String(p.containerPort)));
}

/** The port numbers a container declares (containerPort), undefined when the container is unknown. */
const containerPorts = (pod: Pod, container: string | undefined): number[] | undefined =>
  container === undefined
    ? undefined
    : allContainers(pod)
        .find((x) => x.name === container)
        ?.ports?.map((p) => p.containerPort);

const count = (e: Event) => e.series?.count ?? e.count ?? 1;

/** Probe failures from the Pod's events, one per probe type (and container when known), most frequent first. */
export function probeFailures(pod: Pod, events: readonly Event[] | undefined): ProbeFailure[] {
  const out = new Map<string, ProbeFailure>();
  const withProbe = (type: ProbeType) => allContainers(pod).filter((c) => c[PROBE_OF[type]]);
  const entry = (type: ProbeType, container: string | undefined): ProbeFailure => {
    const only = withProbe(type);
    const name = container ?? (only.length === 1 ? only[0]!.name : undefined);
    const key = `${type}/${name ?? ''}`;
    let f = out.get(key);
    if (!f) {
      const c = name ? allContainers(pod).find((x) => x.name === name) : undefined;
      const handler = handlerOf(c?.[PROBE_OF[type]] as Probe | undefined);
      const timeoutSeconds = (c?.[PROBE_OF[type]] as Probe | undefined)?.timeoutSeconds;
      f = {
        type,
        ...(name ? { container: name } : {}),
        ...(handler ? { handler } : {}),
        ...(c ? { timeoutSeconds: timeoutSeconds ?? 1 } : {}),
        output: '',
        count: 0,
        killed: 0,
      };
      out.set(key, f);
    }
    return f;
  };
  for (const e of events ?? []) {
    const msg = e.message ?? '';
    const un =
      e.reason === 'Unhealthy'
        ? /^(Liveness|Readiness|Startup) probe (?:failed|errored(?: and resulted in \w+ state)?): ?([\s\S]*)$/.exec(msg)
        : null;
    if (un) {
      const f = entry(un[1]!.toLowerCase() as ProbeType, undefined);
      f.count += count(e);
      const output = un[2]!.trim();
      if (output) f.output = output;
      const code = /statuscode: (\d{3})/.exec(output);
      if (code) f.status = Number(code[1]);
      if (/connection refused/.test(output)) f.refused = true;
      if (/timeout|timed out|deadline exceeded|Client\.Timeout/i.test(output)) f.timeout = true;
      // The port name was not found among the container's ports, then not a number either (probe.ResolveContainerPort).
      const name = /strconv\.Atoi: parsing "([^"]*)": invalid syntax/.exec(output)?.[1];
      if (name !== undefined) f.undeclaredPort = name;
      const program = /exec: "([^"]+)": executable file not found/.exec(output)?.[1];
      if (program !== undefined) f.missingProgram = program;
      continue;
    }
    const kill = e.reason === 'Killing' ? /^Container (\S+) failed (liveness|startup) probe, will be restarted/.exec(msg) : null;
    if (kill) entry(kill[2] as ProbeType, kill[1]).killed += count(e);
  }
  // A Killing event names the container; fold the anonymous Unhealthy entry of the same type into it.
  for (const [key, f] of out) {
    if (f.container) continue;
    const named = [...out.values()].find((g) => g !== f && g.type === f.type && g.container);
    if (named) {
      named.count += f.count;
      named.output ||= f.output;
      if (f.status !== undefined) named.status ??= f.status;
      named.refused ||= f.refused;
      named.timeout ||= f.timeout;
      if (f.undeclaredPort !== undefined) named.undeclaredPort ??= f.undeclaredPort;
      if (f.missingProgram !== undefined) named.missingProgram ??= f.missingProgram;
      out.delete(key);
    }
  }
  // Said only of the probe that names that port, with the ports its container does declare.
  for (const f of out.values()) {
    if (f.undeclaredPort === undefined) continue;
    const ports = f.handler?.port === f.undeclaredPort ? declaredPorts(pod, f.container) : undefined;
    if (ports) f.declaredPorts = ports;
    else delete f.undeclaredPort;
  }
  for (const f of out.values()) {
    const ports = f.refused && f.handler?.port && /^\d+$/.test(f.handler.port) ? containerPorts(pod, f.container) : undefined;
    if (ports?.length && !ports.includes(Number(f.handler!.port))) f.otherPorts = ports;
  }
  return [...out.values()].sort((a, b) => b.killed - a.killed || b.count - a.count);
}
