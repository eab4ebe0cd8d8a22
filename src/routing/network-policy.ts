// Would the NetworkPolicies that select a Pod admit ingress traffic on a port? Policies are
// additive allow-lists: once any policy with policyType Ingress selects a Pod, only what some
// policy allows gets in. The source of the traffic is not known to a trace, so a rule limited to
// some Pods, namespaces or CIDRs is reported as "depends on the client".
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from '../model/routing.js';
import type { ContainerPortRef } from './ports.js';
import { formatSelector, selectorMatches } from './selectors.js';
import type { Message } from '../model/message.js';
import { r } from './route-messages.js';
import { peerReach, type PeerWorld } from './policy-peers.js';

export type Admission = 'all' | 'some' | 'none';

export interface PolicyVerdict {
  policy: string;
  admission: Admission;
  /** Sources the matching rules allow (podSelector/namespaceSelector/ipBlock), to be said. */
  sources: Message[];
  /** The peers behind `sources`, in the same order. */
  peers: NetworkPolicyPeer[];
}

export interface PortVerdict {
  /** Policies that select the Pod for Ingress; empty means nothing restricts it. */
  policies: PolicyVerdict[];
  admission: Admission;
}

export const appliesToIngress = (np: NetworkPolicy) => (np.spec?.policyTypes ? np.spec.policyTypes.includes('Ingress') : true);

export function portMatches(rule: NetworkPolicyPort, target: { port: number; name?: string; protocol: string }): boolean {
  if ((rule.protocol ?? 'TCP') !== target.protocol) return false;
  if (rule.port === undefined) return true;
  if (typeof rule.port === 'number' || /^\d+$/.test(rule.port)) {
    const n = Number(rule.port);
    return rule.endPort !== undefined ? target.port >= n && target.port <= rule.endPort : target.port === n;
  }
  return rule.port === target.name;
}

export function describePeer(p: NetworkPolicyPeer, policyNs: string): Message {
  if (p.ipBlock) return r['peer.ipblock']({ cidr: p.ipBlock.cidr, except: p.ipBlock.except?.join(',') ?? '' });
  const sel = p.podSelector ? formatSelector(p.podSelector) : '';
  const pods = sel ? r['peer.pods']({ selector: sel }) : r['peer.allpods']();
  const nsSel = p.namespaceSelector ? formatSelector(p.namespaceSelector) : undefined;
  const where =
    nsSel === undefined
      ? r['peer.namespace']({ ns: policyNs })
      : nsSel
        ? r['peer.namespaces']({ selector: nsSel })
        : r['peer.allnamespaces']();
  return r['peer.from']({ pods, where });
}

/** The verdict of every policy selecting a Pod with `labels`, for traffic to `target`. */
export function admission(
  policies: readonly NetworkPolicy[],
  labels: Record<string, string>,
  target: { port: number; name?: string; protocol: string } | ContainerPortRef,
): PortVerdict {
  const out: PolicyVerdict[] = [];
  for (const np of policies) {
    if (!appliesToIngress(np) || !selectorMatches(np.spec?.podSelector ?? {}, labels)) continue;
    let best: Admission = 'none';
    const sources: Message[] = [];
    const peers: NetworkPolicyPeer[] = [];
    for (const rule of np.spec?.ingress ?? []) {
      if (rule.ports?.length && !rule.ports.some((p) => portMatches(p, target))) continue;
      if (!rule.from?.length) {
        best = 'all';
        continue;
      }
      if (best === 'none') best = 'some';
      sources.push(...rule.from.map((p) => describePeer(p, np.metadata.namespace ?? '')));
      peers.push(...rule.from);
    }
    out.push({ policy: np.metadata.name, admission: best, sources: best === 'all' ? [] : sources, peers: best === 'all' ? [] : peers });
  }
  const overall: Admission =
    out.length === 0 || out.some((v) => v.admission === 'all') ? 'all' : out.some((v) => v.admission === 'some') ? 'some' : 'none';
  return { policies: out, admission: overall };
}

/** The peers of a verdict that no Pod matches (full selectors, src/routing/policy-peers.ts), and why: they admit nobody. */
export function deadPeers(
  v: PolicyVerdict,
  w: PeerWorld,
): { peer: NetworkPolicyPeer; why: 'own-ns' | 'no-namespace' | 'no-pod-there'; namespaces: string[] }[] {
  return v.peers.flatMap((peer) => {
    const r = peerReach(peer, w);
    return r.state === 'none' ? [{ peer, why: r.why, namespaces: r.why === 'no-pod-there' ? r.namespaces : [] }] : [];
  });
}

/**
 * Whether a policy selecting some of these Pods admits a peer of the namespace that none of them matches:
 * then only all of the namespace's Pods tell whether that peer matches any Pod at all.
 */
export function peersBeyond(
  policies: readonly NetworkPolicy[],
  pods: readonly { metadata: { labels?: Record<string, string> } }[],
): boolean {
  return policies.some(
    (np) =>
      appliesToIngress(np) &&
      pods.some((pod) => selectorMatches(np.spec?.podSelector ?? {}, pod.metadata.labels ?? {})) &&
      (np.spec?.ingress ?? []).some((r) =>
        (r.from ?? []).some((p) => {
          const reach = peerReach(p, { policyNs: np.metadata.namespace ?? '', namespacePods: pods });
          return reach.state === 'none' && reach.why === 'own-ns';
        }),
      ),
  );
}

/**
 * What judging the sources admitted to these Pods by namespaceSelector takes, given what `w` already
 * holds: the namespaces' labels (one list), then the Pods of every namespace matching a podSelector
 * given with it (one list per selector). Own-namespace peers are peersBeyond's.
 */
export function namespacePeerNeeds(
  policies: readonly NetworkPolicy[],
  pods: readonly { metadata: { labels?: Record<string, string> } }[],
  w: PeerWorld,
): { namespaces: boolean; selectors: string[] } {
  let namespaces = false;
  const selectors = new Set<string>();
  for (const np of policies) {
    if (!appliesToIngress(np) || !pods.some((pod) => selectorMatches(np.spec?.podSelector ?? {}, pod.metadata.labels ?? {}))) continue;
    for (const p of (np.spec?.ingress ?? []).flatMap((r) => r.from ?? [])) {
      const reach = p.namespaceSelector ? peerReach(p, { ...w, policyNs: np.metadata.namespace ?? w.policyNs }) : undefined;
      if (reach?.state !== 'unknown') continue;
      if ('namespaces' in reach.need) namespaces = true;
      if ('pods' in reach.need) selectors.add(reach.need.pods);
    }
  }
  return { namespaces, selectors: [...selectors] };
}
