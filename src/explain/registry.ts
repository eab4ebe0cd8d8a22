// kind → explainer. Each entry reads its snapshot through the Reader, then explains it purely.
// Kinds without an entry get the generic explainer (owners, conditions, events).
import { ExitCode, KxError } from '../errors.js';
import type { Reader } from '../cluster/reader.js';
import type { KindInfo } from '../cluster/kinds.js';
import { fetchPodSnapshot } from '../cluster/snapshot.js';
import type { Explanation } from '../model/explanation.js';
import type { Event } from '../model/pod.js';
import type { Lang } from '../i18n/lang.js';
import { explainPod } from './pod.js';
import { explainGeneric } from './generic.js';
import { withSuggestions } from '../cluster/not-found.js';
import type { RelatedSnapshot } from '../model/workload.js';

export type Explain = (reader: Reader, name: string, namespace: string, lang: Lang) => Promise<Explanation>;

const EXPLAINERS: Record<string, Explain> = {
  Pod: async (reader, name, ns, lang) => explainPod(await fetchPodSnapshot(reader, name, ns), lang),
  Role: rbac('Role', 'role'),
  ClusterRole: rbac('ClusterRole', 'role'),
  RoleBinding: rbac('RoleBinding', 'binding'),
  ClusterRoleBinding: rbac('ClusterRoleBinding', 'binding'),
  Deployment: related('Deployment', async () => (await import('./deployment.js')).explainDeployment),
  ReplicaSet: related('ReplicaSet', async () => (await import('./replicaset.js')).explainReplicaSet),
  StatefulSet: related('StatefulSet', async () => (await import('./statefulset.js')).explainStatefulSet),
  DaemonSet: related('DaemonSet', async () => (await import('./daemonset.js')).explainDaemonSet),
  Job: related('Job', async () => (await import('./job.js')).explainJob),
  CronJob: related('CronJob', async () => (await import('./cronjob.js')).explainCronJob),
  Node: related('Node', async () => (await import('./node.js')).explainNode),
  Namespace: related('Namespace', async () => (await import('./namespace.js')).explainNamespace),
  ConfigMap: related('ConfigMap', async () => (await import('./configmap.js')).explainConfigMap),
  Secret: related('Secret', async () => (await import('./secret.js')).explainSecret),
  // What the account may do comes from the RBAC explainer (rbac-serviceaccount.ts), read alongside.
  ServiceAccount: async (reader, name, ns, lang) => {
    const [{ explainServiceAccount }, { rbacFindingsForServiceAccount }, { fetchRbacForServiceAccount }, { fetchRelatedSnapshot }] =
      await Promise.all([
        import('./serviceaccount.js'),
        import('./rbac-serviceaccount.js'),
        import('../cluster/rbac-explain-snapshot.js'),
        import('../cluster/workload-snapshot.js'),
      ]);
    const [snap, rbac] = await Promise.all([
      fetchRelatedSnapshot(reader, 'ServiceAccount', name, ns),
      fetchRbacForServiceAccount(reader, ns),
    ]);
    const saNs = snap.object.metadata?.namespace ?? ns;
    return explainServiceAccount(
      { ...snap, warnings: [...snap.warnings, ...rbac.warnings] },
      lang,
      rbacFindingsForServiceAccount(rbac.snapshot, saNs, name, lang),
    );
  },
  // Routing kinds share the trace engine (src/routing), loaded only when one of them is explained.
  Service: async (...args) => (await import('../routing/live.js')).explainServiceLive(...args),
  Ingress: async (...args) => (await import('../routing/live.js')).explainIngressLive(...args),
  EndpointSlice: async (...args) => (await import('../routing/live.js')).explainEndpointSliceLive(...args),
};

/** RBAC kinds: the RBAC read and explainers load on use, so `explain pod` does not link the resolver. */
function rbac(kind: 'Role' | 'ClusterRole' | 'RoleBinding' | 'ClusterRoleBinding', explainer: 'role' | 'binding'): Explain {
  return async (reader, name, ns, lang) => {
    const [{ fetchRbacExplainSnapshot }, explain] = await Promise.all([
      import('../cluster/rbac-explain-snapshot.js'),
      explainer === 'role'
        ? import('./rbac-role.js').then((m) => m.explainRole)
        : import('./rbac-binding.js').then((m) => m.explainBinding),
    ]);
    return explain(await fetchRbacExplainSnapshot(reader, kind, name, ns), lang);
  };
}

/**
 * Workload, Node, Namespace and config kinds: one snapshot read (target + declared lists in parallel),
 * then the pure explainer. Modules load on use (while the first request is in flight), so a command
 * links only the explainer it runs.
 */
function related(kind: string, load: () => Promise<(snap: RelatedSnapshot, lang: Lang) => Explanation>): Explain {
  return async (reader, name, ns, lang) => {
    const [explain, snap] = await Promise.all([
      load(),
      import('../cluster/workload-snapshot.js').then((m) => m.fetchRelatedSnapshot(reader, kind, name, ns)),
    ]);
    return explain(snap, lang);
  };
}

export function explainerFor(kind: KindInfo): Explain {
  const explain = EXPLAINERS[kind.kind] ?? explainGenericLive(kind);
  // A missing target gets a "did you mean" hint (one list request, only after the 404).
  return (reader, name, ns, lang) => withSuggestions(reader, kind, name, ns, () => explain(reader, name, ns, lang));
}

/** Two requests: the object, then its events (a 403 on events is a warning). */
function explainGenericLive(kind: KindInfo): Explain {
  return async (reader, name, ns, lang) => {
    const object = await reader.get(kind.kind, name, ns);
    const warnings: string[] = [];
    let events: Event[] | undefined;
    const uid = (object.metadata as { uid?: string } | undefined)?.uid;
    try {
      events = (await reader.list('Event', {
        ...(kind.namespaced ? { namespace: ns } : {}),
        fieldSelector: uid ? `involvedObject.uid=${uid}` : `involvedObject.name=${name}`,
      })) as Event[];
    } catch (err) {
      if (!(err instanceof KxError && err.exitCode === ExitCode.forbidden)) throw err;
      warnings.push(err.message);
    }
    return explainGeneric({ object: { kind: kind.kind, ...object }, ...(events ? { events } : {}), warnings }, lang);
  };
}
