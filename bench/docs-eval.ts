// Retrieval quality on the labeled set (tests/docs-eval/set.ts): hit@1, hit@3 and MRR for findings
// (concept + the case's terms → sections of the seed tutorials) and for learner queries.
// Run with `npx tsx bench/docs-eval.ts`; prints the misses with --misses.
import { loadDocIndex } from '../src/docs/load.js';
import { rankFinding, search } from '../src/docs/rank.js';
import { pct, score, seedsDir, type Scores } from '../tests/docs-eval/score.js';
import { FINDINGS, QUERIES } from '../tests/docs-eval/set.js';

const seeds = seedsDir();
if (!seeds) {
  process.stderr.write('bench/docs-eval: shared/seeds not found\n');
  process.exit(2);
}
const { index } = await loadDocIndex({ docs: [seeds], env: {}, cache: false });
const findings = score(
  FINDINGS.map((f) => ({
    label: `${f.case} (${f.concept})`,
    ok: f.ok,
    results: rankFinding(
      index,
      { concept: f.concept, terms: f.terms, failing: f.severity === 'warning' || f.severity === 'error' },
      { lang: 'ja' },
    ),
  })),
);
const queries = score(QUERIES.map((q) => ({ label: q.q, ok: q.ok, results: search(index, q.q, { lang: 'ja' }) })));
const line = (name: string, s: Scores) =>
  `  ${name.padEnd(9)} n=${s.n}  hit@1 ${pct(s.hit1)}  hit@3 ${pct(s.hit3)}  MRR ${s.mrr.toFixed(3)}`;
console.log(['docs-eval: retrieval over the five seed tutorials', line('findings', findings), line('queries', queries)].join('\n'));
if (process.argv.includes('--misses'))
  for (const m of [...findings.misses, ...queries.misses]) console.log(`  miss: ${m.label} → ${m.got.join(' | ') || '(nothing)'}`);
