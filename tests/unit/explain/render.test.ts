// Renderers: text aligned and plain off a TTY, control sequences from the cluster stripped in text
// and markdown; JSON keeps the documented field order.
import { describe, expect, it } from 'vitest';
import { renderText, useColor } from '../../../src/render/text.js';
import { renderJson } from '../../../src/render/json.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import type { Pod } from '../../../src/model/pod.js';
import { explainPod, loadPod, podSnapshot } from './pod-fixtures.js';

const evil = (): Pod => {
  const pod = loadPod('missing-config');
  const status = structuredClone(pod.status)!;
  status.containerStatuses![0]!.state = {
    waiting: { reason: 'CreateContainerConfigError', message: 'x\u001b]0;pwned\u0007y\u001b[2J|z\u202e' },
  };
  return { ...pod, status };
};

describe('renderers', () => {
  it('text: verdict on line 2, no escapes without colour, cluster escapes removed', () => {
    const out = renderText(explainPod(podSnapshot('missing-config', { pod: evil() }), 'en'));
    expect(out.split('\n')[1]).toMatch(/^CreateContainerConfigError: "xy\|z"/);
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(out).toMatch(/^error {2}ConfigMap does-not-exist: not found$/m);
  });

  it('colour only on a TTY, never with NO_COLOR or --no-color', () => {
    expect(useColor({ isTTY: true }, true, {})).toBe(true);
    expect(useColor({ isTTY: false }, true, {})).toBe(false);
    expect(useColor({ isTTY: true }, true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, true, { NO_COLOR: '' })).toBe(true); // no-color.org: only a non-empty value
    expect(useColor({ isTTY: true }, false, {})).toBe(false);
    expect(renderText(explainPod(podSnapshot('web'), 'en'), true)).toContain('\u001b[32m');
  });

  it('--lang ja: the labels of text and Markdown are Japanese too (warnings, table header, sections)', () => {
    const e = { ...explainPod(podSnapshot('web'), 'ja'), warnings: ['読めませんでした'] };
    expect(renderText(e, false, 'ja')).toMatch(/^警告: 読めませんでした$/m);
    expect(renderText(e, false, 'en')).toMatch(/^warning: 読めませんでした$/m);
    const md = renderMarkdown(e, 'ja');
    expect(md).toMatch(/^# Pod \S+ \(名前空間 shop\)$/m);
    expect(md).toContain('| 重大度 | 所見 | 概念 |');
    expect(md).toMatch(/^## 詳細$/m);
    expect(md).toMatch(/^## 警告$/m);
    expect(md).not.toMatch(/namespace|severity|Details|Warnings/);
  });

  it('markdown: heading, table, sanitized cells', () => {
    const md = renderMarkdown(explainPod(podSnapshot('missing-config', { pod: evil() }), 'en'));
    expect(md).toMatch(/^# Pod missing-config \(namespace shop\)/);
    expect(md).toContain('| severity | finding | concept |');
    expect(md).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('json: the model with a stable field order', () => {
    const j = JSON.parse(renderJson(explainPod(podSnapshot('web'), 'en'))) as Record<string, unknown> & {
      findings: Record<string, unknown>[];
    };
    expect(Object.keys(j)).toEqual(['kind', 'target', 'verdict', 'findings', 'warnings']);
    expect(Object.keys(j.findings[0]!)).toEqual(['id', 'concept', 'severity', 'title', 'detail', 'docs']);
  });
});
