// A titled, scrollable pane of lines; the document, trace and RBAC panes are built on it.
import { Box, Text } from 'ink';
import { displayWidth, truncate } from '../../text/wrap.js';

export interface PaneLineSpec {
  text: string;
  color?: string;
  bold?: boolean;
  dim?: boolean;
}

export interface TextPaneProps {
  title: string;
  lines: PaneLineSpec[];
  scroll: number;
  width: number;
  height: number;
}

export function TextPane({ title, lines, scroll, width, height }: TextPaneProps) {
  const body = Math.max(1, height - 1);
  const top = Math.max(0, Math.min(scroll, lines.length - body));
  const more = lines.length > top + body ? ` ↓${lines.length - top - body}` : '';
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color="cyan" wrap="truncate">
        {truncate(title, width - displayWidth(more)) + more}
      </Text>
      {lines.slice(top, top + body).map((l, i) => (
        <Text key={top + i} wrap="truncate" bold={!!l.bold} dimColor={!!l.dim} {...(l.color ? { color: l.color } : {})}>
          {l.text || ' '}
        </Text>
      ))}
    </Box>
  );
}
