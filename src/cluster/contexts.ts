// The context names of the kubeconfig, re-read on each call (the TUI's `:ctx` lists them, shell completion
// offers them after --context; switching then goes through loadKubeConfig with the chosen context). Files
// as kubectl finds them, read by the same parser as loadKubeConfig.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { kubeconfigFiles, MAX_KUBECONFIG_BYTES, parseKubeconfig } from './kubeconfig.js';

export function kubeconfigContexts(kubeconfig: string | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  const names = new Set<string>();
  for (const f of kubeconfigFiles(kubeconfig, env)) {
    // Only regular files of a sane size: /dev/zero or a FIFO must not hang the UI.
    if (!existsSync(f) || !statSync(f).isFile() || statSync(f).size > MAX_KUBECONFIG_BYTES) continue;
    try {
      for (const c of parseKubeconfig(readFileSync(f, 'utf8')).contexts ?? []) if (typeof c?.name === 'string') names.add(c.name);
    } catch {
      // an unreadable file lists nothing; switching to a context reports the error itself
    }
  }
  return [...names].sort();
}
