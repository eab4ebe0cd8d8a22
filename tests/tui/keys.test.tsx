// The keys of issue 18 on captured sandbox objects, through ink-testing-library, in English and
// Japanese at 80x24 and 200x50: `:` jumps and Esc back, ctrl-a's grouped kinds, unknown kinds and
// keys say so, columns of Nodes/Secrets/ConfigMaps, 0 (every namespace), sort keys, y (Secret values
// never shown), l/p logs (sanitized), e events; a forbidden list, a stale view and a deleted namespace
// in the header; names with emoji, ZWJ sequences and surrogate pairs keep the frame in its columns.
import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/cluster/reader.js';
import { fromStatus } from '../../src/cluster/errors.js';
import { App } from '../../src/render/tui/App.js';
import { fixtureObjects, fixtureSource, frameWhere, tick, type DrivenSource } from './fixture-source.js';

const ENTER = '\r';
const ESC = '\u001b';
const CTRL_A = '\u0001';
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const captured = (file: string): KubeObject[] => {
  const j = JSON.parse(readFileSync(new URL(`../fixtures/workloads/${file}`, import.meta.url), 'utf8')) as { items?: KubeObject[] };
  return j.items ?? [j as KubeObject];
};

/** The shop Pods plus captured Nodes, a Namespace and a Secret (moved into shop so it lists there). */
function objects(): KubeObject[] {
  const secret = captured('secrets.json').map((s) => ({ ...s, kind: 'Secret', metadata: { ...s.metadata, namespace: 'shop' } }));
  return [...fixtureObjects(), ...captured('nodes.json').map((n) => ({ kind: 'Node', ...n })), ...secret];
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function start(lang: 'en' | 'ja', size: { columns: number; rows: number }, src: DrivenSource = fixtureSource(lang, objects())) {
  const app = render(
    <App source={src} namespace="shop" lang={lang} columns={size.columns} rows={size.rows} selectDelayMs={0} batchMs={5} probeMs={0} />,
  );
  cleanup = app.unmount;
  const frame = (ok: (f: string) => boolean) => frameWhere(() => plain(app.lastFrame() ?? ''), ok);
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      app.stdin.write(k);
      await tick(25);
    }
  };
  return { app, src, frame, press };
}

const SIZES = [
  { columns: 80, rows: 24 },
  { columns: 200, rows: 50 },
] as const;

/** Every line within the width and exactly `rows` lines, by the width library Ink uses. */
function fits(f: string, size: { columns: number; rows: number }) {
  const lines = f.split('\n');
  expect(lines).toHaveLength(size.rows);
  for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(size.columns);
}

describe.each(['en', 'ja'] as const)('keys (%s)', (lang) => {
  const t = {
    en: {
      pods: 'Pods (8)',
      nodes: 'Nodes (3)',
      secrets: 'Secrets (1)',
      unknownKind: 'unknown kind "pdo"',
      mean: ':pod',
      key: '"x" does nothing here',
    },
    ja: {
      pods: 'Pod (8)',
      nodes: 'Node (3)',
      secrets: 'Secret (1)',
      unknownKind: '「pdo」という種類はありません',
      mean: ':pod',
      key: '「x」はここでは使えません',
    },
  }[lang];

  it.each(SIZES)(':no jumps to Nodes with kubectl columns, Esc goes back to the Pods; it fits %o', async (size) => {
    const { frame, press } = start(lang, size);
    await frame((x) => x.includes(t.pods) && x.includes('Pod/api-'));
    await press(':', 'n', 'o', ENTER);
    const f = await frame((x) => x.includes(t.nodes) && x.includes('Node/kx-node-1'));
    expect(f).toMatch(/NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION/);
    expect(f).toMatch(/● kx-node-1\s+Ready\s+<none>\s+\S+\s+kwok-v/);
    fits(f, size);
    await press(ESC);
    await frame((x) => x.includes(t.pods));
  });

  it('ctrl-a lists the kinds grouped, typing narrows them; an unknown kind says so with a suggestion', async () => {
    const { frame, press } = start(lang, SIZES[1]);
    await frame((x) => x.includes('Pod/api-'));
    await press(CTRL_A);
    let f = await frame((x) => x.includes(':hpa') && x.includes(':rb'));
    for (const k of [':po', ':deploy', ':svc', ':no', ':ns', ':pvc', ':pdb', ':netpol', ':sa', ':crb']) expect(f).toContain(k);
    expect(f).toContain(lang === 'en' ? 'Workloads' : 'ワークロード');
    expect(f).toContain(lang === 'en' ? 'Access' : 'アクセス');
    await press('p', 'v');
    f = await frame((x) => !x.includes(':hpa'));
    expect(f).toContain(':pvc');
    await press(ESC, ':', 'p', 'd', 'o', ENTER);
    f = await frame((x) => x.includes(t.unknownKind));
    expect(f).toContain(t.mean);
  });

  it('an unknown key says so in the key bar; the next key clears it', async () => {
    const { frame, press } = start(lang, SIZES[0]);
    await frame((x) => x.includes('Pod/api-'));
    await press('x');
    await frame((x) => x.includes(t.key));
    await press('j');
    await frame((x) => !x.includes(t.key) && x.includes(lang === 'en' ? '? help' : '? ヘルプ'));
  });

  it.each(SIZES)('y on a Secret: key names and sizes, never a value; managedFields hidden (%o)', async (size) => {
    const { frame, press } = start(lang, size);
    await frame((x) => x.includes('Pod/api-'));
    await press(':', 's', 'e', 'c', 'r', 'e', 't', ENTER);
    let f = await frame((x) => x.includes(t.secrets) && x.includes('db-credentials'));
    expect(f).toMatch(/db-credentials\s+Opaque\s+2/);
    await press('y');
    f = await frame((x) => x.includes('YAML: secret/db-credentials') && x.includes('password:'));
    expect(f).toMatch(/password: <\d+ (bytes, value hidden|バイト、値は非表示)>/);
    const secret = objects().find((o) => o.kind === 'Secret')! as { data: Record<string, string> };
    // The password, encoded and decoded (the user name "app" is too short to look for).
    expect(f).not.toContain(secret.data.password);
    expect(f).not.toContain(Buffer.from(secret.data.password!, 'base64').toString());
    expect(f).not.toContain('managedFields:');
    fits(f, size);
  });

  it('l shows the logs of the selected Pod sanitized; p asks for the previous container; Enter follows', async () => {
    const src = fixtureSource(lang, objects(), { logText: 'start 🚀\n\u001b]0;pwned\u0007ok 👩‍💻 𠮷\n' });
    const { frame, press } = start(lang, SIZES[0], src);
    await frame((x) => x.includes('Pod/api-'));
    await press('l');
    let f = await frame((x) => /(logs|ログ): pod\/api-/.test(x) && x.includes('start 🚀'));
    expect(f).toContain('ok 👩‍💻 𠮷');
    expect(f).not.toContain('pwned\u0007');
    expect(f).not.toMatch(/\u001b\]/);
    fits(f, SIZES[0]);
    await press('p');
    f = await frame((x) => x.includes(lang === 'en' ? '(previous)' : '(前回のコンテナ)'));
    await press('p', ENTER);
    await frame((x) => x.includes(lang === 'en' ? 'following' : '追跡中'));
    expect(src.logRequests.map((r) => [r.previous, r.follow])).toEqual([
      [false, false],
      [true, false],
      [false, false],
      [false, true],
    ]);
    await press(ESC);
    // l on a kind without logs says where logs are.
    await press(':', 'c', 'm', ENTER);
    await frame((x) => x.includes('ConfigMap'));
    await press('l');
    await frame((x) => x.includes(lang === 'en' ? 'l shows the logs of a Pod' : 'l は Pod のログを表示します'));
  });

  it('e explains the events of the selected object', async () => {
    const { frame, press } = start(lang, SIZES[1]);
    await frame((x) => x.includes('Pod/api-'));
    await press('e');
    const f = await frame((x) => /(events|イベント): pod\/api-/.test(x) && x.includes('Scheduled'));
    expect(f).toContain(lang === 'en' ? 'Recent events (1)' : '最近のイベント (1 件)');
    expect(f).toContain('Successfully assigned shop/api-');
  });

  it('0 lists every namespace with NAMESPACE first; again goes back to one', async () => {
    const { frame, press, src } = start(lang, SIZES[1]);
    await frame((x) => x.includes('Pod/api-'));
    await press('0');
    const f = await frame((x) => /NAMESPACE\s+NAME\s+READY\s+STATUS/.test(x) && /shop\s+api-/.test(x));
    expect(f).toContain(lang === 'en' ? 'ns: all' : 'ns: すべて');
    expect(src.handlers.has('Pod')).toBe(true);
    await press('0');
    await frame((x) => !x.includes('NAMESPACE') && x.includes('ns: shop'));
  });

  it('s sorts by the next column, S reverses, N goes back to names', async () => {
    const { frame, press } = start(lang, SIZES[1]);
    await frame((x) => x.includes('Pod/api-'));
    await press('s', 's', 's');
    // STATUS ascending: Completed before CrashLoopBackOff… before Running.
    const row = (f: string, name: string) => f.split('\n').findIndex((l) => new RegExp(`[●✖◐◌✔·] ${name}`).test(l));
    let f = await frame((x) => x.includes('STATUS↑'));
    expect(row(f, 'report-')).toBeLessThan(row(f, 'api-'));
    expect(row(f, 'worker-oom')).toBeLessThan(row(f, 'web-'));
    await press('S');
    f = await frame((x) => x.includes('STATUS↓'));
    expect(row(f, 'web-')).toBeLessThan(row(f, 'report-'));
    await press('N');
    f = await frame((x) => x.includes('NAME↑'));
    expect(row(f, 'api-')).toBeLessThan(row(f, 'worker-oom'));
  });

  it('a forbidden list is a permission state, not a disconnection', async () => {
    const { frame, src } = start(lang, SIZES[0]);
    await frame((x) => x.includes('Pod/api-'));
    src.handlers
      .get('Pod')!
      .h.onState('forbidden', fromStatus(403, { verb: 'list', resource: 'pods', namespace: 'shop' }, 'https://sandbox'));
    const f = await frame((x) =>
      x.includes(lang === 'en' ? 'no permission to list Pods in shop' : 'Namespace shop の Pod を一覧する権限がありません'),
    );
    expect(f).not.toMatch(/disconnected|切断/);
  });

  it('a probe that fails marks the view stale for N seconds; a deleted namespace is said in the header', async () => {
    const src = fixtureSource(lang, objects());
    src.probeAnswer = () => Promise.reject(new Error('no answer from the API server within 5s'));
    const app = render(
      <App source={src} namespace="shop" lang={lang} columns={120} rows={30} selectDelayMs={0} batchMs={5} probeMs={50} />,
    );
    cleanup = app.unmount;
    const frame = (ok: (f: string) => boolean) => frameWhere(() => plain(app.lastFrame() ?? ''), ok);
    await frame((x) => (lang === 'en' ? /stale for \d+s/ : /\d+ 秒間更新なし/).test(x) && x.includes('no answer from the API server'));
    await frame((x) => (lang === 'en' ? /stale for [1-9]\d*s/ : /[1-9]\d* 秒間更新なし/).test(x));
    src.probeAnswer = async () => 'gone';
    await frame((x) => x.includes(lang === 'en' ? 'namespace shop is gone' : 'Namespace shop は削除されました'));
  });
});

describe('text that reads well', () => {
  it.each(SIZES)('emoji, ZWJ sequences and surrogate pairs in names keep every line within %o', async (size) => {
    const objs = objects();
    const web = objs.find((o) => o.metadata?.name?.startsWith('web-'))!;
    const odd = structuredClone(web) as KubeObject & { metadata: { name: string; uid: string } };
    odd.metadata.name = 'aaa-🚀-👩‍💻-𠮷野家-ｶﾀｶﾅ-and-a-long-tail-of-characters';
    odd.metadata.uid = 'odd';
    objs.push(odd);
    for (const lang of ['en', 'ja'] as const) {
      const { frame, app } = start(lang, size, fixtureSource(lang, objs));
      const f = await frame((x) => x.includes('aaa-🚀') && x.includes('Pod/aaa-'));
      fits(f, size);
      app.unmount();
    }
  });

  it('the key bar keeps "? help" at 80 columns in both languages', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { frame, app } = start(lang, SIZES[0]);
      const f = await frame((x) => x.includes('Pod/api-'));
      expect(f.split('\n').at(-1)).toContain(lang === 'en' ? '? help  q quit' : '? ヘルプ  q 終了');
      app.unmount();
    }
  });

  it('the kubectl logs command of a verdict is never split across lines', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { frame, app } = start(lang, SIZES[0]);
      const f = await frame((x) => x.includes('Pod/api-') && x.includes('kubectl logs'));
      expect(f).toMatch(/kubectl logs api-\S+ -c api --previous/);
      app.unmount();
    }
  });
});
