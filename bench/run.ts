// npm run bench: prints figures, never asserts. Each part is a script in bench/ that prints its
// own lines; this one adds CLI cold start against a bare Node start (target: ratio ≤ 2).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const bin = join(here, '..', 'bin', 'kubexplain');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(args: string[]): number {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// Alternate the two commands so machine noise hits both alike.
const node: number[] = [];
const cli: number[] = [];
for (let i = 0; i < 15; i++) {
  node.push(time(['-e', '0']));
  cli.push(time([bin, '--version']));
}
const n = median(node);
const c = median(cli);
console.log(
  `cold start: node -e 0 ${n.toFixed(1)} ms, kubexplain --version ${c.toFixed(1)} ms, ratio ${(c / n).toFixed(2)} (target ≤ 2.00)`,
);

for (const part of [
  'docs-index.ts',
  'docs-eval.ts',
  'rbac-resolve.ts',
  'rbac-live.ts',
  'tui.ts',
  'explain-vs-describe.ts',
  'trace-endpoints.ts',
]) {
  if (!existsSync(join(here, part))) continue;
  console.log(`--- ${part}`);
  spawnSync(process.execPath, ['--import', 'tsx', join(here, part)], { stdio: 'inherit' });
}
