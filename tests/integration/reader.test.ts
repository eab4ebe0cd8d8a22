// The live reader against the real API server: pagination, and every failure turned into one
// KxError with its own exit code. The audit log proves it sent nothing but GET requests.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, inject, it } from 'vitest';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { LiveReader } from '../../src/cluster/reader.js';
import { ExitCode, KxError } from '../../src/errors.js';
import { clients, useNamespace, waitFor } from './helpers.js';
import { failure, hintOf } from '../support/kx-error.js';
import { loadCatalogs } from '../../src/i18n/localize.js';
import { tempDir } from '../support/temp-dir.js';

// KxError.message is the English sentence once the catalogs are loaded (as the CLI loads them to report).
await loadCatalogs('en');

const { core } = clients();
const ns = useNamespace('reader');
const reader = () => new LiveReader(loadKubeConfig({ kubeconfig: inject('kubeconfig') }), 10_000);

function writeKubeconfig(mutate: (kc: KubeConfig) => object): string {
  const kc = new KubeConfig();
  kc.loadFromFile(inject('kubeconfig'));
  const file = join(tempDir('kx-kc-'), 'config');
  writeFileSync(file, JSON.stringify(mutate(kc)));
  return file;
}

/** The current cluster's server and CA, as kubeconfig fields (file or inline data). */
function caOf(kc: KubeConfig) {
  const c = kc.getCurrentCluster()!;
  return { server: c.server, 'certificate-authority': c.caFile, 'certificate-authority-data': c.caData };
}

describe('LiveReader', () => {
  it('gets one object and lists a collection across pages', async () => {
    const namespace = ns();
    for (let i = 0; i < 5; i++)
      await core.createNamespacedConfigMap({ namespace, body: { metadata: { name: `cm-${i}`, labels: { set: 'a' } } } });
    const r = reader();
    const one = await r.get('cm', 'cm-3', namespace);
    expect(one.metadata?.name).toBe('cm-3');
    const all = await r.list('configmaps', { namespace, labelSelector: 'set=a', limit: 2 });
    expect(all.map((o) => o.metadata?.name).sort()).toEqual(['cm-0', 'cm-1', 'cm-2', 'cm-3', 'cm-4']);
    expect(all[0]?.kind).toBe('ConfigMap');
    expect(r.requestCount).toBe(1 + 3); // one get, three pages of at most 2
  });

  it('says not found with exit code 4', async () => {
    const err = await failure(reader().get('pod', 'no-such-pod', ns()));
    expect(err.exitCode).toBe(ExitCode.notFound);
    expect(err.message).toBe(`pods "no-such-pod" not found in namespace "${ns()}"`);
  });

  it('names the missing permission with exit code 5 when forbidden', async () => {
    const namespace = ns();
    await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'nobody' } } });
    const token = (
      await core.createNamespacedServiceAccountToken({
        namespace,
        name: 'nobody',
        body: { spec: { audiences: [], expirationSeconds: 600 } },
      })
    ).status!.token;
    const file = writeKubeconfig((kc) => ({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'nobody',
      clusters: [{ name: 'c', cluster: caOf(kc) }],
      users: [{ name: 'nobody', user: { token } }],
      contexts: [{ name: 'nobody', context: { cluster: 'c', user: 'nobody', namespace } }],
    }));
    const err = await failure(new LiveReader(loadKubeConfig({ kubeconfig: file }), 10_000).list('secrets', { namespace }));
    expect(err.exitCode).toBe(ExitCode.forbidden);
    expect(err.message).toBe(`forbidden: cannot list secrets in namespace "${namespace}"`);
    expect(hintOf(err)).toContain('"list" on secrets');
  });

  it('says the server cannot be reached, with exit code 3', async () => {
    const file = writeKubeconfig((kc) => {
      const u = kc.getCurrentUser()!;
      return {
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'x',
        clusters: [{ name: 'c', cluster: { ...caOf(kc), server: 'https://127.0.0.1:1' } }],
        users: [
          {
            name: 'u',
            user: {
              'client-certificate': u.certFile,
              'client-key': u.keyFile,
              'client-certificate-data': u.certData,
              'client-key-data': u.keyData,
            },
          },
        ],
        contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }],
      };
    });
    const err = await failure(new LiveReader(loadKubeConfig({ kubeconfig: file }), 5_000).get('ns', 'default'));
    expect(err.exitCode).toBe(ExitCode.connection);
    expect(err.message).toBe('cannot reach the API server https://127.0.0.1:1: connection refused');
  });

  it('rejects a missing or broken kubeconfig and an unknown context with exit code 3', () => {
    const missing = (() => {
      try {
        loadKubeConfig({ kubeconfig: '/nonexistent/kubeconfig' });
      } catch (e) {
        return e as KxError;
      }
    })();
    expect(missing?.exitCode).toBe(ExitCode.connection);
    expect(missing?.message).toContain('no kubeconfig found');
    const broken = join(tempDir('kx-kc-'), 'config');
    writeFileSync(broken, 'clusters: [: not yaml');
    expect(() => loadKubeConfig({ kubeconfig: broken })).toThrow(/cannot read kubeconfig/);
    expect(() => loadKubeConfig({ kubeconfig: inject('kubeconfig'), context: 'nope' })).toThrow(/context "nope" is not in the kubeconfig/);
  });

  it('sends only GET requests (get, list), as the audit log shows', async () => {
    const auditLog = inject('auditLog');
    if (!auditLog) return; // an external cluster's audit log is not ours to read
    const namespace = ns();
    const r = reader();
    await r.list('pods', { namespace });
    await failure(r.get('pod', 'absent', namespace));
    const ours = await waitFor(
      async () => {
        const events = readFileSync(auditLog, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { verb: string; userAgent?: string; objectRef?: { namespace?: string } });
        // Only this test's namespace: other files create access reviews with the same user agent.
        const mine = events.filter((e) => e.userAgent === 'kubexplain' && e.objectRef?.namespace === namespace);
        return mine.some((e) => e.verb === 'get') && mine.some((e) => e.verb === 'list') && mine;
      },
      10_000,
      'audit events of kubexplain',
    );
    expect(new Set(ours.map((e) => e.verb))).toEqual(new Set(['get', 'list']));
  });
});
