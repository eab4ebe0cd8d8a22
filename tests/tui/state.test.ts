// The pure parts of the TUI: the reducer over watch events and UI actions, list rows from real
// sandbox objects (Secrets without values), wrapping, the list window and backoff.
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/cluster/watch.js';
import { windowStart } from '../../src/render/tui/ObjectList.js';
import { toRow, type Row } from '../../src/render/tui/rows.js';
import { initialState, reduce, sorted, type TuiState } from '../../src/render/tui/state.js';
import { displayWidth, truncate } from '../../src/text/wrap.js';
import { wrap } from '../../src/render/tui/text.js';
import { safe } from '../../src/text/safe-text.js';
import { fixtureObjects } from './fixture-source.js';

const row = (name: string, status = 'Running', rv = '1'): Row => ({
  key: name,
  name: safe(name),
  namespace: safe('shop'),
  cells: [name, '1/1', status, '0', '1700000000000', 'kx-node-1'].map(safe),
  health: 'ok',
  resourceVersion: rv,
});
const synced = (...names: string[]): TuiState => reduce(initialState('shop'), { type: 'sync', rows: names.map((n) => row(n)) });

describe('reduce', () => {
  it('watch batches keep the order a full sort gives, for every sort column and direction (rows put back by binary search)', () => {
    const rnd = (() => {
      let x = 7;
      return () => (x = (x * 48271) % 2147483647) / 2147483647;
    })();
    const make = (i: number, status: string, age: number): Row => ({
      ...row(`p${i}`, status),
      cells: [`p${i}`, '1/1', status, String(i % 4), String(1700000000000 + age), 'kx-node-1'].map(safe),
    });
    for (const column of [null, 0, 2, 3, 4]) {
      for (const desc of [false, true]) {
        let s = reduce(
          reduce(initialState('shop'), { type: 'sync', rows: Array.from({ length: 300 }, (_, i) => make(i, 'Running', i % 17)) }),
          {
            type: 'sort',
            column,
            desc,
          },
        );
        for (let b = 0; b < 30; b++) {
          const events = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => {
            const i = Math.floor(rnd() * 400);
            const type = rnd() < 0.2 ? ('DELETED' as const) : rnd() < 0.5 ? ('ADDED' as const) : ('MODIFIED' as const);
            return { type, row: make(i, rnd() < 0.5 ? 'Running' : 'Pending', Math.floor(rnd() * 30)) };
          });
          s = reduce(s, { type: 'events', events });
          expect(s.order).toEqual(sorted(s, s.rows));
        }
      }
    }
  });

  it('the Problems view: its cursor follows its problem across re-scans, a namespace change keeps the view, a jump leaves it', () => {
    let s = reduce(synced('a'), { type: 'mode', mode: 'problems' });
    s = reduce(s, { type: 'problemMove', delta: 1, keys: ['x', 'y', 'z'] });
    expect(s.problem).toBe('y');
    // A re-scan put a new problem first: the cursor stays on y.
    s = reduce(s, { type: 'problemMove', delta: 0, keys: ['w', 'x', 'y', 'z'] });
    expect(s.problem).toBe('y');
    s = reduce(s, { type: 'problemMove', delta: 99, keys: ['w', 'x', 'y', 'z'] });
    expect(s.problem).toBe('z');
    expect(reduce(s, { type: 'allNamespaces' }).mode).toBe('problems');
    expect(reduce(s, { type: 'namespace', namespace: 'other' }).mode).toBe('problems');
    expect(reduce(s, { type: 'jump', kind: 'Service' }).mode).toBe('objects');
  });

  it('sync sorts by name and selects the first row', () => {
    const s = synced('c', 'a', 'b');
    expect(s.order).toEqual(['a', 'b', 'c']);
    expect(s.selected).toBe('a');
    expect(s.synced).toBe(true);
  });

  it('ADDED inserts in order; MODIFIED keeps order and replaces the row; DELETED moves the cursor to a neighbour', () => {
    let s = synced('a', 'c', 'e');
    s = reduce(s, { type: 'move', delta: 2 });
    expect(s.selected).toBe('e');
    s = reduce(s, {
      type: 'events',
      events: [
        { type: 'ADDED', row: row('b') },
        { type: 'MODIFIED', row: row('c', 'Pending', '7') },
      ],
    });
    expect(s.order).toEqual(['a', 'b', 'c', 'e']);
    expect(s.rows.get('c')).toMatchObject({ cells: ['c', '1/1', 'Pending', '0', '1700000000000', 'kx-node-1'], resourceVersion: '7' });
    expect(s.selected).toBe('e');
    s = reduce(s, { type: 'events', events: [{ type: 'DELETED', row: row('e') }] });
    expect(s.selected).toBe('c');
    expect(s.view).toEqual(['a', 'b', 'c']);
  });

  it('a partial sync (first pages of a long list) shows rows but is not synced; the full sync replaces it', () => {
    let s = reduce(initialState('shop'), { type: 'sync', rows: [row('b'), row('a')], partial: true });
    expect(s.synced).toBe(false);
    expect(s.view).toEqual(['a', 'b']);
    s = reduce(s, { type: 'sync', rows: [row('a'), row('b'), row('c')] });
    expect(s.synced).toBe(true);
    expect(s.view).toEqual(['a', 'b', 'c']);
    expect(s.selected).toBe('a');
  });

  it('a MODIFIED-only batch does not re-sort (same order array)', () => {
    const s = synced('a', 'b');
    const t = reduce(s, { type: 'events', events: [{ type: 'MODIFIED', row: row('a', 'x', '2') }] });
    expect(t.order).toBe(s.order);
  });

  it('moving clamps at both ends; top and bottom', () => {
    let s = synced('a', 'b', 'c');
    s = reduce(s, { type: 'move', delta: -5 });
    expect(s.selected).toBe('a');
    s = reduce(s, { type: 'move', delta: 99 });
    expect(s.selected).toBe('c');
    s = reduce(s, { type: 'moveTo', where: 'top' });
    expect(s.selected).toBe('a');
  });

  it('the filter applies while typed, matches name and status words, and Esc clears it', () => {
    let s = reduce(initialState('shop'), { type: 'sync', rows: [row('api-1', 'CrashLoopBackOff'), row('db-0'), row('web-1')] });
    s = reduce(s, { type: 'input', purpose: 'filter' });
    s = reduce(s, { type: 'inputText', text: 'crash' });
    expect(s.view).toEqual(['api-1']);
    expect(s.selected).toBe('api-1');
    s = reduce(s, { type: 'inputText', text: 'running w' });
    expect(s.view).toEqual(['web-1']);
    s = reduce(s, { type: 'inputDone' });
    expect(s.filter).toBe('running w');
    s = reduce(s, { type: 'inputCancel' });
    expect(s.view).toHaveLength(3);
  });

  it('switching kind or namespace starts empty and unsynced', () => {
    const s = reduce(synced('a'), { type: 'kind', delta: -1 });
    expect(s.kind).toBe('ClusterRoleBinding');
    expect(s.synced).toBe(false);
    expect(s.rows.size).toBe(0);
    expect(reduce(synced('a'), { type: 'namespace', namespace: 'other' })).toMatchObject({
      namespace: 'other',
      synced: false,
      selected: null,
    });
  });
});

describe('rows', () => {
  const objects = fixtureObjects();
  const pod = (prefix: string) =>
    toRow(
      'Pod',
      objects.find((o) => o.kind === 'Pod' && o.metadata?.name?.startsWith(prefix))!,
    );

  it('Pod columns (READY STATUS RESTARTS AGE NODE) and health from real sandbox Pods', () => {
    const cells = (prefix: string) => {
      const r = pod(prefix);
      return { health: r.health, ready: r.cells[1], status: r.cells[2], restarts: r.cells[3], node: r.cells[5] };
    };
    expect(cells('api-')).toMatchObject({ health: 'error', status: 'CrashLoopBackOff', restarts: '5', ready: '0/1' });
    expect(cells('web-')).toMatchObject({ health: 'ok', status: 'Running', ready: '1/1', restarts: '0' });
    expect(cells('needs-nvme')).toMatchObject({ health: 'warning', status: 'Pending', node: '<none>' });
    expect(cells('report-')).toMatchObject({ health: 'done', status: 'Completed' });
    expect(cells('typo-image')).toMatchObject({ health: 'error', status: 'ImagePullBackOff' });
    expect(cells('missing-config')).toMatchObject({ health: 'error', status: 'CreateContainerConfigError' });
    expect(pod('migrate-').health).toBe('error');
    expect(Number(pod('web-').cells[4])).toBe(
      Date.parse(objects.find((o) => o.metadata?.name?.startsWith('web-'))!.metadata!.creationTimestamp as string),
    );
  });

  it('a Secret row shows its type and key count, never a value', () => {
    const r = toRow('Secret', { metadata: { name: 's', resourceVersion: '1' }, type: 'Opaque', data: { password: 'aHVudGVyMg==' } });
    expect(r.cells.slice(0, 3)).toEqual(['s', 'Opaque', '1']);
    expect(JSON.stringify(r)).not.toContain('aHVudGVyMg');
  });

  it('all namespaces: NAMESPACE first, and the key is namespace/name', () => {
    const r = toRow(
      'Pod',
      objects.find((o) => o.metadata?.name?.startsWith('web-'))!,
      true,
    );
    expect(r.cells[0]).toBe('shop');
    expect(r.key).toBe(`shop/${r.name}`);
  });

  it('names and statuses are sanitized', () => {
    const r = toRow('Pod', { metadata: { name: 'x\u001b[2Jy\u202e' }, status: { phase: 'Run\u001b]0;t\u0007ning' } });
    expect(r.name).toBe('xy');
    expect(r.cells.join(' ')).not.toMatch(/\u001b|\u0007|\u202e/);
  });
});

describe('text and layout helpers', () => {
  it('wraps English at spaces and Japanese anywhere, by display width', () => {
    expect(wrap(safe('one two three four'), 9)).toEqual(['one two', 'three', 'four']);
    const ja = wrap(safe('コンテナが再起動を繰り返しています'), 10);
    expect(ja.every((l) => displayWidth(l) <= 10)).toBe(true);
    expect(ja.join('')).toBe('コンテナが再起動を繰り返しています');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });

  it('the list window follows the cursor with minimal movement', () => {
    expect(windowStart(0, 5, 10, 100)).toBe(0);
    expect(windowStart(0, 12, 10, 100)).toBe(3);
    expect(windowStart(3, 2, 10, 100)).toBe(2);
    expect(windowStart(90, 15, 10, 20)).toBe(10);
  });

  it('backoff doubles with jitter and is capped', () => {
    const lo = () => 0;
    const hi = () => 0.999;
    expect(backoffDelay(1, 500, 30_000, lo)).toBe(250);
    expect(backoffDelay(1, 500, 30_000, hi)).toBeLessThanOrEqual(500);
    expect(backoffDelay(4, 500, 30_000, hi)).toBeLessThanOrEqual(4000);
    expect(backoffDelay(4, 500, 30_000, lo)).toBe(2000);
    expect(backoffDelay(20, 500, 30_000, hi)).toBeLessThanOrEqual(30_000);
  });
});
