// who-can, can and access on RBAC manifests (-f DIR), no cluster: the built binary with a kubeconfig that
// does not exist, so any attempt to connect would fail. Answers come from tests/fixtures/rbac/offline/ and
// say "not verified (offline)"; the aggregated ClusterRole is computed from its component.
import { describe, expect, it } from 'vitest';
import type { AccessCheck, AccessMatrix, WhoCan } from '../../../src/model/rbac.js';
import { runKx } from '../../support/binary.js';

const dir = new URL('../../fixtures/rbac/offline/', import.meta.url).pathname;

const kx = (...args: string[]) => runKx([...args, '-f', dir], { KUBECONFIG: '/nonexistent/kubeconfig' });

describe('offline RBAC (-f)', () => {
  it('can: allowed through the RoleBinding in the manifests (exit 0), authorizer null', async () => {
    const r = await kx('can', 'sa:shop/deployer', 'get', 'pods/log', '-n', 'shop', '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as AccessCheck;
    expect(c).toMatchObject({ allowed: true, authorizer: null, agreement: 'unverified', offline: true });
    expect(c.grants[0]).toMatchObject({
      binding: { kind: 'RoleBinding', name: 'deployer-reads-pods', namespace: 'shop' },
      role: { kind: 'Role', name: 'pod-reader' },
    });
    expect(c.warnings).toContain('not verified (offline): read from manifests, no cluster was asked');
  });

  it('can: denied in another namespace (exit 1) with the near miss naming where it would work', async () => {
    const r = await kx('can', 'sa:shop/deployer', 'get', 'pods/log', '-n', 'default');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^no — /);
    expect(r.stdout).toMatch(/near miss other-namespace: RoleBinding shop\/deployer-reads-pods .* only in namespace shop/);
    expect(r.stdout).toContain('authorizer: not verified (offline)');
  });

  it('who-can: the aggregated ClusterRole is computed, so the group bound to it is found', async () => {
    const r = await kx('who-can', 'list', 'widgets.example.com', '-A', '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const w = JSON.parse(r.stdout) as WhoCan;
    expect(w.offline).toBe(true);
    const auditors = w.subjects.find((s) => s.kind === 'Group' && s.name === 'auditors')!;
    expect(auditors.verified).toBe(false);
    expect(auditors.grants[0]).toMatchObject({
      binding: { name: 'auditors-see-widgets' },
      role: { name: 'widget-viewer' },
      aggregatedFrom: 'widget-read',
    });
    const text = await kx('who-can', 'list', 'widgets.example.com', '-A');
    expect(text.stdout).toMatch(/Group auditors {2}not verified \(offline\)/);
  });

  it('access: the matrix from the manifests; markdown table', async () => {
    const r = await kx('access', 'sa:shop/deployer', '-n', 'shop', '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as AccessMatrix;
    expect(m.authorizer).toBeNull();
    expect(m.rows.map((x) => `${x.resource.resource}${x.resource.subresource ? `/${x.resource.subresource}` : ''}`)).toEqual([
      'pods',
      'pods/log',
    ]);
    const md = await kx('access', 'sa:shop/deployer', '-n', 'shop', '-o', 'markdown');
    expect(md.stdout).toContain('| pods | ✓ | ✓ | · | · | · | · | · | · |');
    expect(md.stdout).toContain('- not verified (offline): read from manifests, no cluster was asked');
  });

  it('can and who-can in Markdown: verdict heading, grants, a subjects table', async () => {
    const can = await kx('can', 'sa:shop/deployer', 'delete', 'pods', '-n', 'shop', '-o', 'markdown');
    expect(can.code).toBe(1);
    expect(can.stdout).toMatch(/^# no — sa:shop\/deployer may not delete pods in namespace shop\n/);
    expect(can.stdout).toMatch(/## Near misses\n\n- \*\*other-verb\*\*: RoleBinding shop\/deployer-reads-pods/);
    const who = await kx('who-can', 'get', 'pods', '-n', 'shop', '-o', 'markdown');
    expect(who.stdout).toContain('| subject | kind | verified | granted by |');
    expect(who.stdout).toMatch(
      /\| shop\/deployer \| ServiceAccount \| not verified \(offline\) \| RoleBinding shop\/deployer-reads-pods ← Role shop\/pod-reader/,
    );
  });

  it('me needs a cluster: one line, exit 2; a missing path is exit 4', async () => {
    const r = await kx('can', 'me', 'get', 'pods');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: "me" needs a cluster/);
    const missing = await runKx(['access', 'user:a', '-f', '/nonexistent/dir'], { KUBECONFIG: '/nonexistent' });
    expect(missing.code).toBe(4);
  });
});

describe('offline RBAC in Japanese', () => {
  it('can and who-can speak Japanese, near misses included', async () => {
    const can = await kx('can', 'sa:shop/deployer', 'delete', 'pods', '-n', 'shop', '--lang', 'ja');
    expect(can.code).toBe(1);
    expect(can.stdout.split('\n')[0]).toBe('いいえ — sa:shop/deployer は Namespace shop で pods を delete できません');
    expect(can.stdout).toContain(
      '惜しいもの other-verb: RoleBinding shop/deployer-reads-pods → Role shop/pod-reader が pods に許可する verb は get、list で、delete ではありません',
    );
    expect(can.stdout).toContain('認可器: 未検証(オフライン)');
    const who = await kx('who-can', 'get', 'pods', '-n', 'shop', '--lang', 'ja');
    expect(who.stdout.split('\n')[0]).toBe('Namespace shop で pods を get できるのは:');
    expect(who.stdout).toContain('ServiceAccount shop/deployer  未検証(オフライン)');
    const groups = await kx('who-can', 'list', 'widgets.example.com', '-A', '--lang', 'ja');
    expect(groups.stdout).toContain('警告: グループのメンバーは認証器');
  }, 30_000);

  it('Markdown honours --lang ja too: headings, verdict, near misses and tables in Japanese', async () => {
    const md = await kx('can', 'sa:shop/deployer', 'delete', 'pods', '-n', 'shop', '--lang', 'ja', '-o', 'markdown');
    expect(md.stdout).toContain('# いいえ — sa:shop/deployer は Namespace shop で pods を delete できません');
    expect(md.stdout).toContain('## 惜しいもの');
    expect(md.stdout).not.toMatch(/Near misses|RBAC as read|authorizer/);
    const whoMd = await kx('who-can', 'get', 'pods', '-n', 'shop', '--lang', 'ja', '-o', 'markdown');
    expect(whoMd.stdout).toContain('| サブジェクト | 種別 | 検証 | 許可の出どころ |');
    expect(whoMd.stdout).not.toMatch(/not verified|Warnings/);
    const accessMd = await kx('access', 'sa:shop/deployer', '-n', 'shop', '--lang', 'ja', '-o', 'markdown');
    expect(accessMd.stdout).toContain('でできること');
    expect(accessMd.stdout).not.toMatch(/not verified|granted by|may do/);
  }, 30_000);
});
