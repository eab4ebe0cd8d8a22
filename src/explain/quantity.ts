// Kubernetes resource quantities ("100m", "64Mi", "1k", "1.5Gi") as numbers, and back to short text.
// Pure. CPU is counted in cores, memory and storage in bytes, everything else as a plain number.
const SUFFIX: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

export function parseQuantity(q: string | number | undefined): number | undefined {
  if (q === undefined) return undefined;
  if (typeof q === 'number') return q;
  const m = /^([+-]?[0-9.]+)(?:[eE]([+-]?\d+))?([a-zA-Z]*)$/.exec(q.trim());
  if (!m) return undefined;
  const mult = SUFFIX[m[3] ?? ''];
  if (mult === undefined) return undefined;
  return Number(m[1]) * 10 ** Number(m[2] ?? 0) * mult;
}

/** A number of the resource as short text: cores as "150m"/"2", bytes as "96Mi"/"1.5Gi". */
export function formatQuantity(resource: string, n: number): string {
  if (/cpu$/.test(resource)) return n < 1 && n > 0 ? `${Math.round(n * 1000)}m` : `${+n.toFixed(3)}`;
  if (/memory$|storage$/.test(resource)) {
    for (const [s, v] of [
      ['Ti', 2 ** 40],
      ['Gi', 2 ** 30],
      ['Mi', 2 ** 20],
      ['Ki', 2 ** 10],
    ] as const) {
      if (n >= v) return `${+(n / v).toFixed(1)}${s}`;
    }
    return `${n}`;
  }
  return `${+n.toFixed(2)}`;
}

/** Used as a percentage of hard, rounded; undefined when hard is 0 or unparseable. */
export function percent(used: string | undefined, hard: string | undefined): number | undefined {
  const u = parseQuantity(used ?? '0');
  const h = parseQuantity(hard);
  if (u === undefined || !h) return undefined;
  return Math.round((u / h) * 100);
}
