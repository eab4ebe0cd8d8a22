// Many requests over one connection (explain pods -A -l sends dozens). Over HTTP/2 (the default) they
// are streams of one connection: one handshake. Over HTTP/1.1 (DISABLE_HTTP2, or a server without h2)
// listeners go on a socket once, however many requests it carries: before, each request added a
// secureConnect listener to its (reused) socket, and the 11th printed a MaxListenersExceededWarning.
import tls from 'node:tls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handshakes } from '../../src/cluster/http.js';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { getVersion, kubeconfigPath } from './helpers.js';

const warnings: Error[] = [];
const onWarning = (w: Error) => warnings.push(w);

describe('one keep-alive agent, many requests', () => {
  afterEach(() => {
    process.off('warning', onWarning);
    delete process.env.DISABLE_HTTP2;
  });

  it('over HTTP/2, 25 sequential and 3×8 parallel requests ride one connection: one handshake, no warning', async () => {
    process.on('warning', onWarning);
    const conn = loadKubeConfig({ kubeconfig: kubeconfigPath() });
    const counter = { requestCount: 0 };
    const before = handshakes.full + handshakes.resumed;
    const get = () => getVersion(conn, counter);
    for (let i = 0; i < 25; i++) expect((await get()).gitVersion).toMatch(/^v1\./);
    for (let i = 0; i < 3; i++) await Promise.all(Array.from({ length: 8 }, get));
    await new Promise((r) => setImmediate(r));
    expect(counter.requestCount).toBe(49);
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
    expect(handshakes.full + handshakes.resumed - before).toBe(1);
  });

  it('over HTTP/1.1, 25 sequential and 3×8 parallel requests: no listener warning, each socket handshakes once', async () => {
    process.env.DISABLE_HTTP2 = '1';
    process.on('warning', onWarning);
    const conn = loadKubeConfig({ kubeconfig: kubeconfigPath() });
    const counter = { requestCount: 0 };
    const get = () => getVersion(conn, counter);
    const before = handshakes.full + handshakes.resumed;
    // Sequential requests all ride the same socket: the case that leaked.
    for (let i = 0; i < 25; i++) expect((await get()).gitVersion).toMatch(/^v1\./);
    for (let i = 0; i < 3; i++) await Promise.all(Array.from({ length: 8 }, get));
    // process.emitWarning reports on the next tick.
    await new Promise((r) => setImmediate(r));
    expect(counter.requestCount).toBe(49);
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
    // Sockets, not requests, are counted: at most one per parallel request of a burst.
    const sockets = handshakes.full + handshakes.resumed - before;
    expect(sockets).toBeGreaterThanOrEqual(1);
    expect(sockets).toBeLessThanOrEqual(8);
  });

  it('over HTTP/1.1, parallel requests open several sockets on one SecureContext (CA, certificate and key parsed once)', async () => {
    process.env.DISABLE_HTTP2 = '1';
    const contexts = vi.spyOn(tls, 'createSecureContext');
    try {
      const conn = loadKubeConfig({ kubeconfig: kubeconfigPath() });
      const before = handshakes.full + handshakes.resumed;
      const get = () => getVersion(conn);
      await get();
      await Promise.all(Array.from({ length: 6 }, get));
      expect(handshakes.full + handshakes.resumed - before).toBeGreaterThan(1);
      expect(contexts).toHaveBeenCalledTimes(1);
    } finally {
      contexts.mockRestore();
    }
  });
});
