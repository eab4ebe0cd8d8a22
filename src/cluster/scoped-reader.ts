// check's reader for Gateway API objects: what the scan read is answered from memory, and the few
// reads a route or Gateway makes outside it go to the cluster once each (its answer kept): the
// cluster's GatewayClasses, a backend namespace's ReferenceGrants, a parent Gateway or a backend
// Service in another namespace, the routes of every namespace a Gateway takes. Without them a
// route whose Gateway lives in another namespace would be judged "Gateway not found". Other kinds
// stay as the scan left them (no request per object, whatever an explainer asks).
import type { KubeObject, ListOptions } from '../model/kube.js';
import { lookupKind } from './kinds.js';
import type { MemoryReader } from './memory-reader.js';
import type { Reader } from './reader.js';

/** Kinds read beyond the scan when the scan did not cover them (another namespace, or not listed). */
const BEYOND = new Set(['GatewayClass', 'ReferenceGrant', 'Gateway', 'HTTPRoute', 'GRPCRoute', 'Service']);

export class ScopedReader implements Reader {
  readonly server: string;
  private readonly before: number;
  private readonly kept = new Map<string, Promise<unknown>>();

  constructor(
    private readonly memory: MemoryReader,
    private readonly live: Reader,
    /** Kinds the scan listed, and its namespace (undefined: every namespace). */
    private readonly scanned: ReadonlySet<string>,
    private readonly namespace: string | undefined,
  ) {
    this.server = live.server;
    this.before = live.requestCount;
  }

  /** Requests sent beyond the scan. */
  get requestCount(): number {
    return this.live.requestCount - this.before;
  }

  /** Whether the scan answers this read: a kind it listed, in its namespace (a cluster-wide list of a namespaced kind only under -A). */
  private covered(kind: string, namespace: string | undefined): boolean {
    const info = lookupKind(kind);
    const k = info?.kind ?? kind;
    if (!BEYOND.has(k)) return true;
    if (!this.scanned.has(k)) return false;
    if (info?.namespaced === false || this.namespace === undefined) return true;
    // A Service list of the whole cluster stays the scan's (only Gateway API reads name another namespace).
    return namespace === this.namespace || (namespace === undefined && k === 'Service');
  }

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let p = this.kept.get(key) as Promise<T> | undefined;
    if (!p) this.kept.set(key, (p = read()));
    return p;
  }

  get(kind: string, name: string, namespace?: string): Promise<KubeObject> {
    if (this.covered(kind, namespace)) return this.memory.get(kind, name, namespace);
    return this.once(`get\0${kind}\0${namespace ?? ''}\0${name}`, () => this.live.get(kind, name, namespace));
  }

  list(kind: string, opts: ListOptions = {}): Promise<KubeObject[]> {
    if (this.covered(kind, opts.namespace)) return this.memory.list(kind, opts);
    return this.once(`list\0${kind}\0${JSON.stringify(opts)}`, () => this.live.list(kind, opts));
  }
}
