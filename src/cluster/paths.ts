// Object and collection paths, built only from names that are valid path segments. Node's URL parser
// resolves dot segments (even percent-encoded ones), so `secret/..` would read another object: names
// are checked first, as the API server's own rule (apimachinery path.IsValidPathSegmentName) has it.
import { collectionPath, type KindInfo } from './kinds.js';
import { ExitCode, KxError } from '../errors.js';

/** Why `name` cannot be an object or namespace name in a URL, or undefined when it can. */
export function invalidSegment(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (name === '.' || name === '..') return `may not be "${name}"`;
  if (name.includes('/')) return 'may not contain "/"';
  if (name.includes('%')) return 'may not contain "%"';
  return undefined;
}

/** Throws a usage error naming `what` (e.g. "pod name") unless `name` is a valid path segment. */
export function checkSegment(what: string, name: string): void {
  const why = invalidSegment(name);
  if (why) throw new KxError(`invalid ${what} ${JSON.stringify(name)}: a name ${why}`, ExitCode.usage);
}

/** The collection path of a kind, the namespace checked first. */
export function listPath(info: KindInfo, namespace?: string): string {
  if (info.namespaced && namespace) checkSegment('namespace', namespace);
  return collectionPath(info, namespace);
}

/** The path of one object; the name and namespace are checked, then percent-encoded. */
export function objectPath(info: KindInfo, name: string, namespace?: string): string {
  checkSegment(`${info.kind} name`, name);
  return `${listPath(info, namespace)}/${encodeURIComponent(name)}`;
}
