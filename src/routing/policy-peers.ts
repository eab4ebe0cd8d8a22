// Whom a NetworkPolicy peer selects, with the API's semantics (networking/v1 NetworkPolicyPeer), one
// copy for `explain networkpolicy` and the trace: a podSelector alone means Pods of the policy's own
// namespace; a namespaceSelector alone every Pod of the namespaces it matches; both in one entry the
// Pods matching the podSelector in those namespaces; an empty selector ({}) matches all; matchExpressions
// follow metav1.LabelSelector (In, NotIn, Exists, DoesNotExist). An ipBlock names addresses, which no
// read can check. Pure: the caller says what it read; a peer whose answer needs more is 'unknown'.
import type { NetworkPolicyPeer } from '../model/routing.js';
import { isEmptySelector, selectorMatches, selectorString } from '../model/labels.js';

interface Labeled {
  metadata: { name?: string; namespace?: string; labels?: Record<string, string> };
}

/** What was read to judge peers; anything absent was not read (or not allowed). */
export interface PeerWorld {
  /** The policy's namespace. */
  policyNs: string;
  /** Every Pod of the policy's namespace. */
  namespacePods?: readonly Labeled[];
  /** Every namespace's labels, by name (kubernetes.io/metadata.name included). */
  namespaces?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Pods of every namespace that a podSelector (in its string form) matches. */
  podsMatching?: (selector: string) => readonly Labeled[] | undefined;
}

export type PeerReach =
  | { state: 'some' }
  /** ipBlock: addresses, not judged. */
  | { state: 'cidr' }
  /** Needs a read: the Pods of the policy's namespace, the namespaces, or the Pods matching `pods` in every namespace. */
  | { state: 'unknown'; need: { namespacePods: true } | { namespaces: true } | { pods: string } }
  /** podSelector alone: no Pod of the policy's namespace matches. */
  | { state: 'none'; why: 'own-ns' }
  /** namespaceSelector: no namespace matches. */
  | { state: 'none'; why: 'no-namespace' }
  /** Both: namespaces match (`namespaces`), and no Pod in them matches the podSelector. */
  | { state: 'none'; why: 'no-pod-there'; namespaces: string[] };

/** Whether any Pod can match this peer, as far as `w` tells. */
export function peerReach(p: NetworkPolicyPeer, w: PeerWorld): PeerReach {
  if (p.ipBlock) return { state: 'cidr' };
  if (!p.namespaceSelector) {
    if (!w.namespacePods) return { state: 'unknown', need: { namespacePods: true } };
    return w.namespacePods.some((pod) => selectorMatches(p.podSelector ?? {}, pod.metadata.labels ?? {}))
      ? { state: 'some' }
      : { state: 'none', why: 'own-ns' };
  }
  // {} matches every namespace: the policy's own is one, so some namespace always matches.
  const allNs = isEmptySelector(p.namespaceSelector);
  if (!allNs && !w.namespaces) return { state: 'unknown', need: { namespaces: true } };
  const matched = allNs
    ? undefined
    : Object.entries(w.namespaces!)
        .filter(([, labels]) => selectorMatches(p.namespaceSelector, labels))
        .map(([name]) => name);
  if (matched?.length === 0) return { state: 'none', why: 'no-namespace' };
  if (isEmptySelector(p.podSelector)) return { state: 'some' };
  const inMatched = (pod: Labeled) => !matched || matched.includes(pod.metadata.namespace ?? '');
  const sel = selectorString(p.podSelector);
  const here = w.namespacePods?.some((pod) => selectorMatches(p.podSelector, pod.metadata.labels ?? {}));
  if (here && (!matched || matched.includes(w.policyNs))) return { state: 'some' };
  const pods = w.podsMatching?.(sel);
  if (!pods) return { state: 'unknown', need: { pods: sel } };
  return pods.some((pod) => inMatched(pod) && selectorMatches(p.podSelector, pod.metadata.labels ?? {}))
    ? { state: 'some' }
    : { state: 'none', why: 'no-pod-there', namespaces: matched ?? [] };
}

/** The namespaces where Pods matching a peer's podSelector run, other than `except` (read by `podsMatching`). */
export function podNamespaces(p: NetworkPolicyPeer, w: PeerWorld, except: readonly string[]): string[] | undefined {
  const pods = w.podsMatching?.(selectorString(p.podSelector));
  return pods && [...new Set(pods.map((x) => x.metadata.namespace ?? '').filter((n) => n && !except.includes(n)))].sort();
}

/**
 * Namespaces a namespaceSelector that matches none was probably meant for: those whose name is one of
 * its matchLabels values (`name: web` on a namespace web that lacks that label: only
 * kubernetes.io/metadata.name is set on every namespace).
 */
export function namespacesNamed(p: NetworkPolicyPeer, w: PeerWorld): { ns: string; key: string }[] {
  const out: { ns: string; key: string }[] = [];
  for (const [key, value] of Object.entries(p.namespaceSelector?.matchLabels ?? {}))
    if (key !== 'kubernetes.io/metadata.name' && w.namespaces?.[value]) out.push({ ns: value, key });
  return out;
}
