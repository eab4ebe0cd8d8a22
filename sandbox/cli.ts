// npm run sandbox:up | sandbox:down | sandbox — see README. The last stdout line of `up` is
// exactly KUBECONFIG=<absolute path>, so scripts can `eval "$(npm run -s sandbox:up | tail -1)"`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO, SandboxError, applyExamples, down, up, waitFor } from './sandbox.js';

/** Waits (up to 30 s) until kwok has given the Pod container statuses, so the demo is not stale. */
async function waitForStatus(kubeconfig: string, namespace: string, pod: string): Promise<void> {
  const { KubeConfig, CoreV1Api } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const core = kc.makeApiClient(CoreV1Api);
  await waitFor(async () => {
    const p = await core.readNamespacedPod({ name: pod, namespace }).catch(() => undefined);
    return (p?.status?.containerStatuses?.length ?? 0) > 0;
  }, 30_000).catch(() => undefined);
}

async function main(cmd: string | undefined): Promise<number> {
  switch (cmd) {
    case 'up': {
      const kubeconfig = await up();
      process.stdout.write(`KUBECONFIG=${kubeconfig}\n`);
      return 0;
    }
    case 'down':
      await down();
      return 0;
    case 'run': {
      const kubeconfig = await up();
      process.stderr.write('sandbox: applying the sample workloads in examples/\n');
      await applyExamples(kubeconfig);
      // The TUI on a terminal; without one (CI, a pipe) it cannot draw, so explain a Pod in trouble instead.
      const fallback = process.stdout.isTTY ? ['tui', '-n', 'shop'] : ['explain', 'pod/worker-oom', '-n', 'shop'];
      const args = process.argv.slice(3).length ? process.argv.slice(3) : fallback;
      await waitForStatus(kubeconfig, 'shop', 'worker-oom');
      const kx = `node bin/kubexplain --kubeconfig ${kubeconfig}`;
      process.stderr.write(
        `sandbox: running kubexplain ${args.join(' ')}\n` +
          `sandbox: more to try:\n  ${kx} explain po/api-<TAB> -n shop   (kubectl --kubeconfig ${kubeconfig} get pods -n shop)\n` +
          `  ${kx} po/needs-nvme -n shop --lang ja\n  ${kx} can sa:shop/deployer get pods/log -n shop\n` +
          `  ${kx} who-can get pods/log -n shop\n  ${kx} access sa:shop/deployer -n shop\n` +
          `  ${kx} trace ingress/web -n shop\n  ${kx} dns service/db -n shop\n  ${kx} docs "readiness probe"\n` +
          `sandbox: it keeps running; stop it with npm run sandbox:down\n`,
      );
      const child = spawn(process.execPath, [join(REPO, 'bin', 'kubexplain'), '--kubeconfig', kubeconfig, ...args], {
        stdio: 'inherit',
      });
      return await new Promise((res) => child.on('close', (c) => res(c ?? 1)));
    }
    default:
      process.stderr.write('usage: tsx sandbox/cli.ts up|down|run\n');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`sandbox: ${err instanceof SandboxError ? err.message : String(err)}\n`);
    process.exit(7);
  },
);
