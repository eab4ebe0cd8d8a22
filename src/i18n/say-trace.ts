// A TraceModel or DnsNamesModel said in one language: the step the trace and dns renderers take first.
import type { DnsNames, DnsNamesModel } from '../model/dns.js';
import type { Trace, TraceModel } from '../model/trace.js';
import type { Lang } from './lang.js';
import { say } from './localize.js';
import { sayFinding } from './say-explanation.js';

export function sayTrace(m: TraceModel, lang: Lang): Trace {
  return {
    kind: 'Trace',
    target: m.target,
    hops: m.hops.map((h) => ({ from: h.from, to: h.to, status: h.status, finding: sayFinding(h.finding, lang) })),
    verdict: { severity: m.verdict.severity, text: say(m.verdict.message, lang) },
    notes: m.notes.map((f) => sayFinding(f, lang)),
    warnings: m.warnings.map((w) => say(w, lang)),
    offline: m.offline,
  };
}

export function sayDns(m: DnsNamesModel, lang: Lang): DnsNames {
  return {
    ...m,
    records: m.records.map((r) => ({ ...r, note: say(r.note, lang) })),
    notes: m.notes.map((f) => sayFinding(f, lang)),
    warnings: m.warnings.map((w) => say(w, lang)),
  };
}
