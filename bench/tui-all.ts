// `npx tsx bench/tui.ts -A [PODS] [--keep]` (issue 18 item 5): the built binary's TUI with -A on a
// cluster holding PODS Pods (default 20,000), beside `kubectl get pods -A` on the same cluster.
// It makes its own kwok nodes (unique names, tainted so nothing else lands there) and binds its Pods
// to them (nodeName plus a nodeSelector on the run's label: the scheduler would take minutes for
// 20,000), spread over 20 namespaces; waits until kwok has them Running; then runs
// `node bin/kubexplain tui -A` in a real pseudo-terminal (util-linux `script`, 120x40) and times, from
// the bytes it writes: first frame, the whole list on screen, key → next frame (j/k, p95), and reads
// its RSS and CPU from /proc. Deletes everything it made (unless --keep). Prints figures, never asserts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as k8s from '@kubernetes/client-node';
import { mapLimit } from '../src/cluster/pool.js';

const NAMESPACES = 20;
const PODS_PER_NODE = 2500;
const KEYS = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchAllNamespaces(kubeconfig: string, pods: number, keep: boolean): Promise<void> {
  const root = new URL('..', import.meta.url).pathname;
  if (!existsSync(join(root, 'dist', 'main.cjs'))) throw new Error('dist/ is not built: npm run build');
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(kubeconfig);
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const run = `kx-bench-tui-${Math.random().toString(36).slice(2, 7)}`;
  const label = 'bench.kubexplain.io/run';
  const nodes = Array.from({ length: Math.max(1, Math.ceil(pods / PODS_PER_NODE)) }, (_, i) => `${run}-node-${i}`);
  const namespaces = Array.from({ length: NAMESPACES }, (_, i) => `${run}-${String(i).padStart(2, '0')}`);
  let stopping = false;
  const cleanup = async () => {
    if (keep) return console.log(`tui bench -A: kept ${nodes.length} nodes and ${namespaces.length} namespaces labelled ${label}=${run}`);
    stopping = true;
    // Pods first, at once (grace 0), then their namespaces, then the nodes they were bound to.
    await mapLimit(namespaces, 4, (namespace) =>
      core.deleteCollectionNamespacedPod({ namespace, gracePeriodSeconds: 0 }).catch(() => undefined),
    );
    await mapLimit(namespaces, 4, (name) => core.deleteNamespace({ name }).catch(() => undefined));
    await mapLimit(nodes, 4, (name) => core.deleteNode({ name }).catch(() => undefined));
    console.log(`tui bench -A: deleted ${pods} Pods, ${namespaces.length} namespaces and ${nodes.length} nodes`);
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const name of nodes) {
      await core.createNode({
        body: {
          metadata: {
            name,
            annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
            labels: { [label]: run, type: 'kwok', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux' },
          },
          // Other tests' Pods must not be scheduled here.
          spec: { taints: [{ key: label, value: run, effect: 'NoSchedule' }] },
        },
      });
    }
    for (const name of namespaces) await core.createNamespace({ body: { metadata: { name, labels: { [label]: run } } } });
    const t = performance.now();
    let made = 0;
    await mapLimit(
      Array.from({ length: pods }, (_, i) => i),
      32,
      async (i) => {
        if (stopping) return;
        await core.createNamespacedPod({
          namespace: namespaces[i % NAMESPACES]!,
          body: {
            metadata: { name: `app-${i}`, labels: { app: `app-${i % 50}`, [label]: run } },
            spec: {
              nodeName: nodes[i % nodes.length]!,
              nodeSelector: { [label]: run },
              tolerations: [{ key: label, operator: 'Equal', value: run, effect: 'NoSchedule' }],
              containers: [{ name: 'app', image: 'example.test/app:1', resources: { requests: { cpu: '1m' } } }],
            },
          },
        });
        if (++made % 2000 === 0) console.log(`tui bench -A: ${made}/${pods} Pods created`);
      },
    );
    console.log(`tui bench -A: ${pods} Pods created on ${nodes.length} kwok nodes in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    // Measure a settled cluster: kwok moves new Pods to Running for a while after they are bound.
    for (const until = performance.now() + 10 * 60_000; performance.now() < until; await sleep(3000)) {
      const page = await core.listPodForAllNamespaces({
        labelSelector: `${label}=${run}`,
        fieldSelector: 'status.phase!=Running',
        limit: 1,
      });
      const left = page.items.length + (page.metadata?.remainingItemCount ?? 0);
      if (!left) break;
      console.log(`tui bench -A: ${left} Pods not Running yet`);
    }
    const all = await core.listPodForAllNamespaces({ limit: 1 });
    const total = all.items.length + (all.metadata?.remainingItemCount ?? 0);

    const kubectl = [0, 1, 2].map(() => timed(['kubectl', '--kubeconfig', kubeconfig, 'get', 'pods', '-A']));
    const tui = await tuiInPty(root, kubeconfig, total);
    const kMs = median(kubectl.map((k) => k.ms));
    const kMb = median(kubectl.map((k) => k.rssMb));
    const ok = (v: boolean) => (v ? 'met' : 'NOT met');
    console.log(`tui bench -A (${total} Pods in the cluster, ${pods} of them this run's; real binary in a pty, 120x40):`);
    console.log(
      `  first frame ${tui.firstMs.toFixed(0)} ms; all ${total} listed on screen ${tui.listMs.toFixed(0)} ms (target first frame ≤ 1000 ms: ${ok(tui.firstMs <= 1000)})`,
    );
    console.log(
      `  key → frame (j/k) p95 ${p95(tui.keys).toFixed(1)} ms, median ${median(tui.keys).toFixed(1)} ms over ${tui.keys.length} keys (target p95 ≤ 50 ms: ${ok(p95(tui.keys) <= 50)})`,
    );
    console.log(
      `  RSS ${tui.rssMb} MB, peak (VmHWM) ${tui.peakMb} MB (target ≤ 300 MB: ${ok(tui.peakMb <= 300)}); CPU ${tui.cpuMs} ms until quit`,
    );
    console.log(
      `  kubectl get pods -A: ${kMs.toFixed(0)} ms, ${kMb.toFixed(0)} MB (median of 3) | ratio, whole list on screen / kubectl: ${(tui.listMs / kMs).toFixed(2)}`,
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

function timed(cmd: string[]): { ms: number; rssMb: number } {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} exited ${r.status}: ${r.stderr.slice(-300)}`);
  return { ms, rssMb: Number(r.stderr.trim().split('\n').pop()) / 1024 };
}

interface TuiFigures {
  firstMs: number;
  listMs: number;
  keys: number[];
  rssMb: number;
  peakMb: number;
  cpuMs: number;
}

/** The binary under `script` (a pty of 120x40); every chunk it writes is a frame or part of one. */
async function tuiInPty(root: string, kubeconfig: string, total: number): Promise<TuiFigures> {
  const bin = join(root, 'bin', 'kubexplain');
  const cmd = `stty cols 120 rows 40; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} tui -A --kubeconfig ${JSON.stringify(kubeconfig)} --lang en`;
  const t0 = performance.now();
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], {
    env: { ...process.env, TERM: 'xterm-256color' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let text = '';
  let lastChunk = t0;
  const waiters: { ok: (t: string) => boolean; resolve: (at: number) => void }[] = [];
  child.stdout.on('data', (b: Buffer) => {
    const at = performance.now();
    lastChunk = at;
    text = (text + b.toString('utf8')).slice(-200_000);
    for (const w of waiters.splice(0))
      if (w.ok(text)) w.resolve(at);
      else waiters.push(w);
  });
  /** When the output satisfies `ok` (a chunk arriving after this call, when `fresh`). */
  const until = (ok: (t: string) => boolean, ms = 120_000, fresh = false) =>
    new Promise<number>((resolve, reject) => {
      if (!fresh && ok(text)) return resolve(performance.now());
      const timer = setTimeout(
        () => reject(new Error(`tui bench -A: screen not reached in ${ms} ms; last output:\n${text.slice(-2000)}`)),
        ms,
      );
      waiters.push({ ok, resolve: (at) => (clearTimeout(timer), resolve(at)) });
    });
  try {
    const firstMs = (await until((x) => x.includes('kubexplain') && x.includes('context:'))) - t0;
    // The count without "…" is the whole list, synced (other runs' Pods may come and go: at least ours).
    const listMs = (await until((x) => [...x.matchAll(/Pods \((\d+)\)(?!…)/g)].some((m) => Number(m[1]) >= total - 50))) - t0;
    await sleep(3000); // the first explanation arrives
    const keys: number[] = [];
    for (let i = 0; i < KEYS; i++) {
      // Quiet first (the explanation of the last row drawn), so the next chunk answers this key.
      while (performance.now() - lastChunk < 400) await sleep(50);
      text = '';
      const sent = performance.now();
      const frame = until(() => true, 5000, true);
      child.stdin.write(i % 4 < 2 ? 'j' : 'k');
      keys.push((await frame) - sent);
    }
    const pid = childPid(child.pid!);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(stat[11]) + Number(stat[12]);
    const figures = {
      firstMs,
      listMs,
      keys,
      rssMb: Math.round(kb('VmRSS') / 1024),
      peakMb: Math.round(kb('VmHWM') / 1024),
      cpuMs: ticks * 10,
    };
    child.stdin.write('q');
    await new Promise((r) => child.once('exit', r));
    return figures;
  } finally {
    if (child.exitCode === null) child.kill();
  }
}

/** The process `script` runs (the shell that exec'd node). */
function childPid(scriptPid: number): number {
  const kids = readFileSync(`/proc/${scriptPid}/task/${scriptPid}/children`, 'utf8').trim().split(/\s+/);
  return Number(kids[0] ?? scriptPid);
}
