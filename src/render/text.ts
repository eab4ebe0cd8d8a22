// Text output for a terminal or a pipe: verdict first, then one aligned line per finding with its
// detail indented below. Colour only when color.ts allows it. Every string
// goes through sanitize(): it came from the cluster or a document.
import type { Explanation } from '../model/explanation.js';
import type { Severity } from '../model/finding.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';
import { colorEnabled } from './color.js';

const COLORS: Record<Severity, string> = { ok: '\u001b[32m', info: '\u001b[36m', warning: '\u001b[33m', error: '\u001b[31m' };
const MARK: Record<Severity, string> = { ok: 'ok', info: 'info', warning: 'warn', error: 'error' };

/** Colour as src/render/color.ts decides (--no-color, FORCE_COLOR, NO_COLOR, TERM=dumb, a terminal). */
export const useColor = colorEnabled;

export function renderText(e: Explanation, color = false): string {
  const paint = (s: Severity, text: string) => (color ? `${COLORS[s]}${text}\u001b[0m` : text);
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[0m` : text);
  const width = Math.max(...e.findings.map((f) => MARK[f.severity].length), 4);
  const ns = e.target.namespace ? ` -n ${e.target.namespace}` : '';
  const lines = [bold(sanitizeLine(`${e.target.kind}/${e.target.name}${ns}`)), paint(e.verdict.severity, sanitizeLine(e.verdict.text)), ''];
  for (const f of e.findings) {
    lines.push(`${paint(f.severity, MARK[f.severity].padEnd(width))}  ${sanitizeLine(f.title)}`);
    for (const d of sanitize(f.detail).split('\n').filter(Boolean)) lines.push(`${' '.repeat(width + 2)}${d.replace(/\t/g, ' ')}`);
    for (const d of f.docs) {
      lines.push(`${' '.repeat(width + 2)}→ ${sanitizeLine(`${d.file}:${d.line} ${d.headings.join(' > ')}`)}`);
      // The section states a well-known misconception: say what is true.
      for (const c of d.cautions ?? []) lines.push(`${' '.repeat(width + 4)}${paint('warning', '⚠')} ${sanitizeLine(c.text)}`);
    }
  }
  for (const w of e.warnings) lines.push(paint('warning', `warning: ${sanitizeLine(w)}`));
  return `${lines.join('\n')}\n`;
}
