// dns reads through the one plan executor (src/routing/dns-plan.ts): the target, then its reads at once;
// a 403 on a secondary read is a warning naming the permission, and that part stays unknown.
import { describe, expect, it } from 'vitest';
import { dnsLive } from '../../../commands/routing-run.js';
import { fromStatus } from '../../../src/cluster/errors.js';
import type { ListOptions } from '../../../src/cluster/reader.js';
import { FixtureReader, fixtureObjects } from '../../support/fixture-reader.js';

const NS = 'rtlab';

class NoStatefulSets extends FixtureReader {
  override list(kind: string, opts?: ListOptions) {
    if (kind === 'StatefulSet') {
      this.requestCount++;
      return Promise.reject(fromStatus(403, { verb: 'list', resource: 'statefulsets.apps', namespace: NS }, 'https://sandbox'));
    }
    return super.list(kind, opts);
  }
}

describe('dns through its read plan', () => {
  it('a headless Service: the Service, then the Corefile, its EndpointSlices and the StatefulSets (4 requests)', async () => {
    const reader = new FixtureReader(fixtureObjects('routing-verdicts'), NS);
    const d = await dnsLive(reader, 'service/db', NS, 'en');
    expect(reader.requestCount).toBe(4);
    expect(d.warnings).toEqual([]);
    expect(d.notes.some((n) => n.id === 'dns.sts.servicename')).toBe(true);
  });

  it('StatefulSets forbidden: a warning names the permission (en, ja), and no serviceName verdict is guessed', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const reader = new NoStatefulSets(fixtureObjects('routing-verdicts'), NS);
      const d = await dnsLive(reader, 'service/db', NS, lang);
      expect(d.warnings.join('\n')).toMatch(lang === 'en' ? /list.*statefulsets\.apps/ : /statefulsets\.apps/);
      expect(d.notes.some((n) => n.id === 'dns.sts.servicename')).toBe(false);
    }
  });
});
