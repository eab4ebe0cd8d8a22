// npm run bench: kubexplain beside the kubectl command a user would otherwise run, on the same
// cluster in one run (issue 19). Runs alternate (A, B, A, B…) so machine noise hits both alike;
// each line prints the medians, the median of the paired runs' ratios against its target, and the peak RSS of each (GNU time).
// `node -e 0` is the floor: no Node CLI starts faster. Uses $KUBECONFIG when set, else starts the
// sandbox; applies examples/ when namespace shop lacks them. `npx tsx bench/side-by-side.ts [runs]`;
// KX_BIN=path/to/bin/kubexplain measures another build (e.g. before a change); KX_NODE=path/to/node runs
// kubexplain and the `node -e 0` floor on another Node (e.g. 24, which loads NODE_EXTRA_CA_CERTS lazily).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const bin = process.env.KX_BIN ?? join(here, '..', 'bin', 'kubexplain');
const runs = Number(process.argv[2] ?? 11);
const TIME = '/usr/bin/time';

async function kubeconfig(): Promise<string> {
  if (process.env.KUBECONFIG) return process.env.KUBECONFIG;
  console.log('bench: KUBECONFIG not set, starting the sandbox');
  const { up } = await import('../sandbox/sandbox.js');
  return up();
}

interface Sample {
  ms: number;
  rssMb: number;
}

/** One run: wall time around GNU time (the same small overhead for every command), and its peak RSS. */
function sample(cmd: string[], env: NodeJS.ProcessEnv): Sample {
  const t = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%M', ...cmd], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} exited ${r.status}: ${r.stderr.slice(-400)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { ms, rssMb: kb / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const kc = await kubeconfig();
const env = { ...process.env, KUBECONFIG: kc, NO_COLOR: '1' };
const kubectl = (...args: string[]) => execFileSync('kubectl', args, { env, encoding: 'utf8' });
if (!existsSync(join(here, '..', 'dist', 'main.cjs')) && !process.env.KX_BIN) throw new Error('bench: run npm run build first');
if (!kubectl('get', 'deploy', '-n', 'shop', '-o', 'name', '--ignore-not-found').includes('deployment.apps/web')) {
  console.log('bench: applying examples/ (namespace shop)');
  kubectl('apply', '-f', join(here, '..', 'examples'));
  kubectl('rollout', 'status', 'deploy/web', '-n', 'shop', '--timeout=60s');
}
const pod = kubectl('get', 'pods', '-n', 'shop', '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}').trim();

const node = process.env.KX_NODE ?? process.execPath;
const kx = (...args: string[]) => [node, bin, ...args];
const floor = [node, '-e', '0'];
// [label, kubexplain, what it is compared with, target ratio]
const rows: [string, string[], string[], number][] = [
  [`explain pod/${pod}`, kx('explain', `pod/${pod}`, '-n', 'shop'), ['kubectl', 'describe', 'pod', pod, '-n', 'shop'], 1.5],
  ['explain deploy/web', kx('explain', 'deploy/web', '-n', 'shop'), ['kubectl', 'describe', 'deploy', 'web', '-n', 'shop'], 1.5],
  [
    'trace svc/web',
    kx('trace', 'svc/web', '-n', 'shop'),
    ['kubectl', 'get', 'endpointslices', '-n', 'shop', '-l', 'kubernetes.io/service-name=web'],
    2,
  ],
  ['who-can get pods -n shop', kx('who-can', 'get', 'pods', '-n', 'shop'), ['kubectl', 'auth', 'can-i', '--list', '-n', 'shop'], 2],
  ['docs "readiness probe"', kx('docs', 'readiness probe'), floor, 1.5],
  ['--version', kx('--version'), floor, 1.2],
];

const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
// Node before 22 parses NODE_EXTRA_CA_CERTS when it starts, before any of our code runs (22 and later
// when a TLS connection first needs it); kubectl never reads it. Where that applies, each line is also
// measured without the variable (kubexplain and the node -e 0 floor), in the same alternation.
const major = Number(execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());
const caEnv = !!process.env.NODE_EXTRA_CA_CERTS && major < 22;
const without: NodeJS.ProcessEnv = { ...env };
delete without.NODE_EXTRA_CA_CERTS;
console.log(
  `bench: ${runs} alternating runs each; ms and MB are medians, a ratio the median of the pairs' ratios; ${bin}; node ${nodeVersion}`,
);
const header = [
  'kubexplain',
  'ms',
  'RSS MB',
  'against',
  'ms',
  'RSS MB',
  'ratio',
  'target',
  ...(caEnv ? ['without NODE_EXTRA_CA_CERTS'] : []),
];
const table: string[][] = [];
for (const [label, a, b, target] of rows) {
  sample(a, env); // warm-up: file cache, compile cache, docs index cache
  sample(b, env);
  const sa: Sample[] = [];
  const sb: Sample[] = [];
  const sa0: number[] = [];
  const sb0: number[] = [];
  for (let i = 0; i < runs; i++) {
    sa.push(sample(a, env));
    sb.push(sample(b, env));
    if (!caEnv) continue;
    sa0.push(sample(a, without).ms);
    // kubectl does not read the variable: its figure is the one above.
    if (b === floor) sb0.push(sample(b, without).ms);
  }
  const ma = median(sa.map((s) => s.ms));
  const mb = median(sb.map((s) => s.ms));
  // The median of each pair's ratio (the two ran back to back): this machine's load drifts within a
  // bench, and a pair shares its moment where two medians may not.
  const ratio = median(sa.map((s, i) => s.ms / sb[i]!.ms));
  const against = b === floor ? 'node -e 0' : b.slice(0, 4).join(' ').replace(/ -n$/, '');
  const ratio0 = caEnv ? median(sa0.map((ms, i) => ms / (b === floor ? sb0[i]! : sb[i]!.ms))) : 0;
  table.push([
    label,
    ma.toFixed(0),
    median(sa.map((s) => s.rssMb)).toFixed(0),
    against,
    mb.toFixed(0),
    median(sb.map((s) => s.rssMb)).toFixed(0),
    ratio.toFixed(2),
    `≤ ${target.toFixed(1)} ${ratio <= target ? 'met' : 'NOT met'}`,
    ...(caEnv ? [`${median(sa0).toFixed(0)} ms, ${ratio0.toFixed(2)} ${ratio0 <= target ? 'met' : 'NOT met'}`] : []),
  ]);
}
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
for (const r of [header, ...table])
  console.log(r.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
console.log('targets: explain ≤ 1.5× kubectl describe, --version ≤ 1.2× and docs ≤ 1.5× node -e 0, RSS of explain ≤ 80 MB');
if (caEnv)
  console.log(
    `note: NODE_EXTRA_CA_CERTS is set and Node ${major} parses it at start, before any of our code runs; kubectl never reads it. ` +
      'The "ratio" column is what this machine gives as configured (the target is judged on it); the last column is the same ' +
      'kubexplain without the variable (the node -e 0 floor too), against the same kubectl figure.',
  );

// The documents index and retrieval quality (issue 14): their own scripts print their figures.
for (const part of ['docs-eval.ts', 'docs-index.ts']) {
  console.log(`--- ${part}`);
  spawnSync(process.execPath, ['--import', 'tsx', new URL(part, import.meta.url).pathname], { stdio: 'inherit' });
}
