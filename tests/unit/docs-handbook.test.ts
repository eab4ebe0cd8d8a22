// The concept catalog, the built-in handbook, ranking across languages, and annotate().
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/docs/annotate.js';
import { buildIndex } from '../../src/docs/build.js';
import { CONCEPTS, getConcept } from '../../src/docs/catalog.js';
import { loadDocIndex } from '../../src/docs/load.js';
import { parseMarkdown } from '../../src/docs/parse.js';
import { closeConceptKeys, matchConcepts, rankConcept, search, suggestConcepts } from '../../src/docs/rank.js';
import type { DocIndex, ParsedDocument } from '../../src/docs/types.js';
import type { Finding } from '../../src/model/finding.js';

const REQUIRED = [
  'pod.phase',
  'pod.conditions',
  'pod.scheduling',
  'container.state',
  'probes.readiness',
  'probes.liveness',
  'resources',
  'owner.replicaset',
  'owner.deployment',
  'statefulset',
  'daemonset',
  'job',
  'service',
  'service.clusterip',
  'service.nodeport',
  'service.loadbalancer',
  'service.headless',
  'service.externalname',
  'service.endpoints',
  'labels.selector',
  'dns.service',
  'dns.srv',
  'dns.pod',
  'ingress',
  'kube-proxy',
  'networkpolicy',
  'configmap',
  'secret',
  'namespace',
  'node',
  'serviceaccount',
  'rbac.role',
  'rbac.binding',
  'rbac.authorization',
  // what the explainers need besides
  'ingressclass',
  'endpointslice',
  'cronjob',
  'probes.startup',
  'qos',
  'taints.tolerations',
  'affinity',
  'events',
  'pvc',
  'rbac.aggregation',
  'rbac.subjects',
  'rbac.escalation',
  'container.sidecar',
  'container.init',
  'replicaset',
  'deployment.rollout',
];

// Every concept has its section (problem concepts in docs/handbook/*/troubleshooting.md); a concept
// added to the catalog without one fails the tests below.
const WITH_SECTION = CONCEPTS;

let handbook: DocIndex;
beforeAll(async () => {
  ({ index: handbook } = await loadDocIndex({ docs: [], env: {}, cache: false }));
});

const tagged = (lang: 'ja' | 'en', key: string) => handbook.entries.filter((e) => e.doc.lang === lang && e.section.concepts.includes(key));

describe('concept catalog', () => {
  it('has every required key, unique keys, terms in both languages and a one-line meaning', () => {
    const keys = CONCEPTS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of REQUIRED) expect(keys, k).toContain(k);
    for (const c of CONCEPTS) {
      expect(c.key).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/);
      expect(c.ja.length, c.key).toBeGreaterThan(0);
      expect(c.en.length, c.key).toBeGreaterThan(0);
      expect(c.meaning.ja.length, c.key).toBeGreaterThan(5);
      expect(c.meaning.en.length, c.key).toBeGreaterThan(5);
      expect(c.meaning.en).not.toContain('\n');
      expect(c.meaning.ja).not.toContain('\n');
    }
  });
});

describe('the handbook', () => {
  it('has exactly one section per concept in each language, and no marker for an unknown concept', () => {
    for (const c of WITH_SECTION) {
      expect(tagged('ja', c.key), `ja ${c.key}`).toHaveLength(1);
      expect(tagged('en', c.key), `en ${c.key}`).toHaveLength(1);
    }
    for (const e of handbook.entries) for (const k of e.section.concepts) expect(getConcept(k), k).toBeDefined();
  });

  it('has the same files and the same concepts in the same order in both languages', () => {
    const layout = (lang: string) =>
      handbook.documents.filter((d) => d.lang === lang).map((d) => [d.file.split(/[/\\]/).pop(), d.sections.flatMap((s) => s.concepts)]);
    expect(layout('ja')).toEqual(layout('en'));
  });

  it("ranks each concept's own section first, in the chosen language", () => {
    for (const c of WITH_SECTION) {
      for (const lang of ['ja', 'en'] as const) {
        const [first] = rankConcept(handbook, c.key, { lang });
        const own = tagged(lang, c.key)[0]!;
        expect(first?.file, `${lang} ${c.key}`).toBe(own.doc.file);
        expect(first?.line, `${lang} ${c.key}`).toBe(own.section.line);
      }
    }
  });

  it('finds sections across languages: an English query in the Japanese handbook and the other way round', () => {
    const cases: [string, 'ja' | 'en', string][] = [
      ['resource limits', 'ja', 'resources'],
      ['リソース制限', 'en', 'resources'],
      ['readiness probe', 'ja', 'probes.readiness'],
      ['レディネスプローブ', 'en', 'probes.readiness'],
      ['ヘルスチェック', 'en', 'probes'],
      ['health check', 'ja', 'probes'],
      ['名前解決', 'en', 'dns.service'],
      ['権限昇格', 'en', 'rbac.escalation'],
      ['sidecar', 'ja', 'container.sidecar'],
      ['ローリングアップデート', 'en', 'deployment.rollout'],
      ['taint', 'ja', 'taints.tolerations'],
      ['ヘッドレスサービス', 'en', 'service.headless'],
    ];
    for (const [q, lang, key] of cases) {
      const [first] = search(handbook, q, { lang });
      const own = tagged(lang, key)[0]!;
      expect(`${first?.file}:${first?.line}`, `${q} → ${lang} ${key}`).toBe(`${own.doc.file}:${own.section.line}`);
    }
  });
});

describe('matching queries to concepts and suggesting', () => {
  it('maps free text in either language to concepts', () => {
    expect(matchConcepts('resource limits')[0]?.key).toBe('resources');
    expect(matchConcepts('リソース制限')[0]?.key).toBe('resources');
    expect(matchConcepts('Readiness probe とは？')[0]?.key).toBe('probes.readiness');
    expect(matchConcepts('probes.readiness')[0]?.key).toBe('probes.readiness');
    expect(matchConcepts('xyzzy')).toEqual([]);
  });

  it('suggests close concept keys for a mistyped key', () => {
    expect(closeConceptKeys('readyness')).toContain('probes.readiness');
    expect(closeConceptKeys('pod.phse')[0]).toBe('pod.phase');
    expect(closeConceptKeys('statefullset')).toContain('statefulset');
    expect(closeConceptKeys('ingress-class')).toContain('ingressclass');
    expect(suggestConcepts('readines').map((c) => c.key)).toContain('probes.readiness');
    expect(suggestConcepts('xq')).toEqual([]);
  });
});

describe('annotate', () => {
  const userDoc: ParsedDocument = parseMarkdown(
    ['# My notes', '## Readiness probe', 'A readiness probe decides traffic.', '## Other', 'A passing mention of a readiness probe.'].join(
      '\n',
    ),
    { file: 'notes.md', source: 'user', fallbackTitle: 'notes.md' },
  );
  const finding = (concept: string, docs: Finding['docs'] = []): Finding => ({
    id: `f-${concept}`,
    concept,
    severity: 'warning',
    title: 't',
    detail: 'd',
    docs,
  });

  it("fills docs[]: the user's sections first, then the handbook section in the chosen language", () => {
    const index = buildIndex([...handbook.documents, userDoc]);
    const [ja] = annotate([finding('probes.readiness')], index, 'ja');
    expect(ja!.docs.map((d) => [d.source, d.file])).toEqual([
      ['user', 'notes.md'],
      ['handbook', expect.stringMatching(/handbook[/\\]ja[/\\]probes\.md$/)],
    ]);
    expect(ja!.docs[0]).toEqual({
      source: 'user',
      document: 'My notes',
      file: 'notes.md',
      line: 2,
      headings: ['My notes', 'Readiness probe'],
      anchor: 'readiness-probe',
    });
    const [en] = annotate([finding('probes.readiness')], index, 'en');
    expect(en!.docs[1]!.file).toMatch(/handbook[/\\]en[/\\]probes\.md$/);
  });

  it('does not cite a passing mention, keeps references a finding already had, and leaves unknown concepts alone', () => {
    const index = buildIndex([...handbook.documents, userDoc]);
    const prior = { source: 'user' as const, document: 'X', file: 'x.md', line: 3, headings: ['X'], anchor: 'x' };
    const [a, b] = annotate([finding('probes.readiness', [prior]), finding('no.such.concept')], index, 'en');
    expect(a!.docs[0]).toEqual(prior);
    expect(a!.docs.filter((d) => d.file === 'notes.md').map((d) => d.line)).toEqual([2]);
    expect(b!.docs).toEqual([]);
  });

  it('gives every concept a handbook reference in both languages, and does not mutate its input', () => {
    const findings = WITH_SECTION.map((c) => finding(c.key));
    const copy = structuredClone(findings);
    for (const lang of ['ja', 'en'] as const) {
      const out = annotate(findings, handbook, lang);
      for (const f of out)
        expect(
          f.docs.filter((d) => d.source === 'handbook'),
          `${lang} ${f.concept}`,
        ).toHaveLength(1);
    }
    expect(findings).toEqual(copy);
  });
});
