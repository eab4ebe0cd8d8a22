// CreateContainerConfigError explained: the kubelet's message (`configmap "app-config" not found`,
// `couldn't find key DB_HOST in ConfigMap ns/app-config`, the same for Secrets) parsed, checked
// against what exists, with the keys the object has and near misses (a key that differs only by
// case, or by one edit). Pure; returns data.
import { closeNames } from '../../text/close-names.js';
import { editDistance } from '../../text/edit-distance.js';
import { compareText } from '../../text/compare.js';

export type ConfigRefProblem =
  | { kind: 'missing-object'; object: 'ConfigMap' | 'Secret'; name: string; exists?: boolean; similar: string[] }
  | { kind: 'missing-key'; object: 'ConfigMap' | 'Secret'; name: string; key: string; keys?: string[]; nearMisses: string[] }
  | { kind: 'other'; message: string };

/**
 * Keys that are the same as `key` but for case, or one edit away; closest first. Stricter than
 * closeNames (names): keys are short upper-case words where two edits are another key (DB_HOST, DB_PORT).
 */
export function nearMissKeys(key: string, keys: readonly string[]): string[] {
  const lower = key.toLowerCase();
  return keys
    .filter((k) => k !== key)
    .map((k) => [k, k.toLowerCase() === lower ? 0 : editDistance(k, key)] as const)
    .filter(([, d]) => d <= 1)
    .sort((a, b) => a[1] - b[1] || compareText(a[0], b[0]))
    .map(([k]) => k);
}

/**
 * Parses the kubelet's CreateContainerConfigError message. `lookup(kind, name)` returns the object's
 * key names, `null` when it is known not to exist, `undefined` when it could not be read; `names(kind)`
 * lists the names that exist (for similar names), undefined when unknown.
 */
export function configRefProblem(
  message: string,
  lookup: (kind: 'ConfigMap' | 'Secret', name: string) => string[] | null | undefined,
  names: (kind: 'ConfigMap' | 'Secret') => readonly string[] | undefined,
): ConfigRefProblem {
  const key = /couldn't find key (\S+) in (ConfigMap|Secret) (?:[^/\s]+\/)?(\S+)/i.exec(message);
  if (key) {
    const object = key[2]!.toLowerCase() === 'secret' ? 'Secret' : 'ConfigMap';
    const keys = lookup(object, key[3]!);
    return {
      kind: 'missing-key',
      object,
      name: key[3]!,
      key: key[1]!,
      ...(keys ? { keys: [...keys].sort() } : {}),
      nearMisses: keys ? nearMissKeys(key[1]!, keys) : [],
    };
  }
  const obj = /(configmap|secret)s? "([^"]+)" not found/i.exec(message);
  if (obj) {
    const object = obj[1]!.toLowerCase() === 'secret' ? 'Secret' : 'ConfigMap';
    const known = lookup(object, obj[2]!);
    const all = names(object) ?? [];
    return {
      kind: 'missing-object',
      object,
      name: obj[2]!,
      ...(known === undefined ? {} : { exists: known !== null }),
      // The names a missing volume's object is compared with the same way (causes/volume-mount.ts).
      similar: closeNames(obj[2]!, all),
    };
  }
  return { kind: 'other', message };
}
