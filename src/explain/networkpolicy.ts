// Explains a NetworkPolicy: the Pods it selects (an empty podSelector selects every Pod of the
// namespace), its policy types, each ingress and egress rule in words (from/to which Pods,
// namespaces or CIDRs, on which ports), default deny recognised as such, and what it admits on each
// Service port of the selected Pods. Policies add up: a Pod selected for a direction by any policy
// only gets what some policy allows. A peer that names Pods by podSelector alone means Pods of the
// policy's own namespace: when none runs there, the rule admits nobody, and the Pods with those labels
// are looked for in the other namespaces (the usual cause: a namespaceSelector left out). Peers are
// judged with full selectors, as the trace does (src/routing/policy-peers.ts): a namespaceSelector that
// matches no namespace (a label namespaces lack), or no Pod in the namespaces it matches. DNS is judged
// on every policy of the namespace (./networkpolicy-dns.ts): one list read. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Event } from '../model/pod.js';
import type { Message } from '../model/message.js';
import type { LabelSelector, NetworkPolicyPeer, NetworkPolicyPort, RoutedPod, Service } from '../model/routing.js';
import { admission, type Admission } from '../routing/network-policy.js';
import { formatServicePort, protocolOf, resolveTargetPort } from '../routing/ports.js';
import { formatSelector, mapSelects, selectorMatches } from '../routing/selectors.js';
import { podDns, policyTypes } from '../routing/policy-dns.js';
import { dnsParts, selectedDns, withTarget } from './networkpolicy-dns.js';
import { namespacesNamed, peerReach, podNamespaces, type PeerWorld } from '../routing/policy-peers.js';
import { isEmptySelector, namespaceLabelsOf, selectorString } from '../model/labels.js';
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

export { policyTypes };

export const explainer: Explainer = {
  kind: 'NetworkPolicy',
  group: 'networking.k8s.io',
  reads(target: KubeObject, namespace: string): ReadPlan {
    const ns = target.metadata?.namespace ?? namespace;
    return {
      pods: list('Pod', { namespace: ns }),
      services: list('Service', { namespace: ns }),
      events: eventsOf(target),
      // The other policies selecting the same Pods: what they allow adds up (DNS above all).
      policies: list('NetworkPolicy', { namespace: ns }),
    };
  },
  // What judging the peers takes (src/routing/policy-peers.ts): the namespaces' labels for a
  // namespaceSelector (one list; also when another policy's DNS rule needs them), the Pods of every
  // namespace matching a podSelector (at most three).
  next(snap): ReadPlan {
    const p = snap.object as Policy;
    const pods = listOf<RoutedPod>(snap, 'pods');
    if (!pods) return {};
    const w = worldOf(snap, p);
    const plan: ReadPlan = {};
    const policies = withTarget(p, listOf<Policy>(snap, 'policies'));
    const mine = pods.filter((x) => selectorMatches(p.spec?.podSelector ?? {}, x.metadata.labels ?? {}));
    if (policies && mine.some((x) => podDns(x.metadata.labels ?? {}, policies, w).unknown === 'namespaces'))
      plan.namespaces = list('Namespace');
    const sels = new Set<string>();
    for (const { peer } of peersOf(p)) {
      const r = peerReach(peer, w);
      if (r.state === 'unknown' && 'namespaces' in r.need) plan.namespaces = list('Namespace');
      if (r.state === 'unknown' && 'pods' in r.need) sels.add(r.need.pods);
      // Where the Pods a dead own-namespace peer names run instead.
      if (r.state === 'none' && r.why === 'own-ns' && !isEmptySelector(peer.podSelector)) sels.add(selectorString(peer.podSelector));
    }
    for (const sel of [...sels].slice(0, 3)) plan[`elsewhere:${sel}`] = list('Pod', { labelSelector: sel });
    return plan;
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
    const dead = pods ? deadPeers(p, worldOf(snap, p)) : [];
    for (const d of dead)
      findings.push(finding(`${d.dir}.${d.rule - 1}.nopods`, 'networkpolicy.peer', 'warning', deadTitle(d, ns), deadDetail(d, ns)));

    // Egress limited: can the selected Pods still resolve names, through all the policies selecting them?
    const w = worldOf(snap, p);
    const dns = dnsParts(
      p,
      selected?.length ?? 0,
      selected && selectedDns(selected, withTarget(p, listOf<Policy>(snap, 'policies')), w),
      w,
      denyOut,
    );
    findings.push(...dns.findings);

    // What this policy admits on each Service port of the selected Pods.
    const services = listOf<Service>(snap, 'services');
    // Every source the ingress rules name matches no Pod: a port open 'to the sources above' is open to nobody.
    const nobody = !!allDead(p, dead, 'ingress');
    const ports = (types.includes('Ingress') && selected?.length && services ? servicePorts(p, selected, services) : []).map((x) => ({
      ...x,
      said: x.admission === 'some' && nobody ? ('dead' as const) : x.admission,
    }));
    if (ports.length)
      findings.push(
        finding(
          'service-ports',
          'networkpolicy',
          ports.some((x) => x.said === 'none' || x.said === 'dead') ? 'warning' : 'info',
          m['np.svc.title']({ count: ports.length }),
          ports.map((x) => m[`np.svc.${x.said}`]({ service: x.service, port: x.port })),
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
    } else if (dead.length && selected?.length !== 0 && onlyDead(p, dead)) {
      severity = 'warning';
      text = deadVerdict(onlyDead(p, dead)!, name, ns);
    } else if (dns.verdict) {
      severity = 'warning';
      text = dns.verdict;
    } else if (dead.length && selected?.length !== 0) {
      // Other peers still get through: the policy limits as written, with the dead peer as a warning.
      severity = 'warning';
      text = m['np.verdict.limits']({ name, count, types: types.join(', ') });
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

type Dir = 'ingress' | 'egress';
/** A peer no Pod can match (src/routing/policy-peers.ts), with what tells the learner where the Pods are. */
interface Dead {
  dir: Dir;
  rule: number;
  why: 'own-ns' | 'no-namespace' | 'no-pod-there';
  selector: string;
  nsSelector: string;
  /** Namespaces the namespaceSelector matches (no-pod-there). */
  matched: string[];
  /** Namespaces where Pods matching the podSelector run, when read. */
  where?: string[];
  /** Namespaces the namespaceSelector names by a label they lack. */
  named: { ns: string; key: string }[];
}

/** Every peer of the policy's directions, with its rule. */
function peersOf(p: Policy): { dir: Dir; rule: number; peer: NetworkPolicyPeer }[] {
  const types = policyTypes(p);
  return (['ingress', 'egress'] as const)
    .filter((dir) => types.includes(dir === 'ingress' ? 'Ingress' : 'Egress'))
    .flatMap((dir) =>
      (p.spec?.[dir] ?? []).flatMap((r, i) => ((dir === 'ingress' ? r.from : r.to) ?? []).map((peer) => ({ dir, rule: i + 1, peer }))),
    );
}

/** What the snapshot tells about Pods and namespaces. */
function worldOf(snap: Snapshot, p: Policy): PeerWorld {
  const namespaces = listOf<KubeObject>(snap, 'namespaces');
  return {
    policyNs: p.metadata?.namespace ?? '',
    ...(listOf<RoutedPod>(snap, 'pods') ? { namespacePods: listOf<RoutedPod>(snap, 'pods')! } : {}),
    ...(namespaces ? { namespaces: Object.fromEntries(namespaces.map((n) => [n.metadata?.name ?? '', namespaceLabelsOf(n)])) } : {}),
    podsMatching: (sel) => listOf<RoutedPod>(snap, `elsewhere:${sel}`),
  };
}

/** Rule peers that no Pod matches. A podSelector alone that is empty selects the whole namespace: never said to be dead. */
function deadPeers(p: Policy, w: PeerWorld): Dead[] {
  const out: Dead[] = [];
  for (const { dir, rule, peer } of peersOf(p)) {
    const r = peerReach(peer, w);
    if (r.state !== 'none' || (r.why === 'own-ns' && isEmptySelector(peer.podSelector))) continue;
    out.push({
      dir,
      rule,
      why: r.why,
      selector: selectorString(peer.podSelector),
      nsSelector: selectorString(peer.namespaceSelector),
      matched: r.why === 'no-pod-there' ? r.namespaces : [],
      ...(r.why !== 'no-namespace' ? { where: podNamespaces(peer, w, r.why === 'own-ns' ? [w.policyNs] : r.namespaces) } : {}),
      named: r.why === 'no-namespace' ? namespacesNamed(peer, w) : [],
    });
  }
  return out;
}

/** The next step for a dead peer. */
function deadFix(d: Dead): Message {
  if (d.why === 'no-namespace')
    return d.named.length === 1 ? m['np.peer.nsfix.label']({ ns: d.named[0]!.ns, key: d.named[0]!.key }) : m['np.peer.nsfix.labels']();
  if (d.why === 'no-pod-there')
    return m['np.peer.podfix']({
      selector: d.selector,
      command: `kubectl get pods ${d.matched.length === 1 ? `-n ${d.matched[0]!}` : '-A'} --show-labels`,
    });
  return d.where?.length === 1 ? m['np.peer.nsfix']({ ns: d.where[0]! }) : m['np.peer.nsfix.any']();
}

function deadTitle(d: Dead, ns: string): Message {
  if (d.why === 'no-namespace') return m[`np.${d.dir}.nons`]({ n: d.rule, nsSelector: d.nsSelector });
  if (d.why === 'no-pod-there')
    return m[`np.${d.dir}.nopods.there`]({
      n: d.rule,
      selector: d.selector,
      nsSelector: d.nsSelector || '{}',
      namespaces: d.matched.join(', ') || m['np.all-namespaces'](),
    });
  return m[`np.${d.dir}.nopods`]({ n: d.rule, selector: d.selector, ns });
}

function deadDetail(d: Dead, ns: string): Message[] {
  const where = d.where?.length ? [m['np.peer.elsewhere']({ selector: d.selector, namespaces: d.where.join(', ') })] : [];
  if (d.why === 'no-namespace')
    return [m['np.peer.ns-labels'](), ...d.named.map((x) => m['np.peer.ns-named']({ ns: x.ns, key: x.key })), deadFix(d)];
  if (d.why === 'no-pod-there') return [...where, deadFix(d)];
  return [m['np.peer.own-ns']({ ns }), ...where, deadFix(d)];
}

function deadVerdict(d: Dead, name: string, ns: string): Message {
  const fix = deadFix(d);
  if (d.why === 'no-namespace') return m[`np.verdict.${d.dir}.nons`]({ name, nsSelector: d.nsSelector, fix });
  if (d.why === 'no-pod-there')
    return m[`np.verdict.${d.dir}.nopods.there`]({ name, selector: d.selector, nsSelector: d.nsSelector || '{}', fix });
  return m[`np.verdict.${d.dir}.nopods`]({ name, selector: d.selector, ns, fix });
}

/** The dead peers of a direction whose every rule names peers, all dead: then that direction admits nobody (the first of them). */
function onlyDead(p: Policy, dead: readonly Dead[]): Dead | undefined {
  return allDead(p, dead, 'ingress') ?? allDead(p, dead, 'egress');
}

/** The first dead peer of a direction whose every rule names peers, all dead: that direction admits nobody. */
function allDead(p: Policy, dead: readonly Dead[], dir: Dir): Dead | undefined {
  const rules = p.spec?.[dir] ?? [];
  const peers = rules.map((r) => ((dir === 'ingress' ? r.from : r.to) ?? []).length);
  const deadIn = dead.filter((d) => d.dir === dir);
  return rules.length && peers.every((n) => n > 0) && deadIn.length === peers.reduce((a, b) => a + b, 0) ? deadIn[0] : undefined;
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
