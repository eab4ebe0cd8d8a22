// The in-memory Reader that check explains thousands of objects over: its indexes (by name, by a
// field selector's first equality) and its kept answers give exactly what a plain scan of the captured
// shop namespace gives, for every selector the explainers send, and the same answer twice.
import { describe, expect, it } from 'vitest';
import { MemoryReader } from '../../src/cluster/memory-reader.js';
import { fieldsMatch, labelsMatch, parseFieldSelector, parseLabelSelector } from '../../src/cluster/manifests.js';
import type { KubeObject } from '../../src/model/kube.js';
import { fixtureObjects } from '../support/fixture-reader.js';

const objects = fixtureObjects('check');
const names = (list: KubeObject[]) => list.map((o) => `${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`);

/** What the API server answers, by brute force over every captured object. */
function scan(kind: string, namespace?: string, labelSelector?: string, fieldSelector?: string): KubeObject[] {
  const labels = labelSelector ? parseLabelSelector(labelSelector) : [];
  const fields = parseFieldSelector(fieldSelector);
  return objects.filter(
    (o) =>
      o.kind === kind &&
      (namespace === undefined || o.metadata?.namespace === namespace) &&
      labelsMatch(labels, (o.metadata?.labels as Record<string, string> | undefined) ?? {}) &&
      fieldsMatch(fields, o),
  );
}

describe('MemoryReader', () => {
  const reader = new MemoryReader(objects);
  const pods = objects.filter((o) => o.kind === 'Pod');
  const events = objects.filter((o) => o.kind === 'Event');

  it("answers field selectors through its index as a scan would: every Pod's events by uid and by kind+name, a node's Pods", async () => {
    expect(pods.length).toBeGreaterThan(5);
    expect(events.length).toBeGreaterThan(10);
    let nonEmpty = 0;
    for (const p of pods) {
      for (const fieldSelector of [
        `involvedObject.uid=${p.metadata!.uid}`,
        `involvedObject.kind=Pod,involvedObject.name=${p.metadata!.name}`,
        `involvedObject.name=${p.metadata!.name},reason!=Scheduled`,
      ]) {
        const got = await reader.list('events', { namespace: 'shop', fieldSelector });
        expect(names(got)).toEqual(names(scan('Event', 'shop', undefined, fieldSelector)));
        if (got.length) nonEmpty++;
      }
      const node = (p.spec as { nodeName?: string }).nodeName;
      if (node)
        expect(names(await reader.list('Pod', { fieldSelector: `spec.nodeName=${node}` }))).toEqual(
          names(scan('Pod', undefined, undefined, `spec.nodeName=${node}`)),
        );
    }
    expect(nonEmpty).toBeGreaterThan(pods.length);
    expect(names(await reader.list('Event', { namespace: 'shop', fieldSelector: 'reason=FailedCreate' }))).toEqual(
      names(scan('Event', 'shop', undefined, 'reason=FailedCreate')),
    );
  });

  it('answers label selectors and kind names as kubectl writes them; a repeated question gets the same answer', async () => {
    for (const sel of ['app=web', 'app in (web,api),tier', 'app!=web', '!tier'])
      expect(names(await reader.list('po', { namespace: 'shop', labelSelector: sel }))).toEqual(names(scan('Pod', 'shop', sel)));
    const first = await reader.list('pods', { namespace: 'shop', labelSelector: 'app=web' });
    expect(await reader.list('Pod', { namespace: 'shop', labelSelector: 'app=web' })).toBe(first);
    expect(names(await reader.list('deploy'))).toEqual(names(scan('Deployment')));
    expect(await reader.list('Pod', { namespace: 'elsewhere', labelSelector: 'app=web' })).toEqual([]);
  });

  it('gets by name in a namespace, and a missing one is not found', async () => {
    for (const p of pods) expect(await reader.get('pod', p.metadata!.name!, 'shop')).toBe(p);
    const ns = objects.find((o) => o.kind === 'Namespace')!;
    expect(await reader.get('ns', ns.metadata!.name!)).toBe(ns);
    await expect(reader.get('pod', 'no-such-pod', 'shop')).rejects.toThrow('Pod "no-such-pod" not found in namespace "shop"');
  });
});
