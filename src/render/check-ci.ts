// `check` for CI systems: JUnit XML (one test case per problem, failed at or above --fail-on) and
// SARIF 2.1.0 (one result per affected object, rule = the problem's code). Every string is escaped
// for its format as it is written.
import type { Log, Result } from 'sarif';
import type { CheckReport } from '../model/check.js';
import type { Severity } from '../model/finding.js';
import { SEVERITY_RANK } from '../model/finding.js';
import { sanitizeLine } from '../text/sanitize.js';
import { escapedWriter, safeJson } from '../text/escaped-writer.js';

const refText = (a: { kind: string; name: string; namespace?: string }) => `${a.kind}/${a.namespace ? `${a.namespace}/` : ''}${a.name}`;

export function renderCheckJunit(r: CheckReport, failOn: Severity): string {
  const w = escapedWriter('xml');
  const failing = r.problems.filter((p) => SEVERITY_RANK[p.severity] >= SEVERITY_RANK[failOn]);
  const tests = Math.max(1, r.problems.length);
  const scope = r.scope.allNamespaces ? 'all namespaces' : `namespace ${r.scope.namespace ?? ''}`;
  w.line`<?xml version="1.0" encoding="UTF-8"?>`;
  w.line`<testsuites name="kubexplain check" tests="${tests}" failures="${failing.length}">`;
  w.line`  <testsuite name="${scope}" tests="${tests}" failures="${failing.length}" errors="0" skipped="0">`;
  for (const p of r.problems) {
    const name = `${p.code}: ${p.affected.map(refText).join(', ')}`;
    const body = `${p.cause}${p.fix ? ` — ${p.fix}` : ''}`;
    w.line`    <testcase classname="kubexplain.${p.code}" name="${name}">`;
    if (SEVERITY_RANK[p.severity] >= SEVERITY_RANK[failOn]) w.line`      <failure message="${body}" type="${p.severity}">${body}</failure>`;
    else w.line`      <system-out>${body}</system-out>`;
    w.line`    </testcase>`;
  }
  if (!r.problems.length) w.line`    <testcase classname="kubexplain" name="no problems"/>`;
  w.line`  </testsuite>`;
  w.line`</testsuites>`;
  return w.text();
}

// Typed as the SARIF 2.1.0 schema's own TypeScript definitions (@types/sarif), so a field out of spec fails to compile.
const LEVEL: Record<Severity, NonNullable<Result['level']>> = { error: 'error', warning: 'warning', info: 'note', ok: 'none' };

export function renderCheckSarif(r: CheckReport, version: string): string {
  const codes = [...new Set(r.problems.map((p) => p.code))];
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kubexplain',
            version,
            informationUri: 'https://github.com/kubexplain/kubexplain',
            rules: codes.map((code) => ({ id: code, name: code, shortDescription: { text: code } })),
          },
        },
        results: r.problems.flatMap((p) =>
          p.affected.map((a) => ({
            ruleId: p.code,
            ruleIndex: codes.indexOf(p.code),
            level: LEVEL[p.severity],
            message: { text: sanitizeLine(`${p.cause}${p.fix ? ` — ${p.fix}` : ''}`) },
            locations: [{ logicalLocations: [{ name: a.name, fullyQualifiedName: refText(a), kind: 'resource' }] }],
          })),
        ),
      },
    ],
  };
  return safeJson(sarif);
}
