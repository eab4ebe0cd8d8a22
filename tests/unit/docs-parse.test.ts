// The Markdown indexer on small documents written for these tests.
import { describe, expect, it } from 'vitest';
import { parseMarkdown, readFrontMatter } from '../../src/docs/parse.js';

const parse = (text: string) => parseMarkdown(text, { file: 'notes.md', source: 'user', fallbackTitle: 'notes.md' });

describe('parseMarkdown', () => {
  it('gives each heading its level, 1-based line, path (outermost first) and body', () => {
    const doc = parse(
      ['# Notes', '', 'intro', '', '## Pods', 'text about pods', '', '### Phase', 'Pending and Running', '', '## Services', 'svc'].join(
        '\n',
      ),
    );
    expect(doc.title).toBe('Notes');
    expect(doc.sections.map((s) => [s.line, s.level, s.headings])).toEqual([
      [1, 1, ['Notes']],
      [5, 2, ['Notes', 'Pods']],
      [8, 3, ['Notes', 'Pods', 'Phase']],
      [11, 2, ['Notes', 'Services']],
    ]);
    expect(doc.sections[1]!.body).toContain('text about pods');
    expect(doc.sections[1]!.body).not.toContain('Pending');
  });

  it('takes the title from YAML front matter, keeps line numbers, and does not index front matter', () => {
    const doc = parse(['---', 'title: "My notes"', 'tags: [k8s]', '---', '', '## First', 'x'].join('\n'));
    expect(doc.title).toBe('My notes');
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]!.line).toBe(6);
    expect(doc.sections[0]!.heading).toBe('First');
  });

  it('survives front matter that is not valid YAML, and a document with no heading', () => {
    expect(readFrontMatter('---\n: : [\n---\n# A').title).toBeNull();
    expect(parse('---\n: : [\n---\n# A\n').sections[0]!.line).toBe(4);
    const none = parse('just text\n\nmore text\n');
    expect(none.sections).toEqual([]);
    expect(none.title).toBe('notes.md');
  });

  it('does not take # lines inside code fences (``` or ~~~) or indented code for headings', () => {
    const doc = parse(
      [
        '# Doc',
        '```bash',
        '# list pods',
        'kubectl get pods',
        '```',
        '~~~',
        '## not a heading',
        '~~~',
        '',
        '    # indented code',
        '',
        '## Real',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => s.heading)).toEqual(['Doc', 'Real']);
    expect(doc.sections[0]!.code).toContain('kubectl get pods');
  });

  it('handles Japanese, numbered (full-width space) and decorated headings', () => {
    // Runs of white space, the full-width space included, become one ordinary space.
    const doc = parse(
      ['# 入門', '## 5章\u3000Pod', '### 5.6\u3000ヘルスチェック', '#### 5.6.2\u3000\u3000Readiness probe', '#### ▼ Podとは'].join('\n'),
    );
    expect(doc.sections.map((s) => s.heading)).toEqual(['入門', '5章 Pod', '5.6 ヘルスチェック', '5.6.2 Readiness probe', '▼ Podとは']);
    expect(doc.sections[3]!.headings).toEqual(['入門', '5章 Pod', '5.6 ヘルスチェック', '5.6.2 Readiness probe']);
    expect(doc.sections[4]!.headings).toEqual(['入門', '5章 Pod', '5.6 ヘルスチェック', '▼ Podとは']);
  });

  it('uses the link text of a heading that is a link, and strips inline markup', () => {
    const doc = parse(
      ['### [Service とは何か?](https://example.com/a)', '#### 1. **Bold** `code` *em*', '## ![logo](x.png) Title'].join('\n'),
    );
    expect(doc.sections.map((s) => s.heading)).toEqual(['Service とは何か?', '1. Bold code em', 'logo Title']);
  });

  it('makes GitHub-style anchors, unique within a document', () => {
    const doc = parse(
      [
        '# Kubernetes 超入門',
        '## インフラのコード化 (Infrastructure as Code)',
        '## Role/ClusterRole',
        '## Notes',
        '## Notes',
        '#### ▼ Podとは',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => s.anchor)).toEqual([
      'kubernetes-超入門',
      'インフラのコード化-infrastructure-as-code',
      'roleclusterrole',
      'notes',
      'notes-1',
      '-podとは',
    ]);
  });

  it('skips empty headings, accepts setext headings, CRLF and a BOM', () => {
    const doc = parse('\ufeffTitle\r\n=====\r\n\r\n## \r\n\r\nSub\r\n---\r\ntext\r\n');
    expect(doc.sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      ['Title', 1, 1],
      ['Sub', 2, 6],
    ]);
  });

  it('reads concept markers under a heading', () => {
    const doc = parse(
      [
        '## Readiness',
        '<!-- concept: probes.readiness -->',
        '',
        'text',
        '## Both',
        '<!-- kubexplain: concepts: pod.phase, pod.conditions -->',
      ].join('\n'),
    );
    expect(doc.sections[0]!.concepts).toEqual(['probes.readiness']);
    expect(doc.sections[1]!.concepts).toEqual(['pod.phase', 'pod.conditions']);
  });

  it('removes terminal control sequences from headings and titles', () => {
    const doc = parse('# Evil\u001b[2J\u001b]0;owned\u0007 title \u202e\n## ok\u009b31m\n');
    expect(doc.title).toBe('Evil title');
    expect(doc.sections[1]!.heading).toBe('ok31m');
    for (const s of doc.sections) expect(s.heading).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('keeps URLs out of the searchable body text', () => {
    const doc = parse(
      '## A\nsee [the docs](https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase) and https://example.com/pod-phase\n',
    );
    expect(doc.sections[0]!.body).toContain('the docs');
    expect(doc.sections[0]!.body).not.toContain('pod-lifecycle');
    expect(doc.sections[0]!.body).not.toContain('example.com');
  });
});
