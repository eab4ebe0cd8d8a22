// Which Ingress rule a URL reaches, with networking.k8s.io/v1 semantics: a rule's host is exact, or
// `*.suffix` matching exactly one more label (`*.foo.com` takes `bar.foo.com`, not `baz.bar.foo.com`
// nor `foo.com`), or absent (every host); an exact host wins over a wildcard over none. Paths: Exact
// is the whole path, case-sensitive; Prefix matches element by element split on `/` (`/api` takes
// `/api` and `/api/v2`, not `/apiv2`; a trailing slash is ignored); ImplementationSpecific is up to
// the controller (read as a plain string prefix, as ingress-nginx does). The longest matching path
// wins, then Exact over Prefix. No path matches: the defaultBackend of an Ingress serving the host,
// else of an Ingress without rules (the controller's catch-all). Every Ingress read takes part:
// which class's address the host resolves to is not known here. Pure.
import type { Ingress, IngressChoice } from '../model/routing.js';

type Path = NonNullable<IngressChoice['path']>;
export type { IngressChoice };

/** 2 exact, 1 wildcard, 0 a rule without host; -1 no match. */
export function ingressHostScore(ruleHost: string | undefined, host: string): number {
  if (!ruleHost) return 0;
  const p = ruleHost.toLowerCase();
  const h = host.toLowerCase();
  if (!p.startsWith('*.')) return p === h ? 2 : -1;
  const suffix = p.slice(1);
  return h.endsWith(suffix) && !h.slice(0, -suffix.length).includes('.') && h.length > suffix.length ? 1 : -1;
}

const elements = (path: string) => path.split('/').filter(Boolean);

/** How long the matched path is (higher wins), +0.5 for Exact; undefined when it does not match. */
export function ingressPathScore(p: Path, path: string): number | undefined {
  const value = p.path ?? '/';
  const type = p.pathType ?? 'ImplementationSpecific';
  if (type === 'Exact') return path === value ? value.length + 0.5 : undefined;
  if (type === 'Prefix') {
    const want = elements(value);
    const have = elements(path);
    return want.length <= have.length && want.every((e, i) => e === have[i]) ? value.length : undefined;
  }
  return path.startsWith(value) ? value.length : undefined;
}

const age = (i: Ingress) => Date.parse(i.metadata.creationTimestamp ?? '') || 0;
const key = (i: Ingress) => `${i.metadata.namespace ?? ''}/${i.metadata.name}`;
/** The older Ingress first, then by namespace/name (how controllers settle a conflict). */
const before = (a: Ingress, b: Ingress) => age(a) < age(b) || (age(a) === age(b) && key(a) < key(b));

export function selectIngressRule(ingresses: readonly Ingress[], host: string, path: string): IngressChoice | undefined {
  let best: { choice: IngressChoice; score: [number, number] } | undefined;
  for (const ing of ingresses)
    for (const rule of ing.spec?.rules ?? []) {
      const h = ingressHostScore(rule.host, host);
      if (h < 0) continue;
      for (const p of rule.http?.paths ?? []) {
        const s = ingressPathScore(p, path);
        if (s === undefined) continue;
        const score: [number, number] = [h, s];
        const wins =
          !best ||
          score[0] > best.score[0] ||
          (score[0] === best.score[0] && (score[1] > best.score[1] || (score[1] === best.score[1] && before(ing, best.choice.ingress))));
        if (wins) best = { choice: { ingress: ing, rule, path: p, backend: p.backend }, score };
      }
    }
  if (best) return best.choice;
  // No path: the default backend of an Ingress whose rules name the host, else of one without rules.
  const serving = ingresses.filter((i) => i.spec?.defaultBackend && servesHost(i, host));
  const catchAll = ingresses.filter((i) => i.spec?.defaultBackend && !(i.spec.rules ?? []).length);
  const ing = [...serving, ...catchAll][0];
  return ing ? { ingress: ing, backend: ing.spec!.defaultBackend! } : undefined;
}

/** Whether some rule of the Ingress names this host (exactly or by wildcard). */
export const servesHost = (i: Ingress, host: string) => (i.spec?.rules ?? []).some((r) => r.host && ingressHostScore(r.host, host) > 0);

/** The hosts the Ingresses name (for the nearest host of an unmatched URL). */
export const ingressHosts = (ingresses: readonly Ingress[]) => [
  ...new Set(ingresses.flatMap((i) => (i.spec?.rules ?? []).map((r) => r.host).filter((h): h is string => !!h))),
];

/** The rules that take this host, with their Ingress (a URL whose host matches but no path). */
export const rulesForHost = (ingresses: readonly Ingress[], host: string) =>
  ingresses.flatMap((ing) => (ing.spec?.rules ?? []).filter((r) => ingressHostScore(r.host, host) >= 0).map((rule) => ({ ing, rule })));

/** A wildcard host whose suffix the host has, but with more labels than the one it covers. */
export const wildcardTooDeep = (ingresses: readonly Ingress[], host: string) =>
  ingressHosts(ingresses).find((h) => h.startsWith('*.') && host.toLowerCase().endsWith(h.slice(1).toLowerCase()));
