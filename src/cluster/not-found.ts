// After a 404 on the target of `explain`, one list request of that kind in the namespace finds
// close names for a "did you mean" hint. Only after the 404: a found object costs nothing extra.
import { ExitCode, KxError, em } from '../errors.js';
import { notFoundName } from './errors.js';
import type { KindInfo } from './kinds.js';
import type { Reader } from './reader.js';
import { closeNames } from '../text/close-names.js';

export async function withSuggestions<T>(
  reader: Reader,
  kind: KindInfo,
  name: string,
  namespace: string,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof KxError && err.exitCode === ExitCode.notFound && notFoundName(err) === name)) throw err;
    let near: string[];
    try {
      const items = await reader.list(kind.kind, kind.namespaced ? { namespace } : {});
      near = closeNames(
        name,
        items.map((i) => i.metadata?.name ?? ''),
      );
    } catch {
      // No permission to list (or any other failure): the plain not-found error stands.
      throw err;
    }
    if (near.length === 0) throw err;
    const short = kind.kind.toLowerCase();
    throw new KxError(err.said, ExitCode.notFound, em.near({ near: near.map((n) => `${short}/${n}`) }), { cause: err });
  }
}
