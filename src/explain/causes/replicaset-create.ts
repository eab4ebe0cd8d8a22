// Why a controller could not create Pods: the ReplicaSet's (or Job's, StatefulSet's, DaemonSet's)
// FailedCreate events and ReplicaFailure condition, classified with the exact object the API server
// named: an exceeded ResourceQuota (which resources, used/limited), a quota that requires limits or
// requests, a missing ServiceAccount, an admission webhook's denial, a LimitRange violation, the
// namespace's Pod Security level. Pure.

import { compareText } from '../../text/compare.js';

export type CreateFailure =
  | { kind: 'quota-exceeded'; quota: string; resources: { resource: string; requested?: string; used?: string; limited?: string }[] }
  /** The quota tracks these (limits.cpu, requests.memory…) and the named containers set none. */
  | { kind: 'quota-must-specify'; quota: string; resources: string[]; containers: string[] }
  | { kind: 'serviceaccount-missing'; serviceAccount: string }
  | { kind: 'webhook-denied'; webhook: string; reason: string }
  | { kind: 'policy-denied'; policy: string; reason: string }
  | { kind: 'limitrange'; detail: string }
  /** PodSecurity admission: the enforced `level:version` and each check the Pod fails, as the API server words it. */
  | { kind: 'pod-security'; level: string; checks: { name: string; text: string }[] }
  | { kind: 'other'; message: string };

/**
 * Classifies one FailedCreate message, e.g. `Error creating: pods "web-7c5d-x" is forbidden: exceeded
 * quota: compute, requested: limits.cpu=2, used: limits.cpu=3, limited: limits.cpu=4`.
 */
export function classifyCreateFailure(message: string): CreateFailure {
  const quota = /exceeded quota: ([^,]+), requested: (\S+), used: (\S+), limited: (\S+)/.exec(message);
  if (quota) {
    const kv = (s: string) => Object.fromEntries(s.split(',').map((p) => p.split('=') as [string, string]));
    const req = kv(quota[2]!);
    const used = kv(quota[3]!);
    const lim = kv(quota[4]!);
    return {
      kind: 'quota-exceeded',
      quota: quota[1]!.trim(),
      resources: Object.keys(req).map((resource) => ({ resource, requested: req[resource], used: used[resource], limited: lim[resource] })),
    };
  }
  // v1.36: "must specify limits.cpu for: app; limits.memory for: app"; before: "must specify limits.cpu,limits.memory".
  const must = /failed quota: ([^:]+): must specify (.+)$/m.exec(message);
  if (must) {
    const resources = new Set<string>();
    const containers = new Set<string>();
    for (const item of must[2]!.split(/[;,]\s*/)) {
      const m = /^\s*([a-z.\-/]+)(?: for: (.+))?$/.exec(item);
      if (!m) continue;
      resources.add(m[1]!);
      for (const c of (m[2] ?? '').split(/\s+/).filter(Boolean)) containers.add(c);
    }
    return { kind: 'quota-must-specify', quota: must[1]!.trim(), resources: [...resources], containers: [...containers] };
  }
  // pod-security-admission: `violates PodSecurity "restricted:latest": CHECK (DETAIL), CHECK (DETAIL)`.
  const pss = /violates PodSecurity "([^"]+)": ([\s\S]*)$/.exec(message);
  if (pss) return { kind: 'pod-security', level: pss[1]!, checks: topLevelItems(pss[2]!.trim()) };
  const sa =
    /error looking up service account [^/\s]+\/([^:\s]+): serviceaccount "[^"]+" not found|serviceaccounts? "([^"]+)" not found/.exec(
      message,
    );
  if (sa) return { kind: 'serviceaccount-missing', serviceAccount: sa[1] ?? sa[2]! };
  const vap = /ValidatingAdmissionPolicy '([^']+)' with binding '[^']*' denied request: ([\s\S]*)$/.exec(message);
  if (vap) return { kind: 'policy-denied', policy: vap[1]!, reason: vap[2]!.trim() };
  const hook = /admission webhook "([^"]+)" denied the request:?\s*([\s\S]*)$/.exec(message);
  if (hook) return { kind: 'webhook-denied', webhook: hook[1]!, reason: hook[2]!.trim() };
  const lr =
    /(maximum|minimum) (cpu|memory|ephemeral-storage) usage per (Container|Pod) is [^\n]+|(cpu|memory|ephemeral-storage) max limit to request ratio per (Container|Pod) is [^\n]+|must be less than or equal to (cpu|memory) limit/.exec(
      message,
    );
  if (lr) return { kind: 'limitrange', detail: lr[0] };
  return { kind: 'other', message };
}

/** `a (x, y), b (z)` → its items split on the commas outside parentheses and quotes, each with its name (the part before ` (`). */
function topLevelItems(text: string): { name: string; text: string }[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quote = !quote;
    else if (!quote && ch === '(') depth++;
    else if (!quote && ch === ')') depth = Math.max(0, depth - 1);
    else if (!quote && depth === 0 && ch === ',') {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ name: t.replace(/\s*\([\s\S]*$/, ''), text: t }));
}

/**
 * The newest FailedCreate among `events` (already those of the object), classified; undefined when
 * none, or when a Pod was created after it (the failure is over: a quota was raised, a ServiceAccount
 * created). `pods` are the owner's Pods.
 */
export function createFailure(
  events: readonly { reason?: string; message?: string; lastTimestamp?: string; eventTime?: string }[] | undefined,
  pods: readonly { metadata: { name: string; creationTimestamp?: string } }[] = [],
): (CreateFailure & { message: string }) | undefined {
  const at = (e: { lastTimestamp?: string; eventTime?: string }) => e.lastTimestamp ?? e.eventTime ?? '';
  const failed = (events ?? []).filter((e) => e.reason === 'FailedCreate').sort((a, b) => compareText(at(a), at(b)));
  const last = failed.at(-1);
  if (!last?.message) return undefined;
  const newest = pods.reduce((m, p) => ((p.metadata.creationTimestamp ?? '') > m ? (p.metadata.creationTimestamp ?? '') : m), '');
  if (newest && newest >= at(last)) return undefined;
  // A StatefulSet names the Pod it failed to create: if that Pod exists now, the failure is over.
  const named = /Create Pod (\S+) in StatefulSet/.exec(last.message)?.[1];
  if (named && pods.some((p) => p.metadata.name === named)) return undefined;
  return { ...classifyCreateFailure(last.message), message: last.message };
}
