// Loads the kubeconfig the way kubectl does: --kubeconfig, else $KUBECONFIG (a list of files),
// else ~/.kube/config; --context picks a context; the namespace defaults to the context's.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { ExitCode, KxError } from '../errors.js';

export interface ConnectOptions {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
}

export interface Connection {
  kc: KubeConfig;
  context: string;
  server: string;
  user: string;
  /** The namespace to use: -n, else the context's, else "default". */
  namespace: string;
}

export function loadKubeConfig(opts: ConnectOptions, env: NodeJS.ProcessEnv = process.env): Connection {
  const kc = new KubeConfig();
  const files = opts.kubeconfig ? [opts.kubeconfig] : env.KUBECONFIG ? env.KUBECONFIG.split(':').filter(Boolean) : [join(homedir(), '.kube', 'config')];
  const present = files.filter((f) => existsSync(f));
  if (present.length === 0) {
    throw new KxError(`no kubeconfig found (looked at ${files.join(', ')})`, ExitCode.connection,
      'pass --kubeconfig FILE, set KUBECONFIG, or start the local sandbox: npm run sandbox:up');
  }
  try {
    // Several files merge as kubectl merges them: the first file's current-context wins.
    kc.loadFromFile(present[0]!);
    for (const f of present.slice(1)) {
      const more = new KubeConfig();
      more.loadFromFile(f);
      kc.mergeConfig(more, true);
    }
  } catch (err) {
    throw new KxError(`cannot read kubeconfig ${present[0]}: ${(err as Error).message.split('\n')[0]}`, ExitCode.connection, undefined, { cause: err });
  }
  if (opts.context) {
    if (!kc.getContextObject(opts.context)) {
      const known = kc.getContexts().map((c) => c.name).join(', ') || 'none';
      throw new KxError(`context "${opts.context}" is not in the kubeconfig (contexts: ${known})`, ExitCode.connection);
    }
    kc.setCurrentContext(opts.context);
  }
  const context = kc.getCurrentContext();
  const cluster = kc.getCurrentCluster();
  if (!context || !cluster) {
    throw new KxError('the kubeconfig has no current context', ExitCode.connection, 'pass --context NAME or run kubectl config use-context');
  }
  return {
    kc,
    context,
    server: cluster.server,
    user: kc.getCurrentUser()?.name ?? '',
    namespace: opts.namespace ?? kc.getContextObject(context)?.namespace ?? 'default',
  };
}

/** kubectl's --request-timeout syntax: "30s", "1m", "500ms", "1h", or bare seconds. 0 = none. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new KxError(`invalid duration "${text}" (use e.g. 30s, 1m, 500ms)`, ExitCode.usage);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Number(m[1]) * unit;
}
