// Benchmark: indexing the five seed documents (../shared/seeds): read + parse + build the index.
// Run with `npx tsx bench/docs-index.ts [folder]`. Prints milliseconds; the target is well under 100 ms.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocIndex } from '../src/docs/load.js';

const folder = process.argv[2] ?? fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
if (!existsSync(folder)) {
  process.stderr.write(`bench/docs-index: ${folder} not found\n`);
  process.exit(2);
}
const files = readdirSync(folder).filter((f) => statSync(path.join(folder, f)).isFile());
const bytes = files.reduce((n, f) => n + statSync(path.join(folder, f)).size, 0);

const time = async (withHandbook: boolean) => {
  const t0 = performance.now();
  const r = await loadDocIndex({ docs: [folder], handbook: withHandbook, env: {}, cache: false });
  return { ms: performance.now() - t0, sections: r.index.entries.length, warnings: r.warnings.length };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const first = await time(false);
const warm: number[] = [];
for (let i = 0; i < 20; i++) warm.push((await time(false)).ms);
const withHb: number[] = [];
let hbSections = 0;
for (let i = 0; i < 10; i++) {
  const r = await time(true);
  withHb.push(r.ms);
  hbSections = r.sections;
}

const f = (ms: number) => `${ms.toFixed(1)} ms`;
process.stdout.write(
  [
    `docs-index: ${files.length} documents, ${(bytes / 1024).toFixed(0)} KB, ${first.sections} sections (${first.warnings} warnings)`,
    `  first run (cold JIT):          ${f(first.ms)}`,
    `  median of 20 runs:             ${f(median(warm))}`,
    `  with the handbook (${hbSections} sections), median of 10: ${f(median(withHb))}`,
    '',
  ].join('\n'),
);
