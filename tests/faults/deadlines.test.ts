// --request-timeout is a deadline for the whole request: a real TLS server on loopback that drips one
// byte a second, answers nothing, or never completes the TLS handshake, fails the command at the deadline
// (1x, not 2x, not never). These servers speak HTTP/1.1 only: the run falls back from HTTP/2 on its own.
// A huge value is clamped without TimeoutOverflowWarning. One connection per run (HTTP/2), or one keep-alive
// agent and one TLS session (HTTP/1.1): a counting TCP proxy in front of the sandbox, and the handshakes
// the CLI reports with --debug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useNamespace } from '../integration/helpers.js';
import {
  countingProxy,
  kubeconfig,
  kubeconfigPath,
  muteServer,
  runTimed,
  sandboxCluster,
  slowServer,
  type LoopbackServer,
} from './helpers.js';
import { clients } from '../integration/helpers.js';

const ns = useNamespace('kx-faults-deadline');

describe('a slow API server', () => {
  let drip: LoopbackServer;
  let silent: LoopbackServer;
  let mute: Omit<LoopbackServer, 'certFile'>;
  beforeAll(async () => {
    [drip, silent, mute] = await Promise.all([slowServer('drip'), slowServer('silent'), muteServer()]);
  });
  afterAll(async () => {
    await Promise.all([drip.close(), silent.close(), mute.close()]);
  });

  it('dripping a byte a second fails at the deadline', async () => {
    const kc = kubeconfig('drip', drip.url, { 'certificate-authority': drip.certFile }, { token: 't' });
    const r = await runTimed(['explain', 'ns/default', '--kubeconfig', kc, '--request-timeout', '2s'], 12_000);
    expect(r.code).toBe(3);
    expect(r.ms).toBeLessThan(4_500);
    expect(r.stderr.split('\n')[0]).toBe(`error: no answer from the API server ${drip.url} within 2s`);
  });

  it('a server that never completes the TLS handshake fails after 1x the timeout (the HTTP/2 connection has the deadline too)', async () => {
    const kc = kubeconfig('mute', mute.url, { 'certificate-authority': silent.certFile }, { token: 't' });
    const r = await runTimed(['explain', 'ns/default', '--kubeconfig', kc, '--request-timeout', '2s'], 12_000);
    expect(r.code).toBe(3);
    expect(r.ms).toBeGreaterThanOrEqual(2_000);
    expect(r.ms).toBeLessThan(3_900);
    expect(r.stderr.split('\n')[0]).toBe(`error: no answer from the API server ${mute.url} within 2s`);
  });

  it('answering nothing fails after 1x the timeout', async () => {
    const kc = kubeconfig('silent', silent.url, { 'certificate-authority': silent.certFile }, { token: 't' });
    const r = await runTimed(['explain', 'ns/default', '--kubeconfig', kc, '--request-timeout', '2s'], 12_000);
    expect(r.code).toBe(3);
    expect(r.ms).toBeGreaterThanOrEqual(2_000);
    expect(r.ms).toBeLessThan(3_900);
  });
});

describe('on the sandbox', () => {
  it('a huge --request-timeout is clamped without a TimeoutOverflowWarning', async () => {
    const r = await runTimed(['explain', 'ns/default', '--kubeconfig', kubeconfigPath(), '--request-timeout', '99999999h']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('TimeoutOverflowWarning');
  });

  // who-can through a TCP proxy that counts connections, with the sandbox's own credentials.
  async function whoCanThroughProxy(env: NodeJS.ProcessEnv) {
    const { server } = sandboxCluster();
    const proxy = await countingProxy(server);
    try {
      const { kc } = clients();
      const c = kc.getCurrentCluster()!;
      const u = kc.getCurrentUser()!;
      const cfg = kubeconfig(
        'proxied',
        proxy.url,
        { ...sandboxCluster().ca, 'tls-server-name': new URL(c.server).hostname },
        {
          ...(u.certData ? { 'client-certificate-data': u.certData } : { 'client-certificate': u.certFile }),
          ...(u.keyData ? { 'client-key-data': u.keyData } : { 'client-key': u.keyFile }),
        },
        ns(),
      );
      const r = await runTimed(['who-can', 'get', 'pods', '--kubeconfig', cfg, '--debug'], 20_000, env);
      expect(r.code).toBe(0);
      const requests = (r.stderr.match(/^debug: (GET|POST) /gm) ?? []).length;
      // As kubectl -v=6, each answer is logged with its status and latency.
      const answered = (r.stderr.match(/^debug: 20[01] in \d+ ms \(sent at \d+ ms\): (GET|POST) \/\S*$/gm) ?? []).length;
      expect(answered).toBe(requests);
      const [, full, resumed] = /^debug: TLS handshakes: (\d+) full, (\d+) resumed$/m.exec(r.stderr)!.map(Number);
      return { requests, full: full!, resumed: resumed!, connections: proxy.connections() };
    } finally {
      await proxy.close();
    }
  }

  it('who-can sends all its reads and reviews over one HTTP/2 connection: one TLS handshake', async () => {
    const { requests, full, resumed, connections } = await whoCanThroughProxy({});
    expect(requests).toBeGreaterThan(8);
    expect(connections).toBe(1);
    expect([full, resumed]).toEqual([1, 0]);
  });

  it('with DISABLE_HTTP2 (as client-go honours it), one keep-alive agent and one TLS session: TLS is negotiated once', async () => {
    const { requests, full, resumed, connections } = await whoCanThroughProxy({ DISABLE_HTTP2: '1' });
    expect(requests).toBeGreaterThan(8);
    // Parallel requests need parallel connections (HTTP/1.1), but only the first negotiates a TLS session.
    expect(connections).toBeLessThanOrEqual(requests);
    expect(connections).toBeGreaterThan(1);
    expect(full).toBe(1);
    expect(resumed).toBe(connections - 1);
  });
});
