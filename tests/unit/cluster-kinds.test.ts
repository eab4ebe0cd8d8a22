import { describe, expect, it } from 'vitest';
import { collectionPath, lookupKind } from '../../src/cluster/kinds.js';
import { parseDuration } from '../../src/cluster/kubeconfig.js';

describe('lookupKind', () => {
  it.each([
    ['po', 'Pod'],
    ['pods', 'Pod'],
    ['Pod', 'Pod'],
    ['deploy', 'Deployment'],
    ['deployments.apps', 'Deployment'],
    ['rs', 'ReplicaSet'],
    ['sts', 'StatefulSet'],
    ['ds', 'DaemonSet'],
    ['job', 'Job'],
    ['cj', 'CronJob'],
    ['no', 'Node'],
    ['ns', 'Namespace'],
    ['cm', 'ConfigMap'],
    ['secret', 'Secret'],
    ['sa', 'ServiceAccount'],
    ['svc', 'Service'],
    ['ing', 'Ingress'],
    ['endpointslices.discovery.k8s.io', 'EndpointSlice'],
    ['clusterrolebinding', 'ClusterRoleBinding'],
  ])('%s → %s', (name, kind) => expect(lookupKind(name)?.kind).toBe(kind));

  it('knows nothing of unknown kinds', () => expect(lookupKind('widgets')).toBeUndefined());

  it('builds core, grouped and cluster-scoped paths', () => {
    expect(collectionPath(lookupKind('po')!, 'shop')).toBe('/api/v1/namespaces/shop/pods');
    expect(collectionPath(lookupKind('deploy')!)).toBe('/apis/apps/v1/deployments');
    expect(collectionPath(lookupKind('no')!, 'shop')).toBe('/api/v1/nodes');
  });
});

describe('parseDuration (kubectl --request-timeout)', () => {
  it.each([
    ['30s', 30_000],
    ['1m', 60_000],
    ['500ms', 500],
    ['2', 2_000],
    ['0', 0],
  ])('%s', (t, ms) => expect(parseDuration(t)).toBe(ms));
  it('rejects nonsense with a usage error', () => expect(() => parseDuration('soon')).toThrow(/invalid duration "soon"/));
});
