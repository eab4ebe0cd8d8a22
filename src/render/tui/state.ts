// The TUI's state and a pure reducer over watch events and key-driven UI actions. Rows are kept
// by key with a sorted key list and the filtered view derived from it, so moving the cursor in
// a namespace of thousands of objects costs one index lookup, and a batch of watch events costs
// one re-sort at most.
import type { SafeText } from '../../text/safe-text.js';
import type { Message } from '../../model/message.js';
import { columnsFor, type Column } from './columns.js';
import { isNamespaced, TUI_KINDS } from './kinds.js';
import type { Row } from './rows.js';

export { TUI_KINDS };

export type Overlay = 'none' | 'help' | 'doc' | 'trace' | 'rbac' | 'namespaces' | 'kinds' | 'contexts' | 'yaml' | 'logs' | 'events';
export type InputPurpose = 'filter' | 'rbac' | 'namespace' | 'command' | 'context';

export interface Connection {
  /** forbidden: the list is not allowed (a permission state, not retried until kind or namespace change). */
  state: 'connecting' | 'live' | 'reconnecting' | 'stale' | 'forbidden';
  /** Why it is reconnecting or forbidden (escaped one line). */
  error?: SafeText;
  retryInMs?: number;
  /** When the current state began (epoch ms): "stale for Ns", the reconnect countdown. */
  since?: number;
}

export interface Sort {
  /** Index into the kind's columns; null: by namespace and name (kubectl's order). */
  column: number | null;
  desc: boolean;
}

export interface TuiState {
  kind: string;
  /** Kinds left by `:` jumps, most recent last: Esc goes back. */
  history: string[];
  namespace: string;
  allNamespaces: boolean;
  rows: ReadonlyMap<string, Row>;
  /** Every row key, sorted. */
  order: readonly string[];
  /** `order` filtered by `filter`. */
  view: readonly string[];
  filter: string;
  sort: Sort;
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
  /** A one-line note in the key bar (unknown key, unknown kind…), cleared by the next key. */
  note: Message | null;
  /** The left pane: the objects of `kind`, or the namespace's problems (`!`, `:problems`). */
  mode: 'objects' | 'problems';
  /** Key of the highlighted problem (problemKey), kept across re-scans. */
  problem: string | null;
}

export type RowEvent = { type: 'ADDED' | 'MODIFIED' | 'DELETED'; row: Row };

export type Action =
  | { type: 'sync'; rows: Row[]; partial?: boolean }
  | { type: 'events'; events: RowEvent[] }
  | { type: 'connection'; connection: Connection }
  | { type: 'kind'; delta: number }
  | { type: 'jump'; kind: string; namespace?: string }
  | { type: 'back' }
  | { type: 'namespace'; namespace: string }
  | { type: 'allNamespaces' }
  | { type: 'sort'; column: number | null; desc?: boolean }
  | { type: 'move'; delta: number }
  | { type: 'moveTo'; where: 'top' | 'bottom' }
  | { type: 'focus'; focus: 'list' | 'detail' }
  | { type: 'finding'; delta: number; count: number }
  | { type: 'overlay'; overlay: Overlay }
  | { type: 'scroll'; delta: number }
  | { type: 'input'; purpose: InputPurpose; text?: string }
  | { type: 'inputText'; text: string }
  | { type: 'inputDone' }
  | { type: 'inputCancel' }
  | { type: 'note'; note: Message | null }
  | { type: 'mode'; mode: 'objects' | 'problems' }
  /** Moves the problem cursor over `keys` (the problems shown, in order); delta 0 keeps it on its problem or clamps. */
  | { type: 'problemMove'; delta: number; keys: readonly string[] };

export function initialState(namespace: string, kind: string = TUI_KINDS[0]!, allNamespaces = false): TuiState {
  return {
    kind,
    history: [],
    namespace,
    allNamespaces,
    rows: new Map(),
    order: [],
    view: [],
    filter: '',
    sort: { column: null, desc: false },
    selected: null,
    connection: { state: 'connecting' },
    synced: false,
    focus: 'list',
    findingCursor: 0,
    overlay: 'none',
    scroll: 0,
    input: null,
    note: null,
    mode: 'objects',
    problem: null,
  };
}

/** Every namespace is listed (and the NAMESPACE column shown) for a namespaced kind with `0` on. */
export const listsAllNamespaces = (s: Pick<TuiState, 'kind' | 'allNamespaces'>): boolean => s.allNamespaces && isNamespaced(s.kind);

export const columnsOf = (s: Pick<TuiState, 'kind' | 'allNamespaces'>): Column[] => columnsFor(s.kind, listsAllNamespaces(s));

// Each row's lower-cased text, made once per row object (rows are replaced, never changed, when their object changes).
const haystacks = new WeakMap<Row, string>();
const haystack = (row: Row): string => {
  let hay = haystacks.get(row);
  if (hay === undefined) haystacks.set(row, (hay = row.cells.join(' ').toLowerCase()));
  return hay;
};

/** Case-insensitive substring match on the row's cells; several words must all match. */
export function matches(row: Row, filter: string): boolean {
  if (!filter) return true;
  const hay = haystack(row);
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

function withView(s: TuiState, rows: ReadonlyMap<string, Row>, order: readonly string[], filter: string): TuiState {
  // A filter typed further (more letters or words) only narrows: rows the last one hid stay hidden.
  const from = rows === s.rows && order === s.order && s.filter && filter.startsWith(s.filter) ? s.view : order;
  const view = filter ? from.filter((n) => matches(rows.get(n)!, filter)) : order;
  let selected = s.selected;
  if (selected === null || !rows.has(selected) || (filter && !view.includes(selected))) {
    // Keep the cursor near where it was when its row went away.
    const old = selected === null ? 0 : Math.max(0, s.view.indexOf(selected));
    selected = view.length ? view[Math.min(old, view.length - 1)]! : null;
  }
  const changed = selected !== s.selected;
  return { ...s, rows, order, view, filter, selected, ...(changed ? { findingCursor: 0 } : {}) };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type SortKey = { key: string; text: string; num: number };

/** The state's order as a comparator over decorated rows (ties, and the default: by key, i.e. namespace/name). */
function comparator(s: Pick<TuiState, 'kind' | 'allNamespaces' | 'sort'>): {
  decorate: (k: string, row: Row) => SortKey;
  cmp: (a: SortKey, b: SortKey) => number;
} {
  const { column, desc } = s.sort;
  const c = column === null ? undefined : columnsOf(s)[column];
  const sign = desc ? -1 : 1;
  if (!c) return { decorate: (key) => ({ key, text: '', num: 0 }), cmp: (a, b) => sign * byText(a.key, b.key) };
  const decorate = (key: string, row: Row): SortKey => {
    const cell = row.cells[column!] ?? '';
    return { key, text: cell, num: Number(cell) || 0 };
  };
  // Time cells are epoch ms: ascending time is descending age, so AGE reads youngest first.
  const cmp =
    c.type === 'text'
      ? (a: SortKey, b: SortKey) => sign * (byText(a.text, b.text) || byText(a.key, b.key))
      : c.type === 'time'
        ? (a: SortKey, b: SortKey) => sign * (b.num - a.num || byText(b.key, a.key))
        : (a: SortKey, b: SortKey) => sign * (a.num - b.num || byText(a.key, b.key));
  return { decorate, cmp };
}

/** The keys of `rows` in the state's sort order; each row's sort value is read once, not per comparison. */
export function sorted(s: Pick<TuiState, 'kind' | 'allNamespaces' | 'sort'>, rows: ReadonlyMap<string, Row>): string[] {
  const { decorate, cmp } = comparator(s);
  const keyed: SortKey[] = [];
  for (const [k, row] of rows) keyed.push(decorate(k, row));
  return keyed.sort(cmp).map((x) => x.key);
}

/**
 * A batch of watch events. Rows whose place cannot have changed (a status update while sorted by
 * name) keep the order as it is; a few added, deleted or re-sorted rows are taken out and put back by
 * binary search, so a busy list of 20,000 costs a pass over the keys per batch, not a sort.
 */
function applyEvents(s: TuiState, events: RowEvent[]): TuiState {
  const rows = new Map(s.rows);
  const column = s.sort.column;
  const out = new Set<string>();
  const into = new Set<string>();
  for (const e of events) {
    const key = e.row.key;
    const had = rows.get(key);
    if (e.type === 'DELETED') {
      if (!had) continue;
      rows.delete(key);
      if (into.delete(key)) continue;
      out.add(key);
    } else {
      rows.set(key, e.row);
      if (!had) into.add(key);
      else if (column !== null && had.cells[column] !== e.row.cells[column] && !into.has(key)) {
        out.add(key);
        into.add(key);
      }
    }
  }
  let order = s.order;
  if (out.size + into.size > Math.max(64, order.length / 8)) order = sorted(s, rows);
  else if (out.size || into.size) {
    const next = out.size ? order.filter((k) => !out.has(k)) : order.slice();
    const { decorate, cmp } = comparator(s);
    const at = (i: number) => decorate(next[i]!, rows.get(next[i]!)!);
    for (const key of into) {
      const x = decorate(key, rows.get(key)!);
      let lo = 0;
      let hi = next.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cmp(at(mid), x) < 0) lo = mid + 1;
        else hi = mid;
      }
      next.splice(lo, 0, key);
    }
    order = next;
  }
  if (order === s.order && !s.filter) return { ...s, rows };
  return withView(s, rows, order, s.filter);
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** A fresh list of `kind` in `namespace`, keeping what outlives a list (namespace mode, history, the problems view). */
function relist(s: TuiState, kind: string, namespace = s.namespace, allNamespaces = s.allNamespaces): TuiState {
  return { ...initialState(namespace, kind, allNamespaces), history: s.history, mode: s.mode };
}

/** The problems view's cursor after a move over `keys` (or a re-scan: delta 0). */
function moveProblem(s: TuiState, delta: number, keys: readonly string[]): TuiState {
  if (!keys.length) return s.problem === null ? s : { ...s, problem: null };
  // No problem highlighted yet (or it went away): the view shows the first one, so moves start there.
  const at = Math.max(0, s.problem === null ? 0 : keys.indexOf(s.problem));
  const next = keys[clamp(at + delta, 0, keys.length - 1)]!;
  return next === s.problem ? s : { ...s, problem: next, findingCursor: 0 };
}

export function reduce(s: TuiState, a: Action): TuiState {
  switch (a.type) {
    case 'sync': {
      // A partial sync (the first pages of a long list) draws early but is not yet "synced".
      const rows = new Map(a.rows.map((r) => [r.key, r]));
      return withView({ ...s, synced: !a.partial }, rows, sorted(s, rows), s.filter);
    }
    case 'events':
      return a.events.length ? applyEvents(s, a.events) : s;
    case 'connection':
      return { ...s, connection: a.connection };
    case 'kind': {
      const n = TUI_KINDS.length;
      const at = Math.max(0, TUI_KINDS.indexOf(s.kind));
      return { ...relist(s, TUI_KINDS[(((at + a.delta) % n) + n) % n]!), mode: 'objects' };
    }
    case 'jump': {
      const ns = a.namespace ?? s.namespace;
      if (a.kind === s.kind && ns === s.namespace) return { ...s, overlay: 'none', input: null, mode: 'objects', focus: 'list' };
      return {
        ...relist(s, a.kind, ns, a.namespace ? false : s.allNamespaces),
        history: [...s.history, s.kind].slice(-20),
        mode: 'objects',
      };
    }
    case 'back': {
      const kind = s.history.at(-1);
      if (!kind) return s;
      return { ...relist(s, kind), history: s.history.slice(0, -1) };
    }
    case 'namespace':
      return relist(s, s.kind, a.namespace, false);
    case 'allNamespaces':
      return relist(s, s.kind, s.namespace, !s.allNamespaces);
    case 'sort': {
      const sort = { column: a.column, desc: a.desc ?? (s.sort.column === a.column ? !s.sort.desc : false) };
      const next = { ...s, sort };
      return withView(next, s.rows, sorted(next, s.rows), s.filter);
    }
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
    case 'note':
      return s.note === a.note ? s : { ...s, note: a.note };
    case 'mode':
      return s.mode === a.mode ? s : { ...s, mode: a.mode, focus: 'list', findingCursor: 0, overlay: 'none', scroll: 0 };
    case 'problemMove':
      return moveProblem(s, a.delta, a.keys);
  }
}
