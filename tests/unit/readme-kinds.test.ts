// The README's kind table (Explaining objects) names exactly the kinds `explain` has an explainer for:
// the registry plus the kinds still on the older path. A kind added to the registry without its README
// row, or a row for a kind that lost its explainer, fails here. --help prints the same list at run time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupKind } from '../../src/cluster/kinds.js';
import { explainedKinds, kindsLine } from '../../commands/explained-kinds.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').split('\n');

/** The kinds of the table whose header is `| kind | what it explains | …`, as Kind names. */
function readmeKinds(): string[] {
  const start = readme.findIndex((l) => l.startsWith('| kind | what it explains |'));
  expect(start, 'README kind table').toBeGreaterThan(0);
  const rows = readme.slice(start + 2).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('|')));
  return rows.flatMap((row) =>
    [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => lookupKind(m[1]!)?.kind ?? `unknown name ${m[1]}`),
  );
}

describe('README kind table and --help come from the registry', () => {
  it('the README table lists every explained kind, and no other', () => {
    const explained = [...new Set(explainedKinds().map((k) => k.kind))].sort();
    expect(readmeKinds().sort()).toEqual(explained);
  });

  it('--help names every explained kind as kubectl would type it', () => {
    const line = kindsLine('Kinds:');
    for (const k of explainedKinds()) {
      expect(lookupKind(k.name)?.kind).toBe(k.kind);
      expect(line).toMatch(new RegExp(`[ ,\\n]${k.name}(,|$)`, 'm'));
    }
    expect(line.split('\n').every((l) => l.length <= 100)).toBe(true);
  });
});
