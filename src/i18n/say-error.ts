// An error as one line in the user's language: a KxError says its Message; anything else (a bug) its own text.
import { KxError } from '../errors.js';
import type { Message } from '../model/message.js';
import type { Lang } from './lang.js';
import { say } from './localize.js';
import { sanitizeLine } from '../text/sanitize.js';

// Japanese sets 「…」 against the kana and kanji around it, without the spaces the catalog puts around a
// parameter that may be a plain name as well: `名前空間 「shop」 の` is said `名前空間「shop」の`.
const JA = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。）]';
const BEFORE = new RegExp(`(?<=${JA}) (?=「)`, 'gu');
const AFTER = new RegExp(`(?<=」) (?=${JA})`, 'gu');

/** A Message said as one sanitized line; in Japanese, quoted words sit against the sentence. */
export function sayLine(m: Message, lang: Lang): string {
  const text = sanitizeLine(say(m, lang));
  return lang === 'ja' ? text.replace(BEFORE, '').replace(AFTER, '') : text;
}

export const errorText = (err: unknown, lang: Lang): string =>
  err instanceof KxError ? sayLine(err.said, lang) : sanitizeLine(err instanceof Error ? err.message : String(err));
