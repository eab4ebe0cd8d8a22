// trace of Gateway API objects on captured objects (tests/fixtures/gateway, capture.sh) through the real
// path: the trace's plan (src/routing/gateway-plan.ts) run by the one plan executor, backends included.
// The broken hop, the objects it names and the fix, in en and ja, and how many requests each took.
import { describe, expect, it } from 'vitest';
import { ExitCode, KxError } from '../../../src/errors.js';
import { quoted } from '../../../src/model/message.js';
import { FixtureReader, fixtureObjects } from '../../support/fixture-reader.js';
import { traceLive } from '../../../commands/routing-run.js';
import type { ListOptions } from '../../../src/cluster/reader.js';
import type { Trace } from '../../../src/model/trace.js';

const NS = 'kx-gw-fx';
const OTHER = 'kx-gw-fx-other';

/** A fixture reader that records each request, and refuses the lists `refuse` names (kind@namespace) as the API server would. */
class Recording extends FixtureReader {
  calls: string[] = [];
  constructor(private readonly refuse: string[] = []) {
    super(fixtureObjects('gateway'), NS);
  }
  override get(kind: string, name: string, namespace?: string) {
    this.calls.push(`get ${kind} ${namespace ?? ''}/${name}`);
    return super.get(kind, name, namespace);
  }
  override list(kind: string, opts?: ListOptions) {
    this.calls.push(`list ${kind} ${opts?.namespace ?? '*'}${opts?.labelSelector ? ` ${opts.labelSelector}` : ''}`);
    if (this.refuse.includes(`${kind}@${opts?.namespace ?? '*'}`)) {
      this.requestCount++;
      return Promise.reject(
        new KxError(quoted(`forbidden: cannot list ${kind}`), ExitCode.forbidden, undefined, {
          request: {
            verb: 'list',
            resource: kind === 'Pod' ? 'pods' : kind.toLowerCase(),
            ...(opts?.namespace ? { namespace: opts.namespace } : {}),
          },
        }),
      );
    }
    return super.list(kind, opts);
  }
}

const trace = async (target: string, lang: 'en' | 'ja' = 'en', ns = NS, refuse: string[] = []) => {
  const reader = new Recording(refuse);
  const t = await traceLive(reader, target, ns, lang);
  return { t, requests: reader.requestCount, calls: reader.calls };
};
const broken = (t: Trace) => t.hops.find((h) => h.status === 'broken');
const twice = (calls: string[]) => calls.filter((c, i) => calls.indexOf(c) !== i);

describe('trace of Gateway API routes: backends through the plan executor', () => {
  it('httproute/shop (one backend Service): route, Gateway, classes, then one batch for web: 7 requests', async () => {
    const { t, requests, calls } = await trace('httproute/shop');
    expect(t.hops.slice(0, 4).map((h) => h.to)).toEqual(['gatewayclass/kx-gw-fx', 'gateway/edge', 'listener http', 'httproute/shop']);
    expect(t.hops.map((h) => h.to)).toContain('service/web');
    // The captured namespace has no Pods: the Service chain of the backend breaks there, in both languages.
    expect(broken(t)!.finding.id).toBe('endpoints.none');
    expect(t.verdict.text).toContain('selector app=web matches no Pod');
    const ja = await trace('httproute/shop', 'ja');
    expect(ja.t.verdict.text).toContain('セレクター app=web に合う Pod がありません');
    // 9 before the move too: the route, its Gateway, the classes, four lists for web; no Pod matched, so the workloads (2).
    expect(calls).toContain(`list EndpointSlice ${NS} kubernetes.io/service-name=web`);
    expect(twice(calls)).toEqual([]);
    expect(requests).toBe(9);
  });

  it('httproute/cross-db: the backend in another namespace needs a ReferenceGrant (none lets db through)', async () => {
    const { t, requests } = await trace('httproute/cross-db');
    expect(broken(t)!.finding.id).toBe('backend.nogrant');
    expect(broken(t)!.to).toBe(`backendRef ${OTHER}/db:5432`);
    expect(t.verdict.text).toContain(`create a ReferenceGrant in namespace ${OTHER}`);
    // The verdict names the cause, not only the backend and its weight.
    expect(t.verdict.text).toContain(`backendRef ${OTHER}/db:5432 refused: no ReferenceGrant in ${OTHER} permits it (RefNotPermitted)`);
    expect((await trace('httproute/cross-db', 'ja')).t.verdict.text).toContain(`Namespace ${OTHER} に ReferenceGrant を作成してください`);
    expect(requests).toBe(10);
  });

  it('httproute/nosvc: a backend Service that does not exist is missing, not unknown', async () => {
    const { t, requests } = await trace('httproute/nosvc');
    expect(broken(t)!.finding.id).toBe('backend.missing');
    expect(t.verdict.text).toContain(`create Service webb in ${NS}`);
    expect(t.verdict.text).toContain(`backendRef ${NS}/webb:80: Service webb does not exist (BackendNotFound)`);
    const ja = (await trace('httproute/nosvc', 'ja')).t.verdict.text;
    expect(ja).toContain(`Service webb を ${NS} に作成する`);
    expect(ja).toContain('Service webb がありません(BackendNotFound)');
    expect(requests).toBe(7);
  });

  it('gateway/edge (11 routes, backends in 2 namespaces): one batch per namespace, no list read twice (19 requests before)', async () => {
    const { t, requests, calls } = await trace('gateway/edge:http');
    expect(t.hops.map((h) => h.to)).toEqual(
      expect.arrayContaining(['httproute/shop', 'httproute/cross', 'grpcroute/rpc', 'service/api', 'service/web']),
    );
    expect(calls).toContain(`list EndpointSlice ${NS} kubernetes.io/service-name in (web,webb)`);
    expect(calls).toContain(`list EndpointSlice ${OTHER} kubernetes.io/service-name in (api,db)`);
    expect(twice(calls)).toEqual([]);
    expect(requests).toBe(17);
    const ja = await trace('gateway/edge:http', 'ja');
    expect(ja.t.verdict.text).toContain('セレクター app=api に合う Pod がありません');
  });

  it('a URL: only the backends of the rule it reaches are read (18 requests before: every route of the cluster)', async () => {
    const { t, requests, calls } = await trace('shop.example.test/cart');
    expect(t.hops.map((h) => h.to)).toEqual([
      'gatewayclass/kx-gw-fx',
      'gateway/edge',
      'listener http',
      'httproute/shop',
      'rule 1',
      'backendRef web:80',
      'service/web',
      'targetPort 8080',
      'endpointslices',
      'pods',
      'container',
    ]);
    expect(calls.filter((c) => c.includes(OTHER))).toEqual([]);
    // 9 + the Ingresses (one list): an Ingress may take the same URL (said as a note) or the one no Gateway takes.
    expect(calls).toContain('list Ingress *');
    expect(requests).toBe(10);
  });

  it('a refused list of a backend namespace is a warning naming the permission, and that part is unknown (en, ja)', async () => {
    const { t, requests } = await trace('httproute/cross', 'en', NS, [`Pod@${OTHER}`]);
    expect(t.warnings.join('\n')).toMatch(new RegExp(`list.*pods.*${OTHER}`));
    expect(t.hops.find((h) => h.to === 'service/api')).toBeDefined();
    // No Pod list: the trace cannot say the selector matches none; the causes are not read either.
    expect(t.hops.find((h) => h.finding.id === 'pods.none')).toBeUndefined();
    expect(requests).toBe(8);
    const ja = await trace('httproute/cross', 'ja', NS, [`Pod@${OTHER}`]);
    expect(ja.t.warnings.join('\n')).toContain(OTHER);
    expect(ja.t.warnings.join('\n')).toMatch(/権限/);
  });
});
