// Strings from the cluster or from documents may carry terminal control sequences; a Pod name or an
// annotation must never move the cursor, retitle the window, reorder text or hide part of itself.
// Everything a renderer prints goes through sanitize(), or through an escaping writer that calls it.

// ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC
// (ESC P|X|^|_ ... ST), and two-character escapes.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])/g;
// 8-bit CSI/OSC/DCS and the rest of C1, all C0 except tab and newline, DEL.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Unicode format characters (Cf: bidi overrides and isolates, zero-width spaces and joiners, soft
// hyphen, word joiner, BOM, tags) and line/paragraph separators (Zl, Zp). Kept: what emoji need, a ZWJ
// between two pictographs (👩‍💻) and the tag run of a subdivision flag (🏴 + tags + cancel tag).
// Variation selectors are marks (Mn), not Cf, so kana/kanji variants and emoji presentation survive.
const FORMAT =
  /((?<=\p{Extended_Pictographic}\p{M}*[\u{1F3FB}-\u{1F3FF}]?)\u200d(?=\p{Extended_Pictographic})|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|([\p{Zl}\p{Zp}])|\p{Cf}/gu;

// Emoji joiners stay, separators become newlines, any other format character goes.
const format = (m: string, emoji?: string, separator?: string) => (emoji ? m : separator ? '\n' : '');

// Printable ASCII, tabs and newlines: nothing to remove (most of what a run prints). One test instead of
// three replaces, and the Unicode-property pattern is compiled only for text that may need it.
const PLAIN = /^[\t\n\x20-\x7e]*$/;

/** Removes terminal escapes, control and format characters. Tabs and newlines are kept. */
export function sanitize(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(ESCAPES, '').replace(CONTROLS, '').replace(FORMAT, format);
}

/** sanitize() for single-line contexts: newlines, tabs and line separators become spaces. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/[\t\n]+/g, ' ');
}
