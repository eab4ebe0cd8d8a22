// kubectl's WriteEscaped idea: renderers write through a writer that escapes what it writes, so a
// renderer cannot forget. Lines and fragments are tagged templates: the literal parts are the tool's
// own text (they are source code, a cluster cannot put anything there), every interpolated value is
// escaped for the output format. A fragment made by the writer (styled, padded, joined) is already
// escaped and passes unchanged. The one way to add the tool's own styling codes is style().
//
//   const w = escapedWriter('text');
//   w.line`${w.style(RED, 'error')}  ${finding.title}`;   // the title is sanitized, the colour is not
//   w.block(finding.detail, '       ');                     // several lines of cluster text
//   return w.text();
import { sanitize, sanitizeLine } from './sanitize.js';
import { mdBlock, mdCode, mdDestination, mdInline } from './markdown-escape.js';
import { displayWidth, padTo } from './wrap.js';

export type Format = 'text' | 'markdown' | 'xml';

const XML: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
/** XML character data and attribute values: sanitized to one line, markup characters as entities. */
export const xmlText = (text: string) => sanitizeLine(text).replace(/[<>&"']/g, (c) => XML[c]!);

const ESCAPE: Record<Format, (text: string) => string> = { text: sanitizeLine, markdown: mdInline, xml: xmlText };

const BLOCK: Record<Format, (text: string) => string[]> = {
  text: (text) => sanitize(text).replace(/\t/g, ' ').split('\n').filter(Boolean),
  markdown: (text) => mdBlock(text).split('\n'),
  xml: (text) => sanitize(text).split('\n').filter(Boolean).map(xmlText),
};

const ESCAPED = Symbol('escaped');

/** Text already escaped for its format, or the tool's own: made only by an EscapedWriter. */
export interface Escaped {
  readonly [ESCAPED]: string;
}

const made = (text: string): Escaped => ({ [ESCAPED]: text });
const isEscaped = (v: unknown): v is Escaped => typeof v === 'object' && v !== null && ESCAPED in v;

type Template = TemplateStringsArray;
const isTemplate = (v: unknown): v is Template => Array.isArray(v) && 'raw' in v;

export interface EscapedWriter {
  /** A fragment: the literal parts are ours, every value is escaped for the format (fragments pass as they are). */
  (parts: Template, ...values: unknown[]): Escaped;
  /** Appends one line built like a fragment, or a fragment, or an empty line. */
  line(parts?: Template | Escaped, ...values: unknown[]): void;
  /** Several lines of cluster or document text (a detail, a message), each escaped, after an indent of ours. */
  block(text: string, indent?: string): void;
  /** The tool's own styling codes (ANSI colour, Markdown emphasis) around an escaped value. */
  style(open: string, value: unknown, close: string): Escaped;
  /**
   * A sentence said from a catalog, escaped as a whole, with fragments of the writer in its slots (a code
   * span where the sentence names a value): w.said((slot) => say(m.domain({ zone: slot(w.code(zone)) }))).
   */
  said(build: (slot: (fragment: Escaped) => string) => string): Escaped;
  /** A value as literal code: a Markdown code span; in text and XML, escaped text. */
  code(value: unknown): Escaped;
  /** A value as a link destination: percent-encoded for Markdown; in text and XML, escaped text. */
  destination(value: unknown): Escaped;
  /** An escaped value padded with spaces to a display width (CJK counts two columns). */
  pad(value: unknown, width: number): Escaped;
  /** A fragment without its trailing spaces (a table row's padding). */
  trimEnd(value: Escaped): Escaped;
  /** Escaped values joined by a separator of ours. */
  join(values: readonly unknown[], separator: string): Escaped;
  /** The display width of a value once escaped. */
  width(value: unknown): number;
  /** Whether nothing was written yet. */
  empty(): boolean;
  /** The lines written, joined by newlines, with a final newline. */
  text(): string;
}

export function escapedWriter(format: Format): EscapedWriter {
  const escape = ESCAPE[format];
  const one = (v: unknown): string => (isEscaped(v) ? v[ESCAPED] : typeof v === 'number' ? String(v) : escape(String(v ?? '')));
  const lines: string[] = [];
  const fragment = (parts: Template, ...values: unknown[]): Escaped =>
    made(parts.reduce((out, part, i) => out + part + (i < values.length ? one(values[i]) : ''), ''));
  return Object.assign(fragment, {
    line(parts?: Template | Escaped, ...values: unknown[]) {
      lines.push(parts === undefined ? '' : isTemplate(parts) ? fragment(parts, ...values)[ESCAPED] : one(parts));
    },
    block(text: string, indent = '') {
      for (const l of BLOCK[format](text)) lines.push(l ? indent + l : l);
    },
    style: (open: string, value: unknown, close: string) => made(`${open}${one(value)}${close}`),
    said(build: (slot: (fragment: Escaped) => string) => string) {
      // Slots are private-use markers, which no escaper removes; text that forges one gets a fragment
      // of ours or nothing, never raw text.
      const slots: string[] = [];
      const text = escape(build((f) => `\ue000${slots.push(f[ESCAPED]) - 1}\ue001`));
      return made(text.replace(/\ue000(\d+)\ue001/g, (_, i: string) => slots[Number(i)] ?? ''));
    },
    code: (value: unknown) => made(format === 'markdown' ? mdCode(String(value ?? '')) : one(value)),
    destination: (value: unknown) => made(format === 'markdown' ? mdDestination(String(value ?? '')) : one(value)),
    pad: (value: unknown, width: number) => made(padTo(one(value), width)),
    trimEnd: (value: Escaped) => made(value[ESCAPED].trimEnd()),
    join: (values: readonly unknown[], separator: string) => made(values.map(one).join(separator)),
    width: (value: unknown) => displayWidth(one(value)),
    empty: () => lines.length === 0,
    text: () => `${lines.join('\n')}\n`,
  });
}

/** A tagged template that sanitizes every interpolated value, not the literal parts: esc`Pod ${name} is ${phase}`. */
export function esc(parts: TemplateStringsArray, ...values: unknown[]): string {
  return parts.reduce((out, part, i) => out + part + (i < values.length ? sanitize(String(values[i])) : ''), '');
}

/**
 * JSON for machines, safe to print: JSON.stringify escapes C0 controls (ESC included); C1 controls, bidi
 * overrides and isolates, zero-width and line-separator characters are escaped as \uXXXX too, so a
 * value loses nothing and cannot act on a terminal that shows the JSON.
 */
export function safeJson(value: unknown, replacer?: (key: string, value: unknown) => unknown): string {
  return `${JSON.stringify(value, replacer, 2).replace(/[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
