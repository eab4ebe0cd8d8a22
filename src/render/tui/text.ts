// The TUI's wrapping on top of the tool's one copy of width and wrapping (src/text/wrap.ts:
// string-width and wrap-ansi, the libraries Ink itself uses, plus Japanese line breaking): a
// `kubectl …` command is kept on one line when it fits, and indented lines keep their indentation.
import type { SafeText } from '../../text/safe-text.js';
import { displayWidth, wrapText } from '../../text/wrap.js';

// A command (kubectl …) runs to the end of its sentence; it is kept on one line when it fits.
const COMMAND = /kubectl [^\n—。、;]*?(?=\s+—|[。、;]|\.\s|\.$|$)/gm;
// The glue must count as a letter of a Latin word for both wrappers (src/text/wrap.ts, wrap-ansi).
const GLUE = '\u2024';

/**
 * Wraps text to `width` columns: at spaces where there are some, inside a word only when the word
 * is longer than the line; commands are not split when they fit on a line. Newlines start new lines.
 * Escaped text stays escaped: wrapping adds only line breaks.
 */
export function wrap(text: SafeText, width: number): SafeText[] {
  if (width <= 1) return [text];
  const glued = text.replace(COMMAND, (c) => (displayWidth(c) <= width ? c.replace(/ /g, GLUE) : c));
  const out = wrapText(glued, width);
  return (glued === text ? out : out.map((l) => l.replace(/\u2024/g, ' '))) as SafeText[];
}

/** wrap(), keeping the line's leading indentation on every line it becomes (RBAC answers, lists). */
export function wrapIndented(line: SafeText, width: number): SafeText[] {
  const indent = /^ */.exec(line)![0];
  if (!indent) return wrap(line, width);
  return wrap(line.slice(indent.length) as SafeText, Math.max(8, width - indent.length)).map((l) => (indent + l) as SafeText);
}
