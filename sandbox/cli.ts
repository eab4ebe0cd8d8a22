// npm run sandbox:up | sandbox:down | sandbox — see README. The last stdout line of `up` is
// exactly KUBECONFIG=<absolute path>, so scripts can `eval "$(npm run -s sandbox:up | tail -1)"`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO, SandboxError, applyExamples, down, up } from './sandbox.js';

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
      process.stderr.write(`sandbox: KUBECONFIG=${kubeconfig}\nsandbox: stop it with npm run sandbox:down\n`);
      // Open the tool on it; on a non-TTY this prints help instead of drawing.
      const child = spawn(process.execPath, [join(REPO, 'bin', 'kubexplain'), '--kubeconfig', kubeconfig, ...process.argv.slice(3)], {
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
