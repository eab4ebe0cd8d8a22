// Renderers for `kubexplain docs`: text (aligned, coloured on a TTY), Markdown and JSON. Written through
// the escaping writer: titles, headings and file names come from the user's documents, which are as
// untrusted for a terminal (or a Markdown page) as anything from the cluster.
import type { Concept } from '../docs/catalog.js';
import { norm } from '../docs/normalize.js';
import type { DocsCatalog } from '../i18n/messages/docs.js';
import { sayer } from '../i18n/localize.js';
import { builders } from '../model/message.js';
import type { ParsedDocument } from '../docs/types.js';
import type { Lang } from '../i18n/lang.js';
import type { DocSearch, DocSearchResult } from '../model/docs.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';
import { escapedWriter, safeJson, type EscapedWriter, type Escaped } from '../text/escaped-writer.js';

const d = builders<DocsCatalog>('docs');
/** The tool's own styling codes (open, close) for the three kinds of emphasis `docs` uses. */
export interface Style {
  bold: readonly [string, string];
  dim: readonly [string, string];
  accent: readonly [string, string];
}

export const plainStyle: Style = { bold: ['', ''], dim: ['', ''], accent: ['', ''] };
export const ansiStyle: Style = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  accent: ['\u001b[36m', '\u001b[39m'],
};

/** A value in one of the styles, escaped by the writer. */
const styler = (w: EscapedWriter, style: Style) => (kind: keyof Style, value: unknown) => w.style(style[kind][0], value, style[kind][1]);

/**
 * The heading path to show: the document title, then the headings, without a first heading that
 * the title already says ("【メモ】Kubernetes" › "Kubernetes" › … shows the title once). Compared as
 * they will be shown (without control characters); escaped when written.
 */
export function displayHeadings(r: Pick<DocSearchResult, 'document' | 'headings'>): string[] {
  const hs = r.headings;
  const [first = '', ...rest] = hs.map(sanitizeLine);
  const doc = sanitizeLine(r.document);
  if (hs.length && first === doc) return [...hs];
  if (rest.length && first && norm(doc).includes(norm(first))) return [r.document, ...hs.slice(1)];
  return [r.document, ...hs];
}

/** "document › heading › heading (file:line)" */
function resultFragment(w: EscapedWriter, r: DocSearchResult, style: Style): Escaped {
  const styled = styler(w, style);
  const parts = displayHeadings(r);
  const last = parts.pop() ?? '';
  return w`${w.join(
    parts.map((p) => styled('dim', w`${p} › `)),
    '',
  )}${styled('bold', last)} ${styled('accent', w`(${r.file}:${r.line})`)}`;
}

/** The heading line of `docs --show` and the true statements of its cautions, before the section's text. */
export function renderSectionHeader(r: DocSearchResult, cautions: readonly string[], style: Style = plainStyle): string {
  const w = escapedWriter('text');
  w.line(resultFragment(w, r, style));
  for (const c of cautions) w.line`${styler(w, style)('accent', '⚠')} ${c}`;
  return w.text();
}

/**
 * `docs --show -o markdown`: the section's own Markdown, as written. Here the document's Markdown is the
 * point (its headings, lists, code and links are what the reader asked for), so it is not escaped as
 * text; terminal controls, bidi and separator characters are removed, as for any output.
 */
export function renderSectionMarkdown(markdown: string): string {
  return `${sanitize(markdown).trimEnd()}\n`;
}

export function renderSearchText(doc: DocSearch, lang: Lang, style: Style = plainStyle): string {
  const s = sayer(lang);
  const w = escapedWriter('text');
  const styled = styler(w, style);
  const user = doc.results.filter((r) => r.source === 'user');
  const handbook = doc.results.filter((r) => r.source === 'handbook');
  if (user.length > 0) {
    w.line(styled('bold', s(d.yourDocuments())));
    for (const r of user) {
      w.line`  ${resultFragment(w, r, style)}`;
      // The section states a well-known misconception: say what is true.
      for (const c of r.cautions ?? []) w.line`    ${styled('accent', '⚠')} ${c.text}`;
    }
  }
  if (handbook.length > 0) {
    w.line(styled('bold', s(d.handbook())));
    for (const r of handbook) w.line`  ${resultFragment(w, r, style)}`;
  }
  if (doc.query !== null && doc.concepts.length > 0) w.line(styled('dim', s(d.alsoSearched({ names: doc.concepts.join(', ') }))));
  return w.empty() ? '\n' : w.text();
}

/** Markdown: a list of links to the sections (file#anchor), grouped like the text output. */
export function renderSearchMarkdown(doc: DocSearch, lang: Lang): string {
  const s = sayer(lang);
  const w = escapedWriter('markdown');
  w.line`## ${doc.concept ? w.code(doc.concept) : (doc.query ?? '')}`;
  w.line();
  const group = (name: string, rs: DocSearchResult[]) => {
    if (rs.length === 0) return;
    w.line`### ${name}`;
    w.line();
    for (const r of rs)
      w.line`- [${displayHeadings(r).join(' › ')}](${w.destination(r.file)}#${w.destination(r.anchor)}) — ${w.code(`${r.file}:${r.line}`)}`;
    w.line();
  };
  group(
    s(d.yourDocuments()),
    doc.results.filter((r) => r.source === 'user'),
  );
  group(
    s(d.handbook()),
    doc.results.filter((r) => r.source === 'handbook'),
  );
  return `${w.text().trimEnd()}\n`;
}

/** JSON for machines: src/text's safeJson (control, bidi and separator characters escaped as \\uXXXX). */
export const toSafeJson = (value: unknown): string => safeJson(value);

export function renderConceptListText(concepts: readonly Concept[], lang: Lang, style: Style = plainStyle): string {
  const w = escapedWriter('text');
  const styled = styler(w, style);
  const width = Math.max(...concepts.map((c) => c.key.length));
  w.line(styled('bold', sayer(lang)(d.concepts())));
  for (const c of concepts) {
    const names = lang === 'ja' ? `${c.ja[0]} / ${c.en[0]}` : `${c.en[0]} / ${c.ja[0]}`;
    w.line`  ${styled('accent', c.key.padEnd(width))}  ${names} — ${styled('dim', c.meaning[lang])}`;
  }
  return w.text();
}

export function renderConceptListMarkdown(concepts: readonly Concept[], lang: Lang): string {
  const w = escapedWriter('markdown');
  w.line`## ${sayer(lang)(d.concepts())}`;
  w.line();
  w.line`| key | 日本語 | English | |`;
  w.line`| --- | --- | --- | --- |`;
  for (const c of concepts) w.line`| ${w.code(c.key)} | ${c.ja.join(', ')} | ${c.en.join(', ')} | ${c.meaning[lang]} |`;
  return w.text();
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
  const w = escapedWriter('text');
  const styled = styler(w, style);
  const entry = (e: DocListEntry) =>
    w.line`  ${e.title} ${styled('accent', w`(${e.file})`)} ${styled('dim', s(d.sections({ n: e.sections })))}`;
  const user = entries.filter((e) => e.source === 'user');
  w.line(styled('bold', s(d.yourDocuments())));
  if (user.length === 0) w.line`  ${styled('dim', s(d.noUserDocs()))}`;
  user.forEach(entry);
  const hb = entries.filter((e) => e.source === 'handbook' && e.lang === lang);
  if (hb.length > 0) {
    w.line(styled('bold', `${s(d.handbook())} (${lang})`));
    hb.forEach(entry);
  }
  return w.text();
}
