// Text output for a terminal or a pipe: verdict first, then one aligned line per finding with its
// detail indented below. Colour only when color.ts allows it. Written through the escaping writer:
// every name, message and heading came from the cluster or a document.
import type { Explanation } from '../model/explanation.js';
import type { Severity } from '../model/finding.js';
import { escapedWriter } from '../text/escaped-writer.js';
import { colorEnabled } from './color.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localize.js';

export const COLORS: Record<Severity, string> = { ok: '\u001b[32m', info: '\u001b[36m', warning: '\u001b[33m', error: '\u001b[31m' };
export const RESET = '\u001b[0m';
export const BOLD = '\u001b[1m';
const MARK: Record<Severity, string> = { ok: 'ok', info: 'info', warning: 'warn', error: 'error' };

/** Colour as src/render/color.ts decides (--no-color, FORCE_COLOR, NO_COLOR, TERM=dumb, a terminal). */
export const useColor = colorEnabled;

export function renderText(e: Explanation, color = false, lang: Lang = 'en'): string {
  const w = escapedWriter('text');
  const paint = (s: Severity, text: unknown) => (color ? w.style(COLORS[s], text, RESET) : w`${text}`);
  const bold = (text: unknown) => (color ? w.style(BOLD, text, RESET) : w`${text}`);
  const width = Math.max(...e.findings.map((f) => MARK[f.severity].length), 4);
  const indent = ' '.repeat(width + 2);
  const ns = e.target.namespace ? w` -n ${e.target.namespace}` : '';
  w.line(bold(w`${e.target.kind}/${e.target.name}${ns}`));
  w.line(paint(e.verdict.severity, e.verdict.text));
  w.line();
  for (const f of e.findings) {
    w.line`${paint(f.severity, MARK[f.severity].padEnd(width))}  ${f.title}`;
    w.block(f.detail, indent);
    for (const d of f.docs) {
      w.line`${indent}→ ${d.file}:${d.line} ${d.headings.join(' > ')}`;
      // The section states a well-known misconception: say what is true.
      for (const c of d.cautions ?? []) w.line`${indent}  ${paint('warning', '⚠')} ${c.text}`;
    }
  }
  for (const warning of e.warnings) w.line(paint('warning', w`${say({ key: 'cli:out.warning', params: { text: warning } }, lang)}`));
  return w.text();
}
