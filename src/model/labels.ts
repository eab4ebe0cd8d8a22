// Equality-based label maps (a Service's selector, a List's labelSelector query). Pure.

/** {app: web, tier: fe} → "app=web,tier=fe" (a labelSelector query). */
export const formatLabels = (sel: Record<string, string>) =>
  Object.entries(sel)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** A map selector (every key equal) against an object's labels. */
export const mapSelects = (sel: Record<string, string>, labels: Record<string, string> = {}) =>
  Object.entries(sel).every(([k, v]) => labels[k] === v);
