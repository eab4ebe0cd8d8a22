// Explains a NetworkPolicy: the Pods it selects (an empty podSelector selects every Pod of the
// namespace), its policy types, each ingress and egress rule in words (from/to which Pods,
// namespaces or CIDRs, on which ports), default deny recognised as such, and what it admits on each
// Service port of the selected Pods. Policies add up: a Pod selected for a direction by any policy
// only gets what some policy allows. A peer that names Pods by podSelector alone means Pods of the
// policy's own namespace: when none runs there, the rule admits nobody, and the Pods with those labels
// are looked for in the other namespaces (the usual cause: a namespaceSelector left out). Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Event } from '../model/pod.js';
import type { Message } from '../model/message.js';
import type { LabelSelector, NetworkPolicyPeer, NetworkPolicyPort, RoutedPod, Service } from '../model/routing.js';
import { admission, type Admission } from '../routing/network-policy.js';
import { formatServicePort, protocolOf, resolveTargetPort } from '../routing/ports.js';
import { formatLabels, formatSelector, mapSelects, selectorMatches } from '../routing/selectors.js';
import { commonParts, eventsOf, m, nameOf, targetOf } from './kind-parts.js';
import { list, listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';

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
  // Peers that select no Pod of the namespace: the same labels in every namespace (at most two reads).
  next(snap): ReadPlan {
    const pods = listOf<RoutedPod>(snap, 'pods');
    if (!pods) return {};
    const sels = [...new Set(deadPeers(snap.object as Policy, pods).map((d) => d.selector))].slice(0, 2);
    return Object.fromEntries(sels.map((s) => [`elsewhere:${s}`, list('Pod', { labelSelector: s })]));
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
    const dead = pods
      ? deadPeers(p, pods)
          .filter((d) => types.includes(d.dir === 'ingress' ? 'Ingress' : 'Egress'))
          .map((d) => ({ ...d, where: elsewhere(snap, d.selector, ns) }))
      : [];
    for (const d of dead)
      findings.push(
        finding(
          `${d.dir}.${d.rule - 1}.nopods`,
          'networkpolicy',
          'warning',
          m[`np.${d.dir}.nopods`]({ n: d.rule, selector: d.selector, ns }),
          [
            m['np.peer.own-ns']({ ns }),
            ...(d.where?.length ? [m['np.peer.elsewhere']({ selector: d.selector, namespaces: d.where.join(', ') })] : []),
            d.where?.length === 1 ? m['np.peer.nsfix']({ ns: d.where[0]! }) : m['np.peer.nsfix.any'](),
          ],
        ),
      );

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
    } else if (dead.length && selected?.length !== 0 && !onlyDead(p, dead)) {
      // Other peers still get through: the policy limits as written, with the dead peer as a warning.
      severity = 'warning';
      text = m['np.verdict.limits']({ name, count, types: types.join(', ') });
    } else if (dead.length && selected?.length !== 0) {
      const d = onlyDead(p, dead)!;
      severity = 'warning';
      text = m[`np.verdict.${d.dir}.nopods`]({
        name,
        selector: d.selector,
        ns,
        fix: d.where?.length === 1 ? m['np.peer.nsfix']({ ns: d.where[0]! }) : m['np.peer.nsfix.any'](),
      });
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

/**
 * Rule peers that name Pods by labels alone (no namespaceSelector, no ipBlock: the policy's own
 * namespace) and match none of its Pods. Only matchLabels selectors: they have one string form the
 * API server takes back as a label selector.
 */
function deadPeers(p: Policy, pods: readonly RoutedPod[]): { dir: 'ingress' | 'egress'; rule: number; selector: string }[] {
  const out: { dir: 'ingress' | 'egress'; rule: number; selector: string }[] = [];
  for (const dir of ['ingress', 'egress'] as const)
    (p.spec?.[dir] ?? []).forEach((r, i) => {
      for (const x of (dir === 'ingress' ? r.from : r.to) ?? []) {
        const labels = x.podSelector?.matchLabels;
        if (x.namespaceSelector || x.ipBlock || !labels || !Object.keys(labels).length || x.podSelector?.matchExpressions?.length) continue;
        if (!pods.some((pod) => mapSelects(labels, pod.metadata.labels ?? {})))
          out.push({ dir, rule: i + 1, selector: formatLabels(labels) });
      }
    });
  return out;
}

/** The dead peers of a direction whose every rule names peers, all dead: then that direction admits nobody (the first of them). */
function onlyDead<D extends { dir: 'ingress' | 'egress'; rule: number }>(p: Policy, dead: readonly D[]): D | undefined {
  for (const dir of ['ingress', 'egress'] as const) {
    const rules = p.spec?.[dir] ?? [];
    const peers = rules.map((r) => ((dir === 'ingress' ? r.from : r.to) ?? []).length);
    const deadIn = dead.filter((d) => d.dir === dir);
    if (rules.length && peers.every((n) => n > 0) && deadIn.length === peers.reduce((a, b) => a + b, 0)) return deadIn[0];
  }
  return undefined;
}

/** The namespaces where Pods with these labels run, when that was read. */
function elsewhere(snap: Snapshot, selector: string, ns: string): string[] | undefined {
  const found = listOf<RoutedPod>(snap, `elsewhere:${selector}`);
  return found && [...new Set(found.map((x) => x.metadata.namespace ?? '').filter((n) => n && n !== ns))].sort();
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
