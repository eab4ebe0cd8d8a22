// Which ConfigMaps, Secrets and PVCs a Pod spec refers to (env, envFrom, volumes, projected
// volumes, imagePullSecrets). Pure; shared by the snapshot (what to read) and the explainer.
import type { Container, Pod } from '../model/pod.js';

export interface PodRefs {
  configMaps: string[];
  secrets: string[];
  pvcs: string[];
}

export function allContainers(pod: Pod): Container[] {
  return [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
}

export interface KeyRef {
  key: string;
  /** The environment variable it sets, and in which container. */
  env: string;
  container: string;
  optional: boolean;
}

/** Every env var of the Pod taken from one key of one ConfigMap or Secret (configMapKeyRef / secretKeyRef). */
export function keyRefs(pod: Pod, kind: 'ConfigMap' | 'Secret', name: string): KeyRef[] {
  const out: KeyRef[] = [];
  for (const c of allContainers(pod))
    for (const e of c.env ?? []) {
      const r = kind === 'ConfigMap' ? e.valueFrom?.configMapKeyRef : e.valueFrom?.secretKeyRef;
      if (r?.name === name) out.push({ key: r.key, env: e.name, container: c.name, optional: !!r.optional });
    }
  return out;
}

/** Keys the Pod's env requires in one ConfigMap or Secret (not optional: the kubelet refuses to start without them). */
export const keysReferenced = (pod: Pod, kind: 'ConfigMap' | 'Secret', name: string): string[] =>
  keyRefs(pod, kind, name)
    .filter((r) => !r.optional)
    .map((r) => r.key);

/** Optional key references whose key the object lacks: the container starts, the variable is simply not set. */
export const absentOptionalKeys = (pod: Pod, kind: 'ConfigMap' | 'Secret', name: string, keys: readonly string[]): KeyRef[] =>
  keyRefs(pod, kind, name).filter((r) => r.optional && !keys.includes(r.key));

/**
 * How a Pod needs a ConfigMap or Secret: 'required' when some reference (env, envFrom, volume,
 * projected source) is not optional, so the kubelet cannot create the containers without it;
 * 'optional' when every reference is; 'pull' for a Secret named only in imagePullSecrets (the kubelet
 * pulls without it, with the event FailedToRetrieveImagePullSecret).
 */
export function needOf(pod: Pod, kind: 'ConfigMap' | 'Secret', name: string): 'required' | 'optional' | 'pull' {
  const refs: (boolean | undefined)[] = [];
  const cm = kind === 'ConfigMap';
  for (const c of allContainers(pod)) {
    for (const e of c.env ?? []) {
      const r = cm ? e.valueFrom?.configMapKeyRef : e.valueFrom?.secretKeyRef;
      if (r?.name === name) refs.push(r.optional);
    }
    for (const e of c.envFrom ?? []) {
      const r = cm ? e.configMapRef : e.secretRef;
      if (r?.name === name) refs.push(r.optional);
    }
  }
  for (const v of pod.spec.volumes ?? []) {
    if (cm && v.configMap?.name === name) refs.push(v.configMap.optional);
    if (!cm && v.secret?.secretName === name) refs.push(v.secret.optional);
    for (const s of v.projected?.sources ?? []) {
      const r = cm ? s.configMap : s.secret;
      if (r?.name === name) refs.push(r.optional);
    }
  }
  if (refs.some((o) => !o)) return 'required';
  return refs.length ? 'optional' : cm ? 'required' : 'pull';
}

export function referencedObjects(pod: Pod): PodRefs {
  const cm = new Set<string>();
  const sec = new Set<string>();
  const pvc = new Set<string>();
  for (const c of allContainers(pod)) {
    for (const e of c.env ?? []) {
      if (e.valueFrom?.configMapKeyRef) cm.add(e.valueFrom.configMapKeyRef.name);
      if (e.valueFrom?.secretKeyRef) sec.add(e.valueFrom.secretKeyRef.name);
    }
    for (const e of c.envFrom ?? []) {
      if (e.configMapRef) cm.add(e.configMapRef.name);
      if (e.secretRef) sec.add(e.secretRef.name);
    }
  }
  for (const v of pod.spec.volumes ?? []) {
    if (v.configMap) cm.add(v.configMap.name);
    if (v.secret) sec.add(v.secret.secretName);
    if (v.persistentVolumeClaim) pvc.add(v.persistentVolumeClaim.claimName);
    for (const s of v.projected?.sources ?? []) {
      // kube-root-ca.crt is projected into every Pod's token volume and always exists: not worth a read.
      if (s.configMap && s.configMap.name !== 'kube-root-ca.crt') cm.add(s.configMap.name);
      if (s.secret) sec.add(s.secret.name);
    }
  }
  for (const s of pod.spec.imagePullSecrets ?? []) sec.add(s.name);
  return { configMaps: [...cm].sort(), secrets: [...sec].sort(), pvcs: [...pvc].sort() };
}
