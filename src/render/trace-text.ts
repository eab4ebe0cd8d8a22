// Text and Markdown for a Trace and for DNSNames. Every string from the cluster is sanitized:
// names, labels, messages and hostnames all came from the API server or from manifest files.
import type { Finding, Severity } from '../model/finding.js';
import type { HopStatus, Trace } from '../model/trace.js';
import type { DnsNames } from '../model/dns.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';
import { padTo as pad } from '../text/wrap.js';
import { mdBlock, mdCode, mdInline } from '../text/markdown-escape.js';
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

function painter(color: boolean) {
  return {
    paint: (s: Severity | HopStatus, text: string) => (color ? `${COLORS[s]}${text}\u001b[0m` : text),
    bold: (text: string) => (color ? `\u001b[1m${text}\u001b[0m` : text),
  };
}

const INDENT = ' '.repeat(12);
// Columns are padded by display width (CJK takes two columns) and always separated by two spaces,
// even when a name is longer than the column it was capped to.
const column = (s: string, n: number) => `${pad(s, n)}  `;

function details(f: Finding): string[] {
  const out = sanitize(f.detail)
    .split('\n')
    .filter(Boolean)
    .map((d) => `${INDENT}${d.replace(/\t/g, ' ')}`);
  for (const d of f.docs) out.push(`${INDENT}→ ${sanitizeLine(`${d.file}:${d.line} ${d.headings.join(' > ')}`)}`);
  return out;
}

/** The closing part of a trace or DNS listing: its notes, each with details and docs, then warnings. */
function notesAndWarnings(notes: Finding[], warnings: string[], color: boolean, lang: Lang): string[] {
  const { paint, bold } = painter(color);
  const lines: string[] = [];
  if (notes.length) {
    lines.push('', bold(sayer(lang)(r['label.notes']())));
    for (const n of notes) {
      lines.push(`   ${paint(n.severity, (n.severity === 'warning' ? 'warn' : n.severity).padEnd(7))}  ${sanitizeLine(n.title)}`);
      lines.push(...details(n));
    }
  }
  for (const w of warnings) lines.push(paint('warning', sayer(lang)(r['label.warning']({ text: sanitizeLine(w) }))));
  return lines;
}

export function renderTraceText(tr: Trace, color = false, lang: Lang = 'en'): string {
  const { paint, bold } = painter(color);
  const port = tr.target.port ? `:${tr.target.port}` : '';
  const lines = [
    bold(
      sanitizeLine(
        `trace ${tr.target.kind === 'URL' ? '' : `${tr.target.kind.toLowerCase()}/`}${tr.target.name}${port} -n ${tr.target.namespace ?? ''}${tr.offline ? sayer(lang)(r['label.offline']()) : ''}`,
      ),
    ),
    paint(tr.verdict.severity, sanitizeLine(tr.verdict.text)),
    '',
  ];
  tr.hops.forEach((h, i) => {
    lines.push(`${String(i + 1).padStart(2)} ${paint(h.status, h.status.padEnd(7))}  ${sanitizeLine(`${h.from} → ${h.to}`)}`);
    lines.push(`${INDENT}${bold(sanitizeLine(h.finding.title))}`);
    lines.push(...details(h.finding));
  });
  return `${[...lines, ...notesAndWarnings(tr.notes, tr.warnings, color, lang)].join('\n')}\n`;
}

const cell = mdInline;

export function renderTraceMarkdown(tr: Trace, lang: Lang = 'en'): string {
  const say = sayer(lang);
  const t = tr.target;
  const out = [
    `# ${mdInline(say(r['md.trace.title']({ kind: t.kind, name: t.name, port: t.port ? `:${t.port}` : '', ns: t.namespace ?? '' })))}`,
    '',
    `**${tr.verdict.severity}**: ${mdInline(tr.verdict.text)}`,
    '',
    `| ${say(r['md.trace.columns']()).split('|').join(' | ')} |`,
    '| --- | --- | --- | --- | --- |',
    ...tr.hops.map((h, i) => `| ${i + 1} | ${h.status} | ${cell(h.from)} | ${cell(h.to)} | ${cell(h.finding.title)} |`),
    '',
  ];
  for (const f of [...tr.hops.map((h) => h.finding), ...tr.notes]) {
    out.push(`## ${mdInline(f.title)}`, '');
    if (f.detail) out.push(mdBlock(f.detail), '');
    for (const d of f.docs) out.push(`- ${mdInline(`${d.file}:${d.line} ${d.headings.join(' > ')}`)}`);
    if (f.docs.length) out.push('');
  }
  if (tr.warnings.length) out.push(`## ${say(r['md.warnings']())}`, '', ...tr.warnings.map((w) => `- ${mdInline(w)}`), '');
  return out.join('\n');
}

export function renderDnsText(d: DnsNames, color = false, lang: Lang = 'en'): string {
  const { bold } = painter(color);
  const say = sayer(lang);
  const lines = [
    bold(
      sanitizeLine(
        `dns ${d.target.kind.toLowerCase()}/${d.target.name} -n ${d.target.namespace ?? ''}${d.offline ? say(r['label.offline']()) : ''}`,
      ),
    ),
    sanitizeLine(say(r['label.domain']({ zone: d.clusterDomain, source: say(r[`label.source.${d.clusterDomainSource}`]()) }))),
    '',
  ];
  const nameW = Math.min(60, Math.max(4, ...d.records.map((r) => r.name.length)));
  const valW = Math.min(50, Math.max(5, ...d.records.map((r) => r.value.length)));
  const [cType, cName, cValue, cNote] = say(r['label.columns']()).split('|') as [string, string, string, string];
  lines.push(bold(`${column(cType, 5)}${column(cName, nameW)}${column(cValue, valW)}${cNote}`));
  for (const r of d.records)
    lines.push(sanitizeLine(`${column(r.type, 5)}${column(r.name, nameW)}${column(r.value || '-', valW)}${r.note}`));
  lines.push('', bold(sanitizeLine(say(r['label.short']({ domains: d.searchPath.domains.join(' '), ndots: d.searchPath.ndots })))));
  for (const s of d.searchPath.shortNames)
    lines.push(
      sanitizeLine(`  ${column(s.name, nameW)}${say(r['label.short.line']({ from: s.from, tries: s.tries, fqdn: s.resolvesTo }))}`),
    );
  return `${[...lines, ...notesAndWarnings(d.notes, d.warnings, color, lang)].join('\n')}\n`;
}

export function renderDnsMarkdown(d: DnsNames, lang: Lang = 'en'): string {
  const say = sayer(lang);
  const out = [
    `# ${mdInline(say(r['md.dns.title']({ kind: d.target.kind, name: d.target.name, ns: d.target.namespace ?? '' })))}`,
    '',
    say(r['md.dns.domain']({ zone: mdCode(d.clusterDomain), source: say(r[`label.source.${d.clusterDomainSource}`]()) })),
    '',
    `| ${say(r['label.columns']()).split('|').join(' | ')} |`,
    '| --- | --- | --- | --- |',
    ...d.records.map((r) => `| ${r.type} | ${cell(r.name)} | ${cell(r.value || '-')} | ${cell(r.note)} |`),
    '',
    `## ${say(r['md.dns.short']())}`,
    '',
    ...d.searchPath.shortNames.map(
      (s) => `- ${mdCode(s.name)} ${cell(say(r['label.short.line']({ from: s.from, tries: s.tries, fqdn: s.resolvesTo })))}`,
    ),
    '',
  ];
  for (const f of d.notes) {
    out.push(`## ${mdInline(f.title)}`, '', mdBlock(f.detail), '');
    for (const r of f.docs) out.push(`- ${mdInline(`${r.file}:${r.line} ${r.headings.join(' > ')}`)}`);
    if (f.docs.length) out.push('');
  }
  if (d.warnings.length) out.push(`## ${say(r['md.warnings']())}`, '', ...d.warnings.map((w) => `- ${mdInline(w)}`), '');
  return out.join('\n');
}
