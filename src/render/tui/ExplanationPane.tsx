// The right pane: the explanation of the selected object, the same Explanation the CLI prints,
// with its document references. Says when it is loading, updating or stale (disconnected).
import { memo, useMemo } from 'react';
import { Box } from 'ink';
import { Text } from './SafeText.js';
import type { Lang } from '../../i18n/lang.js';
import { sayer } from '../../i18n/localize.js';
import type { Explanation } from '../../model/explanation.js';
import { explanationLines, scrollFor } from './explanation-lines.js';
import { safe, SPACE, truncate } from '../../text/safe-text.js';
import { SEVERITY_COLOR } from './theme.js';
import { t } from './tui-messages.js';

export interface ExplanationView {
  explanation?: Explanation;
  loading: boolean;
  error?: string;
}

export interface ExplanationPaneProps {
  view: ExplanationView | null;
  stale: boolean;
  focused: boolean;
  findingCursor: number;
  width: number;
  height: number;
  lang: Lang;
}

export const ExplanationPane = memo(function ExplanationPane({
  view,
  stale,
  focused,
  findingCursor,
  width,
  height,
  lang,
}: ExplanationPaneProps) {
  const s = sayer(lang);
  const banner: { text: string; color: string }[] = [];
  if (stale && view?.explanation) banner.push({ text: s(t['expl.stale']()), color: 'red' });
  else if (view?.loading && view.explanation) banner.push({ text: s(t['expl.updating']()), color: 'cyan' });
  const body = height - banner.length;
  // Wrapping is the costly part; redo it only when the explanation or the width changes.
  const lines = useMemo(
    () => (view?.explanation ? explanationLines(view.explanation, width, sayer(lang)(t['expl.warnings']())) : []),
    [view?.explanation, width, lang],
  );
  let content;
  if (!view) content = <Text dimColor>{truncate(safe(s(t['expl.select']())), width)}</Text>;
  else if (view.error)
    content = (
      <Text color="red" wrap="truncate">
        {truncate(safe(s(t['expl.failed']({ reason: view.error }))), width)}
      </Text>
    );
  else if (!view.explanation) content = <Text color="cyan">{safe(s(t['expl.explaining']()))}</Text>;
  else {
    const top = scrollFor(lines, focused ? findingCursor : null, body);
    content = lines.slice(top, top + body).map((l, i) => {
      const selected = focused && l.title && l.finding === findingCursor;
      const color = l.severity && (l.title || l.finding === -1) ? SEVERITY_COLOR[l.severity] : undefined;
      return (
        <Text
          key={top + i}
          wrap="truncate"
          {...(color && !stale ? { color } : {})}
          bold={!!l.bold}
          dimColor={!!l.dim || stale}
          inverse={!!selected}
        >
          {l.text || SPACE}
        </Text>
      );
    });
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {banner.map((b) => (
        <Text key={b.text} color={b.color} bold wrap="truncate">
          {truncate(safe(b.text), width)}
        </Text>
      ))}
      {content}
    </Box>
  );
});
