// The TUI's state and a pure reducer over watch events and key-driven UI actions. Rows are kept
// by key with a sorted key list and the filtered view derived from it, so moving the cursor in
// a namespace of thousands of objects costs one index lookup, and a batch of watch events costs
// one re-sort at most.
import { columnsFor, type Column } from './columns.js';
import { isNamespaced, TUI_KINDS } from './kinds.js';
import type { Row } from './rows.js';

export { TUI_KINDS };

export type Overlay = 'none' | 'help' | 'doc' | 'trace' | 'rbac' | 'namespaces' | 'kinds' | 'contexts' | 'yaml' | 'logs' | 'events';
export type InputPurpose = 'filter' | 'rbac' | 'namespace' | 'command' | 'context';

export interface Connection {
  /** forbidden: the list is not allowed (a permission state, not retried until kind or namespace change). */
  state: 'connecting' | 'live' | 'reconnecting' | 'stale' | 'forbidden';
  /** Why it is reconnecting or forbidden (sanitized one line). */
  error?: string;
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
  note: string | null;
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
  | { type: 'note'; note: string | null }
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

/** Case-insensitive substring match on the row's cells; several words must all match. */
export function matches(row: Row, filter: string): boolean {
  if (!filter) return true;
  const hay = row.cells.join(' ').toLowerCase();
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

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The keys of `rows` in the state's sort order (ties and the default: by key, i.e. namespace/name). */
export function sorted(s: Pick<TuiState, 'kind' | 'allNamespaces' | 'sort'>, rows: ReadonlyMap<string, Row>): string[] {
  const keys = [...rows.keys()];
  const { column, desc } = s.sort;
  const c = column === null ? undefined : columnsOf(s)[column];
  if (!c) {
    keys.sort(byText);
    return desc ? keys.reverse() : keys;
  }
  const value = (k: string) => rows.get(k)!.cells[column!] ?? '';
  const cmp =
    c.type === 'text'
      ? (a: string, b: string) => byText(value(a), value(b)) || byText(a, b)
      : // Time cells are epoch ms: ascending time is descending age, so AGE reads youngest first.
        (a: string, b: string) => (Number(value(a)) || 0) - (Number(value(b)) || 0) || byText(a, b);
  keys.sort(c.type === 'time' ? (a, b) => -cmp(a, b) : cmp);
  return desc ? keys.reverse() : keys;
}

function applyEvents(s: TuiState, events: RowEvent[]): TuiState {
  const rows = new Map(s.rows);
  let membership = false;
  for (const e of events) {
    const had = rows.has(e.row.key);
    if (e.type === 'DELETED') {
      if (had) {
        rows.delete(e.row.key);
        membership = true;
      }
    } else {
      rows.set(e.row.key, e.row);
      if (!had) membership = true;
    }
  }
  // Sorted by a column, a changed cell may move its row.
  const resort = membership || s.sort.column !== null;
  const order = resort ? sorted(s, rows) : s.order;
  if (!resort && !s.filter) return { ...s, rows };
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
