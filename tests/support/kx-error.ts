import { KxError } from '../../src/errors.js';

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
