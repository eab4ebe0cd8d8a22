// kubectl's WriteEscaped idea: a writer that sanitizes whatever passes through it, so a renderer that
// hands it a cluster string cannot forget to escape it. Text the tool made itself with styling (ANSI
// colour) goes through raw(), the one visible exception.
import { sanitize } from './sanitize.js';

export interface TextSink {
  write(chunk: string): unknown;
}

export interface EscapedWriter {
  /** Writes text with terminal escapes, controls and format characters removed (newlines kept). */
  write(text: string): void;
  /** write() plus a newline. */
  line(text?: string): void;
  /** Writes the tool's own styled text unchanged. Never pass a string from the cluster or a document. */
  raw(text: string): void;
}

export function escapedWriter(sink: TextSink): EscapedWriter {
  return {
    write: (text) => void sink.write(sanitize(text)),
    line: (text = '') => void sink.write(`${sanitize(text)}\n`),
    raw: (text) => void sink.write(text),
  };
}

/** A tagged template that sanitizes every interpolated value, not the literal parts: esc`Pod ${name} is ${phase}`. */
export function esc(parts: TemplateStringsArray, ...values: unknown[]): string {
  return parts.reduce((out, part, i) => out + part + (i < values.length ? sanitize(String(values[i])) : ''), '');
}
