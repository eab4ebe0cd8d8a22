// The one way a verb gets its Reader: live through the kubeconfig (context, namespace, deadline,
// impersonation), or offline over the manifests of -f. Verbs only choose which.
import type { CommonOptions } from './main.js';
import { loadKubeConfig, parseDuration, type Connection } from '../src/cluster/kubeconfig.js';
import { LiveReader, type Reader } from '../src/cluster/reader.js';

export interface Opened {
  reader: Reader;
  /** The namespace to use: -n, else the context's (live) or "default" (offline). */
  namespace: string;
  /** The connection, when live. */
  conn?: Connection;
}

export interface OpenedLive extends Opened {
  conn: Connection;
  reader: LiveReader;
  /** --request-timeout in ms (0 = none). */
  timeoutMs: number;
}

export function openLiveReader(common: CommonOptions): OpenedLive {
  const conn = loadKubeConfig(common);
  const timeoutMs = parseDuration(common.requestTimeout ?? '30s');
  const reader = new LiveReader(conn, timeoutMs, common.debug ?? false);
  // Connecting starts now: the TLS handshake goes on while the verb prepares its first read.
  reader.preconnect();
  return { conn, reader, namespace: conn.namespace, timeoutMs };
}

export async function openReader(common: CommonOptions): Promise<Opened> {
  if (!common.filename?.length) return openLiveReader(common);
  const { ManifestReader } = await import('../src/cluster/manifests.js');
  const namespace = common.namespace ?? 'default';
  return { reader: await ManifestReader.fromPaths(common.filename, namespace), namespace };
}
