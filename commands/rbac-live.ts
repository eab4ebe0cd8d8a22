// What `can` and `who-can` share: connect, read RBAC (all namespaces, RoleBindings included) and
// ask the authorizer, turning "not allowed to create SubjectAccessReviews" into "unverified".
import { loadKubeConfig, parseDuration, type Connection } from '../src/cluster/kubeconfig.js';
import { LiveReader } from '../src/cluster/reader.js';
import { readRbac } from '../src/cluster/rbac-reader.js';
import { ExitCode, KxError } from '../src/errors.js';
import type { RbacSnapshot } from '../src/model/rbac.js';
import { buildSnapshot } from '../src/rbac/snapshot.js';
import type { CommonOptions } from './main.js';

export interface Live {
  conn: Connection;
  reader: LiveReader;
  timeoutMs: number;
  debug: boolean;
}

export function connect(common: CommonOptions): Live {
  const conn = loadKubeConfig(common);
  const timeoutMs = parseDuration(common.requestTimeout ?? '30s');
  const debug = !!common.debug;
  return { conn, reader: new LiveReader(conn, timeoutMs, debug), timeoutMs, debug };
}

export async function liveSnapshot(live: Live, namespace: string): Promise<RbacSnapshot> {
  return buildSnapshot(await readRbac(live.reader, { all: true, namespace }));
}

/** The review's answer, or null when the caller may not ask (403): the answer stays unverified. */
export async function orUnverified<T>(review: () => Promise<T>): Promise<T | null> {
  try {
    return await review();
  } catch (err) {
    if (err instanceof KxError && err.exitCode === ExitCode.forbidden) return null;
    throw err;
  }
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
