// Resolver benchmark: a generated cluster with 10,000 RoleBindings and 2,000 ClusterRoleBindings.
// Run: npx tsx bench/rbac-resolve.ts
import { performance } from 'node:perf_hooks';
import type { AccessRequest } from '../src/model/rbac.js';
import { resolveClusterRoles } from '../src/rbac/aggregation.js';
import { access, canI, whoCan } from '../src/rbac/resolve.js';
import { buildSnapshot, type LooseBinding, type LooseRole } from '../src/rbac/snapshot.js';
import { userInfoFor } from '../src/rbac/subjects.js';

// Deterministic PRNG (mulberry32) so runs are comparable.
let seed = 0x5eed;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const NAMESPACES = 500;
const ROLE_BINDINGS = 10_000;
const CLUSTER_ROLE_BINDINGS = 2_000;
const ROLES = 2_000;
const PLAIN_CLUSTER_ROLES = 250;
const COMPONENTS = 40;

const groups = ['', 'apps', 'batch', 'networking.k8s.io', 'policy', 'stable.example.com', 'monitoring.coreos.com'];
const resources = [
  'pods',
  'pods/log',
  'pods/exec',
  'services',
  'configmaps',
  'secrets',
  'deployments',
  'deployments/scale',
  'jobs',
  'ingresses',
  'crontabs',
  'servicemonitors',
  'nodes',
  '*/scale',
];
const verbs = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];
const randomRule = () => ({
  apiGroups: [pick(groups)],
  resources: [pick(resources), pick(resources)],
  verbs: rand() < 0.05 ? ['*'] : [pick(verbs), pick(verbs), pick(verbs)],
  ...(rand() < 0.1 ? { resourceNames: [`obj-${Math.floor(rand() * 50)}`] } : {}),
});

function generate() {
  const clusterRoles: LooseRole[] = [];
  for (const level of ['view', 'edit', 'admin'] as const) {
    clusterRoles.push({
      metadata: {
        name: level,
        labels:
          level === 'view'
            ? { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' }
            : level === 'edit'
              ? { 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' }
              : {},
      },
      aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [`rbac.authorization.k8s.io/aggregate-to-${level}`]: 'true' } }] },
      rules: [],
    });
    for (let i = 0; i < COMPONENTS; i++) {
      clusterRoles.push({
        metadata: { name: `${level}-component-${i}`, labels: { [`rbac.authorization.k8s.io/aggregate-to-${level}`]: 'true' } },
        rules: Array.from({ length: 5 }, randomRule),
      });
    }
  }
  clusterRoles.push({
    metadata: { name: 'cluster-admin' },
    rules: [
      { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
      { nonResourceURLs: ['*'], verbs: ['*'] },
    ],
  });
  clusterRoles.push({
    metadata: { name: 'system:discovery' },
    rules: [{ nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/version'], verbs: ['get'] }],
  });
  for (let i = 0; i < PLAIN_CLUSTER_ROLES; i++) {
    clusterRoles.push({ metadata: { name: `cr-${i}` }, rules: Array.from({ length: 3 + Math.floor(rand() * 8) }, randomRule) });
  }
  const clusterRoleNames = clusterRoles.map((c) => c.metadata!.name!);

  const ns = Array.from({ length: NAMESPACES }, (_, i) => `ns-${i}`);
  const roles: LooseRole[] = [];
  for (let i = 0; i < ROLES; i++) {
    roles.push({
      metadata: { name: `role-${i % 4}`, namespace: ns[Math.floor(i / 4) % NAMESPACES]! },
      rules: Array.from({ length: 4 }, randomRule),
    });
  }
  const subject = (namespace: string) => {
    const r = rand();
    if (r < 0.4) return { kind: 'User', name: `user-${Math.floor(rand() * 3000)}`, apiGroup: 'rbac.authorization.k8s.io' };
    if (r < 0.6) return { kind: 'Group', name: `group-${Math.floor(rand() * 200)}`, apiGroup: 'rbac.authorization.k8s.io' };
    return { kind: 'ServiceAccount', name: `sa-${Math.floor(rand() * 20)}`, namespace };
  };
  const roleBindings: LooseBinding[] = [];
  for (let i = 0; i < ROLE_BINDINGS; i++) {
    const namespace = ns[i % NAMESPACES]!;
    const useRole = rand() < 0.3;
    roleBindings.push({
      metadata: { name: `rb-${i}`, namespace },
      roleRef: useRole
        ? { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `role-${Math.floor(rand() * 4)}` }
        : {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'ClusterRole',
            name: rand() < 0.5 ? pick(['view', 'edit', 'admin']) : pick(clusterRoleNames),
          },
      subjects: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => subject(namespace)),
    });
  }
  const clusterRoleBindings: LooseBinding[] = [
    {
      metadata: { name: 'cluster-admin' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'Group', name: 'system:masters' }],
    },
  ];
  for (let i = 1; i < CLUSTER_ROLE_BINDINGS; i++) {
    clusterRoleBindings.push({
      metadata: { name: `crb-${i}` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: pick(clusterRoleNames) },
      subjects: Array.from({ length: 1 + Math.floor(rand() * 2) }, () => subject(pick(ns))),
    });
  }
  return { clusterRoles, roles, roleBindings, clusterRoleBindings };
}

function time<T>(label: string, fn: () => T, extra: (r: T) => string = () => ''): T {
  const t0 = performance.now();
  const r = fn();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms  ${extra(r)}`);
  return r;
}

const rss = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`;
console.log(`RSS at start: ${rss()}`);
const objects = time(
  'generate (in memory)',
  generate,
  (o) =>
    `${o.roleBindings.length} RoleBindings, ${o.clusterRoleBindings.length} ClusterRoleBindings, ${o.clusterRoles.length} ClusterRoles, ${o.roles.length} Roles`,
);
const snapshotOffline = time('buildSnapshot (manifests)', () => buildSnapshot({ ...objects, source: 'manifests' }));
// A live cluster: the aggregation controller has already written the aggregated rules.
const aggregated = resolveClusterRoles(snapshotOffline.clusterRoles, 'manifests').rules;
const liveClusterRoles = objects.clusterRoles.map((c) =>
  c.aggregationRule ? { ...c, rules: aggregated.get(c.metadata!.name!)!.map((r) => r.rule) } : c,
);
const snapshot = time('buildSnapshot (live)', () => buildSnapshot({ ...objects, clusterRoles: liveClusterRoles, source: 'live' }));

const requests: [string, AccessRequest][] = [
  ['who-can list pods -A (any namespace), first call + index', { verb: 'list', group: '', resource: 'pods' }],
  ['who-can list pods -A (any namespace)', { verb: 'list', group: '', resource: 'pods' }],
  ['who-can get secrets/obj-3 -n ns-42', { verb: 'get', group: '', resource: 'secrets', name: 'obj-3', namespace: 'ns-42' }],
  [
    'who-can update deployments/scale -n ns-7',
    { verb: 'update', group: 'apps', resource: 'deployments', subresource: 'scale', name: 'web', namespace: 'ns-7' },
  ],
  ['who-can list pods across all namespaces (namespace "")', { verb: 'list', group: '', resource: 'pods', namespace: '' }],
  ['who-can get nodes', { verb: 'get', group: '', resource: 'nodes', name: 'n1' }],
  ['who-can get /healthz', { verb: 'get', nonResourceURL: '/healthz' }],
];
for (const [label, req] of requests) {
  time(
    label,
    () => whoCan(snapshot, req),
    (w) => `${w.subjects.length} subjects, ${w.subjects.reduce((n, s) => n + s.grants.length, 0)} grants`,
  );
}
time(
  'who-can list pods -A on manifests (computes aggregation)',
  () => whoCan(snapshotOffline, { verb: 'list', group: '', resource: 'pods' }),
  (w) => `${w.subjects.length} subjects`,
);

// A ServiceAccount that some RoleBinding in ns-42 names.
const saSubject = objects.roleBindings
  .filter((b) => b.metadata!.namespace === 'ns-42')
  .flatMap((b) => b.subjects ?? [])
  .find((s) => s.kind === 'ServiceAccount')!;
const sa = userInfoFor({ kind: 'ServiceAccount', namespace: 'ns-42', name: saSubject.name! });
const saLabel = `sa:ns-42/${saSubject.name}`;
time(
  `can ${saLabel} delete pods -n ns-7 (denied → near misses)`,
  () => canI(snapshot, sa, { verb: 'delete', group: '', resource: 'pods', name: 'p', namespace: 'ns-7' }),
  (c) => `allowed=${c.allowed}, ${c.nearMisses.length} near misses`,
);
time(
  `can ${saLabel} list pods -n ns-42`,
  () => canI(snapshot, sa, { verb: 'list', group: '', resource: 'pods', namespace: 'ns-42' }),
  (c) => `allowed=${c.allowed}, ${c.grants.length} grants`,
);
const keys = resources
  .filter((r) => !r.startsWith('*'))
  .flatMap((r) =>
    groups.map((group) => {
      const [resource, subresource] = r.split('/') as [string, string | undefined];
      return subresource ? { group, resource, subresource } : { group, resource };
    }),
  );
time(
  `access ${saLabel} -n ns-42 (${keys.length} resources × 8 verbs)`,
  () => access(snapshot, sa, 'ns-42', keys),
  (m) => `${m.rows.reduce((n, r) => n + r.cells.filter((c) => c.allowed).length, 0)} cells allowed`,
);
console.log(`RSS at end: ${rss()}`);
