// The Problems view (issue 16 item 6) on the captured shop namespace, through ink-testing-library in
// English and Japanese at 80x24 and 200x50: `!` and `:problems` list the problems `kubexplain check`
// finds (the same scan and grouping: compared with buildCheckReport), worst first, each with its glyph,
// cause and affected count; Enter explains the cause's object, Esc goes back, the view re-scans and
// says how long ago it was updated.
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCheckReport } from '../../commands/check.js';
import { loadDocIndex } from '../../src/docs/load.js';
import { App } from '../../src/render/tui/App.js';
import { driver, fixtureSource, frameWhere, type DrivenSource } from './fixture-source.js';

const ENTER = '\r';
const ESC = '\u001b';
const SIZES = [
  { columns: 80, rows: 24 },
  { columns: 200, rows: 50 },
] as const;

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function start(lang: 'en' | 'ja', size: { columns: number; rows: number }, refreshMs = 0, src: DrivenSource = fixtureSource(lang)) {
  const app = render(
    <App
      source={src}
      namespace="shop"
      lang={lang}
      columns={size.columns}
      rows={size.rows}
      selectDelayMs={0}
      batchMs={5}
      probeMs={0}
      problemsRefreshMs={refreshMs}
    />,
  );
  cleanup = app.unmount;
  const { frame, press } = driver(app, 15_000);
  return { app, src, frame, press };
}

function fits(f: string, size: { columns: number; rows: number }) {
  const lines = f.split('\n');
  expect(lines).toHaveLength(size.rows);
  for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(size.columns);
}

describe.each(['en', 'ja'] as const)('Problems view (%s)', (lang) => {
  const t = {
    en: { pods: 'Pods (8)', title: /Problems \(\d+\) in shop · updated \d+s ago/, header: /CAUSE\s+OBJECTS/, fix: 'fix', back: 'Pods (8)' },
    ja: { pods: 'Pod (8)', title: /問題 \(\d+\) Namespace: shop · \d+ 秒前に更新/, header: /原因\s+対象/, fix: '対処', back: 'Pod (8)' },
  }[lang];

  it.each(SIZES)(
    '`!` lists the same problems as check, worst first, glyph + cause + count; Enter explains, Esc back (%o)',
    async (size) => {
      const { frame, press, src } = start(lang, size);
      await frame((x) => x.includes(t.pods));
      await press('!');
      const f = await frame((x) => t.title.test(x) && x.includes('CrashLoopBackOff'));
      expect(src.checks).toEqual(['shop']);
      expect(f).toMatch(t.header);
      fits(f, size);
      // The same problems as `kubexplain check -n shop`, in its order (worst first), each on one row.
      const docs = (await loadDocIndex({ docs: [], env: {} })).index;
      const report = await buildCheckReport(src.reader, { namespace: 'shop', lang, docs });
      expect(report.problems.length).toBeGreaterThanOrEqual(5);
      const rows = f.split('\n').filter((l) => /^│[✖◐◌] /.test(l));
      const shown = Math.min(rows.length, report.problems.length);
      expect(shown).toBeGreaterThanOrEqual(5);
      for (let i = 0; i < shown; i++) {
        const p = report.problems[i]!;
        expect(rows[i]).toContain(p.severity === 'error' ? '✖' : '◐');
        // The cause's first words (cut to the column) and the affected count at the end of the row.
        expect(rows[i]).toContain(p.cause.slice(0, 12));
        expect(rows[i]).toMatch(new RegExp(`\\s${p.affected.length}\\s*│?\\s*(│.*)?$`));
      }
      // The crash loop: its ReplicaSet and the Service selecting its Pod are one problem of two objects.
      expect(rows[0]).toMatch(/CrashLoopBackOff.*\s2\s*│/);
      // The highlighted problem's detail: fix and affected objects.
      let d = await frame((x) => x.includes(t.fix) && x.includes('ReplicaSet/api-79cd48b5d9'));
      // (At 80x24 in Japanese the second object is below the pane's fold.)
      if (size.rows === 50) expect(d).toContain('Service/api');
      // Enter explains the cause's object with the explain pane; Esc comes back to the problems.
      await press(ENTER);
      d = await frame((x) => /ReplicaSet\/api-79cd48b5d9 -n shop\n?.*\n?/.test(x) && !x.includes(t.fix) && /warn|error/.test(x));
      expect(src.explained).toContain('ReplicaSet/api-79cd48b5d9');
      fits(d, size);
      await press(ESC);
      await frame((x) => x.includes(t.fix));
      // j moves to the next problem, whose detail follows.
      await press('j');
      await frame((x) => x.includes(report.problems[1]!.affected[0]!.name) && x.includes(t.fix));
      // Esc leaves the view: the Pods again.
      await press(ESC);
      await frame((x) => x.includes(t.back) && !t.title.test(x));
    },
  );

  it(':problems opens the view too; it re-scans while open and says when it was updated', async () => {
    const { frame, press, src } = start(lang, SIZES[1], 200);
    await frame((x) => x.includes(t.pods));
    await press(':', 'p', 'r', 'o', 'b', 'l', 'e', 'm', 's', ENTER);
    await frame((x) => t.title.test(x) && x.includes('CrashLoopBackOff'));
    // Live: a second scan arrives on its own (the interval is 200 ms here, 15 s by default).
    await frameWhere(
      () => (src.checks.length >= 2 ? 'y' : ''),
      (x) => x === 'y',
      15_000,
    );
    // `0`: every namespace, re-scanned for the whole cluster.
    await press('0');
    await frameWhere(
      () => (src.checks.includes('') ? 'y' : ''),
      (x) => x === 'y',
      15_000,
    );
    await frame((x) => x.includes(lang === 'en' ? 'Problems (' : '問題 (') && x.includes(lang === 'en' ? 'in all' : 'Namespace: すべて'));
  });
});
