// Strings from the cluster or from documents may carry terminal control sequences; a Pod name or an
// annotation must never move the cursor, retitle the window or reorder text. Everything a renderer
// prints goes through sanitize().

// ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC
// (ESC P|X|^|_ ... ST), and two-character escapes.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])/g;
// 8-bit CSI/OSC/DCS and the rest of C1, all C0 except tab and newline, DEL.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi overrides and isolates (Trojan Source), plus zero-width and BOM characters that hide text.
const BIDI = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Removes terminal escapes, control characters and bidi controls. Tabs and newlines are kept. */
export function sanitize(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '').replace(BIDI, '');
}

/** sanitize() for single-line contexts: newlines and tabs become spaces. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/[\t\r\n]+/g, ' ');
}
