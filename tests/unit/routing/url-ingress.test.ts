// trace HOST/PATH through Ingresses, on objects captured from the sandbox (tests/fixtures/url-ingress,
// lab.yaml and capture.sh) through the real path: the URL plan on the plan executor, then the trace.
// Which Ingress rule a URL reaches (exact and wildcard hosts, Prefix element by element, Exact, the
// defaultBackend), what is said when none does (the nearest host, the host's paths), in en and ja,
// and how many requests each took (nothing read twice).
import { describe, expect, it } from 'vitest';
import { FixtureReader, fixtureObjects } from '../../support/fixture-reader.js';
import { traceLive } from '../../../commands/routing-run.js';
import type { KubeObject, ListOptions } from '../../../src/cluster/reader.js';
import type { Trace } from '../../../src/model/trace.js';

const NS = 'kx-url-fx';

class Recording extends FixtureReader {
  calls: string[] = [];
  constructor(objects: readonly KubeObject[] = fixtureObjects('url-ingress')) {
    super(objects, NS);
  }
  override get(kind: string, name: string, namespace?: string) {
    this.calls.push(`get ${kind} ${namespace ?? ''}/${name}`);
    return super.get(kind, name, namespace);
  }
  override list(kind: string, opts?: ListOptions) {
    this.calls.push(`list ${kind} ${opts?.namespace ?? '*'}${opts?.labelSelector ? ` ${opts.labelSelector}` : ''}`);
    return super.list(kind, opts);
  }
}

const trace = async (url: string, lang: 'en' | 'ja' = 'en', objects?: readonly KubeObject[]) => {
  const reader = new Recording(objects);
  const t = await traceLive(reader, url, NS, lang);
  return { t, requests: reader.requestCount, calls: reader.calls };
};
const rule = (t: Trace) => t.hops.find((h) => h.from.startsWith('ingress/'));
const twice = (calls: string[]) => calls.filter((c, i) => calls.indexOf(c) !== i);

describe('trace HOST/PATH: the Ingress rule a URL reaches', () => {
  it('Prefix /api takes /api/v2 (element by element): Ingress store → Service api, with the missing TLS Secret said', async () => {
    const { t, requests, calls } = await trace('store.example.test/api/v2');
    expect(t.hops[0]!.to).toBe('ingress/store');
    expect(rule(t)!.to).toBe('rule store.example.test/api');
    expect(rule(t)!.finding.detail).toContain('matched by Ingress store: host store.example.test, path /api (pathType Prefix)');
    expect(t.hops.map((h) => h.to)).toContain('service/api');
    // No controller would find the certificate: a warning that names the Secret and how to create it.
    expect(t.verdict.severity).toBe('warning');
    expect(t.verdict.text).toContain('secret/store-tls');
    expect(t.verdict.text).toContain('kubectl create secret tls store-tls');
    const ja = await trace('store.example.test/api/v2', 'ja');
    expect(rule(ja.t)!.finding.detail).toContain('Ingress store のホスト store.example.test、パス /api(pathType Prefix)が合います');
    expect(ja.t.verdict.text).toContain('store-tls');
    // Gateways, routes and Ingresses; then the class, one batch for api (4 lists) and the Secret. 9 before, all Gateway API.
    expect(calls).toContain(`list EndpointSlice ${NS} kubernetes.io/service-name=api`);
    expect(calls).toContain(`get Secret ${NS}/store-tls`);
    expect(twice(calls)).toEqual([]);
    expect(requests).toBe(10);
  });

  it('/apiv2 is not under Prefix /api: the / rule takes it; /admin/x is not Exact /admin', async () => {
    expect(rule((await trace('store.example.test/apiv2')).t)!.to).toBe('rule store.example.test/');
    expect(rule((await trace('store.example.test/admin/x')).t)!.to).toBe('rule store.example.test/');
    expect(rule((await trace('store.example.test/admin')).t)!.to).toBe('rule store.example.test/admin');
  });

  it('a wildcard host takes one label; more labels: no rule, and the fix names the Ingress and the host (en, ja)', async () => {
    expect(rule((await trace('x.apps.example.test/v1/items')).t)!.to).toBe('rule *.apps.example.test/v1');
    const { t, requests } = await trace('a.b.apps.example.test/v1');
    expect(t.verdict.severity).toBe('error');
    expect(t.hops[0]!.finding.concept).toBe('ingress');
    expect(t.hops[0]!.finding.detail).toContain('*.apps.example.test stands for exactly one DNS label');
    expect(t.verdict.text).toContain('add a rule with host a.b.apps.example.test to Ingress apps');
    const ja = await trace('a.b.apps.example.test/v1', 'ja');
    expect(ja.t.verdict.text).toContain('ホスト a.b.apps.example.test のルールを Ingress apps に加えてください');
    // Nothing reached: only the first round.
    expect(requests).toBe(4);
  });

  it('a path no rule of the host takes goes to the Ingress defaultBackend', async () => {
    const { t } = await trace('docs.example.test/other');
    expect(rule(t)!.to).toBe('defaultBackend');
    expect(rule(t)!.finding.detail).toContain('the defaultBackend of Ingress docs takes it');
    expect(t.hops.map((h) => h.to)).toContain('service/web');
    expect(rule((await trace('docs.example.test/guide')).t)!.to).toBe('rule docs.example.test/guide');
  });

  it('a mistyped host: the nearest host and its Ingress, as a fix (en, ja)', async () => {
    const { t } = await trace('stroe.example.test/');
    expect(t.verdict.severity).toBe('error');
    expect(t.verdict.text).toContain('no Ingress rule, listener or route matches stroe.example.test/');
    expect(t.verdict.text).toContain('Ingress store serves store.example.test');
    const ja = await trace('stroe.example.test/', 'ja');
    expect(ja.t.verdict.text).toContain('Ingress store が受けるのは store.example.test です');
  });

  it('a host whose rules take none of the path, and no defaultBackend: the paths that exist', async () => {
    const { t } = await trace('x.apps.example.test/v2');
    expect(t.verdict.text).toContain('request a path Ingress apps takes (/v1), or add a path matching /v2');
    expect(t.hops[0]!.finding.detail).toContain('Ingress apps takes host x.apps.example.test, but none of its paths matches /v2');
    const ja = await trace('x.apps.example.test/v2', 'ja');
    expect(ja.t.verdict.text).toContain('Ingress apps が受けるパス(/v1)を使うか');
  });

  it('an Ingress whose class no IngressClass defines: broken at the class, which the fix names (en, ja)', async () => {
    const { t } = await trace('legacy.example.test/');
    expect(t.verdict.severity).toBe('error');
    expect(t.verdict.text).toContain('client → ingress/legacy');
    expect(t.verdict.text).toContain('IngressClass nginx-old');
    expect(t.verdict.text).toContain('existing: kx-url');
    const ja = await trace('legacy.example.test/', 'ja');
    expect(ja.t.verdict.text).toContain('client → ingress/legacy');
    expect(ja.t.verdict.text).toContain('nginx-old');
  });
});

describe('trace HOST/PATH: a Gateway and an Ingress that take the same URL', () => {
  it('follows the Gateway and says, as a note, that Ingress store takes it too (DNS decides)', async () => {
    // The captured Gateway fixtures (edge takes shop.example.test/cart), with the captured Ingress store moved to that host.
    const store = fixtureObjects('url-ingress').find((o) => o.kind === 'Ingress' && o.metadata?.name === 'store')!;
    const spec = store.spec as { rules: { host: string }[] };
    const moved = {
      ...store,
      metadata: { ...store.metadata, namespace: 'kx-gw-fx' },
      spec: { ...spec, rules: [{ ...spec.rules[0]!, host: 'shop.example.test' }] },
    };
    const objects = [...fixtureObjects('gateway'), moved];
    const reader = new Recording(objects);
    const t = await traceLive(reader, 'shop.example.test/cart', 'kx-gw-fx', 'en');
    expect(t.hops.map((h) => h.to)).toContain('httproute/shop');
    const n = t.notes.find((x) => x.id === 'url.ingress.also')!;
    expect(n.title).toBe('Ingress store also takes shop.example.test/cart');
    expect(n.detail).toContain('Gateway kx-gw-fx/edge and Ingress store both take this host and path');
    const ja = await traceLive(new Recording(objects), 'shop.example.test/cart', 'kx-gw-fx', 'ja');
    expect(ja.notes.find((x) => x.id === 'url.ingress.also')!.detail).toContain('Gateway kx-gw-fx/edge と Ingress store の両方が受けます');
  });
});

describe('trace through NetworkPolicies: which policies select the Pods and which sources they admit', () => {
  it('a policy admitting only app=web Pods: a condition in the verdict, not "every hop is ok" (en, ja)', async () => {
    const { t, requests, calls } = await trace('service/api');
    expect(t.verdict.severity).toBe('info');
    expect(t.verdict.text).toContain(
      'only from the sources admitted on 9090/TCP by NetworkPolicy api-from-web (pods app=web in namespace kx-url-fx)',
    );
    expect(t.verdict.text.toLowerCase()).not.toContain('every hop is ok');
    const ja = await trace('service/api', 'ja');
    expect(ja.t.verdict.text).toContain(
      'NetworkPolicy api-from-web が 9090/TCP で許可する送信元(名前空間 kx-url-fx の Pod app=web)からだけです',
    );
    // The Service, its slices, its Pods, the policies; then the namespace's Pods (does any carry app=web?): 4 before.
    expect(calls).toContain(`list Pod ${NS}`);
    expect(twice(calls)).toEqual([]);
    expect(requests).toBe(5);
  });

  it('through an Ingress the condition says the controller must be among the sources', async () => {
    const { t } = await trace('x.apps.example.test/v1');
    expect(t.verdict.severity).toBe('info');
    expect(t.verdict.text).toContain("the Ingress controller's or Gateway's Pods must be among those sources");
  });

  it('the only source names Pods of the namespace that do not exist: broken, with both ways out (en, ja)', async () => {
    const { t } = await trace('service/web');
    expect(t.verdict.severity).toBe('error');
    expect(t.verdict.text).toContain('pods → networkpolicy/web-from-frontend');
    expect(t.verdict.text).toContain('admits 8080/TCP from Pods matching app=frontend, and no Pod of namespace kx-url-fx matches');
    expect(t.verdict.text).toContain('add a namespaceSelector to the same from entry');
    expect(t.hops.find((h) => h.status === 'broken')!.finding.concept).toBe('networkpolicy.peer');
    const ja = await trace('service/web', 'ja');
    expect(ja.t.verdict.text).toContain('名前空間 kx-url-fx にそのような Pod がありません');
    expect(ja.t.verdict.text).toContain('namespaceSelector を加えてください');
    // The URL the Ingress sends to web breaks there too.
    expect((await trace('store.example.test/')).t.verdict.text).toContain('networkpolicy/web-from-frontend');
  });

  it('a dead source beside a live one is a warning; a source in other namespaces is judged across them', async () => {
    const np = (from: unknown[]) =>
      fixtureObjects('url-ingress').map((o) =>
        o.kind === 'NetworkPolicy' && o.metadata?.name === 'web-from-frontend'
          ? { ...o, spec: { ...(o.spec as object), ingress: [{ from, ports: [{ port: 8080 }] }] } }
          : o,
      );
    const frontend = { podSelector: { matchLabels: { app: 'frontend' } } };
    const live = await trace('service/web', 'en', np([frontend, { podSelector: { matchLabels: { app: 'api' } } }]));
    expect(live.t.verdict.severity).toBe('warning');
    expect(live.t.verdict.text).toContain('Pods matching app=frontend');
    // namespaceSelector {}: every namespace; no Pod app=frontend runs in any of them (one list across namespaces).
    const nowhere = await trace('service/web', 'en', np([{ ...frontend, namespaceSelector: {} }]));
    expect(nowhere.t.verdict.severity).toBe('error');
    expect(nowhere.t.verdict.text).toContain(
      'admits 8080/TCP from Pods matching app=frontend in the namespaces matching {}, and none runs there',
    );
    expect(nowhere.t.verdict.text).toContain('kubectl get pods -A --show-labels');
    expect(nowhere.calls).toContain('list Pod * app=frontend');
    // No peer of the namespace to check: the namespace's Pods are not read.
    expect(nowhere.calls).not.toContain(`list Pod ${NS}`);
    // A frontend Pod in another namespace: admitted, the verdict states the condition.
    const web = fixtureObjects('url-ingress').find((o) => o.kind === 'Pod')!;
    const other = { ...web, metadata: { ...web.metadata, name: 'frontend-1', namespace: 'kx-url-other', labels: { app: 'frontend' } } };
    const elsewhere = await trace('service/web', 'en', [...np([{ ...frontend, namespaceSelector: {} }]), other]);
    expect(elsewhere.t.verdict.severity).toBe('info');
    expect(elsewhere.t.verdict.text).toContain('pods app=frontend in namespaces (all)');
    const ja = await trace('service/web', 'ja', np([{ ...frontend, namespaceSelector: {} }]));
    expect(ja.t.verdict.text).toContain(
      '{} に合う名前空間の app=frontend に合う Pod から許可していますが、そこにはそのような Pod がありません',
    );
  });
});

describe('trace of a LoadBalancer Service whose external address stays pending', () => {
  it('names the pending EXTERNAL-IP in the verdict, with where the controller reports and the node ports (en, ja)', async () => {
    const { t } = await trace('service/web-lb');
    expect(t.verdict.severity).toBe('warning');
    expect(t.verdict.text).toContain('client → service/web-lb');
    expect(t.verdict.text).toContain('EXTERNAL-IP <pending>');
    expect(t.verdict.text).toContain(`kubectl describe service web-lb -n ${NS}`);
    expect(t.verdict.text).toContain('meanwhile the node ports work');
    expect(t.hops[0]!.finding.concept).toBe('service.loadbalancer');
    const ja = await trace('service/web-lb', 'ja');
    expect(ja.t.verdict.text).toContain('EXTERNAL-IP が <pending> のまま');
    expect(ja.t.verdict.text).toContain(`kubectl describe service web-lb -n ${NS}`);
    expect(ja.t.hops[0]!.finding.detail).toContain('まだどのコントローラーもロードバランサーを用意していません');
  });

  it('a loadBalancerClass: only that class controller provisions it; no node ports to fall back on', async () => {
    const { t } = await trace('service/lb-class');
    expect(t.hops[0]!.finding.detail).toContain('spec.loadBalancerClass is example.test/lb');
    expect(t.verdict.text).toContain('make sure a controller for loadBalancerClass example.test/lb runs');
    expect(t.verdict.text).not.toContain('node ports work');
    expect((await trace('service/lb-class', 'ja')).t.verdict.text).toContain(
      'loadBalancerClass example.test/lb のコントローラーが動いているか確かめてください',
    );
  });
});

describe('trace of a URL with its scheme', () => {
  it('https:// to a host no tls entry names: a warning that the default certificate answers, naming the Ingress (en, ja)', async () => {
    const { t } = await trace('https://docs.example.test/guide');
    expect(t.verdict.severity).toBe('warning');
    expect(t.verdict.text).toContain('HTTPS to docs.example.test: no tls entry of Ingress docs names the host');
    expect(t.verdict.text).toContain('add docs.example.test to spec.tls[].hosts of Ingress docs');
    const ja = await trace('https://docs.example.test/guide', 'ja');
    expect(ja.t.verdict.text).toContain('Ingress docs の spec.tls[].hosts に docs.example.test を加え');
  });

  it('http:// never meets the certificate: the missing Secret is neither read nor said', async () => {
    const { t, calls } = await trace('http://store.example.test/api/v2');
    expect(t.hops.map((h) => h.to)).not.toContain('secret/store-tls');
    expect(calls.filter((c) => c.includes('Secret'))).toEqual([]);
    expect(t.verdict.severity).toBe('info');
    // Without a scheme, either may be meant: the Secret is checked.
    expect((await trace('store.example.test/api/v2')).t.hops.map((h) => h.to)).toContain('secret/store-tls');
  });
});
