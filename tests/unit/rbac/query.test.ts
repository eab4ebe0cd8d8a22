// `<verb> <resource>[/<name>]` parsing for can and who-can: short names, groups, subresource vs name,
// non-resource URLs, namespaces (-n, -A, cluster-scoped), and usage errors (exit 2).
import { describe, expect, it } from 'vitest';
import { parseAccessRequest } from '../../../src/rbac/query.js';
import { ExitCode, KxError } from '../../../src/errors.js';

const ns = { namespace: 'shop', all: false };

describe('parseAccessRequest', () => {
  it.each([
    ['pods', { group: '', resource: 'pods', namespace: 'shop' }],
    ['pods/log', { group: '', resource: 'pods', subresource: 'log', namespace: 'shop' }],
    ['pods/web-1', { group: '', resource: 'pods', name: 'web-1', namespace: 'shop' }],
    ['pods/log/web-1', { group: '', resource: 'pods', subresource: 'log', name: 'web-1', namespace: 'shop' }],
    ['deploy', { group: 'apps', resource: 'deployments', namespace: 'shop' }],
    ['deployments.apps/scale', { group: 'apps', resource: 'deployments', subresource: 'scale', namespace: 'shop' }],
    ['deployments.apps/web', { group: 'apps', resource: 'deployments', name: 'web', namespace: 'shop' }],
    ['widgets.example.com/w1', { group: 'example.com', resource: 'widgets', name: 'w1', namespace: 'shop' }],
    ['nodes/proxy', { group: '', resource: 'nodes', subresource: 'proxy', namespace: '', clusterScoped: true }],
    ['no/node-1', { group: '', resource: 'nodes', name: 'node-1', namespace: '', clusterScoped: true }],
    [
      'clusterroles.rbac.authorization.k8s.io',
      { group: 'rbac.authorization.k8s.io', resource: 'clusterroles', namespace: '', clusterScoped: true },
    ],
    ['svc/status', { group: '', resource: 'services', subresource: 'status', namespace: 'shop' }],
  ])('%s', (target, expected) => {
    expect(parseAccessRequest('get', target, ns, 'can')).toEqual({ verb: 'get', ...expected });
  });

  it('reads a leading slash as a non-resource URL', () => {
    expect(parseAccessRequest('get', '/healthz', ns, 'can')).toEqual({ verb: 'get', nonResourceURL: '/healthz' });
  });

  it('-A: any namespace for who-can, cluster-wide for can', () => {
    expect(parseAccessRequest('list', 'secrets', { namespace: 'shop', all: true }, 'who-can')).not.toHaveProperty('namespace');
    expect(parseAccessRequest('list', 'secrets', { namespace: 'shop', all: true }, 'can')).toMatchObject({ namespace: '' });
  });

  it.each([
    ['Get', 'pods'],
    ['get', ''],
    ['get', 'pods//x'],
    ['get', 'pods/'],
    ['get', 'pods/log/'],
    ['get', 'a/b/c/d'],
    ['get', 'pods\u001b[2J'],
  ])('rejects %j %j with a usage error', (verb, target) => {
    let err: unknown;
    try {
      parseAccessRequest(verb, target, ns, 'can');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KxError);
    expect((err as KxError).exitCode).toBe(ExitCode.usage);
    expect((err as KxError).message).not.toContain('\u001b');
  });
});
