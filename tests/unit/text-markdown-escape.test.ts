// Markdown escaping of cluster and document strings: what a renderer (GitHub, a wiki) would turn into
// markup must come out as text. Checked by rendering with markdown-it (HTML enabled, linkify on, as a
// permissive wiki would) and looking at the HTML it produces.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { mdBlock, mdCode, mdInline } from '../../src/text/markdown-escape.js';
import { escapedWriter, esc } from '../../src/text/escaped-writer.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Explanation } from '../../src/model/explanation.js';

const md = new MarkdownIt({ html: true, linkify: true });
const html = (markdown: string) => md.render(markdown);

describe('mdInline', () => {
  it.each([
    ['raw HTML image with onerror', '<img src=x onerror=alert(1)>'],
    ['script tag', '<script>alert(1)</script>'],
    ['javascript link', '[click](javascript:alert(1))'],
    ['autolink with a script scheme', '<javascript:alert(1)>'],
    ['image syntax', '![x](http://evil.example/x.png)'],
  ])('%s renders as text', (_name, input) => {
    const out = html(mdInline(input));
    expect(out).not.toMatch(/<(img|script)\b/);
    expect(out).not.toMatch(/href="(javascript|data)/);
  });

  it.each([
    ['heading', '# owned'],
    ['rule', '---'],
    ['setext underline', '==='],
    ['quote', '> quoted'],
    ['list', '- item'],
    ['ordered list', '1. item'],
  ])('line-leading %s stays a paragraph', (_name, input) => {
    expect(html(mdInline(input))).toMatch(/^<p>/);
  });

  it('keeps a table cell in its cell and names readable', () => {
    const row = `| ${mdInline('a|b')} | ${mdInline('web-1')} |`;
    const out = html(`| x | y |\n| --- | --- |\n${row}`);
    expect(out).toContain('<td>a|b</td>');
    expect(out).toContain('<td>web-1</td>');
  });

  it('sanitizes terminal escapes and folds lines', () => {
    expect(mdInline('a\u001b[31mb\nc')).toBe('ab c');
  });

  it('leaves Japanese text readable', () => {
    expect(html(mdInline('Podとは「起動中」'))).toBe('<p>Podとは「起動中」</p>\n');
  });
});

describe('mdBlock', () => {
  it('escapes block syntax at the start of every line and keeps line breaks', () => {
    const out = html(`text\n\n${mdBlock('first line\n---\n# heading\n<script>x</script>')}`);
    expect(out).not.toMatch(/<(h1|h2|hr|script)\b/);
    expect(out).toContain('<br>');
  });
});

describe('mdCode', () => {
  it('keeps HTML literal and cannot be closed by a backtick in the value', () => {
    const out = html(mdCode('a`<b>x</b>'));
    expect(out).toContain('<code>a`&lt;b&gt;x&lt;/b&gt;</code>');
  });
});

describe('renderMarkdown', () => {
  it('escapes cluster strings of an Explanation', () => {
    const e: Explanation = {
      kind: 'Explanation',
      target: { kind: 'Pod', name: '<img src=x onerror=alert(1)>', namespace: 'shop' },
      verdict: { severity: 'error', text: 'container <script>alert(1)</script> failed' },
      findings: [
        { id: 'x', concept: 'pod.phase', severity: 'error', title: '[x](javascript:alert(1))', detail: 'msg\n---\n# big', docs: [] },
      ],
      warnings: ['<b>w</b>'],
    } as unknown as Explanation;
    const out = html(renderMarkdown(e));
    expect(out).not.toMatch(/<(img|script|a|b|hr)\b/);
    expect(out).not.toMatch(/<h[1-6]>big/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('escapedWriter', () => {
  it('escapes interpolated values for its format, never the literal parts; style() is the one way to add codes', () => {
    const w = escapedWriter('text');
    w.line`${w.style('\u001b[1m', 'a\u001b]0;title\u0007b', '\u001b[0m')} ${'\u202eevil'}`;
    w.block('one\r\ntwo\u001b[2J', '  ');
    expect(w.text()).toBe('\u001b[1mab\u001b[0m evil\n  one\n  two\n');
    const md = escapedWriter('markdown');
    md.line`| ${'a|b'} | ${md.code('x`y')} |`;
    expect(md.text()).toBe('| a\\|b | ``x`y`` |\n');
    const xml = escapedWriter('xml');
    xml.line`<a n="${'"><script>'}">${']]><x/>'}</a>`;
    expect(xml.text()).toBe('<a n="&quot;&gt;&lt;script&gt;">]]&gt;&lt;x/&gt;</a>\n');
  });

  it('esc sanitizes interpolated values only', () => {
    expect(esc`\u001b[1mPod\u001b[0m ${'web\u001b[2J'}`).toBe('\u001b[1mPod\u001b[0m web');
  });
});
