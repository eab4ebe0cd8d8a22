// Kinds through `:` with discovery (issue 18 item 1), on objects captured from the sandbox: `:tlsroute`
// names a Gateway API kind the built-in table lacks, found among the served kinds (the CRDs), listed
// with the generic columns (NAME CONDITIONS AGE) and explained by the generic explainer; `:crd` lists
// CRDs with their conditions; a kind nothing serves says so. English and Japanese, 80x24 and 200x50.
import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/cluster/reader.js';
import { App } from '../../src/render/tui/App.js';
import { kindPickerLines } from '../../src/render/tui/App.js';
import { TUI_KINDS } from '../../src/render/tui/kinds.js';
import { REGISTRY } from '../../src/explain/registry.js';
import { kindPlural } from '../../src/render/tui/tui-messages.js';
import { driver, fixtureObjects, fixtureSource } from './fixture-source.js';

const ENTER = '\r';
const captured = (file: string): KubeObject[] => {
  const j = JSON.parse(readFileSync(new URL(`../fixtures/tui/${file}`, import.meta.url), 'utf8')) as { items?: KubeObject[] };
  return j.items ?? [j as KubeObject];
};
const objects = () => [...fixtureObjects(), ...captured('crd-tlsroutes.json'), ...captured('tlsroutes.json')];

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function start(lang: 'en' | 'ja', size: { columns: number; rows: number }) {
  const src = fixtureSource(lang, objects());
  const app = render(
    <App
      source={src}
      namespace="kx-tui-fx-crd"
      lang={lang}
      columns={size.columns}
      rows={size.rows}
      selectDelayMs={0}
      batchMs={5}
      probeMs={0}
    />,
  );
  cleanup = app.unmount;
  const { frame, press } = driver(app, 10_000);
  return { src, frame, press };
}

const SIZES = [
  { columns: 80, rows: 24 },
  { columns: 200, rows: 50 },
] as const;

describe.each(['en', 'ja'] as const)('kinds through discovery (%s)', (lang) => {
  it.each(SIZES)(':tlsroute lists a served kind the table lacks, with generic columns and the generic explanation (%o)', async (size) => {
    const { frame, press, src } = start(lang, size);
    await frame((x) => x.includes(lang === 'en' ? 'Pods (' : 'Pod ('));
    await press(':', 't', 'l', 's', 'r', 'o', 'u', 't', 'e', ENTER);
    const f = await frame((x) => x.includes('tls-passthrough') && x.includes('TLSRoute/tls-passthrough -n kx-tui-fx-crd'));
    expect(f).toMatch(/NAME\s+CONDITIONS\s+AGE/);
    expect(f).toMatch(/· tls-passthrough\s+\S+/);
    expect(src.explained).toContain('TLSRoute/tls-passthrough');
    for (const l of f.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(size.columns);
  });

  it(':crd lists the CRDs with the conditions the generic explainer judges good; an unserved kind says so', async () => {
    const { frame, press } = start(lang, SIZES[1]);
    await frame((x) => x.includes(lang === 'en' ? 'Pods (' : 'Pod ('));
    await press(':', 'c', 'r', 'd', ENTER);
    const f = await frame((x) => x.includes('tlsroutes.gateway.networking.k8s.io'));
    expect(f).toMatch(/● tlsroutes\.gateway\.networking\.k8s\.io\s+NamesAccepted,Established\s+\S+/);
    await press(':', 'w', 'i', 'd', 'g', 'e', 't', ENTER);
    await frame((x) => x.includes(lang === 'en' ? 'unknown kind "widget"' : '「widget」という種類はありません'));
  });

  it('the kind picker lists every kind the explainer registry explains', () => {
    const text = kindPickerLines('', 'Pod', lang)
      .map((l) => l.text)
      .join('\n');
    for (const r of REGISTRY) {
      expect(TUI_KINDS).toContain(r.kind);
      expect(text).toContain(kindPlural(r.kind, lang));
    }
  });
});
