// Bad input holds: kubeconfigs that are not regular files (a device, a FIFO, a folder, 17 MB), names
// that would make another URL (dot segments, slashes, percent), and impersonation flags. One line, a
// distinct exit code, no request sent for a bad name, within seconds.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clients, useNamespace, waitFor } from '../integration/helpers.js';
import { dir, kubeconfigPath, runTimed } from './helpers.js';

const ns = useNamespace('kx-faults-input');

describe('--kubeconfig that is not a kubeconfig file', () => {
  const fifo = join(dir, 'fifo');
  const big = join(dir, 'big.yaml');
  execFileSync('mkfifo', [fifo]);
  writeFileSync(big, '');
  truncateSync(big, 17 * 1024 * 1024);
  it.each([
    ['/dev/zero', 'it is a device, not a regular file'],
    [fifo, 'it is a FIFO, not a regular file'],
    [dir, 'it is a folder, not a regular file'],
    [big, '17 MB is larger than 16 MB'],
  ])('%s', async (file, why) => {
    const r = await runTimed(['explain', 'pod/web', '--kubeconfig', file], 10_000);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`error: cannot read kubeconfig "${file}": ${why}\n`);
    expect(r.ms).toBeLessThan(5_000);
  });
});

describe('names that are not names', () => {
  it.each(['secret/..', 'ns/.', 'cm/..', 'no/..', 'pod/..', 'deploy/.', 'sa/a%2f..', 'svc/a%2e'])(
    '%s: exit 2, one line, no request',
    async (target) => {
      const r = await runTimed(['explain', target, '--kubeconfig', kubeconfigPath(), '-n', ns(), '--debug']);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
      expect(r.stderr).toMatch(/^error: invalid \w+ name ".*": a name may not (be|contain) /m);
      expect(r.stderr).not.toMatch(/^debug: GET /m);
      expect(r.stdout).toBe('');
    },
  );

  it('-n .. is refused too', async () => {
    const r = await runTimed(['explain', 'pod/web', '--kubeconfig', kubeconfigPath(), '-n', '..']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('error: invalid namespace "..": a name may not be ".."');
  });
});

describe('--as and --as-group', () => {
  it('impersonate on every request (a ServiceAccount with no permission is forbidden)', async () => {
    const { core } = clients();
    await core.createNamespacedServiceAccount({ namespace: ns(), body: { metadata: { name: 'nobody' } } });
    await core.createNamespacedConfigMap({ namespace: ns(), body: { metadata: { name: 'settings' }, data: { a: 'b' } } });
    await waitFor(async () => (await core.readNamespacedServiceAccount({ namespace: ns(), name: 'nobody' })).metadata?.name);
    const me = await runTimed(['explain', 'cm/settings', '--kubeconfig', kubeconfigPath(), '-n', ns()]);
    expect(me.code).toBe(0);
    const as = await runTimed([
      'explain',
      'cm/settings',
      '--kubeconfig',
      kubeconfigPath(),
      '-n',
      ns(),
      '--as',
      `system:serviceaccount:${ns()}:nobody`,
    ]);
    expect(as.code).toBe(5);
    expect(as.stderr.split('\n')[0]).toMatch(/^error: forbidden: cannot get configmaps "settings" in namespace/);
  });

  it('--as-group without --as is a usage error', async () => {
    const r = await runTimed(['explain', 'cm/settings', '--kubeconfig', kubeconfigPath(), '--as-group', 'system:masters']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('error: --as-group needs --as: impersonating groups requires impersonating a user');
  });
});
