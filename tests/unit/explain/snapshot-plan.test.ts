// The read plan of fetchPodSnapshot stays within 6 requests and reads only what the Pod refers to;
// Secrets are reduced to key names.
import { describe, expect, it } from 'vitest';
import { plannedReads, POD_REQUEST_BUDGET, secretSummary } from '../../../src/cluster/snapshot.js';
import { referencedObjects } from '../../../src/explain/pod-refs.js';
import { loadPod } from './pod-fixtures.js';

describe('pod snapshot plan', () => {
  it('reads the owner and referenced ConfigMaps, within budget', () => {
    expect(plannedReads(loadPod('web'))).toEqual(['events', 'services', 'endpointSlices', 'owner', 'configMaps']);
    expect(plannedReads(loadPod('needs-nvme'))).toEqual(['events', 'services', 'endpointSlices']);
    for (const p of ['api', 'worker-oom', 'typo', 'missing-config', 'migrate', 'report']) {
      expect(plannedReads(loadPod(p)).length).toBeLessThanOrEqual(POD_REQUEST_BUDGET - 1);
    }
  });

  it('ignores the kube-root-ca.crt projected into every Pod', () => {
    expect(referencedObjects(loadPod('web')).configMaps).toEqual(['web-config']);
    expect(referencedObjects(loadPod('missing-config')).configMaps).toEqual(['does-not-exist']);
  });

  it('keeps only key names of a Secret', () => {
    const s = secretSummary({ metadata: { name: 'db' }, type: 'Opaque', data: { password: 'c2VjcmV0', user: 'YWRtaW4=' } });
    expect(s).toEqual({ name: 'db', type: 'Opaque', keys: ['password', 'user'] });
    expect(JSON.stringify(s)).not.toContain('c2VjcmV0');
  });
});
