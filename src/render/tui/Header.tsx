// Top line: where we are connected and whether the watch is live.
import { memo } from 'react';
import { Box, Text } from 'ink';
import type { TuiMessages } from '../../i18n/messages/tui.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { ClusterIdentity } from './source.js';
import type { Connection } from './state.js';
import { truncate } from './text.js';

export interface HeaderProps {
  identity: ClusterIdentity;
  namespace: string;
  connection: Connection;
  width: number;
  m: TuiMessages;
}

export function connectionLabel(c: Connection, m: TuiMessages): { text: string; color: string } {
  if (c.state === 'live') return { text: `● ${m.live}`, color: 'green' };
  if (c.state === 'connecting') return { text: `◌ ${m.connecting}`, color: 'cyan' };
  return { text: `✖ ${m.reconnecting(Math.ceil((c.retryInMs ?? 0) / 1000))}`, color: 'red' };
}

export const Header = memo(function Header({ identity, namespace, connection, width, m }: HeaderProps) {
  const state = connectionLabel(connection, m);
  const left = `kubexplain  ${m.context}: ${sanitizeLine(identity.context)}  ${m.namespace}: ${sanitizeLine(namespace)}  `;
  // While reconnecting, the reason takes the place of the user name.
  const second =
    connection.state === 'reconnecting' && connection.error
      ? `${m.server}: ${sanitizeLine(identity.server)}  — ${sanitizeLine(connection.error)}`
      : `${m.server}: ${sanitizeLine(identity.server)}  ${m.user}: ${sanitizeLine(identity.user)}`;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        <Text bold>{truncate(left, Math.max(10, width - 24))}</Text>
        <Text color={state.color}>{state.text}</Text>
      </Text>
      <Text
        dimColor={connection.state !== 'reconnecting'}
        {...(connection.state === 'reconnecting' ? { color: 'red' } : {})}
        wrap="truncate"
      >
        {truncate(second, width)}
      </Text>
    </Box>
  );
});
