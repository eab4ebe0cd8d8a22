// Loads the kubeconfig the way kubectl does: --kubeconfig, else $KUBECONFIG (a list of files),
// else ~/.kube/config; --context picks a context; the namespace defaults to the context's.
// Static credentials (client certificate, token, basic auth, CA) and exec plugins (kubeconfig-exec.ts)
// are applied here directly: loading @kubernetes/client-node costs about half a second per command, so
// it is imported only for what needs it (legacy auth providers, proxies).
import { existsSync, readFileSync, statSync } from 'node:fs';
import https from 'node:https';
import { homedir } from 'node:os';
import path, { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeRequire } from '../text/lazy-builtins.js';
import { parseSimpleYaml } from './kubeconfig-yaml.js';
import { execCredential, type ExecConfig } from './kubeconfig-exec.js';
import { keepAliveAgent } from './agent.js';
import { MAX_TIMER_MS } from './http.js';
import { CredentialError } from './errors.js';
import { launcherImport } from './launcher-import.js';
import { ExitCode, KxError, em } from '../errors.js';
import { quoted, type Message } from '../model/message.js';

export interface ConnectOptions {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  /** --as and --as-group: impersonate a user (and groups) on every request. */
  as?: string;
  asGroup?: string[];
  /** --request-timeout: also bounds how long an exec credential plugin may take. */
  requestTimeout?: string;
}

/** A kubeconfig larger than this is refused (a real one is a few KB; /dev/zero would never end). */
export const MAX_KUBECONFIG_BYTES = 16 * 1024 * 1024;
/** How long an exec plugin may run when --request-timeout is 0 (no deadline for requests). */
const DEFAULT_EXEC_TIMEOUT_MS = 60_000;

/** What the readers need of the credentials: TLS and headers applied to one request's options. */
export interface KubeAuth {
  applyToHTTPSOptions(options: https.RequestOptions): Promise<void>;
  /**
   * The TLS settings and agent every request will use, when they are known before any request: not
   * with an exec plugin (it may hand out a client certificate) or client-node's auth. For preconnect().
   */
  connectionOptions?(): https.RequestOptions | undefined;
}

export interface Connection {
  kc: KubeAuth;
  context: string;
  server: string;
  user: string;
  /** The namespace to use: -n, else the context's, else "default". */
  namespace: string;
  /** Impersonation headers for every request (--as/--as-group, else the kubeconfig user's `as`). */
  impersonate?: { user?: string; groups: string[] };
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
  exec?: ExecConfig;
  'auth-provider'?: unknown;
  as?: string;
  'as-groups'?: string[];
}
interface ContextEntry {
  cluster?: string;
  user?: string;
  namespace?: string;
}
export interface RawConfig {
  'current-context'?: string;
  clusters?: { name: string; cluster?: ClusterEntry }[];
  users?: { name: string; user?: UserEntry }[];
  contexts?: { name: string; context?: ContextEntry }[];
}

/** The kubeconfig files as kubectl finds them: --kubeconfig, else $KUBECONFIG (a list), else ~/.kube/config. */
export function kubeconfigFiles(kubeconfig: string | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  return kubeconfig ? [kubeconfig] : env.KUBECONFIG ? env.KUBECONFIG.split(':').filter(Boolean) : [join(homedir(), '.kube', 'config')];
}

/** A kubeconfig's text as data: the usual one needs only the small reader; anything fancier gets the full parser. */
export function parseKubeconfig(text: string): RawConfig {
  const raw = (parseSimpleYaml(text) ?? (nodeRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text) ?? {}) as RawConfig;
  if (typeof raw !== 'object') throw new KxError(em['kubeconfig.notKubeconfig'](), ExitCode.connection);
  return raw;
}

/**
 * Where to get a cluster when no kubeconfig exists. `npm run sandbox:up` is a script of the repository:
 * an installed package (npm i -g) has no sandbox/, so its users hear about kind and minikube instead.
 */
export function noKubeconfigHint(from = path.dirname(fileURLToPath(import.meta.url))): Message {
  let dir = from;
  for (let i = 0; i < 4 && !existsSync(join(dir, 'sandbox', 'cli.ts')); i++) dir = path.dirname(dir);
  return existsSync(join(dir, 'sandbox', 'cli.ts')) ? em['kubeconfig.none.sandbox']() : em['kubeconfig.none.hint']();
}

export function loadKubeConfig(opts: ConnectOptions, env: NodeJS.ProcessEnv = process.env): Connection {
  const files = kubeconfigFiles(opts.kubeconfig, env);
  const present = files.filter((f) => existsSync(f));
  if (present.length === 0)
    throw new KxError(em['kubeconfig.none']({ files: files.map((f) => quoted(f)) }), ExitCode.connection, noKubeconfigHint());
  // Several files merge as kubectl merges them: the first file to set a value (or name an entry) wins.
  const clusters = new Map<string, Named<ClusterEntry>>();
  const users = new Map<string, Named<UserEntry>>();
  const contexts = new Map<string, ContextEntry>();
  let current: string | undefined;
  const owner = new Map<string, string>();
  for (const file of present) {
    let raw: RawConfig;
    checkKubeconfigFile(file);
    try {
      raw = parseKubeconfig(readFileSync(file, 'utf8'));
    } catch (err) {
      const why = err instanceof KxError ? err.said : quoted((err as Error).message.split('\n')[0]!);
      throw new KxError(em['kubeconfig.unreadable']({ file: quoted(file), why }), ExitCode.connection, undefined, { cause: err });
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
      if (!users.has(u.name)) owner.set(u.name, file);
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
      const known = [...contexts.keys()].map((c) => quoted(c));
      throw new KxError(
        em['kubeconfig.context']({ context: quoted(opts.context), known: known.length ? known : '-' }),
        ExitCode.connection,
      );
    }
    current = opts.context;
  }
  const context = current && contexts.get(current);
  const cluster = context && context.cluster ? clusters.get(context.cluster)?.value : undefined;
  if (!current || !context || !cluster?.server) {
    throw new KxError(em['kubeconfig.noCurrent'](), ExitCode.connection, em['kubeconfig.noCurrent.hint']());
  }
  const user = context.user ? (users.get(context.user)?.value ?? {}) : {};
  const timeout = opts.requestTimeout !== undefined ? parseDuration(opts.requestTimeout) : 0;
  const exec = user.exec
    ? {
        config: user.exec,
        user: context.user ?? '',
        file: owner.get(context.user ?? '') ?? present[0]!,
        timeoutMs: timeout > 0 ? timeout : DEFAULT_EXEC_TIMEOUT_MS,
      }
    : undefined;
  const impersonate = impersonation(opts, user);
  return {
    kc: user['auth-provider'] || cluster['proxy-url'] ? clientNodeAuth(present, current) : staticAuth(cluster, user, exec),
    context: current,
    server: cluster.server,
    user: context.user ?? '',
    namespace: opts.namespace ?? context.namespace ?? 'default',
    ...(impersonate ? { impersonate } : {}),
  };
}

/** --as/--as-group, else the kubeconfig user's as/as-groups. Groups without a user are refused, as by kubectl. */
function impersonation(opts: ConnectOptions, user: UserEntry): Connection['impersonate'] {
  const name = opts.as ?? user.as;
  const groups = opts.asGroup?.length ? opts.asGroup : (user['as-groups'] ?? []);
  if (!name && groups.length) throw new KxError(em['kubeconfig.asGroup'](), ExitCode.usage);
  return name ? { user: name, groups } : undefined;
}

/** Refuses what is not a regular file of sane size: /dev/zero, a FIFO or a folder would hang or fail oddly. */
function checkKubeconfigFile(file: string): void {
  let st;
  try {
    st = statSync(file);
  } catch (err) {
    throw new KxError(
      em['kubeconfig.unreadable']({ file: quoted(file), why: (err as NodeJS.ErrnoException).code ?? 'EIO' }),
      ExitCode.connection,
    );
  }
  const what = st.isDirectory()
    ? em['file.folder']()
    : st.isFIFO()
      ? em['file.fifo']()
      : st.isCharacterDevice() || st.isBlockDevice()
        ? em['file.device']()
        : st.isSocket()
          ? em['file.socket']()
          : undefined;
  if (what) throw new KxError(em['kubeconfig.notFile']({ file: quoted(file), what }), ExitCode.connection);
  if (st.size > MAX_KUBECONFIG_BYTES)
    throw new KxError(
      em['kubeconfig.tooLarge']({ file: quoted(file), size: Math.round(st.size / 1024 / 1024), max: MAX_KUBECONFIG_BYTES / 1024 / 1024 }),
      ExitCode.connection,
    );
}

interface ExecUse {
  config: ExecConfig;
  user: string;
  file: string;
  timeoutMs: number;
}

type Tls = Pick<https.AgentOptions, 'ca' | 'cert' | 'key' | 'rejectUnauthorized' | 'servername'>;

/** A file named by the kubeconfig, read when first needed; a missing one is a credential error naming it. */
function readCredentialFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CredentialError(
      em['credential.file']({ what, path: quoted(path), code: (err as NodeJS.ErrnoException).code ?? 'EIO' }),
      em['credential.file.hint'](),
      { cause: err },
    );
  }
}

/**
 * Client certificate, bearer token (or token file, re-read per request as kubectl does), basic auth, CA,
 * and exec plugins (their credential cached per process until it expires). One keep-alive agent per TLS
 * settings: the same for every request unless an exec plugin hands out a new client certificate.
 */
function staticAuth(cluster: ClusterEntry, user: UserEntry, exec?: ExecUse): KubeAuth {
  const file = (p: string | undefined, data: string | undefined, what: string) =>
    data ? Buffer.from(data, 'base64') : p ? readCredentialFile(p, what) : undefined;
  let tls: Tls | undefined;
  const withCert = new Map<string, Tls>();
  // Files are read on first use, so a command that sends no request never needs them.
  const tlsSettings = (): Tls =>
    (tls ??= {
      ...(cluster['certificate-authority'] || cluster['certificate-authority-data']
        ? { ca: file(cluster['certificate-authority'], cluster['certificate-authority-data'], 'certificate-authority') }
        : {}),
      ...(user['client-certificate'] || user['client-certificate-data']
        ? { cert: file(user['client-certificate'], user['client-certificate-data'], 'client-certificate') }
        : {}),
      ...(user['client-key'] || user['client-key-data'] ? { key: file(user['client-key'], user['client-key-data'], 'client-key') } : {}),
      ...(cluster['insecure-skip-tls-verify'] ? { rejectUnauthorized: false } : {}),
      ...(cluster['tls-server-name'] ? { servername: cluster['tls-server-name'] } : {}),
    });
  return {
    connectionOptions() {
      if (exec) return undefined;
      const settings = tlsSettings();
      return { ...settings, agent: keepAliveAgent(settings) };
    },
    async applyToHTTPSOptions(options) {
      let settings = tlsSettings();
      const headers = { ...(options.headers as Record<string, string> | undefined) };
      if (exec) {
        const info = {
          server: cluster.server,
          ...(cluster['certificate-authority-data'] ? { 'certificate-authority-data': cluster['certificate-authority-data'] } : {}),
          ...(cluster['insecure-skip-tls-verify'] ? { 'insecure-skip-tls-verify': true } : {}),
          ...(cluster['tls-server-name'] ? { 'tls-server-name': cluster['tls-server-name'] } : {}),
        };
        const cred = await execCredential(exec.config, exec.user, exec.file, exec.timeoutMs, info);
        if (cred.token) headers.Authorization = `Bearer ${cred.token}`;
        if (cred.cert && cred.key) {
          const id = cred.cert + cred.key;
          if (!withCert.has(id)) withCert.set(id, { ...tls, cert: cred.cert, key: cred.key });
          settings = withCert.get(id)!;
        }
      } else {
        const token = user.token ?? (user.tokenFile ? readCredentialFile(user.tokenFile, 'token').toString('utf8').trim() : undefined);
        if (token) headers.Authorization = `Bearer ${token}`;
        else if (user.username && user.password)
          headers.Authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
      }
      Object.assign(options, settings);
      options.agent = keepAliveAgent(settings);
      options.headers = headers;
    },
  };
}

/** Auth providers and proxies: @kubernetes/client-node, imported on first request. */
function clientNodeAuth(files: string[], context: string): KubeAuth {
  let kc: Promise<{ applyToHTTPSOptions(o: https.RequestOptions): Promise<void> }> | undefined;
  return {
    async applyToHTTPSOptions(options) {
      type ClientNode = typeof import('@kubernetes/client-node');
      const clientNode =
        (launcherImport?.('@kubernetes/client-node') as Promise<ClientNode> | undefined) ?? import('@kubernetes/client-node');
      kc ??= clientNode.then(({ KubeConfig }) => {
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

/**
 * kubectl's --request-timeout syntax: "30s", "1m", "500ms", "1h", or bare seconds. 0 = none. Values past
 * what a Node timer holds (~24.8 days) are clamped to it, rather than firing at once with a warning.
 */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new KxError(em['duration.invalid']({ text: quoted(text) }), ExitCode.usage);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Math.min(Number(m[1]) * unit, MAX_TIMER_MS);
}
