// `?`: the keys, each description wrapped beside its key.
import type { TuiMessages } from '../../i18n/messages/tui.js';
import { TextPane, type PaneLineSpec } from './TextPane.js';
import { padCut, wrap } from './text.js';

export function HelpOverlay({ width, height, scroll, m }: { width: number; height: number; scroll: number; m: TuiMessages }) {
  const keyWidth = 12;
  const lines: PaneLineSpec[] = [];
  for (const [k, what] of m.help) {
    wrap(what, Math.max(10, width - keyWidth - 1)).forEach((l, i) => lines.push({ text: `${padCut(i === 0 ? k : '', keyWidth)} ${l}` }));
  }
  return <TextPane title={m.helpTitle} lines={lines} scroll={scroll} width={width} height={height} />;
}
