// What the TUI needs from the outside world, as one interface passed into <App>: the connection's
// identity, watches, explanations (already annotated with documents), doc section text, namespaces,
// routing traces and RBAC queries. commands/tui-source.ts implements it over src/cluster; tests
// implement it over captured snapshots. Components never reach the API server themselves.
import type { KubeObject } from '../../model/kube.js';
import type { WatchHandle, WatchHandlers } from '../../cluster/watch.js';
import type { DocRef } from '../../model/docs.js';
import type { Explanation } from '../../model/explanation.js';
import type { Trace } from '../../model/trace.js';
import type { CheckReport } from '../../model/check.js';

export interface ClusterIdentity {
  context: string;
  server: string;
  user: string;
  /** The context's namespace (where a context switch lands). */
  namespace?: string;
}

export interface DocSectionText {
  /** Heading path, outermost first. */
  headings: string[];
  file: string;
  line: number;
  /** Prose and code of the section (unescaped: the pane escapes). */
  text: string;
}

/** Lines of an RBAC answer (already rendered as text), and whether the request is allowed (can). */
export interface RbacAnswer {
  lines: string[];
  allowed?: boolean;
}

/** What `l` asks for: one container's log, read-only (GET pods/log). */
export interface LogRequest {
  name: string;
  namespace: string;
  container?: string;
  previous: boolean;
  follow: boolean;
}

export interface LogStream {
  stop(): void;
}

/** What the periodic probe found of the listed namespace. */
export type NamespaceStatus = 'ok' | 'terminating' | 'gone';

export interface TuiSource {
  identity: ClusterIdentity;
  /** Watches `kind` in `namespace`; `map` reduces each object to what the caller keeps (a list row). */
  watch<T>(kind: string, namespace: string, map: (o: KubeObject) => T, handlers: WatchHandlers<T>): WatchHandle;
  explain(kind: string, name: string, namespace: string): Promise<Explanation>;
  docSection(ref: DocRef): Promise<DocSectionText | null>;
  namespaces(): Promise<string[]>;
  /** null when this build has no tracer. */
  trace(target: string, namespace: string): Promise<Trace | null>;
  rbac(query: string, namespace: string): Promise<RbacAnswer>;
  /** The object as the API server has it (the YAML pane hides Secret values and managedFields). */
  get(kind: string, name: string, namespace: string): Promise<KubeObject>;
  /** Log text arrives in chunks (unescaped: the pane escapes); onEnd when it ends or fails. */
  logs(req: LogRequest, onText: (text: string) => void, onEnd: (err?: Error) => void): LogStream;
  /** The object's events, explained (the same explainer as `explain` uses for events). */
  events(kind: string, name: string, namespace: string): Promise<Explanation>;
  /**
   * A cheap GET with a short deadline (the namespace, or the API server's version for ''): rejects when
   * the server does not answer, so a frozen server shows as stale even while a watch stays open.
   */
  probe(namespace: string): Promise<NamespaceStatus>;
  /** The problems of `namespace` ('' = every namespace) grouped by root cause, as `kubexplain check` finds them (one scan). */
  check(namespace: string): Promise<CheckReport>;
  /**
   * A kind the built-in table does not know (a custom resource, a Gateway API kind when served), as
   * kubectl names it: through discovery (cached). Resolves to a name the rest of the source accepts;
   * rejects with the reason (unknown kind, with close names) when nothing serves it.
   */
  resolveKind(name: string): Promise<string>;
  /** Context names of the kubeconfig, re-read each time. */
  contexts(): string[];
  /** A source on another context of the kubeconfig (re-read); throws for an unknown name. */
  withContext(name: string): TuiSource;
}
