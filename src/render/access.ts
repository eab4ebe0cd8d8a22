// Text and Markdown rendering of an AccessMatrix (access): the rows where the subject may do something,
// the objects named by resourceNames rules, then which binding ← role grants which cells. Every string
// from the cluster goes through sanitizeLine.
import stringWidth from 'string-width';
import type { AccessMatrix, Grant, SubjectSpec } from '../model/rbac.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localize.js';
import { rbacMessages } from '../i18n/messages/rbac.js';
import { nonEmptyRows, resourceLabel } from '../rbac/access-rows.js';
import { bindingText, roleText } from '../rbac/messages.js';
import { sanitizeLine as s } from '../text/sanitize.js';
import { mdInline } from '../text/markdown-escape.js';

export function subjectText(subject: SubjectSpec): string {
  if (subject.kind === 'Me') return 'me';
  if (subject.kind === 'ServiceAccount') return `ServiceAccount ${subject.namespace}/${subject.name}`;
  return `${subject.kind} ${subject.name}`;
}

function grantSource(g: Grant): string {
  if (g.kind === 'superuser') return 'system:masters';
  return `${bindingText(g.binding)} ← ${roleText(g.role)}${g.aggregatedFrom ? ` ← ${g.aggregatedFrom}` : ''}`;
}

/** binding ← role → "resource: verbs; …" for the cells it grants, in first-seen order, at most 6 resources. */
function grantSummary(m: AccessMatrix): [string, string][] {
  const by = new Map<string, Map<string, string[]>>();
  for (const row of nonEmptyRows(m)) {
    for (const c of row.cells) {
      for (const g of c.grants) {
        const key = grantSource(g);
        const perResource = by.get(key) ?? new Map<string, string[]>();
        const label = resourceLabel(row.resource);
        perResource.set(label, [...(perResource.get(label) ?? []), c.verb]);
        by.set(key, perResource);
      }
    }
  }
  return [...by.entries()].map(([src, per]) => {
    const parts = [...per.entries()].map(([res, verbs]) => {
      const unique = [...new Set(verbs)];
      return `${res}: ${unique.length === m.verbs.length ? '*' : unique.join(', ')}`;
    });
    const more = parts.length > 6 ? `; … ${parts.length - 6} more` : '';
    return [src, parts.slice(0, 6).join('; ') + more];
  });
}

function header(m: AccessMatrix, lang: Lang): string[] {
  const t = rbacMessages(lang);
  const where = m.namespace ? t['access.where.ns']({ ns: m.namespace }) : t['access.where.cluster']();
  return [
    s(t['access.header']({ subject: subjectText(m.subject), where })),
    s(t['access.user']({ user: m.user.username || t['access.none'](), groups: m.user.groups.join(', ') || t['access.none']() })),
  ];
}

function footer(m: AccessMatrix, lang: Lang, offline: boolean): string[] {
  const t = rbacMessages(lang);
  const out: string[] = [];
  if (offline) out.push(t['access.offline']());
  else if (!m.authorizer) out.push(t['access.unverified']());
  else {
    const a = m.authorizer;
    out.push(
      a.disagreements.length
        ? t['access.disagree']({ method: a.method, checked: a.checked, count: a.disagreements.length })
        : t['access.verified']({ method: a.method, checked: a.checked }),
    );
    if (a.incomplete) out.push(t['access.rulesIncomplete']());
  }
  if (!m.complete) out.push(t['incomplete']());
  for (const w of m.warnings) if (!(offline && w.key === 'rbac:warn.offline')) out.push(s(t['warning']({ text: say(w, lang) })));
  return out;
}

const width = (text: string) => stringWidth(text);
const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));

const mark = (c: AccessMatrix['rows'][number]['cells'][number]) => (c.allowed ? '✓' : c.names?.length ? '~' : '·');

function riskLines(m: AccessMatrix, lang: Lang): string[] {
  const t = rbacMessages(lang);
  if (m.superuser || !m.risks?.length) return [];
  return m.risks.map((r) =>
    s(
      t['access.risk.line']({
        id: r.id,
        names: (r.limitedToNames ?? []).join(', '),
        source: grantSource({ kind: 'rule', binding: r.binding, role: r.role, rule: { verbs: [] }, ruleIndex: 0 }),
      }),
    ),
  );
}

function namedLines(m: AccessMatrix, lang: Lang): string[] {
  const t = rbacMessages(lang);
  return nonEmptyRows(m).flatMap((row) =>
    row.cells
      .filter((c) => !c.allowed && c.names?.length)
      .map((c) => s(t['access.named']({ verb: c.verb, resource: resourceLabel(row.resource), names: c.names!.join(', ') }))),
  );
}

export function renderAccessText(m: AccessMatrix, lang: Lang, offline = false): string {
  const t = rbacMessages(lang);
  const out = header(m, lang);
  const rows = nonEmptyRows(m);
  if (m.superuser) out.push(t['access.superuser']());
  if (!rows.length) out.push(t['access.nothing']());
  else {
    const labels = rows.map((r) => s(resourceLabel(r.resource)));
    const first = Math.max(width(t['access.resource']()), ...labels.map(width));
    const cols = m.verbs.map((v) => Math.max(v.length, 1));
    out.push('', [pad(t['access.resource'](), first), ...m.verbs.map((v, i) => pad(v, cols[i]!))].join('  ').trimEnd());
    rows.forEach((row, i) => out.push([pad(labels[i]!, first), ...row.cells.map((c, j) => pad(mark(c), cols[j]!))].join('  ').trimEnd()));
    out.push('', t['access.legend']());
    out.push(...namedLines(m, lang));
    const grants = grantSummary(m);
    if (grants.length) {
      out.push('', t['access.grantedBy']());
      for (const [src, cells] of grants) out.push(s(`  ${src} — ${cells}`));
    }
  }
  const risks = riskLines(m, lang);
  if (risks.length) out.push('', t['access.risks'](), ...risks.map((l) => `  ${l}`));
  out.push('', ...footer(m, lang, offline));
  return `${out.join('\n')}\n`;
}

const cell = mdInline;

export function renderAccessMarkdown(m: AccessMatrix, lang: Lang, offline = false): string {
  const t = rbacMessages(lang);
  const [title, user] = header(m, lang);
  const out = [`# ${mdInline(title!)}`, '', mdInline(user!), ''];
  const rows = nonEmptyRows(m);
  if (m.superuser) out.push(t['access.superuser'](), '');
  if (!rows.length) out.push(t['access.nothing'](), '');
  else {
    out.push(`| ${t['access.resource']()} | ${m.verbs.join(' | ')} |`, `| --- |${m.verbs.map(() => ' :-: |').join('')}`);
    for (const row of rows) out.push(`| ${cell(resourceLabel(row.resource))} | ${row.cells.map(mark).join(' | ')} |`);
    out.push('', t['access.legend'](), '');
    const named = namedLines(m, lang);
    for (const l of named) out.push(`- ${cell(l)}`);
    if (named.length) out.push('');
    const grants = grantSummary(m);
    if (grants.length) {
      out.push(`## ${t['access.grantedBy']().replace(/[:：]$/, '')}`, '');
      for (const [src, cells] of grants) out.push(`- ${cell(src)} — ${cell(cells)}`);
    }
    out.push('');
  }
  const risks = riskLines(m, lang);
  if (risks.length) out.push(`## ${t['access.risks']().replace(/[:：]$/, '')}`, '', ...risks.map((l) => `- ${cell(l)}`), '');
  for (const l of footer(m, lang, offline)) out.push(`- ${l}`);
  return `${out.join('\n')}\n`;
}
