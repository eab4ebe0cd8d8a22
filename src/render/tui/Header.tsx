// Top lines: where we are connected and whether the view is live, stale (no answer for N seconds),
// reconnecting (counting down), or not allowed; a deleted or terminating namespace is said here.
import { memo } from 'react';
import { Box, Text } from 'ink';
import type { TuiMessages } from '../../i18n/messages/tui.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { ClusterIdentity, NamespaceStatus } from './source.js';
import type { Connection } from './state.js';
import { truncate } from './text.js';

export interface HeaderProps {
  identity: ClusterIdentity;
  namespace: string;
  connection: Connection;
  namespaceStatus?: NamespaceStatus;
  width: number;
  m: TuiMessages;
  /** Clock for the countdowns (re-rendered every second while one runs). */
  now?: number;
}

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

export function connectionLabel(c: Connection, m: TuiMessages, now = Date.now()): { text: string; color: string } {
  switch (c.state) {
    case 'live':
      return { text: `● ${m.live}`, color: 'green' };
    case 'connecting':
      return { text: `◌ ${m.connecting}`, color: 'cyan' };
    case 'stale':
      return { text: `◐ ${m.staleFor(Math.floor(Math.max(0, now - (c.since ?? now)) / 1000))}`, color: 'yellow' };
    case 'forbidden':
      return { text: `⊘ ${m.forbiddenShort}`, color: 'yellow' };
    case 'reconnecting':
      return { text: `✖ ${m.reconnecting(seconds((c.retryInMs ?? 0) - Math.max(0, now - (c.since ?? now))))}`, color: 'red' };
  }
}

export const Header = memo(function Header({ identity, namespace, connection, namespaceStatus, width, m, now }: HeaderProps) {
  const gone = namespaceStatus === 'gone' || namespaceStatus === 'terminating';
  const state = gone
    ? {
        text: `✖ ${namespaceStatus === 'gone' ? m.namespaceGone(sanitizeLine(namespace)) : m.namespaceTerminating(sanitizeLine(namespace))}`,
        color: 'red',
      }
    : connectionLabel(connection, m, now);
  const left = `kubexplain  ${m.context}: ${sanitizeLine(identity.context)}  ${m.namespace}: ${sanitizeLine(namespace)}  `;
  // While reconnecting or stale, the reason takes the place of the user name.
  const troubled = (connection.state === 'reconnecting' || connection.state === 'stale') && connection.error;
  const second = troubled
    ? `${m.server}: ${sanitizeLine(identity.server)}  — ${sanitizeLine(connection.error!)}`
    : `${m.server}: ${sanitizeLine(identity.server)}  ${m.user}: ${sanitizeLine(identity.user)}`;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        <Text bold>{truncate(left, Math.max(10, width - Math.min(48, state.text.length + 1)))}</Text>
        <Text color={state.color}>{truncate(state.text, width)}</Text>
      </Text>
      <Text dimColor={!troubled} {...(troubled ? { color: 'red' } : {})} wrap="truncate">
        {truncate(second, width)}
      </Text>
    </Box>
  );
});
