// check -n on a namespace with Gateway API objects (tests/fixtures/routing-sweep, captured from the
// sandbox): routes and Gateways are judged like every other kind, what they name beyond the scan (the
// GatewayClasses, a backend namespace's Service and ReferenceGrants, a parent Gateway in another
// namespace) is read once each, and a Gateway shares its class's problem with its routes. en and ja.
import { describe, expect, it } from 'vitest';
import { buildCheckReport } from '../../commands/check.js';
import { loadDocIndex } from '../../src/docs/load.js';
import type { Lang } from '../../src/i18n/lang.js';
import { FixtureReader, fixtureObjects } from '../support/fixture-reader.js';

async function report(namespace: string, lang: Lang = 'en') {
  const reader = new FixtureReader(fixtureObjects('routing-sweep'), namespace);
  const docs = (await loadDocIndex({ docs: [], env: {} })).index;
  const r = await buildCheckReport(reader, { namespace, lang, docs });
  return { r, requests: reader.requestCount };
}
const problem = (r: Awaited<ReturnType<typeof report>>['r'], needle: string) => r.problems.find((p) => p.cause.includes(needle));
const affected = (r: Awaited<ReturnType<typeof report>>['r'], needle: string) =>
  problem(r, needle)?.affected.map((a) => `${a.kind}/${a.name}`);

describe('check -n with Gateway API objects', () => {
  it('each broken route is a problem with its cause and its fix apart', async () => {
    const { r, requests } = await report('rtsr');
    expect(requests).toBe(r.summary.requests);
    expect(problem(r, 'backendRef rtsr-apps/api:80 refused')).toMatchObject({
      severity: 'error',
      concept: 'referencegrant',
      cause: 'backendRef rtsr-apps/api:80 refused: no ReferenceGrant in rtsr-apps permits it (RefNotPermitted)',
      affected: [{ kind: 'HTTPRoute', name: 'route-cross' }],
    });
    expect(problem(r, 'rtsr-apps/api')!.fix).toMatch(/^create a ReferenceGrant in namespace rtsr-apps/);
    expect(problem(r, 'Service webb does not exist')!.fix).toBe(
      'create Service webb in rtsr, or correct the backendRef name and namespace',
    );
    expect(problem(r, 'Service web has no port 8080')!.fix).toContain('80/TCP (http)');
    expect(problem(r, 'gateway/gw has no listener named https')!.fix).toBe(
      'set parentRefs sectionName/port to one of the listeners: web (80)',
    );
    // The route whose backend is in another namespace: that Service was read beyond the scan, not reported missing.
    expect(r.problems.some((p) => p.cause.includes('Service api does not exist'))).toBe(false);
  });

  it('a GatewayClass no controller accepted: one problem for the Gateway and its route', async () => {
    const { r } = await report('rtsr');
    expect(affected(r, 'GatewayClass rtsr-none: no controller has accepted it')).toEqual(['Gateway/dark', 'HTTPRoute/route-dark']);
    const ja = (await report('rtsr', 'ja')).r;
    const p = problem(ja, 'GatewayClass rtsr-none を受け入れたコントローラーがありません')!;
    expect(p.fix).toContain('controllerName example.test/not-installed(GatewayClass rtsr-none)のコントローラーは導入され、動いていますか');
  });

  it('a route in another namespace than its Gateway: the Gateway is read beyond the scan and the Selector denial said', async () => {
    const { r } = await report('rtsr-apps');
    const p = problem(r, 'httproute/route-sel does not attach to rtsr/gw')!;
    expect(p.cause).toContain('listener web takes routes only from namespaces labelled team=web, and namespace rtsr-apps is not');
    expect(p.fix).toMatch(/^label namespace rtsr-apps so the selector matches: kubectl label namespace rtsr-apps team=web --overwrite/);
    const ja = (await report('rtsr-apps', 'ja')).r;
    expect(ja.problems[0]!.fix).toContain('kubectl label namespace rtsr-apps team=web --overwrite');
  });
});
