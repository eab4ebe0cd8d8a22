// One line per error on stderr (and a hint), the exit code returned; the stack only with --debug.
import { ExitCode, KxError } from '../src/errors.js';
import { sanitizeLine } from '../src/text/sanitize.js';

/** Prints one line for an error and sets the exit code; the stack only with --debug. */
export function reportError(err: unknown, debug: boolean): number {
  if (err instanceof KxError) {
    process.stderr.write(`error: ${sanitizeLine(err.message)}\n`);
    if (err.hint) process.stderr.write(`hint: ${sanitizeLine(err.hint)}\n`);
    if (debug && err.cause instanceof Error) process.stderr.write(`${err.cause.stack ?? err.cause.message}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`error: internal error: ${sanitizeLine(message)}\n`);
  if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write('hint: run again with --debug for details\n');
  return ExitCode.internal;
}
