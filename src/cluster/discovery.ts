// Discovery for ONE custom resource named on the command line (widgets.example.com): is it served, is it
// namespaced, and which names are close. Only called for resources that are not built in, so `can pods`
// never pays for it. Two GETs at most: /apis/GROUP, then /apis/GROUP/PREFERRED-VERSION. A group that is
// not served adds a third, /apis, to suggest groups. Forbidden or failed discovery answers "unknown".
import type { Connection } from './kubeconfig.js';
import { send } from './http.js';
import { CredentialError } from './errors.js';

export interface CustomResourceInfo {
  /** true: served; false: the group or the resource is not served; null: discovery could not be read. */
  served: boolean | null;
  namespaced?: boolean;
  /** Served: its subresources as discovery lists them (RESOURCE/SUB entries), e.g. status, scale. */
  subresources?: string[];
  /** Close names (resource.group) the server does serve. */
  candidates: string[];
}

async function get(conn: Connection, path: string, timeoutMs: number): Promise<{ status: number; json?: unknown }> {
  try {
    const { status, body } = await send(conn, { method: 'GET', path, desc: { verb: 'get', resource: 'discovery' }, timeoutMs });
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    return { status, json };
  } catch (err) {
    // Credentials that cannot be had fail the command; a discovery request that fails answers "unknown".
    if (err instanceof CredentialError) throw err;
    return { status: 0 };
  }
}

function resourceNames(json: unknown): { name: string; namespaced: boolean }[] {
  return ((json as { resources?: { name: string; namespaced: boolean }[] } | undefined)?.resources ?? []).filter(
    (r) => !r.name.includes('/'),
  );
}

/** Group names at most two edits apart. */
function closeGroup(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]! <= 2;
}

export async function discoverCustomResource(
  conn: Connection,
  group: string,
  resource: string,
  timeoutMs = 10_000,
): Promise<CustomResourceInfo> {
  const g = await get(conn, `/apis/${encodeURIComponent(group)}`, timeoutMs);
  if (g.status === 404) {
    // A typo in the group (exmaple.com): the resources of served groups with a close name.
    const all = await get(conn, '/apis', timeoutMs);
    const groups = ((all.json as { groups?: { name: string; preferredVersion?: { groupVersion?: string } }[] } | undefined)?.groups ?? [])
      .filter((x) => x.preferredVersion?.groupVersion && closeGroup(x.name, group))
      .slice(0, 3);
    const lists = await Promise.all(
      groups.map(async (x) => ({ name: x.name, list: await get(conn, `/apis/${x.preferredVersion!.groupVersion!}`, timeoutMs) })),
    );
    return { served: false, candidates: lists.flatMap(({ name, list }) => resourceNames(list.json).map((r) => `${r.name}.${name}`)) };
  }
  const version = (g.json as { preferredVersion?: { groupVersion?: string } } | undefined)?.preferredVersion?.groupVersion;
  if (g.status !== 200 || !version) return { served: null, candidates: [] };
  const list = await get(conn, `/apis/${version}`, timeoutMs);
  if (list.status !== 200) return { served: null, candidates: [] };
  const resources = resourceNames(list.json);
  const found = resources.find((r) => r.name === resource);
  if (found) {
    const all = (list.json as { resources?: { name: string }[] } | undefined)?.resources ?? [];
    const subresources = all.filter((r) => r.name.startsWith(`${resource}/`)).map((r) => r.name.slice(resource.length + 1));
    return { served: true, namespaced: found.namespaced, subresources, candidates: [] };
  }
  return { served: false, candidates: resources.map((r) => `${r.name}.${group}`) };
}
