// explain -f: RBAC kinds are explained from manifests alone (aggregation computed from the files), and
// the Gateway API kinds from their specs, saying what needs the status a controller writes;
// kinds judged on live status refuse with exit 6. KUBECONFIG points nowhere: no cluster is asked.
import { describe, expect, it } from 'vitest';
import { runKx } from '../../support/binary.js';

const dir = new URL('../../fixtures/rbac/offline/', import.meta.url).pathname;

const kx = (...args: string[]) => runKx(args, { KUBECONFIG: '/nonexistent/kubeconfig' });

describe('explain -f (offline)', () => {
  it('an aggregated ClusterRole gets its rules from the components in the files, and names its binding', async () => {
    const r = await kx('explain', 'clusterrole/widget-viewer', '-f', dir, '-o', 'json', '--lang', 'en');
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.target).toMatchObject({ kind: 'ClusterRole', name: 'widget-viewer' });
    const text = JSON.stringify(e.findings);
    expect(text).toContain('widget-read');
    expect(text).toContain('auditors-see-widgets');
    expect(e.warnings[0]).toMatch(/^offline: read from .*no cluster was asked/);
  });

  it('a RoleBinding in the namespace given by -n resolves its Role from the files', async () => {
    const r = await kx('explain', 'rolebinding/deployer-reads-pods', '-n', 'shop', '-f', dir, '-o', 'json', '--lang', 'en');
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    const ref = e.findings.find((f: { title: string }) => f.title.startsWith('Role reference'));
    expect(ref.severity).toBe('ok');
    expect(ref.title).toContain('pod-reader');
  });

  it('a name not in the files: exit 4 with a close name', async () => {
    const r = await kx('explain', 'role/pod-readr', '-n', 'shop', '-f', dir);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('hint: did you mean role/pod-reader?');
  });

  it('a kind judged on live status: exit 6, one line, the cluster is not asked instead', async () => {
    const r = await kx('explain', 'deploy/web', '-f', dir);
    expect(r.code).toBe(6);
    expect(r.stderr.split('\n')[0]).toBe(
      'error: explain -f is not implemented for Deployment: its explanation judges the live status, which manifests do not carry',
    );
  });

  const gw = new URL('../../fixtures/gateway/offline.yaml', import.meta.url).pathname;

  it('Gateway API kinds from specs: what needs status is said, never claimed accepted; a spec-level break is named (en, ja)', async () => {
    const json = async (...args: string[]) => {
      const r = await kx('explain', ...args, '-f', gw, '-o', 'json');
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { verdict: { severity: string; text: string }; warnings: string[] };
    };
    const cls = await json('gatewayclass/edge', '--lang', 'en');
    expect(cls.verdict.text).toBe(
      "GatewayClass edge names controller example.com/gateway-controller; 1 Gateway in the files uses it (whether the controller accepted it is in the cluster's status, not in the files)",
    );
    expect(cls.verdict.text).not.toContain('is accepted');
    const gateway = await json('gateway/edge', '-n', 'infra', '--lang', 'en');
    expect(gateway.verdict.text).toMatch(
      /^Gateway edge: 1 listener, 0 routes in the files attach by their spec \(whether it is accepted and programmed/,
    );
    const route = await json('httproute/shop', '-n', 'shop', '--lang', 'en');
    expect(route.verdict.severity).toBe('error');
    expect(route.verdict.text).toContain('listener http does not allow routes from namespace shop');
    expect(route.verdict.text).toContain('set allowedRoutes.namespaces.from of listener http (gateway/edge) to All');
    const ja = await json('gatewayclass/edge', '--lang', 'ja');
    expect(ja.verdict.text).toContain('コントローラーが受理したかはクラスターの status にあり、ファイルからはわかりません');
    expect(ja.warnings[0]).toMatch(/^オフライン: .* から読みました。クラスターには問い合わせていません/);
  });
});
