// preconnect(): the HTTP/2 connection starts before the first request (its TLS handshake overlaps the
// command's own work), but never holds the process: a command that ends before any request must not
// wait on a server that does not answer. A request that waits for that connection does hold it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { LiveReader } from '../../src/cluster/reader.js';
import { KxError } from '../../src/errors.js';
import { certificate, getVersion, kubeconfig, kubeconfigPath, muteServer, slowServer, type LoopbackServer } from './helpers.js';

/** Handles that keep the event loop alive, by type (timers left out: the test runner has its own). */
const sockets = () => process.getActiveResourcesInfo().filter((r) => /TCP|TLS/.test(r)).length;
const tick = () => new Promise((r) => setTimeout(r, 50));

describe('preconnect', () => {
  let mute: Awaited<ReturnType<typeof muteServer>>;
  let silent: LoopbackServer;
  beforeAll(async () => {
    [mute, silent] = await Promise.all([muteServer(), slowServer('silent')]);
  });
  afterAll(async () => {
    await Promise.all([mute.close(), silent.close()]);
  });

  it('a connection in progress does not keep the process alive; a request waiting for it does, and fails at its deadline', async () => {
    const conn = loadKubeConfig({
      kubeconfig: kubeconfig('pre-mute', mute.url, { 'certificate-authority': silent.certFile }, { token: 't' }),
    });
    const reader = new LiveReader(conn, 1_000);
    const before = sockets();
    reader.preconnect();
    await tick();
    expect(sockets()).toBe(before);
    const t0 = Date.now();
    const pending = reader.get('Namespace', 'default');
    await tick();
    expect(sockets()).toBeGreaterThan(before);
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KxError);
    expect((err as KxError).exitCode).toBe(3);
    expect(Date.now() - t0).toBeLessThan(2_500);
  });

  it('on the sandbox: the first read uses the connection made in advance (one handshake)', async () => {
    const { handshakes } = await import('../../src/cluster/http.js');
    const conn = loadKubeConfig({ kubeconfig: kubeconfigPath() });
    const reader = new LiveReader(conn, 10_000);
    const before = handshakes.full + handshakes.resumed;
    reader.preconnect();
    await tick();
    // Connected and idle: nothing holds the process.
    expect(handshakes.full + handshakes.resumed - before).toBe(1);
    const ns = await reader.get('Namespace', 'default');
    expect(ns.metadata?.name).toBe('default');
    await Promise.all([reader.list('Namespace'), reader.get('Namespace', 'kube-system')]);
    expect(handshakes.full + handshakes.resumed - before).toBe(1);
  });
});

describe('a server without HTTP/2', () => {
  it('gets HTTP/1.1 (ALPN chose it): the answer is the same, and the run does not ask for h2 again', async () => {
    const { createServer } = await import('node:https');
    const { key, cert, certFile } = certificate('h1-only');
    const protocols: string[] = [];
    const server = createServer({ key, cert, ALPNProtocols: ['http/1.1'] }, (req, res) => {
      protocols.push(`HTTP/${req.httpVersion}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ gitVersion: 'v1.36.0' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { handshakes } = await import('../../src/cluster/http.js');
      const port = (server.address() as import('node:net').AddressInfo).port;
      const conn = loadKubeConfig({
        kubeconfig: kubeconfig('h1-only', `https://127.0.0.1:${port}`, { 'certificate-authority': certFile }, { token: 't' }),
      });
      const before = handshakes.full + handshakes.resumed;
      const get = () => getVersion(conn, undefined, 5_000);
      expect((await get()).gitVersion).toBe('v1.36.0');
      expect((await get()).gitVersion).toBe('v1.36.0');
      expect(protocols).toEqual(['HTTP/1.1', 'HTTP/1.1']);
      // One connection offered h2 and learned http/1.1; the keep-alive agent's one carries both requests.
      expect(handshakes.full + handshakes.resumed - before).toBe(2);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
