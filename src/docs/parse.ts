// Markdown → sections. Pure: text in, sections out. markdown-it does the block structure (so a
// "# comment" inside a code fence is code, not a heading, and setext headings count); headings'
// inline markup is parsed too, so "### [Service とは何か?](url)" gives the heading "Service とは何か?".
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../i18n/lang.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { DocSource, ParsedDocument, Section } from './types.js';

// Block structure only; inline markup is parsed for headings alone (much cheaper on big files).
// CommonMark without the GFM table rule: tables stay paragraphs, which is all searching needs, and
// the table rule triples the parse time.
const blockParser = new MarkdownIt('commonmark', { html: true });
blockParser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
const inlineParser = new MarkdownIt('commonmark', { html: true });

export interface ParseOptions {
  file: string;
  source: DocSource;
  lang?: Lang | null;
  /** Title when the document has neither front-matter title nor heading (usually the file name). */
  fallbackTitle: string;
}

interface FrontMatter {
  title: string | null;
  /** Number of lines the front matter takes (they are blanked, so line numbers stay right). */
  lines: number;
}

/**
 * YAML front matter: a first line of exactly `---`, closed by `---` or `...` (Jekyll, Hugo, Zenn,
 * MkDocs). Not Markdown, so it is cut out before parsing, keeping its lines as blank lines.
 */
export function readFrontMatter(text: string): FrontMatter {
  if (!/^---[ \t]*\r?\n/.test(text)) return { title: null, lines: 0 };
  const lines = text.split('\n');
  const limit = Math.min(lines.length, 500);
  for (let i = 1; i < limit; i++) {
    const l = (lines[i] ?? '').replace(/\r$/, '').trimEnd();
    if (l === '---' || l === '...') {
      let title: string | null = null;
      try {
        const data: unknown = parseYaml(lines.slice(1, i).join('\n'));
        if (data && typeof data === 'object' && 'title' in data) {
          const t = (data as { title: unknown }).title;
          if (typeof t === 'string' || typeof t === 'number') title = String(t).trim() || null;
        }
      } catch {
        // Front matter that is not valid YAML still is front matter; it just has no title.
      }
      return { title, lines: i + 1 };
    }
  }
  return { title: null, lines: 0 };
}

/** Plain text of inline tokens: link text without its URL, code spans, image alt text. */
function inlineText(tokens: Token[] | null): string {
  let out = '';
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'text':
      case 'code_inline':
        out += t.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += ' ';
        break;
      case 'image':
        out += inlineText(t.children);
        break;
      default:
        if (t.children) out += inlineText(t.children);
    }
  }
  return out;
}

// Without these characters a heading has no inline markup (escapes, code, emphasis, links, images,
// HTML, entities) and is its own text: inline-parsing 16,000 headings took a sixth of a 5 MB folder's parse.
const INLINE_MARKUP = /[\\`*_[\]!<&~]/;

function headingText(raw: string): string {
  const text = INLINE_MARKUP.test(raw) ? inlineText(inlineParser.parseInline(raw, {})[0]?.children ?? null) : raw;
  return sanitizeLine(text).replace(/\s+/g, ' ').trim();
}

// Raw inline Markdown of body text, made plain enough to search: URLs and tags go. Each pattern runs
// only where its first characters occur (most paragraphs have neither links nor tags).
function bodyText(raw: string): string {
  let out = raw;
  if (out.includes('](')) out = out.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']');
  const tag = out.includes('<');
  if (tag) out = out.replace(/<https?:[^>\s]*>/g, ' ');
  if (out.includes('http')) out = out.replace(/https?:\/\/[^\s)>\]|]+/g, ' ');
  if (tag) out = out.replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
  return out;
}

const CONCEPT_MARKER = /<!--\s*(?:kubexplain[-:\s]+)?concepts?\s*:\s*([a-z0-9.,\s_-]+?)\s*-->/gi;

/** Parses one Markdown document into sections. Never throws on odd input. */
export function parseMarkdown(text: string, opts: ParseOptions): ParsedDocument {
  let src = text.startsWith('\ufeff') ? text.slice(1) : text;
  const fm = readFrontMatter(src);
  if (fm.lines > 0) {
    const lines = src.split('\n');
    src = '\n'.repeat(fm.lines) + lines.slice(fm.lines).join('\n');
  }
  const tokens: Token[] = blockParser.parse(src, {});
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  const stack: { level: number; text: string }[] = [];
  let current: Section | null = null;
  let body: string[] = [];
  let code: string[] = [];
  let firstHeading: string | null = null;

  const close = () => {
    if (current) {
      current.body = body.join('\n');
      current.code = code.join('\n');
    }
    body = [];
    code = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.type === 'heading_open') {
      const inline = tokens[i + 1];
      const text = inline && inline.type === 'inline' ? headingText(inline.content) : '';
      i += 2; // inline, heading_close
      if (!text) continue; // "## " with nothing after it is not a section
      close();
      const level = Number(tok.tag.slice(1)) || 1;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ level, text });
      firstHeading ??= text;
      current = {
        heading: text,
        headings: stack.map((s) => s.text),
        level,
        line: (tok.map?.[0] ?? 0) + 1,
        anchor: slugger.slug(text),
        concepts: [],
        body: '',
        code: '',
      };
      sections.push(current);
      continue;
    }
    if (!current) continue; // text before the first heading has no section
    switch (tok.type) {
      case 'inline':
        body.push(bodyText(tok.content));
        break;
      case 'fence':
      case 'code_block':
        code.push(tok.content);
        break;
      case 'html_block': {
        for (const m of tok.content.matchAll(CONCEPT_MARKER)) {
          for (const key of m[1]!.split(/[\s,]+/)) if (key) current.concepts.push(key.toLowerCase());
        }
        break;
      }
      default:
        break;
    }
  }
  close();

  const title = sanitizeLine(fm.title ?? firstHeading ?? opts.fallbackTitle).trim() || opts.fallbackTitle;
  return { source: opts.source, lang: opts.lang ?? null, file: opts.file, title, sections };
}
