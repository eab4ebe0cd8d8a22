// "did you mean": names close to a name that was not found, the one helper for every object name
// (not-found errors, trace's missing Services, a Pod's missing ConfigMap or Secret). Pure. A typo's
// bar grows with the name (a third of it): an absolute two edits made "db" a near name of "web".
import { editDistance } from './edit-distance.js';
import { compareText } from './compare.js';

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
  return scored
    .sort((a, b) => a[0] - b[0] || compareText(a[1], b[1]))
    .slice(0, max)
    .map(([, c]) => c);
}
