// Benchmark of the documents index (issues 14 and 19): indexing the five seed tutorials and a
// 5 MB folder made from them (cold: no cache; then cached), and what annotating adds to a run with
// the cache warm (loading the index of the seeds plus the handbook, then annotating ten findings),
// measured in a fresh process as a CLI run would. `npx tsx bench/docs-index.ts [folder]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../src/docs/annotate.js';
import { loadDocIndex } from '../src/docs/load.js';
import { seedsDir } from '../tests/docs-eval/score.js';
import { asFinding, FINDINGS } from '../tests/docs-eval/set.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = (ms: number) => `${ms.toFixed(1)} ms`;

const asFindings = (from: number) => FINDINGS.slice(from, from + 10).map((x, i) => asFinding(x, `f${from + i}`));

// Child mode: one measured run, printed as JSON.
if (process.argv[2] === '--child') {
  const [, , , folder, cache] = process.argv;
  const env = { KUBEXPLAIN_CACHE_DIR: cache! };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { index } = await loadDocIndex({ docs: [folder!], env });
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  annotate(asFindings(0), index, 'ja');
  const t2 = performance.now();
  const c2 = process.cpuUsage(c0);
  // Warm: the same process annotating ten other findings (as the TUI does on each refresh).
  const more = asFindings(40);
  const t3 = performance.now();
  const c3 = process.cpuUsage();
  annotate(more, index, 'ja');
  const t4 = performance.now();
  const c4 = process.cpuUsage(c3);
  const cpu = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  process.stdout.write(
    JSON.stringify({ load: t1 - t0, annotate: t2 - t1, loadCpu: cpu(c1), annotateCpu: cpu(c2) - cpu(c1), warm: t4 - t3, warmCpu: cpu(c4) }),
  );
  process.exit(0);
}

const seeds = process.argv[2] ?? seedsDir();
if (!seeds) {
  process.stderr.write('bench/docs-index: shared/seeds not found\n');
  process.exit(2);
}
const files = readdirSync(seeds).filter((x) => statSync(path.join(seeds, x)).isFile());
const bytes = files.reduce((n, x) => n + statSync(path.join(seeds, x)).size, 0);
const cache = mkdtempSync(path.join(tmpdir(), 'kx-bench-cache-'));
const self = fileURLToPath(import.meta.url);
const child = (folder: string) =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--child', folder, cache], { encoding: 'utf8' })) as {
    load: number;
    annotate: number;
    loadCpu: number;
    annotateCpu: number;
    warm: number;
    warmCpu: number;
  };

child(seeds); // fills the cache
const runs = Array.from({ length: 7 }, () => child(seeds));
const lines = [
  `docs-index: ${files.length} documents, ${(bytes / 1024).toFixed(0)} KB; fresh process, cache warm, handbook from its built index (median of 7):`,
  `  load the index ${f(median(runs.map((r) => r.load)))} (CPU ${f(median(runs.map((r) => r.loadCpu)))}), first 10 findings annotated ${f(median(runs.map((r) => r.annotate)))} (CPU ${f(median(runs.map((r) => r.annotateCpu)))})`,
  `  annotating 10 more findings in the same process (warm): ${f(median(runs.map((r) => r.warm)))} (CPU ${f(median(runs.map((r) => r.warmCpu)))}; target ≤ 15 ms)`,
];

// A 5 MB folder: the seeds copied with a line that makes each copy's content (and hash) distinct.
const big = mkdtempSync(path.join(tmpdir(), 'kx-bench-5mb-'));
let total = 0;
for (let i = 0; total < 5 * 1024 * 1024; i++) {
  for (const x of files) {
    const text = `${readFileSync(path.join(seeds, x), 'utf8')}\n\n## copy ${i}\n\ncopy ${i} of ${x}\n`;
    writeFileSync(path.join(big, `${i}-${x}`), text);
    total += Buffer.byteLength(text);
  }
}
const c0 = process.cpuUsage();
const t0 = performance.now();
const cold = await loadDocIndex({ docs: [big], handbook: false, env: { KUBEXPLAIN_CACHE_DIR: cache } });
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
await loadDocIndex({ docs: [big], handbook: false, env: { KUBEXPLAIN_CACHE_DIR: cache } });
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
const ms = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
lines.push(
  `  5 MB folder (${readdirSync(big).length} files, ${(total / 1024 / 1024).toFixed(1)} MB, ${cold.index.entries.length} sections): cold ${f(t1 - t0)} (CPU ${f(ms(c1))}; target ≤ 1000 ms), cached ${f(t2 - t1)} (CPU ${f(ms(c2) - ms(c1))})`,
);
rmSync(big, { recursive: true, force: true });
rmSync(cache, { recursive: true, force: true });
process.stdout.write(`${lines.join('\n')}\n`);
