// Whether NetworkPolicy egress rules let Pods reach the cluster DNS: kube-dns (CoreDNS Pods labelled
// k8s-app=kube-dns in kube-system, ports named dns 53/UDP and dns-tcp 53/TCP). Policies add up: a Pod
// selected for Egress by any policy may open only what some policy selecting it for Egress allows, so
// a policy that forgets DNS blocks it only when every other one does too (podDns). Pure; peers judged as
// the rest of the tool judges them (src/routing/policy-peers.ts), unknown where an ipBlock, an unread
// list or other Pod labels leave it open.
import type { LabelSelector, NetworkPolicyPeer, NetworkPolicyPort } from '../model/routing.js';
import { isEmptySelector, selectorMatches } from '../model/labels.js';
import { portMatches } from './network-policy.js';
import type { PeerWorld } from './policy-peers.js';

export type Allowed = 'yes' | 'no' | 'unknown';
/** What leaves DNS unknown: an ipBlock (addresses), namespace labels not read, Pods named by other labels than kube-dns's. */
export type DnsUnknown = 'ipblock' | 'namespaces' | 'pod-labels';
const KUBE_DNS = { 'k8s-app': 'kube-dns' };
const KUBE_SYSTEM = { 'kubernetes.io/metadata.name': 'kube-system' };
const NAME_LABEL = 'kubernetes.io/metadata.name';

interface Judged {
  state: Allowed;
  why?: DnsUnknown;
}

/**
 * A namespaceSelector that looks only at kubernetes.io/metadata.name: the API server sets that label
 * to the namespace's name on every namespace, so it is judged without reading the namespaces.
 */
const byNameOnly = (s: LabelSelector): boolean =>
  Object.keys(s.matchLabels ?? {}).every((k) => k === NAME_LABEL) && (s.matchExpressions ?? []).every((e) => e.key === NAME_LABEL);

/** Whether a peer can be the kube-dns Pods. */
function toKubeDns(p: NetworkPolicyPeer, w: PeerWorld): Judged {
  if (p.ipBlock) return { state: 'unknown', why: 'ipblock' };
  let ns: Judged;
  if (!p.namespaceSelector) ns = { state: w.policyNs === 'kube-system' ? 'yes' : 'no' };
  else if (isEmptySelector(p.namespaceSelector)) ns = { state: 'yes' };
  else if (!w.namespaces && !byNameOnly(p.namespaceSelector)) ns = { state: 'unknown', why: 'namespaces' };
  else ns = { state: selectorMatches(p.namespaceSelector, w.namespaces?.['kube-system'] ?? KUBE_SYSTEM) ? 'yes' : 'no' };
  if (ns.state === 'no') return ns;
  // Other labels than CoreDNS's usual ones may still be the DNS Pods: not known.
  return selectorMatches(p.podSelector, KUBE_DNS) ? ns : { state: 'unknown', why: 'pod-labels' };
}

/** The most open of several answers, with why it is unknown when it is. */
function best(xs: readonly Judged[]): Judged {
  if (xs.some((x) => x.state === 'yes')) return { state: 'yes' };
  const unknown = xs.filter((x) => x.state === 'unknown');
  return unknown.length ? unknown[0]! : { state: 'no' };
}

type Egress = readonly { to?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }[];

function judge(rules: Egress, w: PeerWorld, protocol: 'UDP' | 'TCP'): Judged {
  const target = { port: 53, name: protocol === 'UDP' ? 'dns' : 'dns-tcp', protocol };
  return best(
    rules
      .filter((r) => !r.ports?.length || r.ports.some((p) => portMatches(p, target)))
      .map((r) => (r.to?.length ? best(r.to.map((p) => toKubeDns(p, w))) : { state: 'yes' as const })),
  );
}

/** Whether these egress rules allow 53/UDP and 53/TCP to kube-dns. */
export function dnsEgress(rules: Egress, w: PeerWorld): { udp: Allowed; tcp: Allowed } {
  return { udp: judge(rules, w, 'UDP').state, tcp: judge(rules, w, 'TCP').state };
}

export interface DnsPolicy {
  metadata?: { name?: string };
  spec?: { podSelector?: LabelSelector; policyTypes?: string[]; egress?: unknown[] };
}

/** policyTypes as the API server defaults them: Ingress always, Egress when there are egress rules. */
export const policyTypes = (p: DnsPolicy): string[] => p.spec?.policyTypes ?? ['Ingress', ...(p.spec?.egress?.length ? ['Egress'] : [])];

/** What all the policies of its namespace let a Pod do with DNS. */
export interface PodDns {
  /** The policies that select the Pod for Egress, by name: none, and its egress is not limited. */
  isolating: string[];
  /** 53/UDP and 53/TCP to kube-dns, through the union of those policies ('yes' when none isolates it). */
  udp: Allowed;
  tcp: Allowed;
  /** The isolating policies that allow 53/UDP to kube-dns. */
  allowedBy: string[];
  /** Why udp is unknown, when it is. */
  unknown?: DnsUnknown;
}

/**
 * DNS for a Pod with these labels, judged on the union of the policies of its namespace (`w.policyNs`)
 * that select it for Egress: blocked ('no') only when none of them allows it.
 */
export function podDns(labels: Readonly<Record<string, string>>, policies: readonly DnsPolicy[], w: PeerWorld): PodDns {
  const isolating = policies.filter((p) => policyTypes(p).includes('Egress') && selectorMatches(p.spec?.podSelector ?? {}, labels));
  const rules = (p: DnsPolicy) => (p.spec?.egress ?? []) as Egress;
  const udp = isolating.map((p) => ({ name: p.metadata?.name ?? '', ...judge(rules(p), w, 'UDP') }));
  const u = isolating.length ? best(udp) : { state: 'yes' as const };
  const t = isolating.length ? best(isolating.map((p) => judge(rules(p), w, 'TCP'))) : { state: 'yes' as const };
  return {
    isolating: isolating.map((p) => p.metadata?.name ?? ''),
    udp: u.state,
    tcp: t.state,
    allowedBy: udp.filter((x) => x.state === 'yes').map((x) => x.name),
    ...(u.why ? { unknown: u.why } : {}),
  };
}
