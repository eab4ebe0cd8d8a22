// Single components with ink-testing-library: the header's three connection states, and the
// explanation pane's loading, error, stale and focused states on a real explanation.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { explainPod } from '../../src/explain/pod.js';
import { sayExplanation } from '../../src/i18n/say-explanation.js';
import { message } from '../../src/model/message.js';
import { tuiMessages } from '../../src/i18n/messages/tui.js';
import type { Pod } from '../../src/model/pod.js';
import { ExplanationPane } from '../../src/render/tui/ExplanationPane.js';
import { Header } from '../../src/render/tui/Header.js';
import { fixtureObjects } from './fixture-source.js';

const identity = { context: 'ctx\u001b[31m-red', server: 'https://10.0.0.1:6443', user: 'alice' };
const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');

describe('Header', () => {
  it('connecting, live and reconnecting, in English and Japanese', () => {
    const en = tuiMessages('en');
    const ja = tuiMessages('ja');
    const frame = (m: typeof en, connection: Parameters<typeof Header>[0]['connection']) =>
      plain(render(<Header identity={identity} namespace="shop" connection={connection} width={100} m={m} />).lastFrame());
    expect(frame(en, { state: 'connecting' })).toContain('◌ connecting…');
    const live = frame(en, { state: 'live' });
    expect(live).toContain('● live');
    expect(live).toContain('context: ctx-red');
    expect(live).toContain('user: alice');
    const down = frame(en, { state: 'reconnecting', error: 'no answer from the API server', retryInMs: 2500 });
    expect(down).toContain('✖ disconnected, reconnecting in 3s');
    expect(down).toContain('no answer from the API server');
    expect(frame(ja, { state: 'reconnecting', retryInMs: 1000 })).toContain('切断: 1 秒後に再接続します');
  });
});

describe('ExplanationPane', () => {
  const m = tuiMessages('en');
  const pod = fixtureObjects().find((o) => o.metadata?.name === 'worker-oom') as unknown as Pod;
  const explanation = sayExplanation(
    explainPod({
      object: pod as never,
      reads: {},
      skipped: [],
      warnings: [message('common:forbidden', { verb: 'list', resource: 'events', namespace: 'shop' })],
    }),
    'en',
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
          m={m}
          {...props}
        />,
      ).lastFrame(),
    );

  it('shows the verdict first, then findings with severity marks', () => {
    const f = pane({});
    expect(f.split('\n')[0]).toBe('Pod/worker-oom -n shop');
    expect(f).toContain('OOMKilled: container');
    expect(f).toMatch(/^(error|warn)\s+\S/m);
  });

  it('loading, error, and nothing selected', () => {
    expect(pane({ view: { loading: true } })).toContain('explaining…');
    expect(pane({ view: { loading: false, error: 'pods "x" not found\u001b]0;t\u0007' } })).toContain('cannot explain: pods "x" not found');
    expect(pane({ view: null })).toContain('select an object on the left');
  });

  it('stale while disconnected, updating while a newer version is explained', () => {
    expect(pane({ stale: true }).split('\n')[0]).toContain('STALE');
    expect(pane({ view: { loading: true, explanation } }).split('\n')[0]).toBe('updating…');
  });

  it('focused: scrolls to keep the selected finding in view', () => {
    const last = explanation.findings.length - 1;
    const f = pane({ focused: true, findingCursor: last, height: 8 });
    expect(f).toContain(explanation.findings[last]!.title.slice(0, 20));
    expect(f.split('\n')).toHaveLength(8);
  });
});
