// The pure part of a check report, shared by `kubexplain check` and the TUI's Problems view: which
// scanned objects are judged, and explained objects → grouped problems → annotated, counted report.
// Reading the cluster and running each explainer stay in commands/ (they need src/cluster).
import { annotate } from '../docs/annotate.js';
import type { DocIndex } from '../docs/types.js';
import type { Lang } from '../i18n/lang.js';
import type { CheckReport, Problem } from '../model/check.js';
import { type Severity } from '../model/finding.js';
import type { KubeObject } from '../model/kube.js';
import { groupProblems, type Explained } from './group.js';

/** Kinds whose objects are explained and judged; the rest of the scan is what they refer to. */
export const CHECKED_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Service',
  'Ingress',
  'PersistentVolumeClaim',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Namespace',
  'Gateway',
  'HTTPRoute',
  'GRPCRoute',
  // A key the Pods require and the object lacks: joins the Pods' problem (group.ts).
  'ConfigMap',
  'Secret',
];

const keyOf = (o: KubeObject) => `${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;

/** The scanned objects judged on their own: ReplicaSets only without a scanned owner (a Deployment's are judged through it). */
export function checkSubjects(objects: readonly KubeObject[], kinds: readonly string[] = CHECKED_KINDS): KubeObject[] {
  const checked = new Set(kinds);
  const scanned = new Set(objects.map(keyOf));
  return objects.filter((o) => {
    if (!o.kind || !checked.has(o.kind)) return false;
    if (o.kind !== 'ReplicaSet') return true;
    const owners = (o.metadata as { ownerReferences?: { kind: string; name: string }[] } | undefined)?.ownerReferences ?? [];
    return !owners.some((r) => scanned.has(`${r.kind}/${o.metadata?.namespace ?? ''}/${r.name}`));
  });
}

export interface ReportContext {
  scope: CheckReport['scope'];
  objects: number;
  requests: number;
  /** Already said in `lang`. */
  warnings: string[];
  docs: DocIndex;
  lang: Lang;
}

/** Problems (worst first) → the report: each problem annotated once (its cause is taught where its concept is), counted. */
export function finishReport(problems: Problem[], c: ReportContext): CheckReport {
  const annotated = annotate(
    problems.map((p) => ({ id: p.code, concept: p.concept, severity: p.severity, title: p.cause, detail: '', docs: [] })),
    c.docs,
    c.lang,
  );
  problems.forEach((p, i) => (p.docs = annotated[i]?.docs ?? []));
  const count = (sev: Severity) => problems.filter((p) => p.severity === sev).length;
  return {
    kind: 'CheckReport',
    scope: c.scope,
    summary: { error: count('error'), warning: count('warning'), info: count('info'), objects: c.objects, requests: c.requests },
    problems,
    warnings: c.warnings,
  };
}

/** Every judged object explained → the grouped, annotated report. */
export function reportFromExplained(explained: readonly Explained[], objects: readonly KubeObject[], c: ReportContext): CheckReport {
  return finishReport(groupProblems(explained, objects), c);
}
