// Every example command in the READMEs (```sh blocks, lines starting with `kubexplain` or
// `kubectl xplain`) runs as written against the sandbox: examples/ applied in this file's namespace,
// which stands in for `shop`; HOME holds a notes folder for `--docs ~/notes/k8s`; bin/ is on PATH
// (kubectl finds kubectl-xplain there). Passing means exit 0 (`can`, `check`: 0 or 1) and no error line.
// Blocks for another cluster (kind) are left out.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as k8s from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { clients, useNamespace } from './helpers.js';
import { tempDir } from '../support/temp-dir.js';

const root = new URL('../..', import.meta.url).pathname;
const ns = useNamespace('readme');

/** The example commands of a README, comments cut off. */
export function exampleCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => !b.includes('kind create'));
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.replace(/\s+#\s.*$/, '').trim())
    .filter((l) => /^(kubexplain|kubectl xplain)(\s|$)/.test(l));
}

const readmes = ['README.md', 'README.ja.md'].filter((f) => readdirSync(root).includes(f));
const commands = [...new Set(readmes.flatMap((f) => exampleCommands(readFileSync(join(root, f), 'utf8'))))];
let home = '';

beforeAll(async () => {
  const { kc } = clients();
  const objects = k8s.KubernetesObjectApi.makeApiClient(kc);
  for (const file of readdirSync(join(root, 'examples')).sort()) {
    const text = readFileSync(join(root, 'examples', file), 'utf8').replace(/\bshop\b/g, ns());
    for (const doc of parseAllDocuments(text)) {
      const obj = doc.toJS() as k8s.KubernetesObject | null;
      if (!obj || obj.kind === 'Namespace') continue;
      await objects.create(obj);
    }
  }
  home = tempDir('kx-readme-home-');
  mkdirSync(join(home, 'notes', 'k8s'), { recursive: true });
  writeFileSync(
    join(home, 'notes', 'k8s', 'services.md'),
    '# Services\n\n## Headless Services\n\nclusterIP: None gives each Pod a DNS name.\n',
  );
}, 60_000);

describe('README example commands', () => {
  it('finds the examples', () => {
    expect(commands.length).toBeGreaterThan(30);
  });

  it.each(commands)(
    '%s',
    async (command) => {
      const line = command.replace(/\bshop\b/g, ns());
      const env = {
        ...process.env,
        NO_COLOR: '1',
        HOME: home,
        KUBECONFIG: inject('kubeconfig'),
        PATH: `${join(root, 'bin')}:${process.env.PATH}`,
      };
      let code = 0;
      let stderr = '';
      try {
        ({ stderr } = await promisify(execFile)('bash', ['-o', 'pipefail', '-c', line], { env, cwd: root, maxBuffer: 16 << 20 }));
      } catch (err) {
        ({ code, stderr } = err as { code: number; stderr: string });
      }
      // `can` exits 1 for no, `check` for problems found (the sample namespace has them on purpose).
      const allowed = /^(kubexplain|kubectl xplain) (can|check) /.test(command) ? [0, 1] : [0];
      expect({ code: allowed.includes(code) ? 'ok' : code, stderr: stderr.match(/^error: .*$/m)?.[0] ?? '' }).toEqual({
        code: 'ok',
        stderr: '',
      });
    },
    60_000,
  );
});
