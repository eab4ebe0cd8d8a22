// Bad input through the built binary, in English and Japanese: each case keeps its exit code, prints one
// line (and at most a hint) with no stack trace, names the object or flag it is about, and under
// --lang ja is a Japanese sentence: no run of three English words outside the quoted words of the user
// or the cluster (「…」) and the commands we quote (`…`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runKx } from '../support/binary.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('kx-cli-errors-');
// A kubeconfig whose server refuses connections.
const unreachable = join(dir, 'unreachable.kubeconfig');
writeFileSync(
  unreachable,
  `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "https://127.0.0.1:1", insecure-skip-tls-verify: true}}]
users: [{name: u, user: {token: x}}]
contexts: [{name: c, context: {cluster: c, user: u}}]
current-context: c
`,
);

interface Case {
  what: string;
  args: string[];
  /** KUBECONFIG for the run; the sandbox's by default. */
  kubeconfig?: string;
  code: number;
  /** Words the English line must carry (the object, flag or value it is about). */
  en: RegExp;
  /** The same words in the Japanese line (the user's and the cluster's words stay as written). */
  ja: RegExp;
}

// Exit codes as they were before errors were localized (captured on the main of 2026-11-30 21:20).
const CASES: Case[] = [
  { what: 'an unknown verb', args: ['frobnicate'], code: 2, en: /unknown command "frobnicate"/, ja: /「frobnicate」/ },
  { what: 'a missing argument', args: ['trace'], code: 2, en: /missing required argument "target"/, ja: /「target」/ },
  { what: 'an unknown flag', args: ['explain', 'pod/x', '--bogus'], code: 2, en: /unknown option "--bogus"/, ja: /「--bogus」/ },
  {
    what: 'a bad -o',
    args: ['explain', 'pod/x', '-o', 'bogus'],
    code: 2,
    en: /"--output" does not take "bogus"/,
    ja: /「--output」に「bogus」/,
  },
  { what: 'kind/ without a name', args: ['explain', 'pod/'], code: 2, en: /missing name in "pod\/"/, ja: /「pod\/」/ },
  {
    what: 'an unknown kind with a near miss',
    args: ['explain', 'podz/x'],
    code: 2,
    en: /unknown kind "podz"\nhint: did you mean pod/,
    ja: /「podz」[^\n]*\nヒント: pod/,
  },
  {
    what: 'a missing file for -f',
    args: ['explain', 'role/x', '-f', join(dir, 'none.yaml')],
    code: 4,
    en: /cannot read manifests: ".*none\.yaml": no such file or folder/,
    ja: /「.*none\.yaml」/,
  },
  {
    what: 'no kubeconfig',
    args: ['explain', 'pod/x'],
    kubeconfig: '/nonexistent',
    code: 3,
    en: /no kubeconfig found \(looked at "\/nonexistent"\)/,
    ja: /「\/nonexistent」/,
  },
  {
    what: 'an unreachable server',
    args: ['explain', 'pod/x'],
    kubeconfig: unreachable,
    code: 3,
    en: /cannot reach the API server https:\/\/127\.0\.0\.1:1: connection refused/,
    ja: /https:\/\/127\.0\.0\.1:1 に接続できません: 接続が拒否されました/,
  },
  {
    what: 'an object that does not exist',
    args: ['explain', 'pod/nope', '-n', 'default'],
    code: 4,
    en: /pods "nope" not found in namespace "default"/,
    ja: /名前空間「default」の pods 「nope」は見つかりません/,
  },
  {
    what: 'an unknown resource for can',
    args: ['can', 'me', 'get', 'podz'],
    code: 2,
    en: /unknown resource "podz": did you mean pods\?/,
    ja: /「podz」というリソースはありません。pods のことですか？/,
  },
  {
    what: 'a bad subject for can',
    args: ['can', 'sa:nope', 'get', 'pods'],
    code: 2,
    en: /invalid subject "sa:nope"/,
    ja: /主体「sa:nope」/,
  },
  {
    what: 'a docs folder that does not exist',
    args: ['docs', 'probe', '--docs', join(dir, 'no-docs')],
    code: 0,
    en: /^warning: .*no-docs: not found; skipped$/m,
    ja: /^警告: .*no-docs: 見つからないため/m,
  },
];

/** Three English words in a row, once the quoted words (「…」, "…") and quoted commands (`…`) are taken out. */
const englishRun = (line: string) =>
  /[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){2,}/.exec(line.replace(/「[^」]*」|`[^`]*`|"[^"]*"/g, ' '));

describe("bad input: one line in the user's language, the exit code as before", () => {
  for (const c of CASES) {
    for (const lang of ['en', 'ja'] as const) {
      it(`${c.what} (${lang})`, async () => {
        const r = await runKx([...c.args, '--lang', lang], { KUBECONFIG: c.kubeconfig ?? inject('kubeconfig') });
        expect(r.code, r.stderr).toBe(c.code);
        const lines = r.stderr.split('\n').filter(Boolean);
        expect(lines.length, r.stderr).toBeGreaterThanOrEqual(1);
        expect(lines.length, r.stderr).toBeLessThanOrEqual(2);
        expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
        if (lines[1]) expect(lines[1]).toMatch(lang === 'en' ? /^hint: / : /^ヒント: /);
        if (c.code !== 0) expect(lines[0]).toMatch(lang === 'en' ? /^error: / : /^エラー: /);
        expect(r.stderr).toMatch(c[lang]);
        if (lang === 'ja') for (const line of lines) expect(englishRun(line)?.[0], line).toBeUndefined();
      });
    }
  }

  it('the Japanese locale (LANG=ja_JP.UTF-8) says a usage error in Japanese without --lang', async () => {
    const r = await runKx(['explain', 'pod/x', '--bogus'], { LANG: 'ja_JP.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('エラー: 「--bogus」というオプションはありません\nヒント: 使い方は --help で表示されます\n');
  });

  it('--help and --version still print and exit 0 (in Japanese too)', async () => {
    for (const args of [['--help'], ['explain', '--help', '--lang', 'ja'], ['--version']]) {
      const r = await runKx(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
      expect(r.stderr).toBe('');
    }
  });

  it('--debug still prints the stack of the cause', async () => {
    const r = await runKx(['explain', 'pod/x', '--debug', '--lang', 'ja'], { KUBECONFIG: unreachable });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^エラー: API サーバー/m);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});
