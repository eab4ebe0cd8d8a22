// Offline input (-f FILE|DIR): manifests read from disk, and a Reader over them, so every command
// that works on a cluster can work on files. Reading files is I/O, so it lives in src/cluster with
// the live reader; the explainers never see the difference.
import { parseSelector, requirementsMatch, type Requirement } from '../model/labels.js';
import { extname, join } from 'node:path';
import { fsp, nodeRequire } from '../text/lazy-builtins.js';
import { ExitCode, KxError, em } from '../errors.js';
import { quoted } from '../model/message.js';
import { lookupKind } from './kinds.js';
import type { KubeObject, ListOptions, Reader } from './reader.js';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export interface ManifestSource {
  file: string;
  /** 1-based line where the object's document (or List item) starts. */
  line: number;
}

// Where each loaded object came from, without adding a field to the object itself.
const sources = new WeakMap<object, ManifestSource>();

/** The file and line an object was loaded from, when it came from loadManifests. */
export function manifestSource(obj: object): ManifestSource | undefined {
  return sources.get(obj);
}

/**
 * Reads Kubernetes objects from files and folders: multi-document YAML and JSON; a folder's
 * .yaml/.yml/.json files (not its subfolders) in name order; `List` kinds flattened into their
 * items. A missing path is notFound; an unparsable file, or a document that is not an object with
 * a kind, is a usage error naming file:line.
 */
export async function loadManifests(paths: string[]): Promise<KubeObject[]> {
  const files: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = (await fsp().stat(p)).isDirectory();
    } catch (err) {
      throw new KxError(em['manifests.missing']({ path: quoted(p) }), ExitCode.notFound, em['manifests.missing.hint'](), { cause: err });
    }
    if (isDir) {
      const names = (await fsp().readdir(p, { withFileTypes: true }))
        .filter((d) => d.isFile() && EXTENSIONS.has(extname(d.name).toLowerCase()))
        .map((d) => d.name)
        .sort();
      files.push(...names.map((n) => join(p, n)));
    } else files.push(p);
  }
  const out: KubeObject[] = [];
  // No spread: a List of 150,000 items would overflow the call stack as arguments.
  for (const file of files) for (const obj of await loadFile(file)) out.push(obj);
  return out;
}

async function loadFile(file: string): Promise<KubeObject[]> {
  let text: string;
  try {
    text = await fsp().readFile(file, 'utf8');
  } catch (err) {
    throw new KxError(
      em['manifests.unreadable']({ path: quoted(file), code: (err as NodeJS.ErrnoException).code ?? 'EIO' }),
      ExitCode.notFound,
      undefined,
      { cause: err },
    );
  }
  // JSON saved as .yaml (kubectl get -o json > x.yaml) takes the JSON parser: far faster on big Lists.
  return extname(file).toLowerCase() === '.json' || /^\s*\{/.test(text.slice(0, 1024)) ? parseJson(file, text) : parseYaml(file, text);
}

function parseJson(file: string, text: string): KubeObject[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // V8 says "... at position N" (and newer versions "(line L column C)").
    const msg = (err as Error).message;
    const lineMatch = /line (\d+)/.exec(msg);
    const posMatch = /position (\d+)/.exec(msg);
    const line = lineMatch ? Number(lineMatch[1]) : posMatch ? text.slice(0, Number(posMatch[1])).split('\n').length : 1;
    throw new KxError(
      em['manifests.parse']({ file, line, error: quoted(msg.split('\n')[0]!) }),
      ExitCode.usage,
      em['manifests.json.hint'](),
      {
        cause: err,
      },
    );
  }
  return toObjects(file, value, 1);
}

function parseYaml(file: string, text: string): KubeObject[] {
  // The YAML parser loads when a manifest is read, not on every command that links this module.
  const { LineCounter, parseAllDocuments } = nodeRequire(import.meta.url)('yaml') as typeof import('yaml');
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc });
  // A stream that is not YAML at all comes back as an EmptyStream or with errors on a document.
  const list = Array.isArray(docs) ? docs : [];
  const out: KubeObject[] = [];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) {
      const line = err.linePos?.[0].line ?? lc.linePos(err.pos[0]).line;
      throw new KxError(
        em['manifests.parse']({ file, line, error: quoted(err.message.split('\n')[0]!) }),
        ExitCode.usage,
        em['manifests.yaml.hint'](),
        {
          cause: err,
        },
      );
    }
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    let value: unknown;
    try {
      // Aliases expand into copies; a small limit stops a "billion laughs" document from eating the memory.
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      const why = /alias/i.test((err as Error).message) ? em['manifests.aliases']() : quoted((err as Error).message.split('\n')[0]!);
      throw new KxError(
        em['manifests.load']({ file, line: lc.linePos(start).line, error: why }),
        ExitCode.usage,
        em['manifests.aliases.hint'](),
        {
          cause: err,
        },
      );
    }
    if (value === null || value === undefined) continue;
    for (const obj of toObjects(file, value, lc.linePos(start).line)) out.push(obj);
  }
  return out;
}

/** A document → its objects; Lists (also Lists of Lists) are flattened with a queue, not recursion. */
function toObjects(file: string, value: unknown, line: number): KubeObject[] {
  const out: KubeObject[] = [];
  const queue: unknown[] = [value];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    queue[i] = undefined;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      throw new KxError(em['manifests.notObject']({ file, line }), ExitCode.usage, em['manifests.object.hint']());
    }
    const obj = v as KubeObject;
    if (typeof obj.kind !== 'string' || !obj.kind) {
      throw new KxError(em['manifests.noKind']({ file, line }), ExitCode.usage, em['manifests.object.hint']());
    }
    if (obj.kind.endsWith('List') && Array.isArray(obj.items)) {
      for (const item of obj.items as unknown[]) queue.push(item);
      continue;
    }
    sources.set(obj, { file, line });
    out.push(obj);
  }
  return out;
}

/** Parses a labelSelector query (src/model/labels.ts); throws a usage error when it is not one. */
export function parseLabelSelector(selector: string): Requirement[] {
  const reqs = parseSelector(selector);
  if (!reqs) throw new KxError(em['selector.label']({ selector: quoted(selector) }), ExitCode.usage);
  return reqs;
}

export const labelsMatch = requirementsMatch;

export const fieldValue = (obj: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);

type FieldRequirement = { path: string; neg: boolean; value: string };

/** Parses `a.b=c,d!=e` (the API's field selector form); throws a usage error on anything else. */
export function parseFieldSelector(selector: string | undefined): FieldRequirement[] {
  return (selector ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(s);
      if (!m) throw new KxError(em['selector.field']({ selector: quoted(selector ?? '') }), ExitCode.usage);
      return { path: m[1]!, neg: m[2] === '!=', value: m[3]! };
    });
}

export const fieldsMatch = (fields: FieldRequirement[], o: unknown) =>
  fields.every((f) => (String(fieldValue(o, f.path) ?? '') === f.value) !== f.neg);

/**
 * A Reader over loaded manifests. Namespaced objects without metadata.namespace are placed in
 * `defaultNamespace` (as `kubectl apply -f` does with -n). Lists support namespace, label
 * selectors and `field=value` / `field!=value` field selectors; nothing is fetched, so
 * requestCount stays 0.
 */
export class ManifestReader implements Reader {
  readonly requestCount = 0;
  readonly offline = true;
  readonly server: string;
  readonly objects: readonly KubeObject[];

  constructor(
    objects: readonly KubeObject[],
    readonly defaultNamespace = 'default',
    paths: string[] = [],
  ) {
    this.server = `manifests ${paths.join(', ') || '(none)'}`;
    this.objects = objects.map((o) => {
      const info = lookupKind(o.kind ?? '');
      if (!info?.namespaced || o.metadata?.namespace) return o;
      const copy = { ...o, metadata: { ...o.metadata, namespace: defaultNamespace } };
      const src = sources.get(o);
      if (src) sources.set(copy, src);
      return copy;
    });
  }

  /** Loads the files and builds a reader over them. */
  static async fromPaths(paths: string[], defaultNamespace = 'default'): Promise<ManifestReader> {
    return new ManifestReader(await loadManifests(paths), defaultNamespace, paths);
  }

  private ofKind(kind: string): { kind: string; namespaced: boolean; plural: string } {
    const info = lookupKind(kind);
    if (info) return info;
    // A kind the tool does not know (a CRD): match by the name as written.
    const known = this.objects.find((o) => o.kind?.toLowerCase() === kind.toLowerCase());
    if (!known) throw new KxError(em['kind.unknown']({ kind: quoted(kind) }), ExitCode.usage, em['kind.unknown.hint']());
    return { kind: known.kind!, namespaced: !!known.metadata?.namespace, plural: kind.toLowerCase() };
  }

  async get(kind: string, name: string, namespace?: string): Promise<KubeObject> {
    const info = this.ofKind(kind);
    const ns = info.namespaced ? (namespace ?? this.defaultNamespace) : undefined;
    const found = this.objects.find((o) => o.kind === info.kind && o.metadata?.name === name && (!ns || o.metadata?.namespace === ns));
    if (!found) {
      const files = this.server.replace(/^manifests /, '');
      throw new KxError(
        em['notFound.manifests']({ resource: info.plural, name: quoted(name), ...(ns ? { ns: quoted(ns) } : {}), files }),
        ExitCode.notFound,
      );
    }
    return found;
  }

  async list(kind: string, opts: ListOptions = {}): Promise<KubeObject[]> {
    const info = this.ofKind(kind);
    const labels = opts.labelSelector ? parseLabelSelector(opts.labelSelector) : [];
    const fields = parseFieldSelector(opts.fieldSelector);
    return this.objects.filter(
      (o) =>
        o.kind === info.kind &&
        (!info.namespaced || !opts.namespace || o.metadata?.namespace === opts.namespace) &&
        labelsMatch(labels, (o.metadata?.labels as Record<string, string> | undefined) ?? {}) &&
        fieldsMatch(fields, o),
    );
  }
}
