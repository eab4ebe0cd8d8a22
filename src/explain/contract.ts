// The one explainer contract. A kind's explainer declares what it needs read (pure), and explains
// the snapshot the plan executor (src/cluster/plan-executor.ts) read for it (pure), returning
// Messages that renderers say in the user's language. Registered once in ./registry.ts.
import type { ExplanationModel } from '../model/explanation.js';
import type { KubeObject } from '../model/kube.js';
import type { ReadPlan, Snapshot } from '../model/read-plan.js';

export interface Explainer {
  /** API group ('' for the core group) and kind, as the API serves them. */
  group: string;
  kind: string;
  /** Requests at most, the target included; reads past it are skipped (and listed in snapshot.skipped). */
  budget?: number;
  /** What to read besides the target, most useful first. */
  reads(target: KubeObject, namespace: string): ReadPlan;
  /**
   * Reads that depend on what was read (e.g. all Pods only when a selector matched none): called
   * after each round with the snapshot so far; keys already read are not read again. Optional.
   */
  next?(snap: Snapshot): ReadPlan;
  explain(snap: Snapshot): ExplanationModel;
}
