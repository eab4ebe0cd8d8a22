// "did you mean": names close to a name that was not found. Pure.
/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      // A swap of two neighbours (wbe → web) is one typo, not two.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Up to `max` candidates, closest first: those sharing a prefix with the name (web → web-6bcdb5f4f9-9bwvq,
 * its generated suffix dropped), then those within an edit distance of a third of the name (typos).
 */
export function closeNames(name: string, candidates: readonly string[], max = 3): string[] {
  const n = name.toLowerCase();
  const scored: [number, string][] = [];
  for (const c of new Set(candidates)) {
    const l = c.toLowerCase();
    if (l === n) continue;
    const d = editDistance(n, l);
    const prefix = n.length >= 2 && (l.startsWith(n) || n.startsWith(l));
    // Generated names (web-6bcdb5f4f9-9bwvq) compare by their stem too.
    const stem = l.replace(/(-[a-z0-9]{4,10}){1,2}$/, '');
    const ds = editDistance(n, stem);
    const best = Math.min(d, ds);
    if (prefix) scored.push([0 + Math.abs(l.length - n.length) / 100, c]);
    else if (best <= Math.max(1, Math.floor(n.length / 3))) scored.push([1 + best, c]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])).slice(0, max).map(([, c]) => c);
}
