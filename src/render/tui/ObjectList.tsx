// The left pane: the kind and its count, the column headers (kubectl get's), then the objects. Only the
// rows that fit are rendered (the list may hold tens of thousands); the window follows the cursor.
// Columns are sized from the visible rows and dropped by priority when the pane is narrow.
import { memo, useRef } from 'react';
import { Box } from 'ink';
import { Text } from './SafeText.js';
import type { Lang } from '../../i18n/lang.js';
import { say } from '../../i18n/localize.js';
import { showCell, type Column } from './columns.js';
import type { Row } from './rows.js';
import type { Sort } from './state.js';
import { cat, joinSafe, padCut, safe, SPACE, trimEnd, truncate, tt, type SafeText } from '../../text/safe-text.js';
import { displayWidth } from '../../text/wrap.js';
import { HEALTH_COLOR, HEALTH_GLYPH } from './theme.js';
import { kindPlural, t } from './tui-messages.js';

export interface ObjectListProps {
  kind: string;
  prevKind: string;
  nextKind: string;
  columns: Column[];
  sort: Sort;
  rows: ReadonlyMap<string, Row>;
  view: readonly string[];
  total: number;
  selected: string | null;
  synced: boolean;
  /** What to say instead of rows when there are none (listing…, forbidden, empty). */
  placeholder: string | null;
  filter: string;
  focused: boolean;
  /** Disconnected: the rows may be out of date, so they are dimmed. */
  stale?: boolean;
  width: number;
  height: number;
  lang: Lang;
  /** Clock for AGE columns (tests pin it). */
  now?: number;
}

/** First visible index so that `cursor` stays inside a window of `height` rows, moving minimally. */
export function windowStart(previous: number, cursor: number, height: number, length: number): number {
  if (height <= 0) return 0;
  let top = Math.min(previous, Math.max(0, length - height));
  if (cursor < top) top = cursor;
  if (cursor >= top + height) top = cursor - height + 1;
  return Math.max(0, top);
}

export interface FittedColumn {
  index: number;
  width: number;
}

const NAME_MIN = 20;
const GLYPH = 2;

/**
 * Which columns to draw and how wide, in `width` columns: each as wide as its header and its widest
 * visible cell (up to its max); lowest-priority columns dropped while NAME would get fewer than
 * NAME_MIN columns; NAME gets what is left, up to what it needs.
 */
export function fitColumns(cols: Column[], headers: string[], cells: string[][], width: number): FittedColumn[] {
  const natural = cols.map((c, i) => Math.min(c.max, Math.max(displayWidth(headers[i]!), ...cells.map((r) => displayWidth(r[i] ?? '')))));
  const nameAt = cols.findIndex((c) => c.header === 'NAME' && c.priority >= 100);
  const gap = width < 60 ? 1 : 2;
  let kept = cols.map((_, i) => i);
  const need = (ks: number[], nameWidth: number) =>
    GLYPH + ks.reduce((n, i) => n + (i === nameAt ? nameWidth : natural[i]!), 0) + gap * Math.max(0, ks.length - 1);
  const nameMin = nameAt >= 0 ? Math.min(natural[nameAt]!, NAME_MIN) : 0;
  while (kept.length > 1 && need(kept, nameMin) > width) {
    const candidates = kept.filter((i) => i !== nameAt);
    if (nameAt >= 0 && candidates.length === 1) break; // NAME and the most telling column stay
    const drop = candidates.reduce((a, b) => (cols[b]!.priority < cols[a]!.priority ? b : a));
    kept = kept.filter((i) => i !== drop);
  }
  const others = kept.reduce((n, i) => n + (i === nameAt ? 0 : natural[i]!), 0) + gap * Math.max(0, kept.length - 1);
  const fitted = kept.map((i) => ({
    index: i,
    width: i === nameAt ? Math.max(4, Math.min(natural[i]!, width - GLYPH - others)) : natural[i]!,
  }));
  // Still too wide (a very narrow pane): the last columns are cut.
  let room = width - GLYPH - gap * Math.max(0, fitted.length - 1);
  return fitted.map((f) => {
    const w = Math.max(0, Math.min(f.width, room));
    room -= w;
    return { index: f.index, width: w };
  });
}

function kindLine(p: ObjectListProps, count: string, width: number): { main: SafeText; rest: SafeText } {
  const label = (k: string) => kindPlural(k, p.lang);
  const main = tt`${label(p.kind)} (${count})`;
  const rest = tt`  ← ${label(p.prevKind)} · ${label(p.nextKind)} →`;
  return displayWidth(main) + displayWidth(rest) <= width ? { main, rest } : { main: truncate(main, width), rest: tt`` };
}

export function ObjectList(p: ObjectListProps) {
  const top = useRef(0);
  const inner = p.width;
  const now = p.now ?? Date.now();
  // While the first list is still arriving the count says so.
  const countText = (p.view.length === p.total ? `${p.total}` : `${p.view.length}/${p.total}`) + (p.synced ? '' : '…');
  const title = kindLine(p, countText, inner);
  const filterLine = p.filter ? 1 : 0;
  const listHeight = Math.max(1, p.height - 2 - filterLine);
  const cursor = p.selected === null ? 0 : Math.max(0, p.view.indexOf(p.selected));
  top.current = windowStart(top.current, cursor, listHeight, p.view.length);
  const visible = p.view.slice(top.current, top.current + listHeight).map((k) => p.rows.get(k)!);
  const shown = visible.map((r) => r.cells.map((cell, i) => showCell(p.columns[i]!, cell, now)));
  const headers = p.columns.map((c, i) => tt`${c.header}${p.sort.column === i ? (p.sort.desc ? '↓' : '↑') : ''}`);
  const fitted = fitColumns(p.columns, headers, shown, inner);
  const gap = inner < 60 ? SPACE : tt`  `;
  const line = (cells: SafeText[]) =>
    joinSafe(
      fitted.map((f) => padCut(cells[f.index] ?? safe(''), f.width)),
      gap,
    );
  return (
    <Box flexDirection="column" width={inner} height={p.height}>
      <Text wrap="truncate">
        <Text bold color="cyan">
          {title.main}
        </Text>
        <Text dimColor>{title.rest}</Text>
      </Text>
      <Text bold wrap="truncate">
        {truncate(trimEnd(tt`  ${line(headers)}`), inner)}
      </Text>
      {p.filter ? (
        <Text color="yellow" wrap="truncate">
          {truncate(safe(say(t['filter.shown']({ filter: p.filter }), p.lang)), inner)}
        </Text>
      ) : null}
      {p.placeholder !== null ? (
        <Text dimColor wrap="truncate">
          {truncate(safe(p.placeholder), inner)}
        </Text>
      ) : null}
      <Rows rows={visible} lines={shown.map(line)} selected={p.selected} focused={p.focused} stale={!!p.stale} width={inner} />
    </Box>
  );
}

interface RowsProps {
  rows: Row[];
  lines: SafeText[];
  selected: string | null;
  focused: boolean;
  stale: boolean;
  width: number;
}

/** The visible rows; skipped entirely when a watch batch changed only rows out of view. */
const Rows = memo(
  function Rows({ rows, lines, selected, focused, stale, width }: RowsProps) {
    return (
      <>
        {rows.map((row, i) => {
          const sel = row.key === selected;
          return (
            <Text key={row.key} wrap="truncate" inverse={sel && focused} bold={sel} dimColor={stale}>
              <Text color={HEALTH_COLOR[row.health]}>{HEALTH_GLYPH[row.health]}</Text>
              {/* Only the highlighted row is padded to the full width: fewer characters to draw. */}
              {cat(SPACE, sel ? padCut(lines[i]!, width - GLYPH) : trimEnd(lines[i]!))}
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
    a.width === b.width &&
    a.rows.length === b.rows.length &&
    a.rows.every((r, i) => r === b.rows[i] && a.lines[i] === b.lines[i]),
);
