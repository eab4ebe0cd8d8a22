// Small pure helpers shared by explainers: label selectors, event de-duplication.
import type { Event } from '../model/pod.js';
import { compareText } from '../text/compare.js';

// Equality map selectors: one copy in src/model/labels.ts.
export { formatLabels as formatSelector, mapSelects as matchesSelector } from '../model/labels.js';

export interface EventSummary {
  type: string;
  reason: string;
  message: string;
  count: number;
  last: string;
}

/** Groups events by reason+message, sums their counts, newest last. */
export function dedupeEvents(events: readonly Event[], max = 10): EventSummary[] {
  const byKey = new Map<string, EventSummary>();
  for (const e of events) {
    const key = `${e.reason ?? ''}\u0000${e.message ?? ''}`;
    const n = e.series?.count ?? e.count ?? 1;
    const last = e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '';
    const prev = byKey.get(key);
    if (prev) {
      prev.count += n;
      if (last > prev.last) prev.last = last;
    } else byKey.set(key, { type: e.type ?? 'Normal', reason: e.reason ?? '', message: (e.message ?? '').trim(), count: n, last });
  }
  return [...byKey.values()].sort((a, b) => compareText(a.last, b.last)).slice(-max);
}
