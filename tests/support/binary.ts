// Runs the built CLI the way a user does (npm test builds dist/ first): no colour, the test's
// environment on top of the process's, and the exit code returned rather than thrown.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export const KX_BIN = new URL('../../bin/kubexplain', import.meta.url).pathname;

export interface KxRun {
  code: number;
  stdout: string;
  stderr: string;
}

const run = promisify(execFile);

export async function runKx(args: string[], env: NodeJS.ProcessEnv = {}): Promise<KxRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [KX_BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
