// The local sandbox: a real control plane (etcd, kube-apiserver, kube-controller-manager,
// kube-scheduler) and kwok for nodes, run as local processes by kwokctl's binary runtime.
// Binaries come from sandbox/build.sh (built from Go modules, cached per machine).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const SANDBOX_SRC = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(SANDBOX_SRC, '..');

export interface SandboxOptions {
  /** Folder holding kwokctl's work dir and the kubeconfig. Default: <repo>/.sandbox */
  dir?: string;
  /** Cluster name; lets two sandboxes live side by side. */
  name?: string;
  /** Progress lines (stderr by default). */
  log?: (line: string) => void;
}

export class SandboxError extends Error {}

interface Binaries {
  kwok: string;
  etcd: string;
  kubernetes: string;
  kubectl: string;
  /** Folder of the Gateway API standard-channel CRD files. */
  'gateway-api': string;
}

const defaults = (o: SandboxOptions) => ({
  dir: resolve(o.dir ?? process.env.KUBEXPLAIN_SANDBOX_DIR ?? join(REPO, '.sandbox')),
  name: o.name ?? 'kubexplain',
  log: o.log ?? ((line: string) => process.stderr.write(`${line}\n`)),
});

/** Runs sandbox/build.sh, passing its progress through; returns the binary folders. */
export async function build(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<Binaries> {
  const child = spawn('bash', [join(SANDBOX_SRC, 'build.sh')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  let pending = '';
  child.stderr.on('data', (d: Buffer) => {
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) log(line);
  });
  // Ctrl-C reaches the whole process group; build.sh cleans its temp dir itself.
  const code: number = await new Promise((res) => child.on('close', (c) => res(c ?? 1)));
  if (pending) log(pending);
  if (code !== 0) throw new SandboxError(`sandbox build failed (exit ${code}); see the log named above`);
  const bins = Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((l) => l.split('=', 2) as [string, string]),
  ) as unknown as Binaries;
  kubectlBin = join(bins.kubectl, 'kubectl');
  return bins;
}

// The kubectl built with the control plane (sandbox/build.sh); set by build().
let kubectlBin = '';

function kwokctlEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KWOK_WORKDIR: join(dir, 'kwok') };
  if (kubectlBin) env.KWOK_KUBECTL_BINARY = kubectlBin;
  return env;
}

export function kubeconfigPath(o: SandboxOptions = {}): string {
  const { dir, name } = defaults(o);
  return join(dir, `${name}.kubeconfig`);
}

export function clusterDir(o: SandboxOptions = {}): string {
  const { dir, name } = defaults(o);
  return join(dir, 'kwok', 'clusters', name);
}

/** The API server's audit log (one Metadata event per request). */
export function auditLogPath(o: SandboxOptions = {}): string {
  return join(clusterDir(o), 'logs', 'audit.log');
}

async function kubectl(kubeconfig: string, args: string[], timeoutMs = 60_000): Promise<string> {
  const { stdout } = await run(kubectlBin, ['--kubeconfig', kubeconfig, ...args], { timeout: timeoutMs });
  return stdout;
}

async function healthy(kubeconfig: string): Promise<boolean> {
  if (!existsSync(kubeconfig)) return false;
  try {
    return (await kubectl(kubeconfig, ['get', '--raw', '/readyz'], 5_000)).trim() === 'ok';
  } catch {
    return false;
  }
}

/** The last lines of each component's log, for a failure message. */
export function logTails(o: SandboxOptions = {}, lines = 15): string {
  const logs = join(clusterDir(o), 'logs');
  if (!existsSync(logs)) return '(no component logs were written)';
  return readdirSync(logs)
    .filter((f) => f.endsWith('.log') && f !== 'audit.log')
    .map((f) => {
      const tail = readFileSync(join(logs, f), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      return `--- ${join(logs, f)} (last ${lines} lines)\n${tail}`;
    })
    .join('\n');
}

/**
 * Builds if needed, starts the control plane (or reuses a healthy one), creates the kwok nodes
 * and waits until they are Ready. Idempotent. Returns the kubeconfig path.
 */
export async function up(o: SandboxOptions = {}): Promise<string> {
  const { dir, name, log } = defaults(o);
  const kubeconfig = kubeconfigPath(o);
  const bins = await build(log); // a warm build only checks the cache
  if (await healthy(kubeconfig)) {
    log(`sandbox: ${name} is already running`);
    await gatewayCrds(kubeconfig, bins, log);
    return kubeconfig;
  }
  mkdirSync(dir, { recursive: true });
  const env = kwokctlEnv(dir);
  const kwokctl = join(bins.kwok, 'kwokctl');
  const exists = existsSync(join(clusterDir(o), 'kwok.yaml'));
  const stages = ['node-default.yaml', 'pod-default.yaml', 'pod-ready.yaml', 'pod-simulate.yaml'];
  try {
    if (exists) {
      log(`sandbox: restarting cluster ${name}`);
      await run(kwokctl, ['start', 'cluster', '--name', name, '--wait', '2m'], { env, timeout: 180_000 });
    } else {
      log(`sandbox: creating cluster ${name} (etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kwok)`);
      const k = bins.kubernetes;
      await run(
        kwokctl,
        [
          'create',
          'cluster',
          '--name',
          name,
          '--runtime',
          'binary',
          '--kube-apiserver-binary',
          join(k, 'kube-apiserver'),
          '--kube-controller-manager-binary',
          join(k, 'kube-controller-manager'),
          '--kube-scheduler-binary',
          join(k, 'kube-scheduler'),
          '--kwok-controller-binary',
          join(bins.kwok, 'kwok'),
          '--etcd-binary',
          join(bins.etcd, 'etcd'),
          '--kube-audit-policy',
          join(SANDBOX_SRC, 'audit-policy.yaml'),
          '--kubeconfig',
          kubeconfig,
          '--config',
          join(SANDBOX_SRC, 'components.yaml'),
          ...stages.flatMap((s) => ['--config', join(SANDBOX_SRC, 'stages', s)]),
          '--wait',
          '2m',
        ],
        { env, timeout: 180_000 },
      );
    }
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? String(err);
    throw new SandboxError(`the control plane did not start: ${stderr.trim().split('\n').slice(-3).join(' ')}\n${logTails(o)}`);
  }
  if (!existsSync(kubeconfig)) {
    // kwokctl start does not rewrite our kubeconfig; its own copy has the same credentials.
    await run(kwokctl, ['get', 'kubeconfig', '--name', name], { env }).then(({ stdout }) =>
      import('node:fs').then((fs) => fs.writeFileSync(kubeconfig, stdout)),
    );
  }
  log('sandbox: creating 3 kwok nodes');
  await kubectl(kubeconfig, ['apply', '-f', join(SANDBOX_SRC, 'nodes.yaml')]);
  await kubectl(kubeconfig, ['wait', '--for=condition=Ready', 'node', '--all', '--timeout=120s'], 130_000);
  // The default ServiceAccount appears shortly after each namespace; Pods need it to be admitted.
  await waitFor(
    async () => (await kubectl(kubeconfig, ['get', 'sa', 'default', '-n', 'default', '-o', 'name']).catch(() => '')) !== '',
    60_000,
  );
  await gatewayCrds(kubeconfig, bins, log);
  log(`sandbox: ready (${name}); logs in ${join(clusterDir(o), 'logs')}`);
  return kubeconfig;
}

/** The Gateway API CRDs (no controller runs: tests write Gateway and Route status themselves). Idempotent. */
async function gatewayCrds(kubeconfig: string, bins: Binaries, log: (line: string) => void): Promise<void> {
  log('sandbox: applying the Gateway API standard-channel CRDs');
  await kubectl(kubeconfig, ['apply', '--server-side', '--force-conflicts', '-f', bins['gateway-api']], 120_000);
  await kubectl(kubeconfig, ['wait', '--for=condition=Established', '-f', bins['gateway-api'], '--timeout=60s'], 70_000);
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new SandboxError(`timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Stops and deletes the cluster and its work dir. Safe to call when nothing runs. */
export async function down(o: SandboxOptions = {}): Promise<void> {
  const { dir, name, log } = defaults(o);
  const kwokctl = findCachedKwokctl();
  if (kwokctl && existsSync(clusterDir(o))) {
    await run(kwokctl, ['delete', 'cluster', '--name', name], { env: kwokctlEnv(dir), timeout: 120_000 }).catch((err: unknown) =>
      log(`sandbox: kwokctl delete failed: ${String((err as { stderr?: string }).stderr ?? err).trim()}`),
    );
  }
  rmSync(clusterDir(o), { recursive: true, force: true });
  rmSync(kubeconfigPath(o), { force: true });
  log(`sandbox: ${name} removed`);
}

function findCachedKwokctl(): string | undefined {
  const versions = readFileSync(join(SANDBOX_SRC, 'versions.env'), 'utf8');
  const kwok = /KWOK_VERSION=(\S+)/.exec(versions)?.[1];
  const cache =
    process.env.KUBEXPLAIN_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(process.env.HOME ?? '/root', '.cache'), 'kubexplain');
  if (!existsSync(cache) || !kwok) return undefined;
  const entry = readdirSync(cache).find((d) => d.startsWith(`kwok-${kwok}-`));
  return entry ? join(cache, entry, 'kwokctl') : undefined;
}

export async function applyExamples(kubeconfig: string): Promise<void> {
  await kubectl(kubeconfig, ['apply', '-f', join(REPO, 'examples')]);
}
