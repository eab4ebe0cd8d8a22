// The TUI's state and a pure reducer over watch events and key-driven UI actions. Rows are kept
// by name with a sorted name list and the filtered view derived from it, so moving the cursor in
// a namespace of thousands of objects costs one index lookup, and a batch of watch events costs
// one re-sort at most.
import type { WatchState } from '../../cluster/watch.js';
import type { Row } from './rows.js';

/** Kinds offered in the list, in order. */
export const TUI_KINDS = [
  'Pod',
  'Deployment',
  'Service',
  'Ingress',
  'Job',
  'StatefulSet',
  'DaemonSet',
  'CronJob',
  'ConfigMap',
  'Secret',
] as const;

export type Overlay = 'none' | 'help' | 'doc' | 'trace' | 'rbac' | 'namespaces';
export type InputPurpose = 'filter' | 'rbac' | 'namespace';

export interface Connection {
  state: WatchState;
  /** Why it is reconnecting (sanitized one line). */
  error?: string;
  retryInMs?: number;
}

export interface TuiState {
  kindIndex: number;
  namespace: string;
  rows: ReadonlyMap<string, Row>;
  /** Every row name, sorted. */
  order: readonly string[];
  /** `order` filtered by `filter`. */
  view: readonly string[];
  filter: string;
  selected: string | null;
  connection: Connection;
  /** A list has arrived for the current kind and namespace. */
  synced: boolean;
  focus: 'list' | 'detail';
  /** Index of the highlighted finding in the explanation (detail focus). */
  findingCursor: number;
  overlay: Overlay;
  /** Scroll offset of the open overlay's text. */
  scroll: number;
  input: { purpose: InputPurpose; text: string } | null;
}

export type RowEvent = { type: 'ADDED' | 'MODIFIED' | 'DELETED'; row: Row };

export type Action =
  | { type: 'sync'; rows: Row[]; partial?: boolean }
  | { type: 'events'; events: RowEvent[] }
  | { type: 'connection'; connection: Connection }
  | { type: 'kind'; delta: number }
  | { type: 'namespace'; namespace: string }
  | { type: 'move'; delta: number }
  | { type: 'moveTo'; where: 'top' | 'bottom' }
  | { type: 'focus'; focus: 'list' | 'detail' }
  | { type: 'finding'; delta: number; count: number }
  | { type: 'overlay'; overlay: Overlay }
  | { type: 'scroll'; delta: number }
  | { type: 'input'; purpose: InputPurpose; text?: string }
  | { type: 'inputText'; text: string }
  | { type: 'inputDone' }
  | { type: 'inputCancel' };

export function initialState(namespace: string, kindIndex = 0): TuiState {
  return {
    kindIndex,
    namespace,
    rows: new Map(),
    order: [],
    view: [],
    filter: '',
    selected: null,
    connection: { state: 'connecting' },
    synced: false,
    focus: 'list',
    findingCursor: 0,
    overlay: 'none',
    scroll: 0,
    input: null,
  };
}

export const currentKind = (s: TuiState): string => TUI_KINDS[s.kindIndex]!;

/** Case-insensitive substring match on name and status; several words must all match. */
export function matches(row: Row, filter: string): boolean {
  if (!filter) return true;
  const hay = `${row.name} ${row.status}`.toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

function withView(s: TuiState, rows: ReadonlyMap<string, Row>, order: readonly string[], filter: string): TuiState {
  const view = filter ? order.filter((n) => matches(rows.get(n)!, filter)) : order;
  let selected = s.selected;
  if (selected === null || !rows.has(selected) || (filter && !view.includes(selected))) {
    // Keep the cursor near where it was when its row went away.
    const old = selected === null ? 0 : Math.max(0, s.view.indexOf(selected));
    selected = view.length ? view[Math.min(old, view.length - 1)]! : null;
  }
  const changed = selected !== s.selected;
  return { ...s, rows, order, view, filter, selected, ...(changed ? { findingCursor: 0 } : {}) };
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function applyEvents(s: TuiState, events: RowEvent[]): TuiState {
  const rows = new Map(s.rows);
  let membership = false;
  for (const e of events) {
    const had = rows.has(e.row.name);
    if (e.type === 'DELETED') {
      if (had) {
        rows.delete(e.row.name);
        membership = true;
      }
    } else {
      rows.set(e.row.name, e.row);
      if (!had) membership = true;
    }
  }
  const order = membership ? [...rows.keys()].sort(byName) : s.order;
  if (!membership && !s.filter) return { ...s, rows };
  return withView(s, rows, order, s.filter);
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function reduce(s: TuiState, a: Action): TuiState {
  switch (a.type) {
    case 'sync': {
      // A partial sync (the first pages of a long list) draws early but is not yet "synced".
      const rows = new Map(a.rows.map((r) => [r.name, r]));
      return withView({ ...s, synced: !a.partial }, rows, [...rows.keys()].sort(byName), s.filter);
    }
    case 'events':
      return a.events.length ? applyEvents(s, a.events) : s;
    case 'connection':
      return { ...s, connection: a.connection };
    case 'kind': {
      const n = TUI_KINDS.length;
      const kindIndex = (((s.kindIndex + a.delta) % n) + n) % n;
      return { ...initialState(s.namespace, kindIndex), connection: s.connection, filter: '' };
    }
    case 'namespace':
      return { ...initialState(a.namespace, s.kindIndex), connection: s.connection };
    case 'move': {
      if (!s.view.length) return s;
      const at = s.selected === null ? 0 : Math.max(0, s.view.indexOf(s.selected));
      const next = s.view[clamp(at + a.delta, 0, s.view.length - 1)]!;
      return next === s.selected ? s : { ...s, selected: next, findingCursor: 0 };
    }
    case 'moveTo': {
      if (!s.view.length) return s;
      const next = a.where === 'top' ? s.view[0]! : s.view[s.view.length - 1]!;
      return next === s.selected ? s : { ...s, selected: next, findingCursor: 0 };
    }
    case 'focus':
      return { ...s, focus: a.focus, findingCursor: a.focus === 'detail' ? s.findingCursor : 0 };
    case 'finding':
      return { ...s, findingCursor: clamp(s.findingCursor + a.delta, 0, Math.max(0, a.count - 1)) };
    case 'overlay':
      return { ...s, overlay: a.overlay, scroll: 0 };
    case 'scroll':
      return { ...s, scroll: Math.max(0, s.scroll + a.delta) };
    case 'input':
      return { ...s, input: { purpose: a.purpose, text: a.text ?? (a.purpose === 'filter' ? s.filter : '') } };
    case 'inputText': {
      if (!s.input) return s;
      const next = { ...s, input: { ...s.input, text: a.text } };
      // The filter applies as it is typed.
      return s.input.purpose === 'filter' ? withView(next, s.rows, s.order, a.text.trim()) : next;
    }
    case 'inputDone':
      return { ...s, input: null };
    case 'inputCancel':
      // Esc while typing a filter, or on the list with a filter applied, clears it.
      return s.input?.purpose === 'filter' || (!s.input && s.filter)
        ? withView({ ...s, input: null }, s.rows, s.order, '')
        : { ...s, input: null };
  }
}
