// Plumbing for the fault tests: the CLI run with a deadline of its own (a hang fails the test instead of
// the run), kubeconfigs written for one test, real plugin scripts, and a real TLS server on loopback
// (a self-signed certificate made by openssl) that can be slow, silent or count its connections.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { join } from 'node:path';
import { inject } from 'vitest';
import { requestJson } from '../../src/cluster/http.js';
import type { Connection } from '../../src/cluster/kubeconfig.js';
import { KX_BIN } from '../support/binary.js';
import { clients } from '../integration/helpers.js';
import { tempDir } from '../support/temp-dir.js';

export const dir = tempDir('kx-faults-');

export interface TimedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  pid: number;
}

/** Runs the CLI; kills it after `limitMs` (then code is null). `onStart` may signal it. */
export function runTimed(
  args: string[],
  limitMs = 20_000,
  env: NodeJS.ProcessEnv = {},
  onStart?: (pid: number) => void,
): Promise<TimedRun> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [KX_BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  if (onStart) onStart(child.pid!);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t0, pid: child.pid! });
    }),
  );
}

/** The sandbox's server and CA, as the run's kubeconfig names them. */
export function sandboxCluster(): { server: string; ca: Record<string, string> } {
  const { kc } = clients();
  const c = kc.getCurrentCluster()!;
  return { server: c.server, ca: c.caData ? { 'certificate-authority-data': c.caData } : { 'certificate-authority': c.caFile! } };
}

/** A kubeconfig file with one context; `user` is the kubeconfig user entry. */
export function kubeconfig(
  name: string,
  server: string,
  cluster: Record<string, unknown>,
  user: Record<string, unknown>,
  namespace = 'default',
): string {
  const file = join(dir, `${name}.kubeconfig`);
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'c',
      clusters: [{ name: 'c', cluster: { server, ...cluster } }],
      users: [{ name: 'u', user }],
      contexts: [{ name: 'c', context: { cluster: 'c', user: 'u', namespace } }],
    }),
  );
  return file;
}

/** An executable shell script. */
export function script(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** Is the process still running? A zombie counts as gone (it has exited; its reaper has not looked yet). */
export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .startsWith('Z');
  } catch {
    return false;
  }
};

export const readPid = (file: string) => Number(readFileSync(file, 'utf8').trim());

/** A self-signed certificate for 127.0.0.1. */
export function certificate(name: string): { key: string; cert: string; certFile: string } {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8'), certFile: cert };
}

export interface LoopbackServer {
  url: string;
  certFile: string;
  close(): Promise<void>;
}

/**
 * A TLS server on loopback. `drip`: answers 200 with headers at once, then one byte a second, forever.
 * `silent`: accepts the TLS connection and never answers.
 */
export async function slowServer(mode: 'drip' | 'silent'): Promise<LoopbackServer> {
  const { key, cert, certFile } = certificate(mode);
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<tls.TLSSocket>();
  const server = tls.createServer({ key, cert }, (socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => {
      if (mode === 'silent') return;
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
      const t = setInterval(() => socket.write('1\r\n \r\n'), 1000);
      timers.add(t);
      socket.on('close', () => clearInterval(t));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `https://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    certFile,
    close: () =>
      new Promise((r) => {
        for (const t of timers) clearInterval(t);
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A TCP server on loopback that accepts connections and never says a word (no TLS handshake). */
export async function muteServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    // The server's side never holds the test process: what is counted there is the client's.
    s.unref();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `https://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A TCP proxy on loopback to the sandbox's API server that counts the connections made through it. */
export async function countingProxy(target: string): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  const t = new URL(target);
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    count++;
    const upstream = net.connect(Number(t.port || 443), t.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `https://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    connections: () => count,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export const kubeconfigPath = () => inject('kubeconfig');

/** GET /version over the one HTTP helper, as every read goes. */
export const getVersion = (conn: Connection, counter?: { requestCount: number }, timeoutMs = 10_000) =>
  requestJson<{ gitVersion: string }>(conn, {
    method: 'GET',
    path: '/version',
    desc: { verb: 'get', resource: 'version' },
    timeoutMs,
    ...(counter ? { counter } : {}),
  });
