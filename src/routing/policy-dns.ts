// Whether a NetworkPolicy's egress rules let its Pods reach the cluster DNS: kube-dns (CoreDNS Pods
// labelled k8s-app=kube-dns in kube-system, ports named dns 53/UDP and dns-tcp 53/TCP). A policy that
// limits egress and forgets it makes every name lookup time out. Pure; peers judged as the rest of the
// tool judges them (src/routing/policy-peers.ts), unknown where an ipBlock or an unread list leaves it open.
import type { NetworkPolicyPeer, NetworkPolicyPort } from '../model/routing.js';
import { isEmptySelector, selectorMatches } from '../model/labels.js';
import { portMatches } from './network-policy.js';
import type { PeerWorld } from './policy-peers.js';

export type Allowed = 'yes' | 'no' | 'unknown';
const KUBE_DNS = { 'k8s-app': 'kube-dns' };

/** Whether a peer can be the kube-dns Pods. */
function toKubeDns(p: NetworkPolicyPeer, w: PeerWorld): Allowed {
  if (p.ipBlock) return 'unknown';
  let ns: Allowed;
  if (!p.namespaceSelector) ns = w.policyNs === 'kube-system' ? 'yes' : 'no';
  else if (isEmptySelector(p.namespaceSelector)) ns = 'yes';
  else if (!w.namespaces) ns = 'unknown';
  else
    ns = selectorMatches(p.namespaceSelector, w.namespaces['kube-system'] ?? { 'kubernetes.io/metadata.name': 'kube-system' })
      ? 'yes'
      : 'no';
  if (ns === 'no') return 'no';
  // Other labels than CoreDNS's usual ones may still be the DNS Pods: not known.
  return selectorMatches(p.podSelector, KUBE_DNS) ? ns : 'unknown';
}

const best = (xs: Allowed[]): Allowed => (xs.includes('yes') ? 'yes' : xs.includes('unknown') ? 'unknown' : 'no');

/** Whether these egress rules allow 53/UDP and 53/TCP to kube-dns. */
export function dnsEgress(
  rules: readonly { to?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }[],
  w: PeerWorld,
): { udp: Allowed; tcp: Allowed } {
  const on = (protocol: 'UDP' | 'TCP') => {
    const target = { port: 53, name: protocol === 'UDP' ? 'dns' : 'dns-tcp', protocol };
    return best(
      rules
        .filter((r) => !r.ports?.length || r.ports.some((p) => portMatches(p, target)))
        .map((r) => (r.to?.length ? best(r.to.map((p) => toKubeDns(p, w))) : 'yes')),
    );
  };
  return { udp: on('UDP'), tcp: on('TCP') };
}
