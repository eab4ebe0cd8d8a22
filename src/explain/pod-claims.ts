// A Pod that cannot be scheduled because its PersistentVolumeClaim is unbound: the cause sits in the
// claim (a StorageClass that does not exist, no default class, the provisioner's failure), so the
// plan of the Pod (or of its workload) reads what the claim's own explainer reads, in a second round,
// and the verdict says the claim's cause. Pure.
import type { Event, Pod } from '../model/pod.js';
import type { KubeObject } from '../model/kube.js';
import { list, listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import { eventsOf } from './kind-parts.js';
import { pendingClaimWhy, type Claim } from './pvc.js';
import type { StorageClass } from './storageclass.js';
import type { ClaimLike } from './causes/scheduling.js';

const unscheduled = (pod: Pod) =>
  !pod.spec.nodeName && !!pod.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.status === 'False');

const pendingClaim = (c: Claim) => (c.status?.phase ?? 'Pending') === 'Pending';

/** The first Pending claim that an unscheduled Pod among `pods` mounts, once the claims were read. */
function blockingClaim(pods: readonly Pod[], claims: readonly Claim[] | undefined): Claim | undefined {
  if (!claims) return undefined;
  for (const pod of pods.filter(unscheduled)) {
    const names = (pod.spec.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : []));
    const claim = claims.find((c) => names.includes(c.metadata?.name ?? '') && pendingClaim(c));
    if (claim) return claim;
  }
  return undefined;
}

/**
 * The second round when an unscheduled Pod's claim is Pending: the StorageClasses, and the claim's
 * events (a provisioner's words; `ownEvents` false when the namespace's events were read already) or,
 * without a class, the volumes that could bind it.
 */
export function claimReads(pods: readonly Pod[], snap: Snapshot, ownEvents: boolean): ReadPlan {
  const claim = blockingClaim(pods, listOf<Claim>(snap, 'pvcs'));
  if (!claim) return {};
  if (!claim.spec?.storageClassName) return { classes: list('StorageClass'), volumes: list('PersistentVolume') };
  return { classes: list('StorageClass'), ...(ownEvents ? { claimEvents: eventsOf(claim) } : {}) };
}

/** The claims as read, each Pending one with its own verdict once the classes were read. */
export function claimsWithWhy(snap: Snapshot, eventsKey: 'claimEvents' | 'events'): ClaimLike[] | undefined {
  const claims = listOf<Claim>(snap, 'pvcs');
  const classes = listOf<StorageClass>(snap, 'classes');
  if (!claims || !classes) return claims as ClaimLike[] | undefined;
  const events = listOf<Event & { involvedObject?: { kind?: string; name?: string } }>(snap, eventsKey);
  const volumes = listOf<KubeObject>(snap, 'volumes');
  return claims.map((c) => {
    if (!pendingClaim(c)) return c as ClaimLike;
    const own = events?.filter((e) => e.involvedObject?.kind === 'PersistentVolumeClaim' && e.involvedObject.name === c.metadata?.name);
    const why = pendingClaimWhy(c, { classes, events: own, volumes });
    return { ...(c as ClaimLike), why: { title: why.title, details: why.detail } };
  });
}
