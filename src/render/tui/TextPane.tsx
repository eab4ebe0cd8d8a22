// A titled, scrollable pane of lines; the document, trace and RBAC panes are built on it. Its title and
// lines are SafeText (src/text/safe-text.ts): escaped where the lines are built, never here.
import { Box } from 'ink';
import { Text } from './SafeText.js';
import { cat, SPACE, truncate, tt, type SafeText } from '../../text/safe-text.js';
import { displayWidth } from '../../text/wrap.js';

export interface PaneLineSpec {
  text: SafeText;
  color?: string;
  bold?: boolean;
  dim?: boolean;
}

export interface TextPaneProps {
  title: SafeText;
  lines: PaneLineSpec[];
  scroll: number;
  width: number;
  height: number;
}

export function TextPane({ title, lines, scroll, width, height }: TextPaneProps) {
  const body = Math.max(1, height - 1);
  const top = Math.max(0, Math.min(scroll, lines.length - body));
  const more = lines.length > top + body ? tt` ↓${lines.length - top - body}` : tt``;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color="cyan" wrap="truncate">
        {cat(truncate(title, width - displayWidth(more)), more)}
      </Text>
      {lines.slice(top, top + body).map((l, i) => (
        <Text key={top + i} wrap="truncate" bold={!!l.bold} dimColor={!!l.dim} {...(l.color ? { color: l.color } : {})}>
          {l.text || SPACE}
        </Text>
      ))}
    </Box>
  );
}
