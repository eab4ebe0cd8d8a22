// JSON output: the Explanation model, with a fixed field order so output diffs stay stable; written by
// safeJson, so no control, bidi or separator character of a cluster string reaches the output raw.
import type { Explanation } from '../model/explanation.js';
import { safeJson } from '../text/escaped-writer.js';

export function renderJson(e: Explanation): string {
  const out = {
    kind: e.kind,
    target: { kind: e.target.kind, name: e.target.name, ...(e.target.namespace !== undefined ? { namespace: e.target.namespace } : {}) },
    verdict: { severity: e.verdict.severity, text: e.verdict.text },
    findings: e.findings.map((f) => ({
      id: f.id,
      concept: f.concept,
      severity: f.severity,
      title: f.title,
      detail: f.detail,
      docs: f.docs.map((d) => ({
        source: d.source,
        document: d.document,
        file: d.file,
        line: d.line,
        headings: d.headings,
        anchor: d.anchor,
      })),
    })),
    warnings: e.warnings,
  };
  return safeJson(out);
}
