// One keep-alive HTTPS agent per set of TLS settings, so a run reuses its connections (and TLS sessions)
// instead of paying a handshake per request: who-can sends hundreds of reviews, a paginated list many
// pages. client-node (auth providers, proxies) builds a fresh Agent per request; shareAgent() swaps in
// one pooled agent per connection for those.
import https from 'node:https';
import tls from 'node:tls';
import type { Connection } from './kubeconfig.js';

const byTls = new WeakMap<object, https.Agent>();
const byConnection = new WeakMap<Connection, https.Agent>();
const pooled = new WeakSet<https.Agent>();
// Agents of the kubeconfig's own TLS settings (no proxy, no auth provider): HTTP/2 may replace them.
const direct = new WeakSet<object>();

// Each further connection costs a TLS handshake: who-can's 16 reviews on 32 sockets took 16 ms longer
// than on 8 (access, 44 requests: 16 ms), explain was the same; 8 keeps a far cluster within a few round trips.
const MAX_SOCKETS = 8;

function pool(options: https.AgentOptions): https.Agent {
  const agent = new https.Agent({ ...options, ...oneContext(options), keepAlive: true, maxSockets: MAX_SOCKETS });
  pooled.add(agent);
  return agent;
}

/** The keep-alive agent for these TLS settings (the same object gets the same agent). */
export function keepAliveAgent(tls: https.AgentOptions): https.Agent {
  let agent = byTls.get(tls);
  if (!agent) {
    byTls.set(tls, (agent = pool(tls)));
    direct.add(agent);
  }
  return agent;
}

/** Was this agent made for a direct TLS connection (keepAliveAgent), not a proxy's or a provider's? */
export const isDirect = (agent: object): boolean => direct.has(agent);

/** Replaces a one-off agent in options (client-node's) with the connection's pooled keep-alive agent. */
export function shareAgent(conn: Connection, options: https.RequestOptions): void {
  const fresh = options.agent;
  if (!(fresh instanceof https.Agent) || pooled.has(fresh)) return;
  let agent = byConnection.get(conn);
  if (!agent) byConnection.set(conn, (agent = pool(fresh.options)));
  fresh.destroy();
  options.agent = agent;
}

// tls.connect builds a SecureContext (parsing the CA bundle, client certificate and key) for every
// connection it is not given one: explain pod opens 5 connections, so it is built once per agent
// instead. Settings it rejects are left to the connection, which reports them as it always did.
function oneContext(options: https.AgentOptions): { secureContext?: tls.SecureContext } {
  if (options.secureContext) return {};
  try {
    return { secureContext: tls.createSecureContext(options) };
  } catch {
    return {};
  }
}
