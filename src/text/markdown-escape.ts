// Markdown escaping for strings from the cluster or from documents in `-o markdown`: a ticket or wiki
// page that renders the output must show them as text, never as markup. Raw HTML (<img onerror>,
// <script>) becomes entities, inline syntax (emphasis, links, code, table pipes) is backslash-escaped,
// script-scheme links are defused, and line-leading block syntax (# heading, --- rule, > quote, list
// markers) is escaped at the start of every line.
import { sanitize, sanitizeLine } from './sanitize.js';

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function inline(text: string): string {
  return (
    text
      .replace(/[&<>"]/g, (c) => HTML[c]!)
      // Inline syntax: backslash, code, emphasis, links/images, table cells, strikethrough.
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      // javascript:/vbscript:/data: stay readable but no renderer turns them into a link.
      .replace(/\b(javascript|vbscript|data)(:)/gi, '$1&#58;')
  );
}

// Block syntax at the start of a line: headings, rules/setext underlines, quotes (already &gt;), list
// markers, ordered lists, indented code.
function block(line: string): string {
  return line
    .replace(/^\s+/, '')
    .replace(/^([#=+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** One line of cluster or document text for Markdown (headings, table cells, list items). */
export function mdInline(text: string): string {
  return block(inline(sanitizeLine(text)));
}

/** Several lines of cluster or document text for Markdown; every line is escaped and ends in a hard break. */
export function mdBlock(text: string): string {
  return sanitize(text)
    .split('\n')
    .map((l) => block(inline(l)))
    .map((l) => (l ? `${l}  ` : l))
    .join('\n');
}

/** A link destination (file#anchor): sanitized, spaces, parentheses, angle brackets and % percent-encoded, so it stays one working link. */
export function mdDestination(text: string): string {
  return sanitizeLine(text).replace(/[ ()<>%\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A code span of cluster text: everything inside is literal, the fence is longer than any backtick run in it. */
export function mdCode(text: string): string {
  const line = sanitizeLine(text);
  const fence = '`'.repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length)) + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
