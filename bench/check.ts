// check at scale (issue 16): 5,000 Pods in 50 Deployments across 20 namespaces on kwok, then
// `kubexplain check -A` beside `kubectl get pods -A -o json` on the same cluster, alternating runs,
// medians, peak RSS (GNU time) and the request count check printed. The Deployments are paused and
// their ReplicaSets and Pods created here, the Pods bound to the kwok nodes directly: the controllers
// would take minutes to create 5,000 Pods on 2 cores, and what is measured is reading and explaining
// them. Targets: ≤ 2 s, ≤ 300 MB. `npx tsx bench/check.ts [runs] [--keep] [--deployments N]`, KUBECONFIG
// set or the sandbox is started. `--deployments 10` is a 1,000-Pod subset of the same objects (for a shared
// machine); CPU time (user+sys) is printed beside wall time, as it holds while others use the cores.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { mapLimit } from '../src/cluster/pool.js';

const here = new URL('.', import.meta.url).pathname;
const bin = process.env.KX_BIN ?? join(here, '..', 'bin', 'kubexplain');
const runs = Number(process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && all[i - 1] !== '--deployments') ?? 3);
const keep = process.argv.includes('--keep');
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const DEPLOYMENTS = flag('--deployments') ?? 50;
// Deployment d lives in namespace d % 20 at any scale, so a smaller run is a subset of the full one.
const NAMESPACES = Math.min(20, DEPLOYMENTS);
const REPLICAS = 100;
const ns = (i: number) => `kx-bench-check-${String(i).padStart(2, '0')}`;

const kubeconfig = process.env.KUBECONFIG ?? (await (await import('../sandbox/sandbox.js')).up());
const kc = new k8s.KubeConfig();
kc.loadFromFile(kubeconfig);
const core = kc.makeApiClient(k8s.CoreV1Api);
const apps = kc.makeApiClient(k8s.AppsV1Api);

const exists = async (f: () => Promise<unknown>) =>
  f().then(
    () => true,
    () => false,
  );

async function seed(): Promise<void> {
  const nodes = (await core.listNode({ labelSelector: 'type=kwok' })).items.map((n) => n.metadata!.name!);
  for (let n = 0; n < NAMESPACES; n++) {
    if (!(await exists(() => core.readNamespace({ name: ns(n) })))) await core.createNamespace({ body: { metadata: { name: ns(n) } } });
  }
  let created = 0;
  const t = Date.now();
  for (let d = 0; d < DEPLOYMENTS; d++) {
    const namespace = ns(d % NAMESPACES);
    const name = `app-${d}`;
    if (await exists(() => apps.readNamespacedDeployment({ name, namespace }))) continue;
    const labels = { app: name, 'pod-template-hash': 'bench' };
    const spec = { containers: [{ name: 'app', image: 'example.test/app:1', resources: { requests: { cpu: '1m' } } }] };
    const deploy = await apps.createNamespacedDeployment({
      namespace,
      body: {
        metadata: { name },
        spec: {
          paused: true,
          replicas: REPLICAS,
          selector: { matchLabels: { app: name } },
          template: { metadata: { labels: { app: name } }, spec },
        },
      },
    });
    const owner = (o: { kind: string; metadata?: { name?: string; uid?: string } }) => [
      { apiVersion: 'apps/v1', kind: o.kind, name: o.metadata!.name!, uid: o.metadata!.uid!, controller: true, blockOwnerDeletion: true },
    ];
    const rs = await apps.createNamespacedReplicaSet({
      namespace,
      body: {
        metadata: { name: `${name}-bench`, labels, ownerReferences: owner({ kind: 'Deployment', ...deploy }) },
        spec: { replicas: REPLICAS, selector: { matchLabels: labels }, template: { metadata: { labels }, spec } },
      },
    });
    await mapLimit(
      Array.from({ length: REPLICAS }, (_, i) => i),
      16,
      async (i) => {
        await core.createNamespacedPod({
          namespace,
          body: {
            metadata: { name: `${name}-bench-${i}`, labels, ownerReferences: owner({ kind: 'ReplicaSet', ...rs }) },
            spec: { ...spec, nodeName: nodes[i % nodes.length] },
          },
        });
        created++;
      },
    );
  }
  if (created) console.log(`bench: created ${created} Pods in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

interface Sample {
  ms: number;
  cpuMs: number;
  rssMb: number;
  stdout: string;
}

function sample(cmd: string[]): Sample {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...cmd], {
    env: { ...process.env, KUBECONFIG: kubeconfig, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  // check exits 1 when it finds problems; only a crash matters here.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd.join(' ')} exited ${r.status}: ${r.stderr.slice(-400)}`);
  const [user, sys, kb] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { ms, cpuMs: (user! + sys!) * 1000, rssMb: kb! / 1024, stdout: r.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await seed();
const pods = (await core.listPodForAllNamespaces({ limit: 1 })).metadata?.remainingItemCount ?? 0;
console.log(
  `bench: check -A on ${pods + 1} Pods (${DEPLOYMENTS} Deployments × ${REPLICAS} in ${NAMESPACES} namespaces, and whatever else runs)`,
);
const kx: Sample[] = [];
const kubectl: Sample[] = [];
for (let i = 0; i < runs; i++) {
  kx.push(sample([process.execPath, bin, 'check', '-A', '-o', 'json']));
  kubectl.push(sample(['kubectl', 'get', 'pods', '-A', '-o', 'json']));
}
const report = JSON.parse(kx[0]!.stdout) as { summary: { objects: number; requests: number } };
const a = median(kx.map((s) => s.ms));
const b = median(kubectl.map((s) => s.ms));
console.log(
  `check -A: ${a.toFixed(0)} ms (CPU ${median(kx.map((s) => s.cpuMs)).toFixed(0)} ms), ${median(kx.map((s) => s.rssMb)).toFixed(0)} MB, ` +
    `${report.summary.requests} requests, ${report.summary.objects} objects` +
    ` | kubectl get pods -A -o json: ${b.toFixed(0)} ms (CPU ${median(kubectl.map((s) => s.cpuMs)).toFixed(0)} ms), ` +
    `${median(kubectl.map((s) => s.rssMb)).toFixed(0)} MB | ratio ${(a / b).toFixed(2)}` +
    ` | targets ≤ 2000 ms, ≤ 300 MB: ${a <= 2000 ? 'met' : 'not met'}, ${median(kx.map((s) => s.rssMb)) <= 300 ? 'met' : 'not met'}`,
);
if (!keep) {
  for (let n = 0; n < NAMESPACES; n++) await core.deleteNamespace({ name: ns(n) }).catch(() => undefined);
  console.log('bench: namespaces deleted (--keep keeps them)');
}
