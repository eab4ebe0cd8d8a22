// Building blocks of a trace: a hop (with the fix that becomes the verdict when it is broken) and
// a note (a finding that shapes the route without being a step of it).
import type { Finding, Severity } from '../model/finding.js';
import type { Hop, HopStatus } from '../model/trace.js';

/** A hop under construction: the fix, when broken, becomes the verdict. */
export interface HopDraft extends Hop {
  fix?: string;
}

const SEVERITY: Record<HopStatus, Severity> = { ok: 'ok', warning: 'warning', broken: 'error' };

export function hop(
  from: string,
  to: string,
  status: HopStatus,
  id: string,
  concept: string,
  title: string,
  detail: string,
  fix?: string,
  severity?: Severity,
): HopDraft {
  const full = fix ? `${detail}\n${fix}` : detail;
  return {
    from,
    to,
    status,
    finding: { id, concept, severity: severity ?? SEVERITY[status], title, detail: full, docs: [] },
    ...(fix ? { fix } : {}),
  };
}

export const note = (id: string, concept: string, severity: Severity, title: string, detail: string): Finding => ({
  id,
  concept,
  severity,
  title,
  detail,
  docs: [],
});
