// Discovery: which kinds the API server serves, for names the built-in table (kinds.ts) does not
// know: custom resources, and any built-in kind we do not list. Built-in names never cost a request.
// The server's aggregated discovery (apidiscovery.k8s.io/v2) answers in two GETs (/api and /apis);
// the result is cached on disk per server with a TTL, like kubectl's ~/.kube/cache/discovery, and
// read again when a name is not in the cache (a CRD installed since). Forbidden or failed discovery
// is said, and the built-in table answers alone.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Connection } from './kubeconfig.js';
import { send } from './http.js';
import { CredentialError } from './errors.js';
import { BUILTIN, addKinds, matchKinds, resourceName, sameResource, type KindInfo } from './kinds.js';
import { editDistance } from '../text/edit-distance.js';
import { message, quoted, type Message } from '../model/message.js';
import { ExitCode, KxError, em } from '../errors.js';

/** kubectl's discovery cache lives 6 hours. */
export const DISCOVERY_TTL_MS = 6 * 60 * 60 * 1000;

interface Got {
  status: number;
  json?: unknown;
}

export interface Requester {
  get(path: string, accept?: string): Promise<Got>;
  /** GETs sent so far. */
  readonly requestCount: number;
}

/** GETs through the one HTTP helper; a failed request is status 0, credentials that cannot be had fail the command. */
export function requester(conn: Connection, timeoutMs: number, debug = false): Requester {
  const r = {
    requestCount: 0,
    async get(p: string, accept?: string): Promise<Got> {
      try {
        const { status, body } = await send(conn, {
          method: 'GET',
          path: p,
          ...(accept ? { accept } : {}),
          desc: { verb: 'get', resource: 'discovery' },
          timeoutMs,
          debug,
          counter: r,
        });
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = undefined;
        }
        return { status, json };
      } catch (err) {
        if (err instanceof CredentialError) throw err;
        return { status: 0 };
      }
    },
  };
  return r;
}

// ── Reading every served kind ──────────────────────────────────────────────────────────────────

const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;q=0.9';

interface DiscoveryResource {
  resource: string;
  responseKind?: { kind?: string };
  scope?: string;
  singularResource?: string;
  shortNames?: string[];
}
interface DiscoveryGroup {
  metadata?: { name?: string };
  versions?: { version: string; resources?: DiscoveryResource[] }[];
}

/** Why discovery could not answer: forbidden (403/401) or failed (network, other status). */
export class DiscoveryError extends Error {
  constructor(
    readonly reason: 'forbidden' | 'failed',
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(`discovery ${reason} (${status || 'no answer'})`, options);
  }
}

const failure = (g: Got) => new DiscoveryError(g.status === 401 || g.status === 403 ? 'forbidden' : 'failed', g.status);

/**
 * Every kind the server serves, in kubectl's order of preference: the core group first, then the
 * groups in the server's order; in each group its preferred version first. Subresources are left out.
 */
export async function discoverKinds(r: Requester): Promise<KindInfo[]> {
  const [core, groups] = await Promise.all([r.get('/api', AGGREGATED), r.get('/apis', AGGREGATED)]);
  for (const g of [core, groups]) if (g.status !== 200) throw failure(g);
  const aggregated = (j: unknown) => (j as { kind?: string } | undefined)?.kind === 'APIGroupDiscoveryList';
  if (aggregated(core.json) && aggregated(groups.json)) {
    const items = [core.json, groups.json].flatMap((j) => (j as { items?: DiscoveryGroup[] }).items ?? []);
    return items.flatMap((g) => fromGroup(g.metadata?.name ?? '', g.versions ?? []));
  }
  return legacy(r, core.json, groups.json);
}

function fromGroup(group: string, versions: { version: string; resources?: DiscoveryResource[] }[]): KindInfo[] {
  return versions.flatMap((v) =>
    (v.resources ?? [])
      .filter((x) => !x.resource.includes('/') && x.responseKind?.kind)
      .map((x) => ({
        kind: x.responseKind!.kind!,
        group,
        version: v.version,
        plural: x.resource,
        namespaced: x.scope === 'Namespaced',
        short: x.shortNames ?? [],
        ...(x.singularResource ? { singular: x.singularResource } : {}),
      })),
  );
}

/** Servers without aggregated discovery: one GET per group version (preferred version first). */
async function legacy(r: Requester, core: unknown, groups: unknown): Promise<KindInfo[]> {
  const coreVersions = ((core as { versions?: string[] } | undefined)?.versions ?? ['v1']).map((v) => ({
    group: '',
    version: v,
    path: `/api/${v}`,
  }));
  const grouped = (
    (groups as { groups?: { name: string; preferredVersion?: { version: string }; versions?: { version: string }[] }[] })?.groups ?? []
  ).flatMap((g) => {
    const pref = g.preferredVersion?.version;
    const vs = [...(g.versions ?? [])].sort((a, b) => Number(b.version === pref) - Number(a.version === pref));
    return vs.map((v) => ({ group: g.name, version: v.version, path: `/apis/${g.name}/${v.version}` }));
  });
  const lists = await Promise.all(
    [...coreVersions, ...grouped].map(async (gv) => {
      const got = await r.get(gv.path);
      if (got.status === 401 || got.status === 403) throw failure(got);
      const resources = (
        got.json as { resources?: { name: string; kind: string; namespaced: boolean; singularName?: string; shortNames?: string[] }[] }
      )?.resources;
      return fromGroup(gv.group, [
        {
          version: gv.version,
          resources: (resources ?? []).map((x) => ({
            resource: x.name,
            responseKind: { kind: x.kind },
            scope: x.namespaced ? 'Namespaced' : 'Cluster',
            ...(x.singularName ? { singularResource: x.singularName } : {}),
            ...(x.shortNames ? { shortNames: x.shortNames } : {}),
          })),
        },
      ]);
    }),
  );
  return lists.flat();
}

// ── The on-disk cache ──────────────────────────────────────────────────────────────────────────

export interface CachedDiscovery {
  fetchedAt: number;
  kinds: KindInfo[];
}

export interface DiscoveryCache {
  load(): CachedDiscovery | undefined;
  save(doc: CachedDiscovery): void;
}

/** One file per API server under `<cacheDir>/discovery/`; a cache that cannot be read or written is no cache. */
export function diskCache(cacheDir: string, server: string): DiscoveryCache {
  const file = path.join(cacheDir, 'discovery', `${server.replace(/^https?:\/\//, '').replace(/[^A-Za-z0-9.-]+/g, '_')}.json`);
  return {
    load() {
      try {
        const doc = JSON.parse(readFileSync(file, 'utf8')) as CachedDiscovery;
        return typeof doc.fetchedAt === 'number' && Array.isArray(doc.kinds) ? doc : undefined;
      } catch {
        return undefined;
      }
    },
    save(doc) {
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(doc));
        renameSync(tmp, file);
      } catch {
        // Read-only home: discovery is asked again next time.
      }
    },
  };
}

// ── Resolving a name ───────────────────────────────────────────────────────────────────────────

export interface KindResolution {
  info: KindInfo;
  /** The same name served by other groups, not chosen (kubectl's preference picked `info`). */
  others: KindInfo[];
  /** What the user should know: the other groups and how to name them, a discovery fallback. */
  notes: Message[];
}

export interface ResolveOptions {
  /** Reads every served kind; absent offline (-f), where only the built-in table answers. */
  discover?: () => Promise<KindInfo[]>;
  cache?: DiscoveryCache;
  ttlMs?: number;
  now?: number;
}

/**
 * A kubectl-style kind name → the kind it means. Built-in names answer at once; others from the
 * cache while fresh, else (stale, or a miss: a CRD installed since) from discovery, read once.
 * Unknown → exit 2 naming close names the server serves.
 */
export async function resolveKindName(name: string, opts: ResolveOptions = {}): Promise<KindResolution> {
  const builtin = matchKinds(name, BUILTIN);
  if (builtin.length) return resolution(name, builtin, []);
  const now = opts.now ?? Date.now();
  const cached = opts.cache?.load();
  const fresh = cached && now - cached.fetchedAt < (opts.ttlMs ?? DISCOVERY_TTL_MS) ? cached : undefined;
  const hit = fresh && matchKinds(name, fresh.kinds);
  if (hit?.length) return resolution(name, hit, []);
  if (!opts.discover) throw unknownKind(name, BUILTIN, []);
  let kinds: KindInfo[];
  try {
    kinds = await opts.discover();
  } catch (err) {
    if (!(err instanceof DiscoveryError)) throw err;
    // A stale cache still knows more than the built-in table.
    const stale = cached && matchKinds(name, cached.kinds);
    const note = message(`kinds:discovery.${err.reason}`, { status: err.status });
    if (stale?.length) return resolution(name, stale, [note]);
    throw unknownKind(name, cached?.kinds ?? BUILTIN, [note], err);
  }
  opts.cache?.save({ fetchedAt: now, kinds });
  const found = matchKinds(name, kinds);
  if (!found.length) throw unknownKind(name, kinds, []);
  return resolution(name, found, []);
}

function resolution(name: string, matches: KindInfo[], notes: Message[]): KindResolution {
  const info = matches[0]!;
  addKinds([info]);
  const others = matches.filter((m, i) => !sameResource(m, info) && matches.findIndex((x) => sameResource(x, m)) === i);
  if (others.length)
    notes.push(
      message('kinds:resolve.other-groups', {
        name,
        chosen: resourceName(info),
        others: others.map(resourceName),
      }),
    );
  return { info, others, notes };
}

/** Names of `table` close to `text`: within two edits, or sharing a prefix of three letters or more. */
export function closeKindNames(text: string, table: readonly KindInfo[]): string[] {
  const t = text.toLowerCase();
  const names = table.flatMap((k) => [k.kind.toLowerCase(), k.plural, ...k.short, ...(k.group ? [resourceName(k)] : [])]);
  const close = names.filter((n) => n !== t && (editDistance(n, t) <= 2 || (t.length >= 3 && n.startsWith(t))));
  return [...new Set(close)].sort((a, b) => editDistance(a, t) - editDistance(b, t)).slice(0, 4);
}

export class UnknownKindError extends KxError {
  constructor(
    readonly kindName: string,
    readonly near: string[],
    readonly notes: Message[],
    why?: DiscoveryError,
  ) {
    const fallback = why
      ? { fallback: why.reason === 'forbidden' ? em['kind.discovery.forbidden']({ status: why.status }) : em['kind.discovery.failed']() }
      : {};
    super(
      em['kind.unknown']({ kind: quoted(kindName) }),
      ExitCode.usage,
      near.length ? em['kind.near']({ near, ...fallback }) : em['kind.served'](fallback),
    );
  }
}

const unknownKind = (name: string, table: readonly KindInfo[], notes: Message[], why?: DiscoveryError) =>
  new UnknownKindError(name, closeKindNames(name, table), notes, why);

// ── One custom resource for RBAC (can, who-can) ────────────────────────────────────────────────

export interface CustomResourceInfo {
  /** true: served; false: the group or the resource is not served; null: discovery could not be read. */
  served: boolean | null;
  namespaced?: boolean;
  /** Served: its subresources as discovery lists them (RESOURCE/SUB entries), e.g. status, scale. */
  subresources?: string[];
  /** Close names (resource.group) the server does serve. */
  candidates: string[];
}

function resourceNames(json: unknown): { name: string; namespaced: boolean }[] {
  return ((json as { resources?: { name: string; namespaced: boolean }[] } | undefined)?.resources ?? []).filter(
    (r) => !r.name.includes('/'),
  );
}

/**
 * Is GROUP/RESOURCE served, namespaced, and which names are close. Two GETs at most: /apis/GROUP,
 * then /apis/GROUP/PREFERRED-VERSION; a group not served adds /apis, to suggest groups.
 */
export async function discoverCustomResource(
  conn: Connection,
  group: string,
  resource: string,
  timeoutMs = 10_000,
): Promise<CustomResourceInfo> {
  const r = requester(conn, timeoutMs);
  const g = await r.get(`/apis/${encodeURIComponent(group)}`);
  if (g.status === 404) {
    // A typo in the group (exmaple.com): the resources of served groups with a close name.
    const all = await r.get('/apis');
    const groups = ((all.json as { groups?: { name: string; preferredVersion?: { groupVersion?: string } }[] } | undefined)?.groups ?? [])
      .filter((x) => x.preferredVersion?.groupVersion && editDistance(x.name, group) <= 2)
      .slice(0, 3);
    const lists = await Promise.all(
      groups.map(async (x) => ({ name: x.name, list: await r.get(`/apis/${x.preferredVersion!.groupVersion!}`) })),
    );
    return { served: false, candidates: lists.flatMap(({ name, list }) => resourceNames(list.json).map((n) => `${n.name}.${name}`)) };
  }
  const version = (g.json as { preferredVersion?: { groupVersion?: string } } | undefined)?.preferredVersion?.groupVersion;
  if (g.status !== 200 || !version) return { served: null, candidates: [] };
  const list = await r.get(`/apis/${version}`);
  if (list.status !== 200) return { served: null, candidates: [] };
  const resources = resourceNames(list.json);
  const found = resources.find((x) => x.name === resource);
  if (found) {
    const all = (list.json as { resources?: { name: string }[] } | undefined)?.resources ?? [];
    const subresources = all.filter((x) => x.name.startsWith(`${resource}/`)).map((x) => x.name.slice(resource.length + 1));
    return { served: true, namespaced: found.namespaced, subresources, candidates: [] };
  }
  return { served: false, candidates: resources.map((x) => `${x.name}.${group}`) };
}
