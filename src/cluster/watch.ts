// List-then-watch over the kubeconfig's connection, the way client-go's reflector does it: list
// (paginated) to get the state and a resourceVersion, then GET ?watch=1 from that version and read
// newline-delimited JSON events. A watch that ends normally resumes from the last version seen
// (bookmarks keep it fresh); "410 Gone" (as a status or an ERROR event) means the version expired,
// so it lists again. Network errors back off exponentially with jitter and relist. GET only, through
// the one HTTP helper (the connection's keep-alive agent; the list pages have the request deadline).
import type http from 'node:http';
import type { Connection } from './kubeconfig.js';
import { resolveKind, type KubeObject } from './reader.js';
import { fromNetwork, fromStatus, type RequestDescription } from './errors.js';
import { open as openRequest, send, statusMessage } from './http.js';
import { listPath } from './paths.js';
import { ExitCode, KxError, em } from '../errors.js';
import { quoted } from '../model/message.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent<T = KubeObject> {
  type: WatchEventType;
  object: T;
}

/** forbidden: the list is not allowed; the watch stops (retrying cannot help until kind or namespace change). */
export type WatchState = 'connecting' | 'live' | 'reconnecting' | 'forbidden';

export interface WatchHandlers<T = KubeObject> {
  /** The full current state (first list and every relist): replaces what the caller had. */
  onSync(items: T[]): void;
  onEvent(event: WatchEvent<T>): void;
  /** The first list only: what has arrived so far, after each page but the last (to draw early). */
  onPartial?(items: T[]): void;
  /** Connection state; `error` says why it is reconnecting, `retryInMs` when it tries next. */
  onState(state: WatchState, error?: KxError, retryInMs?: number): void;
}

export interface WatchOptions {
  namespace?: string;
  labelSelector?: string;
  /** Per request timeout for lists (watches run until the server ends them). */
  timeoutMs?: number;
  debug?: boolean;
  /** Backoff bounds (tests shorten them). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Watch from this version without listing first (a version too old gets 410 and a relist). */
  fromResourceVersion?: string;
  /** Counts requests, like LiveReader.requestCount. */
  counter?: { requestCount: number };
}

export interface WatchHandle {
  stop(): void;
}

/** Exponential backoff with full jitter: a random wait in [base/2, base], base doubling per failure. */
export function backoffDelay(failures: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.max(0, failures - 1));
  return Math.round(base / 2 + (random() * base) / 2);
}

class Gone extends Error {}

const STREAM_TIMEOUT_S = 300;

/**
 * Watches `kind`. `map` turns each object into what the caller keeps, page by page as the list
 * arrives, so a namespace of thousands of objects never sits in memory whole.
 */
export function watchList<T = KubeObject>(
  conn: Connection,
  kind: string,
  handlers: WatchHandlers<T>,
  opts: WatchOptions = {},
  map: (o: KubeObject) => T = (o) => o as T,
): WatchHandle {
  const info = resolveKind(kind);
  const ns = info.namespaced ? opts.namespace : undefined;
  const resource = info.group ? `${info.plural}.${info.group}` : info.plural;
  const path = listPath(info, ns);
  const apiVersion = info.group ? `${info.group}/${info.version}` : info.version;
  const minB = opts.minBackoffMs ?? 500;
  const maxB = opts.maxBackoffMs ?? 30_000;
  let stopped = false;
  let current: http.ClientRequest | undefined;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;

  const call = (query: URLSearchParams, timeoutMs: number) => ({
    method: 'GET' as const,
    path: `${path}?${query}`,
    desc: { verb: query.has('watch') ? ('watch' as const) : ('list' as const), resource, ...(ns ? { namespace: ns } : {}) },
    timeoutMs,
    ...(opts.debug ? { debug: true } : {}),
    ...(opts.counter ? { counter: opts.counter } : {}),
  });
  const failure = (status: number, body: string, desc: RequestDescription) =>
    status === 410 ? new Gone() : fromStatus(status, desc, conn.server, status === 403 ? undefined : statusMessage(body));

  /** One list page, read whole within the request deadline. */
  const page = async (query: URLSearchParams): Promise<unknown> => {
    const c = call(query, opts.timeoutMs ?? 30_000);
    const { status, body } = await send(conn, c);
    if (status < 200 || status >= 300) throw failure(status, body, c.desc);
    try {
      return JSON.parse(body);
    } catch (err) {
      throw new KxError(em['server.notJson']({ server: conn.server }), ExitCode.connection, undefined, { cause: err });
    }
  };

  /** The watch request: its headers within the deadline, then a stream with no deadline. */
  const open = async (query: URLSearchParams): Promise<http.IncomingMessage> => {
    const c = call(query, opts.timeoutMs ?? 30_000);
    const { req, res } = await openRequest(conn, c);
    current = req;
    if (stopped) req.destroy();
    const status = res.statusCode ?? 0;
    if (status >= 200 && status < 300) return res;
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    throw failure(status, Buffer.concat(chunks).toString('utf8'), c.desc);
  };

  let firstList = true;
  const list = async (): Promise<{ items: T[]; resourceVersion: string }> => {
    const items: T[] = [];
    let cont = '';
    let resourceVersion = '';
    do {
      const q = new URLSearchParams();
      if (opts.labelSelector) q.set('labelSelector', opts.labelSelector);
      q.set('limit', '500');
      if (cont) q.set('continue', cont);
      const got = (await page(q)) as {
        items?: KubeObject[];
        metadata?: { continue?: string; resourceVersion?: string };
      };
      for (const item of got.items ?? []) items.push(map({ apiVersion, kind: info.kind, ...item }));
      cont = got.metadata?.continue ?? '';
      resourceVersion = got.metadata?.resourceVersion ?? resourceVersion;
      if (cont && firstList && !stopped) handlers.onPartial?.(items.slice());
    } while (cont);
    firstList = false;
    return { items, resourceVersion };
  };

  /** Streams events until the server closes the watch; returns the last resourceVersion seen. */
  const stream = async (from: string): Promise<string> => {
    const q = new URLSearchParams({
      watch: '1',
      resourceVersion: from,
      allowWatchBookmarks: 'true',
      timeoutSeconds: String(STREAM_TIMEOUT_S),
    });
    if (opts.labelSelector) q.set('labelSelector', opts.labelSelector);
    // The stream has no deadline: bookmarks arrive about once a minute, and the server ends the watch itself.
    const res = await open(q);
    let rv = from;
    let buffered = '';
    return new Promise((resolve, reject) => {
      let failed = false;
      const line = (text: string) => {
        if (!text.trim() || failed) return;
        let ev: { type?: string; object?: KubeObject & { code?: number; message?: string } };
        try {
          ev = JSON.parse(text) as typeof ev;
        } catch {
          return;
        }
        const obj = ev.object;
        if (!obj) return;
        if (ev.type === 'ERROR') {
          failed = true;
          res.destroy();
          if (obj.code === 410) reject(new Gone());
          else
            reject(
              new KxError(em['watch.failed']({ resource, message: quoted(String(obj.message ?? 'error event')) }), ExitCode.connection),
            );
          return;
        }
        const version = (obj.metadata as { resourceVersion?: string } | undefined)?.resourceVersion;
        if (version) rv = version;
        if (ev.type === 'BOOKMARK') return;
        if (ev.type === 'ADDED' || ev.type === 'MODIFIED' || ev.type === 'DELETED') {
          handlers.onEvent({ type: ev.type, object: map({ apiVersion, kind: info.kind, ...obj }) });
        }
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffered += chunk;
        let nl: number;
        while ((nl = buffered.indexOf('\n')) >= 0) {
          const text = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          line(text);
        }
      });
      res.on('end', () => {
        if (failed) return;
        line(buffered);
        resolve(rv);
      });
      res.on('error', (err) => {
        if (!failed) reject(stopped ? new Error('stopped') : fromNetwork(err, conn.server, 0));
      });
      res.on('close', () => {
        if (!failed && !res.complete)
          reject(stopped ? new Error('stopped') : fromNetwork(new Error('the watch connection closed'), conn.server, 0));
      });
    });
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });

  const loop = async () => {
    let failures = 0;
    let rv = opts.fromResourceVersion ?? '';
    handlers.onState('connecting');
    while (!stopped) {
      try {
        if (!rv) {
          const listed = await list();
          if (stopped) return;
          rv = listed.resourceVersion;
          handlers.onSync(listed.items);
        }
        handlers.onState('live');
        failures = 0;
        rv = await stream(rv);
      } catch (err) {
        if (stopped) return;
        rv = '';
        if (err instanceof Gone) continue; // expired version: list again at once
        // A forbidden list is a permission state, not a connection state: say so and stop.
        if (err instanceof KxError && err.exitCode === ExitCode.forbidden) {
          handlers.onState('forbidden', err);
          return;
        }
        failures += 1;
        const delay = backoffDelay(failures, minB, maxB);
        const kx =
          err instanceof KxError
            ? err
            : new KxError(em['network.other']({ message: quoted(String((err as Error).message ?? err)) }), ExitCode.connection, undefined, {
                cause: err,
              });
        handlers.onState('reconnecting', kx, delay);
        await sleep(delay);
      }
    }
  };
  void loop();

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wake?.();
      current?.destroy();
    },
  };
}
