// Retrieval quality on the labeled set (tests/docs-eval/set.ts): findings (concept + the case's
// terms) and learner questions must find an acceptable section of the seed tutorials in the first
// three results at least 90 % of the time; no result is ever a heading without text.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/docs/annotate.js';
import { loadDocIndex } from '../../src/docs/load.js';
import { rankFinding, search } from '../../src/docs/rank.js';
import type { DocIndex } from '../../src/docs/types.js';
import type { Finding } from '../../src/model/finding.js';
import { citedCases, falseCitations, matchesRef, pct, score, seedsDir } from '../docs-eval/score.js';
import { AUDIT, FINDINGS, HANDBOOK_ONLY, QUERIES } from '../docs-eval/set.js';

const SEEDS = seedsDir();

describe.skipIf(!SEEDS || !existsSync(SEEDS))('retrieval on the labeled set', { timeout: 60_000 }, () => {
  let index: DocIndex;
  beforeAll(async () => {
    ({ index } = await loadDocIndex({ docs: [SEEDS!], env: {}, cache: false }));
  });
  const failing = (s: string) => s === 'warning' || s === 'error';

  it('has at least 80 findings and 50 queries, half of the queries in Japanese, problems and concepts both', () => {
    expect(FINDINGS.length).toBeGreaterThanOrEqual(80);
    expect(QUERIES.length).toBeGreaterThanOrEqual(50);
    const ja = QUERIES.filter((q) => /[\u3040-\u30ff\u3400-\u9fff]/.test(q.q)).length;
    expect(ja).toBeGreaterThanOrEqual(QUERIES.length / 2);
    expect(QUERIES.filter((q) => q.kind === 'problem').length).toBeGreaterThanOrEqual(20);
    expect(QUERIES.filter((q) => q.kind === 'concept').length).toBeGreaterThanOrEqual(20);
  });

  it('findings: hit@3 ≥ 90 %', () => {
    const s = score(
      FINDINGS.map((f) => ({
        label: f.case,
        ok: f.ok,
        results: rankFinding(index, { concept: f.concept, terms: f.terms, failing: failing(f.severity) }, { lang: 'ja' }),
      })),
    );
    expect(s.hit3, `hit@3 ${pct(s.hit3)}; misses: ${JSON.stringify(s.misses, null, 1)}`).toBeGreaterThanOrEqual(0.9);
  });

  it('queries: hit@3 ≥ 90 %', () => {
    const s = score(QUERIES.map((q) => ({ label: q.q, ok: q.ok, results: search(index, q.q, { lang: 'ja' }) })));
    expect(s.hit3, `hit@3 ${pct(s.hit3)}; misses: ${JSON.stringify(s.misses, null, 1)}`).toBeGreaterThanOrEqual(0.9);
  });

  it('a finding no seed section teaches cites the handbook section of its concept and no unrelated seed section', () => {
    const findings: Finding[] = HANDBOOK_ONLY.map((f, i) => ({
      id: `h${i}`,
      concept: f.concept,
      severity: f.severity,
      title: f.case,
      detail: '',
      docs: [],
    }));
    const annotated = annotate(findings, index, 'ja');
    HANDBOOK_ONLY.forEach((f, i) => {
      const docs = annotated[i]!.docs;
      const [hb, ...more] = docs.filter((d) => d.source === 'handbook');
      expect(more, f.case).toEqual([]);
      const section = index.entries.find((e) => e.doc.file === hb?.file && e.section.line === hb.line)?.section;
      expect(section?.concepts, f.case).toContain(f.concept);
      for (const d of docs.filter((x) => x.source === 'user'))
        expect(
          f.ok.some((ref) => matchesRef(d, ref)),
          `${f.case} cites ${d.headings.at(-1)}`,
        ).toBe(true);
    });
  });

  it('what the tool really reports cites only sections that teach it, in ja and en, with its terms and without (check)', () => {
    // The audit set: the findings of every scenario and of check on the sample namespace.
    expect(AUDIT.length).toBeGreaterThanOrEqual(80);
    expect(falseCitations(index, AUDIT)).toEqual([]);
    // Not by citing nothing: most cases still get a section of the user's documents.
    expect(citedCases(index, AUDIT)).toBeGreaterThanOrEqual(Math.round(AUDIT.length * 0.8));
    // The false citations that started it, by name.
    const cites = (concept: string, lang: 'ja' | 'en') =>
      annotate([{ id: 'x', concept, severity: 'error', title: 't', detail: '', docs: [] }], index, lang)[0]!.docs.map((d) =>
        d.headings.at(-1),
      );
    for (const lang of ['ja', 'en'] as const) {
      expect(cites('container.exit-codes', lang)).not.toContain('インフラのコード化 (Infrastructure as Code)');
      expect(cites('scheduling.node-selector', lang)).not.toContain('▼ descheduler');
      expect(cites('scheduling.node-selector', lang)).toContain('▼ kube-schedulerの仕組み');
      expect(cites('container.crashloop', lang)).not.toContain('▼ クライアントがPod内のログを閲覧できる仕組み');
    }
  });

  it('never returns or cites a section without text of its own', () => {
    const empty = new Set(
      index.entries.filter((e) => !(e.section.body + e.section.code).trim()).map((e) => `${e.doc.file}:${e.section.line}`),
    );
    expect(empty.size).toBeGreaterThan(50); // the seeds have outlines: the rule is exercised
    for (const q of QUERIES) for (const r of search(index, q.q, { lang: 'ja' })) expect(empty.has(`${r.file}:${r.line}`), q.q).toBe(false);
    const findings: Finding[] = FINDINGS.map((f, i) => ({
      id: `f${i}`,
      concept: f.concept,
      terms: f.terms,
      severity: f.severity,
      title: f.case,
      detail: '',
      docs: [],
    }));
    for (const f of annotate(findings, index, 'ja')) for (const d of f.docs) expect(empty.has(`${d.file}:${d.line}`), f.title).toBe(false);
  });

  it('a problem question gets the section with the checks, a "what is" question the definition', () => {
    const top = (q: string) =>
      search(index, q, { lang: 'ja' })
        .filter((r) => r.source === 'user')[0]
        ?.headings.at(-1);
    expect(top('ポート番号が合っているか確認したい')).toBe('▼ ポート番号の確認');
    expect(top('Service の名前解決ができない')).toBe('▼ Serviceに対する名前解決');
    expect(top('ReplicaSet とは何か')).toMatch(/ReplicaSet/);
    // kube-apiserver's own health endpoints are not a Service's endpoints.
    for (const q of ['service has no endpoints', 'Service に接続できない'])
      expect(
        search(index, q, { lang: 'ja' })
          .map((r) => r.headings.at(-1))
          .slice(0, 3),
      ).not.toContain('▼ ヘルスチェックエンドポイント');
  });

  it('a searched or cited section that states a misconception carries the caution, in the chosen language', () => {
    const phase = search(index, 'pod phase', { lang: 'ja' }).find(
      (r) => r.headings.at(-1) === '▼ Podのライフサイクルフェーズとコンディション',
    )!;
    expect(phase.cautions?.map((c) => c.id)).toEqual(expect.arrayContaining(['succeed-phase', 'running-all-containers']));
    expect(phase.cautions?.find((c) => c.id === 'succeed-phase')?.text).toContain('Succeeded');
    const [f] = annotate([{ id: 'x', concept: 'service.externalname', severity: 'info', title: 't', detail: '', docs: [] }], index, 'en');
    const ref = f!.docs.find((d) => d.headings.at(-1) === '▼ ExternalName Service')!;
    expect(ref.cautions?.[0]).toMatchObject({ id: 'externalname-returns-pod', text: expect.stringContaining('CNAME') });
    // The handbook states none.
    expect(f!.docs.filter((d) => d.source === 'handbook').every((d) => !d.cautions)).toBe(true);
  });
});
