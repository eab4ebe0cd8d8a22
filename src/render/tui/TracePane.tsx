// The routing chain of a Service or Ingress: one line per hop with its status, then its finding.
import type { Lang } from '../../i18n/lang.js';
import { say } from '../../i18n/localize.js';
import type { Message } from '../../model/message.js';
import type { HopStatus, Trace } from '../../model/trace.js';
import { EMPTY, indented, safe, safeBlock, tt } from '../../text/safe-text.js';
import { wrap } from './text.js';
import { SEVERITY_COLOR } from './theme.js';
import { TextPane, type PaneLineSpec } from './TextPane.js';
import { t as tm } from './tui-messages.js';

export type TraceView =
  | { target: string; state: 'loading' }
  /** No trace for this object, and why (null: this build has no tracer). */
  | { target: string; state: 'unavailable'; why?: Message }
  | { target: string; state: 'error'; message: string }
  | { target: string; state: 'done'; trace: Trace };

const HOP: Record<HopStatus, { glyph: string; color: string }> = {
  ok: { glyph: '✔', color: 'green' },
  warning: { glyph: '◐', color: 'yellow' },
  broken: { glyph: '✖', color: 'red' },
};

export function traceLines(t: Trace, width: number, lang: Lang): PaneLineSpec[] {
  const lines: PaneLineSpec[] = wrap(safe(t.verdict.text), width).map((text) => ({
    text,
    color: SEVERITY_COLOR[t.verdict.severity],
    bold: true,
  }));
  lines.push({ text: EMPTY });
  for (const h of t.hops) {
    lines.push({ text: tt`${HOP[h.status].glyph} ${h.from} → ${h.to}`, color: HOP[h.status].color });
    for (const l of wrap(safe(h.finding.title), width - 2)) lines.push({ text: indented(2, l) });
    for (const para of safeBlock(h.finding.detail)) for (const l of wrap(para, width - 2)) lines.push({ text: indented(2, l), dim: true });
  }
  for (const n of t.notes ?? []) for (const l of wrap(tt`· ${n.title}`, width)) lines.push({ text: l, color: 'cyan' });
  for (const w of t.warnings ?? [])
    for (const l of wrap(safe(say(tm['trace.warning']({ text: w }), lang)), width)) lines.push({ text: l, color: 'yellow' });
  return lines;
}

export function TracePane({
  view,
  scroll,
  width,
  height,
  lang,
}: {
  view: TraceView;
  scroll: number;
  width: number;
  height: number;
  lang: Lang;
}) {
  const title = safe(say(tm['trace.title']({ target: view.target }), lang));
  let lines: PaneLineSpec[];
  if (view.state === 'done') lines = traceLines(view.trace, width, lang);
  else if (view.state === 'loading') lines = [{ text: safe(say(tm['trace.running'](), lang)), color: 'cyan' }];
  else if (view.state === 'unavailable') lines = [{ text: safe(say(view.why ?? tm['trace.unavailable'](), lang)), color: 'yellow' }];
  else lines = wrap(safe(view.message), width).map((text) => ({ text, color: 'red' }));
  return <TextPane title={title} lines={lines} scroll={scroll} width={width} height={height} />;
}
