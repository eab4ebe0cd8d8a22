// A failing Pod whose DNS the NetworkPolicies of its namespace block: every name lookup times out,
// which an application often reports by crashing or failing its readiness probe. Only a failing Pod
// pays for the read (one list, with its other reads: src/explain/pod.ts podReads), and what is found
// is a finding, not the verdict: nothing here can tell that the failure comes from it. Pure.
import { finding, type FindingModel } from '../model/finding.js';
import { builders } from '../model/message.js';
import type { Pod } from '../model/pod.js';
import { listOf, type Snapshot } from '../model/read-plan.js';
import type { Messages } from '../i18n/messages/index.js';
import { podDns, type DnsPolicy } from '../routing/policy-dns.js';
import { m } from './kind-parts.js';

const t = builders<Messages>('pod');

/**
 * Crash-looping, restarting, or Running but not Ready: the states a blocked DNS produces. An init
 * container that completed (exit 0) is never ready, and its earlier retries are over: not failing.
 */
export function failing(pod: Pod): boolean {
  if (pod.metadata.deletionTimestamp) return false;
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const restarting = (s: (typeof statuses)[number]) => s.restartCount > 0 && !s.ready && s.state?.terminated?.exitCode !== 0;
  if (statuses.some((s) => s.state?.waiting?.reason === 'CrashLoopBackOff' || restarting(s))) return true;
  return pod.status?.phase === 'Running' && !pod.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
}

/** A warning when every policy selecting the Pod for Egress together allows no 53/UDP to kube-dns. */
export function dnsBlocked(snap: Snapshot): FindingModel[] {
  const pod = snap.object as unknown as Pod;
  const policies = listOf<DnsPolicy>(snap, 'networkPolicies');
  if (!policies) return [];
  // Namespaces are not read here: a rule that needs their labels leaves DNS unknown, and unknown says nothing.
  const dns = podDns(pod.metadata.labels ?? {}, policies, { policyNs: pod.metadata.namespace ?? '' });
  if (dns.udp !== 'no') return [];
  return [
    finding('pod.dns.blocked', 'dns.resolution', 'warning', t['netpol.dns.blocked']({ policies: dns.isolating.sort().join(', ') }), [
      m['np.dns.detail'](),
      t['netpol.dns.cause']({ pod: pod.metadata.name }),
      // Last: check shows this line as the problem's fix (src/check/group.ts).
      m['np.dns.fix'](),
    ]),
  ];
}
