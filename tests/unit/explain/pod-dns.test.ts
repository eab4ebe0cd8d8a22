// explain pod names blocked DNS as a possible root cause of a failing Pod, on objects captured from the
// sandbox (tests/fixtures/netpol-dns/lab.yaml): web crash-loops (kwok stage simulate=crashloop) in a
// namespace with default-deny, allow-dns and web-to-db; db is Ready. Through the real read plan.
import { describe, expect, it } from 'vitest';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { citedSection as cited } from '../../support/handbook.js';
import { causeFinding } from '../../../src/check/group.js';

const NS = 'rtdns';
const objects = fixtureObjects('netpol-dns');
const withoutAllowDns = objects.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata?.name === 'allow-dns'));

describe('explain pod: DNS blocked by NetworkPolicies, as a possible cause', () => {
  it('crash-looping web with allow-dns in place: the policies are read, and nothing is said about DNS', async () => {
    const { e, requests } = await explainFixture('netpol-dns', 'Pod', 'web', NS);
    expect(e.verdict.text).toContain('CrashLoopBackOff');
    expect(e.findings.find((f) => f.concept === 'dns.resolution')).toBeUndefined();
    // The Pod, its events, Services, EndpointSlices and Node; then the namespace's NetworkPolicies.
    expect(requests).toBe(6);
  });

  it('allow-dns deleted: a warning naming the policies, what blocked DNS looks like and the rule to add; the verdict stays the crash loop (en, ja)', async () => {
    const { e } = await explainObjects(withoutAllowDns, 'Pod', 'web', NS);
    expect(e.verdict.text).toContain('CrashLoopBackOff: container web exited with code 1');
    const f = e.findings.find((x) => x.id === 'pod.dns.blocked')!;
    expect(f).toMatchObject({ severity: 'warning', concept: 'dns.resolution' });
    expect(f.title).toBe(
      "DNS is blocked: this Pod's egress is limited by NetworkPolicy default-deny, web-to-db, and none of them allows 53/UDP to kube-dns — a possible cause of the failure",
    );
    expect(f.detail).toContain('Service names included');
    expect(f.detail).toContain('an unknown host or a timeout rather than a refused connection');
    expect(f.detail).toContain('kubectl logs web --previous');
    expect(f.detail).toContain('podSelector: {matchLabels: {k8s-app: kube-dns}}}] on ports 53/UDP and 53/TCP');
    expect(await cited(f, 'en')).toBe('DNS resolution failure');
    const ja = (await explainObjects(withoutAllowDns, 'Pod', 'web', NS, 'ja')).e;
    const fj = ja.findings.find((x) => x.id === 'pod.dns.blocked')!;
    expect(fj.title).toBe(
      'DNS が遮断されています: この Pod の Egress は NetworkPolicy default-deny, web-to-db が制限しており、どれも kube-dns への 53/UDP を許していません — 失敗の原因かもしれません',
    );
    expect(fj.detail).toContain('接続の拒否ではなく');
    expect(fj.detail).toContain('ポートは 53/UDP と 53/TCP');
    expect(await cited(fj, 'ja')).toBe('名前解決の失敗');
  });

  it('db Running but not Ready: the finding too, and check still takes the cause from the Pod conditions, not from it', async () => {
    const notReady = withoutAllowDns.map((o) => {
      if (o.kind !== 'Pod' || o.metadata?.name !== 'db') return o;
      const status = o.status as { conditions: { type: string; status: string }[]; containerStatuses: { ready: boolean }[] };
      return {
        ...o,
        status: {
          ...status,
          conditions: status.conditions.map((c) => (c.type === 'Ready' || c.type === 'ContainersReady' ? { ...c, status: 'False' } : c)),
          containerStatuses: status.containerStatuses.map((c) => ({ ...c, ready: false })),
        },
      };
    });
    const { e } = await explainObjects(notReady, 'Pod', 'db', NS);
    expect(e.verdict.severity).toBe('warning');
    expect(e.findings.find((x) => x.id === 'pod.dns.blocked')?.title).toContain(
      "this Pod's egress is limited by NetworkPolicy default-deny,",
    );
    expect(causeFinding(e)?.concept).not.toBe('dns.resolution');
  });

  it('a crash-looping Pod of a ReplicaSet that takes env from a ConfigMap and a Secret still reads the policies (the Node is what the budget leaves out)', async () => {
    const fuller = withoutAllowDns.map((o) => {
      if (o.kind !== 'Pod' || o.metadata?.name !== 'web') return o;
      const spec = o.spec as { containers: Record<string, unknown>[] };
      const envFrom = [{ configMapRef: { name: 'web-config' } }, { secretRef: { name: 'web-secret' } }];
      const owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d9c7b', uid: 'b1f0c2d4', controller: true };
      return {
        ...o,
        metadata: { ...o.metadata, ownerReferences: [owner] },
        spec: { ...spec, containers: spec.containers.map((c) => ({ ...c, envFrom })) },
      };
    });
    const { e, requests } = await explainObjects(fuller, 'Pod', 'web', NS);
    expect(e.findings.find((x) => x.id === 'pod.dns.blocked')?.title).toContain('NetworkPolicy default-deny, web-to-db');
    // The Pod; its events, Services, EndpointSlices, ReplicaSet, ConfigMaps, Secrets and NetworkPolicies.
    expect(requests).toBe(8);
  });

  it('DNS allowed to an ipBlock only: not known, so nothing is added', async () => {
    const objs = objects.map((o) =>
      o.kind === 'NetworkPolicy' && o.metadata?.name === 'allow-dns'
        ? { ...o, spec: { ...(o.spec as object), egress: [{ to: [{ ipBlock: { cidr: '10.96.0.10/32' } }] }] } }
        : o,
    );
    const { e } = await explainObjects(objs, 'Pod', 'web', NS);
    expect(e.findings.find((f) => f.concept === 'dns.resolution')).toBeUndefined();
  });

  it('a Ready Pod does not read the NetworkPolicies, even when DNS is blocked for it', async () => {
    const { e, requests } = await explainObjects(withoutAllowDns, 'Pod', 'db', NS);
    expect(e.verdict.severity).toBe('ok');
    expect(e.findings.find((f) => f.concept === 'dns.resolution')).toBeUndefined();
    // The Pod, its events, Services and EndpointSlices (a Ready Pod's Node says nothing new).
    expect(requests).toBe(4);
  });

  it('a Ready Pod whose init container failed twice before it completed is not failing: no read, nothing said', async () => {
    // As the kubelet reports it: the init container terminated with exit 0 after two restarts, never ready.
    const retried = withoutAllowDns.map((o) => {
      if (o.kind !== 'Pod' || o.metadata?.name !== 'db') return o;
      const init = { name: 'wait-for-config', image: 'busybox:1.37', ready: false, restartCount: 2, started: false };
      const state = {
        terminated: { exitCode: 0, reason: 'Completed', startedAt: '2026-12-01T04:10:00Z', finishedAt: '2026-12-01T04:10:05Z' },
      };
      return { ...o, status: { ...(o.status as object), initContainerStatuses: [{ ...init, state }] } };
    });
    const { e, requests } = await explainObjects(retried, 'Pod', 'db', NS);
    expect(e.findings.find((f) => f.concept === 'dns.resolution')).toBeUndefined();
    expect(requests).toBe(4);
  });

  it('NetworkPolicies not listable: the usual forbidden warning, and no claim about DNS', async () => {
    const { e } = await explainObjects(withoutAllowDns, 'Pod', 'web', NS, 'en', ['NetworkPolicy']);
    expect(e.findings.find((f) => f.concept === 'dns.resolution')).toBeUndefined();
    expect(e.warnings.join('\n')).toMatch(/list.*networkpolicies/);
  });
});
