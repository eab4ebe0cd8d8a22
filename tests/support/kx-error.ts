import { KxError } from '../../src/errors.js';
import { say } from '../../src/i18n/localize.js';

/** Awaits a promise that must reject with a KxError and returns that error. */
export async function failure(p: Promise<unknown>): Promise<KxError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof KxError) return err;
    throw err;
  }
  throw new Error('expected a KxError');
}

/** A KxError's hint as the English line report-error prints after `hint: ` ('' without one). */
export const hintOf = (err: unknown): string => {
  const hint = (err as KxError).hint;
  return hint ? say(hint, 'en') : '';
};
