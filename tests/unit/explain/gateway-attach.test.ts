// explain httproute when the Gateway's controller did not accept the route (Accepted=False with the
// Gateway API reasons), on objects captured from the sandbox (tests/fixtures/gateway-attach): the
// verdict says why the route does not attach (which listener, which hostnames, which namespace), not
// only which parent, in en and ja. Through the real read plan.
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../../support/fixture-reader.js';

const explain = async (name: string, lang: 'en' | 'ja' = 'en', ns = 'rtsw3') =>
  (await explainFixture('gateway-attach', 'HTTPRoute', name, ns, lang)).e;

describe('explain httproute: a route the controller did not accept says why', () => {
  it('sectionName naming no listener (NoMatchingParent): the listener it names does not exist; the ones that do', async () => {
    const e = await explain('route-section');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('httproute/route-section does not attach to rtsw3/gw:https: gateway/gw has no listener named https');
    expect(e.verdict.text).toContain('set parentRefs sectionName/port to one of the listeners: web (80)');
    const ja = await explain('route-section', 'ja');
    expect(ja.verdict.text).toContain(
      'httproute/route-section は rtsw3/gw:https につながりません: gateway/gw に名前が https のリスナーがありません',
    );
  });

  it('hostnames no listener accepts (NoMatchingListenerHostname): both sides named', async () => {
    const e = await explain('route-host');
    expect(e.verdict.text).toContain(
      'does not attach to rtsw3/gw: its hostnames (api.other.test) match no listener hostname (*.shop.test)',
    );
    const ja = await explain('route-host', 'ja');
    expect(ja.verdict.text).toContain('ルートのホスト名(api.other.test)はどのリスナーのホスト名(*.shop.test)にも合いません');
  });

  it('another namespace while allowedRoutes is Same (NotAllowedByListeners): names listener web, not "*"', async () => {
    const e = await explain('route-ns', 'en', 'rtsw3-apps');
    expect(e.verdict.text).toContain(
      'httproute/route-ns does not attach to rtsw3/gw: listener web does not allow routes from namespace rtsw3-apps',
    );
    expect(e.verdict.text).toContain('set allowedRoutes.namespaces.from of listener web (gateway/gw) to All');
    expect(e.verdict.text).not.toContain('listener *');
    const ja = await explain('route-ns', 'ja', 'rtsw3-apps');
    expect(ja.verdict.text).toContain('リスナー web は Namespace rtsw3-apps のルートを受け付けません');
    expect(ja.verdict.text).toContain('ルートを rtsw3 に作ってください');
  });

  it('the accepted route keeps its verdict', async () => {
    expect((await explain('route-ok')).verdict.text).toContain('httproute/route-ok is accepted by gateway/gw');
  });
});
