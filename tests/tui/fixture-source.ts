// A TuiSource over captured sandbox objects (tests/fixtures/pods): a Reader over the snapshots for
// the real explainers, and a watch the test drives by hand (sync, events, connection state).
// No API server is imitated: this is the seam the App is written against.
import { readdirSync, readFileSync } from 'node:fs';
import type { KubeObject, ListOptions, Reader } from '../../src/cluster/reader.js';
import { kindRef, lookupKind, type KindInfo } from '../../src/cluster/kinds.js';
import { resolveKindName } from '../../src/cluster/discovery.js';
import type { WatchEvent, WatchHandlers, WatchState } from '../../src/cluster/watch.js';
import { annotate } from '../../src/docs/annotate.js';
import { loadDocIndex, sectionMarkdown, type LoadResult } from '../../src/docs/load.js';
import { ExitCode, KxError } from '../../src/errors.js';
import { notFoundError } from '../../src/cluster/errors.js';
import { quoted } from '../../src/model/message.js';
import { explainerFor } from '../../commands/run-explain.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { TuiSource } from '../../src/render/tui/source.js';
import { traceLive } from '../../commands/routing-run.js';
import { explainEvents } from '../../commands/tui-source.js';
import { buildCheckReport } from '../../commands/check.js';

const dir = new URL('../fixtures/pods/', import.meta.url);
const read = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as KubeObject & { items?: KubeObject[] };

export function fixtureObjects(): KubeObject[] {
  const out: KubeObject[] = [];
  for (const f of readdirSync(dir)) {
    const j = read(f);
    if (j.items) {
      const kind = {
        'shop-services.json': 'Service',
        'shop-jobs.json': 'Job',
        'shop-replicasets.json': 'ReplicaSet',
        'shop-events.json': 'Event',
        'shop-configmaps.json': 'ConfigMap',
        'shop-endpointslices.json': 'EndpointSlice',
      }[f];
      for (const i of j.items) out.push({ ...(kind ? { kind } : {}), ...i });
    } else out.push(j);
  }
  return out;
}

export class FixtureReader implements Reader {
  readonly server = 'https://fixtures.invalid';
  requestCount = 0;
  constructor(readonly objects: KubeObject[]) {}

  async get(kind: string, name: string, namespace?: string): Promise<KubeObject> {
    this.requestCount++;
    const k = lookupKind(kind)!;
    const o = this.objects.find(
      (x) => x.kind === k.kind && x.metadata?.name === name && (!k.namespaced || x.metadata?.namespace === namespace),
    );
    if (!o) throw notFoundError(k.plural, name);
    return o;
  }

  async list(kind: string, opts: ListOptions = {}): Promise<KubeObject[]> {
    this.requestCount++;
    const k = lookupKind(kind)!;
    const uid = /involvedObject\.uid=([^,]+)/.exec(opts.fieldSelector ?? '')?.[1];
    return this.objects.filter(
      (x) =>
        x.kind === k.kind &&
        (!opts.namespace || x.metadata?.namespace === opts.namespace) &&
        (!uid || (x as { involvedObject?: { uid?: string } }).involvedObject?.uid === uid),
    );
  }
}

let docs: Promise<LoadResult> | undefined;

interface CrdSpec {
  group: string;
  scope: string;
  names: { kind: string; plural: string; singular: string; shortNames?: string[] };
  versions: { name: string; served: boolean }[];
}

export interface DrivenSource extends TuiSource {
  reader: FixtureReader;
  /** Handlers of the open watch, per kind (objects mapped to rows by the App's map). */
  handlers: Map<string, { map: (o: KubeObject) => unknown; h: WatchHandlers<unknown> }>;
  explained: string[];
  sync(kind: string): void;
  emit(kind: string, event: WatchEvent): void;
  state(kind: string, s: WatchState, error?: string): void;
  /** Log requests made (l, p), and the namespace probe's answer (a function: tests change it). */
  logRequests: { name: string; previous: boolean; follow: boolean }[];
  probeAnswer: () => Promise<'ok' | 'gone' | 'terminating'>;
  /** Called with the context name by withContext. */
  switched: string[];
  /** Namespaces of the check scans asked for ('' = all). */
  checks: string[];
}

export function fixtureSource(lang: Lang, objects = fixtureObjects(), opts: { autoSync?: boolean; logText?: string } = {}): DrivenSource {
  const reader = new FixtureReader(objects);
  const handlers: DrivenSource['handlers'] = new Map();
  const explained: string[] = [];
  const src: DrivenSource = {
    reader,
    handlers,
    explained,
    logRequests: [],
    switched: [],
    checks: [],
    probeAnswer: async () => 'ok',
    identity: { context: 'kwok-kubexplain', server: 'https://127.0.0.1:6443', user: 'kwok-admin' },
    watch(kind, namespace, map, h) {
      handlers.set(kind, { map, h: h as WatchHandlers<unknown> });
      h.onState('connecting');
      if (opts.autoSync !== false) {
        setTimeout(() => {
          src.sync(kind);
          h.onState('live');
        }, 0);
      }
      void namespace;
      return { stop: () => handlers.delete(kind) };
    },
    sync(kind) {
      const w = handlers.get(kind);
      w?.h.onSync(reader.objects.filter((o) => o.kind === kind).map(w.map));
    },
    emit(kind, event) {
      const i = reader.objects.findIndex((o) => o.kind === kind && o.metadata?.name === event.object.metadata?.name);
      if (event.type === 'DELETED') {
        if (i >= 0) reader.objects.splice(i, 1);
      } else if (i >= 0) reader.objects[i] = event.object;
      else reader.objects.push(event.object);
      const w = handlers.get(kind);
      w?.h.onEvent({ type: event.type, object: w.map(event.object) });
    },
    state(kind, s, error) {
      handlers
        .get(kind)
        ?.h.onState(s, error ? new KxError(quoted(error), ExitCode.connection) : undefined, s === 'reconnecting' ? 4000 : undefined);
    },
    async explain(kind, name, namespace) {
      explained.push(`${kind}/${name}`);
      const [e, loaded] = await Promise.all([
        explainerFor(lookupKind(kind)!)(reader, name, namespace, lang),
        (docs ??= loadDocIndex({ docs: [], env: {} })),
      ]);
      return { ...e, findings: annotate(e.findings, loaded.index, lang) };
    },
    async docSection(ref) {
      const { index } = await (docs ??= loadDocIndex({ docs: [], env: {} }));
      const entry = index.entries.find((e) => e.doc.file === ref.file && e.section.line === ref.line);
      if (!entry) return null;
      const text = (await sectionMarkdown(entry.doc, ref.line)) ?? entry.section.body;
      return { headings: entry.section.headings, file: ref.file, line: ref.line, text };
    },
    async namespaces() {
      return ['default', 'kube-system', 'shop'];
    },
    trace: (target, namespace) => traceLive(reader, target, namespace, lang),
    async rbac(query) {
      return { lines: [`asked: ${query}`] };
    },
    get: (kind, name, namespace) => reader.get(kind, name, namespace),
    logs(req, onText, onEnd) {
      src.logRequests.push({ name: req.name, previous: req.previous, follow: req.follow });
      const t = setTimeout(() => {
        onText(opts.logText ?? `log of ${req.name}${req.previous ? ' (previous)' : ''}\n`);
        if (!req.follow) onEnd();
      }, 0);
      return { stop: () => clearTimeout(t) };
    },
    events: (kind, name, namespace) => explainEvents(reader, kind, name, namespace, lang),
    probe: () => src.probeAnswer(),
    check: async (namespace) => {
      src.checks.push(namespace);
      const index = (await (docs ??= loadDocIndex({ docs: [], env: {} }))).index;
      return buildCheckReport(reader, { ...(namespace ? { namespace } : {}), lang, docs: index });
    },
    // Discovery over the CRDs among the objects (served versions), as the API server would list them.
    async resolveKind(name) {
      const discover = async (): Promise<KindInfo[]> =>
        reader.objects
          .filter((o) => o.kind === 'CustomResourceDefinition')
          .flatMap((o) => {
            const spec = (o as unknown as { spec: CrdSpec }).spec;
            return spec.versions
              .filter((v) => v.served)
              .map((v) => ({
                kind: spec.names.kind,
                group: spec.group,
                version: v.name,
                plural: spec.names.plural,
                singular: spec.names.singular,
                namespaced: spec.scope === 'Namespaced',
                short: spec.names.shortNames ?? [],
              }));
          });
      return kindRef((await resolveKindName(name, { discover })).info);
    },
    contexts: () => ['kwok-kubexplain', 'other'],
    withContext(name) {
      if (name !== 'other' && name !== 'kwok-kubexplain') throw new Error(`no context ${name}`);
      src.switched.push(name);
      return { ...src, identity: { ...src.identity, context: name, namespace: 'default' } };
    },
  };
  return src;
}

/** Polls until the last frame satisfies `ok` (Ink renders asynchronously; a loaded 2-core CI machine can take seconds). */
export async function frameWhere(lastFrame: () => string | undefined, ok: (f: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const f = lastFrame() ?? '';
    if (ok(f)) return f;
    if (Date.now() > deadline) throw new Error(`no frame matched within ${timeoutMs} ms; last frame:\n${f}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/** Frames (colour codes removed) and key presses of a rendered App (ink-testing-library's instance). */
export function driver(app: { lastFrame: () => string | undefined; stdin: { write: (data: string) => void } }, timeoutMs = 10_000) {
  const frame = (ok: (f: string) => boolean) => frameWhere(() => (app.lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, ''), ok, timeoutMs);
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      app.stdin.write(k);
      await tick(25);
    }
  };
  return { frame, press };
}
