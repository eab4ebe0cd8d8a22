// The kubeconfig loader without client-node: kubectl's merge rules, relative paths, static
// credentials applied to request options, and the errors it raises.
import { say } from '../../src/i18n/localize.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubeconfigContexts } from '../../src/cluster/contexts.js';
import { loadKubeConfig, noKubeconfigHint, parseDuration } from '../../src/cluster/kubeconfig.js';
import { KxError } from '../../src/errors.js';
import { failure, hintOf } from '../support/kx-error.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('kx-kcu-');
writeFileSync(join(dir, 'ca.crt'), 'CA');
writeFileSync(join(dir, 'token'), 'file-token\n');
const a = join(dir, 'a.yaml');
const b = join(dir, 'b.yaml');
writeFileSync(
  a,
  `apiVersion: v1
kind: Config
current-context: one
clusters:
- name: c1
  cluster: {server: 'https://one.example:6443', certificate-authority: ca.crt}
users:
- name: u1
  user: {token: abc}
contexts:
- name: one
  context: {cluster: c1, user: u1, namespace: shop}
`,
);
writeFileSync(
  b,
  `apiVersion: v1
kind: Config
current-context: two
clusters:
- name: c1
  cluster: {server: 'https://ignored.example'}
- name: c2
  cluster: {server: 'https://two.example', insecure-skip-tls-verify: true}
users:
- name: u2
  user: {tokenFile: token}
contexts:
- name: two
  context: {cluster: c2, user: u2}
`,
);

describe('loadKubeConfig', () => {
  it('merges files as kubectl does: the first current-context and the first entry of a name win', async () => {
    const c = loadKubeConfig({}, { KUBECONFIG: `${a}:${b}` });
    expect(c).toMatchObject({ context: 'one', server: 'https://one.example:6443', user: 'u1', namespace: 'shop' });
    const o: https.RequestOptions = {};
    await c.kc.applyToHTTPSOptions(o);
    expect(o.headers).toEqual({ Authorization: 'Bearer abc' });
    expect(String(o.ca)).toBe('CA');
    expect(o.agent).toBeInstanceOf(https.Agent);
  });

  it('--context and -n; a token file is read relative to its kubeconfig', async () => {
    const c = loadKubeConfig({ context: 'two', namespace: 'x' }, { KUBECONFIG: `${a}:${b}` });
    expect(c).toMatchObject({ context: 'two', server: 'https://two.example', namespace: 'x' });
    const o: https.RequestOptions = {};
    await c.kc.applyToHTTPSOptions(o);
    expect(o.headers).toEqual({ Authorization: 'Bearer file-token' });
    expect(o.rejectUnauthorized).toBe(false);
  });

  it('errors: unknown context, no current context, unparseable file', () => {
    expect(() => loadKubeConfig({ kubeconfig: a, context: 'nope' })).toThrow('context "nope" is not in the kubeconfig (contexts: "one")');
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, 'apiVersion: v1\nkind: Config\n');
    expect(() => loadKubeConfig({ kubeconfig: empty })).toThrow('the kubeconfig has no current context');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'clusters: [: not yaml');
    expect(() => loadKubeConfig({ kubeconfig: bad })).toThrow(/^cannot read kubeconfig /);
  });
});

describe('no kubeconfig at all', () => {
  it('points a clone at its sandbox and an installed package (no sandbox/ beside it) at kind or minikube', () => {
    let err: unknown;
    try {
      loadKubeConfig({}, { KUBECONFIG: join(dir, 'none.yaml') });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KxError);
    expect((err as KxError).message).toBe(`no kubeconfig found (looked at "${join(dir, 'none.yaml')}")`);
    // These tests run in a clone: the sandbox is there.
    expect(hintOf(err)).toMatch(/npm run sandbox:up$/);
    // An installed package: dist/chunks/ under node_modules/kubexplain, with no sandbox/ anywhere above.
    const installed = join(dir, 'prefix', 'lib', 'node_modules', 'kubexplain', 'dist', 'chunks');
    mkdirSync(installed, { recursive: true });
    expect(say(noKubeconfigHint(installed), 'en')).not.toContain('sandbox');
    expect(say(noKubeconfigHint(installed), 'en')).toMatch(/--kubeconfig FILE or set KUBECONFIG; no cluster yet\? `kind create cluster`/);
    const clone = join(dir, 'clone');
    mkdirSync(join(clone, 'sandbox'), { recursive: true });
    mkdirSync(join(clone, 'dist', 'chunks'), { recursive: true });
    writeFileSync(join(clone, 'sandbox', 'cli.ts'), '');
    expect(say(noKubeconfigHint(join(clone, 'dist', 'chunks')), 'en')).toMatch(/sandbox of this clone: npm run sandbox:up$/);
  });
});

describe('kubeconfigContexts', () => {
  it("lists every file's contexts, merged and sorted, from --kubeconfig or $KUBECONFIG, and nothing from what is not a kubeconfig", () => {
    expect(kubeconfigContexts(undefined, { KUBECONFIG: `${b}:${a}` })).toEqual(['one', 'two']);
    expect(kubeconfigContexts(a, { KUBECONFIG: b })).toEqual(['one']);
    const fancy = join(dir, 'fancy.yaml');
    // Anchors and a flow list: not for the small reader, read by the full parser.
    writeFileSync(fancy, 'contexts: &c [{name: prod-eu, context: {}}, {name: dev}]\nother: *c\n');
    expect(kubeconfigContexts(fancy)).toEqual(['dev', 'prod-eu']);
    expect(kubeconfigContexts('/dev/zero')).toEqual([]);
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'contexts: [: not yaml');
    expect(kubeconfigContexts(broken)).toEqual([]);
  });
});

describe('parseSimpleYaml', () => {
  it('reads what kubectl writes, as the full YAML parser does; bails out on anything fancier', async () => {
    const { parseSimpleYaml } = await import('../../src/cluster/kubeconfig-yaml.js');
    const { parse } = await import('yaml');
    const kubectl = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTi
    server: https://127.0.0.1:6443
  name: kind-kind
contexts:
- context:
    cluster: kind-kind
    namespace: "shop"
    user: kind-kind
  name: kind-kind
current-context: kind-kind
kind: Config
preferences: {}
users:
- name: kind-kind
  user:
    token: 'it''s'
    exec:
      args:
      - eks
      - get-token
      env: null
`;
    expect(parseSimpleYaml(kubectl)).toEqual(parse(kubectl));
    for (const fancy of ['a: {b: c}', 'x: &a 1', 'k: |\n  multi\n', 'a: b\n  c: d']) expect(parseSimpleYaml(fancy), fancy).toBeUndefined();
    // The loader still reads those through the full parser (flow mappings in the files above).
  });
});

describe('kubeconfig files that are not one', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return [(err as { exitCode?: number }).exitCode, (err as Error).message];
    }
    return [0, ''];
  };

  it('refuses a device, a FIFO, a folder and a file over 16 MB with one line, exit 3', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 17 * 1024 * 1024);
    expect(code(() => loadKubeConfig({ kubeconfig: '/dev/zero' }))).toEqual([
      3,
      'cannot read kubeconfig "/dev/zero": it is a device, not a regular file',
    ]);
    expect(code(() => loadKubeConfig({ kubeconfig: fifo }))).toEqual([
      3,
      `cannot read kubeconfig "${fifo}": it is a FIFO, not a regular file`,
    ]);
    expect(code(() => loadKubeConfig({ kubeconfig: dir }))).toEqual([
      3,
      `cannot read kubeconfig "${dir}": it is a folder, not a regular file`,
    ]);
    expect(code(() => loadKubeConfig({ kubeconfig: big }))).toEqual([3, `cannot read kubeconfig "${big}": 17 MB is larger than 16 MB`]);
  });

  it('a client certificate file that does not exist: a credential error naming it, exit 3', async () => {
    const f = join(dir, 'cert.yaml');
    writeFileSync(
      f,
      JSON.stringify({
        'current-context': 'c',
        clusters: [{ name: 'c', cluster: { server: 'https://127.0.0.1:1' } }],
        users: [{ name: 'u', user: { 'client-certificate': 'nope.crt', 'client-key': 'nope.key' } }],
        contexts: [{ name: 'c', context: { cluster: 'c', user: 'u' } }],
      }),
    );
    const err = await failure(loadKubeConfig({ kubeconfig: f }).kc.applyToHTTPSOptions({}));
    expect(err.exitCode).toBe(3);
    expect(err.message).toBe(`cannot read the client-certificate file "${join(dir, 'nope.crt')}" named in the kubeconfig: ENOENT`);
  });
});

describe('impersonation and deadlines', () => {
  it('--as and --as-group override the user; groups alone are a usage error', () => {
    expect(loadKubeConfig({ kubeconfig: a, as: 'jane', asGroup: ['dev', 'ops'] }).impersonate).toEqual({
      user: 'jane',
      groups: ['dev', 'ops'],
    });
    expect(loadKubeConfig({ kubeconfig: a }).impersonate).toBeUndefined();
    expect(() => loadKubeConfig({ kubeconfig: a, asGroup: ['dev'] })).toThrow('--as-group needs --as');
  });

  it('clamps a huge --request-timeout to what a timer holds', () => {
    expect(parseDuration('99999999h')).toBe(2 ** 31 - 1);
    expect(parseDuration('30s')).toBe(30_000);
  });
});
