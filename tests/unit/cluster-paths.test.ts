// Names are checked before they become a URL: Node resolves dot segments (even %2e%2e), so `secret/..`
// would read the collection, `ns/.` the list of namespaces. One case per kind of the kind table.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/cluster/kinds.js';
import { listPath, objectPath } from '../../src/cluster/paths.js';
import { ExitCode, KxError } from '../../src/errors.js';

const usage = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(KxError);
    expect((err as KxError).exitCode).toBe(ExitCode.usage);
    expect((err as KxError).message).not.toContain('\n');
    return (err as KxError).message;
  }
  throw new Error('expected a usage error');
};

describe.each(KINDS.map((k) => [k.kind, k] as const))('%s', (_kind, info) => {
  it.each(['.', '..', 'a/b', '../secrets', 'a%2e', '%2e%2e', ''])('refuses the name %j', (name) => {
    expect(usage(() => objectPath(info, name, 'shop'))).toMatch(new RegExp(`^invalid ${info.kind} name `));
  });

  it('percent-encodes the name and resolves to its own object', () => {
    const path = objectPath(info, 'system:web 1', 'shop');
    expect(path.endsWith('/system%3Aweb%201')).toBe(true);
    expect(new URL(`https://h${path}`).pathname).toBe(path);
    expect(path.includes('/namespaces/shop/')).toBe(info.namespaced);
  });

  if (info.namespaced)
    it('refuses a dot namespace', () => {
      expect(usage(() => listPath(info, '..'))).toMatch(/^invalid namespace "\.\."/);
    });
});
