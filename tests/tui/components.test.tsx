// Single components with ink-testing-library, in English and Japanese: the header's connection states,
// the explanation pane's loading, error, stale and focused states on a real explanation, the help
// overlay, the Problems view's list and detail on a real check report, the trace pane, and the key bar.
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { explainPod } from '../../src/explain/pod.js';
import { CATALOGS } from '../../src/i18n/localize.js';
import { sayExplanation } from '../../src/i18n/say-explanation.js';
import { message } from '../../src/model/message.js';
import type { Pod } from '../../src/model/pod.js';
import type { CheckReport } from '../../src/model/check.js';
import type { Trace } from '../../src/model/trace.js';
import { footerText } from '../../src/render/tui/App.js';
import { ExplanationPane } from '../../src/render/tui/ExplanationPane.js';
import { Header } from '../../src/render/tui/Header.js';
import { HelpOverlay } from '../../src/render/tui/HelpOverlay.js';
import { problemLines } from '../../src/render/tui/problem-lines.js';
import { ProblemList } from '../../src/render/tui/ProblemList.js';
import { TracePane } from '../../src/render/tui/TracePane.js';
import { FOOTER_ALWAYS, FOOTER_LIST, HELP } from '../../src/render/tui/tui-messages.js';
import { safe } from '../../src/text/safe-text.js';
import { fixtureObjects } from './fixture-source.js';

const identity = { context: 'ctx\u001b[31m-red', server: 'https://10.0.0.1:6443', user: 'alice' };
const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');
/** An English sentence (two or more English words in a row) left in Japanese text. */
const ENGLISH_RUN = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;

describe('Header', () => {
  const frame = (lang: 'en' | 'ja', connection: Parameters<typeof Header>[0]['connection'], status?: 'gone' | 'terminating') =>
    plain(
      render(
        <Header
          identity={identity}
          namespace="shop"
          connection={connection}
          width={100}
          lang={lang}
          {...(status ? { namespaceStatus: status } : {})}
        />,
      ).lastFrame(),
    );

  it('connecting, live and reconnecting, in English', () => {
    expect(frame('en', { state: 'connecting' })).toContain('◌ connecting…');
    const live = frame('en', { state: 'live' });
    expect(live).toContain('● live');
    expect(live).toContain('context: ctx-red');
    expect(live).toContain('user: alice');
    const down = frame('en', { state: 'reconnecting', error: safe('no answer from the API server'), retryInMs: 2500 });
    expect(down).toContain('✖ disconnected, reconnecting in 3s');
    expect(down).toContain('no answer from the API server');
    expect(frame('en', { state: 'live' }, 'gone')).toContain('✖ namespace shop is gone');
  });

  it('the same states in Japanese', () => {
    expect(frame('ja', { state: 'connecting' })).toContain('◌ 接続中…');
    const live = frame('ja', { state: 'live' });
    expect(live).toContain('● 監視中');
    expect(live).toContain('コンテキスト: ctx-red');
    expect(live).toContain('ユーザー: alice');
    expect(frame('ja', { state: 'reconnecting', retryInMs: 1000 })).toContain('切断: 1 秒後に再接続します');
    expect(frame('ja', { state: 'stale', since: Date.now() - 5000 })).toMatch(/◐ [56] 秒間更新なし/);
    expect(frame('ja', { state: 'forbidden' })).toContain('⊘ 権限なし');
    expect(frame('ja', { state: 'live' }, 'terminating')).toContain('✖ Namespace shop は削除中です');
  });
});

describe.each(['en', 'ja'] as const)('ExplanationPane (%s)', (lang) => {
  const w = {
    en: {
      explaining: 'explaining…',
      failed: 'cannot explain: pods "x" not found',
      select: 'select an object on the left',
      stale: 'STALE',
      updating: 'updating…',
      warnings: 'warnings',
    },
    ja: {
      explaining: '解説を作成中…',
      failed: '解説できません: 「pods "x" not found」',
      select: '左の一覧からオブジェクトを選んでください',
      stale: '古い情報',
      updating: '更新中…',
      warnings: '警告',
    },
  }[lang];
  const pod = fixtureObjects().find((o) => o.metadata?.name === 'worker-oom') as unknown as Pod;
  const explanation = sayExplanation(
    explainPod({
      object: pod as never,
      reads: {},
      skipped: [],
      warnings: [message('common:forbidden', { verb: 'list', resource: 'events', namespace: 'shop' })],
    }),
    lang,
  );
  const pane = (props: Partial<Parameters<typeof ExplanationPane>[0]>) =>
    plain(
      render(
        <ExplanationPane
          view={{ loading: false, explanation }}
          stale={false}
          focused={false}
          findingCursor={0}
          width={60}
          height={20}
          lang={lang}
          {...props}
        />,
      ).lastFrame(),
    );

  it('shows the verdict first, the missing permission under its label, then findings with severity marks', () => {
    const f = pane({});
    expect(f.split('\n')[0]).toBe('Pod/worker-oom -n shop');
    expect(f).toContain('OOMKilled');
    expect(f).toMatch(new RegExp(`^${w.warnings}$`, 'm'));
    expect(f).toMatch(/^(error|warn)\s+\S/m);
  });

  it('loading, error, and nothing selected', () => {
    expect(pane({ view: { loading: true } })).toContain(w.explaining);
    expect(pane({ view: { loading: false, error: 'pods "x" not found\u001b]0;t\u0007' } })).toContain(w.failed);
    expect(pane({ view: null })).toContain(w.select);
  });

  it('stale while disconnected, updating while a newer version is explained', () => {
    expect(pane({ stale: true }).split('\n')[0]).toContain(w.stale);
    expect(pane({ view: { loading: true, explanation } }).split('\n')[0]).toBe(w.updating);
  });

  it('focused: scrolls to keep the selected finding in view', () => {
    const last = explanation.findings.length - 1;
    const f = pane({ focused: true, findingCursor: last, height: 8 });
    expect(f).toContain(explanation.findings[last]!.title.slice(0, 10));
    expect(f.split('\n')).toHaveLength(8);
  });
});

describe('the help overlay (?) and the key bar', () => {
  const help = (lang: 'en' | 'ja') => plain(render(<HelpOverlay width={110} height={40} scroll={0} lang={lang} />).lastFrame());

  it('every key with what it does, in English', () => {
    const f = help('en');
    expect(f.split('\n')[0]).toContain('keys');
    expect(f).toMatch(/:kind\s+jump to a kind: :pod :deploy/);
    expect(f).toMatch(/! \/ :problems\s+problems grouped by root cause/);
    expect(f).toMatch(/q \/ Ctrl-C\s+quit/);
  });

  it('the same keys in Japanese, the key names as they are typed, no English sentence', () => {
    const f = help('ja');
    expect(f.split('\n')[0]).toContain('キー操作');
    expect(f).toMatch(/:種類\s+種類へ移動: :pod :deploy/);
    expect(f).toMatch(/! \/ :problems\s+根本原因ごとにまとめた問題/);
    expect(f).toMatch(/q \/ Ctrl-C\s+終了/);
    for (const [k] of HELP) if (typeof k === 'string') expect(f).toContain(`${k} `);
    expect(f).not.toMatch(ENGLISH_RUN);
  });

  it('the key bar keeps `? help  q quit` and as many keys as fit', () => {
    for (const [lang, head, tail] of [
      ['en', '↑↓ move  : kind', '? help  q quit'],
      ['ja', '↑↓ 移動  : 種類', '? ヘルプ  q 終了'],
    ] as const) {
      for (const width of [40, 80]) {
        const bar = footerText(FOOTER_LIST, FOOTER_ALWAYS, width, lang);
        expect(bar.startsWith(head) && bar.endsWith(tail)).toBe(true);
        expect(stringWidth(bar)).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe.each(['en', 'ja'] as const)('the Problems view (%s)', (lang) => {
  const report: CheckReport = {
    kind: 'CheckReport',
    scope: { namespace: 'shop', allNamespaces: false, labelSelector: null },
    problems: [
      {
        code: 'CrashLoopBackOff',
        severity: 'error',
        cause: 'api: container app keeps crashing',
        fix: 'kubectl logs deploy/api --previous',
        concept: 'pod.crashloop',
        affected: [
          { kind: 'ReplicaSet', name: 'api-79cd48b5d9', namespace: 'shop', pods: 2 },
          { kind: 'Service', name: 'api', namespace: 'shop' },
        ],
        docs: [],
      },
    ],
    summary: { error: 1, warning: 0, info: 0, objects: 9, requests: 4 },
    warnings: [],
  };
  const w = {
    en: {
      title: /^Problems \(1\) in shop · updated 3s ago$/m,
      header: /CAUSE\s+OBJECTS/,
      none: 'no problems found in shop',
      fix: 'fix',
      affected: 'affected objects (2)',
      pods: '2 Pods',
      hint: 'Enter explains',
    },
    ja: {
      title: /^問題 \(1\) Namespace: shop · 3 秒前に更新$/m,
      header: /原因\s+対象/,
      none: 'Namespace shop に問題は見つかりませんでした',
      fix: '対処',
      affected: '影響を受けるオブジェクト (2)',
      pods: 'Pod 2 個',
      hint: 'Enter で最初のオブジェクトを解説',
    },
  }[lang];
  const list = (problems: Parameters<typeof ProblemList>[0]['problems']) =>
    plain(
      render(
        <ProblemList problems={problems} selected={null} focused scope="shop" width={70} height={8} now={10_000} lang={lang} />,
      ).lastFrame(),
    );

  it('the list: title with the scan age, headers, one row per problem; none found says so', () => {
    const f = list({ report, at: 7_000, scanning: false });
    expect(f).toMatch(w.title);
    expect(f).toMatch(w.header);
    expect(f).toMatch(/✖ api: container app keeps crashing\s+2/);
    expect(list({ report: { ...report, problems: [] }, at: 7_000, scanning: false })).toContain(w.none);
  });

  it('the detail: fix, affected objects with their Pods, the hint', () => {
    const text = problemLines(report.problems[0]!, 60, lang)
      .map((l) => l.text)
      .join('\n');
    expect(text).toMatch(new RegExp(`^${w.fix}$`, 'm'));
    expect(text).toContain(w.affected);
    expect(text).toContain(`ReplicaSet/api-79cd48b5d9 -n shop — ${w.pods}`);
    expect(text).toContain(w.hint);
  });
});

describe.each(['en', 'ja'] as const)('the trace pane (%s)', (lang) => {
  const trace = {
    kind: 'Trace',
    verdict: { severity: 'warning', text: 'svc/api reaches 1 of 2 Pods' },
    hops: [],
    notes: [],
    warnings: ['cannot list networkpolicies'],
  } as unknown as Trace;
  const pane = (view: Parameters<typeof TracePane>[0]['view']) =>
    plain(render(<TracePane view={view} scroll={0} width={70} height={10} lang={lang} />).lastFrame());

  it('title, warnings and the kinds it traces, in the language', () => {
    const f = pane({ target: 'service/api', state: 'done', trace });
    expect(f).toContain(lang === 'en' ? 'routing: service/api' : '経路: service/api');
    expect(f).toContain(lang === 'en' ? 'warning: cannot list networkpolicies' : '警告: cannot list networkpolicies');
    expect(pane({ target: 'pod/x', state: 'unavailable' })).toContain(
      lang === 'en' ? 'trace not available in this version' : 'このバージョンでは経路表示を利用できません',
    );
  });
});

describe('the tui catalog', () => {
  it('every Japanese entry differs from the English one, except symbols and names that are the same in both', async () => {
    const [en, ja] = await Promise.all([CATALOGS.tui!.en(), CATALOGS.tui!.ja()]);
    const same = Object.keys(en).filter((k) => en[k]!({ kind: 'Pod', n: 2 }) === ja[k]!({ kind: 'Pod', n: 2 }));
    expect(same.sort()).toEqual(['header.ns', 'loading'].sort());
  });
});
