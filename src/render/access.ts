// Text and Markdown rendering of an AccessMatrix (access): the rows where the subject may do something,
// the objects named by resourceNames rules, then which binding ← role grants which cells. Written through
// the escaping writer: every name, rule and warning is sanitized (text) or escaped (Markdown) as written.
import type { AccessMatrix, Grant, SubjectSpec } from '../model/rbac.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localize.js';
import { rbacMessages } from '../i18n/messages/rbac.js';
import { nonEmptyRows, resourceLabel } from '../rbac/access-rows.js';
import { bindingText, roleText } from '../rbac/messages.js';
import { escapedWriter } from '../text/escaped-writer.js';

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

function header(m: AccessMatrix, lang: Lang): [string, string] {
  const t = rbacMessages(lang);
  const where = m.namespace ? t['access.where.ns']({ ns: m.namespace }) : t['access.where.cluster']();
  return [
    t['access.header']({ subject: subjectText(m.subject), where }),
    t['access.user']({ user: m.user.username || t['access.none'](), groups: m.user.groups.join(', ') || t['access.none']() }),
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
  for (const w of m.warnings) if (!(offline && w.key === 'rbac:warn.offline')) out.push(t['warning']({ text: say(w, lang) }));
  return out;
}

const mark = (c: AccessMatrix['rows'][number]['cells'][number]) => (c.allowed ? '✓' : c.names?.length ? '~' : '·');

function riskLines(m: AccessMatrix, lang: Lang): string[] {
  const t = rbacMessages(lang);
  if (m.superuser || !m.risks?.length) return [];
  return m.risks.map((r) =>
    t['access.risk.line']({
      id: r.id,
      names: (r.limitedToNames ?? []).join(', '),
      source: grantSource({ kind: 'rule', binding: r.binding, role: r.role, rule: { verbs: [] }, ruleIndex: 0 }),
    }),
  );
}

function namedLines(m: AccessMatrix, lang: Lang): string[] {
  const t = rbacMessages(lang);
  return nonEmptyRows(m).flatMap((row) =>
    row.cells
      .filter((c) => !c.allowed && c.names?.length)
      .map((c) => t['access.named']({ verb: c.verb, resource: resourceLabel(row.resource), names: c.names!.join(', ') })),
  );
}

export function renderAccessText(m: AccessMatrix, lang: Lang, offline = false): string {
  const t = rbacMessages(lang);
  const w = escapedWriter('text');
  for (const l of header(m, lang)) w.line`${l}`;
  const rows = nonEmptyRows(m);
  if (m.superuser) w.line`${t['access.superuser']()}`;
  if (!rows.length) w.line`${t['access.nothing']()}`;
  else {
    const labels = rows.map((r) => resourceLabel(r.resource));
    const first = Math.max(w.width(t['access.resource']()), ...labels.map(w.width));
    const cols = m.verbs.map((v) => Math.max(w.width(v), 1));
    const cells = (head: unknown, rest: unknown[]) => w.join([w.pad(head, first), ...rest.map((x, i) => w.pad(x, cols[i]!))], '  ');
    w.line();
    w.line(w.trimEnd(cells(t['access.resource'](), m.verbs)));
    rows.forEach((row, i) => w.line(w.trimEnd(cells(labels[i], row.cells.map(mark)))));
    w.line();
    w.line`${t['access.legend']()}`;
    for (const l of namedLines(m, lang)) w.line`${l}`;
    const grants = grantSummary(m);
    if (grants.length) {
      w.line();
      w.line`${t['access.grantedBy']()}`;
      for (const [src, granted] of grants) w.line`  ${src} — ${granted}`;
    }
  }
  const risks = riskLines(m, lang);
  if (risks.length) {
    w.line();
    w.line`${t['access.risks']()}`;
    for (const l of risks) w.line`  ${l}`;
  }
  w.line();
  for (const l of footer(m, lang, offline)) w.line`${l}`;
  return w.text();
}

export function renderAccessMarkdown(m: AccessMatrix, lang: Lang, offline = false): string {
  const t = rbacMessages(lang);
  const w = escapedWriter('markdown');
  const [title, user] = header(m, lang);
  w.line`# ${title}`;
  w.line();
  w.line`${user}`;
  w.line();
  const rows = nonEmptyRows(m);
  if (m.superuser) {
    w.line`${t['access.superuser']()}`;
    w.line();
  }
  if (!rows.length) {
    w.line`${t['access.nothing']()}`;
    w.line();
  } else {
    w.line`| ${t['access.resource']()} | ${w.join(m.verbs, ' | ')} |`;
    w.line`| --- |${w.join(
      m.verbs.map(() => w` :-: |`),
      '',
    )}`;
    for (const row of rows) w.line`| ${resourceLabel(row.resource)} | ${w.join(row.cells.map(mark), ' | ')} |`;
    w.line();
    w.line`${t['access.legend']()}`;
    w.line();
    const named = namedLines(m, lang);
    for (const l of named) w.line`- ${l}`;
    if (named.length) w.line();
    const grants = grantSummary(m);
    if (grants.length) {
      w.line`## ${t['access.grantedBy']().replace(/[:：]$/, '')}`;
      w.line();
      for (const [src, granted] of grants) w.line`- ${src} — ${granted}`;
    }
    w.line();
  }
  const risks = riskLines(m, lang);
  if (risks.length) {
    w.line`## ${t['access.risks']().replace(/[:：]$/, '')}`;
    w.line();
    for (const l of risks) w.line`- ${l}`;
    w.line();
  }
  for (const l of footer(m, lang, offline)) w.line`- ${l}`;
  return w.text();
}
