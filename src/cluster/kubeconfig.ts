// Loads the kubeconfig the way kubectl does: --kubeconfig, else $KUBECONFIG (a list of files),
// else ~/.kube/config; --context picks a context; the namespace defaults to the context's.
// Static credentials (client certificate, token, basic auth, CA) are applied here directly: loading
// @kubernetes/client-node costs about half a second per command, so it is imported only for the
// kinds of credentials that need it (exec plugins, auth providers, proxies).
import { existsSync, readFileSync } from 'node:fs';
import https from 'node:https';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { createRequire } from 'node:module';
import { parseSimpleYaml } from './kubeconfig-yaml.js';
import { ExitCode, KxError } from '../errors.js';

export interface ConnectOptions {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
}

/** What the readers need of the credentials: TLS and headers applied to one request's options. */
export interface KubeAuth {
  applyToHTTPSOptions(options: https.RequestOptions): Promise<void>;
}

export interface Connection {
  kc: KubeAuth;
  context: string;
  server: string;
  user: string;
  /** The namespace to use: -n, else the context's, else "default". */
  namespace: string;
}

interface Named<T> {
  name: string;
  [k: string]: unknown;
  value: T;
}
interface ClusterEntry {
  server?: string;
  'certificate-authority'?: string;
  'certificate-authority-data'?: string;
  'insecure-skip-tls-verify'?: boolean;
  'tls-server-name'?: string;
  'proxy-url'?: string;
}
interface UserEntry {
  'client-certificate'?: string;
  'client-certificate-data'?: string;
  'client-key'?: string;
  'client-key-data'?: string;
  token?: string;
  tokenFile?: string;
  username?: string;
  password?: string;
  exec?: unknown;
  'auth-provider'?: unknown;
  as?: string;
}
interface ContextEntry {
  cluster?: string;
  user?: string;
  namespace?: string;
}
interface RawConfig {
  'current-context'?: string;
  clusters?: { name: string; cluster?: ClusterEntry }[];
  users?: { name: string; user?: UserEntry }[];
  contexts?: { name: string; context?: ContextEntry }[];
}

export function loadKubeConfig(opts: ConnectOptions, env: NodeJS.ProcessEnv = process.env): Connection {
  const files = opts.kubeconfig
    ? [opts.kubeconfig]
    : env.KUBECONFIG
      ? env.KUBECONFIG.split(':').filter(Boolean)
      : [join(homedir(), '.kube', 'config')];
  const present = files.filter((f) => existsSync(f));
  if (present.length === 0) {
    throw new KxError(
      `no kubeconfig found (looked at ${files.join(', ')})`,
      ExitCode.connection,
      'pass --kubeconfig FILE, set KUBECONFIG, or start the local sandbox: npm run sandbox:up',
    );
  }
  // Several files merge as kubectl merges them: the first file to set a value (or name an entry) wins.
  const clusters = new Map<string, Named<ClusterEntry>>();
  const users = new Map<string, Named<UserEntry>>();
  const contexts = new Map<string, ContextEntry>();
  let current: string | undefined;
  for (const file of present) {
    let raw: RawConfig;
    try {
      const text = readFileSync(file, 'utf8');
      // The usual kubeconfig needs only the small reader; anything fancier gets the full parser.
      raw = (parseSimpleYaml(text) ?? (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text) ?? {}) as RawConfig;
      if (typeof raw !== 'object') throw new Error('not a kubeconfig');
    } catch (err) {
      throw new KxError(`cannot read kubeconfig ${file}: ${(err as Error).message.split('\n')[0]}`, ExitCode.connection, undefined, {
        cause: err,
      });
    }
    const dir = dirname(file);
    // Relative paths in a kubeconfig are relative to the file that names them.
    const abs = (p: string | undefined) => (p && !isAbsolute(p) ? join(dir, p) : p);
    current ??= raw['current-context'] || undefined;
    for (const c of raw.clusters ?? []) {
      if (!clusters.has(c.name))
        clusters.set(c.name, { name: c.name, value: { ...c.cluster, 'certificate-authority': abs(c.cluster?.['certificate-authority']) } });
    }
    for (const u of raw.users ?? []) {
      if (!users.has(u.name))
        users.set(u.name, {
          name: u.name,
          value: {
            ...u.user,
            'client-certificate': abs(u.user?.['client-certificate']),
            'client-key': abs(u.user?.['client-key']),
            tokenFile: abs(u.user?.tokenFile),
          },
        });
    }
    for (const c of raw.contexts ?? []) if (!contexts.has(c.name)) contexts.set(c.name, c.context ?? {});
  }
  if (opts.context) {
    if (!contexts.has(opts.context)) {
      const known = [...contexts.keys()].join(', ') || 'none';
      throw new KxError(`context "${opts.context}" is not in the kubeconfig (contexts: ${known})`, ExitCode.connection);
    }
    current = opts.context;
  }
  const context = current && contexts.get(current);
  const cluster = context && context.cluster ? clusters.get(context.cluster)?.value : undefined;
  if (!current || !context || !cluster?.server) {
    throw new KxError(
      'the kubeconfig has no current context',
      ExitCode.connection,
      'pass --context NAME or run kubectl config use-context',
    );
  }
  const user = context.user ? (users.get(context.user)?.value ?? {}) : {};
  return {
    kc: user.exec || user['auth-provider'] || cluster['proxy-url'] ? clientNodeAuth(present, current) : staticAuth(cluster, user),
    context: current,
    server: cluster.server,
    user: context.user ?? '',
    namespace: opts.namespace ?? context.namespace ?? 'default',
  };
}

/** Client certificate, bearer token (or token file, re-read per request as kubectl does), basic auth, CA. */
function staticAuth(cluster: ClusterEntry, user: UserEntry): KubeAuth {
  const file = (p: string | undefined, data: string | undefined) => (data ? Buffer.from(data, 'base64') : p ? readFileSync(p) : undefined);
  let tls: Pick<https.RequestOptions, 'ca' | 'cert' | 'key' | 'rejectUnauthorized' | 'servername'> | undefined;
  return {
    async applyToHTTPSOptions(options) {
      // Files are read on first use, so a missing certificate fails the request, not the loading.
      tls ??= {
        ...(cluster['certificate-authority'] || cluster['certificate-authority-data']
          ? { ca: file(cluster['certificate-authority'], cluster['certificate-authority-data']) }
          : {}),
        ...(user['client-certificate'] || user['client-certificate-data']
          ? { cert: file(user['client-certificate'], user['client-certificate-data']) }
          : {}),
        ...(user['client-key'] || user['client-key-data'] ? { key: file(user['client-key'], user['client-key-data']) } : {}),
        ...(cluster['insecure-skip-tls-verify'] ? { rejectUnauthorized: false } : {}),
        ...(cluster['tls-server-name'] ? { servername: cluster['tls-server-name'] } : {}),
      };
      Object.assign(options, tls);
      // An agent carrying the TLS settings, as client-node sets one; shareAgent() swaps in the pooled one.
      options.agent = new https.Agent({ ...tls, keepAlive: true });
      const headers = { ...(options.headers as Record<string, string> | undefined) };
      const token = user.token ?? (user.tokenFile ? readFileSync(user.tokenFile, 'utf8').trim() : undefined);
      if (token) headers.Authorization = `Bearer ${token}`;
      else if (user.username && user.password)
        headers.Authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
      if (user.as) headers['Impersonate-User'] = user.as;
      options.headers = headers;
    },
  };
}

/** Exec plugins, auth providers and proxies: @kubernetes/client-node, imported on first request. */
function clientNodeAuth(files: string[], context: string): KubeAuth {
  let kc: Promise<{ applyToHTTPSOptions(o: https.RequestOptions): Promise<void> }> | undefined;
  return {
    async applyToHTTPSOptions(options) {
      kc ??= import('@kubernetes/client-node').then(({ KubeConfig }) => {
        const k = new KubeConfig();
        k.loadFromFile(files[0]!);
        for (const f of files.slice(1)) {
          const more = new KubeConfig();
          more.loadFromFile(f);
          k.mergeConfig(more, true);
        }
        k.setCurrentContext(context);
        return k as unknown as { applyToHTTPSOptions(o: https.RequestOptions): Promise<void> };
      });
      await (await kc).applyToHTTPSOptions(options);
    },
  };
}

/** kubectl's --request-timeout syntax: "30s", "1m", "500ms", "1h", or bare seconds. 0 = none. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new KxError(`invalid duration "${text}" (use e.g. 30s, 1m, 500ms)`, ExitCode.usage);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Number(m[1]) * unit;
}
