// Explains a NetworkPolicy: the Pods it selects (an empty podSelector selects every Pod of the
// namespace), its policy types, each ingress and egress rule in words (from/to which Pods,
// namespaces or CIDRs, on which ports), default deny recognised as such, and what it admits on each
// Service port of the selected Pods. Policies add up: a Pod selected for a direction by any policy
// only gets what some policy allows. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Event } from '../model/pod.js';
import type { Message } from '../model/message.js';
import type { LabelSelector, NetworkPolicyPeer, NetworkPolicyPort, RoutedPod, Service } from '../model/routing.js';
import { admission, type Admission } from '../routing/network-policy.js';
import { formatServicePort, protocolOf, resolveTargetPort } from '../routing/ports.js';
import { formatSelector, mapSelects, selectorMatches } from '../routing/selectors.js';
import { commonParts, eventsOf, m, nameOf, targetOf } from './kind-parts.js';
import { list, listOf, type ReadPlan } from '../model/read-plan.js';

interface Rule {
  from?: NetworkPolicyPeer[];
  to?: NetworkPolicyPeer[];
  ports?: NetworkPolicyPort[];
}
export interface Policy extends KubeObject {
  spec?: { podSelector?: LabelSelector; policyTypes?: string[]; ingress?: Rule[]; egress?: Rule[] };
}

/** policyTypes as the API server defaults them: Ingress always, Egress when there are egress rules. */
export const policyTypes = (p: Policy): string[] => p.spec?.policyTypes ?? ['Ingress', ...(p.spec?.egress?.length ? ['Egress'] : [])];

export const explainer: Explainer = {
  kind: 'NetworkPolicy',
  group: 'networking.k8s.io',
  reads(target: KubeObject, namespace: string): ReadPlan {
    const ns = target.metadata?.namespace ?? namespace;
    return { pods: list('Pod', { namespace: ns }), services: list('Service', { namespace: ns }), events: eventsOf(target) };
  },
  explain(snap) {
    const p = snap.object as Policy;
    const name = nameOf(p);
    const ns = p.metadata?.namespace ?? '';
    const types = policyTypes(p);
    const pods = listOf<RoutedPod>(snap, 'pods');
    const selected = pods?.filter((x) => selectorMatches(p.spec?.podSelector ?? {}, x.metadata.labels ?? {}));
    const sel = formatSelector(p.spec?.podSelector);
    const findings: FindingModel[] = [];

    findings.push(
      finding(
        'selects',
        'networkpolicy',
        selected?.length === 0 ? 'warning' : 'info',
        sel
          ? m['np.selects']({ selector: sel, count: selected?.length ?? '?' })
          : m['np.selects.all']({ ns, count: selected?.length ?? '?' }),
        selected?.length
          ? selected.slice(0, 10).map((x) => m['np.pod']({ name: x.metadata.name }))
          : selected
            ? [m['np.selects.none']()]
            : [],
      ),
    );
    findings.push(finding('types', 'networkpolicy', 'info', m['np.types']({ types: types.join(', ') }), [m['np.types.detail']()]));

    const denyIn = types.includes('Ingress') && !(p.spec?.ingress ?? []).length;
    const denyOut = types.includes('Egress') && !(p.spec?.egress ?? []).length;
    if (types.includes('Ingress')) findings.push(...rules(p.spec?.ingress ?? [], 'ingress', ns, denyIn));
    if (types.includes('Egress')) findings.push(...rules(p.spec?.egress ?? [], 'egress', ns, denyOut));

    // What this policy admits on each Service port of the selected Pods.
    const services = listOf<Service>(snap, 'services');
    const ports = types.includes('Ingress') && selected?.length && services ? servicePorts(p, selected, services) : [];
    if (ports.length)
      findings.push(
        finding(
          'service-ports',
          'networkpolicy',
          ports.some((x) => x.admission === 'none') ? 'warning' : 'info',
          m['np.svc.title']({ count: ports.length }),
          ports.map((x) => m[`np.svc.${x.admission}`]({ service: x.service, port: x.port })),
        ),
      );
    findings.push(...commonParts(p, 'networkpolicy', listOf<Event>(snap, 'events')));
    findings.push(finding('enforcement', 'networkpolicy', 'info', m['np.enforcement']()));

    const count = selected?.length ?? '?';
    let severity: Severity = 'info';
    let text: Message;
    if (denyIn && denyOut) {
      severity = 'warning';
      text = m['np.verdict.deny-both']({ name, count });
    } else if (denyIn) {
      severity = 'warning';
      text = m['np.verdict.deny-in']({ name, count });
    } else if (denyOut) {
      severity = 'warning';
      text = m['np.verdict.deny-out']({ name, count });
    } else if (selected?.length === 0) {
      text = m['np.verdict.no-pods']({ name });
    } else text = m['np.verdict.limits']({ name, count, types: types.join(', ') });
    return {
      kind: 'Explanation',
      target: targetOf(p, 'NetworkPolicy'),
      verdict: { severity, message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};

function rules(list: readonly Rule[], dir: 'ingress' | 'egress', ns: string, deny: boolean): FindingModel[] {
  if (deny) return [finding(`${dir}.deny`, 'networkpolicy', 'warning', m[`np.${dir}.deny`](), [m[`np.${dir}.deny.detail`]()])];
  return list.map((r, i) => {
    const peers = (dir === 'ingress' ? r.from : r.to) ?? [];
    const ports = (r.ports ?? []).map(portText).join(', ');
    return finding(
      `${dir}.${i}`,
      'networkpolicy',
      'info',
      ports ? m[`np.${dir}.rule`]({ n: i + 1, ports }) : m[`np.${dir}.rule.any-port`]({ n: i + 1 }),
      peers.length ? peers.map((x) => peer(x, ns)) : [m[`np.${dir}.anywhere`]()],
    );
  });
}

const portText = (p: NetworkPolicyPort): string =>
  p.port === undefined ? `*/${protocolOf(p)}` : `${p.port}${p.endPort !== undefined ? `-${p.endPort}` : ''}/${protocolOf(p)}`;

function peer(p: NetworkPolicyPeer, ns: string): Message {
  if (p.ipBlock)
    return p.ipBlock.except?.length
      ? m['np.peer.cidr.except']({ cidr: p.ipBlock.cidr, except: p.ipBlock.except.join(', ') })
      : m['np.peer.cidr']({ cidr: p.ipBlock.cidr });
  const pods = p.podSelector ? formatSelector(p.podSelector) : '';
  if (!p.namespaceSelector) return pods ? m['np.peer.pods']({ selector: pods, ns }) : m['np.peer.pods.all']({ ns });
  const nss = formatSelector(p.namespaceSelector);
  if (!nss) return pods ? m['np.peer.pods.any-ns']({ selector: pods }) : m['np.peer.all-ns']();
  return pods ? m['np.peer.pods.ns']({ selector: pods, nsSelector: nss }) : m['np.peer.ns']({ nsSelector: nss });
}

/** For each port of each Service selecting some of the Pods: what this policy alone lets in. */
function servicePorts(
  p: Policy,
  pods: readonly RoutedPod[],
  services: readonly Service[],
): { service: string; port: string; admission: Admission }[] {
  const out: { service: string; port: string; admission: Admission }[] = [];
  const np = { metadata: { name: nameOf(p), namespace: p.metadata?.namespace ?? '' }, spec: p.spec } as Parameters<
    typeof admission
  >[0][number];
  for (const svc of services) {
    const sel = svc.spec?.selector;
    if (!sel || !Object.keys(sel).length) continue;
    const pod = pods.find((x) => mapSelects(sel, x.metadata.labels ?? {}));
    if (!pod) continue;
    for (const sp of svc.spec?.ports ?? []) {
      const r = resolveTargetPort(pod, sp);
      const target =
        r.kind === 'missing'
          ? { port: -1, name: r.name, protocol: protocolOf(sp) }
          : { port: r.port, ...(r.kind === 'ok' && r.declared?.name ? { name: r.declared.name } : {}), protocol: protocolOf(sp) };
      out.push({
        service: svc.metadata.name,
        port: formatServicePort(sp),
        admission: admission([np], pod.metadata.labels ?? {}, target).admission,
      });
    }
  }
  return out;
}
