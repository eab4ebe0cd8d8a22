import type { DocRef } from './docs.js';

export type Severity = 'ok' | 'info' | 'warning' | 'error';

/** One observation about an object. `concept` is a key of the concept catalog (src/docs). */
export interface Finding {
  id: string;
  concept: string;
  severity: Severity;
  title: string;
  detail: string;
  docs: DocRef[];
}

export interface Verdict {
  severity: Severity;
  text: string;
}
