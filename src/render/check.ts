// `check` for people (text, Markdown) and scripts (JSON: the CheckReport as documented). Cluster
// strings are sanitized (text) or escaped (Markdown) as they are written.
import type { CheckReport, Problem } from '../model/check.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localize.js';
import { escapedWriter, safeJson } from '../text/escaped-writer.js';
import { RESET } from './text.js';

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
  const w = escapedWriter('text');
  const paint = (s: keyof typeof COLOR, t: unknown) => (color ? w.style(COLOR[s], t, RESET) : w`${t}`);
  w.line`${summary(r, lang)}`;
  w.line();
  if (!r.problems.length) {
    w.line`${say(c('none'), lang)}`;
    w.line();
  }
  for (const p of r.problems) {
    w.line`${paint(p.severity, MARK[p.severity].padEnd(5))} ${p.cause}  [${p.code}]`;
    if (p.fix) w.line`      ${say(c('fix', { fix: p.fix }), lang)}`;
    w.line`      ${say(c('affected', { list: affectedText(p, lang, r.scope.allNamespaces) }), lang)}`;
    for (const d of p.docs) w.line`      → ${d.file}:${d.line} ${d.headings.join(' > ')}`;
    w.line();
  }
  for (const warning of r.warnings) w.line(paint('warning', w`${say({ key: 'cli:out.warning', params: { text: warning } }, lang)}`));
  return w.text().replace(/\n+$/, '\n');
}

export function renderCheckMarkdown(r: CheckReport, lang: Lang): string {
  const w = escapedWriter('markdown');
  w.line`# ${say(c('title'), lang)}`;
  w.line();
  w.line`${summary(r, lang)}`;
  w.line();
  if (!r.problems.length) {
    w.line`${say(c('none'), lang)}`;
    w.line();
  }
  for (const p of r.problems) {
    w.line`## ${MARK[p.severity]}: ${p.cause}`;
    w.line();
    w.line`- ${say(c('code'), lang)}: ${w.code(p.code)}`;
    if (p.fix) w.line`- ${say(c('fix', { fix: p.fix }), lang)}`;
    w.line`- ${say(c('affected', { list: affectedText(p, lang, r.scope.allNamespaces) }), lang)}`;
    for (const d of p.docs) w.line`- ${say(c('docs'), lang)}: ${d.file}:${d.line} ${d.headings.join(' > ')}`;
    w.line();
  }
  if (r.warnings.length) {
    for (const warning of r.warnings) w.line`> ${warning}`;
    w.line();
  }
  return w.text().replace(/\n$/, '');
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
  return safeJson(out);
}
