// The indexer and the ranking on real learning documents: the five seed documents in
// ../shared/seeds, read at test time. Their text is never copied here: sections are named by file
// and heading only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocIndex } from '../../src/docs/load.js';
import { parseMarkdown } from '../../src/docs/parse.js';
import { rankConcept, search } from '../../src/docs/rank.js';
import type { DocIndex } from '../../src/docs/types.js';
import type { DocSearchResult } from '../../src/model/docs.js';
import { seedsDir } from '../docs-eval/score.js';

const SEEDS = seedsDir() ?? fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(SEEDS);

const S0 = '000_b3d93c3200bda9d7.txt';
const S1 = '001_c957e9836dca8725.txt';
const S2 = '002_5b208f5b1a4d0e97.txt';
const S3 = '003_ff2fd87ba4c1aa34.txt';
const S4 = '004_62a22b83b5bcc26d.txt';

type Ref = [file: string, heading: string];
interface Label {
  concept?: string;
  q?: string;
  /** Sections that must all be among the first three results. */
  top: Ref[];
  /** The first of `top` must be the first result. */
  first?: boolean;
  /** Sections that must not be among the first three. */
  notTop?: Ref[];
}

// Which sections should come first, decided by reading the documents.
const LABELS: Label[] = [
  // Concepts
  { concept: 'pod.phase', top: [[S2, '▼ Podのライフサイクルフェーズとコンディション']], first: true },
  { concept: 'pod.conditions', top: [[S2, '▼ Podのライフサイクルフェーズとコンディション']], first: true },
  {
    concept: 'probes.readiness',
    top: [
      [S3, '5.6.2 Readiness probe'],
      [S3, '7.2.2 Readiness probe'],
      [S3, '13.3.5 最後のポイント : Readiness probe'],
    ],
  },
  {
    concept: 'probes.liveness',
    top: [
      [S3, '5.6.1 Liveness probe'],
      [S4, 'Kubernetesでのヘルスチェック方法'],
    ],
    first: true,
  },
  {
    concept: 'resources',
    top: [
      [S3, '5.7 リソース管理'],
      [S1, '4. Podにリソース制限を設定しない'],
    ],
  },
  { concept: 'service.clusterip', top: [[S2, '▼ ClusterIP Service']], first: true },
  { concept: 'service.nodeport', top: [[S2, '▼ NodePort Service']], first: true },
  { concept: 'service.loadbalancer', top: [[S2, '▼ LoadBalancer Service']], first: true },
  { concept: 'service.headless', top: [[S2, '▼ Headless Service']], first: true },
  { concept: 'service.externalname', top: [[S2, '▼ ExternalName Service']], first: true },
  { concept: 'service.endpoints', top: [[S3, '7.5.1 Endpoints']], first: true },
  {
    concept: 'statefulset',
    top: [
      [S2, '▼ StatefulSetとは'],
      [S3, '13.3.1 StatefulSetの特徴'],
    ],
    first: true,
  },
  {
    concept: 'daemonset',
    top: [
      [S0, 'DaemonSet'],
      [S2, '▼ DaemonSetとは'],
      [S3, '9章 DaemonSet'],
    ],
  },
  {
    concept: 'job',
    top: [
      [S2, '▼ Jobとは'],
      [S0, 'Job'],
      [S3, '10章 Job'],
    ],
  },
  {
    concept: 'configmap',
    top: [
      [S0, 'ConfigMap'],
      [S2, '▼ ConfigMapとは'],
      [S3, '11.1 ConfigMap'],
    ],
  },
  {
    concept: 'secret',
    top: [
      [S0, 'Secret'],
      [S2, '▼ Secretとは'],
      [S3, '11.2 Secret'],
    ],
  },
  {
    concept: 'namespace',
    top: [
      [S3, '4.1 Namespace'],
      [S0, 'Namespace'],
      [S4, 'Namespace とは何か?'],
    ],
  },
  {
    concept: 'kube-proxy',
    top: [
      [S2, '▼ kube-proxyとは'],
      [S2, '▼ kube-proxyの種類'],
    ],
    first: true,
  },
  { concept: 'networkpolicy', top: [[S2, '▼ NetworkPolicyとは']], first: true },
  {
    concept: 'rbac.role',
    top: [
      [S2, '▼ Role、ClusterRoleとは'],
      [S0, 'Role/ClusterRole'],
    ],
    first: true,
  },
  { concept: 'rbac.binding', top: [[S2, '▼ RoleBinding、ClusterRoleBindingとは']], first: true },
  { concept: 'rbac.authorization', top: [[S2, '▼ 認可']] },
  // "Ingress" under a NetworkPolicy heading is an inbound rule, not the Ingress API.
  {
    concept: 'ingress',
    top: [
      [S2, '▼ Ingressとは'],
      [S0, 'Ingress'],
    ],
    first: true,
    notTop: [[S2, '▼ Ingress']],
  },
  {
    concept: 'ingressclass',
    top: [
      [S2, '▼ Ingressコントローラーとは'],
      [S1, '2. Ingressコントローラー'],
    ],
    first: true,
  },
  { concept: 'labels.selector', top: [[S3, '6.1.3 Labelセレクタ']], first: true },
  {
    concept: 'dns.service',
    top: [
      [S3, '7.2.1 Service DNS'],
      [S2, '▼ Serviceに対する名前解決'],
    ],
    first: true,
  },
  { concept: 'dns.srv', top: [[S2, '▼ レコードタイプとドメイン名の関係']], first: true },
  {
    concept: 'deployment.rollout',
    top: [
      [S3, '12.5 Deployment戦略'],
      [S3, '12.5.2 RollingUpdate戦略'],
    ],
  },
  { concept: 'pvc', top: [[S2, '▼ PersistentVolumeClaimとは']], first: true },
  { concept: 'pv', top: [[S2, '▼ PersistentVolumeとは']], first: true },
  { concept: 'hpa', top: [[S2, '▼ HorizontalPodAutoscalerとは']], first: true },
  {
    concept: 'owner.replicaset',
    top: [
      [S2, '▼ ReplicaSetとは'],
      [S0, 'ReplicaSet'],
      [S4, 'ReplicaSetとは何か?'],
    ],
  },
  { concept: 'pod.termination', top: [[S2, '▼ Podが削除されるまでの流れ']] },
  { concept: 'control-plane', top: [[S0, 'コントロールプレーン']] },
  {
    concept: 'volumes',
    top: [
      [S2, '▼ Volumeとは'],
      [S2, '▼ EmptyDir'],
    ],
  },
  { concept: 'pod.scheduling', top: [[S2, '▼ kube-schedulerとは']] },
  {
    concept: 'node',
    top: [
      [S0, 'ワーカーノード'],
      [S2, 'Node'],
    ],
  },
  // Free text, English and Japanese; English finds Japanese sections through the catalog and glossary.
  {
    q: 'resource limits',
    top: [
      [S1, '4. Podにリソース制限を設定しない'],
      [S4, 'KubernetesのCPUリソース制限方法'],
      [S3, '5.7.2 limitsを使ったリソース使用量の制限'],
    ],
    first: true,
  },
  {
    q: 'リソース制限',
    top: [
      [S1, '4. Podにリソース制限を設定しない'],
      [S4, 'KubernetesのCPUリソース制限方法'],
    ],
    first: true,
  },
  {
    q: 'readiness probe',
    top: [
      [S3, '5.6.2 Readiness probe'],
      [S3, '7.2.2 Readiness probe'],
      [S3, '13.3.5 最後のポイント : Readiness probe'],
    ],
  },
  {
    q: 'レディネスプローブ',
    top: [
      [S3, '5.6.2 Readiness probe'],
      [S3, '7.2.2 Readiness probe'],
    ],
  },
  {
    q: 'Readiness probe とは',
    top: [
      [S3, '5.6.2 Readiness probe'],
      [S3, '7.2.2 Readiness probe'],
    ],
  },
  {
    q: 'health check',
    top: [
      [S1, '8. ヘルスチェックを実装しない'],
      [S4, 'Kubernetesでのヘルスチェック方法'],
    ],
  },
  {
    q: 'ヘルスチェック',
    top: [
      [S1, '8. ヘルスチェックを実装しない'],
      [S3, '5.6 ヘルスチェック'],
    ],
  },
  { q: 'Podのライフサイクル', top: [[S2, '▼ Podのライフサイクルフェーズとコンディション']], first: true },
  { q: 'pod lifecycle', top: [[S2, '▼ Podのライフサイクルフェーズとコンディション']], first: true },
  { q: 'service discovery', top: [[S3, '7.1 サービスディスカバリとは']], first: true },
  {
    q: 'サービスディスカバリ',
    top: [
      [S3, '7.1 サービスディスカバリとは'],
      [S3, '7.5.2 手動でのサービスディスカバリ'],
    ],
    first: true,
  },
  { q: 'name resolution', top: [[S2, '▼ Serviceに対する名前解決']] },
  {
    q: '名前解決',
    top: [
      [S2, '▼ Serviceに対する名前解決'],
      [S3, '7.2.1 Service DNS'],
    ],
  },
  { q: 'headless service', top: [[S2, '▼ Headless Service']], first: true },
  { q: 'What is a headless Service?', top: [[S2, '▼ Headless Service']], first: true },
  { q: 'ingress controller', top: [[S2, '▼ Ingressコントローラーとは']], first: true },
  { q: 'rolling update', top: [[S3, '12.5.2 RollingUpdate戦略']], first: true },
  {
    q: 'ローリングアップデート',
    top: [
      [S3, '9.4.2 DaemonSetのローリングアップデート'],
      [S3, '12.5.2 RollingUpdate戦略'],
    ],
  },
  { q: 'label selector', top: [[S3, '6.1.3 Labelセレクタ']], first: true },
  { q: 'ラベルセレクタ', top: [[S3, '6.1.3 Labelセレクタ']], first: true },
  { q: 'etcd', top: [[S2, '▼ etcdとは']], first: true },
  { q: 'kubelet', top: [[S2, '▼ kubeletとは']], first: true },
  { q: 'persistent volume', top: [[S2, '▼ PersistentVolumeとは']], first: true },
  {
    q: 'オートスケール',
    top: [
      [S2, '▼ HorizontalPodAutoscalerとは'],
      [S3, '8.7.3 ReplicaSetのオートスケール'],
    ],
  },
  { q: 'control plane', top: [[S0, 'コントロールプレーン']] },
  { q: 'kubectl exec', top: [[S4, 'kubectl execでコンテナに入る']], first: true },
  { q: '認可', top: [[S2, '▼ 認可']] },
  {
    q: 'RBAC',
    top: [
      [S2, '▼ 認可'],
      [S0, 'Role/ClusterRole'],
    ],
  },
  { q: 'port forward', top: [[S3, '5.5.1 ポートフォワードの使用']], first: true },
  { q: 'Deployment strategy', top: [[S3, '12.5 Deployment戦略']], first: true },
  { q: 'container runtime', top: [[S2, '▼ コンテナランタイムとは']], first: true },
  {
    q: 'worker node',
    top: [
      [S1, 'ワーカーノード（Worker Node）'],
      [S0, 'ワーカーノード'],
    ],
  },
  { q: 'Pod とコンテナの違い', top: [[S4, 'Podとコンテナの違い']], first: true },
  { q: 'イミュータブル', top: [[S3, '1.1.1 イミュータブルであることの価値']], first: true },
  { q: 'kube-scheduler', top: [[S2, '▼ kube-schedulerとは']], first: true },
  { q: 'Secret の管理', top: [[S3, '11.4 ConfigMapとSecretの管理']] },
];

const tidy = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
const matches = (r: DocSearchResult, [file, heading]: Ref) =>
  r.file.endsWith(file) && tidy(r.headings[r.headings.length - 1] ?? '') === tidy(heading);
const show = (rs: DocSearchResult[]) => rs.map((r) => `${r.file.slice(-24)}:${r.line} ${r.headings.at(-1)} (${r.score})`);

describe.skipIf(!haveSeeds)('indexing the seed documents', () => {
  let index: DocIndex;
  beforeAll(async () => {
    ({ index } = await loadDocIndex({ docs: [SEEDS], handbook: false, env: {}, cache: false }));
  });

  it('indexes all five documents, .txt included, with titles from front matter or the first heading', () => {
    expect(index.documents.map((d) => d.file.split('/').pop())).toEqual([S0, S1, S2, S3, S4]);
    const title = (f: string) => index.documents.find((d) => d.file.endsWith(f))!.title;
    // 002 and 003 have YAML front matter with a title; the others use their first heading.
    const fm = (f: string) => /^---\r?\ntitle:\s*"?([^"\n]+)"?/m.exec(readFileSync(SEEDS + f, 'utf8'))![1]!.trim();
    expect(title(S2)).toBe(fm(S2));
    expect(title(S3)).toBe(fm(S3));
    for (const f of [S0, S1, S4]) {
      const firstHeading = index.documents.find((d) => d.file.endsWith(f))!.sections[0]!.heading;
      expect(title(f)).toBe(firstHeading);
    }
    for (const d of index.documents) expect(d.sections.length).toBeGreaterThan(20);
  });

  it('front matter is not a heading, and its lines still count', () => {
    const doc = index.documents.find((d) => d.file.endsWith(S3))!;
    expect(doc.sections.some((s) => /^title/.test(s.heading))).toBe(false);
    const lines = readFileSync(SEEDS + S3, 'utf8').split('\n');
    for (const s of doc.sections) expect(lines[s.line - 1]).toMatch(/^#{1,6}\s/);
  });

  it('lines in code fences that start with # are not headings', () => {
    for (const f of [S0, S2]) {
      const lines = readFileSync(SEEDS + f, 'utf8').split('\n');
      const doc = index.documents.find((d) => d.file.endsWith(f))!;
      let inFence = false;
      const fenced = new Set<number>();
      lines.forEach((l, i) => {
        if (/^\s*(```|~~~)/.test(l)) inFence = !inFence;
        else if (inFence && /^\s*#/.test(l)) fenced.add(i + 1);
      });
      expect(fenced.size).toBeGreaterThan(0);
      for (const s of doc.sections) expect(fenced.has(s.line)).toBe(false);
    }
  });

  it('every heading line outside code is a section, with its line number and path', () => {
    for (const f of [S0, S1, S2, S3, S4]) {
      const lines = readFileSync(SEEDS + f, 'utf8').split('\n');
      const doc = index.documents.find((d) => d.file.endsWith(f))!;
      let inFence = false;
      let inFrontMatter = lines[0] === '---';
      const expected: number[] = [];
      lines.forEach((l, i) => {
        if (inFrontMatter) {
          if (i > 0 && l === '---') inFrontMatter = false;
          return;
        }
        if (/^\s*(```|~~~)/.test(l)) inFence = !inFence;
        else if (!inFence && /^#{1,6}\s+\S/.test(l)) expected.push(i + 1);
      });
      expect(doc.sections.map((s) => s.line)).toEqual(expected);
      for (const s of doc.sections) expect(s.headings[s.headings.length - 1]).toBe(s.heading);
    }
  });

  it('numbered headings with full-width spaces, decorated headings and link headings', () => {
    const doc3 = index.documents.find((d) => d.file.endsWith(S3))!;
    const rp = doc3.sections.find((s) => tidy(s.heading) === '5.6.2 Readiness probe')!;
    expect(rp.level).toBe(4);
    expect(rp.headings.map(tidy)).toEqual(['5章 Pod', '5.6 ヘルスチェック', '5.6.2 Readiness probe']);
    const doc2 = index.documents.find((d) => d.file.endsWith(S2))!;
    const what = doc2.sections.find((s) => s.heading === '▼ Podとは')!;
    expect(what.headings.slice(-2)).toEqual(['Pod', '▼ Podとは']);
    // "### [Service とは何か?](url)": the heading is the link text; the URL is gone.
    const doc4 = index.documents.find((d) => d.file.endsWith(S4))!;
    const svc = doc4.sections.find((s) => s.heading.startsWith('Service'))!;
    expect(svc.heading).toBe('Service とは何か?');
    for (const s of doc4.sections) expect(s.heading).not.toMatch(/https?:|\]\(/);
    // A heading with nothing after the hashes is not a section.
    for (const d of index.documents) for (const s of d.sections) expect(s.heading.trim()).not.toBe('');
  });

  it('anchors follow GitHub: every in-document link of the table of contents finds its section', () => {
    const text = readFileSync(SEEDS + S0, 'utf8');
    const links = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => decodeURIComponent(m[1]!));
    expect(links.length).toBeGreaterThan(20);
    const anchors = new Set(index.documents.find((d) => d.file.endsWith(S0))!.sections.map((s) => s.anchor));
    for (const l of links) expect(anchors.has(l), l).toBe(true);
    // Repeated headings get -1, -2 … as on GitHub.
    const doc1 = index.documents.find((d) => d.file.endsWith(S1))!;
    const counts = new Map<string, number>();
    for (const s of doc1.sections) counts.set(s.heading, (counts.get(s.heading) ?? 0) + 1);
    const repeated = [...counts].find(([, n]) => n > 1)![0];
    const anchorsOfRepeated = doc1.sections.filter((s) => s.heading === repeated).map((s) => s.anchor);
    expect(anchorsOfRepeated[1]).toBe(`${anchorsOfRepeated[0]}-1`);
  });

  it(`ranks ${LABELS.length} labeled queries and concepts: an expected section with text is in the top 3`, () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(30);
    // A heading without text is never a result (tests/unit/docs-eval.test.ts); labels naming one
    // ("5.6.2 Readiness probe" in an outline) count through the sections that do have text.
    const hasText = (ref: Ref) =>
      index.entries.some(
        (e) => e.doc.file.endsWith(ref[0]) && tidy(e.section.heading) === tidy(ref[1]) && (e.section.body + e.section.code).trim(),
      );
    const failures: string[] = [];
    for (const label of LABELS) {
      const results = label.concept ? rankConcept(index, label.concept) : search(index, label.q!);
      const top3 = results.slice(0, 3);
      const name = label.concept ? `concept ${label.concept}` : `query "${label.q}"`;
      const top = label.top.filter(hasText);
      if (top.length > 0 && !top.some((ref) => top3.some((r) => matches(r, ref))))
        failures.push(`${name}: none of ${JSON.stringify(top)} in ${JSON.stringify(show(top3))}`);
      if (label.first && top[0] === label.top[0] && !(results[0] && top.some((ref) => matches(results[0]!, ref)))) {
        failures.push(`${name}: first should be one of ${JSON.stringify(top)}, got ${JSON.stringify(show(results.slice(0, 1)))}`);
      }
      for (const ref of label.notTop ?? []) {
        if (top3.some((r) => matches(r, ref))) failures.push(`${name}: ${ref.join(' ')} should not be in the top 3`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('covers Japanese and English queries and both kinds of label', () => {
    const qs = LABELS.filter((l) => l.q).map((l) => l.q!);
    expect(qs.filter((q) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(q)).length).toBeGreaterThanOrEqual(10);
    expect(qs.filter((q) => /^[\x20-\x7e]+$/.test(q)).length).toBeGreaterThanOrEqual(10);
    expect(LABELS.filter((l) => l.concept).length).toBeGreaterThanOrEqual(30);
  });

  it('a heading that names the concept beats a passing mention in the body', () => {
    const results = rankConcept(index, 'kube-proxy');
    const heading = results.find((r) => tidy(r.headings.at(-1)!) === '▼ kube-proxyとは')!;
    const mention = results.find((r) => r.file.endsWith(S0) && r.headings.at(-1) === 'ワーカーノード');
    expect(heading.score).toBeGreaterThan(mention?.score ?? 0);
    expect(results.every((r) => typeof r.score === 'number' && r.score > 0)).toBe(true);
  });

  it('a query that matches nothing returns nothing', () => {
    expect(search(index, 'xyzzy plugh')).toEqual([]);
  });

  it('indexes the five documents well under 100 ms once warm', () => {
    const texts = [S0, S1, S2, S3, S4].map((f) => [f, readFileSync(SEEDS + f, 'utf8')] as const);
    const parseAll = () => texts.map(([f, t]) => parseMarkdown(t, { file: f, source: 'user', fallbackTitle: f }));
    parseAll(); // warm the JIT
    const runs: number[] = [];
    // CPU time, not wall time: on a machine shared by many processes the wall clock measures them.
    for (let i = 0; i < 5; i++) {
      const t0 = process.cpuUsage();
      parseAll();
      const d = process.cpuUsage(t0);
      runs.push((d.user + d.system) / 1000);
    }
    runs.sort((a, b) => a - b);
    // The median, with slack for a busy CI machine; bench/docs-index.ts reports the real figure.
    expect(runs[2]!).toBeLessThan(100);
  });

  it('no text of the seed documents is copied into the project (only headings are named, in tests)', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const ours: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = d + (d.endsWith('/') ? '' : '/') + e.name;
        if (e.isDirectory()) walk(p);
        else if (/\.(md|ts|json|txt|yaml)$/.test(e.name)) ours.push(readFileSync(p, 'utf8').normalize('NFKC'));
      }
    };
    for (const d of ['docs/handbook', 'src/docs', 'src/render', 'commands', 'bench']) {
      if (existsSync(root + d)) walk(root + d);
    }
    for (const f of readdirSync(root + 'tests/unit'))
      if (f.startsWith('docs')) ours.push(readFileSync(root + 'tests/unit/' + f, 'utf8').normalize('NFKC'));
    expect(ours.length).toBeGreaterThan(20);
    const copied: string[] = [];
    for (const f of [S0, S1, S2, S3, S4]) {
      let inFence = false;
      for (const raw of readFileSync(SEEDS + f, 'utf8').split('\n')) {
        if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
        const line = raw.normalize('NFKC').trim();
        if (inFence || line.startsWith('#') || line.length < 25 || /^(>|!\[|https?:|<)/.test(line)) continue;
        if (ours.some((t) => t.includes(line))) copied.push(`${f}: ${line.slice(0, 40)}…`);
      }
    }
    expect(copied).toEqual([]);
  });

  it('the seeds folder has exactly the five documents this test knows', () => {
    expect(readdirSync(SEEDS).sort()).toEqual([S0, S1, S2, S3, S4]);
  });
});
