// check at scale without a cluster (issue 16): the shape of bench/check.ts (N Deployments × 100 Pods
// across 20 namespaces) built from real captured objects (tests/fixtures/check: the healthy `web`
// Deployment, its ReplicaSet and a Pod, with names, uids and namespaces varied), plus the whole captured
// shop namespace, run through the real scan and check engine over a FixtureReader. It prints the CPU
// time of the check alone (scan, explain, group, annotate, render), so a change to the engine can be
// measured on a shared machine and profiled: `node --cpu-prof --import tsx bench/check-offline.ts`.
// `npx tsx bench/check-offline.ts [runs] [--deployments N] [--lang ja]`.
import { randomUUID } from 'node:crypto';
import { buildCheckReport } from '../commands/check.js';
import { loadDocIndex } from '../src/docs/load.js';
import { loadCatalogs } from '../src/i18n/localize.js';
import { renderCheckJson, renderCheckText } from '../src/render/check.js';
import type { KubeObject } from '../src/model/kube.js';
import type { Lang } from '../src/i18n/lang.js';
import { FixtureReader, fixtureObjects } from '../tests/support/fixture-reader.js';

const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && !all[i - 1]?.startsWith('--')) ?? 3);
const DEPLOYMENTS = Number(flag('--deployments') ?? 50);
const lang = (flag('--lang') ?? 'en') as Lang;
const NAMESPACES = Math.min(20, DEPLOYMENTS);
const REPLICAS = 100;

type Meta = { name: string; namespace?: string; uid?: string; ownerReferences?: Record<string, unknown>[] };
type Obj = KubeObject & { metadata: Meta };
const shop = fixtureObjects('check') as Obj[];
const one = (kind: string, name: (n: string) => boolean) => shop.find((o) => o.kind === kind && name(o.metadata.name))!;
const deployment = one('Deployment', (n) => n === 'web');
const replicaSet = one('ReplicaSet', (n) => n.startsWith('web-'));
const pod = one('Pod', (n) => n.startsWith('web-'));
const perNamespace = shop.filter((o) => ['ServiceAccount', 'ConfigMap'].includes(o.kind!));

/** A copy of a captured object in another namespace, under another name and uid; `app` relabels a web object (selectors too). */
function copy(o: Obj, namespace: string, name: string, owner?: Obj, app?: string): Obj {
  const c = (app ? JSON.parse(JSON.stringify(o).replaceAll('"app":"web"', `"app":"${app}"`)) : structuredClone(o)) as Obj;
  c.metadata.name = name;
  c.metadata.namespace = namespace;
  c.metadata.uid = randomUUID();
  if (owner) c.metadata.ownerReferences = [{ ...c.metadata.ownerReferences?.[0], name: owner.metadata.name, uid: owner.metadata.uid }];
  return c;
}

function snapshot(): KubeObject[] {
  const out: KubeObject[] = [...shop];
  const ns = (i: number) => `kx-bench-check-${String(i).padStart(2, '0')}`;
  for (let n = 0; n < NAMESPACES; n++) {
    out.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns(n), uid: randomUUID() }, status: { phase: 'Active' } });
    for (const o of perNamespace) out.push(copy(o, ns(n), o.metadata.name));
  }
  for (let d = 0; d < DEPLOYMENTS; d++) {
    const namespace = ns(d % NAMESPACES);
    const app = `app-${d}`;
    const dep = copy(deployment, namespace, app, undefined, app);
    const rs = copy(replicaSet, namespace, `${app}-bench`, dep, app);
    out.push(dep, rs);
    for (let i = 0; i < REPLICAS; i++) out.push(copy(pod, namespace, `${app}-bench-${i}`, rs, app));
  }
  return out;
}

const objects = snapshot();
const docs = (await loadDocIndex({ docs: [], env: {} })).index;
// As `check` does: its language's catalogs, before anything is said.
await loadCatalogs(lang);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const ms: number[] = [];
let output = '';
for (let r = 0; r < runs; r++) {
  const c0 = cpu();
  const reader = new FixtureReader(objects);
  const report = await buildCheckReport(reader, { lang, docs });
  output = renderCheckText(report, lang) + renderCheckJson(report);
  ms.push(cpu() - c0);
}
const pods = objects.filter((o) => o.kind === 'Pod').length;
console.log(
  `check-offline: ${pods} Pods, ${objects.length} objects, ${runs} runs: CPU ${ms.map((m) => m.toFixed(0)).join(' / ')} ms, ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, output ${output.length} chars`,
);
if (process.argv.includes('--print')) process.stdout.write(output);
