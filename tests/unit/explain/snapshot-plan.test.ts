// The Pod's ReadPlan, run by the real plan executor over the captured objects: within 8 requests, it
// reads what the Pod's state needs (the Node list for a Pod that cannot be scheduled, pull Secrets and
// the ServiceAccount for a failing pull, Services otherwise) and only the objects it refers to.
import { describe, expect, it } from 'vitest';
import { podReads, POD_REQUEST_BUDGET } from '../../../src/explain/pod.js';
import { referencedObjects } from '../../../src/explain/pod-refs.js';
import { explainFixture } from '../../support/fixture-reader.js';
import { loadPod } from './pod-fixtures.js';

const keys = (short: string) => Object.entries(podReads(loadPod(short), 'shop')).flatMap(([k, v]) => (v ? [k] : []));

describe('pod read plan', () => {
  it('reads by state, most useful first', () => {
    // Ready: its Node is not read (the kubelet reported lately), so the budget skips nothing.
    expect(keys('web')).toEqual(['events', 'services', 'endpointSlices', 'owner', 'configMaps']);
    // Running but not Ready (crash-looping): its namespace's NetworkPolicies (can it resolve names?), and
    // its Node, which may be why, read last.
    expect(keys('api')).toEqual(['events', 'services', 'endpointSlices', 'owner', 'networkPolicies', 'node']);
    expect(keys('needs-nvme')).toEqual(['events', 'nodes']);
    expect(keys('typo')).toEqual(['events', 'secrets', 'serviceAccount', 'node']);
    // No container created yet (CreateContainerConfigError, or a volume that cannot mount): the objects
    // it refers to come first, Services and their EndpointSlices are not read.
    expect(keys('missing-config')).toEqual(['events', 'configMaps', 'node']);
    // Deleting: its Node (a kubelet that cannot confirm the stop) and its owner, no Services.
    const deleting = { ...loadPod('web'), metadata: { ...loadPod('web').metadata, deletionTimestamp: '2026-11-30T00:00:00Z' } };
    expect(Object.entries(podReads(deleting, 'shop')).flatMap(([k, v]) => (v ? [k] : []))).toEqual(['events', 'node', 'owner']);
  });

  it.each(['web', 'api', 'worker-oom', 'typo', 'missing-config', 'needs-nvme', 'migrate', 'report'])(
    '%s: explained through the plan executor within the budget',
    async (short) => {
      const { e, requests } = await explainFixture('pods', 'Pod', loadPod(short).metadata.name, 'shop');
      expect(requests).toBeLessThanOrEqual(POD_REQUEST_BUDGET);
      expect(e.verdict.text).not.toBe('');
    },
  );

  it('a healthy Pod is explained without a warning about reads it skipped', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await explainFixture('pods', 'Pod', loadPod('web').metadata.name, 'shop', lang);
      expect(e.warnings).toEqual([]);
    }
  });

  it('ignores the kube-root-ca.crt projected into every Pod', () => {
    expect(referencedObjects(loadPod('web')).configMaps).toEqual(['web-config']);
    expect(referencedObjects(loadPod('missing-config')).configMaps).toEqual(['does-not-exist']);
  });
});
