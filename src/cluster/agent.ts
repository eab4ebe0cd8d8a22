// One keep-alive HTTPS agent per connection. client-node's applyToHTTPSOptions builds a fresh Agent (no
// keep-alive) for every request, so each request paid a TLS handshake; who-can sends hundreds of reviews
// and a paginated list many pages, so the connection is reused instead.
import https from 'node:https';
import type { Connection } from './kubeconfig.js';

const agents = new WeakMap<Connection, https.Agent>();

/** Replaces options.agent (set by applyToHTTPSOptions) with the connection's shared keep-alive agent. */
export function shareAgent(conn: Connection, options: https.RequestOptions): void {
  const fresh = options.agent;
  if (!(fresh instanceof https.Agent)) return;
  let agent = agents.get(conn);
  if (!agent) {
    agent = new https.Agent({ ...fresh.options, keepAlive: true, maxSockets: 32 });
    agents.set(conn, agent);
  }
  fresh.destroy();
  options.agent = agent;
}
