// --request-timeout is a deadline for the whole request: a real TLS server on loopback that drips one
// byte a second, or answers nothing, fails the command at the deadline (1x, not 2x, not never). A huge
// value is clamped without TimeoutOverflowWarning. One keep-alive agent and one TLS session per run: a
// counting TCP proxy in front of the sandbox, and the handshakes the CLI reports with --debug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useNamespace } from '../integration/helpers.js';
import { countingProxy, kubeconfig, kubeconfigPath, runTimed, sandboxCluster, slowServer, type LoopbackServer } from './helpers.js';
import { clients } from '../integration/helpers.js';

const ns = useNamespace('kx-faults-deadline');

describe('a slow API server', () => {
  let drip: LoopbackServer;
  let silent: LoopbackServer;
  beforeAll(async () => {
    [drip, silent] = await Promise.all([slowServer('drip'), slowServer('silent')]);
  });
  afterAll(async () => {
    await Promise.all([drip.close(), silent.close()]);
  });

  it('dripping a byte a second fails at the deadline', async () => {
    const kc = kubeconfig('drip', drip.url, { 'certificate-authority': drip.certFile }, { token: 't' });
    const r = await runTimed(['explain', 'ns/default', '--kubeconfig', kc, '--request-timeout', '2s'], 12_000);
    expect(r.code).toBe(3);
    expect(r.ms).toBeLessThan(4_500);
    expect(r.stderr.split('\n')[0]).toBe(`error: no answer from the API server ${drip.url} within 2s`);
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

  it('reads and reviews share one keep-alive agent and one TLS session: who-can negotiates TLS once', async () => {
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
      const r = await runTimed(['who-can', 'get', 'pods', '--kubeconfig', cfg, '--debug']);
      expect(r.code).toBe(0);
      const requests = (r.stderr.match(/^debug: (GET|POST) /gm) ?? []).length;
      expect(requests).toBeGreaterThan(8);
      // Parallel requests need parallel connections (HTTP/1.1), but only the first negotiates a TLS session.
      expect(proxy.connections()).toBeLessThanOrEqual(requests);
      const [, full, resumed] = /^debug: TLS handshakes: (\d+) full, (\d+) resumed$/m.exec(r.stderr)!.map(Number);
      expect(full).toBe(1);
      expect(resumed).toBe(proxy.connections() - 1);
    } finally {
      await proxy.close();
    }
  });
});
