// A route whose parent Gateway, or whose Gateway's GatewayClass, does not exist (objects captured from the
// sandbox, tests/fixtures/gateway-missing, no status written by anyone), through the trace's real plan:
// the verdict says the object is missing (not only its name), names it, and gives the next step; the
// Gateway that nothing accepted is not said to be rejected by a controller.
import { describe, expect, it } from 'vitest';
import { FixtureReader, explainFixture, fixtureObjects } from '../../support/fixture-reader.js';
import { traceLive } from '../../../commands/routing-run.js';

const NS = 'kx-gwmiss';
const trace = (target: string, lang: 'en' | 'ja' = 'en') =>
  traceLive(new FixtureReader(fixtureObjects('gateway-missing'), NS), target, NS, lang);

describe('trace: a parent that does not exist', () => {
  it('route-nogw: the Gateway edge does not exist — the verdict says so and asks to create it or fix parentRefs', async () => {
    const t = await trace('httproute/route-nogw');
    const b = t.hops.find((h) => h.status === 'broken')!;
    expect(b.finding.id).toBe('gateway.missing');
    expect(b.to).toBe('gateway/edge');
    expect(t.verdict.text).toBe(
      `Broken at client → gateway/edge: Gateway ${NS}/edge does not exist — create the Gateway, or correct parentRefs (name, namespace) of the route`,
    );
    const ja = await trace('httproute/route-nogw', 'ja');
    expect(ja.verdict.text).toContain(
      `Gateway ${NS}/edge がありません — Gateway を作成するか、ルートの parentRefs(name、namespace)を直してください`,
    );
  });

  it('route-noclass: the GatewayClass does not exist — the verdict says so, and the Gateway is one no controller took (not a rejection)', async () => {
    const t = await trace('httproute/route-noclass');
    const b = t.hops.find((h) => h.status === 'broken')!;
    expect(b.finding.id).toBe('gatewayclass.missing');
    expect(t.verdict.text).toContain(
      'GatewayClass kx-gwmiss-nosuch does not exist — set spec.gatewayClassName of gateway/gw-noclass to an existing class (kx-gwmiss)',
    );
    const gw = t.hops.find((h) => h.to === 'gateway/gw-noclass')!;
    expect(gw.finding.id).toBe('gateway.pending');
    expect(gw.finding.title).toBe(`Gateway ${NS}/gw-noclass: no controller has taken it`);
    // The API server's default status is not a controller's verdict.
    expect(JSON.stringify(t.hops)).not.toMatch(/Accepted=False|rejected/);
    const ja = await trace('httproute/route-noclass', 'ja');
    expect(ja.verdict.text).toContain('GatewayClass kx-gwmiss-nosuch がありません — gateway/gw-noclass の spec.gatewayClassName を');
    expect(ja.hops.find((h) => h.to === 'gateway/gw-noclass')!.finding.title).toBe(
      `Gateway ${NS}/gw-noclass を引き受けたコントローラーがありません`,
    );
  });

  it('explain gateway/gw-noclass: the same cause, and the existing classes are named (not "none")', async () => {
    const { e } = await explainFixture('gateway-missing', 'Gateway', 'gw-noclass', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toBe(
      'GatewayClass kx-gwmiss-nosuch does not exist — set spec.gatewayClassName of gateway/gw-noclass to an existing class (kx-gwmiss), or install the controller that creates it',
    );
    const ja = (await explainFixture('gateway-missing', 'Gateway', 'gw-noclass', NS, 'ja')).e;
    expect(ja.verdict.text).toContain(
      'GatewayClass kx-gwmiss-nosuch がありません — gateway/gw-noclass の spec.gatewayClassName を既存のクラス(kx-gwmiss)に',
    );
  });
});
