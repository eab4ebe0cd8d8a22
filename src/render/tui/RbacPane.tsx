// The answer to an RBAC query typed after `r` (who-can / can), as the CLI renders it.
import type { TuiMessages } from '../../i18n/messages/tui.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { wrap, wrapIndented } from './text.js';
import { TextPane, type PaneLineSpec } from './TextPane.js';

export type RbacView =
  | { query: string; state: 'idle' }
  | { query: string; state: 'loading' }
  | { query: string; state: 'error'; message: string }
  | { query: string; state: 'done'; lines: string[]; allowed?: boolean };

export function RbacPane({
  view,
  scroll,
  width,
  height,
  m,
}: {
  view: RbacView;
  scroll: number;
  width: number;
  height: number;
  m: TuiMessages;
}) {
  const title = view.query ? `${m.rbacTitle}: ${sanitizeLine(view.query)}` : m.rbacTitle;
  let lines: PaneLineSpec[];
  if (view.state === 'idle') lines = wrap(m.rbacHelp, width).map((text) => ({ text, dim: true }));
  else if (view.state === 'loading') lines = [{ text: m.rbacRunning, color: 'cyan' }];
  else if (view.state === 'error') lines = wrap(sanitizeLine(view.message), width).map((text) => ({ text, color: 'red' }));
  else {
    lines = [];
    view.lines.forEach((raw, i) => {
      const text = sanitizeLine(raw);
      const color = i === 0 && view.allowed !== undefined ? (view.allowed ? 'green' : 'red') : undefined;
      for (const l of wrapIndented(text, width)) lines.push({ text: l, ...(color ? { color, bold: true } : {}) });
    });
  }
  return <TextPane title={title} lines={lines} scroll={scroll} width={width} height={height} />;
}
