// kubectl's habits on the command line: TYPE NAME and TYPE/NAME, several targets (a List in JSON),
// -o=json and -o yaml, explain -A as a usage error, the common flags in each verb's --help, Japanese --help.
// Offline on RBAC manifests (KUBECONFIG points nowhere), so no cluster is needed.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runKx } from '../../support/binary.js';
import { parseTargets } from '../../../commands/explain.js';

const dir = new URL('../../fixtures/rbac/offline/', import.meta.url).pathname;
const kx = (...args: string[]) => runKx(args, { KUBECONFIG: '/nonexistent/kubeconfig' });

describe('explain targets', () => {
  it('reads TYPE NAME… and TYPE/NAME… alike', async () => {
    expect((await parseTargets(['clusterrole', 'a', 'b'])).map((t) => [t.kind.kind, t.name])).toEqual([
      ['ClusterRole', 'a'],
      ['ClusterRole', 'b'],
    ]);
    expect((await parseTargets(['po/a', 'deploy/b'])).map((t) => [t.kind.kind, t.name])).toEqual([
      ['Pod', 'a'],
      ['Deployment', 'b'],
    ]);
  });

  it('refuses a bare name after TYPE/NAME, names with -l, and TYPE/NAME with -l', async () => {
    await expect(parseTargets(['po/a', 'b'])).rejects.toThrow(/"b" has no kind/);
    await expect(parseTargets(['pods', 'a'], 'app=web')).rejects.toThrow(/-l and names exclude each other/);
    await expect(parseTargets(['pod/a'], 'app=web')).rejects.toThrow(/give the kind alone/);
    expect((await parseTargets(['pods'], 'app=web'))[0]!.kind.kind).toBe('Pod');
  });

  it('two targets as TYPE NAME NAME print a List in JSON (-o=json form), in the order given', async () => {
    const r = await kx('explain', 'clusterrole', 'widget-viewer', 'widget-read', '-f', dir, '-o=json', '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.kind).toBe('List');
    expect(list.items.map((e: { target: { name: string } }) => e.target.name)).toEqual(['widget-viewer', 'widget-read']);
  });

  it('a missing target among several is one error line; the others are still explained, exit 4', async () => {
    const r = await kx('explain', 'role/pod-reader', 'role/nope', '-n', 'shop', '-f', dir, '--lang', 'en');
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^error: .*nope/m);
    expect(r.stdout).toContain('Role/pod-reader -n shop');
  });

  it('-o yaml prints the same model as -o json', async () => {
    const json = await kx('explain', 'role/pod-reader', '-n', 'shop', '-f', dir, '-o', 'json', '--lang', 'ja');
    const yaml = await kx('explain', 'role/pod-reader', '-n', 'shop', '-f', dir, '-o', 'yaml', '--lang', 'ja');
    expect(yaml.code).toBe(0);
    expect(parseYaml(yaml.stdout)).toEqual(JSON.parse(json.stdout));
    expect(yaml.stdout).toMatch(/^kind: Explanation$/m);
  });

  it('explain -A without -l is a usage error (exit 2) that says what to use, in one line', async () => {
    const r = await kx('explain', 'pod/web', '-A');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: explain takes one namespace: -A works only with -l\nhint: use -n NAMESPACE/);
  });

  it("each verb's --help lists the common flags", async () => {
    for (const verb of ['explain', 'trace', 'who-can', 'docs']) {
      const r = await kx(verb, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Global Options:[\s\S]*--kubeconfig[\s\S]*-n, --namespace/);
    }
  });

  it('--help is in Japanese with --lang ja or a Japanese locale, in English otherwise', async () => {
    const flag = await kx('explain', '--help', '--lang', 'ja');
    expect(flag.code).toBe(0);
    expect(flag.stdout).toMatch(/^使い方: kubexplain explain/);
    expect(flag.stdout).toMatch(/共通のオプション:[\s\S]*--kubeconfig <file> +kubeconfig ファイル/);
    expect(flag.stdout).toContain('悪い順に説明する');
    expect(flag.stdout).not.toMatch(/Options:|display help/);
    const locale = await runKx(['--help'], { LANG: 'ja_JP.UTF-8', LC_ALL: '' });
    expect(locale.stdout).toMatch(/^使い方: kubexplain/);
    expect(locale.stdout).toMatch(/終了コード: 0 成功/);
    const en = await runKx(['--help'], { LANG: 'C.UTF-8', LC_ALL: '' });
    expect(en.stdout).toMatch(/^Usage: kubexplain/);
  });
});
