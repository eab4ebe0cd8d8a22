// Label selectors, one copy for the whole tool (pure): equality maps (a Service's selector),
// metav1.LabelSelector (matchLabels + matchExpressions: Deployments, NetworkPolicies, PDBs, RBAC
// aggregation), their set-based string form (a List's labelSelector query, and how we print them),
// and that string form parsed back (manifest and in-memory readers answer list queries with it).

export interface SelectorRequirement {
  key: string;
  operator: string;
  values?: readonly string[] | null;
}

export interface LabelSelector {
  matchLabels?: Readonly<Record<string, string>> | null;
  matchExpressions?: readonly SelectorRequirement[] | null;
}

type Labels = Readonly<Record<string, string>>;
const has = (labels: Labels, key: string) => Object.prototype.hasOwnProperty.call(labels, key);

/** {app: web, tier: fe} → "app=web,tier=fe" (a labelSelector query). */
export const formatLabels = (sel: Labels) =>
  Object.entries(sel)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** A map selector (every key equal) against an object's labels. */
export const mapSelects = (sel: Labels, labels: Labels = {}) => Object.entries(sel).every(([k, v]) => labels[k] === v);

/** One requirement of a LabelSelector; null for an operator the API does not know. */
function requirementHolds(e: SelectorRequirement, labels: Labels): boolean | null {
  const values = e.values ?? [];
  switch (e.operator) {
    case 'In':
      return has(labels, e.key) && values.includes(labels[e.key]!);
    case 'NotIn':
      return !has(labels, e.key) || !values.includes(labels[e.key]!);
    case 'Exists':
      return has(labels, e.key);
    case 'DoesNotExist':
      return !has(labels, e.key);
    default:
      return null;
  }
}

/**
 * metav1.LabelSelectorAsSelector semantics: an empty selector matches everything; NotIn and
 * DoesNotExist match objects without the key. null when an operator is invalid (the API server
 * and the controllers refuse such a selector).
 */
export function selectorAllows(sel: LabelSelector, labels: Labels = {}): boolean | null {
  if (!mapSelects(sel.matchLabels ?? {}, labels)) return false;
  for (const e of sel.matchExpressions ?? []) {
    const ok = requirementHolds(e, labels);
    if (ok !== true) return ok;
  }
  return true;
}

/** A namespace's labels as a selector sees them (kubernetes.io/metadata.name is always there; files rarely say so). */
export const namespaceLabelsOf = (ns: {
  metadata?: { name?: string; labels?: Readonly<Record<string, string>> };
}): Record<string, string> => ({
  'kubernetes.io/metadata.name': ns.metadata?.name ?? '',
  ...(ns.metadata?.labels ?? {}),
});

/** A selector with no requirement (absent or {}): it selects everything. */
export const isEmptySelector = (sel: LabelSelector | undefined | null): boolean =>
  !sel || (!Object.keys(sel.matchLabels ?? {}).length && !sel.matchExpressions?.length);

/** Whether the selector selects these labels; no selector selects everything, an invalid one nothing. */
export const selectorMatches = (sel: LabelSelector | undefined, labels: Labels = {}): boolean =>
  !sel || selectorAllows(sel, labels) === true;

/** The set-based string form: `app=web,tier in (fe,be),!canary,track` — a labelSelector query, and how we print one. */
export function selectorString(sel: LabelSelector | undefined | null): string {
  if (!sel) return '';
  const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel.matchExpressions ?? []) {
    if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator.toLowerCase()} (${(e.values ?? []).join(',')})`);
  }
  return parts.join(',');
}

/** One requirement of the string form, as the API server reads it. */
export interface Requirement {
  key: string;
  op: '=' | '!=' | 'exists' | '!exists' | 'in' | 'notin';
  values: string[];
}

/** Parses `a=b,c!=d,e,!f,g in (x,y),h notin (z)`; undefined when the text is not a selector. */
export function parseSelector(text: string): Requirement[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const out: Requirement[] = [];
  for (const p of parts.map((x) => x.trim()).filter(Boolean)) {
    let m = /^([^\s!=]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)$/.exec(p);
    if (m) out.push({ key: m[1]!, op: m[2] === '!=' ? '!=' : '=', values: [m[3]!] });
    else if ((m = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(p)))
      out.push({ key: m[1]!, op: m[2] as 'in' | 'notin', values: m[3]!.split(',').map((v) => v.trim()) });
    else if ((m = /^(!?)([^\s!=(),]+)$/.exec(p))) out.push({ key: m[2]!, op: m[1] ? '!exists' : 'exists', values: [] });
    else return undefined;
  }
  return out;
}

/** Parsed requirements against an object's labels (all must hold). */
export function requirementsMatch(reqs: readonly Requirement[], labels: Labels): boolean {
  return reqs.every((r) => {
    const v = labels[r.key];
    switch (r.op) {
      case '=':
        return has(labels, r.key) && v === r.values[0];
      case '!=':
        return !has(labels, r.key) || v !== r.values[0];
      case 'exists':
        return has(labels, r.key);
      case '!exists':
        return !has(labels, r.key);
      case 'in':
        return has(labels, r.key) && r.values.includes(v!);
      case 'notin':
        return !has(labels, r.key) || !r.values.includes(v!);
    }
  });
}
