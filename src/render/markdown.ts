// Markdown output: a heading with the verdict, a findings table, details below. Written through the
// escaping writer in its Markdown form (src/text/markdown-escape.ts): cluster and document strings
// render as text, never as markup.
import type { Explanation } from '../model/explanation.js';
import { escapedWriter } from '../text/escaped-writer.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localize.js';

export function renderMarkdown(e: Explanation, lang: Lang = 'en'): string {
  const w = escapedWriter('markdown');
  const label = (id: string) => say({ key: `cli:out.${id}` }, lang);
  const ns = e.target.namespace ? w` (${label('namespace')} ${e.target.namespace})` : '';
  w.line`# ${e.target.kind} ${e.target.name}${ns}`;
  w.line();
  w.line`**${e.verdict.severity}**: ${e.verdict.text}`;
  w.line();
  w.line`| ${label('severity')} | ${label('finding')} | ${label('concept')} |`;
  w.line`| --- | --- | --- |`;
  for (const f of e.findings) w.line`| ${f.severity} | ${f.title} | ${f.concept} |`;
  w.line();
  w.line`## ${label('details')}`;
  w.line();
  for (const f of e.findings) {
    w.line`### ${f.title}`;
    w.line();
    if (f.detail) {
      w.block(f.detail);
      w.line();
    }
    for (const d of f.docs) {
      w.line`- ${d.file}:${d.line} ${d.headings.join(' > ')}`;
      for (const c of d.cautions ?? []) w.line`  - ⚠ ${c.text}`;
    }
    if (f.docs.length) w.line();
  }
  if (e.warnings.length) {
    w.line`## ${label('warnings')}`;
    w.line();
    for (const warning of e.warnings) w.line`- ${warning}`;
    w.line();
  }
  return w.text().replace(/\n$/, '');
}
