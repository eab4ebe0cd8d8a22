// Label selectors as routing uses them: a Service's map selector, NetworkPolicy LabelSelectors,
// and "near misses" — Pods whose labels almost match, the usual cause of a Service with no Pods.
import type { RoutedPod } from '../model/routing.js';
import { editDistance } from '../text/edit-distance.js';

// The selector semantics and string form live in src/model/labels.ts (one copy for the whole tool).
export { formatLabels, mapSelects, selectorMatches, selectorString as formatSelector } from '../model/labels.js';

export interface NearMiss {
  pod: string;
  /** What differs: selector key, wanted value, the Pod's value (undefined when the label is absent). */
  differences: { key: string; want: string; have?: string }[];
}

const similar = (a: string, b: string) =>
  a.toLowerCase() === b.toLowerCase() || editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));

/**
 * Pods the selector misses by little: all but one of its labels match, or every key is there with
 * a value close to the wanted one (a typo or a case difference). Best first; templates count too.
 */
export function nearMisses(sel: Record<string, string>, pods: readonly RoutedPod[], max = 5): NearMiss[] {
  const keys = Object.keys(sel);
  if (keys.length === 0) return [];
  const out: (NearMiss & { score: number })[] = [];
  const seen = new Set<string>();
  for (const p of pods) {
    const labels = p.metadata.labels ?? {};
    const diffs = keys
      .filter((k) => labels[k] !== sel[k])
      .map((k) => ({ key: k, want: sel[k]!, ...(labels[k] !== undefined ? { have: labels[k] } : {}) }));
    if (diffs.length === 0) continue;
    // A key that is absent may be present under a similar name (app vs App, app.kubernetes.io/name).
    const typoKeys = diffs
      .filter((d) => d.have === undefined)
      .map((d) => Object.keys(labels).find((k) => k !== d.key && similar(k, d.key) && labels[k] === d.want));
    const close = diffs.every((d, i) => (d.have !== undefined && similar(d.have, d.want)) || typoKeys[i] !== undefined);
    if (!(diffs.length === 1 && keys.length > 1) && !close) continue;
    const shown = diffs.map((d, i) => (typoKeys[i] ? { key: d.key, want: d.want, have: `${typoKeys[i]}=${d.want}` } : d));
    // The same labels on many replicas make one line: keep the first Pod of each label set.
    const sig = JSON.stringify(shown);
    if (seen.has(sig)) continue;
    seen.add(sig);
    out.push({
      pod: p.template ? `${p.template.kind.toLowerCase()}/${p.template.name}` : `pod/${p.metadata.name}`,
      differences: shown,
      score: diffs.length - (close ? 0.5 : 0),
    });
  }
  return out
    .sort((a, b) => a.score - b.score)
    .slice(0, max)
    .map(({ score: _s, ...m }) => m);
}
