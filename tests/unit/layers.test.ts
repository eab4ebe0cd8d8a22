// The layers of DESIGN.md, enforced over the import graph: pure layers (model, explain, routing,
// rbac, check, docs, text) never import cluster, render or commands; cluster imports only model, text
// and src/errors.ts. KNOWN lists the edges that predate the rule and are being removed: it may only
// shrink (an entry that no longer exists fails too, so it is deleted when its edge goes).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PURE = ['model', 'explain', 'routing', 'rbac', 'check', 'docs', 'text'];
const FORBIDDEN_FOR_PURE = ['cluster', 'render', 'commands'];
const CLUSTER_MAY = ['model', 'text', 'cluster', 'errors.ts'];

const KNOWN = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

/** src-relative layer of a path: 'cluster', 'model', …, 'errors.ts', or 'commands'. */
function layerOf(abs: string): string {
  const rel = relative(ROOT, abs).split('/');
  if (rel[0] === 'commands') return 'commands';
  return rel[0] === 'src' ? (rel[1] ?? '') : rel[0]!;
}

function edges(): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const f of files(join(ROOT, 'src'))) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2]!;
      out.push({ from: relative(ROOT, f), to: relative(ROOT, resolve(dirname(f), spec)).replace(/\.js$/, '.ts') });
    }
  }
  return out;
}

function violations(): string[] {
  const bad: string[] = [];
  for (const { from, to } of edges()) {
    const a = layerOf(join(ROOT, from));
    const b = layerOf(join(ROOT, to));
    if (PURE.includes(a) && FORBIDDEN_FOR_PURE.includes(b)) bad.push(`${from} -> ${to}`);
    if (a === 'cluster' && !CLUSTER_MAY.includes(b)) bad.push(`${from} -> ${to}`);
  }
  return [...new Set(bad)].sort();
}

describe('layers', () => {
  it('no pure layer imports cluster, render or commands; cluster imports only model and text (beyond the known, shrinking list)', () => {
    expect(violations().filter((v) => !KNOWN.has(v))).toEqual([]);
  });
  it('KNOWN only lists edges that still exist (delete an entry when its edge goes)', () => {
    const now = new Set(violations());
    expect([...KNOWN].filter((k) => !now.has(k))).toEqual([]);
  });
});
