// A container's log: GET /api/v1/namespaces/NS/pods/NAME/log (read-only; the TUI's `l`), through the one
// HTTP helper. With follow the server keeps the response open and text arrives as the container writes
// it. tailLines bounds what the first answer sends; the caller bounds what it keeps.
import { open, statusMessage } from './http.js';
import { fromNetwork, fromStatus } from './errors.js';
import type { Connection } from './kubeconfig.js';

export interface ReadLogsOptions {
  name: string;
  namespace: string;
  container?: string;
  previous?: boolean;
  follow?: boolean;
  tailLines?: number;
  /** Deadline for the response headers (the body of a followed log has none). */
  timeoutMs: number;
  counter?: { requestCount: number };
}

export interface LogHandle {
  stop(): void;
}

export function readLogs(conn: Connection, o: ReadLogsOptions, onText: (text: string) => void, onEnd: (err?: Error) => void): LogHandle {
  let stopped = false;
  let ended = false;
  let destroy: (() => void) | undefined;
  const end = (err?: Error) => {
    if (ended) return;
    ended = true;
    onEnd(stopped ? undefined : err);
  };
  const q = new URLSearchParams();
  if (o.container) q.set('container', o.container);
  if (o.previous) q.set('previous', 'true');
  if (o.follow) q.set('follow', 'true');
  q.set('tailLines', String(o.tailLines ?? 500));
  const path = `/api/v1/namespaces/${encodeURIComponent(o.namespace)}/pods/${encodeURIComponent(o.name)}/log?${q}`;
  const desc = { verb: 'get' as const, resource: 'pods/log', name: o.name, namespace: o.namespace };
  open(conn, { method: 'GET', path, desc, timeoutMs: o.timeoutMs, ...(o.counter ? { counter: o.counter } : {}) }).then(
    ({ req, res }) => {
      destroy = () => req.destroy();
      if (stopped) return destroy();
      const status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      if (status < 200 || status >= 300) {
        let body = '';
        res.on('data', (c: string) => (body += c));
        res.on('end', () => end(fromStatus(status, desc, conn.server, status === 403 ? undefined : statusMessage(body))));
        return;
      }
      res.on('data', (c: string) => !stopped && onText(c));
      res.on('end', () => end());
      res.on('error', (err) => end(fromNetwork(err, conn.server, 0)));
      res.on('close', () => end());
    },
    (err: unknown) => end(err instanceof Error ? err : new Error(String(err))),
  );
  return {
    stop() {
      stopped = true;
      destroy?.();
      end();
    },
  };
}
