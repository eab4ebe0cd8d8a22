// The App on captured sandbox objects, through ink-testing-library: list, header states, the
// explanation (the same engine as `explain`), keys, filter, docs, the disconnected state,
// sanitization and the 80x24 layout.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/render/tui/App.js';
import { fixtureObjects, fixtureSource, frameWhere, tick } from './fixture-source.js';

const DOWN = '\u001b[B';
const UP = '\u001b[A';
const RIGHT = '\u001b[C';
const ESC = '\u001b';
const ENTER = '\r';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function start(lang: 'en' | 'ja' = 'en', size = { columns: 100, rows: 30 }, src = fixtureSource(lang)) {
  let quit = 0;
  const app = render(
    <App
      source={src}
      namespace="shop"
      lang={lang}
      columns={size.columns}
      rows={size.rows}
      selectDelayMs={0}
      changeDelayMs={20}
      batchMs={5}
      onQuit={() => quit++}
    />,
  );
  cleanup = app.unmount;
  const frame = (ok: (f: string) => boolean, ms?: number) => frameWhere(app.lastFrame, ok, ms);
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      app.stdin.write(k);
      await tick(25);
    }
  };
  return { app, src, frame, press, quits: () => quit };
}

describe('TUI App', () => {
  it("lists the namespace's Pods sorted, with status glyphs, and explains the first one", async () => {
    const { frame } = start();
    const f = await frame((x) => x.includes('worker-oom') && x.includes('Pod/api-'));
    const names = ['api-', 'migrate-', 'missing-config', 'needs-nvme', 'report-', 'typo-image', 'web-', 'worker-oom'];
    const at = names.map((n) => f.indexOf(n));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(f).toMatch(/✖ missing-config\s+0\/1\s+CreateContainerConfigError\s+0\s+\d+d/);
    expect(f).toMatch(/✔ report-\S+\s+0\/1\s+Completed/);
    expect(f).toMatch(/◐ needs-nvme\s+0\/1\s+Pending/);
    expect(f).toMatch(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+NODE/);
    expect(f).toContain('Pods (8)');
    // The verdict of the api Pod: the crash loop, with the logs command.
    expect(f).toContain('CrashLoopBackOff: container api exited with code 1');
  });

  it('header: context, server, user, namespace and the connection state', async () => {
    const { frame, src } = start();
    let f = await frame((x) => x.includes('● live'));
    expect(f).toContain('context: kwok-kubexplain');
    expect(f).toContain('ns: shop');
    expect(f).toContain('server: https://127.0.0.1:6443');
    expect(f).toContain('user: kwok-admin');
    src.state('Pod', 'reconnecting', 'connection refused');
    f = await frame((x) => x.includes('disconnected, reconnecting in 4s'));
    expect(f).toContain('connection refused');
  });

  it('disconnected: the open explanation is marked stale, and made again after the relist', async () => {
    const { frame, src } = start();
    await frame((x) => x.includes('CrashLoopBackOff: container api'));
    const before = src.explained.length;
    src.state('Pod', 'reconnecting', 'watch connection closed');
    let f = await frame((x) => x.includes('STALE'));
    expect(f).toContain('CrashLoopBackOff: container api');
    src.sync('Pod');
    src.state('Pod', 'live');
    f = await frame((x) => !x.includes('STALE') && x.includes('● live'));
    await frame(() => src.explained.length > before);
    expect(src.explained.at(-1)).toMatch(/^Pod\/api-/);
  });

  it('moves with the arrow keys and explains the selected Pod (same verdict as explain)', async () => {
    const { frame, press } = start();
    await frame((x) => x.includes('Pod/api-'));
    await press(DOWN, DOWN);
    const f = await frame((x) => x.includes('Pod/missing-config'));
    expect(f).toContain('CreateContainerConfigError');
    await press(UP);
    await frame((x) => x.includes('Pod/migrate-'));
  });

  it('re-explains the selected Pod when a watch event changes it (Pending → Running)', async () => {
    const objects = fixtureObjects();
    const { frame, press, src } = start('en', undefined, fixtureSource('en', objects));
    await frame((x) => x.includes('Pod/api-'));
    await press(DOWN, DOWN, DOWN);
    await frame((x) => x.includes('Pod/needs-nvme') && x.includes('Pending:'));
    const pod = structuredClone(objects.find((o) => o.metadata?.name === 'needs-nvme')!) as Record<string, any>;
    const running = structuredClone(objects.find((o) => o.metadata?.name?.startsWith('web-'))!) as Record<string, any>;
    pod.metadata.resourceVersion = '999999';
    pod.spec.nodeName = 'kx-node-1';
    pod.status = { ...running.status };
    src.emit('Pod', { type: 'MODIFIED', object: pod });
    const f = await frame((x) => x.includes('Running and Ready'));
    expect(f).toMatch(/● needs-nvme\s+1\/1\s+Running/);
  });

  it('DELETED removes the row and moves the cursor to a neighbour', async () => {
    const objects = fixtureObjects();
    const { frame, src } = start('en', undefined, fixtureSource('en', objects));
    await frame((x) => x.includes('Pod/api-'));
    const api = objects.find((o) => o.metadata?.name?.startsWith('api-'))!;
    src.emit('Pod', { type: 'DELETED', object: api });
    const f = await frame((x) => x.includes('Pod/migrate-') && !x.includes('✖ api-'));
    expect(f).toContain('7');
  });

  it('/ filters by name or status as typed; Esc clears', async () => {
    const { frame, press } = start();
    await frame((x) => x.includes('Pod/api-'));
    await press('/', 'b', 'a', 'c', 'k');
    let f = await frame((x) => x.includes('filter: back'));
    expect(f).toContain('api-');
    expect(f).toContain('worker-oom');
    expect(f).toContain('typo-image');
    expect(f).not.toContain('missing-config');
    expect(f).toContain('Pods (3/8)');
    await press(ESC);
    await tick(80);
    f = await frame((x) => !x.includes('filter:') && x.includes('missing-config'));
  });

  it('← → walk the kinds (Deployments, ReplicaSets); :svc jumps to Services with their columns', async () => {
    const { frame, press } = start();
    await frame((x) => x.includes('Pod/api-'));
    await press(RIGHT);
    await frame((x) => x.includes('Deployments (') && /NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE/.test(x));
    await press(RIGHT);
    await frame((x) => x.includes('ReplicaSets (2)') && /NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE/.test(x));
    await press(':', 's', 'v', 'c', ENTER);
    const f = await frame((x) => x.includes('Services (') && x.includes('Service/'));
    expect(f).toMatch(/NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE/);
    expect(f).toMatch(/· api\s+ClusterIP\s+10\.\S+\s+<none>\s+8080\/TCP/);
  });

  it('Enter walks the findings; d opens the section of the handbook that teaches it', async () => {
    const { frame, press } = start();
    await frame((x) => x.includes('Pod/api-') && x.includes('→ '));
    await press(ENTER);
    await frame((x) => x.includes('Esc back'));
    await press('d');
    const f = await frame((x) => x.includes('docs/handbook/en/') && x.includes('Esc close'));
    // The path is absolute, so its line number may be cut at the pane width in a deep checkout.
    expect(f).toMatch(/handbook\/en\/\S+\.md/);
    await press(ESC);
    await tick(80);
    await frame((x) => x.includes('Pod/api-'));
  });

  it('? shows the keys; t on a Pod says what it traces; r opens the RBAC query; q quits', async () => {
    const { frame, press, quits } = start();
    await frame((x) => x.includes('Pod/api-'));
    await press('?');
    await frame((x) => x.includes('keys') && x.includes('every kind, grouped'));
    await press(ESC);
    await tick(80);
    await press('t');
    await frame((x) => x.includes('t traces Services and Ingresses'));
    await press(ESC);
    await tick(80);
    await press('r', 'w', 'h', 'o', ENTER);
    await frame((x) => x.includes('asked: who'));
    await press(ESC);
    await tick(80);
    await press('q');
    expect(quits()).toBe(1);
  });

  it('t on a Service shows its routing chain (the trace engine), hop by hop', async () => {
    const { frame, press } = start();
    await frame((x) => x.includes('Pod/api-'));
    await press(':', 's', 'v', 'c', ENTER);
    await frame((x) => x.includes('Services (') && x.includes('Service/api'));
    await press('t');
    const f = await frame((x) => x.includes('routing: service/api') && x.includes('→'));
    expect(f).toMatch(/✔ client → service\/api/);
    expect(f).toMatch(/✖ targetPort 8080 → endpointslices/);
  });

  it('n lists namespaces and switches to the one typed', async () => {
    const { frame, press, src } = start();
    await frame((x) => x.includes('Pod/api-'));
    await press('n');
    await frame((x) => x.includes('kube-system'));
    await press('k', 'u', 'b', 'e', ENTER);
    await frame((x) => x.includes('ns: kube-system'));
    expect(src.handlers.has('Pod')).toBe(true);
  });

  it('sanitizes terminal escapes in a Pod name and in a container message', async () => {
    const objects = fixtureObjects();
    const { frame, src } = start('en', undefined, fixtureSource('en', objects));
    await frame((x) => x.includes('Pod/api-'));
    const evil = structuredClone(objects.find((o) => o.metadata?.name === 'missing-config')!) as Record<string, any>;
    evil.metadata.name = 'aaa-\u001b]0;pwned\u0007evil\u001b[2J';
    evil.metadata.uid = 'evil-uid';
    evil.status.containerStatuses[0].state = {
      waiting: { reason: 'CreateContainerConfigError', message: 'configmap \u001b[31mred\u001b[0m "x\u202egnp.exe" not found\u001b[H' },
    };
    src.emit('Pod', { type: 'ADDED', object: evil });
    const f = await frame((x) => x.includes('aaa-'));
    expect(f).toContain('aaa-evil');
    const bare = f.replace(/\u001b\[[0-9;]*m/g, '');
    expect(bare).not.toMatch(/\u001b|\u0007|\u202e/);
  });

  it('fits 80x24: every line at most 80 columns, exactly 24 lines, Japanese too', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { frame, app } = start(lang, { columns: 80, rows: 24 });
      const f = await frame((x) => x.includes('Pod/api-'));
      const lines = f.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
      expect(lines).toHaveLength(24);
      const width = (s: string) => [...s].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uff60]/.test(c) ? 2 : 1), 0);
      for (const l of lines) expect(width(l)).toBeLessThanOrEqual(80);
      if (lang === 'ja') expect(f).toContain('終了');
      app.unmount();
    }
  });

  it('renders only the visible rows of a long list', async () => {
    const objects = fixtureObjects();
    const web = objects.find((o) => o.metadata?.name?.startsWith('web-'))!;
    for (let i = 0; i < 3000; i++) {
      const p = structuredClone(web) as Record<string, any>;
      p.metadata.name = `bulk-${String(i).padStart(4, '0')}`;
      p.metadata.uid = `bulk-${i}`;
      objects.push(p);
    }
    const { frame, press } = start('en', { columns: 80, rows: 24 }, fixtureSource('en', objects));
    let f = await frame((x) => x.includes('bulk-0000'));
    expect(f).not.toContain('bulk-0030');
    expect(f).toContain('Pods (3008)');
    await press('G');
    f = await frame((x) => x.includes('worker-oom') && !x.includes('bulk-0000'));
    await press('g');
    await frame((x) => x.includes('bulk-0000'));
  });
});
