// Key handling: one function from a key press to state actions and pane openings. The App passes in
// what the keys act on (KeyContext); every key that does nothing says so in the key bar.
import type { Key } from 'ink';
import type { DocRef } from '../../model/docs.js';
import type { Finding } from '../../model/finding.js';
import { editDistance } from '../../text/edit-distance.js';
import type { ObjectPane } from './App.js';
import { KINDS } from '../../cluster/kinds.js';
import { kindByAlias, shortName, TUI_KINDS } from './kinds.js';
import { columnsOf, type Action, type TuiState } from './state.js';
import { t } from './tui-messages.js';

export interface KeyContext {
  state: TuiState;
  dispatch: (a: Action) => void;
  findings: Finding[];
  listHeight: number;
  namespaces: string[] | null;
  quit(): void;
  resetExplanation(): void;
  openDoc(ref: DocRef | undefined): void;
  primaryFinding(findings: Finding[]): number;
  openTrace(): void;
  rbacQuery: string;
  runRbac(query: string): void;
  loadNamespaces(): void;
  contexts(): string[];
  switchContext(name: string): boolean;
  openYaml(): void;
  openEvents(): void;
  openLogs(previous: boolean, follow: boolean): void;
  objectPane: ObjectPane | null;
  /** Keys of the problems shown (the Problems view), in order. */
  problemKeys: readonly string[];
  /** Explains the highlighted problem's cause object in the right pane and moves into it. */
  openProblem(): void;
  problemDoc(): DocRef | undefined;
  /** A kind name the table lacks, through discovery; rejects when nothing serves it. */
  resolveKind(word: string): Promise<string>;
}

const PROBLEM_WORDS = new Set(['problems', 'problem', '!']);

const CONTEXT_WORDS = new Set(['ctx', 'context', 'contexts']);

/** A did-you-mean for an unknown `:` word, among kind names, plurals, short names and k9s aliases. */
function suggestKind(word: string): string | undefined {
  const names = [...new Set(KINDS.flatMap((k) => [k.kind.toLowerCase(), k.plural, ...k.short]).concat(TUI_KINDS.map(shortName)))];
  let best: string | undefined;
  let bestD = 3;
  for (const n of names) {
    const d = editDistance(word.toLowerCase(), n);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best;
}

function runCommand(c: KeyContext, text: string): void {
  const [word = '', arg] = text.trim().replace(/^:/, '').split(/\s+/);
  const { dispatch } = c;
  dispatch({ type: 'overlay', overlay: 'none' });
  if (!word) return;
  if (word === 'q' || word === 'quit') return c.quit();
  if (CONTEXT_WORDS.has(word)) {
    if (arg) {
      if (!c.switchContext(arg)) dispatch({ type: 'note', note: t['context.unknown']({ name: arg }) });
      return;
    }
    dispatch({ type: 'overlay', overlay: 'contexts' });
    dispatch({ type: 'input', purpose: 'context' });
    return;
  }
  if (PROBLEM_WORDS.has(word)) {
    c.dispatch({ type: 'mode', mode: 'problems' });
    return;
  }
  const kind = kindByAlias(word);
  const jump = (k: string) => {
    c.resetExplanation();
    dispatch({ type: 'jump', kind: k, ...(arg ? { namespace: arg } : {}) });
  };
  if (kind) return jump(kind);
  // Not in the table: any kind the server serves (a custom resource, a Gateway API kind), through discovery.
  c.resolveKind(word).then(jump, () => {
    const suggestion = suggestKind(word);
    dispatch({ type: 'note', note: t['kind.unknown']({ word, ...(suggestion ? { suggestion } : {}) }) });
  });
}

function onInput(c: KeyContext, input: string, k: Key): void {
  const { state, dispatch } = c;
  const { purpose, text } = state.input!;
  if (k.escape) {
    dispatch({ type: 'inputCancel' });
    if (purpose !== 'filter') dispatch({ type: 'overlay', overlay: 'none' });
  } else if (k.return) {
    dispatch({ type: 'inputDone' });
    if (purpose === 'rbac') c.runRbac(text);
    else if (purpose === 'command') runCommand(c, text);
    else if (purpose === 'context') {
      const typed = text.trim();
      const names = c.contexts();
      const name = names.includes(typed) ? typed : names.find((n) => n.includes(typed));
      dispatch({ type: 'overlay', overlay: 'none' });
      if (name && name !== typed && !typed) return;
      if (!name || !c.switchContext(name)) dispatch({ type: 'note', note: t['context.unknown']({ name: typed }) });
    } else if (purpose === 'namespace') {
      const typed = text.trim();
      const matching = (c.namespaces ?? []).filter((n) => n.includes(typed));
      const target = c.namespaces?.includes(typed) ? typed : (matching[0] ?? typed);
      dispatch({ type: 'overlay', overlay: 'none' });
      if (target && (target !== state.namespace || state.allNamespaces)) {
        c.resetExplanation();
        dispatch({ type: 'namespace', namespace: target });
      }
    }
  } else if (k.backspace || k.delete) {
    dispatch({ type: 'inputText', text: [...text].slice(0, -1).join('') });
  } else if (input && !k.ctrl && !k.meta && !k.upArrow && !k.downArrow && !k.leftArrow && !k.rightArrow && !k.tab) {
    dispatch({ type: 'inputText', text: text + input.replace(/[\r\n]/g, '') });
  }
}

// Notes are said into the footer, which escapes them (SafeText): a pasted control sequence shows as nothing.
const keyName = (input: string, k: Key) =>
  k.return ? 'Enter' : k.tab ? 'Tab' : k.escape ? 'Esc' : k.ctrl ? `Ctrl-${input.toUpperCase()}` : input;

/** Says that a key does nothing here; keys with no printable name (terminal replies, NUL) pass silently. */
function unknownKey(c: KeyContext, input: string, k: Key): void {
  if (k.ctrl ? !/^[a-z]$/.test(input) : !k.tab && !k.escape && !/^\P{C}$/u.test(input)) return;
  c.dispatch({ type: 'note', note: t['key.unknown']({ key: keyName(input, k) }) });
}

function onOverlay(c: KeyContext, input: string, k: Key): void {
  const { state, dispatch } = c;
  const page = c.listHeight;
  if (k.escape) dispatch({ type: 'overlay', overlay: 'none' });
  else if (k.upArrow || input === 'k') dispatch({ type: 'scroll', delta: -1 });
  else if (k.downArrow || input === 'j') dispatch({ type: 'scroll', delta: 1 });
  else if (k.pageUp) dispatch({ type: 'scroll', delta: -page });
  else if (k.pageDown || input === ' ') dispatch({ type: 'scroll', delta: page });
  else if (input === 'g') dispatch({ type: 'scroll', delta: -1e9 });
  else if (input === '?') dispatch({ type: 'overlay', overlay: 'help' });
  else if (input === 'r' && state.overlay === 'rbac') dispatch({ type: 'input', purpose: 'rbac' });
  else if (state.overlay === 'logs' && c.objectPane?.kind === 'logs' && (input === 'p' || input === 'f' || k.return)) {
    const p = c.objectPane;
    // p: previous container on/off; Enter or f: follow on/off.
    if (input === 'p') c.openLogs(!p.previous, false);
    else c.openLogs(p.previous, !p.following && !p.previous);
  } else unknownKey(c, input, k);
}

function sortBy(c: KeyContext, column: number | null, desc?: boolean): void {
  c.dispatch({ type: 'sort', column, ...(desc !== undefined ? { desc } : {}) });
  const cols = columnsOf(c.state);
  const currentDesc = desc ?? (c.state.sort.column === column ? !c.state.sort.desc : false);
  const header = column === null ? null : cols[column]!.header;
  c.dispatch({
    type: 'note',
    note:
      header === null ? t['sorted.byName']() : currentDesc ? t['sorted.by.desc']({ column: header }) : t['sorted.by']({ column: header }),
  });
}

export function handleKey(c: KeyContext, input: string, k: Key): void {
  const { state, dispatch } = c;
  if (k.ctrl && input === 'c') return c.quit();
  if (state.note) dispatch({ type: 'note', note: null });
  if (k.ctrl && input === 'a') {
    dispatch({ type: 'inputCancel' });
    dispatch({ type: 'overlay', overlay: 'kinds' });
    dispatch({ type: 'input', purpose: 'command' });
    return;
  }
  if (state.input) return onInput(c, input, k);
  if (input === 'q') return c.quit();
  if (state.overlay !== 'none') return onOverlay(c, input, k);
  if (input === '?') return dispatch({ type: 'overlay', overlay: 'help' });
  if (input === ':') {
    dispatch({ type: 'overlay', overlay: 'kinds' });
    dispatch({ type: 'input', purpose: 'command' });
    return;
  }
  if (input === 'r') {
    dispatch({ type: 'overlay', overlay: 'rbac' });
    dispatch({ type: 'input', purpose: 'rbac', text: c.rbacQuery });
    return;
  }
  if (input === 'n') {
    dispatch({ type: 'overlay', overlay: 'namespaces' });
    dispatch({ type: 'input', purpose: 'namespace' });
    c.loadNamespaces();
    return;
  }
  if (input === '!') return dispatch({ type: 'mode', mode: state.mode === 'problems' ? 'objects' : 'problems' });
  if (state.mode === 'problems') return onProblems(c, input, k);
  if (input === '/') return dispatch({ type: 'input', purpose: 'filter' });
  if (input === 't') return c.openTrace();
  if (input === 'y') return c.openYaml();
  if (input === 'e') return c.openEvents();
  if (input === 'l') return c.openLogs(false, false);
  if (input === 'p') return c.openLogs(true, false);
  if (input === '0') {
    c.resetExplanation();
    return dispatch({ type: 'allNamespaces' });
  }
  const cols = columnsOf(state);
  if (input === 's') {
    const next = state.sort.column === null ? 0 : state.sort.column + 1;
    return sortBy(c, next >= cols.length ? null : next, false);
  }
  if (input === 'S') return sortBy(c, state.sort.column, !state.sort.desc);
  if (input === 'N')
    return sortBy(
      c,
      Math.max(
        0,
        cols.findIndex((x) => x.header === 'NAME'),
      ),
    );
  if (input === 'A') {
    const age = cols.findIndex((x) => x.type === 'time');
    return age >= 0 ? sortBy(c, age) : dispatch({ type: 'note', note: t['key.unknown']({ key: 'A' }) });
  }
  if (state.focus === 'detail') return onDetail(c, input, k);
  if (k.upArrow || input === 'k') dispatch({ type: 'move', delta: -1 });
  else if (k.downArrow || input === 'j') dispatch({ type: 'move', delta: 1 });
  else if (k.pageUp) dispatch({ type: 'move', delta: -c.listHeight });
  else if (k.pageDown) dispatch({ type: 'move', delta: c.listHeight });
  else if (k.home || input === 'g') dispatch({ type: 'moveTo', where: 'top' });
  else if (k.end || input === 'G') dispatch({ type: 'moveTo', where: 'bottom' });
  else if (k.rightArrow || (k.tab && !k.shift)) {
    c.resetExplanation();
    dispatch({ type: 'kind', delta: 1 });
  } else if (k.leftArrow || (k.tab && k.shift)) {
    c.resetExplanation();
    dispatch({ type: 'kind', delta: -1 });
  } else if (k.return && c.findings.length) dispatch({ type: 'focus', focus: 'detail' });
  else if (input === 'd') {
    const i = c.primaryFinding(c.findings);
    c.openDoc(i >= 0 ? c.findings[i]!.docs[0] : undefined);
  } else if (k.escape) {
    if (state.filter) dispatch({ type: 'inputCancel' });
    else if (state.history.length) {
      c.resetExplanation();
      dispatch({ type: 'back' });
    }
  } else if (!k.return) unknownKey(c, input, k);
}

/** Inside an explanation: pick a finding, open its document, Esc back to the list (objects or problems). */
function onDetail(c: KeyContext, input: string, k: Key): void {
  const { state, dispatch } = c;
  if (k.escape || k.leftArrow) dispatch({ type: 'focus', focus: 'list' });
  else if (k.upArrow || input === 'k') dispatch({ type: 'finding', delta: -1, count: c.findings.length });
  else if (k.downArrow || input === 'j') dispatch({ type: 'finding', delta: 1, count: c.findings.length });
  else if (k.return || input === 'd') c.openDoc(c.findings[state.findingCursor]?.docs[0]);
  else unknownKey(c, input, k);
}

/** The Problems view's list: move, Enter explains the cause's object, d its document, 0 all namespaces, Esc back. */
function onProblems(c: KeyContext, input: string, k: Key): void {
  const { state, dispatch } = c;
  if (state.focus === 'detail') return onDetail(c, input, k);
  const move = (delta: number) => dispatch({ type: 'problemMove', delta, keys: c.problemKeys });
  if (k.upArrow || input === 'k') move(-1);
  else if (k.downArrow || input === 'j') move(1);
  else if (k.pageUp) move(-c.listHeight);
  else if (k.pageDown) move(c.listHeight);
  else if (k.home || input === 'g') move(-1e9);
  else if (k.end || input === 'G') move(1e9);
  else if (k.return) c.openProblem();
  else if (input === 'd') c.openDoc(c.problemDoc());
  else if (input === '0') dispatch({ type: 'allNamespaces' });
  else if (k.escape) dispatch({ type: 'mode', mode: 'objects' });
  else unknownKey(c, input, k);
}
