// An Explanation as the lines of the right pane, wrapped to its width, each line knowing which
// finding it belongs to (so the pane can scroll to the highlighted finding). Every string is escaped
// here (SafeText): it came from the cluster or a document. Pure.
import type { Explanation } from '../../model/explanation.js';
import type { Severity } from '../../model/finding.js';
import { EMPTY, indented, safe, safeBlock, tt, type SafeText } from '../../text/safe-text.js';
import { wrap } from './text.js';
import { SEVERITY_MARK } from './theme.js';

export interface PaneLine {
  text: SafeText;
  severity?: Severity;
  bold?: boolean;
  dim?: boolean;
  /** The finding this line belongs to; -1 for the title and verdict. */
  finding: number;
  /** The line is a finding's title (highlighted when the finding is selected). */
  title?: boolean;
}

export function explanationLines(e: Explanation, width: number, warningsLabel: string): PaneLine[] {
  const lines: PaneLine[] = [];
  const ns = e.target.namespace ? ` -n ${e.target.namespace}` : '';
  lines.push({ text: tt`${e.target.kind}/${e.target.name}${ns}`, bold: true, finding: -1 });
  for (const l of wrap(safe(e.verdict.text), width)) lines.push({ text: l, severity: e.verdict.severity, bold: true, finding: -1 });
  // Missing permissions come before the findings: what could not be read colours everything below.
  if (e.warnings.length) {
    lines.push({ text: safe(warningsLabel), severity: 'warning', bold: true, finding: -1 });
    for (const w of e.warnings) for (const l of wrap(safe(w), width)) lines.push({ text: l, severity: 'warning', finding: -1 });
  }
  lines.push({ text: EMPTY, finding: -1 });
  const markWidth = 6;
  e.findings.forEach((f, i) => {
    const titleLines = wrap(safe(f.title), width - markWidth);
    titleLines.forEach((t, j) =>
      lines.push({
        text: j === 0 ? tt`${SEVERITY_MARK[f.severity].padEnd(markWidth)}${t}` : indented(markWidth, t),
        severity: f.severity,
        finding: i,
        title: true,
      }),
    );
    for (const para of safeBlock(f.detail))
      for (const l of wrap(para, width - markWidth)) lines.push({ text: indented(markWidth, l), finding: i });
    for (const d of f.docs) {
      const where = tt`→ ${d.headings.join(' > ')}  (${d.file}:${d.line})`;
      for (const l of wrap(where, width - markWidth)) lines.push({ text: indented(markWidth, l), dim: true, finding: i });
    }
  });
  return lines;
}

/** First line to show so the selected finding's lines are in view (or the top when none is). */
export function scrollFor(lines: PaneLine[], finding: number | null, height: number): number {
  if (finding === null || height <= 0) return 0;
  const first = lines.findIndex((l) => l.finding === finding);
  if (first < 0) return 0;
  let last = first;
  while (last + 1 < lines.length && lines[last + 1]!.finding === finding) last++;
  // Show the whole finding when it fits, else its beginning; keep the title and verdict when possible.
  if (last < height) return 0;
  const start = Math.max(0, last - height + 1);
  return Math.min(first, start);
}
