// The watch against the real control plane: list-then-watch delivers ADDED/MODIFIED/DELETED for
// Pods moving through kwok's stages, an expired resourceVersion (410) relists, and an unreachable
// server reports "reconnecting" with a growing backoff.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import type { KubeObject } from '../../src/cluster/reader.js';
import { watchList, type WatchEvent, type WatchState } from '../../src/cluster/watch.js';
import type { KxError } from '../../src/errors.js';
import { clients, useNamespace, waitFor } from './helpers.js';
import { loadCatalogs } from '../../src/i18n/localize.js';

await loadCatalogs('en');

const ns = useNamespace('kx-watch');

function record(kind: string, namespace: string, extra: Parameters<typeof watchList>[3] = {}) {
  const conn = loadKubeConfig({ kubeconfig: inject('kubeconfig') });
  const log = { syncs: [] as KubeObject[][], events: [] as WatchEvent[], states: [] as { s: WatchState; err?: KxError; retry?: number }[] };
  const handle = watchList(
    conn,
    kind,
    {
      onSync: (items) => log.syncs.push(items),
      onEvent: (e) => log.events.push(e),
      onState: (s, err, retry) => log.states.push({ s, ...(err ? { err } : {}), ...(retry !== undefined ? { retry } : {}) }),
    },
    { namespace, ...extra },
  );
  return { log, handle, conn };
}

const pod = (name: string) => ({ metadata: { name }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } });

describe('watchList', () => {
  it('lists, then streams ADDED, MODIFIED (Pending → Running) and DELETED', async () => {
    const { core } = clients();
    await core.createNamespacedPod({ namespace: ns(), body: pod('before') });
    const { log, handle } = record('Pod', ns());
    try {
      await waitFor(async () => log.syncs.length === 1 && log.states.some((x) => x.s === 'live'), 20_000, 'first list');
      expect(log.syncs[0]!.map((p) => p.metadata?.name)).toEqual(['before']);
      expect(log.syncs[0]![0]!.kind).toBe('Pod');
      await core.createNamespacedPod({ namespace: ns(), body: pod('after') });
      await waitFor(async () => log.events.some((e) => e.type === 'ADDED' && e.object.metadata?.name === 'after'), 20_000, 'ADDED');
      await waitFor(
        async () =>
          log.events.some(
            (e) =>
              e.type === 'MODIFIED' && e.object.metadata?.name === 'after' && (e.object.status as { phase?: string })?.phase === 'Running',
          ),
        30_000,
        'MODIFIED to Running',
      );
      await core.deleteNamespacedPod({ namespace: ns(), name: 'before', gracePeriodSeconds: 0 });
      await waitFor(async () => log.events.some((e) => e.type === 'DELETED' && e.object.metadata?.name === 'before'), 30_000, 'DELETED');
      expect(log.syncs).toHaveLength(1);
    } finally {
      handle.stop();
    }
  });

  it('a resourceVersion that is too old (410 Gone) makes it list again', async () => {
    // Events have no watch cache, so an old resourceVersion goes to etcd, which answers 410 once it
    // has compacted that revision (every 20 s in the sandbox, 5 min by default); a young cluster
    // replays history instead, so try again until it answers 410. (Pods are served from the watch
    // cache, whose window on a young cluster still reaches back to revision 1.)
    let relisted: ReturnType<typeof record> | undefined;
    await waitFor(
      async () => {
        const attempt = record('Event', ns(), { fromResourceVersion: '1' });
        const deadline = Date.now() + 4_000;
        while (Date.now() < deadline && attempt.log.syncs.length === 0) await new Promise((r) => setTimeout(r, 100));
        attempt.handle.stop();
        if (attempt.log.syncs.length >= 1) relisted = attempt;
        return attempt.log.syncs.length >= 1;
      },
      100_000,
      'relist after 410',
    );
    expect(relisted!.log.states.some((x) => x.s === 'reconnecting')).toBe(false);
    expect(relisted!.log.states.at(-1)?.s).toBe('live');
  });

  it('an unreachable server: reconnecting, with the reason and a backoff that grows', async () => {
    const conn = loadKubeConfig({ kubeconfig: inject('kubeconfig') });
    const states: { s: WatchState; err?: KxError; retry?: number }[] = [];
    const handle = watchList(
      { ...conn, server: 'https://127.0.0.1:1' },
      'Pod',
      {
        onSync: () => undefined,
        onEvent: () => undefined,
        onState: (s, err, retry) => states.push({ s, ...(err ? { err } : {}), ...(retry !== undefined ? { retry } : {}) }),
      },
      { namespace: ns(), minBackoffMs: 40, maxBackoffMs: 400 },
    );
    try {
      await waitFor(async () => states.filter((x) => x.s === 'reconnecting').length >= 4, 10_000, 'retries');
      const r = states.filter((x) => x.s === 'reconnecting');
      expect(r[0]!.err?.message).toMatch(/connection refused/);
      expect(r[0]!.retry!).toBeLessThanOrEqual(40);
      expect(r[3]!.retry!).toBeGreaterThanOrEqual(160);
    } finally {
      handle.stop();
    }
  });
});
