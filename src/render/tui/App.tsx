// The TUI: header, object list (live through a watch), explanation of the selected object, and
// panes for documents, routing, RBAC, YAML, logs, events, kinds, namespaces, contexts and help. All
// cluster access goes through the TuiSource passed in; this file holds wiring, the key handling is in
// keys.ts and the state in state.ts.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Box, useApp, useInput, useStdout, type Key } from 'ink';
import { Text } from './SafeText.js';
import { errorText } from '../../i18n/say-error.js';
import type { Lang } from '../../i18n/lang.js';
import { say, sayer } from '../../i18n/localize.js';
import type { DocRef } from '../../model/docs.js';
import type { Explanation } from '../../model/explanation.js';
import type { Finding } from '../../model/finding.js';
import { EMPTY, padCut, safe, truncate, tt, type SafeText } from '../../text/safe-text.js';
import { DocPane } from './DocPane.js';
import { ExplanationPane, type ExplanationView } from './ExplanationPane.js';
import { explanationLines } from './explanation-lines.js';
import { FilterInput } from './FilterInput.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { handleKey, type KeyContext } from './keys.js';
import { KIND_GROUPS, kindGroup, shortName, TUI_KINDS } from './kinds.js';
import { LogBuffer, yamlLines } from './object-lines.js';
import { ObjectList } from './ObjectList.js';
import { ProblemList, SEVERITY_GLYPH, type ProblemsState } from './ProblemList.js';
import { causeObject, problemKey, problemLines } from './problem-lines.js';
import { RbacPane, type RbacView } from './RbacPane.js';
import { toRow } from './rows.js';
import type { DocSectionText, LogStream, NamespaceStatus, TuiSource } from './source.js';
import { columnsOf, initialState, listsAllNamespaces, reduce, type Action, type RowEvent } from './state.js';
import { TextPane, type PaneLineSpec } from './TextPane.js';
import { TracePane, type TraceView } from './TracePane.js';
import { displayWidth, padCut as padCutText } from '../../text/wrap.js';
import { wrap } from './text.js';
import { SEVERITY_COLOR } from './theme.js';
import {
  FOOTER_ALWAYS,
  FOOTER_DETAIL,
  FOOTER_LIST,
  FOOTER_OVERLAY,
  FOOTER_PROBLEMS,
  kindPlural,
  sayHints,
  t,
  type KeyHint,
} from './tui-messages.js';

export interface AppProps {
  source: TuiSource;
  namespace: string;
  lang: Lang;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  columns?: number;
  rows?: number;
  /** Start on this kind. */
  kind?: string;
  /** Start listing every namespace (-A). */
  allNamespaces?: boolean;
  /** Delay before explaining a newly selected object, and after the selected object changed. */
  selectDelayMs?: number;
  changeDelayMs?: number;
  /** Watch events are applied in batches at most this often. */
  batchMs?: number;
  /** How often the namespace is probed (liveness, deleted namespace); 0 turns the probe off. */
  probeMs?: number;
  /** The Problems view re-scans this often at least (and five times the last scan's duration at least); 0: once. */
  problemsRefreshMs?: number;
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

/** The key bar: as many items as fit, always ending with `? help  q quit`. */
export function footerText(items: readonly KeyHint[], always: readonly KeyHint[], width: number, lang: Lang): string {
  return fitHints(sayHints(items, lang), sayHints(always, lang), width);
}

function fitHints(items: [string, string][], always: [string, string][], width: number): string {
  const fmt = (xs: [string, string][]) => xs.map(([k, v]) => `${k} ${v}`).join('  ');
  const tail = fmt(always);
  const kept: [string, string][] = [];
  for (const it of items) {
    if (displayWidth(fmt([...kept, it])) + 2 + displayWidth(tail) > width) break;
    kept.push(it);
  }
  return kept.length ? `${fmt(kept)}  ${tail}` : tail;
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

/** A clock that ticks every second while `on` (countdowns in the header). */
function useSecondClock(on: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [on]);
  return on ? now : Date.now();
}

export type ObjectPane =
  | { kind: 'yaml'; target: string; state: 'loading' | 'done' | 'error'; lines: SafeText[] }
  | { kind: 'events'; target: string; state: 'loading' | 'done' | 'error'; explanation?: Explanation; error?: SafeText }
  | { kind: 'logs'; target: string; previous: boolean; following: boolean; lines: SafeText[]; dropped: number; error?: SafeText };

export function App(props: AppProps) {
  const { lang } = props;
  const s = sayer(lang);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(props.columns, props.rows);
  const [source, setSource] = useState(props.source);
  const [state, setState] = useState(() => initialState(props.namespace, props.kind ?? TUI_KINDS[0], props.allNamespaces ?? false));
  // The reducer runs here, synchronously and once per action, so a key typed before the next render
  // (`:svc` typed fast) is read against the state the previous key left, not the last rendered one.
  const latest = useRef(state);
  const dispatch = useCallback((a: Action) => {
    latest.current = reduce(latest.current, a);
    setState(latest.current);
  }, []);
  const kind = state.kind;
  const ns = state.namespace;
  const allNs = listsAllNamespaces(state);
  const cols = useMemo(() => columnsOf({ kind, allNamespaces: state.allNamespaces }), [kind, state.allNamespaces]);
  // Bumped on every (re)list, so an explanation made before a reconnect is made again.
  const [epoch, setEpoch] = useState(0);

  // --- the watch feeding the list
  const batchMs = props.batchMs ?? 40;
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => {
    let buffer: RowEvent[] = [];
    let timer: NodeJS.Timeout | undefined;
    let partialAt = 0;
    const flush = () => {
      timer = undefined;
      const current = stateRef.current;
      // A busy namespace sends a stream of status updates that change nothing shown (only the
      // resourceVersion); those matter only for the selected object, whose explanation follows it.
      const events = buffer.filter((e) => {
        if (e.type !== 'MODIFIED' || e.row.key === current.selected) return true;
        const had = current.rows.get(e.row.key);
        return !had || had.health !== e.row.health || had.cells.some((c, i) => c !== e.row.cells[i]);
      });
      buffer = [];
      if (events.length) dispatch({ type: 'events', events });
    };
    const handle = source.watch(kind, allNs ? '' : ns, (o) => toRow(kind, o, allNs), {
      onSync: (rows) => {
        buffer = [];
        if (timer) clearTimeout(timer);
        timer = undefined;
        dispatch({ type: 'sync', rows });
        setEpoch((e) => e + 1);
      },
      // The first page draws at once; later pages only when the list has doubled, so a list of 20,000
      // arriving in pages of 500 is sorted about six times, not forty.
      onPartial: (rows) => {
        if (rows.length < partialAt) return;
        partialAt = rows.length * 2;
        dispatch({ type: 'sync', rows, partial: true });
      },
      onEvent: (ev) => {
        buffer.push({ type: ev.type, row: ev.object });
        timer ??= setTimeout(flush, batchMs);
      },
      onState: (s, err, retryInMs) =>
        dispatch({
          type: 'connection',
          connection: {
            state: s,
            since: Date.now(),
            ...(err ? { error: safe(errorText(err, lang)) } : {}),
            ...(retryInMs !== undefined ? { retryInMs } : {}),
          },
        }),
    });
    return () => {
      handle.stop();
      if (timer) clearTimeout(timer);
    };
  }, [source, kind, ns, allNs, batchMs]);

  // --- liveness: a cheap GET of the namespace every few seconds with a short deadline. A frozen or
  // draining server makes it fail while the watch stays open and silent: the view is then stale.
  const [nsStatus, setNsStatus] = useState<NamespaceStatus>('ok');
  const probeMs = props.probeMs ?? 10_000;
  useEffect(() => {
    setNsStatus('ok');
    if (!probeMs) return;
    let cancelled = false;
    let failingSince: number | undefined;
    const probe = () =>
      source.probe(allNs ? '' : ns).then(
        (st) => {
          if (cancelled) return;
          failingSince = undefined;
          setNsStatus(allNs ? 'ok' : st);
          const c = stateRef.current.connection;
          if (c.state === 'stale') dispatch({ type: 'connection', connection: { state: 'live', since: Date.now() } });
        },
        (err: unknown) => {
          if (cancelled) return;
          failingSince ??= Date.now();
          const c = stateRef.current.connection;
          if (c.state === 'live' || c.state === 'stale')
            dispatch({
              type: 'connection',
              connection: { state: 'stale', since: failingSince, error: safe(errorText(err, lang)) },
            });
        },
      );
    void probe();
    const t = setInterval(() => void probe(), probeMs);
    return () => {
      cancelled = true;
      clearInterval(t);
    };
  }, [source, ns, allNs, probeMs]);
  const problemsOn = state.mode === 'problems';
  const now = useSecondClock(state.connection.state === 'reconnecting' || state.connection.state === 'stale' || problemsOn);

  // --- the Problems view: the same scan and grouping as `kubexplain check`, re-scanned while it is open
  const scopeNs = state.allNamespaces ? '' : ns;
  const [problems, setProblems] = useState<ProblemsState & { scope?: string }>({ scanning: false });
  const refreshMs = props.problemsRefreshMs ?? 15_000;
  useEffect(() => {
    if (!problemsOn) return;
    let cancelled = false;
    let timer: NodeJS.Timeout | undefined;
    const run = () => {
      const started = Date.now();
      // A re-scan keeps showing the last report of the same scope ("updated Ns ago") until it is replaced.
      setProblems((p) => (p.scope === scopeNs ? { ...p, scanning: true } : { scope: scopeNs, scanning: true }));
      const next = () => {
        // A scan of a big cluster is not repeated back to back.
        if (!cancelled && refreshMs > 0) timer = setTimeout(run, Math.max(refreshMs, 5 * (Date.now() - started)));
      };
      source.check(scopeNs).then(
        (report) => {
          if (cancelled) return;
          setProblems({ scope: scopeNs, report, at: Date.now(), scanning: false });
          next();
        },
        (err: unknown) => {
          if (cancelled) return;
          setProblems((p) => ({ ...p, scanning: false, error: errorText(err, lang) }));
          next();
        },
      );
    };
    run();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [source, problemsOn, scopeNs, refreshMs]);
  const problemList = problems.scope === scopeNs ? (problems.report?.problems ?? []) : [];
  const problemKeys = useMemo(() => problemList.map(problemKey), [problemList]);
  useEffect(() => {
    if (problemsOn) dispatch({ type: 'problemMove', delta: 0, keys: problemKeys });
  }, [problemsOn, problemKeys]);
  // Until the cursor is placed (or after its problem went away), the first problem is the highlighted one.
  const problem = problemList.find((p) => problemKey(p) === state.problem) ?? problemList[0];
  const [problemExpl, setProblemExpl] = useState<(ExplanationView & { key: string }) | null>(null);
  const problemView = problemsOn && state.focus === 'detail' && !!problem && problemExpl?.key === problemKey(problem) ? problemExpl : null;

  // --- the explanation of the selected object, re-made (debounced) when the object changes
  const row = state.selected !== null ? state.rows.get(state.selected) : undefined;
  const rowNs = row?.namespace ?? ns;
  const key = row ? `${kind}/${row.key}` : '';
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
        source.explain(kind, row.name, rowNs).then(
          (explanation) => {
            if (!cancelled) setExpl({ key, version, loading: false, explanation });
          },
          (err: unknown) => {
            if (!cancelled) setExpl({ key, version, loading: false, error: errorText(err, lang) });
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
  }, [source, key, version, kind, rowNs]);
  const view: ExplanationView | null = key && expl?.key === key ? expl : key ? { loading: true } : null;
  const objectFindings = view?.explanation?.findings ?? [];

  // --- panes opened by keys
  const [doc, setDoc] = useState<DocSectionText | null | 'loading'>(null);
  const [trace, setTrace] = useState<TraceView | null>(null);
  const [rbac, setRbac] = useState<RbacView>({ query: '', state: 'idle' });
  const [namespaces, setNamespaces] = useState<string[] | null>(null);
  const [objectPane, setObjectPane] = useState<ObjectPane | null>(null);
  const logStream = useRef<LogStream | null>(null);
  const stopLogs = useCallback(() => {
    logStream.current?.stop();
    logStream.current = null;
  }, []);
  useEffect(() => stopLogs, [stopLogs]);
  useEffect(() => {
    if (state.overlay !== 'logs') stopLogs();
  }, [state.overlay, stopLogs]);

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

  // --- layout
  const headerHeight = 2;
  const footerHeight = 1;
  const bodyHeight = Math.max(3, rows - headerHeight - footerHeight);
  // Side by side from 120 columns; below that the list spans the width (its columns need it) and
  // the explanation sits under it.
  const wide = columns >= 120;
  const leftOuter = wide ? Math.min(110, Math.floor(columns * 0.5)) : columns;
  const rightOuter = wide ? columns - leftOuter : columns;
  const listOuterHeight = wide ? bodyHeight : Math.max(5, Math.floor(bodyHeight * 0.45));
  const rightOuterHeight = wide ? bodyHeight : bodyHeight - listOuterHeight;
  const listInnerHeight = listOuterHeight - 2;
  const innerHeight = rightOuterHeight - 2;
  const rightInner = rightOuter - 4;

  const target = row ? `${kind.toLowerCase()}/${row.name}${row.namespace ? ` -n ${row.namespace}` : ''}` : '';
  const ctx: KeyContext = {
    state,
    dispatch,
    findings: problemsOn ? (problemView?.explanation?.findings ?? []) : objectFindings,
    listHeight: Math.max(1, listInnerHeight - 2),
    namespaces,
    quit: () => {
      stopLogs();
      props.onQuit?.();
      exit();
    },
    resetExplanation: () => setExpl(null),
    openDoc,
    primaryFinding,
    openTrace: () => {
      if (!row || (kind !== 'Service' && kind !== 'Ingress')) {
        setTrace({ target: target || kind.toLowerCase(), state: 'unavailable', why: t['trace.onlyFor']() });
      } else {
        const ref = `${kind.toLowerCase()}/${row.name}`;
        setTrace({ target: ref, state: 'loading' });
        source.trace(ref, rowNs).then(
          (tr) => setTrace(tr ? { target: ref, state: 'done', trace: tr } : { target: ref, state: 'unavailable' }),
          (err: unknown) => setTrace({ target: ref, state: 'error', message: errorText(err, lang) }),
        );
      }
      dispatch({ type: 'overlay', overlay: 'trace' });
    },
    rbacQuery: rbac.query,
    runRbac: (query: string) => {
      const q = query.trim();
      if (!q) return;
      setRbac({ query: q, state: 'loading' });
      source.rbac(q, ns).then(
        (a) => setRbac({ query: q, state: 'done', lines: a.lines, ...(a.allowed !== undefined ? { allowed: a.allowed } : {}) }),
        (err: unknown) => setRbac({ query: q, state: 'error', message: errorText(err, lang) }),
      );
    },
    loadNamespaces: () => {
      if (!namespaces) source.namespaces().then(setNamespaces, () => setNamespaces([]));
    },
    contexts: () => source.contexts(),
    switchContext: (name: string) => {
      try {
        const next = source.withContext(name);
        stopLogs();
        setExpl(null);
        setNamespaces(null);
        setSource(next);
        dispatch({ type: 'namespace', namespace: next.identity.namespace ?? ns });
        dispatch({ type: 'connection', connection: { state: 'connecting' } });
        return true;
      } catch {
        return false;
      }
    },
    openYaml: () => {
      if (!row) return;
      setObjectPane({ kind: 'yaml', target, state: 'loading', lines: [] });
      dispatch({ type: 'overlay', overlay: 'yaml' });
      source.get(kind, row.name, rowNs).then(
        (o) => setObjectPane({ kind: 'yaml', target, state: 'done', lines: yamlLines(o, (bytes) => s(t['secret.hidden']({ bytes }))) }),
        (err: unknown) => setObjectPane({ kind: 'yaml', target, state: 'error', lines: [safe(String((err as Error).message ?? err))] }),
      );
    },
    openEvents: () => {
      if (!row) return;
      setObjectPane({ kind: 'events', target, state: 'loading' });
      dispatch({ type: 'overlay', overlay: 'events' });
      source.events(kind, row.name, rowNs).then(
        (explanation) => setObjectPane({ kind: 'events', target, state: 'done', explanation }),
        (err: unknown) => setObjectPane({ kind: 'events', target, state: 'error', error: safe(String((err as Error).message ?? err)) }),
      );
    },
    openLogs: (previous: boolean, follow: boolean) => {
      stopLogs();
      if (!row || kind !== 'Pod') {
        dispatch({ type: 'note', note: t['logs.onlyPods']() });
        return;
      }
      const buf = new LogBuffer();
      const show = (extra: Partial<Extract<ObjectPane, { kind: 'logs' }>> = {}) =>
        setObjectPane({ kind: 'logs', target, previous, following: follow, lines: buf.all().slice(), dropped: buf.dropped, ...extra });
      show();
      dispatch({ type: 'overlay', overlay: 'logs' });
      let pending: NodeJS.Timeout | undefined;
      const stream = source.logs(
        { name: row.name, namespace: rowNs, previous, follow },
        (text) => {
          buf.push(text);
          // Many small chunks: redraw at most every 50 ms.
          pending ??= setTimeout(() => {
            pending = undefined;
            if (logStream.current === stream) show();
          }, 50);
        },
        (err) => {
          if (pending) clearTimeout(pending);
          if (logStream.current !== stream && logStream.current !== null) return;
          logStream.current = null;
          show({ following: false, ...(err ? { error: safe(errorText(err, lang)) } : {}) });
        },
      );
      logStream.current = stream;
    },
    objectPane,
    problemKeys,
    openProblem: () => {
      const ref = problem && causeObject(problem);
      if (!problem || !ref) return;
      const k = problemKey(problem);
      setProblemExpl({ key: k, loading: true });
      dispatch({ type: 'focus', focus: 'detail' });
      source.explain(ref.kind, ref.name, ref.namespace ?? '').then(
        (explanation) => setProblemExpl((p) => (p?.key === k ? { key: k, loading: false, explanation } : p)),
        (err: unknown) => setProblemExpl((p) => (p?.key === k ? { key: k, loading: false, error: errorText(err, lang) } : p)),
      );
    },
    problemDoc: () => problem?.docs[0],
    resolveKind: (word: string) => source.resolveKind(word),
  };
  // One stable subscription that always calls the latest handler (the handler closes over state).
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  useInput(useCallback((input: string, k: Key) => handleKey({ ...ctxRef.current, state: latest.current }, input, k), []));

  const connection = state.connection;
  const stale = connection.state === 'reconnecting' || connection.state === 'stale';

  const pane = (title: string, lines: PaneLineSpec[]) => (
    // Titles here are catalog sentences, escaped like any text (some name a namespace or context).

    <TextPane title={safe(title)} lines={lines} scroll={state.scroll} width={rightInner} height={innerHeight} />
  );
  let right;
  switch (state.overlay) {
    case 'help':
      right = <HelpOverlay width={rightInner} height={innerHeight} scroll={state.scroll} lang={lang} />;
      break;
    case 'doc':
      right = <DocPane section={doc} scroll={state.scroll} width={rightInner} height={innerHeight} lang={lang} />;
      break;
    case 'trace':
      right = trace ? <TracePane view={trace} scroll={state.scroll} width={rightInner} height={innerHeight} lang={lang} /> : null;
      break;
    case 'rbac':
      right = <RbacPane view={rbac} scroll={state.scroll} width={rightInner} height={innerHeight} lang={lang} />;
      break;
    case 'namespaces': {
      const typed = state.input?.purpose === 'namespace' ? state.input.text.trim() : '';
      right = pane(
        s(t['namespaces.title']()),
        namespaces
          ? namespaces.filter((n) => n.includes(typed)).map((n) => ({ text: safe(n), ...(n === ns ? { bold: true, color: 'green' } : {}) }))
          : [{ text: safe(s(t.loading())) }],
      );
      break;
    }
    case 'kinds':
      right = pane(s(t['kinds.title']()), kindPickerLines(state.input?.purpose === 'command' ? state.input.text : '', kind, lang));
      break;
    case 'contexts': {
      const typed = state.input?.purpose === 'context' ? state.input.text.trim() : '';
      right = pane(
        s(t['contexts.title']()),
        source
          .contexts()
          .filter((c) => c.includes(typed))
          .map((c) => ({ text: safe(c), ...(c === source.identity.context ? { bold: true, color: 'green' } : {}) })),
      );
      break;
    }
    case 'yaml':
    case 'logs':
    case 'events':
      right = objectPane ? objectPaneView(objectPane, rightInner, innerHeight, state.scroll, lang) : null;
      break;
    default:
      right = !problemsOn ? null : problemView ? (
        <ExplanationPane
          view={problemView}
          stale={false}
          focused
          findingCursor={state.findingCursor}
          width={rightInner}
          height={innerHeight}
          lang={lang}
        />
      ) : problem ? (
        pane(`${SEVERITY_GLYPH[problem.severity]} ${problem.code}`, problemLines(problem, rightInner, lang))
      ) : (
        pane(s(t['problems.scanning']()), [])
      );
      right ??= (
        <ExplanationPane
          view={view}
          stale={stale}
          focused={state.focus === 'detail'}
          findingCursor={state.findingCursor}
          width={rightInner}
          height={innerHeight}
          lang={lang}
        />
      );
  }

  const prompt = state.input
    ? { filter: '/', rbac: s(t['prompt.rbac']()), namespace: s(t['prompt.namespace']()), command: ':', context: s(t['prompt.context']()) }[
        state.input.purpose
      ]
    : '';
  const footerItems =
    state.overlay !== 'none' ? FOOTER_OVERLAY : state.focus === 'detail' ? FOOTER_DETAIL : problemsOn ? FOOTER_PROBLEMS : FOOTER_LIST;
  const footer = state.note ? s(state.note) : footerText(footerItems, FOOTER_ALWAYS, columns, lang);
  const kindAt = TUI_KINDS.indexOf(kind);
  const n = TUI_KINDS.length;
  let placeholder: string | null = null;
  const kinds = kindPlural(kind, lang);
  const allWord = s(t['ns.all']());
  if (connection.state === 'forbidden')
    placeholder = `${s(allNs ? t['list.forbidden']({ kinds }) : t['list.forbidden.ns']({ kinds, ns }))} — ${s(t['list.forbidden.hint']())}`;
  else if (!state.synced && state.order.length === 0) placeholder = s(t['list.loading']());
  else if (state.order.length === 0) placeholder = s(t['list.empty']({ kinds, ns: allNs ? allWord : ns }));
  else if (state.view.length === 0) placeholder = s(t['list.noMatch']({ filter: state.filter }));
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Header
        identity={source.identity}
        namespace={allNs ? allWord : ns}
        connection={connection}
        namespaceStatus={allNs ? 'ok' : nsStatus}
        width={columns}
        lang={lang}
        now={now}
      />
      <Box flexDirection={wide ? 'row' : 'column'} height={bodyHeight}>
        <Box
          borderStyle="round"
          borderColor={state.focus === 'list' && state.overlay === 'none' ? 'cyan' : 'gray'}
          width={leftOuter}
          height={listOuterHeight}
          paddingX={0}
        >
          {problemsOn ? (
            <ProblemList
              problems={problems.scope === scopeNs ? problems : { scanning: true }}
              selected={state.problem}
              focused={state.focus === 'list'}
              scope={state.allNamespaces ? allWord : ns}
              width={leftOuter - 2}
              height={listInnerHeight}
              now={now}
              lang={lang}
            />
          ) : (
            <ObjectList
              kind={kind}
              prevKind={TUI_KINDS[(kindAt + n - 1) % n]!}
              nextKind={TUI_KINDS[(kindAt + 1) % n]!}
              columns={cols}
              sort={state.sort}
              rows={state.rows}
              view={state.view}
              total={state.order.length}
              selected={state.selected}
              synced={state.synced}
              placeholder={placeholder}
              filter={state.filter}
              focused={state.focus === 'list'}
              stale={stale}
              width={leftOuter - 2}
              height={listInnerHeight}
              lang={lang}
            />
          )}
        </Box>
        <Box
          borderStyle="round"
          borderColor={state.focus === 'detail' || state.overlay !== 'none' ? 'cyan' : 'gray'}
          width={rightOuter}
          height={rightOuterHeight}
          paddingX={1}
        >
          {right}
        </Box>
      </Box>
      {state.input ? (
        <FilterInput prompt={prompt} text={state.input.text} width={columns} />
      ) : (
        <Text dimColor={!state.note} {...(state.note ? { color: 'yellow' } : {})} wrap="truncate">
          {padCut(truncate(safe(footer), columns), columns)}
        </Text>
      )}
    </Box>
  );
}

/** The kind picker: kinds grouped, each with its short name; typing filters by name or alias. */
export function kindPickerLines(typed: string, current: string, lang: Lang): PaneLineSpec[] {
  const w = typed.trim().toLowerCase();
  const lines: PaneLineSpec[] = [];
  for (const g of KIND_GROUPS) {
    const kinds = TUI_KINDS.filter(
      (k) =>
        kindGroup(k) === g &&
        (!w || k.toLowerCase().includes(w) || shortName(k).startsWith(w) || kindPlural(k, lang).toLowerCase().includes(w)),
    );
    if (!kinds.length) continue;
    lines.push({ text: safe(say(t[`group.${g}`](), lang)), bold: true, color: 'cyan' });
    for (const k of kinds)
      lines.push({
        text: tt`  ${padCutText(`:${shortName(k)}`, 10)} ${kindPlural(k, lang)}`,
        ...(k === current ? { color: 'green' } : {}),
      });
  }
  return lines;
}

function objectPaneView(p: ObjectPane, width: number, height: number, scroll: number, lang: Lang) {
  const s = sayer(lang);
  const target = p.target;
  if (p.kind === 'yaml') {
    const lines =
      p.state === 'loading'
        ? [{ text: safe(s(t.loading())) }]
        : p.lines.map((text) => ({ text, ...(p.state === 'error' ? { color: 'red' } : {}) }));
    return <TextPane title={safe(s(t['yaml.title']({ target })))} lines={lines} scroll={scroll} width={width} height={height} />;
  }
  if (p.kind === 'events') {
    let lines: PaneLineSpec[];
    if (p.state === 'loading') lines = [{ text: safe(s(t.loading())) }];
    else if (p.state === 'error') lines = wrap(p.error ?? EMPTY, width).map((text) => ({ text, color: 'red' }));
    else
      lines = explanationLines(p.explanation!, width, s(t['expl.warnings']())).map((l) => ({
        text: l.text,
        ...(l.bold ? { bold: true } : {}),
        ...(l.dim ? { dim: true } : {}),
        ...(l.severity && (l.title || l.finding === -1) ? { color: SEVERITY_COLOR[l.severity] } : {}),
      }));
    return <TextPane title={safe(s(t['events.title']({ target })))} lines={lines} scroll={scroll} width={width} height={height} />;
  }
  const lines: PaneLineSpec[] = [];
  if (p.dropped) lines.push({ text: safe(s(t['logs.trimmed']({ n: p.dropped }))), dim: true });
  for (const l of p.lines) for (const w of wrap(l, width)) lines.push({ text: w });
  if (!p.lines.length && !p.following && !p.error) lines.push({ text: safe(s(t['logs.empty']())), dim: true });
  if (p.error) for (const w of wrap(p.error, width)) lines.push({ text: w, color: 'red' });
  // A followed log shows its end: the pane scrolls to the last lines unless scrolled up.
  const body = Math.max(1, height - 1);
  const top = p.following ? Math.max(0, lines.length - body) : scroll;
  const title = p.previous ? t['logs.title.previous']({ target }) : t['logs.title']({ target });
  return (
    <TextPane
      title={safe(s(p.following ? t['logs.following']({ title }) : title))}
      lines={lines}
      scroll={top}
      width={width}
      height={height}
    />
  );
}

export { TUI_KINDS };
