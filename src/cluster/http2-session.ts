// One HTTP/2 connection for all of a run's requests to a server, as kubectl (Go) has. Over HTTP/1.1 each
// parallel request needs a socket of its own and a TLS handshake on it: explain pod's five parallel reads
// cost five connections; here they are five streams on one. The TLS connection is ours (ALPN offers h2
// and http/1.1), so a server or proxy that answers with HTTP/1.1 is remembered and served by the
// keep-alive agent instead (http.ts), at the price of that one handshake.
import type { ClientHttp2Session, ClientHttp2Stream, OutgoingHttpHeaders } from 'node:http2';
import type { RequestOptions } from 'node:https';
import tls from 'node:tls';
import { isIP } from 'node:net';

/** A connected session, or 'http/1.1' when the server did not choose h2. */
type Negotiated = ClientHttp2Session | 'http/1.1';

interface Connecting {
  negotiated: Promise<Negotiated>;
  socket: tls.TLSSocket;
}
// Keyed by the keep-alive agent (one per TLS settings and credentials), then by origin.
const sessions = new WeakMap<object, Map<string, Connecting>>();

// Large windows, as Go's client has (4 MB per stream): a big list is not held up by flow control.
const STREAM_WINDOW = 4 << 20;
const SESSION_WINDOW = 32 << 20;

/**
 * The session for this agent and origin, connecting once; undefined when the server speaks only
 * HTTP/1.1. A failed connection is not kept: the error goes to this request, the next one tries again.
 * `waiting`: a request waits for it, so the connection keeps the process alive; a preconnect does not
 * (a command that ends before its first request must not wait on a slow server).
 */
export async function h2Session(
  agent: object,
  url: URL,
  options: RequestOptions & { secureContext?: tls.SecureContext },
  timeoutMs: number,
  onSecure: (socket: tls.TLSSocket) => void,
  waiting = true,
): Promise<ClientHttp2Session | undefined> {
  let byOrigin = sessions.get(agent);
  if (!byOrigin) sessions.set(agent, (byOrigin = new Map()));
  let entry = byOrigin.get(url.origin);
  if (!entry) {
    const socket = connect(url, options, timeoutMs);
    // Node's HTTP/2 module (~3 ms to load) loads while the server answers the ClientHello, sent on connect.
    socket.once('connect', () => setImmediate(http2));
    const created: Connecting = { socket, negotiated: negotiate(url, socket, onSecure) };
    byOrigin.set(url.origin, (entry = created));
    const forget = () => byOrigin.get(url.origin) === created && byOrigin.delete(url.origin);
    created.negotiated.then((s) => s !== 'http/1.1' && s.once('close', forget), forget);
    if (!waiting) socket.unref();
  }
  if (waiting) entry.socket.ref();
  const negotiated = await entry.negotiated;
  if (negotiated === 'http/1.1' || negotiated.closed || negotiated.destroyed) return undefined;
  // Connected: the session is held while streams are open (h2Request), not by this wait.
  if (!open.get(negotiated)) negotiated.unref();
  return negotiated;
}

function connect(url: URL, options: RequestOptions & { secureContext?: tls.SecureContext }, timeoutMs: number): tls.TLSSocket {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const socket = tls.connect({
    host,
    port: Number(url.port || 443),
    // The agent's SecureContext holds the CA, client certificate and key, parsed once (agent.ts).
    ...(options.secureContext ? { secureContext: options.secureContext } : { ca: options.ca, cert: options.cert, key: options.key }),
    ...(options.rejectUnauthorized === false ? { rejectUnauthorized: false } : {}),
    servername: options.servername ?? (isIP(host) ? undefined : host),
    ALPNProtocols: ['h2', 'http/1.1'],
  });
  // A connection that never completes must not outlive the request that waits for it: the socket
  // gives up after the request's deadline.
  if (timeoutMs > 0) socket.setTimeout(timeoutMs, () => socket.destroy(Object.assign(new Error('deadline'), { name: 'TimeoutError' })));
  return socket;
}

async function negotiate(url: URL, socket: tls.TLSSocket, onSecure: (s: tls.TLSSocket) => void): Promise<Negotiated> {
  await new Promise<void>((resolve, reject) => {
    socket.once('secureConnect', () => {
      socket.off('error', reject);
      socket.setTimeout(0);
      resolve();
    });
    socket.once('error', reject);
  });
  onSecure(socket);
  if (socket.alpnProtocol !== 'h2') {
    socket.destroy();
    return 'http/1.1';
  }
  const { connect: h2connect } = http2();
  const session = h2connect(url.origin, {
    createConnection: () => socket,
    settings: { enablePush: false, initialWindowSize: STREAM_WINDOW },
  });
  session.setLocalWindowSize(SESSION_WINDOW);
  // Errors reach the streams that were open; the session itself only has to not crash the process.
  session.on('error', () => undefined);
  // Idle, the session must not keep the process alive (as the agent's free sockets do not).
  session.unref();
  return session;
}

const http2 = () => process.getBuiltinModule('node:http2');

/**
 * Sends one request on the session. `headers` are the request's own (names in any case); the session
 * is held referenced while the stream is open, so the process waits for the answer and no longer.
 */
export function h2Request(
  session: ClientHttp2Session,
  method: string,
  path: string,
  headers: Record<string, unknown>,
  body?: string,
): ClientHttp2Stream {
  const h: OutgoingHttpHeaders = { ':method': method, ':path': path };
  for (const [k, v] of Object.entries(headers)) h[k.toLowerCase()] = v as OutgoingHttpHeaders[string];
  const stream = session.request(h, { endStream: body === undefined });
  hold(session, stream);
  if (body !== undefined) stream.end(body);
  return stream;
}

const open = new WeakMap<ClientHttp2Session, number>();

function hold(session: ClientHttp2Session, stream: ClientHttp2Stream): void {
  const n = open.get(session) ?? 0;
  if (n === 0) session.ref();
  open.set(session, n + 1);
  stream.once('close', () => {
    const left = (open.get(session) ?? 1) - 1;
    open.set(session, left);
    if (left === 0 && !session.destroyed) session.unref();
  });
}
