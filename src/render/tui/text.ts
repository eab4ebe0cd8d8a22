// Terminal text measuring for the TUI (how many lines a pane holds, so only the visible ones are
// rendered). Widths and wrapping are the tool's one copy (src/text/wrap.ts: string-width and wrap-ansi,
// the libraries Ink itself uses, plus Japanese line breaking), so the TUI's idea of a line's width is
// the one Ink draws with (emoji, ZWJ sequences, surrogate pairs, wide characters). Cutting is by
// grapheme, never inside one.
import { displayWidth, wrapText } from '../../text/wrap.js';

export { displayWidth };

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ASCII = /^[\x20-\x7e]*$/;

/** Cuts `text` to at most `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (ASCII.test(text)) return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const { segment } of graphemes.segment(text)) {
    const cw = displayWidth(segment);
    if (w + cw > width - 1) break;
    out += segment;
    w += cw;
  }
  return `${out}…`;
}

/** Pads with spaces to exactly `width` columns (truncating first). */
export function padCut(text: string, width: number): string {
  const t = truncate(text, width);
  return t + ' '.repeat(Math.max(0, width - displayWidth(t)));
}

/** Pads on the left (numbers in columns). */
export function padStart(text: string, width: number): string {
  const t = truncate(text, width);
  return ' '.repeat(Math.max(0, width - displayWidth(t))) + t;
}

// A command (kubectl …) runs to the end of its sentence; it is kept on one line when it fits.
const COMMAND = /kubectl [^\n—。、;]*?(?=\s+—|[。、;]|\.\s|\.$|$)/gm;
// The glue must count as a letter of a Latin word for both wrappers (src/text/wrap.ts, wrap-ansi).
const GLUE = '\u2024';

/**
 * Wraps text to `width` columns: at spaces where there are some, inside a word only when the word
 * is longer than the line; commands are not split when they fit on a line. Newlines start new lines.
 */
export function wrap(text: string, width: number): string[] {
  if (width <= 1) return [text];
  const glued = text.replace(COMMAND, (c) => (displayWidth(c) <= width ? c.replace(/ /g, GLUE) : c));
  const out = wrapText(glued, width);
  return glued === text ? out : out.map((l) => l.replace(/\u2024/g, ' '));
}

/** wrap(), keeping the line's leading indentation on every line it becomes (RBAC answers, lists). */
export function wrapIndented(line: string, width: number): string[] {
  const indent = /^ */.exec(line)![0];
  if (!indent) return wrap(line, width);
  return wrap(line.slice(indent.length), Math.max(8, width - indent.length)).map((l) => indent + l);
}
