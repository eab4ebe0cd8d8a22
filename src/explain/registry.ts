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
import { fetchRbacExplainSnapshot } from '../cluster/rbac-explain-snapshot.js';
import { explainRole } from './rbac-role.js';
import { explainBinding } from './rbac-binding.js';

export type Explain = (reader: Reader, name: string, namespace: string, lang: Lang) => Promise<Explanation>;

const EXPLAINERS: Record<string, Explain> = {
  Pod: async (reader, name, ns, lang) => explainPod(await fetchPodSnapshot(reader, name, ns), lang),
  Role: async (reader, name, ns, lang) => explainRole(await fetchRbacExplainSnapshot(reader, 'Role', name, ns), lang),
  ClusterRole: async (reader, name, ns, lang) => explainRole(await fetchRbacExplainSnapshot(reader, 'ClusterRole', name, ns), lang),
  RoleBinding: async (reader, name, ns, lang) => explainBinding(await fetchRbacExplainSnapshot(reader, 'RoleBinding', name, ns), lang),
  ClusterRoleBinding: async (reader, name, ns, lang) => explainBinding(await fetchRbacExplainSnapshot(reader, 'ClusterRoleBinding', name, ns), lang),
};

export function explainerFor(kind: KindInfo): Explain {
  return EXPLAINERS[kind.kind] ?? explainGenericLive(kind);
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
