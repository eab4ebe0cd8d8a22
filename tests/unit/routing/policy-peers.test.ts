// Whom a NetworkPolicy peer selects (src/routing/policy-peers.ts), the one judgement `explain
// networkpolicy` and the trace share, on objects captured from the sandbox (tests/fixtures/netpol-selectors/lab.yaml):
// api runs in rtnp3-api, frontend (app=frontend, tier=fe) in rtnp3-web (labelled team=web).
import { describe, expect, it } from 'vitest';
import { fixtureObjects } from '../../support/fixture-reader.js';
import { peerReach, type PeerWorld } from '../../../src/routing/policy-peers.js';
import { deadPeers } from '../../../src/routing/network-policy.js';
import { dnsEgress } from '../../../src/routing/policy-dns.js';
import { namespaceLabelsOf } from '../../../src/model/labels.js';
import { requirementsMatch, parseSelector } from '../../../src/model/labels.js';
import type { NetworkPolicy, NetworkPolicyPeer } from '../../../src/model/routing.js';
import type { KubeObject } from '../../../src/cluster/reader.js';

const objects = fixtureObjects('netpol-selectors');
type Pod = { metadata: { name: string; namespace: string; labels?: Record<string, string> } };
const pods = objects.filter((o) => o.kind === 'Pod') as unknown as Pod[];
const world: PeerWorld = {
  policyNs: 'rtnp3-api',
  namespacePods: pods.filter((p) => p.metadata.namespace === 'rtnp3-api'),
  namespaces: Object.fromEntries(objects.filter((o) => o.kind === 'Namespace').map((n) => [n.metadata!.name!, namespaceLabelsOf(n)])),
  // As the API server answers a labelSelector list across namespaces.
  podsMatching: (sel) => pods.filter((p) => requirementsMatch(parseSelector(sel)!, p.metadata.labels ?? {})),
};
const policy = (name: string) =>
  objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata?.name === name) as unknown as NetworkPolicy & KubeObject;
const peers = (name: string, dir: 'ingress' | 'egress' = 'ingress'): NetworkPolicyPeer[] =>
  ((policy(name).spec as Record<string, { from?: NetworkPolicyPeer[]; to?: NetworkPolicyPeer[] }[]>)[dir] ?? []).flatMap(
    (r) => r.from ?? r.to ?? [],
  );

describe('peerReach: full selectors, as the API defines NetworkPolicyPeer', () => {
  it('a namespaceSelector alone on a label no namespace carries matches no namespace (egress to DNS too)', () => {
    expect(peerReach(peers('from-ns-name')[0]!, world)).toEqual({ state: 'none', why: 'no-namespace' });
    expect(peerReach(peers('dns-egress', 'egress')[0]!, world)).toEqual({ state: 'none', why: 'no-namespace' });
  });
  it('namespaceSelector + podSelector in one entry: the namespace matches and no Pod there is tier in (be)', () => {
    expect(peerReach(peers('from-ns-pods')[0]!, world)).toEqual({ state: 'none', why: 'no-pod-there', namespaces: ['rtnp3-web'] });
  });
  it('matchExpressions In, NotIn, Exists, DoesNotExist on a podSelector alone: Pods of the own namespace only', () => {
    expect(peers('from-expressions').map((p) => peerReach(p, world))).toEqual(Array(4).fill({ state: 'none', why: 'own-ns' }));
    // The same expressions in every namespace: frontend has app=frontend, app notin (api) and tier.
    const anyNs = (p: NetworkPolicyPeer) => peerReach({ ...p, namespaceSelector: {} }, world).state;
    expect(peers('from-expressions').map(anyNs)).toEqual(['some', 'some', 'some', 'none']);
  });
  it('what works: both selectors matching, empty selectors meaning all, an ipBlock left alone', () => {
    expect(peers('from-working').map((p) => peerReach(p, world).state)).toEqual(['some', 'some', 'some', 'cidr']);
  });
  it('says what it would need to read rather than guess', () => {
    const bare: PeerWorld = { policyNs: 'rtnp3-api' };
    expect(peerReach(peers('from-ns-name')[0]!, bare)).toEqual({ state: 'unknown', need: { namespaces: true } });
    expect(peerReach(peers('from-expressions')[0]!, bare)).toEqual({ state: 'unknown', need: { namespacePods: true } });
    const { podsMatching: _, ...noPods } = world;
    expect(peerReach(peers('from-ns-pods')[0]!, noPods)).toEqual({ state: 'unknown', need: { pods: 'tier in (be)' } });
    // A namespaceSelector {} needs no read: the policy's own namespace is one.
    expect(peerReach({ namespaceSelector: {} }, bare)).toEqual({ state: 'some' });
  });
  it("the trace judges a verdict's peers with the same function (the namespaces unread: only own-namespace peers are dead)", () => {
    const v = { policy: 'x', admission: 'some' as const, sources: [], peers: [...peers('from-expressions'), ...peers('from-ns-name')] };
    expect(deadPeers(v, { policyNs: 'rtnp3-api', namespacePods: world.namespacePods! }).map((d) => d.peer)).toEqual(
      peers('from-expressions'),
    );
    expect(deadPeers(v, world).map((d) => d.why)).toEqual(['own-ns', 'own-ns', 'own-ns', 'own-ns', 'no-namespace']);
  });
});

describe('dnsEgress: whether egress rules reach kube-dns on 53', () => {
  const egress = (name: string) => (policy(name).spec as { egress: Parameters<typeof dnsEgress>[0] }).egress;
  it('on the captured policies: none, UDP only, and a namespace label kube-system lacks', () => {
    expect(dnsEgress(egress('egress-web-only'), world)).toEqual({ udp: 'no', tcp: 'no' });
    expect(dnsEgress(egress('egress-web-dns-udp'), world)).toEqual({ udp: 'yes', tcp: 'no' });
    expect(dnsEgress(egress('dns-egress'), world)).toEqual({ udp: 'no', tcp: 'no' });
  });
  it('no to (anywhere), the port by its name, an ipBlock (unknown: the cluster IP or the Pods may be in it), unread namespaces', () => {
    expect(dnsEgress([{ ports: [{ port: 53, protocol: 'UDP' }] }], world).udp).toBe('yes');
    expect(dnsEgress([{ to: [{ namespaceSelector: {} }], ports: [{ port: 'dns', protocol: 'UDP' }] }], world).udp).toBe('yes');
    expect(dnsEgress([{ to: [{ ipBlock: { cidr: '10.96.0.0/12' } }] }], world).udp).toBe('unknown');
    expect(dnsEgress(egress('dns-egress'), { policyNs: 'rtnp3-api' }).udp).toBe('unknown');
    // A podSelector alone in kube-system itself is its own namespace.
    expect(dnsEgress([{ to: [{ podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }] }], { policyNs: 'kube-system' }).udp).toBe('yes');
  });
});
