// Shell completion without a cluster: bash's compgen through the real script and binary completes
// verbs, flags, kinds and flag values; zsh and fish scripts are printed; a cluster that cannot be
// reached gives no names (and no error), quickly.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bashComplete } from '../support/bash-complete.js';
import { runKx } from '../support/binary.js';
import { tempDir } from '../support/temp-dir.js';

const offline = { KUBECONFIG: '/nonexistent/kubeconfig' };
// Each completion starts the binary (and bash); several per test on a busy machine.
const SLOW = 30_000;

describe('bash completion', () => {
  it(
    'completes verbs and kind/ prefixes for the first word',
    async () => {
      expect(await bashComplete('kubexplain ex', offline)).toEqual(['explain']);
      const first = await bashComplete('kubexplain ', offline);
      expect(first).toEqual(expect.arrayContaining(['explain', 'trace', 'who-can', 'docs', 'completion', 'pod/', 'deployment/']));
      expect(first).not.toContain('__complete');
    },
    SLOW,
  );

  it(
    "completes a verb's own flags and the common ones",
    async () => {
      expect(await bashComplete('kubexplain explain --sel', offline)).toEqual(['--selector']);
      expect(await bashComplete('kubexplain trace --kubec', offline)).toEqual(['--kubeconfig']);
    },
    SLOW,
  );

  it(
    'completes flag values and kinds per verb',
    async () => {
      expect(await bashComplete('kubexplain explain pod/x -o y', offline)).toEqual(['yaml']);
      expect(await bashComplete('kubexplain docs --lang j', offline)).toEqual(['ja']);
      expect(await bashComplete('kubexplain trace ', offline)).toEqual(['service/', 'ingress/']);
      expect(await bashComplete('kubexplain completion ', offline)).toEqual(['bash', 'zsh', 'fish']);
      expect(await bashComplete('kubexplain can me get deployments.a', offline)).toEqual(['deployments.apps']);
    },
    SLOW,
  );

  it(
    '--context: the contexts of the kubeconfig files (of --kubeconfig, else $KUBECONFIG), without kubectl or a cluster',
    async () => {
      const dir = tempDir('kx-complete-');
      const file = (name: string, contexts: string[]) => {
        const path = join(dir, name);
        writeFileSync(
          path,
          `apiVersion: v1\nkind: Config\ncontexts:\n${contexts.map((c) => `- name: ${c}\n  context: {cluster: x}\n`).join('')}`,
        );
        return path;
      };
      const a = file('a.yaml', ['prod-eu', 'dev']);
      const b = file('b.yaml', ['prod-us', 'dev']);
      const env = { KUBECONFIG: `${a}:${b}` };
      expect(await bashComplete('kubexplain explain pod/x --context prod', env)).toEqual(['prod-eu', 'prod-us']);
      expect(await bashComplete('kubexplain --context ', env)).toEqual(['dev', 'prod-eu', 'prod-us']);
      expect(await bashComplete(`kubexplain --kubeconfig ${b} --context `, env)).toEqual(['dev', 'prod-us']);
      expect(await bashComplete('kubexplain --context ', offline)).toEqual([]);
    },
    SLOW,
  );

  it(
    'gives no names when the cluster cannot be reached, without an error',
    async () => {
      const t = Date.now();
      expect(await bashComplete('kubexplain explain pod/', offline)).toEqual([]);
      expect(await bashComplete('kubexplain -n ', offline)).toEqual([]);
      expect(Date.now() - t).toBeLessThan(5000);
    },
    SLOW,
  );
});

describe('completion scripts', () => {
  it(
    'prints zsh and fish scripts that call __complete, and refuses another shell with exit 2',
    async () => {
      expect((await runKx(['completion', 'zsh'])).stdout).toMatch(/^#compdef kubexplain[\s\S]*kubexplain __complete/);
      expect((await runKx(['completion', 'fish'])).stdout).toMatch(/complete -c kubexplain -f -a/);
      const r = await runKx(['completion', 'tcsh']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: no completion for shell "tcsh"/);
    },
    SLOW,
  );
});
