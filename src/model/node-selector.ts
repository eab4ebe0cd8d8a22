// Node selectors, one copy beside labels.ts (pure): a Pod's nodeSelector and required node affinity, a
// PersistentVolume's node affinity, a DaemonSet's template. The semantics of
// k8s.io/component-helpers/scheduling/corev1/nodeaffinity: terms are ORed, the requirements of a term
// ANDed; an empty term selects nothing; a term with an invalid requirement selects nothing; Gt and Lt
// compare base-10 int64 values, and a label that does not parse as one never matches.
import { formatLabels, mapSelects } from './labels.js';

export interface NodeSelectorRequirement {
  key: string;
  operator: string;
  values?: readonly string[] | null;
}

export interface NodeSelectorTerm {
  matchExpressions?: readonly NodeSelectorRequirement[] | null;
  matchFields?: readonly NodeSelectorRequirement[] | null;
}

/** The parts of a Node a selector reads. */
export interface NodeLabelsAndName {
  metadata?: { name?: string; labels?: Readonly<Record<string, string>> | null };
}

/** The parts of a Pod spec (or a Pod template's spec) that pick its nodes. */
export interface NodePlacement {
  nodeSelector?: Readonly<Record<string, string>> | null;
  affinity?: { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: readonly NodeSelectorTerm[] } } };
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** strconv.ParseInt(s, 10, 64): an optional sign and decimal digits, within int64; undefined otherwise. */
export function parseInt64(s: string | undefined): bigint | undefined {
  if (s === undefined || !/^[+-]?\d+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n < INT64_MIN || n > INT64_MAX ? undefined : n;
}

/** Whether labels.NewRequirement accepts the requirement (value counts, integer Gt/Lt); keys are not re-validated. */
function valid(r: NodeSelectorRequirement): boolean {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
    case 'NotIn':
      return values.length > 0;
    case 'Exists':
    case 'DoesNotExist':
      return values.length === 0;
    case 'Gt':
    case 'Lt':
      return values.length === 1 && parseInt64(values[0]) !== undefined;
    default:
      return false;
  }
}

/** One valid requirement against a node's labels (labels.Requirement.Matches). */
function holds(r: NodeSelectorRequirement, labels: Readonly<Record<string, string>>): boolean {
  const present = Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = present ? labels[r.key] : undefined;
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return present && values.includes(value!);
    case 'NotIn':
      return !present || !values.includes(value!);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    default: {
      const have = parseInt64(value);
      const want = parseInt64(values[0])!;
      if (have === undefined) return false;
      return r.operator === 'Gt' ? have > want : have < want;
    }
  }
}

/**
 * matchFields: only `metadata.name` is a node field, with In or NotIn and exactly one value. A node
 * without a name passes, as upstream skips field selectors on an empty field set.
 */
function fieldHolds(r: NodeSelectorRequirement, name: string | undefined): boolean | null {
  const values = r.values ?? [];
  if ((r.operator !== 'In' && r.operator !== 'NotIn') || values.length !== 1) return null;
  if (!name) return true;
  const field = r.key === 'metadata.name' ? name : '';
  return r.operator === 'In' ? field === values[0] : field !== values[0];
}

/** One NodeSelectorTerm against a node: every expression and every field requirement holds. */
export function nodeSelectorTermMatches(term: NodeSelectorTerm, node: NodeLabelsAndName): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (!exprs.length && !fields.length) return false;
  if (!exprs.every(valid)) return false;
  const labels = node.metadata?.labels ?? {};
  if (!exprs.every((r) => holds(r, labels))) return false;
  const checked = fields.map((r) => fieldHolds(r, node.metadata?.name));
  return !checked.includes(null) && checked.every(Boolean);
}

/** nodeSelectorTerms, ORed. An empty list selects no node. */
export const nodeSelectorMatches = (terms: readonly NodeSelectorTerm[], node: NodeLabelsAndName): boolean =>
  terms.some((t) => nodeSelectorTermMatches(t, node));

/** A Pod's nodeSelector and required node affinity against a node, as the scheduler's NodeAffinity filter and the DaemonSet controller judge it. */
export function placementAllows(spec: NodePlacement, node: NodeLabelsAndName): boolean {
  if (!mapSelects(spec.nodeSelector ?? {}, node.metadata?.labels ?? {})) return false;
  const required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  return !required || nodeSelectorMatches(required.nodeSelectorTerms ?? [], node);
}

/** The required node affinity terms of a Pod spec, or none. */
export const requiredTerms = (spec: NodePlacement): readonly NodeSelectorTerm[] =>
  spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];

/** `zone In (a,b)`, `gpu Exists`, `cores Gt (8)`: one requirement as this tool prints it. */
export const requirementText = (r: NodeSelectorRequirement): string =>
  r.operator === 'Exists' || r.operator === 'DoesNotExist'
    ? `${r.key} ${r.operator}`
    : `${r.key} ${r.operator} (${(r.values ?? []).join(',')})`;

/** A term's requirements joined by "and" (fields included); '' for an empty term. */
export const termText = (t: NodeSelectorTerm): string =>
  [...(t.matchExpressions ?? []), ...(t.matchFields ?? [])].map(requirementText).join(' and ');

/** `disktype=ssd, zone In (a) or gpu Exists`: a Pod spec's nodeSelector, then its required terms ORed. */
export function placementText(spec: NodePlacement): string {
  const terms = requiredTerms(spec).map(termText).filter(Boolean);
  return [
    ...(spec.nodeSelector ? [formatLabels(spec.nodeSelector)] : []).filter(Boolean),
    ...(terms.length ? [terms.join(' or ')] : []),
  ].join(', ');
}
