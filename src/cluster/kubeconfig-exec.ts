// Exec credential plugins (client.authentication.k8s.io ExecCredential), run by us rather than by
// client-node so that they hold under faults: one run per process, its credential cached until its
// status.expirationTimestamp (kubectl's behaviour; a cloud login costs ~1 s a run); a deadline, after
// which the plugin's whole process group is killed; the group killed too when we exit (Ctrl-C, SIGTERM,
// the TUI quitting), so no plugin is left running under PID 1; and one line naming the plugin and the
// last lines of its stderr when it fails, prints something else than an ExecCredential, or is missing.
import { dirname, isAbsolute, resolve } from 'node:path';
import { CredentialError } from './errors.js';
import { em } from '../errors.js';
import { quoted, type Message } from '../model/message.js';
import { sanitizeLine } from '../text/sanitize.js';

export interface ExecConfig {
  command?: string;
  args?: string[] | null;
  env?: { name: string; value: string }[] | null;
  apiVersion?: string;
  installHint?: string;
  provideClusterInfo?: boolean;
  interactiveMode?: string;
}

export interface ExecCredential {
  token?: string;
  cert?: string;
  key?: string;
  /** ms since the epoch; undefined: valid for the whole run. */
  expiresAt?: number;
}

// Credentials per plugin invocation (command, args, env, cluster), for the life of the process.
const cache = new Map<string, Promise<ExecCredential>>();
const live = new Set<number>();
let hooked = false;

function killGroup(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

// On exit (normal, process.exit from the TUI) and on SIGINT/SIGTERM/SIGHUP, plugins still running die with us.
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const pid of live) killGroup(pid);
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const handler = () => {
      for (const pid of live) killGroup(pid);
      // Alone, die of the signal as we would have without this handler (exit code 128+n); else others decide.
      if (process.listenerCount(sig) > 1) return;
      process.removeListener(sig, handler);
      process.kill(process.pid, sig);
    };
    process.on(sig, handler);
  }
}

const tail = (stderr: string, lines = 3) =>
  stderr
    .split('\n')
    .map((l) => sanitizeLine(l).trim())
    .filter(Boolean)
    .slice(-lines)
    .join(' / ')
    .slice(-600);

/**
 * The credential of an exec plugin: from the cache while it is valid, else from one run of the plugin.
 * `kubeconfigFile` anchors a relative command path; `timeoutMs` bounds the run.
 */
export function execCredential(
  exec: ExecConfig,
  user: string,
  kubeconfigFile: string,
  timeoutMs: number,
  cluster?: Record<string, unknown>,
): Promise<ExecCredential> {
  const key = JSON.stringify([exec, exec.provideClusterInfo ? cluster : undefined]);
  const cached = cache.get(key);
  const fresh = (c: ExecCredential) => c.expiresAt === undefined || c.expiresAt - Date.now() > 10_000;
  if (cached) {
    return cached.then((c) => {
      if (fresh(c)) return c;
      if (cache.get(key) === cached) cache.delete(key);
      return execCredential(exec, user, kubeconfigFile, timeoutMs, cluster);
    });
  }
  const run = runPlugin(exec, user, kubeconfigFile, timeoutMs, cluster);
  cache.set(key, run);
  // A failed run is not cached: the next command (or a retry) runs the plugin again.
  run.catch(() => cache.delete(key));
  return run;
}

function runPlugin(
  exec: ExecConfig,
  user: string,
  kubeconfigFile: string,
  timeoutMs: number,
  cluster?: Record<string, unknown>,
): Promise<ExecCredential> {
  const command = exec.command ?? '';
  const name = em['exec.plugin']({ command: quoted(command), user: quoted(user) });
  if (!command) return Promise.reject(new CredentialError(em['exec.noCommand']({ user: quoted(user) })));
  // A relative path with a slash is relative to the kubeconfig that names it; a bare name is looked up in PATH.
  const file = command.includes('/') && !isAbsolute(command) ? resolve(dirname(kubeconfigFile), command) : command;
  const apiVersion = exec.apiVersion ?? 'client.authentication.k8s.io/v1';
  const info = {
    apiVersion,
    kind: 'ExecCredential',
    spec: { interactive: false, ...(exec.provideClusterInfo && cluster ? { cluster } : {}) },
  };
  const env: NodeJS.ProcessEnv = { ...process.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) };
  for (const e of exec.env ?? []) env[e.name] = e.value;
  hookExit();
  return new Promise((resolve, reject) => {
    // Its own process group (detached), so a timeout or our exit kills the plugin and whatever it started.
    // node:child_process loads only when a plugin runs: most kubeconfigs have none.
    const child = process
      .getBuiltinModule('node:child_process')
      .spawn(file, exec.args ?? [], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;
    const done = (err: Error | undefined, value?: ExecCredential) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.pid) {
        live.delete(child.pid);
        // A plugin that hung, with whatever it started, dies; one that answered is left alone.
        if (err) killGroup(child.pid);
      }
      if (err) reject(err);
      else resolve(value!);
    };
    if (child.pid) live.add(child.pid);
    const seconds = Math.round(timeoutMs / 100) / 10;
    const timer = setTimeout(
      () =>
        done(
          new CredentialError(
            em['exec.timeout']({
              plugin: name,
              seconds,
              command: quoted([file, ...(exec.args ?? [])].join(' ')),
              ...(stderr ? { stderr: quoted(tail(stderr)) } : {}),
            }),
            em['exec.timeout.hint'](),
          ),
        ),
      timeoutMs,
    );
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      if (stdout.length < 1 << 20) stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr = (stderr + c).slice(-8192);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      const hint = exec.installHint ? em['exec.installHint']({ text: quoted(exec.installHint) }) : em['exec.install']();
      done(
        err.code === 'ENOENT'
          ? new CredentialError(em['exec.notFound']({ plugin: name, file: quoted(file) }), hint, { cause: err })
          : new CredentialError(em['exec.cannotRun']({ plugin: name, code: err.code ?? quoted(err.message) }), undefined, { cause: err }),
      );
    });
    child.on('close', (code, signal) => {
      if (code !== 0) {
        const said = stderr.trim() ? { stderr: quoted(tail(stderr)) } : {};
        return done(
          new CredentialError(
            signal ? em['exec.killed']({ plugin: name, signal, ...said }) : em['exec.failed']({ plugin: name, code: code ?? '?', ...said }),
          ),
        );
      }
      try {
        done(undefined, parseCredential(stdout, name));
      } catch (err) {
        done(err as Error);
      }
    });
  });
}

function parseCredential(stdout: string, name: Message): ExecCredential {
  let out: { kind?: unknown; status?: Record<string, unknown> };
  try {
    out = JSON.parse(stdout) as typeof out;
  } catch {
    const first = tail(stdout, 1).slice(0, 80);
    throw new CredentialError(em['exec.notJson']({ plugin: name, ...(first ? { first: quoted(first) } : {}) }));
  }
  if (typeof out !== 'object' || out === null || out.kind !== 'ExecCredential')
    throw new CredentialError(em['exec.notCredential']({ plugin: name }));
  const s = out.status ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const token = str(s.token);
  const cert = str(s.clientCertificateData);
  const key = str(s.clientKeyData);
  if (!token && !(cert && key)) throw new CredentialError(em['exec.noCredentials']({ plugin: name }), em['exec.noCredentials.hint']());
  const expiry = str(s.expirationTimestamp);
  const expiresAt = expiry ? Date.parse(expiry) : undefined;
  return {
    ...(token ? { token } : {}),
    ...(cert && key ? { cert, key } : {}),
    ...(expiresAt !== undefined && !Number.isNaN(expiresAt) ? { expiresAt } : {}),
  };
}
