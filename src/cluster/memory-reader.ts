// A Reader over objects already read (a namespace scan): every explainer's ReadPlan runs against it
// with no request, so `check` explains thousands of objects from a few list requests. Indexed by kind,
// namespace and name; label and field selectors as the API server applies them. `check -A` explains
// ~5,500 objects, each asking for the same few lists (the Services of its namespace, its own events by
// involvedObject): the answer to a list is kept, and a field selector is looked up through an index
// by its first equality (built once per kind, namespace and field), not by a scan of every event.
import { notFoundError } from './errors.js';
import type { KubeObject, ListOptions } from '../model/kube.js';
import { lookupKind } from './kinds.js';
import { fieldsMatch, fieldValue, labelsMatch, parseFieldSelector, parseLabelSelector } from './manifests.js';
import type { Reader } from './reader.js';

interface KindObjects {
  byNs: Map<string, KubeObject[]>;
  /** Every namespace's, for cluster-wide lists (built on first use). */
  all?: KubeObject[];
  /** namespace → name → object (built on first get). */
  byName?: Map<string, Map<string, KubeObject>>;
}

export class MemoryReader implements Reader {
  readonly requestCount = 0;
  private readonly byKind = new Map<string, KindObjects>();
  private readonly answers = new Map<string, KubeObject[]>();
  /** kind, namespace and field path → field value → objects. */
  private readonly fieldIndex = new Map<string, Map<string, KubeObject[]>>();

  constructor(
    objects: Iterable<KubeObject>,
    readonly server = 'memory',
  ) {
    for (const o of objects) {
      const ns = o.metadata?.namespace ?? '';
      const kind = o.kind ?? '';
      let entry = this.byKind.get(kind);
      if (!entry) this.byKind.set(kind, (entry = { byNs: new Map() }));
      let list = entry.byNs.get(ns);
      if (!list) entry.byNs.set(ns, (list = []));
      list.push(o);
    }
  }

  /** The stored kind for a kubectl-style name, and whether its objects live in namespaces. */
  private resolve(kind: string): { kind: string; namespaced: boolean } {
    const info = lookupKind(kind);
    return { kind: info?.kind ?? kind, namespaced: info?.namespaced !== false };
  }

  private pool(entry: KindObjects, namespace: string | undefined, namespaced: boolean): KubeObject[] {
    if (namespace !== undefined && namespaced) return entry.byNs.get(namespace) ?? [];
    return (entry.all ??= [...entry.byNs.values()].flat());
  }

  async get(kind: string, name: string, namespace?: string): Promise<KubeObject> {
    const r = this.resolve(kind);
    const entry = this.byKind.get(r.kind);
    let found: KubeObject | undefined;
    if (entry) {
      if (!entry.byName) {
        entry.byName = new Map();
        for (const [ns, list] of entry.byNs) entry.byName.set(ns, new Map(list.map((o) => [o.metadata?.name ?? '', o])));
      }
      if (namespace !== undefined && r.namespaced) found = entry.byName.get(namespace)?.get(name);
      else for (const names of entry.byName.values()) if ((found = names.get(name))) break;
    }
    if (!found) throw notFoundError(r.kind, name, namespace);
    return found;
  }

  async list(kind: string, opts: ListOptions = {}): Promise<KubeObject[]> {
    const r = this.resolve(kind);
    const entry = this.byKind.get(r.kind);
    if (!entry) return [];
    const ns = r.namespaced ? opts.namespace : undefined;
    const pool = this.pool(entry, ns, r.namespaced);
    if (!opts.labelSelector && !opts.fieldSelector) return pool;
    const key = `${r.kind}\0${ns ?? '*'}\0${opts.labelSelector ?? ''}\0${opts.fieldSelector ?? ''}`;
    let answer = this.answers.get(key);
    if (!answer) {
      const labels = opts.labelSelector ? parseLabelSelector(opts.labelSelector) : [];
      const fields = parseFieldSelector(opts.fieldSelector);
      // An equality on a field narrows the pool through its index before anything is matched.
      const eq = fields.find((f) => !f.neg);
      const candidates = eq ? (this.indexOf(r.kind, ns, eq.path, pool).get(eq.value) ?? []) : pool;
      answer = candidates.filter(
        (o) => labelsMatch(labels, (o.metadata?.labels as Record<string, string> | undefined) ?? {}) && fieldsMatch(fields, o),
      );
      this.answers.set(key, answer);
    }
    return answer;
  }

  private indexOf(kind: string, ns: string | undefined, path: string, pool: KubeObject[]): Map<string, KubeObject[]> {
    const key = `${kind}\0${ns ?? '*'}\0${path}`;
    let index = this.fieldIndex.get(key);
    if (!index) {
      index = new Map();
      for (const o of pool) {
        const v = String(fieldValue(o, path) ?? '');
        let list = index.get(v);
        if (!list) index.set(v, (list = []));
        list.push(o);
      }
      this.fieldIndex.set(key, index);
    }
    return index;
  }
}
