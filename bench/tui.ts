// TUI benchmark on a live cluster: a Deployment with 5,000 replicas (kwok makes that cheap) in its
// own namespace, then the real <App> with the live source rendered in-process by Ink to a fake
// terminal (120x40), frames timed from its write calls. Prints: first frame, first frame with
// the list, keypress-to-frame p95, watch-event-to-screen p95, RSS. Deletes its namespace at the end.
// Run: npx tsx bench/tui.ts   (uses $KUBECONFIG when set, else starts the sandbox)
// With -A [PODS] [--keep]: the real binary's `tui -A` on PODS Pods (default 20,000) of its own kwok
// nodes, beside `kubectl get pods -A` (bench/tui-all.ts).
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Instance } from 'ink';
import { loadKubeConfig } from '../src/cluster/kubeconfig.js';
import type { KubeObject } from '../src/cluster/reader.js';
import type { WatchHandlers } from '../src/cluster/watch.js';
import { liveSource } from '../commands/tui-source.js';

const REPLICAS = Number(process.env.KX_BENCH_TUI_PODS ?? 5000);
const KEYPRESSES = 60;
const EVENTS = 20;
const DOWN = '\u001b[B';

class FakeStdout extends EventEmitter {
  columns = 120;
  rows = 40;
  isTTY = true;
  frames = 0;
  write(data: string): boolean {
    this.frames++;
    this.emit('frame', data, performance.now());
    return true;
  }
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read(): string | null {
    const d = this.data;
    this.data = null;
    return d;
  }
  press(data: string) {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Resolves with the time of the first frame written after now that satisfies `ok`. */
function nextFrame(out: FakeStdout, ok: (data: string) => boolean, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      out.off('frame', on);
      reject(new Error('no such frame within timeout'));
    }, timeoutMs);
    const on = (data: string, t: number) => {
      if (!ok(data)) return;
      clearTimeout(timer);
      out.off('frame', on);
      resolve(t);
    };
    out.on('frame', on);
  });
}

/** The built binary's TUI in tmux: time until the full list is on screen, and its memory from /proc. */
async function realBinary(
  kubeconfig: string,
  ns: string,
  expected: number,
): Promise<{ listMs: number; rssMb: number; peakMb: number } | null> {
  const root = new URL('..', import.meta.url).pathname;
  const bin = join(root, 'bin', 'kubexplain');
  if (!existsSync(join(root, 'dist', 'main.cjs'))) {
    console.log('tui bench: dist/ not built (npm run build); skipping the real-binary figures');
    return null;
  }
  try {
    execFileSync('tmux', ['-V']);
  } catch {
    console.log('tui bench: tmux not installed; skipping the real-binary figures');
    return null;
  }
  const sock = `kx-bench-${process.pid}`;
  const tmux = (...a: string[]) => execFileSync('tmux', ['-L', sock, ...a], { encoding: 'utf8' });
  const t0 = performance.now();
  tmux(
    'new-session',
    '-d',
    '-s',
    'b',
    '-x',
    '120',
    '-y',
    '40',
    'sh',
    '-c',
    `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} tui --kubeconfig ${JSON.stringify(kubeconfig)} -n ${ns} --lang en`,
  );
  try {
    const pid = tmux('display', '-p', '-t', 'b', '#{pane_pid}').trim();
    let listMs = -1;
    while (performance.now() - t0 < 30_000) {
      if (tmux('capture-pane', '-p', '-t', 'b').includes(`Pods (${expected})`)) {
        listMs = performance.now() - t0;
        break;
      }
      await sleep(50);
    }
    await sleep(3000); // the first explanation and some watch traffic
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    tmux('send-keys', '-t', 'b', 'q');
    await sleep(500);
    return { listMs, rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } finally {
    try {
      execFileSync('tmux', ['-L', sock, 'kill-server'], { stdio: 'ignore' });
    } catch {
      // the app quit and took the session with it
    }
  }
}

async function kubeconfigPath(): Promise<string> {
  if (process.env.KUBECONFIG) return process.env.KUBECONFIG.split(':')[0]!;
  console.log('tui bench: KUBECONFIG is not set; starting the sandbox (sandbox/sandbox.ts up)');
  const { up } = await import('../sandbox/sandbox.js');
  return up();
}

async function main() {
  const kubeconfig = await kubeconfigPath();
  if (process.argv.includes('-A')) {
    // The real binary with -A on a cluster of many Pods (bench/tui-all.ts).
    const pods = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20_000);
    const { benchAllNamespaces } = await import('./tui-all.js');
    return benchAllNamespaces(kubeconfig, pods, process.argv.includes('--keep'));
  }
  const k8s = await import('@kubernetes/client-node');
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(kubeconfig);
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const apps = kc.makeApiClient(k8s.AppsV1Api);
  const ns = `kx-bench-tui-${Math.random().toString(36).slice(2, 7)}`;
  await core.createNamespace({ body: { metadata: { name: ns } } });
  let app: Instance | undefined;
  try {
    for (let i = 0; i < 100; i++) {
      const sas = await core.listNamespacedServiceAccount({ namespace: ns });
      if (sas.items.some((s) => s.metadata?.name === 'default')) break;
      await sleep(200);
    }
    const started = performance.now();
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: {
        metadata: { name: 'bench' },
        spec: {
          replicas: REPLICAS,
          selector: { matchLabels: { app: 'bench' } },
          template: { metadata: { labels: { app: 'bench' } }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } },
        },
      },
    });
    let count = 0;
    let lastReport = 0;
    for (;;) {
      // One item and the server's count of the rest: cheap, and current (ReplicaSet status lags).
      const page = await core.listNamespacedPod({ namespace: ns, limit: 1 });
      count = page.items.length + (page.metadata?.remainingItemCount ?? 0);
      if (count >= REPLICAS) break;
      const now = performance.now();
      if (now - lastReport > 20_000) {
        console.log(`tui bench: ${count}/${REPLICAS} Pods created after ${((now - started) / 1000).toFixed(0)} s`);
        lastReport = now;
      }
      if (now - started > 15 * 60_000) throw new Error(`only ${count} Pods after 15 minutes`);
      await sleep(2000);
    }
    console.log(`tui bench: ${REPLICAS} Pods exist in ${ns} after ${((performance.now() - started) / 1000).toFixed(0)} s`);
    // Measure a settled namespace: kwok's stages move new Pods to Running for a while after creation.
    for (const until = performance.now() + 5 * 60_000; performance.now() < until; await sleep(3000)) {
      const dep = await apps.readNamespacedDeployment({ name: 'bench', namespace: ns });
      if ((dep.status?.readyReplicas ?? 0) >= REPLICAS) break;
    }
    console.log(`tui bench: ready after ${((performance.now() - started) / 1000).toFixed(0)} s`);

    // Ink draws only a final frame when CI is set (read at import): measure the real path.
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
    process.env.NODE_ENV ??= 'production'; // as commands/tui.ts does
    const [{ render }, { App }, React] = await Promise.all([import('ink'), import('../src/render/tui/App.js'), import('react')]);
    const conn = loadKubeConfig({ kubeconfig, namespace: ns });
    const source = liveSource({ conn, timeoutMs: 30_000, lang: 'en', docs: [] });
    const eventAt = new Map<string, number>();
    const watch = source.watch;
    // Time each probe Pod's ADDED event as the watch delivers it (before the App's batching).
    source.watch = <T>(kind: string, namespace: string, map: (o: KubeObject) => T, h: WatchHandlers<T>) =>
      watch(
        kind,
        namespace,
        (o) => {
          const name = o.metadata?.name ?? '';
          if (name.startsWith('aaa-probe-') && !eventAt.has(name)) eventAt.set(name, performance.now());
          return map(o);
        },
        h,
      );
    const stdout = new FakeStdout();
    const stdin = new FakeStdin();
    let rssMax = 0;
    const rssTimer = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage().rss)), 100);

    const t0 = performance.now();
    const anyFrame = nextFrame(stdout, () => true);
    const rowsFrame = nextFrame(stdout, (d) => d.includes('bench-'), 30_000);
    const listFrame = nextFrame(stdout, (d) => d.includes(`Pods (${REPLICAS})`) && d.includes('bench-'), 30_000);
    app = render(React.createElement(App, { source, namespace: ns, lang: 'en' }), {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: stdout as unknown as NodeJS.WriteStream,
      exitOnCtrlC: false,
      patchConsole: false,
      maxFps: 60,
    });
    const first = (await anyFrame) - t0;
    const firstRows = (await rowsFrame) - t0;
    const firstList = (await listFrame) - t0;
    const rssAfterSync = process.memoryUsage().rss;
    await sleep(1500); // the first explanation arrives

    const keys: number[] = [];
    for (let i = 0; i < KEYPRESSES; i++) {
      const frame = nextFrame(stdout, () => true, 5000);
      const t = performance.now();
      stdin.press(DOWN);
      keys.push((await frame) - t);
      await sleep(60);
    }
    stdin.press('g');
    await sleep(500);

    const events: number[] = [];
    const endToEnd: number[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const name = `aaa-probe-${String(i).padStart(2, '0')}`;
      const shown = nextFrame(stdout, (d) => d.includes(name), 20_000);
      const t = performance.now();
      await core.createNamespacedPod({
        namespace: ns,
        body: { metadata: { name }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } },
      });
      const at = await shown;
      endToEnd.push(at - t);
      events.push(at - (eventAt.get(name) ?? t));
      await sleep(250);
    }
    clearInterval(rssTimer);
    const rss = Math.max(rssMax, process.memoryUsage().rss);

    app.unmount();
    app = undefined;
    const binary = await realBinary(kubeconfig, ns, REPLICAS + EVENTS);

    const ok = (v: boolean) => (v ? 'ok' : 'OVER');
    console.log(`tui bench (${REPLICAS} Pods, 120x40, ${stdout.frames} frames written):`);
    console.log(
      `  first frame ${first.toFixed(0)} ms; first frame with Pods listed ${firstRows.toFixed(0)} ms (target ≤ 2000 ms: ${ok(firstRows <= 2000)}); all ${REPLICAS} listed ${firstList.toFixed(0)} ms`,
    );
    console.log(
      `  keypress→frame p95 ${p95(keys).toFixed(1)} ms, median ${median(keys).toFixed(1)} ms over ${keys.length} presses (target p95 ≤ 50 ms: ${ok(p95(keys) <= 50)})`,
    );
    console.log(
      `  watch event→screen p95 ${p95(events).toFixed(1)} ms, median ${median(events).toFixed(1)} ms over ${events.length} Pods (target p95 ≤ 250 ms: ${ok(p95(events) <= 250)}); create call→screen p95 ${p95(endToEnd).toFixed(0)} ms`,
    );
    console.log(
      `  RSS of this bench process (tsx, its own API client, the App): after the list ${(rssAfterSync / 2 ** 20).toFixed(0)} MB, peak ${(rss / 2 ** 20).toFixed(0)} MB`,
    );
    if (binary) {
      console.log(
        `  real binary in tmux (node bin/kubexplain tui, 120x40): list of ${REPLICAS + EVENTS} on screen after ${binary.listMs.toFixed(0)} ms (screen polled every 50 ms)`,
      );
      console.log(`  real binary RSS ${binary.rssMb} MB, peak (VmHWM) ${binary.peakMb} MB (target ≤ 300 MB: ${ok(binary.peakMb <= 300)})`);
    }
  } finally {
    app?.unmount();
    await core.deleteNamespace({ name: ns }).catch(() => undefined);
    console.log(`tui bench: deleted namespace ${ns}`);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`tui bench failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
