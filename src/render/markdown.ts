// Markdown output: a heading with the verdict, a findings table, details below. Cluster and document
// strings are escaped for Markdown (src/text/markdown-escape.ts): they render as text, never as markup.
import type { Explanation } from '../model/explanation.js';
import { mdBlock, mdInline } from '../text/markdown-escape.js';

export function renderMarkdown(e: Explanation): string {
  const ns = e.target.namespace ? ` (namespace ${e.target.namespace})` : '';
  const out = [
    `# ${mdInline(`${e.target.kind} ${e.target.name}${ns}`)}`,
    '',
    `**${e.verdict.severity}**: ${mdInline(e.verdict.text)}`,
    '',
    '| severity | finding | concept |',
    '| --- | --- | --- |',
    ...e.findings.map((f) => `| ${f.severity} | ${mdInline(f.title)} | ${mdInline(f.concept)} |`),
    '',
    '## Details',
    '',
  ];
  for (const f of e.findings) {
    out.push(`### ${mdInline(f.title)}`, '');
    if (f.detail) out.push(mdBlock(f.detail), '');
    for (const d of f.docs) {
      out.push(`- ${mdInline(`${d.file}:${d.line} ${d.headings.join(' > ')}`)}`);
      for (const c of d.cautions ?? []) out.push(`  - ⚠ ${mdInline(c.text)}`);
    }
    if (f.docs.length) out.push('');
  }
  if (e.warnings.length) out.push('## Warnings', '', ...e.warnings.map((w) => `- ${mdInline(w)}`), '');
  return out.join('\n');
}
