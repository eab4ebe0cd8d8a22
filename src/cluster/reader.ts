// The Reader: the only way the rest of the tool gets objects. The live reader sends plain GET
// requests (get, list with pagination) over the kubeconfig's TLS and credentials, counts them,
// and classifies failures. It never sends anything but GET (and, elsewhere, the review APIs).
import https from 'node:https';
import http from 'node:http';
import type { Connection } from './kubeconfig.js';
import { collectionPath, lookupKind, type KindInfo } from './kinds.js';
import { fromNetwork, fromStatus, type RequestDescription } from './errors.js';
import { shareAgent } from './agent.js';
import { ExitCode, KxError } from '../errors.js';

import type { KubeObject, ListOptions } from '../model/kube.js';
export type { KubeObject, ListOptions };

export interface Reader {
  readonly server: string;
  /** Requests sent so far (for tests and --debug). */
  readonly requestCount: number;
  get(kind: string, name: string, namespace?: string): Promise<KubeObject>;
  list(kind: string, opts?: ListOptions): Promise<KubeObject[]>;
}

export function resolveKind(kind: string): KindInfo {
  const info = lookupKind(kind);
  if (!info)
    throw new KxError(`unknown kind "${kind}"`, ExitCode.usage, 'use a kubectl kind name such as pod, deploy, svc, ingress, no, ns');
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

  async get(kind: string, name: string, namespace?: string): Promise<KubeObject> {
    const info = resolveKind(kind);
    const ns = info.namespaced ? (namespace ?? this.conn.namespace) : undefined;
    const path = `${collectionPath(info, ns)}/${encodeURIComponent(name)}`;
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
      const page = (await this.request(`${collectionPath(info, ns)}?${q}`, {
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

  private async request(path: string, desc: RequestDescription): Promise<KubeObject> {
    const url = new URL(this.server.replace(/\/$/, '') + path);
    const options: https.RequestOptions = { method: 'GET', headers: { Accept: 'application/json', 'User-Agent': 'kubexplain' } };
    await this.conn.kc.applyToHTTPSOptions(options);
    shareAgent(this.conn, options);
    this.requestCount++;
    if (this.debug) process.stderr.write(`debug: GET ${url.pathname}${url.search}\n`);
    const mod = url.protocol === 'http:' ? http : https;
    return new Promise((resolve, reject) => {
      const req = mod.request(url, options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            try {
              resolve(JSON.parse(body) as KubeObject);
            } catch (err) {
              reject(
                new KxError(`the API server ${this.server} sent a response that is not JSON`, ExitCode.connection, undefined, {
                  cause: err,
                }),
              );
            }
            return;
          }
          let message: string | undefined;
          try {
            message = (JSON.parse(body) as { message?: string }).message;
          } catch {
            message = undefined;
          }
          reject(fromStatus(status, desc, this.server, status === 403 ? undefined : message));
        });
      });
      if (this.timeoutMs > 0) {
        req.setTimeout(this.timeoutMs, () => req.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })));
      }
      req.on('error', (err) => reject(fromNetwork(err, this.server, this.timeoutMs)));
      req.end();
    });
  }
}
