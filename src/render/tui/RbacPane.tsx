// The answer to an RBAC query typed after `r` (who-can / can), as the CLI renders it.
import type { Lang } from '../../i18n/lang.js';
import { sayer } from '../../i18n/localize.js';
import { safe, tt } from '../../text/safe-text.js';
import { wrap, wrapIndented } from './text.js';
import { TextPane, type PaneLineSpec } from './TextPane.js';
import { t } from './tui-messages.js';

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
  lang,
}: {
  view: RbacView;
  scroll: number;
  width: number;
  height: number;
  lang: Lang;
}) {
  const s = sayer(lang);
  const title = view.query ? tt`${s(t['rbac.title']())}: ${view.query}` : safe(s(t['rbac.title']()));
  let lines: PaneLineSpec[];
  if (view.state === 'idle') lines = wrap(safe(s(t['rbac.help']())), width).map((text) => ({ text, dim: true }));
  else if (view.state === 'loading') lines = [{ text: safe(s(t['rbac.running']())), color: 'cyan' }];
  else if (view.state === 'error') lines = wrap(safe(view.message), width).map((text) => ({ text, color: 'red' }));
  else {
    lines = [];
    view.lines.forEach((raw, i) => {
      const text = safe(raw);
      const color = i === 0 && view.allowed !== undefined ? (view.allowed ? 'green' : 'red') : undefined;
      for (const l of wrapIndented(text, width)) lines.push({ text: l, ...(color ? { color, bold: true } : {}) });
    });
  }
  return <TextPane title={title} lines={lines} scroll={scroll} width={width} height={height} />;
}
