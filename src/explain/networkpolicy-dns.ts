// DNS in `explain networkpolicy`: whether the Pods a policy selects for Egress can still reach
// kube-dns, judged on the union of every policy of the namespace that selects them for Egress
// (src/routing/policy-dns.ts podDns): a policy that forgets DNS blocks nothing when another allows it.
// When the namespace's policies cannot be read, only this policy's own rules are judged, and said so.
// Pure.
import { finding, type FindingModel } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { RoutedPod } from '../model/routing.js';
import { dnsEgress, podDns, policyTypes, type DnsPolicy, type DnsUnknown, type PodDns } from '../routing/policy-dns.js';
import type { PeerWorld } from '../routing/policy-peers.js';
import { m } from './kind-parts.js';

type EgressRules = Parameters<typeof dnsEgress>[0];

/** The namespace's policies with the target among them (as read by `get`), or undefined when they could not be listed. */
export function withTarget(target: DnsPolicy, listed: readonly DnsPolicy[] | undefined): readonly DnsPolicy[] | undefined {
  if (!listed) return undefined;
  const name = target.metadata?.name;
  return [...listed.filter((x) => x.metadata?.name !== name), target];
}

/** Each selected Pod's DNS through every policy selecting it (undefined when the policies were not read). */
export function selectedDns(
  selected: readonly RoutedPod[],
  policies: readonly DnsPolicy[] | undefined,
  w: PeerWorld,
): PodDns[] | undefined {
  return policies && selected.map((x) => podDns(x.metadata.labels ?? {}, policies, w));
}

const names = (xs: readonly string[]) => [...new Set(xs)].sort().join(', ');

const WHY: Record<DnsUnknown, () => Message> = {
  ipblock: () => m['np.dns.why.ipblock'](),
  namespaces: () => m['np.dns.why.namespaces'](),
  'pod-labels': () => m['np.dns.why.pod-labels'](),
};

/** DNS findings of a policy that selects Pods for Egress, and a verdict when the union blocks it. */
export function dnsParts(
  p: DnsPolicy,
  count: number,
  union: readonly PodDns[] | undefined,
  w: PeerWorld,
  denyOut: boolean,
): { findings: FindingModel[]; verdict?: Message } {
  const name = p.metadata?.name ?? '';
  if (!policyTypes(p).includes('Egress') || !count) return { findings: [] };
  const fix = m['np.dns.fix']();
  if (!union) {
    // The other policies could not be read: this policy's own rules only, said as such. A default deny says DNS in its verdict.
    if (denyOut || dnsEgress((p.spec?.egress ?? []) as EgressRules, w).udp !== 'no') return { findings: [] };
    return {
      findings: [finding('egress.dns', 'dns.resolution', 'warning', m['np.dns.alone'](), [m['np.dns.detail'](), fix])],
      verdict: m['np.verdict.dns.alone']({ name, count, fix }),
    };
  }
  const blocked = union.filter((x) => x.udp === 'no');
  if (blocked.length) {
    const policies = names(blocked.flatMap((x) => x.isolating));
    return {
      findings: [finding('egress.dns', 'dns.resolution', 'warning', m['np.dns.blocked']({ policies }), [m['np.dns.detail'](), fix])],
      verdict: m['np.verdict.dns']({ name, count: blocked.length, policies, fix }),
    };
  }
  const unknown = union.find((x) => x.udp === 'unknown');
  if (unknown)
    return {
      findings: [
        finding('egress.dns', 'dns.resolution', 'info', m['np.dns.unknown']({ policies: names(unknown.isolating) }), [
          WHY[unknown.unknown ?? 'ipblock'](),
        ]),
      ],
    };
  const out: FindingModel[] = [];
  const others = union.flatMap((x) => x.allowedBy);
  if (!others.includes(name))
    out.push(finding('egress.dns', 'dns.resolution', 'info', m['np.dns.allowed-by']({ policies: names(others) })));
  if (union.some((x) => x.tcp === 'no')) out.push(finding('egress.dns.tcp', 'dns.resolution', 'info', m['np.dns.no-tcp']()));
  return { findings: out };
}
