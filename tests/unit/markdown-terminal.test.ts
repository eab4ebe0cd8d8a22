// The terminal Markdown renderer and the one wrapper (Japanese line breaking), on text written for the test.
import { describe, expect, it } from 'vitest';
import { renderMarkdownLines } from '../../src/render/markdown-terminal.js';
import { displayWidth, wrapText } from '../../src/text/wrap.js';

const NO_START = /^[ー、。」）』】・？！,.)]/;

describe('wrapText', () => {
  const ja = 'コンテナが起動しては終了を繰り返す。ログ（kubectl logs --previous）を読み、原因を「設定」か「依存先」に分ける。';
  it('never exceeds the width and never starts a line with a closing mark or ー', () => {
    for (let w = 12; w <= 40; w++) {
      const lines = wrapText(ja, w);
      for (const l of lines) {
        expect(displayWidth(l), `${w}: ${l}`).toBeLessThanOrEqual(w);
        expect(l, `${w}`).not.toMatch(NO_START);
        expect(l, `${w}`).not.toMatch(/[「（]$/);
      }
      expect(lines.join('').replace(/\s/g, '')).toBe(ja.replace(/\s/g, ''));
    }
  });

  it('keeps Latin words whole and wraps spaced text at spaces', () => {
    expect(wrapText('日本語の文の中の ImagePullBackOff という語', 20).some((l) => l.includes('ImagePullBackOff'))).toBe(true);
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('renderMarkdownLines', () => {
  const md = [
    '# 見出し',
    '',
    'これは**太字**と`code`と[リンクの文字](https://example.com)を含む段落で、',
    '行の途中で改行されている。',
    '',
    '- 一つ目の項目はとても長い説明を持っていて、幅に合わせて折り返される。',
    '  1. 入れ子',
    '',
    '```sh',
    'kubectl get pods',
    '```',
    '',
    '| 名前 | 意味 |',
    '|---|---|',
    '| Pod | 最小の単位 |',
    '',
    '<!-- concept: pod -->',
  ].join('\n');

  it('renders headings, reflowed paragraphs, lists with hanging indents, code and tables as text', () => {
    const lines = renderMarkdownLines(md, 30);
    expect(lines[0]).toBe('見出し');
    expect(lines[1]).toMatch(/^═+$/);
    const text = lines.join('\n');
    expect(text).toContain('太字');
    expect(text).not.toContain('**');
    expect(text).not.toContain('https://');
    expect(text).toContain('リンクの文字');
    // A line break in Japanese source does not become a space.
    expect(text.replace(/\n/g, '')).toContain('段落で、行の途中');
    const item = lines.findIndex((l) => l.startsWith('• '));
    expect(item).toBeGreaterThan(0);
    expect(lines[item + 1]).toMatch(/^ {2}\S/);
    expect(text).toContain('  1. 入れ子');
    expect(text).toContain('  kubectl get pods');
    expect(lines.some((l) => /^Pod\s+最小の単位$/.test(l))).toBe(true);
    expect(text).not.toContain('concept');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(30);
    for (const l of lines) expect(l).not.toMatch(NO_START);
  });

  it('drops escape sequences that come from the document', () => {
    const lines = renderMarkdownLines('evil \u001b[31mred\u001b[0m \u202etext', 40);
    expect(lines.join('')).not.toMatch(/[\u001b\u202e]/);
  });

  it('a table too wide for the width becomes "header: value" lines', () => {
    const wide = '| Name | Description |\n|---|---|\n| a | ' + 'long words here '.repeat(6) + '|\n';
    const lines = renderMarkdownLines(wide, 30);
    expect(lines[0]).toMatch(/^Name: a$/);
    expect(lines.some((l) => l.startsWith('Description: '))).toBe(true);
  });
});
