// `?`: the keys, each description wrapped beside its key.
import { safe, tt } from '../../text/safe-text.js';
import type { Lang } from '../../i18n/lang.js';
import { say } from '../../i18n/localize.js';
import { TextPane, type PaneLineSpec } from './TextPane.js';
import { displayWidth, padCut } from '../../text/wrap.js';
import { wrap } from './text.js';
import { HELP, sayHints, t } from './tui-messages.js';

export function HelpOverlay({ width, height, scroll, lang }: { width: number; height: number; scroll: number; lang: Lang }) {
  const hints = sayHints(HELP, lang);
  // As wide as the widest key name (`! / :problems`), so that none is cut.
  const keyWidth = Math.max(12, ...hints.map(([k]) => displayWidth(k)));
  const lines: PaneLineSpec[] = [];
  for (const [k, what] of hints) {
    wrap(safe(what), Math.max(10, width - keyWidth - 1)).forEach((l, i) =>
      lines.push({ text: tt`${padCut(i === 0 ? k : '', keyWidth)} ${l}` }),
    );
  }
  return <TextPane title={safe(say(t['help.title'](), lang))} lines={lines} scroll={scroll} width={width} height={height} />;
}
