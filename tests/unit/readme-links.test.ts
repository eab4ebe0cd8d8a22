// The READMEs' links lead somewhere: every #anchor is a heading of the same file (GitHub's slugs), every
// relative link a file of the repository. An edit once dropped eight sections and left their links dangling.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

describe.each(['README.md', 'README.ja.md', 'CONTRIBUTING.md'].filter((f) => existsSync(join(root, f))))('%s', (file) => {
  const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  const headings = new Set([...text.matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1]!)));

  it('every #anchor is a heading of the file', () => {
    const anchors = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.filter((a) => !headings.has(a))).toEqual([]);
  });

  it('every relative link is a file of the repository', () => {
    const links = [...text.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)].map((m) => m[1]!);
    expect(links.filter((l) => !existsSync(join(root, l)))).toEqual([]);
  });

  it('keeps its main sections', () => {
    if (file !== 'README.md') return;
    for (const h of [
      'Explaining objects',
      'RBAC: who may do what',
      'Trace and DNS',
      'Checking a namespace',
      'The TUI',
      'Exit codes',
      'JSON output',
    ])
      expect(headings.has(slug(h)), h).toBe(true);
  });
});
