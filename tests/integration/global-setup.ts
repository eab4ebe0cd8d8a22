// Starts one sandbox control plane for the whole run (or uses KUBEXPLAIN_TEST_KUBECONFIG) and
// removes its processes and temp dir afterwards, whether the tests passed or not. If the control
// plane cannot start, the run fails here: integration tests are never skipped silently.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { auditLogPath, down, up } from '../../sandbox/sandbox.js';

declare module 'vitest' {
  export interface ProvidedContext {
    kubeconfig: string;
    /** The API server's audit log, when the run owns the sandbox; '' for an external cluster. */
    auditLog: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.KUBEXPLAIN_TEST_KUBECONFIG;
  if (external) {
    project.provide('kubeconfig', external);
    project.provide('auditLog', '');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kubexplain-test-'));
  const options = { dir, name: `kx-test-${process.pid}`, log: (l: string) => process.stderr.write(`${l}\n`) };
  let teardownDone = false;
  const teardown = async () => {
    if (teardownDone) return;
    teardownDone = true;
    await down(options).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  // Ctrl-C during the run still removes the processes.
  process.once('SIGINT', () => void teardown().then(() => process.exit(130)));
  try {
    const kubeconfig = await up(options);
    project.provide('kubeconfig', kubeconfig);
    project.provide('auditLog', auditLogPath(options));
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
