// A Reader over objects already read (a namespace scan): every explainer's ReadPlan runs against it
// with no request, so `check` explains thousands of objects from a few list requests. Indexed by kind
// and namespace; label and field selectors as the API server applies them.
import { ExitCode, KxError } from '../errors.js';
import type { KubeObject, ListOptions } from '../model/kube.js';
import { lookupKind } from './kinds.js';
import { fieldsMatch, labelsMatch, parseFieldSelector, parseLabelSelector } from './manifests.js';
import type { Reader } from './reader.js';

export class MemoryReader implements Reader {
  readonly requestCount = 0;
  private readonly byKind = new Map<string, Map<string, KubeObject[]>>();

  constructor(
    objects: Iterable<KubeObject>,
    readonly server = 'memory',
  ) {
    for (const o of objects) {
      const ns = o.metadata?.namespace ?? '';
      const kind = o.kind ?? '';
      let byNs = this.byKind.get(kind);
      if (!byNs) this.byKind.set(kind, (byNs = new Map()));
      let list = byNs.get(ns);
      if (!list) byNs.set(ns, (list = []));
      list.push(o);
    }
  }

  private kindOf(kind: string): string {
    return lookupKind(kind)?.kind ?? kind;
  }

  async get(kind: string, name: string, namespace?: string): Promise<KubeObject> {
    const k = this.kindOf(kind);
    const byNs = this.byKind.get(k);
    const pool = namespace !== undefined && lookupKind(k)?.namespaced !== false ? byNs?.get(namespace) : [...(byNs?.values() ?? [])].flat();
    const found = pool?.find((o) => o.metadata?.name === name);
    if (!found) throw new KxError(`${k} "${name}" not found${namespace ? ` in namespace "${namespace}"` : ''}`, ExitCode.notFound);
    return found;
  }

  async list(kind: string, opts: ListOptions = {}): Promise<KubeObject[]> {
    const k = this.kindOf(kind);
    const byNs = this.byKind.get(k);
    if (!byNs) return [];
    const pool =
      opts.namespace !== undefined && lookupKind(k)?.namespaced !== false ? (byNs.get(opts.namespace) ?? []) : [...byNs.values()].flat();
    const labels = opts.labelSelector ? parseLabelSelector(opts.labelSelector) : [];
    const fields = parseFieldSelector(opts.fieldSelector);
    if (!labels.length && !fields.length) return pool;
    return pool.filter(
      (o) => labelsMatch(labels, (o.metadata?.labels as Record<string, string> | undefined) ?? {}) && fieldsMatch(fields, o),
    );
  }
}
