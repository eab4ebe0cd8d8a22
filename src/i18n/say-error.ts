// An error as one line in the user's language: a KxError says its Message; anything else (a bug) its own text.
import { KxError } from '../errors.js';
import type { Message } from '../model/message.js';
import type { Lang } from './lang.js';
import { say } from './localize.js';
import { sanitizeLine } from '../text/sanitize.js';

// Japanese sets 「…」 against the kana and kanji around it, without the spaces the catalog puts around a
// parameter that may be a plain name as well: `名前空間 「shop」 の` is said `名前空間「shop」の`.
// Made on first use: building the script classes cost every run ~0.7 ms, and most runs print no error.
const JA = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。）]';
let spaces: { before: RegExp; after: RegExp } | undefined;
const quoteSpaces = () => (spaces ??= { before: new RegExp(`(?<=${JA}) (?=「)`, 'gu'), after: new RegExp(`(?<=」) (?=${JA})`, 'gu') });

/** A Message said as one sanitized line; in Japanese, quoted words sit against the sentence. */
export function sayLine(m: Message, lang: Lang): string {
  const text = sanitizeLine(say(m, lang));
  if (lang !== 'ja') return text;
  const { before, after } = quoteSpaces();
  return text.replace(before, '').replace(after, '');
}

export const errorText = (err: unknown, lang: Lang): string =>
  err instanceof KxError ? sayLine(err.said, lang) : sanitizeLine(err instanceof Error ? err.message : String(err));
