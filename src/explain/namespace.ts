// Explains a Namespace: its phase (Terminating: the objects whose finalizers block it, by kind/name
// and finalizer, and the next step), what lives in it, its ResourceQuotas (used/hard, the same
// figures as the ResourceQuota explainer) and LimitRanges. Pure: returns Messages.
import type { Explainer } from './contract.js';
import type { ExplanationModel } from '../model/explanation.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { KubeObject } from '../model/kube.js';
import { builders, type Message } from '../model/message.js';
import type { Pod } from '../model/pod.js';
import { list, listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import type { en } from '../i18n/messages/en.js';
import { conditionsOf, conditionWords, nameOf, worst, type Condition } from './kind-parts.js';
import { podFindings, podTrouble } from './workload-parts.js';
import { quotaUsage, type Quota } from './resourcequota.js';
import { namespaceBlock } from './causes/namespace-terminating.js';
import { namespaceCause } from './workload-cause.js';
import { list as listMessage } from './pod-cause.js';

const w = builders<WMessages>('wl');
const pm = builders<typeof en>('pod');

/** What an Active namespace's explanation lists: plan key, kind, and the label of its count. */
const LISTS: [key: string, kind: string, label: string][] = [
  ['pods', 'Pod', ''],
  ['deployments', 'Deployment', 'Deployments'],
  ['statefulSets', 'StatefulSet', 'StatefulSets'],
  ['daemonSets', 'DaemonSet', 'DaemonSets'],
  ['jobs', 'Job', 'Jobs'],
  ['cronJobs', 'CronJob', 'CronJobs'],
  ['services', 'Service', 'Services'],
  ['configMaps', 'ConfigMap', 'ConfigMaps'],
  ['secrets', 'Secret', 'Secrets'],
  ['pvcs', 'PersistentVolumeClaim', 'PersistentVolumeClaims'],
  ['quotas', 'ResourceQuota', ''],
  ['limitRanges', 'LimitRange', ''],
];

// Namespaced built-in resources, as the namespace controller names them ("resource.group"), that a
// Terminating namespace may still hold besides the lists above: read too, to name what carries a
// finalizer. Custom resources are named by the conditions alone (no discovery is made for them).
const MORE: Record<string, string> = {
  serviceaccounts: 'ServiceAccount',
  endpoints: 'Endpoints',
  replicationcontrollers: 'ReplicationController',
  'replicasets.apps': 'ReplicaSet',
  'horizontalpodautoscalers.autoscaling': 'HorizontalPodAutoscaler',
  'poddisruptionbudgets.policy': 'PodDisruptionBudget',
  'leases.coordination.k8s.io': 'Lease',
  'endpointslices.discovery.k8s.io': 'EndpointSlice',
  'ingresses.networking.k8s.io': 'Ingress',
  'networkpolicies.networking.k8s.io': 'NetworkPolicy',
  'roles.rbac.authorization.k8s.io': 'Role',
  'rolebindings.rbac.authorization.k8s.io': 'RoleBinding',
};
const MORE_AT_MOST = 3;

/** The resources a Terminating namespace's NamespaceContentRemaining condition names that MORE can read. */
function remainingKinds(ns: KubeObject): string[] {
  const block = namespaceBlock(ns as { status?: unknown }, []);
  return (block?.remaining ?? [])
    .map((r) => MORE[r.resource])
    .filter((k): k is string => !!k)
    .slice(0, MORE_AT_MOST);
}

export const explainer: Explainer = {
  group: '',
  kind: 'Namespace',
  budget: 1 + MORE_AT_MOST + LISTS.length,
  reads(ns): ReadPlan {
    const name = nameOf(ns);
    // What still holds a Terminating namespace is the most useful read, so it comes first.
    return {
      ...Object.fromEntries(remainingKinds(ns).map((kind) => [`remaining.${kind}`, list(kind, { namespace: name })])),
      ...Object.fromEntries(LISTS.map(([key, kind]) => [key, list(kind, { namespace: name })])),
    };
  },
  explain: (snap) => explainNamespace(snap),
};

export function explainNamespace(snap: Snapshot): ExplanationModel {
  const ns = snap.object;
  const name = nameOf(ns);
  const phase = (ns.status as { phase?: string } | undefined)?.phase ?? 'Active';
  const terminating = phase === 'Terminating';
  const findings: FindingModel[] = [
    finding('phase', 'namespace', terminating ? 'warning' : 'ok', w['ns.phase.title']({ phase }), [
      terminating ? w['ns.phase.Terminating']() : w['ns.phase.Active'](),
    ]),
    // Namespace conditions report deletion trouble: each is healthy when False.
    ...conditionsOf(ns).map((c: Condition) =>
      finding(
        `condition.${c.type}`,
        'namespace',
        c.status === 'True' ? 'warning' : 'ok',
        pm['condition.title']({ type: c.type, status: c.status }),
        [w['condition.means']({ kind: 'Namespace', type: c.type, status: c.status, reason: c.reason ?? '' }), ...conditionWords(c)],
      ),
    ),
  ];

  const read = (key: string) => listOf(snap, key);
  const block = namespaceBlock(ns as { status?: unknown }, [
    ...Object.keys(snap.reads)
      .filter((k) => k.startsWith('remaining.'))
      .map((k) => ({ kind: k.slice('remaining.'.length), items: read(k) as never })),
    ...LISTS.map(([key, kind]) => ({ kind, items: read(key) as never })),
  ]);
  const cause = block && namespaceCause(name, block);
  if (cause) findings.unshift(finding('terminating', cause.concept, 'warning', cause.message, cause.details, cause.terms));

  findings.push(
    finding('contents', 'namespace', 'info', w['ns.contents.title'](), [
      listMessage(LISTS.filter(([, , label]) => label).map(([key, , label]) => `${label}: ${read(key)?.length ?? '?'}`)),
    ]),
  );
  const pods = listOf<Pod>(snap, 'pods');
  findings.push(...podFindings(pods, {}));

  const quotas = listOf<Quota>(snap, 'quotas');
  const full: string[] = [];
  if (!quotas) findings.push(finding('quota', 'resourcequota', 'warning', w['ns.quota.none.title'](), [w['unknown.list']()]));
  else if (quotas.length === 0)
    findings.push(finding('quota', 'resourcequota', 'info', w['ns.quota.none.title'](), [w['ns.quota.none']()]));
  for (const q of quotas ?? []) findings.push(quotaFinding(q, full));
  for (const lr of listOf(snap, 'limitRanges') ?? []) findings.push(limitRange(lr));

  let verdict: { severity: Severity; message: Message };
  if (cause) verdict = { severity: 'warning', message: cause.message };
  else if (terminating)
    verdict = { severity: 'warning', message: w['ns.verdict.terminating']({ reasons: w['ns.verdict.terminating.none']() }) };
  else {
    // A crash-looping Pod is phase Running: count Pods by the state the Pods finding shows, not by phase.
    // Pods in trouble make the verdict info, not a warning: they are the Pods' problems (said in the
    // findings below, and by check per cause), not the namespace's own, as a full quota is.
    const bad = pods?.filter((p) => podTrouble(p) !== 'ok').length;
    verdict = {
      severity: full.length ? 'warning' : bad !== 0 ? 'info' : 'ok',
      message: w['ns.verdict.active']({
        pods: String(pods?.length ?? '?'),
        bad: String(bad ?? '?'),
        quota: full.length ? w['ns.why.quota']({ quotas: full.join(', ') }) : '',
      }),
    };
  }
  return { kind: 'Explanation', target: { kind: 'Namespace', name }, verdict, findings, warnings: [...snap.warnings] };
}

/** One quota's used/hard per resource (quotaUsage(), as the ResourceQuota explainer says them); full resources go to `full`. */
function quotaFinding(q: Quota, full: string[]): FindingModel {
  const qname = nameOf(q);
  const usage = quotaUsage(q);
  const hard = q.status?.hard ?? q.spec?.hard ?? {};
  for (const u of usage.filter((f) => f.severity === 'error')) {
    const r = u.id.slice('used.'.length);
    full.push(`${qname}: ${r} ${q.status?.used?.[r] ?? '0'}/${hard[r] ?? '?'}`);
  }
  const severity = worst(usage, 'ok');
  return finding(`quota.${qname}`, 'resourcequota', severity, w['ns.quota.title']({ name: qname }), [
    ...usage.map((u) => u.title),
    severity === 'error' ? w['ns.quota.full']() : w['ns.quota'](),
  ]);
}

function limitRange(lr: KubeObject): FindingModel {
  const limits = (lr.spec as { limits?: Record<string, unknown>[] } | undefined)?.limits ?? [];
  const fmt = (o: unknown) =>
    Object.entries((o ?? {}) as Record<string, string>)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
  // API field names and quantities: the same words in every language.
  const lines = limits.map((l) =>
    w['ns.limitrange.line']({
      type: String(l.type),
      limits: ['default', 'defaultRequest', 'min', 'max', 'maxLimitRequestRatio']
        .filter((k) => l[k])
        .map((k) => `${k} ${fmt(l[k])}`)
        .join('; '),
    }),
  );
  return finding(`limitrange.${nameOf(lr)}`, 'limitrange', 'info', w['ns.limitrange.title']({ name: nameOf(lr) }), [
    ...lines,
    w['ns.limitrange'](),
  ]);
}
