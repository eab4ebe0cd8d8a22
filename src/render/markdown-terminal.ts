// Markdown → terminal lines for a given width, from markdown-it tokens: headings, paragraphs
// reflowed (Japanese line breaking from src/text/wrap.ts), bullet and numbered lists with hanging
// indents, bold, inline code, links as their text, code blocks as they are, tables as text, block
// quotes. Used by `docs --show` and the TUI's doc pane. Every piece of document text is escaped (safe())
// before styles are added, so a document cannot put its own escape sequences on the terminal.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { sanitize } from '../text/sanitize.js';
import { safe, type SafeText } from '../text/safe-text.js';
import { displayWidth, wrapText } from '../text/wrap.js';

export interface MarkdownStyle {
  bold(s: string): string;
  dim(s: string): string;
  code(s: string): string;
  heading(s: string, level: number): string;
}

export const plainMarkdownStyle: MarkdownStyle = { bold: (s) => s, dim: (s) => s, code: (s) => s, heading: (s) => s };
export const ansiMarkdownStyle: MarkdownStyle = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  code: (s) => `\u001b[36m${s}\u001b[39m`,
  heading: (s) => `\u001b[1;4m${s}\u001b[22;24m`,
};

export interface RenderOptions {
  style?: MarkdownStyle;
}

const md = new MarkdownIt('default', { html: true, linkify: false });

const CJK = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Inline tokens → one styled string (newlines only for hard breaks). */
function inline(tokens: Token[] | null, style: MarkdownStyle): string {
  let out = '';
  let bold = 0;
  const children = tokens ?? [];
  for (let i = 0; i < children.length; i++) {
    const t = children[i]!;
    switch (t.type) {
      case 'text':
        out += bold > 0 ? style.bold(safe(t.content)) : safe(t.content);
        break;
      case 'code_inline':
        out += style.code(safe(t.content));
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'softbreak': {
        // A line break in Japanese source is not a space.
        const before = children[i - 1]?.content.at(-1) ?? '';
        const after = children[i + 1]?.content[0] ?? '';
        out += CJK.test(before) && CJK.test(after) ? '' : ' ';
        break;
      }
      case 'hardbreak':
        out += '\n';
        break;
      case 'image':
        out += safe(t.content || '');
        break;
      case 'html_inline':
        if (/^<br\s*\/?>$/i.test(t.content)) out += '\n';
        break;
      default:
        break; // link_open/close, em: the text inside is kept as text
    }
  }
  return out;
}

interface Frame {
  kind: 'bullet' | 'ordered' | 'quote';
  counter: number;
}

/**
 * Renders Markdown to lines no wider than `width` (code blocks and tables excepted when unavoidable).
 * The lines are SafeText: every token of the document was escaped, the rest is our styling and layout.
 */
export function renderMarkdownLines(markdown: string, width: number, opts: RenderOptions = {}): SafeText[] {
  const style = opts.style ?? plainMarkdownStyle;
  const tokens = md.parse(markdown, {});
  const out: string[] = [];
  const stack: Frame[] = [];
  // The marker of the list item whose first paragraph comes next ("• ", "3. ").
  let pendingMarker: string | null = null;
  const blank = () => {
    if (out.length > 0 && out.at(-1) !== '' && stack.length === 0) out.push('');
  };
  const indentOf = () => stack.reduce((s, f) => s + (f.kind === 'quote' ? '│ ' : f.kind === 'bullet' ? '  ' : '   '), '');
  const emit = (text: string) => {
    const base = indentOf();
    let first = base;
    let rest = base;
    if (pendingMarker !== null) {
      const innerIndent = base.slice(0, base.length - pendingMarker.length);
      first = innerIndent + pendingMarker;
      rest = innerIndent + ' '.repeat(displayWidth(pendingMarker));
      pendingMarker = null;
    }
    const avail = Math.max(10, width - displayWidth(first));
    wrapText(text, avail).forEach((l, i) => out.push((i === 0 ? first : rest) + l));
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open': {
        blank();
        const level = Number(t.tag.slice(1)) || 1;
        const text = inline(tokens[i + 1]?.children ?? null, plainMarkdownStyle);
        for (const l of wrapText(text, width)) out.push(style.heading(l, level));
        if (level <= 2)
          out.push(style.dim((level === 1 ? '═' : '─').repeat(Math.min(width, Math.max(...wrapText(text, width).map(displayWidth))))));
        i += 2;
        break;
      }
      case 'paragraph_open': {
        if (stack.length === 0) blank();
        emit(inline(tokens[i + 1]?.children ?? null, style));
        i += 2;
        break;
      }
      case 'bullet_list_open':
        if (stack.length === 0) blank();
        stack.push({ kind: 'bullet', counter: 0 });
        break;
      case 'ordered_list_open':
        if (stack.length === 0) blank();
        stack.push({ kind: 'ordered', counter: Number(t.attrGet('start') ?? 1) - 1 });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'blockquote_close':
        stack.pop();
        break;
      case 'blockquote_open':
        if (stack.length === 0) blank();
        stack.push({ kind: 'quote', counter: 0 });
        break;
      case 'list_item_open': {
        const f = stack.at(-1)!;
        f.counter++;
        pendingMarker = f.kind === 'ordered' ? `${f.counter}. `.padEnd(3) : '• ';
        if (f.kind === 'ordered' && pendingMarker.length > 3) pendingMarker = `${f.counter}.`;
        break;
      }
      case 'fence':
      case 'code_block': {
        if (stack.length === 0) blank();
        const pad = indentOf() + '  ';
        const lines = sanitize(t.content).replace(/\t/g, '  ').replace(/\n$/, '').split('\n');
        for (const l of lines) for (const w of wrapText(l, Math.max(10, width - displayWidth(pad)))) out.push(pad + style.code(w));
        break;
      }
      case 'table_open': {
        if (stack.length === 0) blank();
        const end = tokens.findIndex((x, j) => j > i && x.type === 'table_close');
        out.push(...table(tokens.slice(i, end), width, style));
        i = end;
        break;
      }
      case 'hr':
        blank();
        out.push(style.dim('─'.repeat(Math.min(width, 40))));
        break;
      default:
        break; // html_block (comments, concept markers) and the rest: nothing to show
    }
  }
  while (out.at(-1) === '') out.pop();
  return out as SafeText[];
}

/** A table as aligned columns when it fits, else one "header: value" block per row. */
function table(tokens: Token[], width: number, style: MarkdownStyle): string[] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) rows.push(row);
    else if ((t.type === 'th_open' || t.type === 'td_open') && row)
      row.push(inline(tokens[i + 1]?.children ?? null, plainMarkdownStyle).replace(/\n/g, ' '));
  }
  if (rows.length === 0) return [];
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (cols - 1);
  if (total <= width) {
    const line = (r: string[]) =>
      r
        .map((c, j) => c + ' '.repeat(widths[j]! - displayWidth(c)))
        .join('  ')
        .trimEnd();
    return [style.bold(line(rows[0]!)), style.dim(widths.map((w) => '─'.repeat(w)).join('  ')), ...rows.slice(1).map(line)];
  }
  const [head, ...body] = rows;
  const out: string[] = [];
  for (const r of body) {
    r.forEach((cell, j) => {
      if (!cell) return;
      const label = `${head![j] ?? ''}: `;
      wrapText(cell, Math.max(10, width - displayWidth(label))).forEach((l, k) =>
        out.push(k === 0 ? style.bold(label) + l : ' '.repeat(displayWidth(label)) + l),
      );
    });
    out.push('');
  }
  while (out.at(-1) === '') out.pop();
  return out;
}
