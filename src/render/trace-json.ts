// JSON for Trace and DNSNames: the model with a fixed field order, so output diffs stay stable (safeJson:
// control, bidi and separator characters escaped).
import type { Finding } from '../model/finding.js';
import type { Trace } from '../model/trace.js';
import type { DnsNames } from '../model/dns.js';
import { safeJson } from '../text/escaped-writer.js';

const finding = (f: Finding) => ({
  id: f.id,
  concept: f.concept,
  severity: f.severity,
  title: f.title,
  detail: f.detail,
  docs: f.docs.map((d) => ({ source: d.source, document: d.document, file: d.file, line: d.line, headings: d.headings, anchor: d.anchor })),
});

export function renderTraceJson(tr: Trace): string {
  const out = {
    kind: tr.kind,
    target: {
      kind: tr.target.kind,
      name: tr.target.name,
      ...(tr.target.namespace !== undefined ? { namespace: tr.target.namespace } : {}),
      ...(tr.target.port !== undefined ? { port: tr.target.port } : {}),
    },
    verdict: { severity: tr.verdict.severity, text: tr.verdict.text },
    hops: tr.hops.map((h) => ({ from: h.from, to: h.to, status: h.status, finding: finding(h.finding) })),
    notes: tr.notes.map(finding),
    warnings: tr.warnings,
    offline: tr.offline,
  };
  return safeJson(out);
}

export function renderDnsJson(d: DnsNames): string {
  const out = {
    kind: d.kind,
    target: d.target,
    clusterDomain: d.clusterDomain,
    clusterDomainSource: d.clusterDomainSource,
    records: d.records.map((r) => ({ type: r.type, name: r.name, value: r.value, note: r.note })),
    searchPath: d.searchPath,
    notes: d.notes.map(finding),
    warnings: d.warnings,
    offline: d.offline,
  };
  return safeJson(out);
}
