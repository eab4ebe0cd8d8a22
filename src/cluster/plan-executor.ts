// Runs any explainer's ReadPlan: the target first, then its planned reads in parallel (bounded),
// within the explainer's request budget. Written once for every kind: a 403 on a secondary read
// becomes a warning naming the missing permission, a 404 on a secondary get becomes null, anything
// else (a lost connection) fails the command. Secrets lose their values here.
import { ExitCode, KxError } from '../errors.js';
import type { KubeObject } from '../model/kube.js';
import { message, type Message } from '../model/message.js';
import type { Read, ReadPlan, ReadResult, Snapshot } from '../model/read-plan.js';
import { lookupKind } from './kinds.js';
import { mapLimit } from './pool.js';
import type { Reader } from './reader.js';
import { summarizeSecret } from './secret-summary.js';

export interface PlanSource {
  /** Requests at most, the target included (e.g. a Pod: 6). */
  budget?: number;
  reads(target: KubeObject, namespace: string): ReadPlan;
  /** Follow-up reads decided on the snapshot so far (see src/explain/contract.ts). */
  next?(snap: Snapshot): ReadPlan;
}

/** Follow-up rounds at most: a plan that keeps asking is a bug, not a reason to loop. */
const ROUNDS = 3;

const PARALLEL = 6;

const resourceOf = (kind: string) => {
  const k = lookupKind(kind);
  return k ? (k.group ? `${k.plural}.${k.group}` : k.plural) : kind;
};

/** Drops Secret values the moment an object arrives. */
const clean = (kind: string, o: KubeObject): KubeObject => (kind === 'Secret' ? summarizeSecret({ kind, ...o }) : o);

export async function readTarget(reader: Reader, kind: string, name: string, namespace: string): Promise<KubeObject> {
  const raw = await reader.get(kind, name, namespace);
  return clean(kind, { kind, ...raw });
}

/** Reads the target, then every read of its plan; returns the frozen snapshot the explainer works on. */
export async function executePlan(reader: Reader, source: PlanSource, kind: string, name: string, namespace: string): Promise<Snapshot> {
  const object = await readTarget(reader, kind, name, namespace);
  return executeReads(reader, source, object, (object.metadata?.namespace as string | undefined) ?? namespace);
}

/** The secondary reads alone, for a target read elsewhere (e.g. by a watch in the TUI). */
export async function executeReads(reader: Reader, source: PlanSource, object: KubeObject, namespace: string): Promise<Snapshot> {
  const reads: Record<string, ReadResult> = {};
  const skipped: string[] = [];
  const warnings: Message[] = [];
  const offline = reader.offline ? { offline: true } : {};
  let room = source.budget === undefined ? Infinity : Math.max(0, source.budget - 1);
  let plan = source.reads(object, namespace);
  for (let round = 0; round <= ROUNDS; round++) {
    const planned = Object.entries(plan).filter(
      (e): e is [string, Read] => e[1] !== undefined && !(e[0] in reads) && !skipped.includes(e[0]),
    );
    if (planned.length === 0) break;
    const run = planned.slice(0, room);
    skipped.push(...planned.slice(run.length).map(([key]) => key));
    room -= run.length;
    Object.assign(reads, Object.fromEntries(await runReads(reader, run, warnings)));
    if (!source.next) break;
    plan = source.next({ object, reads, skipped, warnings, ...offline });
  }
  const snapshot = { object, reads, skipped, warnings, ...offline };
  if (DEEP_FREEZE) return deepFreeze(snapshot);
  for (const r of Object.values(reads)) if (Array.isArray(r)) Object.freeze(r);
  Object.freeze(reads);
  return Object.freeze(snapshot);
}

/** One round of reads in parallel (bounded): a 403 becomes a warning naming the permission, a 404 on a get null. */
async function runReads(reader: Reader, run: [string, Read][], warnings: Message[]): Promise<[string, ReadResult][]> {
  const forbidden = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.forbidden;
  const listOnce = async (read: Extract<Read, { op: 'list' }>, namespace: string | undefined) => {
    const items = await reader.list(read.kind, {
      ...(namespace !== undefined ? { namespace } : {}),
      ...(read.labelSelector !== undefined ? { labelSelector: read.labelSelector } : {}),
      ...(read.fieldSelector !== undefined ? { fieldSelector: read.fieldSelector } : {}),
    });
    // Only Secrets change; any other list is kept as the reader gave it (a check's reader shares its lists).
    return read.kind === 'Secret' ? items.map((i) => clean(read.kind, i)) : items;
  };
  const results = await mapLimit(run, PARALLEL, async ([key, read]): Promise<[string, ReadResult]> => {
    try {
      if (read.op === 'get')
        return [key, clean(read.kind, { kind: read.kind, ...(await reader.get(read.kind, read.name, read.namespace)) })];
      try {
        return [key, await listOnce(read, read.namespace)];
      } catch (err) {
        // Forbidden across all namespaces: the one namespace the plan names may still be readable.
        if (!forbidden(err) || read.namespace !== undefined || read.orNamespace === undefined) throw err;
        warnings.push(message('common:forbidden', { verb: 'list', resource: resourceOf(read.kind), only: read.orNamespace }));
        return [key, await listOnce(read, read.orNamespace)];
      }
    } catch (err) {
      if (err instanceof KxError && err.exitCode === ExitCode.notFound && read.op === 'get') return [key, null];
      // Only a missing permission degrades; a lost connection fails the whole command.
      if (forbidden(err)) {
        const namespace = read.namespace ?? (read.op === 'list' ? read.orNamespace : undefined);
        warnings.push(
          message('common:forbidden', {
            verb: read.op,
            resource: resourceOf(read.kind),
            ...(namespace !== undefined ? { namespace } : {}),
          }),
        );
        return [key, undefined];
      }
      throw err;
    }
  });
  return results;
}

// Explainers must not change what they read. The tests freeze every object of every snapshot, so an
// explainer that writes to one fails there; a run freezes the snapshot and its lists but not the objects:
// deep-freezing 5,000 Pods was a sixth of the CPU of `check -A`, whose snapshots share them.
const DEEP_FREEZE = process.env.VITEST !== undefined;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}
