// One line per error on stderr (and a hint), the exit code returned; the stack only with --debug.
// Said in the user's language: the catalogs the error speaks load here, only when there is an error.
import { ExitCode, KxError, em as e } from '../src/errors.js';
import type { Lang } from '../src/i18n/lang.js';
import { catalogsIn, loadCatalogs } from '../src/i18n/localize.js';
import { sayLine } from '../src/i18n/say-error.js';
import { quoted, type Message } from '../src/model/message.js';

/** Prints one line for an error and sets the exit code; the stack only with --debug. */
export async function reportError(err: unknown, debug: boolean, lang: Lang): Promise<number> {
  if (err instanceof KxError) {
    await write(lang, err.said, err.hint);
    if (debug && err.cause instanceof Error) process.stderr.write(`${err.cause.stack ?? err.cause.message}\n`);
    return err.exitCode;
  }
  const text = err instanceof Error ? err.message : String(err);
  await write(lang, e.internal({ message: quoted(text) }), debug ? undefined : e['internal.hint']());
  if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return ExitCode.internal;
}

async function write(lang: Lang, said: Message, hint?: Message): Promise<void> {
  await loadCatalogs(lang, catalogsIn([e['line.error']({ text: said }), ...(hint ? [hint] : [])]));
  process.stderr.write(`${sayLine(e['line.error']({ text: said }), lang)}\n`);
  if (hint) process.stderr.write(`${sayLine(e['line.hint']({ text: hint }), lang)}\n`);
}
