// `check` for people (text, Markdown) and scripts (JSON: the CheckReport as documented). Cluster
// strings are sanitized (text) or escaped (Markdown) as they are written.
import type { CheckReport, Problem } from '../model/check.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localize.js';
import { sanitizeLine } from '../text/sanitize.js';
import { mdInline } from '../text/markdown-escape.js';

const MARK = { ok: 'ok', info: 'info', warning: 'warn', error: 'error' } as const;
const COLOR = { ok: '\u001b[32m', info: '\u001b[36m', warning: '\u001b[33m', error: '\u001b[31m' } as const;
const c = (key: string, params?: Record<string, string | number>) => ({ key: `check:${key}`, ...(params ? { params } : {}) });

const refText = (a: { kind: string; name: string; namespace?: string }, withNs: boolean) =>
  `${a.kind.toLowerCase()}/${a.name}${withNs && a.namespace ? ` -n ${a.namespace}` : ''}`;

function affectedText(p: Problem, lang: Lang, withNs: boolean): string {
  return p.affected
    .map((a) => (a.pods ? say(c('pods', { ref: refText(a, withNs), pods: a.pods }), lang) : refText(a, withNs)))
    .join(lang === 'ja' ? '、' : ', ');
}

function summary(r: CheckReport, lang: Lang): string {
  const scope = r.scope.allNamespaces ? say(c('scope.all'), lang) : say(c('scope.ns', { ns: r.scope.namespace ?? '' }), lang);
  return say(
    c('summary', { errors: r.summary.error, warnings: r.summary.warning, objects: r.summary.objects, requests: r.summary.requests, scope }),
    lang,
  );
}

export function renderCheckText(r: CheckReport, lang: Lang, color = false): string {
  const paint = (s: keyof typeof COLOR, t: string) => (color ? `${COLOR[s]}${t}\u001b[0m` : t);
  const out = [sanitizeLine(summary(r, lang)), ''];
  if (!r.problems.length) out.push(say(c('none'), lang), '');
  for (const p of r.problems) {
    out.push(`${paint(p.severity, MARK[p.severity].padEnd(5))} ${sanitizeLine(p.cause)}  [${p.code}]`);
    if (p.fix) out.push(`      ${sanitizeLine(say(c('fix', { fix: p.fix }), lang))}`);
    out.push(`      ${sanitizeLine(say(c('affected', { list: affectedText(p, lang, r.scope.allNamespaces) }), lang))}`);
    for (const d of p.docs) out.push(`      → ${sanitizeLine(`${d.file}:${d.line} ${d.headings.join(' > ')}`)}`);
    out.push('');
  }
  for (const w of r.warnings) out.push(paint('warning', `warning: ${sanitizeLine(w)}`));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export function renderCheckMarkdown(r: CheckReport, lang: Lang): string {
  const out = [`# ${say(c('title'), lang)}`, '', mdInline(summary(r, lang)), ''];
  if (!r.problems.length) out.push(say(c('none'), lang), '');
  for (const p of r.problems) {
    out.push(`## ${MARK[p.severity]}: ${mdInline(p.cause)}`, '');
    out.push(`- ${say(c('code'), lang)}: \`${p.code}\``);
    if (p.fix) out.push(`- ${mdInline(say(c('fix', { fix: p.fix }), lang))}`);
    out.push(`- ${mdInline(say(c('affected', { list: affectedText(p, lang, r.scope.allNamespaces) }), lang))}`);
    for (const d of p.docs) out.push(`- ${say(c('docs'), lang)}: ${mdInline(`${d.file}:${d.line} ${d.headings.join(' > ')}`)}`);
    out.push('');
  }
  if (r.warnings.length) out.push(...r.warnings.map((w) => `> ${mdInline(w)}`), '');
  return out.join('\n');
}

/** The CheckReport with a fixed key order, so diffs of saved reports stay small. */
export function renderCheckJson(r: CheckReport): string {
  const out: CheckReport = {
    kind: 'CheckReport',
    scope: r.scope,
    summary: r.summary,
    problems: r.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      cause: p.cause,
      fix: p.fix,
      concept: p.concept,
      affected: p.affected,
      docs: p.docs,
    })),
    warnings: r.warnings,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
