// Markdown output: a heading with the verdict, a findings table, details below. Cluster strings
// are sanitized and table cells escaped so a name cannot break the table.
import type { Explanation } from '../model/explanation.js';
import { sanitize, sanitizeLine } from './sanitize.js';

const cell = (s: string) => sanitizeLine(s).replace(/\|/g, '\\|');

export function renderMarkdown(e: Explanation): string {
  const ns = e.target.namespace ? ` (namespace ${e.target.namespace})` : '';
  const out = [
    `# ${sanitizeLine(`${e.target.kind} ${e.target.name}${ns}`)}`,
    '',
    `**${e.verdict.severity}**: ${sanitizeLine(e.verdict.text)}`,
    '',
    '| severity | finding | concept |',
    '| --- | --- | --- |',
    ...e.findings.map((f) => `| ${f.severity} | ${cell(f.title)} | ${cell(f.concept)} |`),
    '',
    '## Details',
    '',
  ];
  for (const f of e.findings) {
    out.push(`### ${sanitizeLine(f.title)}`, '');
    if (f.detail)
      out.push(
        ...sanitize(f.detail)
          .split('\n')
          .map((l) => (l ? `${l}  ` : l)),
        '',
      );
    for (const d of f.docs) out.push(`- ${sanitizeLine(`${d.file}:${d.line} ${d.headings.join(' > ')}`)}`);
    if (f.docs.length) out.push('');
  }
  if (e.warnings.length) out.push('## Warnings', '', ...e.warnings.map((w) => `- ${sanitizeLine(w)}`), '');
  return out.join('\n');
}
