// Terminal width and line wrapping, one copy for the whole tool. string-width measures columns
// (East Asian wide characters take two, ANSI codes none); wrap-ansi breaks at spaces and, with
// `hard`, inside words longer than a line (Japanese has no spaces). On top, Japanese line-breaking
// rules (kinsoku): no line starts with a closing mark or small kana (ー、。」）…), and no line ends
// with an opening one (「（…); a character is carried to the next line to make it so.
import { nodeRequire as requireFrom } from './lazy-builtins.js';

type StringWidth = typeof import('string-width').default;
type WrapAnsi = typeof import('wrap-ansi').default;

// string-width and wrap-ansi load on first use: their start-up (an Intl.Segmenter and Unicode-property
// regexes) costs ~40 ms of every run on Node 20, and most output is ASCII, measured by its length. In
// the bundle esbuild turns these require() calls into lazily initialized modules; under tsx and vitest
// (ESM, no require) Node's require(esm) loads them.
/* eslint-disable @typescript-eslint/no-require-imports */
let sw: StringWidth | undefined;
let wa: WrapAnsi | undefined;
const nodeRequire = () => requireFrom(import.meta.url);
const ASCII = /^[\x20-\x7e]*$/;

function stringWidth(text: string): number {
  if (ASCII.test(text)) return text.length;
  sw ??= ((typeof require === 'function' ? require('string-width') : nodeRequire()('string-width')) as { default: StringWidth }).default;
  return sw(text);
}

function wrapAnsi(text: string, width: number, options: Parameters<WrapAnsi>[2]): string {
  wa ??= ((typeof require === 'function' ? require('wrap-ansi') : nodeRequire()('wrap-ansi')) as { default: WrapAnsi }).default;
  return wa(text, width, options);
}
/* eslint-enable @typescript-eslint/no-require-imports */

export function displayWidth(text: string): number {
  return stringWidth(text);
}

// Cutting to a width goes by grapheme (an emoji ZWJ sequence, a surrogate pair, a letter and its
// combining marks stay whole), each measured by string-width. Made on first use, like string-width.
let segmenter: Intl.Segmenter | undefined;
const graphemesOf = (text: string) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text);

/** Cuts `text` to at most `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (ASCII.test(text)) return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
  if (stringWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const { segment } of graphemesOf(text)) {
    const cw = stringWidth(segment);
    if (w + cw > width - 1) break;
    out += segment;
    w += cw;
  }
  return `${out}…`;
}

/** The end of `text` that fits in `width` columns (a long input line keeps its cursor end in view). */
export function keepEnd(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  const parts = [...graphemesOf(text)].map((g) => g.segment);
  let out = '';
  let w = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const cw = stringWidth(parts[i]!);
    if (w + cw > width) break;
    out = parts[i]! + out;
    w += cw;
  }
  return out;
}

/** Pads with spaces to exactly `width` columns (truncating first). */
export function padCut(text: string, width: number): string {
  const t = truncate(text, width);
  return t + ' '.repeat(Math.max(0, width - stringWidth(t)));
}

/** Pads on the left to `width` columns, truncating first (numbers in columns). */
export function padStart(text: string, width: number): string {
  const t = truncate(text, width);
  return ' '.repeat(Math.max(0, width - stringWidth(t))) + t;
}

/** Pads with spaces to at least `width` columns; longer text is kept whole (CLI tables). */
export function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** Characters that must not start a line. */
const NO_START = new Set([
  ...'ー、。，．・：；？！‐゠–〜～」』）］｝〕〉》】〙〗»,.:;?!)]}ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ',
]);
/** Characters that must not end a line. */
const NO_END = new Set([...'「『（［｛〔〈《【〘〖«([{']);

// Break units: an ANSI escape (no width), a run of spaces, a Latin word (never broken unless longer
// than a line), or one character of other scripts (Japanese breaks between any two characters).
const ATOM = /\u001b\[[0-9;]*m|\u001b\]8;;[^\u0007]*\u0007| +|[\x21-\x7e\u00a1-\u024f\u2010-\u2027]+|[\s\S]/gu;
const isEscape = (u: string) => u.startsWith('\u001b');

interface Line {
  atoms: string[];
  width: number;
}

const lineText = (l: Line) => l.atoms.join('').trimEnd();
const lastVisibleAtom = (l: Line) => l.atoms.findLast((a) => !isEscape(a) && a.trim() !== '');

/** Greedy fill with the Japanese rules; returns lines without trailing spaces. */
function fill(para: string, width: number): string[] {
  const atoms = para.match(ATOM) ?? [];
  const lines: Line[] = [];
  let cur: Line = { atoms: [], width: 0 };
  const push = () => {
    lines.push(cur);
    cur = { atoms: [], width: 0 };
  };
  for (const atom of atoms) {
    if (isEscape(atom)) {
      cur.atoms.push(atom);
      continue;
    }
    const w = stringWidth(atom);
    if (atom.startsWith(' ')) {
      if (cur.width > 0 && cur.width + w <= width) {
        cur.atoms.push(atom);
        cur.width += w;
      }
      continue;
    }
    if (cur.width + w <= width) {
      cur.atoms.push(atom);
      cur.width += w;
      continue;
    }
    if (w > width) {
      // A word longer than a line: cut it by columns; an opening mark before it goes along.
      let lead = '';
      const last = lastVisibleAtom(cur);
      if (last && cur.atoms.length > 1 && NO_END.has([...last].at(-1)!)) {
        lead = cur.atoms.splice(cur.atoms.lastIndexOf(last)).join('');
        cur.width = stringWidth(cur.atoms.join(''));
      }
      for (const piece of wrapAnsi(lead + atom, width, { hard: true, trim: false }).split('\n')) {
        if (cur.width > 0) push();
        cur.atoms.push(piece);
        cur.width = stringWidth(piece);
      }
      continue;
    }
    // Break before `atom`, carrying characters down so that no line starts with a closing mark
    // and none ends with an opening one.
    const carried: string[] = [];
    let first = [...atom][0]!;
    for (let guard = 0; guard < 3 && cur.atoms.length > 1; guard++) {
      const last = lastVisibleAtom(cur);
      if (!last || (!NO_START.has(first) && !NO_END.has([...last].at(-1)!))) break;
      while (cur.atoms.length > 0) {
        const a = cur.atoms.pop()!;
        carried.unshift(a);
        if (a === last) break;
      }
      first = [...last][0]!;
    }
    while (cur.atoms.length > 0 && cur.atoms.at(-1)!.startsWith(' ')) cur.atoms.pop();
    cur.width = stringWidth(cur.atoms.join(''));
    push();
    for (const a of [...carried, atom]) {
      if (isEscape(a) || (cur.width === 0 && a.startsWith(' '))) {
        if (isEscape(a)) cur.atoms.push(a);
        continue;
      }
      cur.atoms.push(a);
      cur.width += stringWidth(a);
    }
  }
  if (cur.atoms.length > 0 || lines.length === 0) push();
  return lines.map(lineText);
}

/**
 * Wraps text to `width` columns: at spaces, between Japanese characters, inside words longer than
 * a line, following the Japanese rules. Newlines in the text start new lines. ANSI styles pass
 * through (a style is not re-opened on the next line: style short spans, such as a word).
 */
export function wrapText(text: string, width: number): string[] {
  if (width < 2) return text.split('\n');
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (para.trim() === '') out.push('');
    // Text of spaced words only: wrap-ansi as it is.
    else if (!/[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(para))
      out.push(...wrapAnsi(para, width, { hard: true, trim: true }).split('\n'));
    else out.push(...fill(para, width));
  }
  return out;
}
