// Resource names for can / who-can / access: the built-in table (no request), close names for typos,
// and the usage error for an unknown name without an API group.
import { describe, expect, it } from 'vitest';
import { parseAccessRequest } from '../../../src/rbac/query.js';
import { isBuiltinResource, lookupBuiltinResource, suggestResources } from '../../../src/rbac/builtin-resources.js';
import { failure, hintOf } from '../../support/kx-error.js';

const scope = { namespace: 'shop', all: false };

describe('built-in resources', () => {
  it.each([
    ['hpa', { group: 'autoscaling', resource: 'horizontalpodautoscalers', namespace: 'shop' }],
    ['pdb', { group: 'policy', resource: 'poddisruptionbudgets', namespace: 'shop' }],
    ['leases', { group: 'coordination.k8s.io', resource: 'leases', namespace: 'shop' }],
    ['pv', { group: '', resource: 'persistentvolumes', namespace: '', clusterScoped: true }],
    ['crd', { group: 'apiextensions.k8s.io', resource: 'customresourcedefinitions', namespace: '', clusterScoped: true }],
    ['storageclasses.storage.k8s.io', { group: 'storage.k8s.io', resource: 'storageclasses', namespace: '', clusterScoped: true }],
  ])('%s', (target, expected) => {
    expect(parseAccessRequest('get', target, scope, 'can')).toEqual({ verb: 'get', ...expected });
  });

  it('knows which names are built in', () => {
    expect(isBuiltinResource('apps', 'deployments')).toBe(true);
    expect(isBuiltinResource('extensions', 'deployments')).toBe(false);
    expect(isBuiltinResource('example.com', 'widgets')).toBe(false);
    expect(lookupBuiltinResource('svc')?.resource).toBe('services');
  });
});

describe('unknown resources', () => {
  it('a typo without a group is a usage error naming the close built-in names (exit 2)', async () => {
    const err = await failure(Promise.resolve().then(() => parseAccessRequest('get', 'pdos', scope, 'can')));
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe('unknown resource "pdos": did you mean pods?');
    expect(hintOf(err)).toMatch(/custom resources need their API group/);
    const far = await failure(Promise.resolve().then(() => parseAccessRequest('get', 'widgets', scope, 'who-can')));
    expect(far.message).toBe('unknown resource "widgets"');
  });

  it('"*" stays: every resource', () => {
    expect(parseAccessRequest('get', '*', scope, 'can')).toMatchObject({ group: '', resource: '*' });
  });

  it('a name with a group is a custom resource: no error here (discovery decides)', () => {
    expect(parseAccessRequest('list', 'widgets.example.com', scope, 'who-can')).toEqual({
      verb: 'list',
      group: 'example.com',
      resource: 'widgets',
      namespace: 'shop',
    });
  });

  it.each([
    ['confgmaps', ['configmaps']],
    ['deployments.extensions', ['deployments.apps']],
    ['ingress.networking.k8s.io', ['ingresses.networking.k8s.io']],
    ['secret', ['secrets']],
  ])('suggests for %s', (spec, expected) => {
    expect(suggestResources(spec).slice(0, expected.length)).toEqual(expected);
  });

  it('adds discovered names that are close, not far ones', () => {
    expect(suggestResources('widget.example.com', ['widgets.example.com', 'gadgets.example.com'])).toContain('widgets.example.com');
    expect(suggestResources('widget.example.com', ['sprockets.example.com'])).not.toContain('sprockets.example.com');
  });
});
