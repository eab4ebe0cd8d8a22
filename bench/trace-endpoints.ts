// Benchmark: `kubexplain trace` of a Service with 1,000 endpoints (a Deployment of 1,000 kwok Pods;
// the EndpointSlice controller splits them into slices of 100), end to end, against
// `kubectl get endpointslices -l kubernetes.io/service-name=...` on the same Service. Median of 5
// alternating runs each and their ratio; target: the trace under 1 s. Uses $KUBECONFIG when set,
// else starts the sandbox. Creates its own namespace and deletes it at the end.
// Run with `npx tsx bench/trace-endpoints.ts [replicas] [runs]`.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const bin = join(here, '..', 'bin', 'kubexplain');
const replicas = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);
const ns = `kx-bench-trace-${Math.random().toString(36).slice(2, 7)}`;

async function kubeconfig(): Promise<string> {
  if (process.env.KUBECONFIG) return process.env.KUBECONFIG;
  console.log('trace-endpoints: KUBECONFIG not set, starting the sandbox');
  const { up } = await import('../sandbox/sandbox.js');
  return up();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kc = await kubeconfig();
const env = { ...process.env, KUBECONFIG: kc, NO_COLOR: '1' };
const kubectl = (args: string[], input?: string) =>
  execFileSync('kubectl', args, { env, encoding: 'utf8', maxBuffer: 256 << 20, ...(input ? { input } : {}) });
function time(cmd: string, args: string[]): number {
  const t = process.hrtime.bigint();
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env, maxBuffer: 256 << 20 });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const manifest = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: many, namespace: ${ns}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: many}}
  template:
    metadata: {labels: {app: many}}
    spec:
      containers: [{name: app, image: example.test/many:1, ports: [{name: http, containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: many, namespace: ${ns}}
spec:
  selector: {app: many}
  ports: [{name: http, port: 80, targetPort: http}]
`;

try {
  // The namespace first: Pods are refused until its default ServiceAccount exists.
  kubectl(['create', 'namespace', ns]);
  for (let i = 0; i < 60 && !kubectl(['get', 'serviceaccounts', '-n', ns, '-o', 'name']).includes('default'); i++)
    await new Promise((r) => setTimeout(r, 500));
  kubectl(['apply', '-f', '-'], manifest);
  const started = Date.now();
  let ready = 0;
  let slices = 0;
  while (ready < replicas) {
    if (Date.now() - started > 15 * 60_000) throw new Error(`only ${ready}/${replicas} endpoints ready after 15 minutes`);
    await new Promise((r) => setTimeout(r, 3000));
    const list = JSON.parse(kubectl(['get', 'endpointslices', '-n', ns, '-l', 'kubernetes.io/service-name=many', '-o', 'json'])) as {
      items: { endpoints?: { conditions?: { ready?: boolean } }[] }[];
    };
    slices = list.items.length;
    ready = list.items.flatMap((s) => s.endpoints ?? []).filter((e) => e.conditions?.ready).length;
  }
  console.log(
    `trace-endpoints: ${ready} ready endpoints in ${slices} EndpointSlices after ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const kx = [bin, 'trace', 'service/many', '-n', ns];
  const kctl = ['get', 'endpointslices', '-n', ns, '-l', 'kubernetes.io/service-name=many'];
  time(process.execPath, kx);
  time('kubectl', kctl);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(time(process.execPath, kx));
    b.push(time('kubectl', kctl));
  }
  const ma = median(a);
  const mb = median(b);
  console.log(
    `trace-endpoints: kubexplain trace service/many (${replicas} endpoints) ${ma.toFixed(1)} ms, kubectl get endpointslices ${mb.toFixed(1)} ms, ratio ${(ma / mb).toFixed(2)} (target: trace < 1000 ms; median of ${runs} alternating runs)`,
  );
} finally {
  try {
    kubectl(['delete', 'namespace', ns, '--wait=false']);
  } catch {
    console.log(`trace-endpoints: could not delete namespace ${ns}`);
  }
}
