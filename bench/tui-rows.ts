// The TUI's list path for a big `-A` list without a cluster: 20,000 synthetic Pods (copies of a
// captured sandbox Pod) mapped to rows, fed through the reducer as the App feeds it (a partial sync
// per 500-item page, the final sync, watch batches, cursor moves, a sort, a typed filter), with the
// CPU time of each phase. Run with a CPU profile to see where it goes:
//   node --import tsx --cpu-prof --cpu-prof-dir /tmp/kx-prof bench/tui-rows.ts [pods]
import { readFileSync } from 'node:fs';
import type { KubeObject } from '../src/model/kube.js';
import { toRow, type Row } from '../src/render/tui/rows.js';
import { initialState, reduce, type Action, type TuiState } from '../src/render/tui/state.js';

const N = Number(process.argv[2] ?? 20_000);
const PAGE = 500;
const base = JSON.parse(readFileSync(new URL('../tests/fixtures/pods/pod-web.json', import.meta.url), 'utf8')) as KubeObject;

const pod = (i: number, rv = 1): KubeObject => ({
  ...base,
  metadata: { ...base.metadata, name: `app-${(i * 7919) % N}-${i}`, namespace: `ns-${i % 20}`, resourceVersion: String(rv), uid: `u-${i}` },
});

const ms = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
function phase<T>(name: string, f: () => T): T {
  const t = process.cpuUsage();
  const out = f();
  console.log(`${name.padEnd(44)} ${ms(process.cpuUsage(t)).toFixed(1).padStart(8)} ms CPU`);
  return out;
}

let s: TuiState = initialState('default', 'Pod', true);
// The App applies each action once (the reducer is pure; React is given the state it made).
const dispatch = (a: Action) => (s = reduce(s, a));

const objects = phase(`build ${N} Pod objects`, () => Array.from({ length: N }, (_, i) => pod(i)));
const rows: Row[] = phase('map to rows (toRow)', () => objects.map((o) => toRow('Pod', o, true)));
phase(`partial syncs (pages of ${PAGE}, drawn when the list doubled)`, () => {
  let next = 0;
  for (let at = PAGE; at < N; at += PAGE) {
    if (at < next) continue;
    next = at * 2;
    dispatch({ type: 'sync', rows: rows.slice(0, at), partial: true });
  }
});
phase('final sync', () => dispatch({ type: 'sync', rows }));
phase('200 cursor moves (j)', () => {
  for (let i = 0; i < 200; i++) dispatch({ type: 'move', delta: 1 });
});
phase('20 watch batches of 50 MODIFIED (by name)', () => {
  for (let b = 0; b < 20; b++)
    dispatch({
      type: 'events',
      events: Array.from({ length: 50 }, (_, j) => ({ type: 'MODIFIED' as const, row: toRow('Pod', pod(b * 50 + j, 2), true) })),
    });
});
phase('20 watch batches of 5 ADDED + 5 DELETED', () => {
  for (let b = 0; b < 20; b++)
    dispatch({
      type: 'events',
      events: [
        ...Array.from({ length: 5 }, (_, j) => ({ type: 'ADDED' as const, row: toRow('Pod', pod(N + b * 5 + j), true) })),
        ...Array.from({ length: 5 }, (_, j) => ({ type: 'DELETED' as const, row: rows[b * 5 + j]! })),
      ],
    });
});
phase('sort by STATUS, then back by name', () => {
  dispatch({ type: 'sort', column: 3 });
  dispatch({ type: 'sort', column: null });
});
phase('20 watch batches of 50 MODIFIED (sorted by AGE)', () => {
  dispatch({ type: 'sort', column: 5 });
  for (let b = 0; b < 20; b++)
    dispatch({
      type: 'events',
      events: Array.from({ length: 50 }, (_, j) => ({ type: 'MODIFIED' as const, row: toRow('Pod', pod(b * 50 + j, 3), true) })),
    });
});
phase('typing a filter "app-12" (6 keys)', () => {
  dispatch({ type: 'input', purpose: 'filter' });
  for (const t of ['a', 'ap', 'app', 'app-', 'app-1', 'app-12']) dispatch({ type: 'inputText', text: t });
});
phase('200 cursor moves in the filtered view', () => {
  for (let i = 0; i < 200; i++) dispatch({ type: 'move', delta: 1 });
});
console.log(`rows ${s.order.length}, shown ${s.view.length}, selected ${s.selected}`);
