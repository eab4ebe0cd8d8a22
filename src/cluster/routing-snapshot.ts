// The Service a trace or dns starts from, with close names when it is missing. Everything after it is
// read through plans run by the plan executor (src/routing/read-plans.ts, gateway-plan.ts, dns-plan.ts).
import { ExitCode, KxError, em } from '../errors.js';
import { quoted } from '../model/message.js';
import type { Reader } from './reader.js';
import type { Service } from '../model/routing.js';
import { closeNames } from '../text/close-names.js';

const isNotFound = (err: unknown) => err instanceof KxError && err.exitCode === ExitCode.notFound;

/** The Service, or a notFound error that suggests close names from the namespace. */
export async function getService(reader: Reader, name: string, ns: string): Promise<Service> {
  try {
    return (await reader.get('Service', name, ns)) as unknown as Service;
  } catch (err) {
    if (!isNotFound(err)) throw err;
    const names = await reader.list('Service', { namespace: ns }).then(
      (l) => l.map((s) => s.metadata?.name ?? ''),
      () => [] as string[],
    );
    const near = closeNames(name, names);
    throw new KxError(
      em['service.notFound']({ name: quoted(name), ns: quoted(ns) }),
      ExitCode.notFound,
      near.length
        ? em.near({ near })
        : names.length
          ? em['service.list']({ ns, names: names.slice(0, 8) })
          : em['service.none']({ ns: quoted(ns) }),
      { cause: err },
    );
  }
}
