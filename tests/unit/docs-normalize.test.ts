import { describe, expect, it } from 'vitest';
import { translateQuery } from '../../src/docs/glossary.js';
import { count, headingCore, matchQuality, norm, queryCore, termVariants } from '../../src/docs/normalize.js';

const q = (text: string, term: string) => matchQuality(norm(text), termVariants(term)[0]!);

describe('norm and headingCore', () => {
  it('folds width, case, punctuation, long vowels, and spaces between Latin and Japanese', () => {
    expect(norm('ＲｅａｄｉｎｅｓｓＰｒｏｂｅ')).toBe('readinessprobe');
    expect(norm('Pod とは？')).toBe('podとは');
    expect(norm('コントローラー')).toBe(norm('コントローラ'));
    expect(norm('サーバー設定')).toBe('サーバ設定');
    expect(norm('Role/ClusterRole')).toBe('role clusterrole');
    expect(norm('▼ kube-proxyの種類')).toBe('kube proxyの種類');
  });

  it('strips numbering and "what is" wording from headings', () => {
    expect(headingCore('5.6.2\u3000Readiness probe')).toBe('readiness probe');
    expect(headingCore('5.7\u3000リソース管理')).toBe('リソース管理');
    expect(headingCore('9章\u3000DaemonSet')).toBe('daemonset');
    expect(headingCore('第3章 Service')).toBe('service');
    expect(headingCore('01-02. コントロールプレーン')).toBe('コントロールプレン'.replace('プレン', 'プレーン'));
    expect(headingCore('A.3.1\u3000ネットワークのセットアップ')).toBe('ネットワークのセットアップ');
    expect(headingCore('#### ▼ Podとは')).toBe('pod');
    expect(headingCore('Service とは何か?')).toBe('service');
    expect(headingCore('What is a Service?')).toBe('service');
    expect(headingCore('k8s basics')).toBe('k8s basics');
  });

  it('strips question wording from queries', () => {
    expect(queryCore('Readiness probe とは?')).toBe('readiness probe');
    expect(queryCore('What is a headless Service?')).toBe('headless service');
    expect(queryCore('Podのフェーズって何')).toBe('podのフェーズ');
  });
});

describe('term matching', () => {
  it('matches ASCII terms at word edges, with plurals, never inside a longer word', () => {
    expect(q('Readiness probes', 'readiness probe')).toBe(1);
    expect(q('PodScheduled', 'Pod')).toBe(0);
    expect(q('Podとは', 'Pod')).toBe(1);
    expect(q('RoleBinding', 'Role')).toBe(0);
    expect(q('CronJob', 'Job')).toBe(0);
    expect(q('readinessProbe:', 'readiness probe')).toBe(0);
    expect(termVariants('readiness probe').some((t) => matchQuality(norm('readinessProbe:'), t) === 1)).toBe(true);
    expect(termVariants('readinessProbe').some((t) => matchQuality(norm('Readiness probe'), t) === 1)).toBe(true);
  });

  it('gives half credit to a katakana term glued into a longer katakana word', () => {
    expect(q('サービスの種類', 'サービス')).toBe(1);
    expect(q('マイクロサービス', 'サービス')).toBe(0.5);
    expect(q('ライフサイクルフェーズ', 'フェーズ')).toBe(0.5);
    expect(q('リソース制限方法', 'リソース制限')).toBe(1);
  });

  it('counts occurrences', () => {
    expect(count(norm('Pod, pods and a PodSpec; another Pod'), termVariants('pod')[0]!)).toBe(3);
  });
});

describe('translateQuery', () => {
  it('turns English words into a Japanese compound and word lists', () => {
    const t = translateQuery('resource limits');
    expect(t.phrases).toContain(norm('リソース制限'));
    expect(t.words).toEqual([[norm('リソース')], [norm('制限')]]);
    expect(translateQuery('health check').phrases).toContain(norm('ヘルスチェック'));
    expect(translateQuery('pod lifecycle').phrases).toContain(norm('podのライフサイクル'));
  });

  it('turns Japanese made of known words into English', () => {
    const t = translateQuery(norm('リソース制限'));
    expect(t.phrases).toEqual(['resource limit']);
    expect(t.segments).toEqual([norm('リソース'), '制限']);
    expect(translateQuery(norm('Podのライフサイクル')).phrases).toEqual(['pod lifecycle']);
  });

  it('gives up on words it does not know', () => {
    expect(translateQuery('xyzzy').phrases).toEqual([]);
    expect(translateQuery(norm('宣言的設定')).phrases).toEqual([]);
  });
});
