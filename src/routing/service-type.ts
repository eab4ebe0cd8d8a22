// What a Service's type and policies mean for the first hop: ClusterIP through kube-proxy,
// NodePort, LoadBalancer, ExternalName, headless; and the notes that shape where traffic lands
// (externalTrafficPolicy, internalTrafficPolicy, sessionAffinity, publishNotReadyAddresses).
import type { FindingModel } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { Service } from '../model/routing.js';
import type { RouteBuilders as RoutingMessages } from './route-messages.js';
import { formatServicePort } from './ports.js';
import { hop, note, type HopDraft } from './hop.js';

export const isHeadless = (svc: Service) => svc.spec?.clusterIP === 'None';

export function serviceTypeHop(svc: Service, from: string, t: RoutingMessages, viaIngress: boolean): HopDraft {
  const name = svc.metadata.name;
  const to = `service/${name}`;
  const type = svc.spec?.type ?? 'ClusterIP';
  const ips: string | Message = (svc.spec?.clusterIPs ?? (svc.spec?.clusterIP ? [svc.spec.clusterIP] : [])).join(', ') || t['type.noip']();
  const ports = (svc.spec?.ports ?? []).map(formatServicePort).join(', ') || '-';
  const ingressNote = viaIngress ? [t['type.viaIngress']()] : [];
  if (type === 'ExternalName') {
    const ext = svc.spec?.externalName;
    if (!ext)
      return hop(
        from,
        to,
        'broken',
        'service.externalname',
        'service.externalname',
        t['type.externalname.title']({ name: '-' }),
        t['type.externalname.empty'](),
        t['type.externalname.fix'](),
      );
    // The API takes 192.0.2.10 as a DNS name made of digits: CoreDNS answers a CNAME to it, which resolves to nothing.
    if (/^\d{1,3}(\.\d{1,3}){3}\.?$/.test(ext))
      return hop(
        from,
        `CNAME ${ext}`,
        'broken',
        'service.externalname.ip',
        'service.externalname',
        t['type.externalname.ip.title']({ ext }),
        [t['type.externalname.ip']({ name, ext })],
        t['type.externalname.ip.fix']({ ext }),
      );
    return hop(from, `CNAME ${ext}`, 'ok', 'service.externalname', 'service.externalname', t['type.externalname.title']({ name: ext }), [
      t['type.externalname']({ name, ext }),
      ...ingressNote,
    ]);
  }
  if (isHeadless(svc)) {
    return hop(from, to, 'ok', 'service.headless', 'service.headless', t['type.headless.title']({ ports }), [
      t['type.headless']({ name, ns: svc.metadata.namespace ?? '' }),
      ...ingressNote,
    ]);
  }
  const lines = [t['type.clusterip']({ ips, ports })];
  let concept = 'service.clusterip';
  let status: 'ok' | 'warning' = 'ok';
  if (type === 'NodePort' || type === 'LoadBalancer') {
    const nps = (svc.spec?.ports ?? []).map((p) => `${p.nodePort ?? '?'}→${p.port}`).join(', ');
    lines.push(t['type.nodeport']({ ports: nps }));
    concept = 'service.nodeport';
  }
  if (type === 'LoadBalancer') {
    concept = 'service.loadbalancer';
    const addrs = (svc.status?.loadBalancer?.ingress ?? [])
      .map((a) => a.ip ?? a.hostname)
      .filter(Boolean)
      .join(', ');
    if (addrs) lines.push(t['type.lb']({ addrs }));
    else {
      lines.push(t['type.lb.pending']());
      if (svc.spec?.loadBalancerClass) lines.push(t['type.lb.pending.class']({ cls: svc.spec.loadBalancerClass }));
      status = 'warning';
    }
  }
  if (svc.spec?.externalIPs?.length) lines.push(t['type.externalips']({ ips: svc.spec.externalIPs.join(', ') }));
  lines.push(...ingressNote);
  return hop(
    from,
    to,
    status,
    `service.${type.toLowerCase()}`,
    concept,
    status === 'warning' ? t['type.lb.pending.title']({ ips }) : t['type.title']({ type, ips }),
    lines,
    status === 'warning'
      ? t['type.lb.pending.fix']({
          cls: svc.spec?.loadBalancerClass ?? '',
          name: svc.metadata.name,
          ns: svc.metadata.namespace ?? '',
          // allocateLoadBalancerNodePorts: false leaves the ports without a node port.
          nodePorts: (svc.spec?.ports ?? []).some((p) => p.nodePort !== undefined),
        })
      : undefined,
  );
}

export function serviceNotes(svc: Service, t: RoutingMessages): FindingModel[] {
  const out: FindingModel[] = [];
  const s = svc.spec ?? {};
  const type = s.type ?? 'ClusterIP';
  if (type === 'NodePort' || type === 'LoadBalancer') {
    const etp = s.externalTrafficPolicy ?? 'Cluster';
    out.push(
      note(
        'policy.external',
        'kube-proxy',
        'info',
        t['etp.title']({ policy: etp }),
        etp === 'Local' ? t['etp.local']({ port: String(s.healthCheckNodePort ?? '-') }) : t['etp.cluster'](),
      ),
    );
  }
  if (type !== 'ExternalName' && !isHeadless(svc)) {
    const itp = s.internalTrafficPolicy ?? 'Cluster';
    out.push(
      note(
        'policy.internal',
        'kube-proxy',
        itp === 'Local' ? 'warning' : 'info',
        t['itp.title']({ policy: itp }),
        itp === 'Local' ? t['itp.local']() : t['itp.cluster'](),
      ),
    );
  }
  if (s.sessionAffinity === 'ClientIP') {
    out.push(
      note(
        'affinity',
        'kube-proxy',
        'info',
        t['affinity.title']({ affinity: 'ClientIP' }),
        t['affinity.clientip']({ seconds: s.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800 }),
      ),
    );
  }
  if (s.publishNotReadyAddresses) out.push(note('publishNotReady', 'service.endpoints', 'info', t['pnr.title'](), t['pnr.detail']()));
  return out;
}
