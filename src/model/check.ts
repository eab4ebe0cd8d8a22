// The result of `kubexplain check`: problems grouped by root cause, worst first. JSON schema:
// docs/check-report.schema.json; the README documents it.
import type { DocRef } from './docs.js';
import type { Severity } from './finding.js';
import type { Ref } from './ref.js';

export interface AffectedObject extends Ref {
  /** How many Pods of this object share the problem (workloads), when Pods were counted. */
  pods?: number;
}

export interface Problem {
  /** Stable code for CI filters: the concept key of the finding that names the cause (documented, never renamed). */
  code: string;
  severity: Severity;
  /** The cause in one line, in the chosen language. */
  cause: string;
  /** One concrete next step. */
  fix: string;
  concept: string;
  /** The objects the problem breaks, the one it was first seen on first. */
  affected: AffectedObject[];
  docs: DocRef[];
}

export interface CheckReport {
  kind: 'CheckReport';
  scope: { namespace: string | null; allNamespaces: boolean; labelSelector: string | null };
  summary: { error: number; warning: number; info: number; objects: number; requests: number };
  problems: Problem[];
  warnings: string[];
}
