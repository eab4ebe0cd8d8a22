// Text and Markdown for a Trace and for DNSNames, written through the escaping writer: names, labels,
// messages and hostnames all came from the API server or from manifest files.
import type { Finding, Severity } from '../model/finding.js';
import type { HopStatus, Trace } from '../model/trace.js';
import type { DnsNames } from '../model/dns.js';
import { escapedWriter, type EscapedWriter } from '../text/escaped-writer.js';
import type { Lang } from '../i18n/lang.js';
import { sayer } from '../i18n/localize.js';
import { r } from '../routing/route-messages.js';

const COLORS: Record<Severity | HopStatus, string> = {
  ok: '\u001b[32m',
  info: '\u001b[36m',
  warning: '\u001b[33m',
  error: '\u001b[31m',
  broken: '\u001b[31m',
};
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

function painter(w: EscapedWriter, color: boolean) {
  return {
    paint: (s: Severity | HopStatus, text: unknown) => (color ? w.style(COLORS[s], text, RESET) : w`${text}`),
    bold: (text: unknown) => (color ? w.style(BOLD, text, RESET) : w`${text}`),
  };
}

const INDENT = ' '.repeat(12);

function details(w: EscapedWriter, f: Finding): void {
  w.block(f.detail, INDENT);
  for (const d of f.docs) w.line`${INDENT}→ ${d.file}:${d.line} ${d.headings.join(' > ')}`;
}

/** The closing part of a trace or DNS listing: its notes, each with details and docs, then warnings. */
function notesAndWarnings(w: EscapedWriter, notes: Finding[], warnings: string[], color: boolean, lang: Lang): void {
  const { paint, bold } = painter(w, color);
  const say = sayer(lang);
  if (notes.length) {
    w.line();
    w.line(bold(say(r['label.notes']())));
    for (const n of notes) {
      w.line`   ${paint(n.severity, (n.severity === 'warning' ? 'warn' : n.severity).padEnd(7))}  ${n.title}`;
      details(w, n);
    }
  }
  for (const warning of warnings) w.line(paint('warning', say(r['label.warning']({ text: warning }))));
}

export function renderTraceText(tr: Trace, color = false, lang: Lang = 'en'): string {
  const w = escapedWriter('text');
  const { paint, bold } = painter(w, color);
  const t = tr.target;
  const kind = t.kind === 'URL' ? '' : `${t.kind.toLowerCase()}/`;
  const offline = tr.offline ? sayer(lang)(r['label.offline']()) : '';
  w.line(bold(w`trace ${kind}${t.name}${t.port ? `:${t.port}` : ''} -n ${t.namespace ?? ''}${offline}`));
  w.line(paint(tr.verdict.severity, tr.verdict.text));
  w.line();
  tr.hops.forEach((h, i) => {
    w.line`${String(i + 1).padStart(2)} ${paint(h.status, h.status.padEnd(7))}  ${h.from} → ${h.to}`;
    w.line`${INDENT}${bold(h.finding.title)}`;
    details(w, h.finding);
  });
  notesAndWarnings(w, tr.notes, tr.warnings, color, lang);
  return w.text();
}

/** A finding as a Markdown section: its title, its detail, the document sections that teach it. */
function findingSection(w: EscapedWriter, f: Finding): void {
  w.line`## ${f.title}`;
  w.line();
  if (f.detail) {
    w.block(f.detail);
    w.line();
  }
  for (const d of f.docs) w.line`- ${d.file}:${d.line} ${d.headings.join(' > ')}`;
  if (f.docs.length) w.line();
}

function warningsSection(w: EscapedWriter, warnings: string[], lang: Lang): void {
  if (!warnings.length) return;
  w.line`## ${sayer(lang)(r['md.warnings']())}`;
  w.line();
  for (const warning of warnings) w.line`- ${warning}`;
  w.line();
}

/** A table header from a catalog entry "a|b|c", and its separator row. */
function tableHeader(w: EscapedWriter, columns: string[]): void {
  w.line`| ${w.join(columns, ' | ')} |`;
  w.line`|${w.join(
    columns.map(() => w` --- |`),
    '',
  )}`;
}

export function renderTraceMarkdown(tr: Trace, lang: Lang = 'en'): string {
  const say = sayer(lang);
  const w = escapedWriter('markdown');
  const t = tr.target;
  w.line`# ${say(r['md.trace.title']({ kind: t.kind, name: t.name, port: t.port ? `:${t.port}` : '', ns: t.namespace ?? '' }))}`;
  w.line();
  w.line`**${tr.verdict.severity}**: ${tr.verdict.text}`;
  w.line();
  // The first column is the hop number, '#' in every language: written as ours, escaped it would read \#.
  w.line`| # | ${w.join(say(r['md.trace.columns']()).split('|').slice(1), ' | ')} |`;
  w.line`| --- | --- | --- | --- | --- |`;
  tr.hops.forEach((h, i) => w.line`| ${i + 1} | ${h.status} | ${h.from} | ${h.to} | ${h.finding.title} |`);
  w.line();
  for (const f of [...tr.hops.map((h) => h.finding), ...tr.notes]) findingSection(w, f);
  warningsSection(w, tr.warnings, lang);
  return w.text().replace(/\n+$/, '\n');
}

export function renderDnsText(d: DnsNames, color = false, lang: Lang = 'en'): string {
  const w = escapedWriter('text');
  const { bold } = painter(w, color);
  const say = sayer(lang);
  const t = d.target;
  const offline = d.offline ? say(r['label.offline']()) : '';
  w.line(bold(w`dns ${t.kind.toLowerCase()}/${t.name} -n ${t.namespace ?? ''}${offline}`));
  w.line`${say(r['label.domain']({ zone: d.clusterDomain, source: say(r[`label.source.${d.clusterDomainSource}`]()) }))}`;
  w.line();
  // Columns are padded by display width (CJK takes two columns) and always separated by two spaces,
  // even when a name is longer than the column it was capped to.
  const nameW = Math.min(60, Math.max(4, ...d.records.map((x) => w.width(x.name))));
  const valW = Math.min(50, Math.max(5, ...d.records.map((x) => w.width(x.value))));
  const row = (type: string, name: string, value: string, note: string) =>
    w`${w.pad(type, 5)}  ${w.pad(name, nameW)}  ${w.pad(value, valW)}  ${note}`;
  const [cType, cName, cValue, cNote] = say(r['label.columns']()).split('|') as [string, string, string, string];
  w.line(bold(row(cType, cName, cValue, cNote)));
  for (const x of d.records) w.line(row(x.type, x.name, x.value || '-', x.note));
  w.line();
  w.line(bold(say(r['label.short']({ domains: d.searchPath.domains.join(' '), ndots: d.searchPath.ndots }))));
  // Its own column: the last short name is the full name with a trailing dot, one wider than any record.
  const shortW = Math.min(60, Math.max(4, ...d.searchPath.shortNames.map((s) => w.width(s.name))));
  for (const s of d.searchPath.shortNames)
    w.line`  ${w.pad(s.name, shortW)}  ${say(r['label.short.line']({ from: s.from, tries: s.tries, fqdn: s.resolvesTo }))}`;
  notesAndWarnings(w, d.notes, d.warnings, color, lang);
  return w.text();
}

export function renderDnsMarkdown(d: DnsNames, lang: Lang = 'en'): string {
  const say = sayer(lang);
  const w = escapedWriter('markdown');
  const source = say(r[`label.source.${d.clusterDomainSource}`]());
  w.line`# ${say(r['md.dns.title']({ kind: d.target.kind, name: d.target.name, ns: d.target.namespace ?? '' }))}`;
  w.line();
  w.line(w.said((slot) => say(r['md.dns.domain']({ zone: slot(w.code(d.clusterDomain)), source }))));
  w.line();
  tableHeader(w, say(r['label.columns']()).split('|'));
  for (const x of d.records) w.line`| ${x.type} | ${x.name} | ${x.value || '-'} | ${x.note} |`;
  w.line();
  w.line`## ${say(r['md.dns.short']())}`;
  w.line();
  for (const s of d.searchPath.shortNames)
    w.line`- ${w.code(s.name)} ${say(r['label.short.line']({ from: s.from, tries: s.tries, fqdn: s.resolvesTo }))}`;
  w.line();
  for (const f of d.notes) findingSection(w, f);
  warningsSection(w, d.warnings, lang);
  return w.text().replace(/\n+$/, '\n');
}
