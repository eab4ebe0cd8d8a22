// Scores a ranking against the labeled set: hit@1, hit@3 and mean reciprocal rank (first acceptable
// section's rank, 0 when none is in the first ten). Only sections of the user's documents count.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../../src/docs/annotate.js';
import type { DocIndex } from '../../src/docs/types.js';
import type { DocSearchResult } from '../../src/model/docs.js';
import type { EvalFinding, Ref } from './set.js';

/** The seed tutorials: the nearest `shared/seeds` folder above the repository (worktrees included). */
export function seedsDir(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate + path.sep;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

const tidy = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

export function matchesRef(r: Pick<DocSearchResult, 'file' | 'headings'>, [file, heading, parent]: Ref): boolean {
  if (!r.file.endsWith(file) || tidy(r.headings.at(-1) ?? '') !== tidy(heading)) return false;
  return parent === undefined || r.headings.slice(0, -1).some((h) => tidy(h) === tidy(parent));
}

export interface Scores {
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Items with no acceptable section in the first three, for the report. */
  misses: { label: string; got: string[] }[];
  /** Each item's rank of its first acceptable section (0-based; -1 when none in the first ten). */
  ranks: { label: string; rank: number }[];
}

export function score(items: { label: string; ok: Ref[]; results: DocSearchResult[] }[]): Scores {
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  const misses: Scores['misses'] = [];
  const ranks: Scores['ranks'] = [];
  for (const it of items) {
    const user = it.results.filter((r) => r.source === 'user').slice(0, 10);
    const rank = user.findIndex((r) => it.ok.some((ref) => matchesRef(r, ref)));
    ranks.push({ label: it.label, rank });
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    else misses.push({ label: it.label, got: user.slice(0, 3).map((r) => `${r.file.slice(-24, -21)} ${r.headings.at(-1)}`) });
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  const n = items.length;
  return { n, hit1: hit1 / n, hit3: hit3 / n, mrr: rr / n, misses, ranks };
}

export const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/**
 * What annotate() cites from the user's documents for each case that is not one of its acceptable
 * sections: in ja and en, with the case's terms (explain's findings) and without (check's problems).
 */
/** How many cases annotate() gives at least one section of the user's documents (ja, with their terms). */
export function citedCases(index: DocIndex, cases: readonly EvalFinding[]): number {
  const annotated = annotate(
    cases.map((f) => ({ id: f.case, concept: f.concept, severity: f.severity, title: f.case, detail: '', docs: [], terms: f.terms })),
    index,
    'ja',
  );
  return annotated.filter((f) => f.docs.some((d) => d.source === 'user')).length;
}

export function falseCitations(index: DocIndex, cases: readonly EvalFinding[]): { label: string; cited: string }[] {
  const out: { label: string; cited: string }[] = [];
  for (const f of cases)
    for (const lang of ['ja', 'en'] as const)
      for (const terms of f.terms.length ? [f.terms, []] : [[]]) {
        const [a] = annotate(
          [{ id: f.case, concept: f.concept, severity: f.severity, title: f.case, detail: '', docs: [], terms }],
          index,
          lang,
        );
        for (const d of a!.docs)
          if (d.source === 'user' && !f.ok.some((ref) => matchesRef(d, ref)))
            out.push({
              label: `${f.case} (${f.concept}, ${lang}${terms.length ? '' : ', no terms'})`,
              cited: `${d.file.slice(-24, -21)}:${d.line} ${d.headings.at(-1)}`,
            });
      }
  return out;
}
