// The right pane: the explanation of the selected object, the same Explanation the CLI prints,
// with its document references. Says when it is loading, updating or stale (disconnected).
import { memo, useMemo } from 'react';
import { Box, Text } from 'ink';
import type { TuiMessages } from '../../i18n/messages/tui.js';
import type { Explanation } from '../../model/explanation.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { explanationLines, scrollFor } from './explanation-lines.js';
import { truncate } from './text.js';
import { SEVERITY_COLOR } from './theme.js';

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
  m: TuiMessages;
}

export const ExplanationPane = memo(function ExplanationPane({
  view,
  stale,
  focused,
  findingCursor,
  width,
  height,
  m,
}: ExplanationPaneProps) {
  const banner: { text: string; color: string }[] = [];
  if (stale && view?.explanation) banner.push({ text: m.stale, color: 'red' });
  else if (view?.loading && view.explanation) banner.push({ text: m.updating, color: 'cyan' });
  const body = height - banner.length;
  // Wrapping is the costly part; redo it only when the explanation or the width changes.
  const lines = useMemo(
    () => (view?.explanation ? explanationLines(view.explanation, width, m.warnings) : []),
    [view?.explanation, width, m],
  );
  let content;
  if (!view) content = <Text dimColor>{truncate(m.selectSomething, width)}</Text>;
  else if (view.error)
    content = (
      <Text color="red" wrap="truncate">
        {truncate(m.explainFailed(sanitizeLine(view.error)), width)}
      </Text>
    );
  else if (!view.explanation) content = <Text color="cyan">{m.explaining}</Text>;
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
          {l.text || ' '}
        </Text>
      );
    });
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {banner.map((b) => (
        <Text key={b.text} color={b.color} bold wrap="truncate">
          {truncate(b.text, width)}
        </Text>
      ))}
      {content}
    </Box>
  );
});
