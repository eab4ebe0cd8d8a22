// Findings → problems grouped by root cause. Every object was explained by its own explainer on
// the shared snapshot; here a cause shared by many objects becomes one problem listing them: the
// Pods of a workload roll up to it (and the workload's own verdict, a symptom of its Pods, is not
// counted again), a Service whose selected Pods have a problem joins that problem, and Pods with the
// same cause in different workloads (one missing ConfigMap) are one problem. Pure.
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity } from '../model/finding.js';
import { SEVERITY_RANK } from '../model/finding.js';
import type { KubeObject } from '../model/kube.js';
import type { AffectedObject, Problem } from '../model/check.js';
import type { Pod } from '../model/pod.js';
import type { Ref } from '../model/ref.js';
import { referencedObjects } from '../explain/pod-refs.js';
import { compareText } from '../text/compare.js';

export interface Explained {
  object: KubeObject;
  explanation: Explanation;
}

const keyOf = (r: { kind?: string; metadata?: { name?: string; namespace?: string } }) =>
  `${r.kind}/${r.metadata?.namespace ?? ''}/${r.metadata?.name ?? ''}`;
const refKey = (r: Ref) => `${r.kind}/${r.namespace ?? ''}/${r.name}`;
const refOf = (o: KubeObject): Ref => ({
  kind: o.kind ?? '',
  name: o.metadata?.name ?? '',
  ...(o.metadata?.namespace ? { namespace: o.metadata.namespace } : {}),
});

type OwnerRef = { kind: string; name: string; controller?: boolean };
const ownerRefs = (o: KubeObject) => (o.metadata as { ownerReferences?: OwnerRef[] } | undefined)?.ownerReferences ?? [];

/** The outermost controller of an object among the scanned ones (Pod → ReplicaSet → Deployment; Job → CronJob). */
export function topOwner(o: KubeObject, byKey: ReadonlyMap<string, KubeObject>): KubeObject {
  let cur = o;
  for (let i = 0; i < 5; i++) {
    const ref = ownerRefs(cur).find((r) => r.controller) ?? ownerRefs(cur)[0];
    const next = ref && byKey.get(`${ref.kind}/${cur.metadata?.namespace ?? ''}/${ref.name}`);
    if (!next) break;
    cur = next;
  }
  return cur;
}

/**
 * A Pod that failed as one attempt of a Job that then completed (backoffLimit retried it): history, not a
 * problem. The kubelet's failure stays on the Pod, and explain pod still says it; check does not count it.
 */
function retriedAndCompleted(pod: KubeObject, byKey: ReadonlyMap<string, KubeObject>): boolean {
  if ((pod.status as { phase?: string } | undefined)?.phase !== 'Failed') return false;
  const ref = ownerRefs(pod).find((r) => r.kind === 'Job');
  const job = ref && byKey.get(`Job/${pod.metadata?.namespace ?? ''}/${ref.name}`);
  const conditions = (job?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? [];
  return conditions.some((c) => c.type === 'Complete' && c.status === 'True');
}

/** Does the verdict quote this finding? A hop's title is "from → to: title", and a verdict says both parts, in either order of words. */
const quotes = (verdict: string, title: string) => {
  const cut = title.indexOf(': ');
  return cut > 0 ? verdict.includes(title.slice(0, cut)) && verdict.includes(title.slice(cut + 2)) : !!title && verdict.includes(title);
};

/** The finding that carries the verdict's cause: the one it quotes, else the first one as severe as the verdict. */
export function causeFinding(e: Explanation): Finding | undefined {
  const same = e.findings.filter((f) => f.severity === e.verdict.severity);
  // A trace's verdict quotes its cause hop, which is not always the first broken one (an empty
  // EndpointSlice is broken too, as a consequence of the selector): the problem cites the one quoted.
  return (
    same.find((f) => quotes(e.verdict.text, f.title)) ??
    same[0] ??
    e.findings.find((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning)
  );
}

/** "Cause — next step" as the verdicts are written; the own name of the object is masked so equal causes group. */
function splitVerdict(text: string): { cause: string; fix: string } {
  const cut = text.lastIndexOf(' — ');
  return cut < 0 ? { cause: text, fix: '' } : { cause: text.slice(0, cut), fix: text.slice(cut + 3) };
}

/**
 * The cause with the object's own name masked where it stands as a name (not inside a longer one:
 * `migrate` is masked in "Job migrate" and kept in "migrate-x7k2p"), so equal causes group, and a
 * problem of several objects does not name only the first.
 */
function maskName(text: string, name: string): string {
  if (!name) return text;
  return text.replace(new RegExp(`(?<![\\w.-])${name.replace(/[.]/g, '\\.')}(?![\\w-])`, 'g'), '…');
}

const selectorMatches = (sel: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!sel && Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => labels?.[k] === v);

// src/explain/pod-dns.ts: its last detail line is the egress rule to add.
const DNS_BLOCKED = 'pod.dns.blocked';
const dnsProblem = (f: Finding): Problem => ({
  code: f.concept,
  severity: f.severity,
  cause: f.title,
  fix: f.detail.split('\n').at(-1) ?? '',
  concept: f.concept,
  affected: [],
  docs: f.docs,
});

const GATEWAY_API = new Set(['Gateway', 'HTTPRoute', 'GRPCRoute']);

/** The least severe verdict that is a problem: anything milder is never grouped, so callers need not say it. */
export const PROBLEM_SEVERITY: Severity = 'warning';

export function groupProblems(
  items: readonly Explained[],
  objects: readonly KubeObject[],
  minimum: Severity = PROBLEM_SEVERITY,
): Problem[] {
  const byKey = new Map(objects.map((o) => [keyOf(o), o] as const));
  const bad = items.filter((i) => SEVERITY_RANK[i.explanation.verdict.severity] >= SEVERITY_RANK[minimum]);
  // masked: the cause with the first object's own name masked, said once the cause is several objects' (named: how many).
  const groups = new Map<string, { problem: Problem; seen: Set<string>; masked?: string; named: number }>();
  const podGroup = new Map<string, string>(); // Pod key → group key
  const ownersWithBadPods = new Set<string>();

  const add = (groupKey: string, make: () => Problem, affected: AffectedObject, countPod: boolean, masked?: string) => {
    let g = groups.get(groupKey);
    if (!g) groups.set(groupKey, (g = { problem: make(), seen: new Set(), ...(masked ? { masked } : {}), named: 0 }));
    if (masked !== undefined) g.named++;
    const k = refKey(affected);
    if (!g.seen.has(k)) {
      g.seen.add(k);
      g.problem.affected.push({ ...affected, ...(countPod ? { pods: 0 } : {}) });
    }
    const entry = g.problem.affected.find((a) => refKey(a) === k)!;
    if (countPod) entry.pods = (entry.pods ?? 0) + 1;
  };

  const problemOf = (i: Explained, f: Finding | undefined): Problem => {
    const { cause, fix } = splitVerdict(i.explanation.verdict.text);
    return {
      code: f?.concept ?? 'unknown',
      severity: i.explanation.verdict.severity,
      cause,
      fix,
      concept: f?.concept ?? 'unknown',
      affected: [],
      docs: f?.docs ?? [],
    };
  };

  // 1. Pods: one group per cause, affecting their outermost owner.
  for (const i of bad.filter((x) => x.object.kind === 'Pod')) {
    if (retriedAndCompleted(i.object, byKey)) continue;
    const f = causeFinding(i.explanation);
    const own = i.object.metadata?.name ?? '';
    const text = maskName(splitVerdict(i.explanation.verdict.text).cause, own);
    const owner = topOwner(i.object, byKey);
    const gk = `${f?.concept}|${text}`;
    podGroup.set(keyOf(i.object), gk);
    if (owner !== i.object) ownersWithBadPods.add(keyOf(owner));
    add(gk, () => problemOf(i, f), refOf(owner), owner !== i.object, text);
    // A failing Pod whose DNS the NetworkPolicies block: a possible root cause in other objects, its own
    // problem (the Pods blocked by the same policies as one), so check shows it and its fix.
    const dns = i.explanation.findings.find((x) => x.id === DNS_BLOCKED);
    if (dns) add(`${dns.concept}|${dns.title}`, () => dnsProblem(dns), refOf(owner), owner !== i.object);
  }
  // 2. Services whose selected Pods have a problem join it; workloads whose Pods have one are not counted twice.
  const badKeys = new Set(bad.map((x) => keyOf(x.object)));
  for (const i of bad.filter((x) => x.object.kind !== 'Pod')) {
    if (ownersWithBadPods.has(keyOf(i.object))) continue;
    // A Job of a CronJob that has a problem: the CronJob's verdict quotes its Job, so the Job is not counted again.
    if (
      i.object.kind === 'Job' &&
      ownerRefs(i.object).some((r) => r.kind === 'CronJob' && badKeys.has(`CronJob/${i.object.metadata?.namespace ?? ''}/${r.name}`))
    )
      continue;
    if (i.object.kind === 'Service') {
      const sel = (i.object.spec as { selector?: Record<string, string> } | undefined)?.selector;
      const ns = i.object.metadata?.namespace;
      const joined = objects
        .filter((o) => o.kind === 'Pod' && o.metadata?.namespace === ns)
        .map((p) => (selectorMatches(sel, p.metadata?.labels as Record<string, string> | undefined) ? podGroup.get(keyOf(p)) : undefined))
        .find((g) => g !== undefined);
      if (joined) {
        add(joined, () => problemOf(i, causeFinding(i.explanation)), refOf(i.object), false);
        continue;
      }
    }
    // A ConfigMap or Secret that lacks a key its Pods require is the same cause the Pods report: it joins
    // their problem (only one of the same concept, not whatever else those Pods suffer from).
    if (i.object.kind === 'ConfigMap' || i.object.kind === 'Secret') {
      const f = causeFinding(i.explanation);
      const name = i.object.metadata?.name ?? '';
      const ns = i.object.metadata?.namespace;
      const joined = objects
        .filter((o) => o.kind === 'Pod' && o.metadata?.namespace === ns)
        .filter((p) => {
          const refs = referencedObjects(p as unknown as Pod);
          return (i.object.kind === 'ConfigMap' ? refs.configMaps : refs.secrets).includes(name);
        })
        .map((p) => podGroup.get(keyOf(p)))
        .find((g) => g?.startsWith(`${f?.concept}|`));
      if (joined) {
        add(joined, () => problemOf(i, f), refOf(i.object), false);
        continue;
      }
    }
    // Objects of one kind with the same cause (their own names masked) are one problem: 50 paused Deployments, one line.
    const f = causeFinding(i.explanation);
    const own = i.object.metadata?.name ?? '';
    const text = maskName(splitVerdict(i.explanation.verdict.text).cause, own);
    // A Gateway and its routes share what breaks the Gateway (its class): one problem, all of them affected.
    const kindKey = GATEWAY_API.has(i.object.kind ?? '') ? 'gateway.networking.k8s.io' : i.object.kind;
    add(`${kindKey}|${f?.concept}|${text}`, () => problemOf(i, f), refOf(i.object), false, text);
  }
  return [...groups.values()]
    .map((g) => (g.masked && g.named > 1 ? { ...g.problem, cause: g.masked } : g.problem))
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.affected.length - a.affected.length || compareText(a.cause, b.cause),
    );
}
