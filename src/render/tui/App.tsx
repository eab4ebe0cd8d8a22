// The TUI: header, object list (live through a watch), explanation of the selected object, and
// panes for documents, routing, RBAC, namespaces and help. All cluster access goes through the
// TuiSource passed in; this file holds wiring and key handling, the state lives in state.ts.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Box, Text, useApp, useInput, useStdout, type Key } from 'ink';
import type { Lang } from '../../i18n/lang.js';
import { tuiMessages } from '../../i18n/messages/tui.js';
import type { DocRef } from '../../model/docs.js';
import type { Finding } from '../../model/finding.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { DocPane } from './DocPane.js';
import { ExplanationPane, type ExplanationView } from './ExplanationPane.js';
import { FilterInput } from './FilterInput.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { ObjectList } from './ObjectList.js';
import { RbacPane, type RbacView } from './RbacPane.js';
import { toRow } from './rows.js';
import type { DocSectionText, TuiSource } from './source.js';
import { currentKind, initialState, reduce, TUI_KINDS, type RowEvent } from './state.js';
import { TextPane } from './TextPane.js';
import { TracePane, type TraceView } from './TracePane.js';
import { padCut, truncate } from './text.js';

export interface AppProps {
  source: TuiSource;
  namespace: string;
  lang: Lang;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  columns?: number;
  rows?: number;
  /** Start on this kind (index into TUI_KINDS). */
  kindIndex?: number;
  /** Delay before explaining a newly selected object, and after the selected object changed. */
  selectDelayMs?: number;
  changeDelayMs?: number;
  /** Watch events are applied in batches at most this often. */
  batchMs?: number;
  /** Called when the user quits (q, Ctrl-C), before the app exits. */
  onQuit?: () => void;
}

const SEVERITY_RANK = { error: 3, warning: 2, info: 1, ok: 0 } as const;

/** The finding whose document `d` opens from the list: the most severe one that has a reference. */
export function primaryFinding(findings: Finding[]): number {
  let best = -1;
  findings.forEach((f, i) => {
    if (!f.docs.length) return;
    if (best < 0 || SEVERITY_RANK[f.severity] > SEVERITY_RANK[findings[best]!.severity]) best = i;
  });
  return best;
}

function useTerminalSize(columns?: number, rows?: number): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const [size, setSize] = useState({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  useEffect(() => {
    if (columns && rows) return;
    const onResize = () => setSize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, columns, rows]);
  return { columns: columns ?? size.columns, rows: rows ?? size.rows };
}

export function App(props: AppProps) {
  const { source, lang } = props;
  const m = tuiMessages(lang);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(props.columns, props.rows);
  const [state, dispatch] = useReducer(reduce, undefined, () => initialState(props.namespace, props.kindIndex ?? 0));
  const kind = currentKind(state);
  const ns = state.namespace;
  // Bumped on every (re)list, so an explanation made before a reconnect is made again.
  const [epoch, setEpoch] = useState(0);

  // --- the watch feeding the list
  const batchMs = props.batchMs ?? 40;
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => {
    let buffer: RowEvent[] = [];
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      timer = undefined;
      const current = stateRef.current;
      // A busy namespace sends a stream of status updates that change nothing shown (only the
      // resourceVersion); those matter only for the selected object, whose explanation follows it.
      const events = buffer.filter((e) => {
        if (e.type !== 'MODIFIED' || e.row.name === current.selected) return true;
        const had = current.rows.get(e.row.name);
        return !had || had.status !== e.row.status || had.health !== e.row.health;
      });
      buffer = [];
      if (events.length) dispatch({ type: 'events', events });
    };
    const handle = source.watch(kind, ns, (o) => toRow(kind, o), {
      onSync: (rows) => {
        buffer = [];
        if (timer) clearTimeout(timer);
        timer = undefined;
        dispatch({ type: 'sync', rows });
        setEpoch((e) => e + 1);
      },
      onPartial: (rows) => dispatch({ type: 'sync', rows, partial: true }),
      onEvent: (ev) => {
        buffer.push({ type: ev.type, row: ev.object });
        timer ??= setTimeout(flush, batchMs);
      },
      onState: (s, err, retryInMs) =>
        dispatch({
          type: 'connection',
          connection: { state: s, ...(err ? { error: sanitizeLine(err.message) } : {}), ...(retryInMs !== undefined ? { retryInMs } : {}) },
        }),
    });
    return () => {
      handle.stop();
      if (timer) clearTimeout(timer);
    };
  }, [source, kind, ns, batchMs]);

  // --- the explanation of the selected object, re-made (debounced) when the object changes
  const row = state.selected !== null ? state.rows.get(state.selected) : undefined;
  const key = row ? `${kind}/${ns}/${row.name}` : '';
  const version = row ? `${row.resourceVersion}#${epoch}` : '';
  const [expl, setExpl] = useState<(ExplanationView & { key: string; version: string }) | null>(null);
  const explRef = useRef(expl);
  explRef.current = expl;
  useEffect(() => {
    if (!key || !row) return;
    const prev = explRef.current;
    if (prev && prev.key === key && prev.version === version && !prev.loading) return;
    const sameObject = prev?.key === key;
    // A different object shows "explaining…" (derived below, no extra render) until its own
    // explanation arrives: nothing stale is shown as current. The same object shows "updating…".
    if (sameObject && prev) setExpl({ ...prev, version, loading: true });
    let cancelled = false;
    const timer = setTimeout(
      () => {
        source.explain(kind, row.name, ns).then(
          (explanation) => {
            if (!cancelled) setExpl({ key, version, loading: false, explanation });
          },
          (err: unknown) => {
            if (!cancelled) setExpl({ key, version, loading: false, error: err instanceof Error ? err.message : String(err) });
          },
        );
      },
      sameObject ? (props.changeDelayMs ?? 300) : (props.selectDelayMs ?? 120),
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `row` is read through key/version on purpose: other row fields do not matter.
  }, [source, key, version, kind, ns]);
  const view: ExplanationView | null = key && expl?.key === key ? expl : key ? { loading: true } : null;
  const findings = view?.explanation?.findings ?? [];

  // --- panes opened by keys
  const [doc, setDoc] = useState<DocSectionText | null | 'loading'>(null);
  const [trace, setTrace] = useState<TraceView | null>(null);
  const [rbac, setRbac] = useState<RbacView>({ query: '', state: 'idle' });
  const [namespaces, setNamespaces] = useState<string[] | null>(null);

  const openDoc = useCallback(
    (ref: DocRef | undefined) => {
      dispatch({ type: 'overlay', overlay: 'doc' });
      if (!ref) {
        setDoc(null);
        return;
      }
      setDoc('loading');
      source.docSection(ref).then(setDoc, () => setDoc(null));
    },
    [source],
  );

  const openTrace = useCallback(() => {
    if (!row || (kind !== 'Service' && kind !== 'Ingress')) {
      setTrace({ target: row ? `${kind.toLowerCase()}/${row.name}` : kind.toLowerCase(), state: 'unavailable', message: m.traceOnlyFor });
    } else {
      const target = `${kind.toLowerCase()}/${row.name}`;
      setTrace({ target, state: 'loading' });
      source.trace(target, ns).then(
        (t) => setTrace(t ? { target, state: 'done', trace: t } : { target, state: 'unavailable' }),
        (err: unknown) => setTrace({ target, state: 'error', message: err instanceof Error ? err.message : String(err) }),
      );
    }
    dispatch({ type: 'overlay', overlay: 'trace' });
  }, [row, kind, ns, source, m]);

  const runRbac = useCallback(
    (query: string) => {
      const q = query.trim();
      if (!q) return;
      setRbac({ query: q, state: 'loading' });
      source.rbac(q, ns).then(
        (a) => setRbac({ query: q, state: 'done', lines: a.lines, ...(a.allowed !== undefined ? { allowed: a.allowed } : {}) }),
        (err: unknown) => setRbac({ query: q, state: 'error', message: err instanceof Error ? err.message : String(err) }),
      );
    },
    [source, ns],
  );

  const nsMatches = useMemo(() => {
    if (!namespaces) return [];
    const typed = state.input?.purpose === 'namespace' ? state.input.text.trim() : '';
    return namespaces.filter((n) => n.includes(typed));
  }, [namespaces, state.input]);

  // --- keys
  const listHeight = Math.max(1, rows - 3 - 2 - 1);
  const onKey = (input: string, k: Key) => {
    if (k.ctrl && input === 'c') {
      props.onQuit?.();
      exit();
      return;
    }
    if (state.input) {
      const { purpose, text } = state.input;
      if (k.escape) {
        dispatch({ type: 'inputCancel' });
        if (purpose !== 'filter') dispatch({ type: 'overlay', overlay: 'none' });
      } else if (k.return) {
        dispatch({ type: 'inputDone' });
        if (purpose === 'rbac') runRbac(text);
        if (purpose === 'namespace') {
          const typed = text.trim();
          const target = namespaces?.includes(typed) ? typed : (nsMatches[0] ?? typed);
          dispatch({ type: 'overlay', overlay: 'none' });
          if (target && target !== ns) {
            setExpl(null);
            dispatch({ type: 'namespace', namespace: target });
          }
        }
      } else if (k.backspace || k.delete) {
        dispatch({ type: 'inputText', text: [...text].slice(0, -1).join('') });
      } else if (input && !k.ctrl && !k.meta && !k.upArrow && !k.downArrow && !k.leftArrow && !k.rightArrow && !k.tab) {
        dispatch({ type: 'inputText', text: text + input.replace(/[\r\n]/g, '') });
      }
      return;
    }
    if (input === 'q') {
      props.onQuit?.();
      exit();
      return;
    }
    if (state.overlay !== 'none') {
      if (k.escape) dispatch({ type: 'overlay', overlay: 'none' });
      else if (k.upArrow || input === 'k') dispatch({ type: 'scroll', delta: -1 });
      else if (k.downArrow || input === 'j') dispatch({ type: 'scroll', delta: 1 });
      else if (k.pageUp) dispatch({ type: 'scroll', delta: -listHeight });
      else if (k.pageDown || input === ' ') dispatch({ type: 'scroll', delta: listHeight });
      else if (input === '?') dispatch({ type: 'overlay', overlay: 'help' });
      else if (input === 'r' && state.overlay === 'rbac') dispatch({ type: 'input', purpose: 'rbac' });
      return;
    }
    if (input === '?') return dispatch({ type: 'overlay', overlay: 'help' });
    if (input === '/') return dispatch({ type: 'input', purpose: 'filter' });
    if (input === 'r') {
      dispatch({ type: 'overlay', overlay: 'rbac' });
      dispatch({ type: 'input', purpose: 'rbac', text: rbac.query });
      return;
    }
    if (input === 'n') {
      dispatch({ type: 'overlay', overlay: 'namespaces' });
      dispatch({ type: 'input', purpose: 'namespace' });
      if (!namespaces) source.namespaces().then(setNamespaces, () => setNamespaces([]));
      return;
    }
    if (input === 't') return openTrace();
    if (state.focus === 'detail') {
      if (k.escape || k.leftArrow) dispatch({ type: 'focus', focus: 'list' });
      else if (k.upArrow || input === 'k') dispatch({ type: 'finding', delta: -1, count: findings.length });
      else if (k.downArrow || input === 'j') dispatch({ type: 'finding', delta: 1, count: findings.length });
      else if (k.return || input === 'd') openDoc(findings[state.findingCursor]?.docs[0]);
      return;
    }
    if (k.upArrow || input === 'k') dispatch({ type: 'move', delta: -1 });
    else if (k.downArrow || input === 'j') dispatch({ type: 'move', delta: 1 });
    else if (k.pageUp) dispatch({ type: 'move', delta: -listHeight });
    else if (k.pageDown) dispatch({ type: 'move', delta: listHeight });
    else if (k.home || input === 'g') dispatch({ type: 'moveTo', where: 'top' });
    else if (k.end || input === 'G') dispatch({ type: 'moveTo', where: 'bottom' });
    else if (k.rightArrow || (k.tab && !k.shift)) {
      setExpl(null);
      dispatch({ type: 'kind', delta: 1 });
    } else if (k.leftArrow || (k.tab && k.shift)) {
      setExpl(null);
      dispatch({ type: 'kind', delta: -1 });
    } else if (k.return && findings.length) dispatch({ type: 'focus', focus: 'detail' });
    else if (input === 'd') {
      const i = primaryFinding(findings);
      openDoc(i >= 0 ? findings[i]!.docs[0] : undefined);
    } else if (k.escape && state.filter) dispatch({ type: 'inputCancel' });
  };
  // One stable subscription that always calls the latest handler (the handler closes over state).
  const onKeyRef = useRef(onKey);
  onKeyRef.current = onKey;
  useInput(useCallback((input: string, k: Key) => onKeyRef.current(input, k), []));

  // --- layout
  const headerHeight = 2;
  const footerHeight = 1;
  const bodyHeight = Math.max(3, rows - headerHeight - footerHeight);
  const leftOuter = columns < 100 ? Math.max(24, Math.floor(columns * 0.42)) : Math.min(64, Math.floor(columns * 0.4));
  const rightOuter = Math.max(10, columns - leftOuter);
  const innerHeight = bodyHeight - 2;
  const rightInner = rightOuter - 4;
  const stale = state.connection.state !== 'live';

  let right;
  switch (state.overlay) {
    case 'help':
      right = <HelpOverlay width={rightInner} height={innerHeight} scroll={state.scroll} m={m} />;
      break;
    case 'doc':
      right = <DocPane section={doc} scroll={state.scroll} width={rightInner} height={innerHeight} m={m} />;
      break;
    case 'trace':
      right = trace ? <TracePane view={trace} scroll={state.scroll} width={rightInner} height={innerHeight} m={m} /> : null;
      break;
    case 'rbac':
      right = <RbacPane view={rbac} scroll={state.scroll} width={rightInner} height={innerHeight} m={m} />;
      break;
    case 'namespaces':
      right = (
        <TextPane
          title={m.namespacesTitle}
          lines={
            namespaces
              ? nsMatches.map((n) => ({ text: sanitizeLine(n), ...(n === ns ? { bold: true, color: 'green' } : {}) }))
              : [{ text: '…' }]
          }
          scroll={state.scroll}
          width={rightInner}
          height={innerHeight}
        />
      );
      break;
    default:
      right = (
        <ExplanationPane
          view={view}
          stale={stale}
          focused={state.focus === 'detail'}
          findingCursor={state.findingCursor}
          width={rightInner}
          height={innerHeight}
          m={m}
        />
      );
  }

  const prompt = state.input
    ? state.input.purpose === 'filter'
      ? m.filterPrompt
      : state.input.purpose === 'rbac'
        ? m.rbacPrompt
        : m.namespacePrompt
    : '';
  const footer = state.overlay !== 'none' ? m.footerOverlay : state.focus === 'detail' ? m.footerDetail : m.footerList;
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Header identity={source.identity} namespace={ns} connection={state.connection} width={columns} m={m} />
      <Box flexDirection="row" height={bodyHeight}>
        <Box
          borderStyle="round"
          borderColor={state.focus === 'list' && state.overlay === 'none' ? 'cyan' : 'gray'}
          width={leftOuter}
          height={bodyHeight}
          paddingX={0}
        >
          <ObjectList
            kindIndex={state.kindIndex}
            rows={state.rows}
            view={state.view}
            total={state.order.length}
            selected={state.selected}
            synced={state.synced}
            namespace={ns}
            filter={state.filter}
            focused={state.focus === 'list'}
            stale={state.connection.state === 'reconnecting'}
            width={leftOuter - 2}
            height={innerHeight}
            m={m}
          />
        </Box>
        <Box
          borderStyle="round"
          borderColor={state.focus === 'detail' || state.overlay !== 'none' ? 'cyan' : 'gray'}
          width={rightOuter}
          height={bodyHeight}
          paddingX={1}
        >
          {right}
        </Box>
      </Box>
      {state.input ? (
        <FilterInput prompt={prompt} text={state.input.text} width={columns} />
      ) : (
        <Text dimColor wrap="truncate">
          {padCut(truncate(footer, columns), columns)}
        </Text>
      )}
    </Box>
  );
}

export { TUI_KINDS };
