// The cluster DNS zone: read from CoreDNS's Corefile (`kubernetes <zone> in-addr.arpa ip6.arpa {`)
// when the ConfigMap can be read, else the --cluster-domain flag, else cluster.local, marked
// assumed. Also reads the `pods` mode, which decides whether <ip>.<ns>.pod.<zone> is served.
import type { ClusterDomain, PodsMode } from '../model/dns.js';
export type { ClusterDomain, PodsMode } from '../model/dns.js';

export interface CorefileInfo {
  /** The first zone of the kubernetes plugin that is not a reverse zone. */
  zone?: string;
  podsMode: PodsMode;
}

const REVERSE = /(^|\.)(in-addr|ip6)\.arpa\.?$/;

/** Parses a Corefile; undefined when it has no kubernetes plugin. */
export function parseCorefile(text: string): CorefileInfo | undefined {
  const lines = text.split('\n').map((l) => l.replace(/#.*/, '').trim());
  let depth = 0;
  let serverZones: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // At depth 0 a line ending in "{" opens a server block named by its zones: ".:53 {".
    if (depth === 0 && line.endsWith('{')) {
      serverZones = line
        .slice(0, -1)
        .trim()
        .split(/\s+/)
        .map((z) => z.replace(/^dns:\/\//, '').replace(/:\d+$/, ''));
    }
    const m = depth === 1 ? /^kubernetes(?:\s+([^{]*?))?\s*(\{)?$/.exec(line) : null;
    depth += (line.match(/\{/g)?.length ?? 0) - (line.match(/\}/g)?.length ?? 0);
    if (!m) continue;
    const zones = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const candidates = (zones.length ? zones : serverZones).filter((z) => !REVERSE.test(z) && z !== '.');
    let podsMode: PodsMode = 'disabled';
    if (m[2]) {
      for (let j = i + 1; j < lines.length && lines[j] !== '}'; j++) {
        const pm = /^pods\s+(disabled|insecure|verified)$/.exec(lines[j]!);
        if (pm) podsMode = pm[1] as PodsMode;
      }
    }
    const zone = candidates[0]?.replace(/\.$/, '');
    return { ...(zone ? { zone } : {}), podsMode };
  }
  return undefined;
}

/** detected (Corefile) > --cluster-domain > cluster.local (assumed). */
export function chooseClusterDomain(corefile: string | undefined, flag: string | undefined): ClusterDomain {
  const info = corefile ? parseCorefile(corefile) : undefined;
  if (info?.zone) return { domain: info.zone, source: 'detected', podsMode: info.podsMode };
  if (flag) return { domain: flag.replace(/^\.|\.$/g, ''), source: 'flag', ...(info ? { podsMode: info.podsMode } : {}) };
  return { domain: 'cluster.local', source: 'assumed', ...(info ? { podsMode: info.podsMode } : {}) };
}
