// Renderers for `kubexplain docs`: text (aligned, coloured on a TTY), Markdown and JSON.
// Every string that came from a document goes through sanitizeLine() before it is printed.
import type { Concept } from '../docs/catalog.js';
import { norm } from '../docs/normalize.js';
import type { DocsCatalog } from '../i18n/messages/docs.js';
import { sayer } from '../i18n/localize.js';
import { builders } from '../model/message.js';
import type { ParsedDocument } from '../docs/types.js';
import type { Lang } from '../i18n/lang.js';
import type { DocSearch, DocSearchResult } from '../model/docs.js';
import { sanitizeLine } from '../text/sanitize.js';
import { safeJson } from '../text/escaped-writer.js';

const d = builders<DocsCatalog>('docs');

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
}

export const plainStyle: Style = { bold: (s) => s, dim: (s) => s, accent: (s) => s };
export const ansiStyle: Style = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  accent: (s) => `\u001b[36m${s}\u001b[39m`,
};

/**
 * The heading path to show: the document title, then the headings, without a first heading that
 * the title already says ("【メモ】Kubernetes" › "Kubernetes" › … shows the title once).
 */
export function displayHeadings(r: Pick<DocSearchResult, 'document' | 'headings'>): string[] {
  const hs = r.headings.map(sanitizeLine);
  const doc = sanitizeLine(r.document);
  if (hs[0] === doc) return hs;
  const first = hs[0] ? norm(hs[0]) : '';
  if (hs.length > 1 && first && norm(doc).includes(first)) return [doc, ...hs.slice(1)];
  return [doc, ...hs];
}

/** A Markdown link destination: spaces, parentheses and angle brackets escaped, other text kept readable. */
function mdDestination(s: string): string {
  return sanitizeLine(s).replace(/[ ()<>%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** "document › heading › heading (file:line)" */
export function resultLine(r: DocSearchResult, style: Style = plainStyle): string {
  const parts = displayHeadings(r);
  const last = parts.pop() ?? '';
  const trail = parts.map((p) => style.dim(`${p} › `)).join('');
  return `${trail}${style.bold(last)} ${style.accent(`(${sanitizeLine(r.file)}:${r.line})`)}`;
}

export function renderSearchText(doc: DocSearch, lang: Lang, style: Style = plainStyle): string {
  const s = sayer(lang);
  const out: string[] = [];
  const user = doc.results.filter((r) => r.source === 'user');
  const handbook = doc.results.filter((r) => r.source === 'handbook');
  if (user.length > 0) {
    out.push(style.bold(s(d.yourDocuments())));
    for (const r of user) {
      out.push(`  ${resultLine(r, style)}`);
      // The section states a well-known misconception: say what is true.
      for (const c of r.cautions ?? []) out.push(`    ${style.accent('⚠')} ${sanitizeLine(c.text)}`);
    }
  }
  if (handbook.length > 0) {
    out.push(style.bold(s(d.handbook())));
    for (const r of handbook) out.push(`  ${resultLine(r, style)}`);
  }
  if (doc.query !== null && doc.concepts.length > 0) out.push(style.dim(s(d.alsoSearched({ names: doc.concepts.join(', ') }))));
  return `${out.join('\n')}\n`;
}

/** Markdown: a list of links to the sections (file#anchor), grouped like the text output. */
export function renderSearchMarkdown(doc: DocSearch, lang: Lang): string {
  const s = sayer(lang);
  const out: string[] = [];
  const title = doc.concept ? `\`${doc.concept}\`` : mdText(doc.query ?? '');
  out.push(`## ${title}`, '');
  const group = (name: string, rs: DocSearchResult[]) => {
    if (rs.length === 0) return;
    out.push(`### ${name}`, '');
    for (const r of rs) {
      const label = displayHeadings(r).map(mdText).join(' › ');
      out.push(`- [${label}](${mdDestination(r.file)}#${mdDestination(r.anchor)}) — \`${mdCode(r.file)}:${r.line}\``);
    }
    out.push('');
  };
  group(
    s(d.yourDocuments()),
    doc.results.filter((r) => r.source === 'user'),
  );
  group(
    s(d.handbook()),
    doc.results.filter((r) => r.source === 'handbook'),
  );
  return `${out.join('\n').trimEnd()}\n`;
}

function mdText(s: string): string {
  return sanitizeLine(s).replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function mdCode(s: string): string {
  return sanitizeLine(s).replace(/`/g, "'");
}

/** JSON for machines: src/text's safeJson (control, bidi and separator characters escaped as \\uXXXX). */
export const toSafeJson = (value: unknown): string => safeJson(value);

export function renderConceptListText(concepts: readonly Concept[], lang: Lang, style: Style = plainStyle): string {
  const width = Math.max(...concepts.map((c) => c.key.length));
  const out = [style.bold(sayer(lang)(d.concepts()))];
  for (const c of concepts) {
    const names = lang === 'ja' ? `${c.ja[0]} / ${c.en[0]}` : `${c.en[0]} / ${c.ja[0]}`;
    out.push(`  ${style.accent(c.key.padEnd(width))}  ${names} — ${style.dim(c.meaning[lang])}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderConceptListMarkdown(concepts: readonly Concept[], lang: Lang): string {
  const out = [`## ${sayer(lang)(d.concepts())}`, '', '| key | 日本語 | English | |', '| --- | --- | --- | --- |'];
  for (const c of concepts) out.push(`| \`${c.key}\` | ${c.ja.join(', ')} | ${c.en.join(', ')} | ${c.meaning[lang]} |`);
  return `${out.join('\n')}\n`;
}

export interface DocListEntry {
  source: 'user' | 'handbook';
  lang: Lang | null;
  file: string;
  title: string;
  sections: number;
}

export function docListEntries(documents: ParsedDocument[]): DocListEntry[] {
  return documents.map((d) => ({ source: d.source, lang: d.lang, file: d.file, title: d.title, sections: d.sections.length }));
}

export function renderDocListText(entries: DocListEntry[], lang: Lang, style: Style = plainStyle): string {
  const s = sayer(lang);
  const out: string[] = [];
  const user = entries.filter((e) => e.source === 'user');
  out.push(style.bold(s(d.yourDocuments())));
  if (user.length === 0) out.push(`  ${style.dim(s(d.noUserDocs()))}`);
  for (const e of user)
    out.push(`  ${sanitizeLine(e.title)} ${style.accent(`(${sanitizeLine(e.file)})`)} ${style.dim(s(d.sections({ n: e.sections })))}`);
  const hb = entries.filter((e) => e.source === 'handbook' && e.lang === lang);
  if (hb.length > 0) {
    out.push(style.bold(`${s(d.handbook())} (${lang})`));
    for (const e of hb)
      out.push(`  ${sanitizeLine(e.title)} ${style.accent(`(${e.file})`)} ${style.dim(s(d.sections({ n: e.sections })))}`);
  }
  return `${out.join('\n')}\n`;
}
