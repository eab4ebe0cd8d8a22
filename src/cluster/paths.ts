// Object and collection paths, built only from names that are valid path segments. Node's URL parser
// resolves dot segments (even percent-encoded ones), so `secret/..` would read another object: names
// are checked first, as the API server's own rule (apimachinery path.IsValidPathSegmentName) has it.
import { collectionPath, type KindInfo } from './kinds.js';
import { ExitCode, KxError, em } from '../errors.js';
import { quoted, type Message } from '../model/message.js';

/** Why `name` cannot be an object or namespace name in a URL, or undefined when it can. */
export function invalidSegment(name: string): Message | undefined {
  if (name === '') return em['segment.empty']();
  if (name === '.' || name === '..') return em['segment.dots']({ name: quoted(name) });
  if (name.includes('/')) return em['segment.char']({ char: quoted('/') });
  if (name.includes('%')) return em['segment.char']({ char: quoted('%') });
  return undefined;
}

/** Throws a usage error naming the namespace or the kind's name unless `name` is a valid path segment. */
export function checkSegment(kind: string | null, name: string): void {
  const why = invalidSegment(name);
  const what = kind === null ? em['segment.namespace']() : em['segment.name']({ kind });
  if (why) throw new KxError(em['segment.invalid']({ what, name: quoted(name), why }), ExitCode.usage);
}

/** The collection path of a kind, the namespace checked first. */
export function listPath(info: KindInfo, namespace?: string): string {
  if (info.namespaced && namespace) checkSegment(null, namespace);
  return collectionPath(info, namespace);
}

/** The path of one object; the name and namespace are checked, then percent-encoded. */
export function objectPath(info: KindInfo, name: string, namespace?: string): string {
  checkSegment(info.kind, name);
  return `${listPath(info, namespace)}/${encodeURIComponent(name)}`;
}
