// Top lines: where we are connected and whether the view is live, stale (no answer for N seconds),
// reconnecting (counting down), or not allowed; a deleted or terminating namespace is said here.
import { memo } from 'react';
import { Box } from 'ink';
import { Text } from './SafeText.js';
import type { Lang } from '../../i18n/lang.js';
import { say, sayer } from '../../i18n/localize.js';
import type { ClusterIdentity, NamespaceStatus } from './source.js';
import type { Connection } from './state.js';
import { safe, truncate, tt } from '../../text/safe-text.js';
import { displayWidth } from '../../text/wrap.js';
import { t } from './tui-messages.js';

export interface HeaderProps {
  identity: ClusterIdentity;
  namespace: string;
  connection: Connection;
  namespaceStatus?: NamespaceStatus;
  width: number;
  lang: Lang;
  /** Clock for the countdowns (re-rendered every second while one runs). */
  now?: number;
}

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

export function connectionLabel(c: Connection, lang: Lang, now = Date.now()): { text: string; color: string } {
  switch (c.state) {
    case 'live':
      return { text: `● ${say(t['conn.live'](), lang)}`, color: 'green' };
    case 'connecting':
      return { text: `◌ ${say(t['conn.connecting'](), lang)}`, color: 'cyan' };
    case 'stale':
      return {
        text: `◐ ${say(t['conn.stale']({ seconds: Math.floor(Math.max(0, now - (c.since ?? now)) / 1000) }), lang)}`,
        color: 'yellow',
      };
    case 'forbidden':
      return { text: `⊘ ${say(t['conn.forbidden'](), lang)}`, color: 'yellow' };
    case 'reconnecting':
      return {
        text: `✖ ${say(t['conn.reconnecting']({ seconds: seconds((c.retryInMs ?? 0) - Math.max(0, now - (c.since ?? now))) }), lang)}`,
        color: 'red',
      };
  }
}

export const Header = memo(function Header({ identity, namespace, connection, namespaceStatus, width, lang, now }: HeaderProps) {
  const s = sayer(lang);
  const gone = namespaceStatus === 'gone' || namespaceStatus === 'terminating';
  const ns = namespace;
  const state = gone
    ? { text: `✖ ${s(namespaceStatus === 'gone' ? t['ns.gone']({ ns }) : t['ns.terminating']({ ns }))}`, color: 'red' }
    : connectionLabel(connection, lang, now);
  const left = tt`kubexplain  ${s(t['header.context']())}: ${identity.context}  ${s(t['header.ns']())}: ${ns}  `;
  // While reconnecting or stale, the reason takes the place of the user name.
  const troubled = (connection.state === 'reconnecting' || connection.state === 'stale') && connection.error;
  const second = troubled
    ? tt`${s(t['header.server']())}: ${identity.server}  — ${connection.error!}`
    : tt`${s(t['header.server']())}: ${identity.server}  ${s(t['header.user']())}: ${identity.user}`;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        <Text bold>{truncate(left, Math.max(10, width - Math.min(48, displayWidth(state.text) + 1)))}</Text>
        <Text color={state.color}>{truncate(safe(state.text), width)}</Text>
      </Text>
      <Text dimColor={!troubled} {...(troubled ? { color: 'red' } : {})} wrap="truncate">
        {truncate(second, width)}
      </Text>
    </Box>
  );
});
