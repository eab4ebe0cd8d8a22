// The context names of the kubeconfig, re-read on each call (the TUI's `:ctx` lists them; switching
// then goes through loadKubeConfig with the chosen context). Files as kubectl finds them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export function kubeconfigContexts(kubeconfig: string | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  const files = kubeconfig
    ? [kubeconfig]
    : env.KUBECONFIG
      ? env.KUBECONFIG.split(':').filter(Boolean)
      : [join(homedir(), '.kube', 'config')];
  const names = new Set<string>();
  for (const f of files) {
    // Only regular files of a sane size: /dev/zero or a FIFO must not hang the UI.
    if (!existsSync(f) || !statSync(f).isFile() || statSync(f).size > 16 * 2 ** 20) continue;
    try {
      const raw = parse(readFileSync(f, 'utf8')) as { contexts?: { name?: unknown }[] } | null;
      for (const c of raw?.contexts ?? []) if (typeof c?.name === 'string') names.add(c.name);
    } catch {
      // an unreadable file lists nothing; switching to a context reports the error itself
    }
  }
  return [...names].sort();
}
