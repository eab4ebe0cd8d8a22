// Pods whose required pod affinity no running Pod satisfies (tests/fixtures/pod-affinity, capture.sh): the
// real scheduler says only "didn't match pod affinity rules"; the verdict names the terms, the command that
// shows where such Pods run, and, for a term without namespaces, that it looks in the Pod's namespace only
// (the cache runs in another one). en and ja, through the Pod's real read plan.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';

const NS = 'kx-paff';
const explain = async (name: string, lang: 'en' | 'ja' = 'en') => (await explainFixture('pod-affinity', 'Pod', name, NS, lang)).e;

describe('required pod affinity with no Pod to join', () => {
  it('a term without namespaces: its selector, the where-do-they-run command, and the namespace it looks in', async () => {
    const e = await explain('web');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(
      "the Pod's required pod affinity (app=cache @ kubernetes.io/hostname) needs a running Pod with those labels",
    );
    expect(e.verdict.text).toContain('a term without namespaces or namespaceSelector looks in namespace kx-paff only');
    expect(e.verdict.text).toContain('kubectl get pods -A -l app=cache -o wide');
    expect(e.findings[0]!.concept).toBe('scheduling.pod-affinity');
    // The tainted node is not where the Pod may go; the affinity is what blocks the other 3.
    expect(e.verdict.text).toContain('no such Pod runs in the domain of any of the 3 node(s)');
    const ja = await explain('web', 'ja');
    expect(ja.verdict.text).toContain('Pod の必須 pod affinity (app=cache @ kubernetes.io/hostname)');
    expect(ja.verdict.text).toContain('Namespace kx-paff の Pod だけを探します');
    expect(ja.verdict.text).toContain('kubectl get pods -A -l app=cache -o wide');
  });

  it('a term with namespaces and a set-based selector: no own-namespace note, the selector quoted for the shell', async () => {
    const e = await explain('reports');
    expect(e.verdict.text).toContain('(tier In (search,index) @ topology.kubernetes.io/zone)');
    expect(e.verdict.text).toContain("kubectl get pods -A -l 'tier in (search,index)' -o wide");
    expect(e.verdict.text).not.toContain('looks in namespace');
    expect((await explain('reports', 'ja')).verdict.text).not.toContain('だけを探します');
  });
});
