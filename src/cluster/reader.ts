// The Reader: the only way the rest of the tool gets objects. The live reader sends plain GET
// requests (get, list with pagination) through the one HTTP helper (http.ts), counts them, and
// classifies failures. It never sends anything but GET (and, elsewhere, the review APIs).
import type { Connection } from './kubeconfig.js';
import { lookupKind, type KindInfo } from './kinds.js';
import type { RequestDescription } from './errors.js';
import { preconnect, requestJson } from './http.js';
import { listPath, objectPath } from './paths.js';
import { ExitCode, KxError, em } from '../errors.js';
import { quoted } from '../model/message.js';

import type { KubeObject, ListOptions } from '../model/kube.js';
export type { KubeObject, ListOptions };

export interface Reader {
  readonly server: string;
  /** Requests sent so far (for tests and --debug). */
  readonly requestCount: number;
  /** True for manifest files (-f): nothing was read from a cluster. */
  readonly offline?: boolean;
  get(kind: string, name: string, namespace?: string): Promise<KubeObject>;
  list(kind: string, opts?: ListOptions): Promise<KubeObject[]>;
  /** Starts connecting to the cluster before the first read (a live reader; best effort). */
  preconnect?(): void;
}

export function resolveKind(kind: string): KindInfo {
  const info = lookupKind(kind);
  if (!info) throw new KxError(em['kind.unknown']({ kind: quoted(kind) }), ExitCode.usage, em['kind.unknown.hint']());
  return info;
}

const resourceName = (i: KindInfo) => (i.group ? `${i.plural}.${i.group}` : i.plural);

export class LiveReader implements Reader {
  requestCount = 0;
  readonly server: string;

  constructor(
    private readonly conn: Connection,
    private readonly timeoutMs: number,
    private readonly debug = false,
  ) {
    this.server = conn.server;
  }

  preconnect(): void {
    preconnect(this.conn, this.timeoutMs);
  }

  async get(kind: string, name: string, namespace?: string): Promise<KubeObject> {
    const info = resolveKind(kind);
    const ns = info.namespaced ? (namespace ?? this.conn.namespace) : undefined;
    const path = objectPath(info, name, ns);
    return this.request(path, { verb: 'get', resource: resourceName(info), name, namespace: ns });
  }

  async list(kind: string, opts: ListOptions = {}): Promise<KubeObject[]> {
    const info = resolveKind(kind);
    const ns = info.namespaced ? opts.namespace : undefined;
    const items: KubeObject[] = [];
    let cont = '';
    do {
      const q = new URLSearchParams();
      if (opts.labelSelector) q.set('labelSelector', opts.labelSelector);
      if (opts.fieldSelector) q.set('fieldSelector', opts.fieldSelector);
      q.set('limit', String(opts.limit ?? 500));
      if (cont) q.set('continue', cont);
      const page = (await this.request(`${listPath(info, ns)}?${q}`, {
        verb: 'list',
        resource: resourceName(info),
        namespace: ns,
      })) as {
        items?: KubeObject[];
        metadata?: { continue?: string };
      };
      // List items carry no kind; restore it so renderers and explainers can rely on it.
      for (const item of page.items ?? [])
        items.push({ apiVersion: info.group ? `${info.group}/${info.version}` : info.version, kind: info.kind, ...item });
      cont = page.metadata?.continue ?? '';
    } while (cont);
    return items;
  }

  private request(path: string, desc: RequestDescription): Promise<KubeObject> {
    return requestJson<KubeObject>(this.conn, { method: 'GET', path, desc, timeoutMs: this.timeoutMs, debug: this.debug, counter: this });
  }
}
