// Kind names resolved as kubectl resolves them: built-in names without a request, others through
// discovery read once and cached on disk with a TTL, read again on a miss; forbidden discovery is
// said and the built-in table answers; unknown names exit 2 with close names.
import { hintOf } from '../support/kx-error.js';
import { describe, expect, it } from 'vitest';
import { DiscoveryError, diskCache, resolveKindName, UnknownKindError, type ResolveOptions } from '../../src/cluster/discovery.js';
import { kindRef, lookupKind, type KindInfo } from '../../src/cluster/kinds.js';
import { ExitCode } from '../../src/errors.js';
import { say } from '../../src/i18n/localize.js';
import { tempDir } from '../support/temp-dir.js';

const widget: KindInfo = {
  kind: 'Widget',
  group: 'example.com',
  version: 'v1',
  plural: 'widgets',
  singular: 'widget',
  namespaced: true,
  short: ['wg'],
};
const lease: KindInfo = { kind: 'Lease', group: 'coordination.k8s.io', version: 'v1', plural: 'leases', namespaced: true, short: [] };
const gadgetV2: KindInfo = { kind: 'Gadget', group: 'example.com', version: 'v2', plural: 'gadgets', namespaced: false, short: [] };
const gadgetV1: KindInfo = { ...gadgetV2, version: 'v1' };

/** A discovery source that counts how often it was asked. */
function source(kinds: KindInfo[] | (() => KindInfo[])) {
  const s = {
    calls: 0,
    discover: async () => {
      s.calls++;
      return typeof kinds === 'function' ? kinds() : kinds;
    },
  };
  return s;
}
const tmpCache = () => diskCache(tempDir('kx-disc-'), 'https://127.0.0.1:6443');

describe('resolveKindName', () => {
  it.each([
    'pvc',
    'persistentvolumeclaims',
    'PersistentVolumeClaim',
    'persistentvolumeclaim',
    'hpa',
    'pdb',
    'sc',
    'pc',
    'ep',
    'pv',
    'crd',
    'deploy.apps',
    'deployments.apps',
    'deployments.v1.apps',
    'deployment.v1.apps',
  ])('built-in %s needs no discovery request', async (name) => {
    const s = source([]);
    const r = await resolveKindName(name, { discover: s.discover, cache: tmpCache() });
    expect(r.info.kind).toBeTruthy();
    expect(s.calls).toBe(0);
  });

  it('accepts every kubectl form of a discovered kind, asks discovery once, then answers from the cache', async () => {
    const cache = tmpCache();
    const s = source([lease, widget]);
    const opts: ResolveOptions = { discover: s.discover, cache };
    for (const name of ['widgets', 'widget', 'Widget', 'wg', 'widgets.example.com', 'widget.example.com', 'widgets.v1.example.com'])
      expect((await resolveKindName(name, opts)).info, name).toMatchObject({ kind: 'Widget', group: 'example.com' });
    expect(s.calls).toBe(1);
    expect(lookupKind('widgets.example.com')?.kind).toBe('Widget');
  });

  it('reads discovery again when the cache is stale, and when a name is missing from it (a CRD installed since)', async () => {
    const cache = tmpCache();
    let served = [lease];
    const s = source(() => served);
    await resolveKindName('leases.coordination.k8s.io', { discover: s.discover, cache }); // built in: no call
    await expect(resolveKindName('widgets', { discover: s.discover, cache })).rejects.toBeInstanceOf(UnknownKindError);
    expect(s.calls).toBe(1);
    served = [lease, widget];
    await resolveKindName('widgets', { discover: s.discover, cache, now: Date.now() + 1000 });
    expect(s.calls).toBe(2);
    await resolveKindName('widgets', { discover: s.discover, cache, now: Date.now() + 2000 });
    expect(s.calls).toBe(2);
    await resolveKindName('widgets', { discover: s.discover, cache, now: Date.now() + 7 * 3600_000 });
    expect(s.calls).toBe(3);
  });

  it('an unknown kind: exit 2 with close names the server serves, and only close ones', async () => {
    const s = source([lease, widget]);
    const err = await resolveKindName('widgt', { discover: s.discover, cache: tmpCache() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownKindError);
    expect((err as UnknownKindError).exitCode).toBe(ExitCode.usage);
    expect(hintOf(err)).toContain('widget');
    expect(hintOf(err)).not.toContain('leases');
    const far = (await resolveKindName('zzzzqq', { discover: s.discover, cache: tmpCache() }).catch((e: unknown) => e)) as UnknownKindError;
    expect(far.near).toEqual([]);
  });

  it('forbidden discovery is said, and the built-in table answers for names close to built-in ones', async () => {
    const discover = async (): Promise<KindInfo[]> => {
      throw new DiscoveryError('forbidden', 403);
    };
    const err = (await resolveKindName('pvcs', { discover, cache: tmpCache() }).catch((e: unknown) => e)) as UnknownKindError;
    expect(err.message).toBe('unknown kind "pvcs"');
    expect(hintOf(err)).toMatch(/^did you mean pvc.*\(discovery is forbidden, HTTP 403: only the built-in kinds were searched\)$/);
    expect(say(err.notes[0]!, 'en')).toContain('discovery is forbidden (HTTP 403)');
    expect(say(err.notes[0]!, 'ja')).toContain('ディスカバリが禁止されています');
  });

  it('a stale cache answers when discovery fails, and says discovery failed', async () => {
    const cache = tmpCache();
    cache.save({ fetchedAt: 0, kinds: [widget] });
    const discover = async (): Promise<KindInfo[]> => {
      throw new DiscoveryError('failed', 0);
    };
    const r = await resolveKindName('widgets', { discover, cache });
    expect(r.info.kind).toBe('Widget');
    expect(say(r.notes[0]!, 'en')).toContain('discovery failed (no answer)');
  });

  it('a name served by two groups picks the core group, as kubectl does, and says how to choose the other', async () => {
    const r = await resolveKindName('events', {});
    expect(r.info).toMatchObject({ kind: 'Event', group: '' });
    expect(r.others.map((o) => o.group)).toEqual(['events.k8s.io']);
    expect(say(r.notes[0]!, 'en')).toContain('events.events.k8s.io');
    expect(say(r.notes[0]!, 'ja')).toContain('events.events.k8s.io');
    expect((await resolveKindName('events.events.k8s.io', {})).info.group).toBe('events.k8s.io');
    expect((await resolveKindName('pods', {})).notes).toEqual([]);
  });

  it('without discovery (offline) an unknown name is a usage error at once', async () => {
    await expect(resolveKindName('widgets')).rejects.toMatchObject({ exitCode: ExitCode.usage });
  });

  it('the preferred version first; plural.version.group picks another', async () => {
    const s = source([gadgetV2, gadgetV1]);
    const cache = tmpCache();
    expect((await resolveKindName('gadgets', { discover: s.discover, cache })).info.version).toBe('v2');
    const v1 = (await resolveKindName('gadgets.v1.example.com', { discover: s.discover, cache })).info;
    expect(v1.version).toBe('v1');
    expect(kindRef(v1)).toBe('gadgets.v1.example.com');
  });
});
