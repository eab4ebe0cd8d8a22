// The one HTTP helper every request to the API server goes through: reads, access reviews, discovery and
// watches. It applies the credentials (cached per process) and impersonation headers, shares the
// connection's keep-alive agent, counts and logs requests, and enforces --request-timeout as a deadline
// for the whole exchange (connect, headers and body): a server dripping one byte a second fails at the
// deadline, as kubectl's does, not never.
import type http from 'node:http';
import https from 'node:https';
import type { Connection } from './kubeconfig.js';
import { isDirect, shareAgent } from './agent.js';
import { h2Request, h2Session } from './http2-session.js';
import { fromNetwork, fromStatus, type RequestDescription } from './errors.js';
import { ExitCode, KxError, em } from '../errors.js';

// Not `import http from 'node:http'`: on Node ≥ 22 building that ES module's exports runs node:http's
// lazy getters, which load undici (fetch) — 29 ms of CPU and 9 MB of RSS that no request here uses.
const { Agent: HttpAgent, request: httpRequest } = process.getBuiltinModule('node:http');

export interface HttpCall {
  method: 'GET' | 'POST';
  /** Path and query; every path segment already encoded (see paths.ts). */
  path: string;
  body?: string;
  /** The Accept header; JSON by default (discovery asks for the aggregated form). */
  accept?: string;
  /** What the request is for, to name it in errors. */
  desc: RequestDescription;
  /** Deadline for the whole exchange in ms; 0 = none. For open(): until the headers arrive. */
  timeoutMs: number;
  debug?: boolean;
  counter?: { requestCount: number };
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** The largest delay a Node timer takes; larger ones fire at once with a TimeoutOverflowWarning. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** TLS handshakes of this process: full ones and resumed ones (--debug prints them). */
export const handshakes = { full: 0, resumed: 0 };

// One TLS session per run: the first request on an agent goes alone until its TLS session is cached, so
// the parallel requests after it resume that session (no second certificate exchange) instead of each
// negotiating its own.
const firstSession = new WeakMap<http.Agent, Promise<void>>();

function pioneer(agent: http.Agent, req: http.ClientRequest): void {
  firstSession.set(
    agent,
    new Promise<void>((resolve) => {
      req.once('socket', (socket) => {
        socket.once('session', () => setImmediate(resolve));
        socket.once('close', () => resolve());
      });
      req.once('response', () => resolve());
      req.once('error', () => resolve());
    }),
  );
}

let reporting = false;
function reportHandshakesOnExit(): void {
  if (reporting) return;
  reporting = true;
  process.on('exit', () => process.stderr.write(`debug: TLS handshakes: ${handshakes.full} full, ${handshakes.resumed} resumed\n`));
}

// A keep-alive socket carries many requests but is connected once: its handshake listener goes on the
// socket the first time a request gets it, not once per request (that piled up a listener per request
// on a reused socket: MaxListenersExceededWarning after 10 on `explain pods -A -l`).
const watched = new WeakSet<object>();

function countHandshake(req: http.ClientRequest): void {
  req.once('socket', (socket) => {
    if (!('encrypted' in socket) || watched.has(socket)) return;
    watched.add(socket);
    socket.once('secureConnect', () => countSecure(socket as import('node:tls').TLSSocket));
  });
}

function countSecure(socket: import('node:tls').TLSSocket): void {
  if (socket.isSessionReused()) handshakes.resumed++;
  else handshakes.full++;
}

interface Prepared {
  url: URL;
  options: https.RequestOptions;
  /** The connection's keep-alive agent (HTTP/1.1), also the key of its HTTP/2 session. */
  agent: http.Agent | undefined;
}

/** The URL, credentials, impersonation and agent of a request, counted and logged once. */
async function prepare(conn: Connection, call: HttpCall): Promise<Prepared> {
  const url = new URL(conn.server.replace(/\/$/, '') + call.path);
  const headers: Record<string, string | number> = { Accept: call.accept ?? 'application/json', 'User-Agent': 'kubexplain' };
  if (call.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = Buffer.byteLength(call.body);
  }
  const options: https.RequestOptions = { method: call.method, headers };
  await conn.kc.applyToHTTPSOptions(options);
  shareAgent(conn, options);
  // Impersonation replaces whatever the kubeconfig's user said, as kubectl's --as does.
  const imp = conn.impersonate;
  if (imp) {
    const h = options.headers as Record<string, string | string[] | number>;
    delete h['Impersonate-User'];
    if (imp.user) h['Impersonate-User'] = imp.user;
    if (imp.groups.length) h['Impersonate-Group'] = imp.groups;
  }
  if (call.counter) call.counter.requestCount++;
  if (call.debug) {
    process.stderr.write(`debug: ${call.method} ${url.pathname}${url.search}\n`);
    reportHandshakesOnExit();
  }
  return { url, options, agent: options.agent instanceof HttpAgent ? options.agent : undefined };
}

/** Starts the request over HTTP/1.1 on the connection's keep-alive agent. */
async function start({ url, options, agent }: Prepared): Promise<http.ClientRequest> {
  const first = agent && firstSession.get(agent);
  if (first) await first;
  const req = url.protocol === 'http:' ? httpRequest(url, options) : https.request(url, options);
  if (agent && !first && url.protocol === 'https:') pioneer(agent, req);
  countHandshake(req);
  return req;
}

/** A timer that destroys the request at the deadline; returns its cancel function. */
function deadline(req: http.ClientRequest, timeoutMs: number): () => void {
  if (timeoutMs <= 0) return () => undefined;
  const timer = setTimeout(
    () => req.destroy(Object.assign(new Error('deadline'), { name: 'TimeoutError' })),
    Math.min(timeoutMs, MAX_TIMER_MS),
  );
  return () => clearTimeout(timer);
}

/**
 * Opens the HTTP/2 connection the run's requests will use, before the first of them: the TLS handshake
 * then goes on while the command does work that needs no answer (loading the docs index), instead of
 * after it. Best effort: a failure is the first request's to report (its connection is not kept).
 */
export function preconnect(conn: Connection, timeoutMs: number): void {
  if (process.env.DISABLE_HTTP2) return;
  try {
    const options = conn.kc.connectionOptions?.();
    const url = new URL(conn.server);
    const agent = options?.agent;
    if (!options || url.protocol !== 'https:' || !(agent instanceof HttpAgent) || !isDirect(agent)) return;
    h2Session(agent, url, { ...options, ...sharedContext(agent) }, timeoutMs, countSecure, false).catch(() => undefined);
  } catch {
    // an unreadable certificate file, a bad URL: the first request says it
  }
}

/** The agent's SecureContext (agent.ts parses the CA, certificate and key once per agent). */
function sharedContext(agent: http.Agent): { secureContext?: import('node:tls').SecureContext } {
  const shared = (agent as http.Agent & { options: { secureContext?: import('node:tls').SecureContext } }).options;
  return shared.secureContext ? { secureContext: shared.secureContext } : {};
}

/** Sends one request and reads the whole answer within the deadline. Network failures are KxErrors. */
export async function send(conn: Connection, call: HttpCall): Promise<HttpAnswer> {
  if (!call.debug) return sendOnce(conn, call);
  // As kubectl -v=6: each answer's status and latency, with when the request left (ms since start).
  const t0 = performance.now();
  const answer = await sendOnce(conn, call);
  const path = call.path.split('?')[0];
  process.stderr.write(
    `debug: ${answer.status} in ${(performance.now() - t0).toFixed(0)} ms (sent at ${t0.toFixed(0)} ms): ${call.method} ${path}\n`,
  );
  return answer;
}

async function sendOnce(conn: Connection, call: HttpCall): Promise<HttpAnswer> {
  const prepared = await prepare(conn, call);
  if (useHttp2(prepared)) {
    const answer = await sendHttp2(conn, call, prepared);
    if (answer) return answer;
  }
  const req = await start(prepared);
  const cancel = deadline(req, call.timeoutMs);
  return new Promise<HttpAnswer>((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        cancel();
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', (err) => {
        cancel();
        reject(fromNetwork(err, conn.server, call.timeoutMs));
      });
    });
    req.on('error', (err) => {
      cancel();
      reject(fromNetwork(err, conn.server, call.timeoutMs));
    });
    req.end(call.body);
  });
}

// HTTP/2 only on a direct TLS connection with the kubeconfig's own credentials: proxies and auth
// providers (client-node's agents) keep HTTP/1.1. DISABLE_HTTP2 turns it off, as in client-go.
const useHttp2 = (p: Prepared) => p.url.protocol === 'https:' && !!p.agent && isDirect(p.agent) && !process.env.DISABLE_HTTP2;

/**
 * One request as a stream of the connection's HTTP/2 session; undefined when the server speaks only
 * HTTP/1.1 (the caller sends it that way). The deadline covers the connection, the headers and the body.
 */
function sendHttp2(conn: Connection, call: HttpCall, { url, options, agent }: Prepared): Promise<HttpAnswer | undefined> {
  return new Promise((resolve, reject) => {
    let stream: import('node:http2').ClientHttp2Stream | undefined;
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // RST_STREAM CANCEL: the server stops sending what nobody will read.
      stream?.close(8);
      reject(fromNetwork(err, conn.server, call.timeoutMs));
    };
    const timer =
      call.timeoutMs > 0
        ? setTimeout(() => fail(Object.assign(new Error('deadline'), { name: 'TimeoutError' })), Math.min(call.timeoutMs, MAX_TIMER_MS))
        : undefined;
    h2Session(agent!, url, { ...options, ...sharedContext(agent!) }, call.timeoutMs, countSecure).then((session) => {
      if (settled) return;
      if (!session) {
        settled = true;
        clearTimeout(timer);
        resolve(undefined);
        return;
      }
      let s: import('node:http2').ClientHttp2Stream;
      try {
        s = stream = h2Request(session, call.method, url.pathname + url.search, options.headers as Record<string, unknown>, call.body);
      } catch (err) {
        // The server said GOAWAY in the meantime: this request goes over HTTP/1.1, the next reconnects.
        if (session.closed || session.destroyed) {
          settled = true;
          clearTimeout(timer);
          resolve(undefined);
        } else fail(err);
        return;
      }
      let status = 0;
      const chunks: Buffer[] = [];
      s.on('response', (h) => (status = Number(h[':status'])));
      s.on('data', (c: Buffer) => chunks.push(c));
      s.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, body: Buffer.concat(chunks).toString('utf8') });
      });
      s.on('error', fail);
      s.on('close', () => fail(Object.assign(new Error(`HTTP/2 stream closed (code ${s.rstCode})`), { code: 'ERR_HTTP2_STREAM_CLOSED' })));
    }, fail);
  });
}

/** The Status message of an error answer, if it is one. */
export function statusMessage(body: string): string | undefined {
  try {
    const m = (JSON.parse(body) as { message?: unknown }).message;
    return typeof m === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

/** send(), then the JSON of a 2xx answer; any other status becomes the KxError kubectl's code implies. */
export async function requestJson<T = unknown>(conn: Connection, call: HttpCall): Promise<T> {
  const { status, body } = await send(conn, call);
  if (status >= 200 && status < 300) {
    try {
      return JSON.parse(body) as T;
    } catch (err) {
      throw new KxError(em['server.notJson']({ server: conn.server }), ExitCode.connection, undefined, { cause: err });
    }
  }
  // A 403's message repeats the request; the error names the permission instead.
  throw fromStatus(status, call.desc, conn.server, status === 403 ? undefined : statusMessage(body));
}

/**
 * Opens a streaming request (a watch): resolves with the response once its headers arrive within the
 * deadline; the body has no deadline (the server ends a watch itself). `req` lets the caller stop it.
 */
export async function open(conn: Connection, call: HttpCall): Promise<{ req: http.ClientRequest; res: http.IncomingMessage }> {
  const req = await start(await prepare(conn, call));
  const cancel = deadline(req, call.timeoutMs);
  return new Promise((resolve, reject) => {
    req.on('response', (res) => {
      cancel();
      resolve({ req, res });
    });
    req.on('error', (err) => {
      cancel();
      reject(fromNetwork(err, conn.server, call.timeoutMs));
    });
    req.end(call.body);
  });
}
