// English counting for the en catalogs, in one place: "1 Pod", "2 Pods", "0 Ingresses", "2 classes".
export type N = number | string;

/** A count and its noun, plural as English writes it (-es after s, x, ch, sh). */
export const n = (count: N, word: string) => `${count} ${word}${String(count) === '1' ? '' : /(s|x|ch|sh)$/.test(word) ? 'es' : 's'}`;
