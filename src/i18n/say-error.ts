// An error as one line in the user's language: a KxError says its Message; anything else (a bug) its own text.
import { KxError } from '../errors.js';
import type { Lang } from './lang.js';
import { say } from './localize.js';
import { sanitizeLine } from '../text/sanitize.js';

export const errorText = (err: unknown, lang: Lang): string =>
  sanitizeLine(err instanceof KxError ? say(err.said, lang) : err instanceof Error ? err.message : String(err));
