// Unit tests explain captured objects through the real path: a ManifestReader over the JSON that
// capture scripts saved from the sandbox, the kind's real ReadPlan run by the plan executor, the pure
// explainer, then said in one language. The reader counts what the plan asked for.
import { readFileSync, readdirSync } from 'node:fs';
import { ManifestReader } from '../../src/cluster/manifests.js';
import { lookupKind } from '../../src/cluster/kinds.js';
import type { KubeObject, ListOptions, Reader } from '../../src/cluster/reader.js';
import type { Explanation } from '../../src/model/explanation.js';
import type { Lang } from '../../src/i18n/lang.js';
import { explainerFor } from '../../commands/run-explain.js';
import { ExitCode, KxError } from '../../src/errors.js';
import { quoted } from '../../src/model/message.js';

const cache = new Map<string, KubeObject[]>();

/** Every object of a fixtures folder (its *.json Lists, items given back their kind). */
export function fixtureObjects(folder: string): KubeObject[] {
  const hit = cache.get(folder);
  if (hit) return hit;
  const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
  const out: KubeObject[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const doc = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as KubeObject & { items?: KubeObject[] };
    const kind = doc.kind?.endsWith('List') ? doc.kind.slice(0, -4) : undefined;
    for (const item of doc.items ?? [doc]) out.push({ ...(kind && kind !== '' ? { kind } : {}), ...item });
  }
  cache.set(folder, out);
  return out;
}

/** A reader over captured objects that counts the requests a plan makes. */
export class FixtureReader implements Reader {
  requestCount = 0;
  readonly server = 'fixtures';
  readonly offline = false;
  private readonly inner: ManifestReader;
  constructor(objects: readonly KubeObject[], namespace = 'default') {
    this.inner = new ManifestReader(objects, namespace);
  }
  get(kind: string, name: string, namespace?: string) {
    this.requestCount++;
    return this.inner.get(kind, name, namespace);
  }
  list(kind: string, opts?: ListOptions) {
    this.requestCount++;
    return this.inner.list(kind, opts);
  }
}

/** `explain KIND/NAME -n NS` on a fixtures folder, through the registered explainer and its real plan. */
export async function explainFixture(
  folder: string,
  kind: string,
  name: string,
  namespace: string,
  lang: Lang = 'en',
): Promise<{ e: Explanation; requests: number }> {
  return explainObjects(fixtureObjects(folder), kind, name, namespace, lang);
}

/** The same over given objects (captured ones, some changed by the test). */
export async function explainObjects(
  objects: readonly KubeObject[],
  kind: string,
  name: string,
  namespace: string,
  lang: Lang = 'en',
  /** Kinds whose lists are refused (403), as the API server does without the permission. */
  refuse: readonly string[] = [],
): Promise<{ e: Explanation; requests: number }> {
  const info = lookupKind(kind);
  if (!info) throw new Error(`unknown kind ${kind}`);
  const reader = refuse.length ? new RefusingReader(objects, namespace, refuse) : new FixtureReader(objects, namespace);
  const e = await explainerFor(info)(reader, name, namespace, lang);
  return { e, requests: reader.requestCount };
}

/** A fixture reader that refuses to list some kinds (403 Forbidden). */
export class RefusingReader extends FixtureReader {
  constructor(
    objects: readonly KubeObject[],
    namespace: string,
    private readonly refuse: readonly string[],
  ) {
    super(objects, namespace);
  }
  override list(kind: string, opts?: ListOptions) {
    if (!this.refuse.includes(kind)) return super.list(kind, opts);
    this.requestCount++;
    const resource = lookupKind(kind);
    return Promise.reject(
      new KxError(quoted(`forbidden: cannot list ${kind}`), ExitCode.forbidden, undefined, {
        request: {
          verb: 'list',
          resource: resource?.group ? `${resource.plural}.${resource.group}` : (resource?.plural ?? kind),
          ...(opts?.namespace ? { namespace: opts.namespace } : {}),
        },
      }),
    );
  }
}
