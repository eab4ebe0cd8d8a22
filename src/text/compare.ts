// Sort order for text that is not shown to be read in a dictionary's order: timestamps, keys, names.
// String.prototype.localeCompare makes an ICU collator on its first call, ~6 ms of a run's CPU on Node
// 20 (explain deploy's events, every docs query's ranking); UTF-16 code-unit order is what kubectl
// (Go's sort.Strings, byte order) gives for ASCII, and ISO timestamps sort by it as by time.

/** -1, 0 or 1 by UTF-16 code units, for Array.prototype.sort. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
