// `?`: the keys.
import type { TuiMessages } from '../../i18n/messages/tui.js';
import { TextPane } from './TextPane.js';
import { fit } from './text.js';

export function HelpOverlay({ width, height, scroll, m }: { width: number; height: number; scroll: number; m: TuiMessages }) {
  const keyWidth = 12;
  const lines = m.help.map(([k, what]) => ({ text: `${fit(k, keyWidth)} ${what}` }));
  return <TextPane title={m.helpTitle} lines={lines} scroll={scroll} width={width} height={height} />;
}
