// A NetworkPolicy peer that names Pods by podSelector alone means Pods of the policy's own namespace.
// Produced on the sandbox (tests/fixtures/netpol-peers/lab.yaml): allow-frontend admits app=frontend,
// which runs in rtlab-web, not in the policy's namespace rtlab-np. Through the real read plan.
import { describe, expect, it } from 'vitest';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';

describe('explain networkpolicy: a peer that selects no Pod of its namespace', () => {
  it('names the rule, the namespace where those Pods run and the namespaceSelector to add in the same entry (en, ja)', async () => {
    const { e, requests } = await explainFixture('netpol-peers', 'NetworkPolicy', 'allow-frontend', 'rtlab-np');
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain(
      'NetworkPolicy allow-frontend admits Pods matching app=frontend of namespace rtlab-np only, and none runs there',
    );
    expect(e.verdict.text).toContain(
      'add namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: rtlab-web}} to the same entry as the podSelector',
    );
    const f = e.findings.find((x) => x.id === 'ingress.0.nopods')!;
    expect(f.concept).toBe('networkpolicy.peer');
    expect(f.detail).toContain('Pods matching app=frontend run in namespace rtlab-web.');
    expect(f.detail).toContain("selects Pods of the policy's own namespace (rtlab-np) only");
    // The policy, its namespace's Pods, Services, events and NetworkPolicies; then app=frontend in every namespace.
    expect(requests).toBe(6);
    const ja = (await explainFixture('netpol-peers', 'NetworkPolicy', 'allow-frontend', 'rtlab-np', 'ja')).e;
    expect(ja.verdict.text).toContain('Namespace rtlab-np の app=frontend の Pod だけですが、そこにはそのような Pod がありません');
    expect(ja.verdict.text).toContain(
      'podSelector と同じ要素に namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: rtlab-web}} を加えてください',
    );
  });

  it('with a frontend Pod in its own namespace the rule admits it: no warning; a default deny keeps its own verdict', async () => {
    const objects = fixtureObjects('netpol-peers');
    const moved = objects.map((o) =>
      o.kind === 'Pod' && o.metadata?.namespace === 'rtlab-web' ? { ...o, metadata: { ...o.metadata, namespace: 'rtlab-np' } } : o,
    );
    const { e } = await explainObjects(moved, 'NetworkPolicy', 'allow-frontend', 'rtlab-np');
    expect(e.verdict.severity).toBe('info');
    expect(e.findings.some((f) => f.id.endsWith('.nopods'))).toBe(false);
    const deny = (await explainFixture('netpol-peers', 'NetworkPolicy', 'default-deny', 'rtlab-np')).e;
    expect(deny.verdict.text).toContain('cuts all traffic in and out of 1 Pods, DNS included');
  });
});
