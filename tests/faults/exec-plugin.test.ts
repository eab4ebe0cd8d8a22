// Exec credential plugins under faults, with real plugin scripts against the sandbox: one run per
// process (a counter file), a hang bounded by --request-timeout with the plugin's process group killed
// (also on Ctrl-C), and failing, non-JSON, missing and empty plugins as one line, exit 3, no request sent.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, useNamespace, waitFor } from '../integration/helpers.js';
import { dir, isAlive, kubeconfig, readPid, runTimed, sandboxCluster, script } from './helpers.js';

const ns = useNamespace('kx-faults-exec');
let cluster: ReturnType<typeof sandboxCluster>;

/** A kubeconfig whose user runs `command` as an exec plugin. */
const withPlugin = (name: string, command: string) =>
  kubeconfig(
    name,
    cluster.server,
    cluster.ca,
    { exec: { apiVersion: 'client.authentication.k8s.io/v1', command, args: ['get-token', '--cluster', 'sandbox'] } },
    ns(),
  );

beforeAll(async () => {
  cluster = sandboxCluster();
  // The plugin hands out the sandbox admin's own client certificate, as PEM, the way a cloud plugin would.
  const { kc, core } = clients();
  const user = kc.getCurrentUser()!;
  const pem = (data?: string, file?: string) => (data ? Buffer.from(data, 'base64').toString('utf8') : readFileSync(file!, 'utf8'));
  writeFileSync(
    join(dir, 'credential.json'),
    JSON.stringify({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      status: {
        clientCertificateData: pem(user.certData, user.certFile),
        clientKeyData: pem(user.keyData, user.keyFile),
        expirationTimestamp: new Date(Date.now() + 3_600_000).toISOString(),
      },
    }),
  );
  await core.createNamespacedPod({
    namespace: ns(),
    body: { metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
  });
  await waitFor(async () => (await core.readNamespacedPod({ namespace: ns(), name: 'web' })).status?.phase === 'Running');
});

afterAll(() => undefined);

describe('an exec plugin that works', () => {
  it('runs once per process for explain pod (6 requests), its credential cached until it expires', async () => {
    const runs = join(dir, 'runs');
    const plugin = script('counting-plugin.sh', `echo run >> ${runs}\ncat ${join(dir, 'credential.json')}`);
    const r = await runTimed(['explain', `pod/web`, '--kubeconfig', withPlugin('counting', plugin), '--debug']);
    expect(r.stderr).not.toContain('error:');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('web');
    const requests = (r.stderr.match(/^debug: GET /gm) ?? []).length;
    expect(requests).toBeGreaterThanOrEqual(4);
    expect(readFileSync(runs, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});

describe('an exec plugin that hangs', () => {
  const hang = () =>
    script(
      'hanging-plugin.sh',
      `echo $$ > ${join(dir, 'plugin.pid')}\nsleep 300 &\necho $! > ${join(dir, 'child.pid')}\necho "waiting for the browser login" >&2\nwait`,
    );

  it('fails at the --request-timeout deadline naming the plugin and its command, and its process group is killed', async () => {
    const r = await runTimed(['explain', 'pod/web', '--kubeconfig', withPlugin('hang', hang()), '--request-timeout', '2s'], 15_000);
    expect(r.code).toBe(3);
    expect(r.ms).toBeLessThan(6_000);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(
      /^error: exec plugin ".*hanging-plugin\.sh" of user "u" did not answer within 2s \(command: ".*hanging-plugin\.sh get-token --cluster sandbox"\): "waiting for the browser login"$/,
    );
    expect(lines[1]).toMatch(/^hint: /);
    expect(isAlive(readPid(join(dir, 'plugin.pid')))).toBe(false);
    expect(isAlive(readPid(join(dir, 'child.pid')))).toBe(false);
  });

  it('Ctrl-C (SIGINT) while the plugin runs kills the plugin and what it started', async () => {
    for (const f of ['plugin.pid', 'child.pid']) writeFileSync(join(dir, f), '');
    const plugin = hang();
    const r = await runTimed(['explain', 'pod/web', '--kubeconfig', withPlugin('hang-int', plugin)], 15_000, {}, (pid) => {
      void waitFor(
        async () => existsSync(join(dir, 'child.pid')) && readFileSync(join(dir, 'child.pid'), 'utf8').trim() !== '',
        10_000,
      ).then(() => process.kill(pid, 'SIGINT'));
    });
    expect(r.signal ?? r.code).toBe('SIGINT');
    expect(r.ms).toBeLessThan(10_000);
    await waitFor(
      async () => !isAlive(readPid(join(dir, 'plugin.pid'))) && !isAlive(readPid(join(dir, 'child.pid'))),
      3_000,
      'the plugin to die',
    );
  });
});

describe('exec plugins that fail: one line naming the plugin, exit 3, no request', () => {
  const cases: [string, string, RegExp][] = [
    [
      'failing',
      'echo "starting" >&2\nprintf "error: token expired, \\033[31mrun login\\033[0m\\n" >&2\nexit 4',
      /^error: exec plugin ".*failing\.sh" of user "u" failed with exit code 4: "starting \/ error: token expired, run login"$/,
    ],
    [
      'non-json',
      'echo "<html>login page</html>"',
      /^error: exec plugin ".*non-json\.sh" of user "u" printed something that is not an ExecCredential \(JSON\)/,
    ],
    [
      'empty',
      `echo '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{}}'`,
      /^error: exec plugin returned no credentials \(/,
    ],
  ];
  it.each(cases)('%s', async (name, body, expected) => {
    const r = await runTimed(['explain', 'pod/web', '--kubeconfig', withPlugin(name, script(`${name}.sh`, body)), '--debug']);
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n').find((l) => l.startsWith('error:'))).toMatch(expected);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toMatch(/^debug: (GET|POST) /m);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('missing', async () => {
    const r = await runTimed(['explain', 'pod/web', '--kubeconfig', withPlugin('missing', './no-such-plugin')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`error: exec plugin "./no-such-plugin" of user "u" not found ("${join(dir, 'no-such-plugin')}")`);
  });

  it('a client certificate file that does not exist', async () => {
    const kc = kubeconfig('nocert', cluster.server, cluster.ca, { 'client-certificate': 'gone.crt', 'client-key': 'gone.key' }, ns());
    const r = await runTimed(['explain', 'pod/web', '--kubeconfig', kc]);
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n')[0]).toBe(
      `error: cannot read the client-certificate file "${join(dir, 'gone.crt')}" named in the kubeconfig: ENOENT`,
    );
  });
});
