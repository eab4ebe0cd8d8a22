// The left pane: the kind switcher, then the objects of the namespace. Only the rows that fit are
// rendered (the list may hold thousands); the window follows the cursor.
import { memo, useRef } from 'react';
import { Box, Text } from 'ink';
import type { TuiMessages } from '../../i18n/messages/tui.js';
import type { Row } from './rows.js';
import { TUI_KINDS } from './state.js';
import { padCut, truncate } from './text.js';
import { HEALTH_COLOR, HEALTH_GLYPH } from './theme.js';

export interface ObjectListProps {
  kindIndex: number;
  rows: ReadonlyMap<string, Row>;
  view: readonly string[];
  total: number;
  selected: string | null;
  synced: boolean;
  namespace: string;
  filter: string;
  focused: boolean;
  /** Disconnected: the rows may be out of date, so they are dimmed. */
  stale?: boolean;
  width: number;
  height: number;
  m: TuiMessages;
}

/** First visible index so that `cursor` stays inside a window of `height` rows, moving minimally. */
export function windowStart(previous: number, cursor: number, height: number, length: number): number {
  if (height <= 0) return 0;
  let top = Math.min(previous, Math.max(0, length - height));
  if (cursor < top) top = cursor;
  if (cursor >= top + height) top = cursor - height + 1;
  return Math.max(0, top);
}

function kindLine(kindIndex: number, width: number, m: TuiMessages, count: string): string {
  const name = m.kinds[TUI_KINDS[kindIndex]!] ?? TUI_KINDS[kindIndex]!;
  const n = TUI_KINDS.length;
  const prev = m.kinds[TUI_KINDS[(kindIndex + n - 1) % n]!]!;
  const next = m.kinds[TUI_KINDS[(kindIndex + 1) % n]!]!;
  const core = `‹ ${name} › ${count}`;
  const full = `${prev} ${core} ${next}`;
  return full.length <= width ? full : truncate(core, width);
}

export function ObjectList(p: ObjectListProps) {
  const top = useRef(0);
  const inner = p.width;
  // While the first list is still arriving the count says so.
  const countText = p.m.count(p.view.length, p.total) + (p.synced ? '' : '…');
  const header = kindLine(p.kindIndex, inner, p.m, countText);
  const filterLine = p.filter ? 1 : 0;
  const listHeight = Math.max(1, p.height - 1 - filterLine);
  const cursor = p.selected === null ? 0 : Math.max(0, p.view.indexOf(p.selected));
  top.current = windowStart(top.current, cursor, listHeight, p.view.length);
  const visible = p.view.slice(top.current, top.current + listHeight);
  const statusWidth = Math.max(8, Math.min(20, Math.floor((inner - 2) * 0.38)));
  const nameWidth = Math.max(4, inner - 2 - statusWidth - 1);
  let placeholder: string | null = null;
  if (!p.synced && p.total === 0) placeholder = p.m.loadingList;
  else if (p.total === 0) placeholder = p.m.empty(p.m.kinds[TUI_KINDS[p.kindIndex]!]!, p.namespace);
  else if (p.view.length === 0) placeholder = p.m.noMatch(p.filter);
  return (
    <Box flexDirection="column" width={inner} height={p.height}>
      <Text bold color="cyan" wrap="truncate">
        {padCut(header, inner)}
      </Text>
      {p.filter ? (
        <Text color="yellow" wrap="truncate">
          {truncate(p.m.filterShown(p.filter), inner)}
        </Text>
      ) : null}
      {placeholder !== null ? (
        <Text dimColor wrap="truncate">
          {truncate(placeholder, inner)}
        </Text>
      ) : null}
      <Rows
        visible={visible.map((n) => p.rows.get(n)!)}
        selected={p.selected}
        focused={p.focused}
        stale={!!p.stale}
        nameWidth={nameWidth}
        statusWidth={statusWidth}
      />
    </Box>
  );
}

interface RowsProps {
  visible: Row[];
  selected: string | null;
  focused: boolean;
  stale: boolean;
  nameWidth: number;
  statusWidth: number;
}

/** The visible rows; skipped entirely when a watch batch changed only rows out of view. */
const Rows = memo(
  function Rows({ visible, selected, focused, stale, nameWidth, statusWidth }: RowsProps) {
    return (
      <>
        {visible.map((row) => {
          const sel = row.name === selected;
          return (
            <Text key={row.name} wrap="truncate" inverse={sel && focused} bold={sel} dimColor={stale}>
              <Text color={HEALTH_COLOR[row.health]}>{HEALTH_GLYPH[row.health]}</Text>
              {/* Only the highlighted row is padded to the full width: fewer characters to draw. */}
              {sel
                ? ` ${padCut(row.name, nameWidth)} ${padCut(row.status, statusWidth)}`
                : ` ${padCut(row.name, nameWidth)} ${truncate(row.status, statusWidth)}`}
            </Text>
          );
        })}
      </>
    );
  },
  (a, b) =>
    a.selected === b.selected &&
    a.focused === b.focused &&
    a.stale === b.stale &&
    a.nameWidth === b.nameWidth &&
    a.statusWidth === b.statusWidth &&
    a.visible.length === b.visible.length &&
    a.visible.every((r, i) => r === b.visible[i]),
);
