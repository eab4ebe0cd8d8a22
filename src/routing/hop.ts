// Building blocks of a trace: a hop (with the fix that becomes the verdict when it is broken) and
// a note (a finding that shapes the route without being a step of it). Sentences stay Messages.
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { HopModel, HopStatus } from '../model/trace.js';

/** A hop under construction: the fix, when broken, becomes the verdict. */
export interface HopDraft extends HopModel {
  fix?: Message;
  /** An ok hop that holds only on a condition the trace cannot check (the client is one a NetworkPolicy admits): said in the verdict. */
  condition?: Message;
}

/** The hop as the model keeps it: the fix and the condition live in the verdict. */
export const hopModel = ({ fix: _f, condition: _c, ...h }: HopDraft): HopModel => h;

const SEVERITY: Record<HopStatus, Severity> = { ok: 'ok', warning: 'warning', broken: 'error' };

export function hop(
  from: string,
  to: string,
  status: HopStatus,
  id: string,
  concept: string,
  title: Message,
  detail: Message | readonly Message[],
  fix?: Message,
  severity?: Severity,
): HopDraft {
  const lines = Array.isArray(detail) ? (detail as readonly Message[]) : [detail as Message];
  return {
    from,
    to,
    status,
    finding: finding(id, concept, severity ?? SEVERITY[status], title, fix ? [...lines, fix] : lines),
    ...(fix ? { fix } : {}),
  };
}

export const note = (id: string, concept: string, severity: Severity, title: Message, detail: Message | readonly Message[]): FindingModel =>
  finding(id, concept, severity, title, Array.isArray(detail) ? (detail as readonly Message[]) : [detail as Message]);
