// Benchmark: `kubexplain trace httproute/shop` of an HTTPRoute with 10 rules, each to its own
// Service of 100 kwok Pods (1,000 endpoints behind the route), end to end through the built binary,
// with the route's status written as a controller would. Median of N runs; target: under 1 s.
// Uses $KUBECONFIG (the Gateway API CRDs must be installed: sandbox/up does it). Creates its own
// namespace and GatewayClass and deletes them at the end.
// Run with `npx tsx bench/trace-httproute.ts [pods-per-service] [runs]` (KX_BENCH_KEEP=1 keeps what it made).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const bin = join(here, '..', 'bin', 'kubexplain');
const perService = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 5);
const RULES = 10;
const id = Math.random().toString(36).slice(2, 7);
const ns = `kx-bench-route-${id}`;
const cls = `kx-bench-${id}`;
const kc = process.env.KUBECONFIG;
if (!kc) throw new Error('set KUBECONFIG to a cluster with the Gateway API CRDs (the sandbox)');
const env = { ...process.env, NO_COLOR: '1' };
const kubectl = (args: string[], input?: string) =>
  execFileSync('kubectl', args, { env, encoding: 'utf8', maxBuffer: 256 << 20, ...(input ? { input } : {}) });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(args: string[]): number {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const services = Array.from({ length: RULES }, (_, i) => `svc${i}`);
const manifest = [
  ...services.flatMap((s) => [
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${s}, namespace: ${ns}}
spec:
  replicas: ${perService}
  selector: {matchLabels: {app: ${s}}}
  template:
    metadata: {labels: {app: ${s}}}
    spec:
      containers: [{name: app, image: example.test/app:1, ports: [{name: http, containerPort: 8080}]}]`,
    `apiVersion: v1
kind: Service
metadata: {name: ${s}, namespace: ${ns}}
spec:
  selector: {app: ${s}}
  ports: [{name: http, port: 80, targetPort: http}]`,
  ]),
  `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: ${cls}}
spec: {controllerName: example.test/bench}`,
  `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: ${ns}}
spec:
  gatewayClassName: ${cls}
  listeners: [{name: http, protocol: HTTP, port: 80}]`,
  `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: shop, namespace: ${ns}}
spec:
  parentRefs: [{name: edge}]
  rules:
${services.map((s) => `  - matches: [{path: {type: PathPrefix, value: /${s}}}]\n    backendRefs: [{name: ${s}, port: 80}]`).join('\n')}`,
].join('\n---\n');

try {
  kubectl(['create', 'namespace', ns]);
  for (let i = 0; i < 60 && !kubectl(['get', 'serviceaccounts', '-n', ns, '-o', 'name']).includes('default'); i++)
    await new Promise((r) => setTimeout(r, 500));
  kubectl(['apply', '-f', '-'], manifest);
  const started = Date.now();
  let ready = 0;
  while (ready < perService * RULES) {
    if (Date.now() - started > 15 * 60_000) throw new Error(`only ${ready} endpoints ready after 15 minutes`);
    await new Promise((r) => setTimeout(r, 3000));
    const list = JSON.parse(kubectl(['get', 'endpointslices', '-n', ns, '-o', 'json'])) as {
      items: { endpoints?: { conditions?: { ready?: boolean } }[] }[];
    };
    ready = list.items.flatMap((s) => s.endpoints ?? []).filter((e) => e.conditions?.ready).length;
  }
  const cond = (type: string) => ({
    type,
    status: 'True',
    reason: type,
    message: type,
    observedGeneration: 1,
    lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  kubectl([
    'patch',
    'gatewayclass',
    cls,
    '--subresource=status',
    '--type=merge',
    '-p',
    JSON.stringify({ status: { conditions: [cond('Accepted')] } }),
  ]);
  kubectl([
    'patch',
    'httproute',
    'shop',
    '-n',
    ns,
    '--subresource=status',
    '--type=merge',
    '-p',
    JSON.stringify({
      status: {
        parents: [
          {
            parentRef: { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'edge' },
            controllerName: 'example.test/bench',
            conditions: [cond('Accepted'), cond('ResolvedRefs')],
          },
        ],
      },
    }),
  ]);
  console.log(`trace-httproute: ${ready} ready endpoints behind ${RULES} rules after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const args = ['trace', 'httproute/shop', '-n', ns];
  time(args);
  const a: number[] = [];
  for (let i = 0; i < runs; i++) a.push(time(args));
  console.log(
    `trace-httproute: kubexplain trace httproute/shop (${RULES} rules, ${ready} endpoints) median ${median(a).toFixed(1)} ms of ${runs} runs [${a.map((x) => x.toFixed(0)).join(', ')}] (target < 1000 ms)`,
  );
} finally {
  // KX_BENCH_KEEP=1 keeps the namespace for profiling (node --cpu-prof bin/kubexplain trace httproute/shop -n NS).
  if (process.env.KX_BENCH_KEEP) console.log(`trace-httproute: kept namespace ${ns} and GatewayClass ${cls}`);
  else
    try {
      kubectl(['delete', 'namespace', ns, '--wait=false']);
      kubectl(['delete', 'gatewayclass', cls, '--wait=false']);
    } catch {
      console.log(`trace-httproute: could not delete namespace ${ns} or GatewayClass ${cls}`);
    }
}
