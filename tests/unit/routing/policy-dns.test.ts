// DNS for a Pod judged on the union of the NetworkPolicies of its namespace (src/routing/policy-dns.ts
// podDns), on objects captured from the sandbox (tests/fixtures/netpol-dns/lab.yaml): default-deny and
// allow-dns select every Pod of rtdns, web-to-db selects app=web and allows app=db on 5432 only.
import { describe, expect, it } from 'vitest';
import { fixtureObjects } from '../../support/fixture-reader.js';
import { podDns, type DnsPolicy } from '../../../src/routing/policy-dns.js';
import type { KubeObject } from '../../../src/cluster/reader.js';

const objects = fixtureObjects('netpol-dns');
const policies = objects.filter((o) => o.kind === 'NetworkPolicy') as (KubeObject & DnsPolicy)[];
const labels = (pod: string) =>
  objects.find((o) => o.kind === 'Pod' && o.metadata?.name === pod)!.metadata!.labels as Record<string, string>;
const without = (name: string) => policies.filter((p) => p.metadata?.name !== name);
const w = { policyNs: 'rtdns' };

describe('podDns: what every policy selecting a Pod for Egress allows, together', () => {
  it('allow-dns allows 53/UDP and 53/TCP to kube-dns for web, whatever web-to-db and default-deny forget', () => {
    expect(podDns(labels('web'), policies, w)).toEqual({
      isolating: ['allow-dns', 'default-deny', 'web-to-db'],
      udp: 'yes',
      tcp: 'yes',
      allowedBy: ['allow-dns'],
    });
  });

  it('without allow-dns, no policy allows it: blocked, with the policies that isolate the Pod', () => {
    expect(podDns(labels('web'), without('allow-dns'), w)).toMatchObject({
      isolating: ['default-deny', 'web-to-db'],
      udp: 'no',
      tcp: 'no',
    });
    expect(podDns(labels('db'), without('allow-dns'), w)).toMatchObject({ isolating: ['default-deny'], udp: 'no' });
  });

  it('a Pod no policy selects for Egress is not limited; an Ingress-only policy does not isolate egress', () => {
    const ingressOnly = policies.map((p) =>
      p.metadata?.name === 'default-deny' ? { ...p, spec: { ...p.spec, policyTypes: ['Ingress'] } } : p,
    );
    expect(
      podDns(
        labels('db'),
        ingressOnly.filter((p) => p.metadata?.name !== 'allow-dns'),
        w,
      ),
    ).toEqual({
      isolating: [],
      udp: 'yes',
      tcp: 'yes',
      allowedBy: [],
    });
  });

  it('unknown stays unknown, with why: an ipBlock, a namespace label not read, other Pod labels', () => {
    const dns = policies.find((p) => p.metadata?.name === 'allow-dns')!;
    const peerAs = (to: unknown[]) => [
      ...without('allow-dns'),
      { ...dns, spec: { ...dns.spec, egress: [{ ...(dns.spec!.egress![0] as object), to }] } },
    ];
    expect(podDns(labels('web'), peerAs([{ ipBlock: { cidr: '10.96.0.10/32' } }]), w)).toMatchObject({
      udp: 'unknown',
      unknown: 'ipblock',
    });
    const byTeam = [{ namespaceSelector: { matchLabels: { team: 'platform' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }];
    expect(podDns(labels('web'), peerAs(byTeam), w)).toMatchObject({ udp: 'unknown', unknown: 'namespaces' });
    // Read, kube-system lacks team=platform: the rule reaches no DNS.
    expect(
      podDns(labels('web'), peerAs(byTeam), { ...w, namespaces: { 'kube-system': { 'kubernetes.io/metadata.name': 'kube-system' } } }).udp,
    ).toBe('no');
    const coredns = [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'coredns' } } }];
    expect(podDns(labels('web'), peerAs(coredns), w)).toMatchObject({ udp: 'unknown', unknown: 'pod-labels' });
  });
});
