// Why a scheduled Pod stays in ContainerCreating: a volume the kubelet cannot set up. Read from the
// kubelet's FailedMount events ('MountVolume.SetUp failed for volume "tls" : secret "web-tls" not
// found'; configmaps alike) and the attach/detach controller's FailedAttachVolume ('Multi-Attach error
// for volume "pvc-…" Volume is already used by pod(s) …' or '… exclusively attached to one node …'),
// checked against the Secrets and ConfigMaps that exist. Without an event yet, a non-optional Secret or
// ConfigMap volume whose object is known to be missing is the same cause. Pure; returns data.
import type { Event, Pod } from '../../model/pod.js';
import { closeNames } from '../../text/close-names.js';
import { compareText } from '../../text/compare.js';

export type MountProblem =
  | {
      kind: 'missing-object';
      object: 'ConfigMap' | 'Secret';
      name: string;
      volume: string;
      /** true: it exists now (created after the kubelet's last try); undefined: not read. */
      exists?: boolean;
      similar: string[];
      /** The kubelet's words, when an event said it. */
      message?: string;
    }
  | { kind: 'multi-attach'; volume: string; pods: string[]; message: string }
  | { kind: 'other'; reason: string; volume?: string; message: string };

export interface KnownNames {
  /** Names that exist; undefined when the list was not read. */
  configMaps?: readonly string[];
  secrets?: readonly string[];
}

const at = (e: Event) => e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '';

/** Scheduled, not deleting, and no container has run yet: the state a mount failure leaves (also what a Pod's read plan asks). */
export function waitingToCreate(pod: Pod): boolean {
  if (!pod.spec.nodeName || pod.metadata.deletionTimestamp || pod.status?.phase !== 'Pending') return false;
  const all = [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])];
  return all.every((s) => !s.state?.running && !s.state?.terminated && !s.lastState?.terminated);
}

function missing(object: 'ConfigMap' | 'Secret', name: string, volume: string, known: KnownNames, message?: string): MountProblem {
  const names = object === 'Secret' ? known.secrets : known.configMaps;
  return {
    kind: 'missing-object',
    object,
    name,
    volume,
    ...(names ? { exists: names.includes(name) } : {}),
    similar: closeNames(name, names ?? []),
    ...(message ? { message } : {}),
  };
}

function fromEvent(e: Event, known: KnownNames): MountProblem {
  const message = (e.message ?? '').trim();
  const volume = /for volume "([^"]+)"/.exec(message)?.[1];
  const ref = /MountVolume\.SetUp failed for volume "([^"]+)" : (configmap|secret)s? "([^"]+)" not found/i.exec(message);
  if (ref) return missing(ref[2]!.toLowerCase() === 'secret' ? 'Secret' : 'ConfigMap', ref[3]!, ref[1]!, known, message);
  if (/^Multi-Attach error for volume/.test(message)) {
    const used = /already used by pod\(s\) (.+)$/.exec(message)?.[1];
    return {
      kind: 'multi-attach',
      volume: volume ?? '?',
      pods: used ? used.split(/,\s*/).filter(Boolean) : [],
      message,
    };
  }
  return { kind: 'other', reason: e.reason ?? 'FailedMount', ...(volume ? { volume } : {}), message };
}

/** A Secret or ConfigMap volume (not optional) whose object is known not to exist. */
function missingFromSpec(pod: Pod, known: KnownNames): MountProblem | undefined {
  for (const v of pod.spec.volumes ?? []) {
    const refs: ['ConfigMap' | 'Secret', string, boolean | undefined][] = [];
    if (v.secret) refs.push(['Secret', v.secret.secretName, v.secret.optional]);
    if (v.configMap) refs.push(['ConfigMap', v.configMap.name, v.configMap.optional]);
    for (const s of v.projected?.sources ?? []) {
      if (s.secret) refs.push(['Secret', s.secret.name, s.secret.optional]);
      if (s.configMap && s.configMap.name !== 'kube-root-ca.crt') refs.push(['ConfigMap', s.configMap.name, s.configMap.optional]);
    }
    for (const [object, name, optional] of refs) {
      const names = object === 'Secret' ? known.secrets : known.configMaps;
      if (!optional && names && !names.includes(name)) return missing(object, name, v.name, known);
    }
  }
  return undefined;
}

export function mountProblem(pod: Pod, events: readonly Event[] | undefined, known: KnownNames): MountProblem | undefined {
  if (!waitingToCreate(pod)) return undefined;
  const failed = (events ?? [])
    .filter((e) => e.type === 'Warning' && (e.reason === 'FailedMount' || e.reason === 'FailedAttachVolume'))
    .sort((a, b) => compareText(at(a), at(b)));
  // "Unable to attach or mount volumes: … timed out" only repeats that some volume is not ready yet: the
  // precise event beside it (or the spec) says which and why.
  const generic = (e: Event) => /^Unable to attach or mount volumes/.test(e.message ?? '');
  const precise = failed.filter((e) => !generic(e)).at(-1);
  const last = failed.at(-1);
  return (precise && fromEvent(precise, known)) ?? missingFromSpec(pod, known) ?? (last && fromEvent(last, known));
}
