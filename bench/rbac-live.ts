// Live who-can benchmark: 10,000 RoleBindings and 2,000 ClusterRoleBindings created IN A REAL API SERVER
// (the sandbox, or $KUBECONFIG), then `kubexplain who-can get pods -A -o json` timed (median of 5) with and
// without SubjectAccessReview verification, its peak RSS (/usr/bin/time -v), and `kubectl get
// rolebindings,clusterrolebindings -A -o json` for comparison. Targets: ≤ 2 s and ≤ 250 MB.
// The objects (label kubexplain.io/bench=rbac, namespaces rbac-bench-NNN) are created idempotently by this
// script — never by the tool — and deleted at the end unless --keep.
// Run: npx tsx bench/rbac-live.ts [--keep]
import { execFile, spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as k8s from '@kubernetes/client-node';

const run = promisify(execFile);
const here = new URL('.', import.meta.url).pathname;
const bin = join(here, '..', 'bin', 'kubexplain');
const keep = process.argv.includes('--keep');
const LABEL = { 'kubexplain.io/bench': 'rbac' };
const NAMESPACES = 100;
const RB_PER_NS = 100;
const CRBS = 2_000;
const RBAC = 'rbac.authorization.k8s.io';

async function kubeconfigPath(): Promise<string> {
  if (process.env.KUBECONFIG) return process.env.KUBECONFIG;
  console.log('no $KUBECONFIG: starting the sandbox (sandbox/sandbox.ts up())');
  const { up } = await import('../sandbox/sandbox.js');
  return up();
}

async function pool<T>(items: readonly T[], limit: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ns = (i: number) => `rbac-bench-${String(i).padStart(3, '0')}`;

// Deterministic choice so reruns create the same objects.
const pick = <T>(list: readonly T[], i: number, salt: number) => list[((i * 2654435761 + salt * 40503) % list.length) >>> 0]!;

function subjectFor(i: number, namespace: string): k8s.RbacV1Subject {
  const r = (i * 7919) % 10;
  if (r < 5) return { kind: 'ServiceAccount', name: `sa-${(i * 31) % 10}`, namespace };
  if (r < 8) return { kind: 'User', name: `user-${(i * 17) % 300}`, apiGroup: RBAC };
  return { kind: 'Group', name: `group-${(i * 13) % 30}`, apiGroup: RBAC };
}

async function create(kc: k8s.KubeConfig): Promise<void> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
  const ignoreExists = (err: unknown) => {
    const code = (err as { code?: number }).code;
    if (code !== 409) throw err;
  };
  const existingRb = new Set(
    (await rbac.listRoleBindingForAllNamespaces({ labelSelector: 'kubexplain.io/bench=rbac' })).items.map(
      (b) => `${b.metadata!.namespace}/${b.metadata!.name}`,
    ),
  );
  const existingCrb = new Set(
    (await rbac.listClusterRoleBinding({ labelSelector: 'kubexplain.io/bench=rbac' })).items.map((b) => b.metadata!.name!),
  );
  if (existingRb.size >= NAMESPACES * RB_PER_NS && existingCrb.size >= CRBS) {
    console.log(`bench objects already present: ${existingRb.size} RoleBindings, ${existingCrb.size} ClusterRoleBindings`);
    return;
  }
  const t0 = performance.now();
  const clusterRoles = Array.from({ length: 20 }, (_, i) => `rbac-bench-cr-${String(i).padStart(2, '0')}`);
  await pool(clusterRoles, 16, async (name) => {
    const i = Number(name.slice(-2));
    const rules =
      i % 2 === 0
        ? [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }]
        : [
            { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'update'] },
            { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
          ];
    await rbac.createClusterRole({ body: { metadata: { name, labels: LABEL }, rules } }).catch(ignoreExists);
  });
  const namespaces = Array.from({ length: NAMESPACES }, (_, i) => ns(i));
  await pool(namespaces, 16, async (name) => {
    await core.createNamespace({ body: { metadata: { name, labels: LABEL } } }).catch(ignoreExists);
    await rbac
      .createNamespacedRole({
        namespace: name,
        body: {
          metadata: { name: 'pod-reader', labels: LABEL },
          rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }],
        },
      })
      .catch(ignoreExists);
    await rbac
      .createNamespacedRole({
        namespace: name,
        body: {
          metadata: { name: 'cm-editor', labels: LABEL },
          rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'update'] }],
        },
      })
      .catch(ignoreExists);
  });
  const rbs = namespaces
    .flatMap((namespace, n) => Array.from({ length: RB_PER_NS }, (_, j) => ({ namespace, n, j })))
    .filter(({ namespace, j }) => !existingRb.has(`${namespace}/rb-${j}`));
  await pool(rbs, 48, async ({ namespace, n, j }) => {
    const i = n * RB_PER_NS + j;
    const roleRef =
      j % 4 === 0
        ? { apiGroup: RBAC, kind: 'Role', name: 'pod-reader' }
        : j % 4 === 1
          ? { apiGroup: RBAC, kind: 'Role', name: 'cm-editor' }
          : { apiGroup: RBAC, kind: 'ClusterRole', name: pick(clusterRoles, i, 1) };
    await rbac
      .createNamespacedRoleBinding({
        namespace,
        body: { metadata: { name: `rb-${j}`, labels: LABEL }, roleRef, subjects: [subjectFor(i, namespace)] },
      })
      .catch(ignoreExists);
  });
  const crbs = Array.from({ length: CRBS }, (_, i) => i).filter((i) => !existingCrb.has(`rbac-bench-crb-${i}`));
  await pool(crbs, 48, async (i) => {
    const subject = subjectFor(i, ns(i % NAMESPACES));
    await rbac
      .createClusterRoleBinding({
        body: {
          metadata: { name: `rbac-bench-crb-${i}`, labels: LABEL },
          roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: pick(clusterRoles, i, 2) },
          subjects: [subject],
        },
      })
      .catch(ignoreExists);
  });
  console.log(
    `created ${rbs.length} RoleBindings and ${crbs.length} ClusterRoleBindings (+ ${NAMESPACES} namespaces, ${NAMESPACES * 2} Roles, 20 ClusterRoles) in ${((performance.now() - t0) / 1000).toFixed(1)} s (parallel POSTs)`,
  );
}

/** Wall time (ms) and peak RSS (MB) of one command, through /usr/bin/time -v. */
function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; rssMb: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-v', cmd, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const stderr = Buffer.concat(err).toString();
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (code !== 0 && code !== 1) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 400)}`));
      resolve({ ms, rssMb: m ? Number(m[1]) / 1024 : NaN, stdout: Buffer.concat(out).toString() });
    });
  });
}

async function series(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, n = 5) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await measure(cmd, args, env));
  const ms = median(runs.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.rssMb));
  return { label, ms, rss, last: runs[runs.length - 1]!.stdout };
}

async function main(): Promise<void> {
  const kubeconfig = await kubeconfigPath();
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(kubeconfig);
  await create(kc);
  const env = { ...process.env, KUBECONFIG: kubeconfig, NO_COLOR: '1' };
  const counts = JSON.parse(
    (await run('kubectl', ['get', 'rolebindings,clusterrolebindings', '-A', '-o', 'json'], { env, maxBuffer: 1 << 30 })).stdout,
  ) as { items: { kind: string }[] };
  const rb = counts.items.filter((i) => i.kind === 'RoleBinding').length;
  const crb = counts.items.length - rb;
  console.log(`cluster holds ${rb} RoleBindings and ${crb} ClusterRoleBindings`);

  const kubectl = await series(
    'kubectl get rolebindings,clusterrolebindings -A -o json',
    'kubectl',
    ['get', 'rolebindings,clusterrolebindings', '-A', '-o', 'json'],
    env,
  );
  const fast = await series(
    'kubexplain who-can get pods -A -o json --no-verify',
    process.execPath,
    [bin, 'who-can', 'get', 'pods', '-A', '-o', 'json', '--no-verify'],
    env,
  );
  const full = await series(
    'kubexplain who-can get pods -A -o json (a SubjectAccessReview per subject)',
    process.execPath,
    [bin, 'who-can', 'get', 'pods', '-A', '-o', 'json'],
    env,
  );
  const w = JSON.parse(full.last) as { subjects: { verified: boolean }[] };
  console.log(
    `who-can get pods -A: ${w.subjects.length} subjects, ${w.subjects.filter((s) => s.verified).length} verified by the authorizer`,
  );
  for (const r of [kubectl, fast, full]) {
    console.log(`${r.label}: median ${(r.ms / 1000).toFixed(2)} s, max RSS ${r.rss.toFixed(0)} MB`);
  }
  const ok = (r: typeof fast) => (r.ms <= 2000 && r.rss <= 250 ? 'within' : 'OVER');
  console.log(
    `machine: ${cpus().length} CPUs, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (the API server runs on the same machine)`,
  );
  console.log(`target ≤ 2 s and ≤ 250 MB: --no-verify ${ok(fast)}, verified ${ok(full)}`);
  console.log(`ratio to kubectl get: --no-verify ${(fast.ms / kubectl.ms).toFixed(2)}, verified ${(full.ms / kubectl.ms).toFixed(2)}`);

  if (!keep) {
    const t0 = performance.now();
    await run('kubectl', ['delete', 'clusterrolebindings,clusterroles', '-l', 'kubexplain.io/bench=rbac', '--wait=false'], {
      env,
      maxBuffer: 1 << 28,
    });
    await run('kubectl', ['delete', 'namespaces', '-l', 'kubexplain.io/bench=rbac', '--wait=false'], { env, maxBuffer: 1 << 28 });
    console.log(
      `deleted the bench objects (namespaces finish in the background) in ${((performance.now() - t0) / 1000).toFixed(1)} s; --keep keeps them`,
    );
  }
}

main().catch((err) => {
  console.error(`rbac-live: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
