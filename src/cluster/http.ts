// The one HTTP helper every request to the API server goes through: reads, access reviews, discovery and
// watches. It applies the credentials (cached per process) and impersonation headers, shares the
// connection's keep-alive agent, counts and logs requests, and enforces --request-timeout as a deadline
// for the whole exchange (connect, headers and body): a server dripping one byte a second fails at the
// deadline, as kubectl's does, not never.
import type http from 'node:http';
import https from 'node:https';
import type { Connection } from './kubeconfig.js';
import { shareAgent } from './agent.js';
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
    socket.once('secureConnect', () => {
      if ((socket as import('node:tls').TLSSocket).isSessionReused()) handshakes.resumed++;
      else handshakes.full++;
    });
  });
}

async function start(conn: Connection, call: HttpCall): Promise<{ req: http.ClientRequest; url: URL }> {
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
  const agent = options.agent instanceof HttpAgent ? options.agent : undefined;
  const first = agent && firstSession.get(agent);
  if (first) await first;
  if (call.counter) call.counter.requestCount++;
  if (call.debug) {
    process.stderr.write(`debug: ${call.method} ${url.pathname}${url.search}\n`);
    reportHandshakesOnExit();
  }
  const req = url.protocol === 'http:' ? httpRequest(url, options) : https.request(url, options);
  if (agent && !first && url.protocol === 'https:') pioneer(agent, req);
  countHandshake(req);
  return { req, url };
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

/** Sends one request and reads the whole answer within the deadline. Network failures are KxErrors. */
export async function send(conn: Connection, call: HttpCall): Promise<HttpAnswer> {
  const { req } = await start(conn, call);
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
  const { req } = await start(conn, call);
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
