// Text for Ink (the TUI): Ink prints the strings it is given, so a string from the cluster or a document
// must be escaped before it reaches a <Text>. SafeText is a string that only this module makes: a type
// brand with no run-time cost (Ink still gets plain strings, nothing is copied). The TUI's view models
// and panes take SafeText for their text, so handing them a raw cluster string is a type error, and
// the one terminal escaper (sanitizeLine, the writer's text escaper) is applied where they are built.
import { sanitize, sanitizeLine } from './sanitize.js';
import { keepEnd as keepEndText, padCut as padCutText, padStart as padStartText, truncate as truncateText } from './wrap.js';

declare const SAFE: unique symbol;
/** A line escaped for the terminal, or the tool's own text: made only by safe(), tt``, safeBlock(). */
export type SafeText = string & { readonly [SAFE]: true };

/** One line of cluster, document or catalog text, escaped for the terminal (controls, escapes, bidi gone). */
export const safe = (text: string | number): SafeText => sanitizeLine(String(text)) as SafeText;

/** Several lines of cluster text (a detail, a message): escaped, tabs as spaces, blank lines dropped. */
export const safeBlock = (text: string): SafeText[] =>
  sanitize(text)
    .replace(/\t/g, ' ')
    .split('\n')
    .filter((l) => l.trim()) as SafeText[];

/** A line whose literal parts are ours and whose values are escaped (SafeText values pass as they are). */
export function tt(parts: TemplateStringsArray, ...values: (string | number)[]): SafeText {
  return parts.reduce((out, part, i) => out + part + (i < values.length ? sanitizeLine(String(values[i])) : ''), '') as SafeText;
}

/** An escaped line after `n` spaces (no need to escape it again). */
export const indented = (n: number, line: SafeText): SafeText => (' '.repeat(n) + line) as SafeText;

/** The empty line, and one space (an empty line Ink would collapse). */
export const EMPTY = '' as SafeText;
export const SPACE = ' ' as SafeText;

/** Without its trailing spaces (a padded row). */
export const trimEnd = (text: SafeText): SafeText => text.trimEnd() as SafeText;

/** Escaped pieces put together stay escaped. */
export const cat = (...parts: SafeText[]): SafeText => parts.join('') as SafeText;

/** Escaped text stays escaped when cut, padded or joined with text of ours (spaces, glyphs, separators). */
export const truncate = (text: SafeText, width: number): SafeText => truncateText(text, width) as SafeText;
export const keepEnd = (text: SafeText, width: number): SafeText => keepEndText(text, width) as SafeText;
export const padStart = (text: SafeText, width: number): SafeText => padStartText(text, width) as SafeText;
export const padCut = (text: SafeText, width: number): SafeText => padCutText(text, width) as SafeText;
export const joinSafe = (parts: readonly SafeText[], separator: SafeText): SafeText => parts.join(separator) as SafeText;
