// `kubexplain docs`: output formats, exit codes, colour and sanitizing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDocs, type DocsIO } from '../../commands/docs.js';
import { ExitCode } from '../../src/errors.js';
import { displayHeadings } from '../../src/render/docs-text.js';
import { failure, hintOf } from '../support/kx-error.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kx-docs-cmd-'));
  writeFileSync(
    path.join(dir, 'notes.md'),
    [
      '---',
      'title: 学習ノート',
      '---',
      '# Kubernetes',
      '## Pod',
      '### Readiness probe',
      'Readiness probe の失敗で Service から外れる。',
      '## Evil \u001b[31mred\u001b[0m \u001b]8;;http://x\u0007link\u001b]8;;\u0007 \u202edesrever\u202c heading',
      'text',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(opts: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}): DocsIO & { out: string; err: string } {
  const sink = {
    out: '',
    err: '',
    stdout: { write: (s: string) => void (sink.out += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => void (sink.err += s) },
    env: opts.env ?? { HOME: dir },
    cwd: dir,
  };
  return sink;
}
type Common = Parameters<typeof runDocs>[2];
const common = (o: Partial<Common> = {}): Common => ({ output: 'text', lang: 'en', docs: [dir], color: true, ...o });

describe('kubexplain docs', () => {
  it('prints "document › heading › heading (file:line)", user documents before the handbook', async () => {
    const s = io();
    await runDocs('readiness probe', {}, common(), s);
    const lines = s.out.split('\n');
    expect(lines[0]).toBe('Your documents');
    expect(lines[1]).toBe('  学習ノート › Kubernetes › Pod › Readiness probe (notes.md:6)');
    expect(s.out).toMatch(/Handbook\n {2}Probes › Readiness probe \(\S*docs[/\\]handbook[/\\]en[/\\]probes\.md:\d+\)/);
    expect(s.out).not.toContain('\u001b');
  });

  it('uses the Japanese handbook and messages with --lang ja', async () => {
    const s = io();
    await runDocs(undefined, { concept: 'probes.readiness' }, common({ lang: 'ja' }), s);
    expect(s.out).toContain('あなたのドキュメント');
    expect(s.out).toMatch(/handbook[/\\]ja[/\\]probes\.md/);
  });

  it('colours only on a TTY, and never with NO_COLOR or --no-color', async () => {
    const tty = io({ tty: true });
    await runDocs('readiness probe', {}, common(), tty);
    expect(tty.out).toContain('\u001b[1m');
    const noColor = io({ tty: true, env: { HOME: dir, NO_COLOR: '1' } });
    await runDocs('readiness probe', {}, common(), noColor);
    expect(noColor.out).not.toContain('\u001b');
    const flag = io({ tty: true });
    await runDocs('readiness probe', {}, common({ color: false }), flag);
    expect(flag.out).not.toContain('\u001b');
  });

  it('removes control sequences and bidi overrides that come from a document', async () => {
    for (const output of ['text', 'markdown'] as const) {
      const s = io({ tty: true });
      await runDocs('Evil heading', {}, common({ output, color: false }), s);
      expect(s.out).toContain('Evil');
      expect(s.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    const j = io();
    await runDocs('Evil heading', {}, common({ output: 'json' }), j);
    expect(j.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('-o json gives results[] {file, line, headings[], document, score, source}', async () => {
    const s = io();
    await runDocs('リソース制限', {}, common({ output: 'json' }), s);
    const doc = JSON.parse(s.out);
    expect(doc.kind).toBe('DocSearch');
    expect(doc.query).toBe('リソース制限');
    expect(doc.concept).toBeNull();
    expect(doc.concepts).toContain('resources');
    expect(doc.results.length).toBeGreaterThan(0);
    for (const r of doc.results) {
      expect(Object.keys(r).sort()).toEqual(['anchor', 'document', 'file', 'headings', 'line', 'score', 'source']);
      expect(['user', 'handbook']).toContain(r.source);
      expect(typeof r.score).toBe('number');
    }
  });

  it('-o markdown links each section by file and anchor', async () => {
    const s = io();
    await runDocs(undefined, { concept: 'probes.readiness' }, common({ output: 'markdown' }), s);
    expect(s.out).toContain('[学習ノート › Kubernetes › Pod › Readiness probe](notes.md#readiness-probe)');
  });

  it('a query that matches nothing exits 4 with one line and concept suggestions', async () => {
    const err = await failure(runDocs('readinezz probezz', {}, common(), io()));
    expect(err.exitCode).toBe(ExitCode.notFound);
    expect(err.message).toBe('no section matches "readinezz probezz"');
    expect(hintOf(err)).toMatch(/probes\.readiness/);
    const other = await failure(runDocs('qqqqqq', {}, common(), io()));
    expect(other.exitCode).toBe(4);
    expect(hintOf(other)).toMatch(/pod\.phase/);
  });

  it('--show prints the best section rendered for the terminal; --show FILE#anchor the one named', async () => {
    const s = io();
    await runDocs('readiness probe', { show: true }, common(), s);
    expect(s.out).toContain('Readiness probe の失敗で Service から外れる。');
    expect(s.out).toContain(`notes.md:${6}`);
    const hb = io();
    await runDocs(undefined, { show: 'troubleshooting.md#cordoned-node' }, common({ docs: [] }), hb);
    // A handbook reference is a path the user can open from anywhere.
    expect(hb.out).toMatch(new RegExp(`${path.sep === '/' ? '' : '.'}/.*docs/handbook/en/troubleshooting\\.md:\\d+`));
    expect(hb.out).toContain('kubectl uncordon NODE');
    expect(hb.out).not.toContain('<!--');
    const j = io();
    await runDocs(undefined, { show: 'troubleshooting.md#cordoned-node' }, common({ docs: [], output: 'json' }), j);
    expect(JSON.parse(j.out)).toMatchObject({ kind: 'DocSection', anchor: 'cordoned-node', source: 'handbook' });
    await expect(runDocs(undefined, { show: 'notes.md#no-such' }, common(), io())).rejects.toMatchObject({ exitCode: 4 });
  });

  it('-o json with no match still writes a DocSearch with empty results, then exits 4', async () => {
    const s = io();
    const err = await failure(runDocs('qqqqqq', {}, common({ output: 'json' }), s));
    expect(err.exitCode).toBe(ExitCode.notFound);
    const doc = JSON.parse(s.out);
    expect(doc.kind).toBe('DocSearch');
    expect(doc.results).toEqual([]);
  });

  it('an unknown --concept is a usage error (2) with close names', async () => {
    const err = await failure(runDocs(undefined, { concept: 'readyness' }, common(), io()));
    expect(err.exitCode).toBe(ExitCode.usage);
    expect(err.message).toBe('unknown concept "readyness"');
    expect(hintOf(err)).toContain('probes.readiness');
    const both = await failure(runDocs('x', { concept: 'pod.phase' }, common(), io()));
    expect(both.exitCode).toBe(2);
  });

  it('--list prints every concept key, in text and JSON', async () => {
    const s = io();
    await runDocs(undefined, { list: true }, common(), s);
    expect(s.out).toMatch(/^Concepts\n/);
    expect(s.out).toMatch(/probes\.readiness +readiness probe \/ Readiness probe — /);
    const j = io();
    await runDocs(undefined, { list: true }, common({ output: 'json', lang: 'ja' }), j);
    const doc = JSON.parse(j.out);
    expect(doc.kind).toBe('ConceptList');
    expect(doc.concepts.map((c: { key: string }) => c.key)).toContain('rbac.escalation');
  });

  it('with no query lists the loaded documents; warnings go to stderr', async () => {
    const s = io();
    await runDocs(undefined, {}, common({ docs: [dir, path.join(dir, 'missing')] }), s);
    expect(s.out).toContain('学習ノート (notes.md)');
    expect(s.out).toContain('Handbook (en)');
    expect(s.err).toBe('warning: missing: not found; skipped\n');
    const ja = io();
    await runDocs(undefined, {}, common({ docs: [dir, path.join(dir, 'missing')], lang: 'ja' }), ja);
    expect(ja.err).toBe('警告: missing: 見つからないため、読み込みませんでした\n');
  });
});

describe('displayHeadings', () => {
  it('shows the document title once, even when the first heading repeats part of it', () => {
    expect(displayHeadings({ document: 'Notes', headings: ['Notes', 'Pod'] })).toEqual(['Notes', 'Pod']);
    expect(displayHeadings({ document: '【メモ】Kubernetes', headings: ['Kubernetes', 'Pod'] })).toEqual(['【メモ】Kubernetes', 'Pod']);
    expect(displayHeadings({ document: 'Book', headings: ['Chapter 1', 'Pod'] })).toEqual(['Book', 'Chapter 1', 'Pod']);
    // Compared as shown (without control characters); the renderers escape what they write (render-hostile).
    expect(displayHeadings({ document: 'Kubernetes', headings: ['Kubernetes\u001b[2J', 'Pod'] })).toEqual(['Kubernetes\u001b[2J', 'Pod']);
  });
});
