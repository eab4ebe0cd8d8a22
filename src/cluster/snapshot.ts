// Reads what `explain pod` needs in at most 6 requests: the Pod, then in parallel the reads its
// explainer needs (events, Services, EndpointSlices, its controller, referenced ConfigMaps/Secrets/
// PVCs, its Node), by priority, within the budget. A 403 on a secondary read becomes a warning that
// names the permission; the explanation goes on with what could be read. Secret values are dropped
// here, the moment they arrive, and never reach the snapshot.
import { ExitCode, KxError } from '../errors.js';
import type { KubeObject, Reader } from './reader.js';
import type { EndpointSlice, Event, OwnerLink, OwnerReference, Pod, PodSnapshot, SecretSummary, Service } from '../model/pod.js';
import { referencedObjects } from '../explain/pod-refs.js';

export const POD_REQUEST_BUDGET = 6;

type Part = keyof Omit<PodSnapshot, 'pod' | 'warnings'>;

/** The secondary reads to make for this Pod, most useful first. */
export function plannedReads(pod: Pod): Part[] {
  const refs = referencedObjects(pod);
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  const wanted: (Part | false)[] = [
    'events',
    'services',
    'endpointSlices',
    !!owner && ['ReplicaSet', 'Job', 'StatefulSet', 'DaemonSet'].includes(owner.kind) && 'owner',
    refs.configMaps.length > 0 && 'configMaps',
    refs.secrets.length > 0 && 'secrets',
    refs.pvcs.length > 0 && 'pvcs',
    !!pod.spec.nodeName && 'node',
  ];
  return wanted.filter((p): p is Part => !!p).slice(0, POD_REQUEST_BUDGET - 1);
}

export async function fetchPodSnapshot(reader: Reader, name: string, namespace: string): Promise<PodSnapshot> {
  const pod = (await reader.get('Pod', name, namespace)) as unknown as Pod;
  const ns = pod.metadata.namespace ?? namespace;
  const warnings: string[] = [];
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  const names = (items: KubeObject[]) => items.map((i) => i.metadata?.name ?? '');

  const readers: Record<Part, () => Promise<unknown>> = {
    events: () =>
      reader.list('Event', {
        namespace: ns,
        fieldSelector: pod.metadata.uid
          ? `involvedObject.uid=${pod.metadata.uid}`
          : `involvedObject.name=${name},involvedObject.namespace=${ns}`,
      }),
    services: () => reader.list('Service', { namespace: ns }),
    endpointSlices: () => reader.list('EndpointSlice', { namespace: ns }),
    owner: () => readOwner(reader, owner!, ns),
    configMaps: async () => names(await reader.list('ConfigMap', { namespace: ns })),
    secrets: async () => (await reader.list('Secret', { namespace: ns })).map(secretSummary),
    pvcs: async () => names(await reader.list('PersistentVolumeClaim', { namespace: ns })),
    node: () => reader.get('Node', pod.spec.nodeName!),
  };

  const plan = plannedReads(pod);
  const results = await Promise.all(
    plan.map(async (part) => {
      try {
        return [part, await readers[part]()] as const;
      } catch (err) {
        // Only a missing permission degrades; a lost connection fails the whole command.
        if (err instanceof KxError && (err.exitCode === ExitCode.forbidden || (err.exitCode === ExitCode.notFound && part === 'node'))) {
          warnings.push(err.message);
          return [part, undefined] as const;
        }
        throw err;
      }
    }),
  );
  const snap: PodSnapshot = { pod, warnings };
  for (const [part, value] of results) {
    if (value !== undefined) (snap as unknown as Record<string, unknown>)[part] = value;
  }
  if (owner && !plan.includes('owner') && owner) snap.owner = { kind: owner.kind, name: owner.name, found: 'unknown' };
  return deepFreeze(snap);
}

async function readOwner(reader: Reader, ref: OwnerReference, ns: string): Promise<OwnerLink> {
  try {
    const obj = await reader.get(ref.kind, ref.name, ns);
    const meta = obj.metadata as { ownerReferences?: OwnerReference[] } | undefined;
    const next = meta?.ownerReferences?.find((o) => o.controller) ?? meta?.ownerReferences?.[0];
    return {
      kind: ref.kind,
      name: ref.name,
      found: true,
      ...(next ? { owner: { kind: next.kind, name: next.name } } : {}),
      ...(obj.status ? { status: obj.status as Record<string, unknown> } : {}),
    };
  } catch (err) {
    if (err instanceof KxError && err.exitCode === ExitCode.notFound) return { kind: ref.kind, name: ref.name, found: false };
    throw err;
  }
}

/** Keeps a Secret's name, type and key names; the values are dropped here. */
export function secretSummary(s: KubeObject): SecretSummary {
  const data = {
    ...((s.data as Record<string, unknown> | undefined) ?? {}),
    ...((s.stringData as Record<string, unknown> | undefined) ?? {}),
  };
  return { name: s.metadata?.name ?? '', ...(typeof s.type === 'string' ? { type: s.type } : {}), keys: Object.keys(data).sort() };
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

export type { Event, Service, EndpointSlice };
