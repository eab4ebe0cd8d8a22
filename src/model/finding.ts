import type { DocRef } from './docs.js';
import type { Message } from './message.js';

export type Severity = 'ok' | 'info' | 'warning' | 'error';

/** One observation about an object. `concept` is a key of the concept catalog (src/docs). */
export interface Finding {
  id: string;
  concept: string;
  severity: Severity;
  title: string;
  detail: string;
  docs: DocRef[];
  /**
   * The case's own words that say what this finding is about beyond its concept: the reason
   * (ImagePullBackOff), the probe type, the resource or key name. Documents are ranked with the
   * concept's words plus these. Optional; not part of the rendered output.
   */
  terms?: string[];
}

export interface Verdict {
  severity: Severity;
  text: string;
}

/** A finding before it is said: title and detail lines are Messages. */
export interface FindingModel {
  id: string;
  /** The precise concept key of the catalog (src/docs/catalog.ts) the finding is about. */
  concept: string;
  severity: Severity;
  title: Message;
  detail: readonly Message[];
  /** The case's own words (a reason, a probe type, a resource name): extra query terms for annotation. */
  terms?: readonly string[];
  docs: DocRef[];
}

/** The one Finding constructor. */
export const finding = (
  id: string,
  concept: string,
  severity: Severity,
  title: Message,
  detail: readonly Message[] = [],
  terms?: readonly string[],
): FindingModel => ({ id, concept, severity, title, detail, ...(terms?.length ? { terms } : {}), docs: [] });

export const SEVERITY_RANK: Record<Severity, number> = { ok: 0, info: 1, warning: 2, error: 3 };
export const worseSeverity = (a: Severity, b: Severity): Severity => (SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b);
