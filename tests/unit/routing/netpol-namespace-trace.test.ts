// trace service/X through a NetworkPolicy whose only source is a namespaceSelector no namespace matches,
// on objects captured from the sandbox (tests/fixtures/netpol-selectors/lab.yaml): the namespaces' labels
// are read (one list) only when a policy selecting the Pods admits by a namespaceSelector, and the
// peers are judged by the function `explain networkpolicy` uses (src/routing/policy-peers.ts).
import { describe, expect, it } from 'vitest';
import { FixtureReader, fixtureObjects } from '../../support/fixture-reader.js';
import { traceLive } from '../../../commands/routing-run.js';
import type { KubeObject, ListOptions } from '../../../src/cluster/reader.js';

const NS = 'rtnp3-api';
const all = fixtureObjects('netpol-selectors');
/** The captured objects with only these NetworkPolicies. */
const only = (...names: string[]) => all.filter((o) => o.kind !== 'NetworkPolicy' || names.includes(o.metadata?.name ?? ''));

class Recording extends FixtureReader {
  calls: string[] = [];
  override list(kind: string, opts?: ListOptions) {
    this.calls.push(`list ${kind} ${opts?.namespace ?? '*'}`);
    return super.list(kind, opts);
  }
}
const trace = async (objects: readonly KubeObject[], lang: 'en' | 'ja' = 'en') => {
  const reader = new Recording(objects, NS);
  const t = await traceLive(reader, 'service/api', NS, lang);
  return { t, requests: reader.requestCount, calls: reader.calls };
};

describe('trace through a NetworkPolicy that admits by namespaceSelector', () => {
  it('no namespace carries name=rtnp3-web: broken at the policy, with kubernetes.io/metadata.name as the way out (en, ja)', async () => {
    const { t, requests, calls } = await trace(only('from-ns-name'));
    expect(t.verdict.severity).toBe('error');
    expect(t.verdict.text).toContain('pods → networkpolicy/from-ns-name');
    expect(t.verdict.text).toContain(
      'NetworkPolicy from-ns-name admits 8080/TCP from the namespaces matching name=rtnp3-web, and no namespace has those labels',
    );
    expect(t.verdict.text).toContain("select the clients' namespace by kubernetes.io/metadata.name");
    expect(t.hops.find((h) => h.status === 'broken')!.finding.concept).toBe('networkpolicy.peer');
    // The Service, its slices, its Pods, the policies; then the namespaces: 4 before.
    expect(calls).toContain('list Namespace *');
    expect(requests).toBe(5);
    const ja = (await trace(only('from-ns-name'), 'ja')).t;
    expect(ja.verdict.text).toContain(
      'NetworkPolicy from-ns-name は 8080/TCP を name=rtnp3-web に合う名前空間から許可していますが、そのラベルを持つ名前空間がありません',
    );
    expect(ja.verdict.text).toContain('kubernetes.io/metadata.name で選ぶか');
  });

  it('namespaceSelector + podSelector in one entry, no Pod there matches: broken, naming both selectors (en, ja)', async () => {
    const { t, requests, calls } = await trace(only('from-ns-pods'));
    expect(t.verdict.severity).toBe('error');
    expect(t.verdict.text).toContain(
      'NetworkPolicy from-ns-pods admits 8080/TCP from Pods matching tier in (be) in the namespaces matching team=web, and none runs there',
    );
    expect(t.verdict.text).toContain('kubectl get pods -n rtnp3-web --show-labels');
    // + the namespaces, then the Pods matching tier in (be) in every namespace (a third round).
    expect(calls.filter((c) => c === 'list Pod *')).toHaveLength(1);
    expect(requests).toBe(6);
    const ja = (await trace(only('from-ns-pods'), 'ja')).t;
    expect(ja.verdict.text).toContain(
      'team=web に合う名前空間の tier in (be) に合う Pod から許可していますが、そこにはそのような Pod がありません',
    );
  });

  it('beside sources that do admit (the captured policies together): a warning, not broken', async () => {
    const { t } = await trace(all);
    expect(t.verdict.severity).toBe('warning');
    expect(t.hops.find((h) => h.to.startsWith('networkpolicy/'))!.status).toBe('warning');
  });

  it('a namespace that matches, or a namespaceSelector {} (every namespace): nothing said dead; {} reads no namespace', async () => {
    const working = await trace(only('from-working'));
    expect(working.t.verdict.severity).toBe('info');
    expect(working.t.verdict.text).toContain('only from the sources admitted on 8080/TCP by NetworkPolicy from-working');
    const open = all.map((o) =>
      o.kind === 'NetworkPolicy' && o.metadata?.name === 'from-ns-name'
        ? { ...o, spec: { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ from: [{ namespaceSelector: {} }] }] } }
        : o,
    );
    const { t, calls } = await trace(open.filter((o) => o.kind !== 'NetworkPolicy' || o.metadata?.name === 'from-ns-name'));
    expect(t.verdict.severity).toBe('info');
    expect(calls).not.toContain('list Namespace *');
  });
});
