// Benchmark: `kubexplain explain` against `kubectl describe` on the same objects, end to end
// (process start, kubeconfig, requests, rendering). Alternating runs so machine noise hits both
// alike; the median of each and their ratio (target ≤ 1.0). Uses $KUBECONFIG when set, else starts
// the sandbox (and applies examples/). Run with `npx tsx bench/explain-vs-describe.ts [runs]`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const bin = join(here, '..', 'bin', 'kubexplain');
const runs = Number(process.argv[2] ?? 15);

async function kubeconfig(): Promise<string> {
  if (process.env.KUBECONFIG) return process.env.KUBECONFIG;
  console.log('explain-vs-describe: KUBECONFIG not set, starting the sandbox');
  const { up, applyExamples } = await import('../sandbox/sandbox.js');
  const kc = await up();
  await applyExamples(kc);
  return kc;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const t = process.hrtime.bigint();
  execFileSync(cmd, args, { stdio: 'ignore', env });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const kc = await kubeconfig();
const env = { ...process.env, KUBECONFIG: kc, NO_COLOR: '1' };
if (!existsSync(join(here, '..', 'dist'))) console.log('explain-vs-describe: dist/ missing — run npm run build first');
const pods = execFileSync('kubectl', ['get', 'pods', '-n', 'shop', '-o', 'name'], { env, encoding: 'utf8' })
  .trim()
  .split('\n')
  .map((l) => l.replace(/^pod\//, ''));
const pod = pods.find((p) => p.startsWith('web-')) ?? pods[0]!;
const targets: [string, string[], string[]][] = [
  [`pod/${pod}`, [bin, 'explain', `pod/${pod}`, '-n', 'shop', '-o', 'text'], ['describe', 'pod', pod, '-n', 'shop']],
  ['deploy/web', [bin, 'explain', 'deploy/web', '-n', 'shop', '-o', 'text'], ['describe', 'deploy', 'web', '-n', 'shop']],
];
for (const [name, kx, kubectl] of targets) {
  // One warm-up each (file cache, docs index cache).
  time(process.execPath, kx, env);
  time('kubectl', kubectl, env);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(time(process.execPath, kx, env));
    b.push(time('kubectl', kubectl, env));
  }
  const ma = median(a);
  const mb = median(b);
  console.log(
    `${name}: kubexplain explain ${ma.toFixed(1)} ms, kubectl describe ${mb.toFixed(1)} ms, ratio ${(ma / mb).toFixed(2)} (target ≤ 1.00; ${runs} alternating runs each, medians)`,
  );
}

// The floor: Node's own start against the same kubectl run. When this ratio is near 1, a ratio of 1
// for explain is out of reach for any Node CLI; it says how much of the gap is the runtime.
{
  const n: number[] = [];
  const k: number[] = [];
  for (let i = 0; i < runs; i++) {
    n.push(time(process.execPath, ['-e', '0'], env));
    k.push(time('kubectl', ['describe', 'pod', pod, '-n', 'shop'], env));
  }
  console.log(
    `floor: node -e 0 ${median(n).toFixed(1)} ms, kubectl describe pod ${median(k).toFixed(1)} ms, ratio ${(median(n) / median(k)).toFixed(2)}`,
  );
}
