// Port resolution as the EndpointSlice controller does it (podutil.FindPort): a numeric targetPort
// is used as is; a named one is looked up per Pod among its containers' ports (and sidecar init
// containers') by name AND protocol. A Pod where the name is missing gets no endpoint for that port.
import type { Container, RoutedPod, Service, ServicePort } from '../model/routing.js';
import type { Message } from '../model/message.js';
import type { RouteBuilders } from './route-messages.js';

export interface ContainerPortRef {
  container: string;
  name?: string;
  port: number;
  protocol: string;
}

export const protocolOf = (p: { protocol?: string }) => p.protocol ?? 'TCP';

/** Containers that serve traffic: regular ones and sidecars (init containers with restartPolicy Always). */
export function servingContainers(pod: RoutedPod): Container[] {
  return [...(pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always'), ...pod.spec.containers];
}

export function containerPorts(pod: RoutedPod): ContainerPortRef[] {
  const out: ContainerPortRef[] = [];
  for (const c of servingContainers(pod)) {
    const ports = (c as Container & { ports?: { name?: string; containerPort: number; protocol?: string }[] }).ports ?? [];
    for (const p of ports)
      out.push({ container: c.name, ...(p.name ? { name: p.name } : {}), port: p.containerPort, protocol: protocolOf(p) });
  }
  return out;
}

export const formatContainerPort = (p: ContainerPortRef) => `${p.container}:${p.port}/${p.protocol}${p.name ? ` (${p.name})` : ''}`;

export type TargetResolution =
  /** The port traffic goes to, and the container port that declares it (if any). */
  | { kind: 'ok'; port: number; declared?: ContainerPortRef }
  /** Numeric targetPort that no container declares (traffic still goes there). */
  | { kind: 'undeclared'; port: number; sameNumberOtherProtocol?: ContainerPortRef }
  /** Named targetPort missing in this Pod (or present only with another protocol). */
  | { kind: 'missing'; name: string; otherProtocol?: ContainerPortRef };

export function targetPortOf(sp: ServicePort): number | string {
  return sp.targetPort ?? sp.port;
}

export function resolveTargetPort(pod: RoutedPod, sp: ServicePort): TargetResolution {
  const tp = targetPortOf(sp);
  const proto = protocolOf(sp);
  const ports = containerPorts(pod);
  if (typeof tp === 'number' || /^\d+$/.test(tp)) {
    const n = Number(tp);
    const declared = ports.find((p) => p.port === n && p.protocol === proto);
    if (declared) return { kind: 'ok', port: n, declared };
    const other = ports.find((p) => p.port === n);
    return { kind: 'undeclared', port: n, ...(other ? { sameNumberOtherProtocol: other } : {}) };
  }
  const byName = ports.find((p) => p.name === tp && p.protocol === proto);
  if (byName) return { kind: 'ok', port: byName.port, declared: byName };
  const other = ports.find((p) => p.name === tp);
  return { kind: 'missing', name: tp, ...(other ? { otherProtocol: other } : {}) };
}

export const formatServicePort = (sp: ServicePort) => `${sp.port}/${protocolOf(sp)}${sp.name ? ` (${sp.name})` : ''}`;

/**
 * The Service ports a request names: by name or number; all of them when none is named.
 * Returns undefined when the name or number matches no port.
 */
export function selectServicePorts(svc: Service, port?: string | number): ServicePort[] | undefined {
  const ports = svc.spec?.ports ?? [];
  if (port === undefined || port === '') return ports;
  const hit = ports.filter((p) => (typeof port === 'number' || /^\d+$/.test(port) ? p.port === Number(port) : p.name === port));
  return hit.length ? hit : undefined;
}

/**
 * A backend that names a number which is one of the Service's targetPorts (as written, or as a named
 * one resolved in the Service's EndpointSlices): the Pods' port written where the Service's belongs.
 */
export function targetPortHint(
  svc: Service,
  port: string | number,
  t: RouteBuilders,
  slices: readonly { metadata: { labels?: Record<string, string> }; ports?: { name?: string; port?: number }[] | null }[] = [],
): Message | '' {
  const n = String(port);
  if (!/^\d+$/.test(n)) return '';
  const own = slices.filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name);
  const resolved = (p: ServicePort) =>
    own.some((s) => (s.ports ?? []).some((x) => (x.name ?? '') === (p.name ?? '') && String(x.port) === n));
  const sp = (svc.spec?.ports ?? []).find((p) => (p.targetPort !== undefined && String(p.targetPort) === n) || resolved(p));
  return sp ? t['backend.targetport']({ port: n, svcPort: String(sp.port) }) : '';
}
