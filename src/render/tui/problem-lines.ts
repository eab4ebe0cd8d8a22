// The Problems view's pure parts: a problem's stable key (the cursor stays on it across re-scans), the
// object its Enter explains, and its detail lines for the right pane. Every string is escaped here
// (SafeText): causes quote the cluster's own words.
import type { Problem } from '../../model/check.js';
import type { Ref } from '../../model/ref.js';
import type { Lang } from '../../i18n/lang.js';
import { sayer } from '../../i18n/localize.js';
import { EMPTY, safe, tt } from '../../text/safe-text.js';
import type { PaneLineSpec } from './TextPane.js';
import { wrap, wrapIndented } from './text.js';
import { SEVERITY_COLOR } from './theme.js';
import { t } from './tui-messages.js';

export const problemKey = (p: Problem): string => `${p.code}|${p.cause}`;

/** The object whose explanation names the cause: the first affected one (the one the problem was first seen on). */
export const causeObject = (p: Problem): Ref | undefined => p.affected[0];

const refText = (r: Ref) => `${r.kind}/${r.name}${r.namespace ? ` -n ${r.namespace}` : ''}`;

/** Cause, fix, affected objects (with their Pod counts) and the document sections, wrapped to `width`. */
export function problemLines(p: Problem, width: number, lang: Lang): PaneLineSpec[] {
  const s = sayer(lang);
  const lines: PaneLineSpec[] = [];
  for (const l of wrap(safe(p.cause), width)) lines.push({ text: l, bold: true, color: SEVERITY_COLOR[p.severity] });
  if (p.fix) {
    lines.push({ text: EMPTY }, { text: safe(s(t['problem.fix']())), bold: true });
    for (const l of wrapIndented(tt`  ${p.fix}`, width)) lines.push({ text: l });
  }
  lines.push({ text: EMPTY }, { text: tt`${s(t['problem.affected']())} (${p.affected.length})`, bold: true });
  for (const a of p.affected) {
    const pods = a.pods ? ` — ${s(t['problem.pods']({ n: a.pods }))}` : '';
    for (const l of wrapIndented(tt`  ${refText(a)}${pods}`, width)) lines.push({ text: l });
  }
  if (p.docs.length) {
    lines.push({ text: EMPTY }, { text: safe(s(t['doc.title']())), bold: true });
    for (const d of p.docs.slice(0, 3))
      for (const l of wrapIndented(tt`  ${d.headings.join(' › ')} (${d.document}:${d.line})`, width)) lines.push({ text: l, dim: true });
  }
  lines.push({ text: EMPTY }, { text: safe(s(t['problem.hint']())), dim: true });
  return lines;
}
