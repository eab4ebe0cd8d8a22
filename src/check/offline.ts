// Checks that need no cluster, on manifests (`check -f`), so they run in CI before `kubectl apply`:
// selectors against Pod template labels, Service and probe ports against container ports, references
// to ConfigMaps/Secrets/ServiceAccounts/claims the files do not hold, resources a quota in the files
// makes mandatory, Ingress backends, and apiVersions that v1.36 no longer serves. Pure.
import { mapSelects } from '../model/labels.js';
import type { KubeObject } from '../model/kube.js';
import { builders, type Message } from '../model/message.js';
import type { Ref } from '../model/ref.js';
import type { Severity } from '../model/finding.js';
import type { CheckMessages } from '../i18n/messages/check.js';

const m = builders<CheckMessages>('check');

export interface OfflineFinding {
  code: string;
  concept: string;
  severity: Severity;
  cause: Message;
  fix: Message;
  object: Ref;
}

type Port = { containerPort?: number; name?: string };
type Probe = { httpGet?: { port?: number | string }; tcpSocket?: { port?: number | string }; grpc?: { port?: number } };
type C = {
  name: string;
  ports?: Port[];
  env?: { valueFrom?: { configMapKeyRef?: { name: string; optional?: boolean }; secretKeyRef?: { name: string; optional?: boolean } } }[];
  envFrom?: { configMapRef?: { name: string; optional?: boolean }; secretRef?: { name: string; optional?: boolean } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
};
type PodSpec = {
  containers?: C[];
  initContainers?: C[];
  serviceAccountName?: string;
  volumes?: {
    configMap?: { name: string; optional?: boolean };
    secret?: { secretName: string; optional?: boolean };
    persistentVolumeClaim?: { claimName: string };
  }[];
  imagePullSecrets?: { name: string }[];
};
type Template = { metadata?: { labels?: Record<string, string> }; spec?: PodSpec };

/** Kinds → where their Pod template sits. */
function templateOf(o: KubeObject): Template | undefined {
  const spec = o.spec as { template?: Template; jobTemplate?: { spec?: { template?: Template } } } | undefined;
  if (o.kind === 'Pod') return { metadata: o.metadata as Template['metadata'], spec: o.spec as PodSpec };
  if (o.kind === 'CronJob') return spec?.jobTemplate?.spec?.template;
  return ['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet', 'Job'].includes(o.kind ?? '')
    ? spec?.template
    : undefined;
}

const ref = (o: KubeObject, ns: string): Ref => ({
  kind: o.kind ?? '',
  name: o.metadata?.name ?? '',
  namespace: o.metadata?.namespace ?? ns,
});
const nsOf = (o: KubeObject, ns: string) => o.metadata?.namespace ?? ns;
const labelsMatch = mapSelects;
const selText = (sel: Record<string, string>) =>
  Object.entries(sel)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** apiVersion/kind pairs no longer served by v1.36, with what replaced them. */
const REMOVED: Record<string, string> = {
  'extensions/v1beta1': 'apps/v1 (workloads) or networking.k8s.io/v1 (Ingress, NetworkPolicy)',
  'apps/v1beta1': 'apps/v1',
  'apps/v1beta2': 'apps/v1',
  'networking.k8s.io/v1beta1': 'networking.k8s.io/v1',
  'batch/v1beta1': 'batch/v1',
  'policy/v1beta1': 'policy/v1',
  'autoscaling/v2beta1': 'autoscaling/v2',
  'autoscaling/v2beta2': 'autoscaling/v2',
  'discovery.k8s.io/v1beta1': 'discovery.k8s.io/v1',
  'events.k8s.io/v1beta1': 'events.k8s.io/v1',
  'rbac.authorization.k8s.io/v1beta1': 'rbac.authorization.k8s.io/v1',
  'rbac.authorization.k8s.io/v1alpha1': 'rbac.authorization.k8s.io/v1',
  'admissionregistration.k8s.io/v1beta1': 'admissionregistration.k8s.io/v1',
  'apiextensions.k8s.io/v1beta1': 'apiextensions.k8s.io/v1',
  'certificates.k8s.io/v1beta1': 'certificates.k8s.io/v1',
  'coordination.k8s.io/v1beta1': 'coordination.k8s.io/v1',
  'scheduling.k8s.io/v1beta1': 'scheduling.k8s.io/v1',
  'node.k8s.io/v1beta1': 'node.k8s.io/v1',
  'storage.k8s.io/v1beta1': 'storage.k8s.io/v1',
  'flowcontrol.apiserver.k8s.io/v1beta1': 'flowcontrol.apiserver.k8s.io/v1',
  'flowcontrol.apiserver.k8s.io/v1beta2': 'flowcontrol.apiserver.k8s.io/v1',
  'flowcontrol.apiserver.k8s.io/v1beta3': 'flowcontrol.apiserver.k8s.io/v1',
};

export function offlineFindings(objects: readonly KubeObject[], defaultNamespace: string): OfflineFinding[] {
  const out: OfflineFinding[] = [];
  const has = (kind: string, name: string, ns: string) =>
    objects.some((o) => o.kind === kind && o.metadata?.name === name && nsOf(o, defaultNamespace) === ns);
  const workloads = objects.map((o) => ({ o, t: templateOf(o) })).filter((w): w is { o: KubeObject; t: Template } => !!w.t);

  for (const o of objects) {
    const removed = o.apiVersion ? REMOVED[o.apiVersion] : undefined;
    if (removed) {
      out.push({
        code: 'api.removed',
        concept: 'api.removed',
        severity: 'error',
        cause: m['offline.api.removed']({ apiVersion: o.apiVersion!, kind: o.kind ?? '' }),
        fix: m['offline.api.removed.fix']({ replacement: removed }),
        object: ref(o, defaultNamespace),
      });
    }
  }

  for (const { o, t } of workloads) {
    const ns = nsOf(o, defaultNamespace);
    const r = ref(o, defaultNamespace);
    const sel = (o.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined)?.selector?.matchLabels;
    if (o.kind !== 'Pod' && o.kind !== 'CronJob' && o.kind !== 'Job' && sel && !labelsMatch(sel, t.metadata?.labels)) {
      out.push({
        code: 'labels.selector',
        concept: 'labels.selector',
        severity: 'error',
        cause: m['offline.selector']({ selector: selText(sel), labels: selText(t.metadata?.labels ?? {}) }),
        fix: m['offline.selector.fix'](),
        object: r,
      });
    }
    const containers = [...(t.spec?.initContainers ?? []), ...(t.spec?.containers ?? [])];
    for (const c of containers) {
      for (const [type, probe] of [
        ['liveness', c.livenessProbe],
        ['readiness', c.readinessProbe],
        ['startup', c.startupProbe],
      ] as const) {
        const port = probe?.httpGet?.port ?? probe?.tcpSocket?.port ?? probe?.grpc?.port;
        if (port === undefined) continue;
        const declared =
          typeof port === 'number' ? (c.ports ?? []).some((p) => p.containerPort === port) : (c.ports ?? []).some((p) => p.name === port);
        if (declared) continue;
        out.push({
          code: `probes.${type}`,
          concept: `probes.${type}`,
          // A named port that does not exist fails every probe; a number may still be served (an undeclared admin port).
          severity: typeof port === 'number' ? 'warning' : 'error',
          cause: m['offline.probe.port']({ probe: type, container: c.name, port: String(port) }),
          fix: m['offline.probe.port.fix']({ container: c.name }),
          object: r,
        });
      }
    }
    const missing = (kind: 'ConfigMap' | 'Secret' | 'ServiceAccount' | 'PersistentVolumeClaim', name: string, code: string) => {
      if (has(kind, name, ns)) return;
      if (kind === 'PersistentVolumeClaim' && o.kind === 'StatefulSet') return;
      out.push({
        code,
        concept: code,
        severity: 'warning',
        cause: m['offline.ref.missing']({ kind, name }),
        fix: m['offline.ref.missing.fix']({ kind, name, ns }),
        object: r,
      });
    };
    for (const c of containers) {
      for (const e of c.env ?? []) {
        const cm = e.valueFrom?.configMapKeyRef;
        const sec = e.valueFrom?.secretKeyRef;
        if (cm && !cm.optional) missing('ConfigMap', cm.name, 'config.missing-ref');
        if (sec && !sec.optional) missing('Secret', sec.name, 'config.missing-ref');
      }
      for (const e of c.envFrom ?? []) {
        if (e.configMapRef && !e.configMapRef.optional) missing('ConfigMap', e.configMapRef.name, 'config.missing-ref');
        if (e.secretRef && !e.secretRef.optional) missing('Secret', e.secretRef.name, 'config.missing-ref');
      }
    }
    for (const v of t.spec?.volumes ?? []) {
      if (v.configMap && !v.configMap.optional) missing('ConfigMap', v.configMap.name, 'config.missing-ref');
      if (v.secret && !v.secret.optional) missing('Secret', v.secret.secretName, 'config.missing-ref');
      if (v.persistentVolumeClaim) missing('PersistentVolumeClaim', v.persistentVolumeClaim.claimName, 'pvc.unbound');
    }
    const sa = t.spec?.serviceAccountName;
    if (sa && sa !== 'default') missing('ServiceAccount', sa, 'serviceaccount.missing');

    // A ResourceQuota on cpu or memory makes the API server reject Pods whose containers omit them.
    for (const q of objects.filter((x) => x.kind === 'ResourceQuota' && nsOf(x, defaultNamespace) === ns)) {
      const hard = Object.keys((q.spec as { hard?: Record<string, string> } | undefined)?.hard ?? {});
      for (const key of hard.filter((h) => /^(requests|limits)\.(cpu|memory)$|^(cpu|memory)$/.test(h))) {
        const [kind, res] = key.includes('.') ? (key.split('.') as ['requests' | 'limits', string]) : (['requests', key] as const);
        const lacking = (t.spec?.containers ?? []).filter((c) => !c.resources?.[kind]?.[res]).map((c) => c.name);
        if (!lacking.length) continue;
        out.push({
          code: 'resourcequota.exceeded',
          concept: 'resourcequota.exceeded',
          severity: 'error',
          cause: m['offline.quota']({ quota: q.metadata?.name ?? '', key, containers: lacking.join(', ') }),
          fix: m['offline.quota.fix']({ field: `resources.${kind}.${res}` }),
          object: r,
        });
      }
    }
  }

  for (const svc of objects.filter((o) => o.kind === 'Service')) {
    const ns = nsOf(svc, defaultNamespace);
    const spec = svc.spec as
      | { selector?: Record<string, string>; type?: string; ports?: { port: number; targetPort?: number | string; name?: string }[] }
      | undefined;
    const sel = spec?.selector;
    if (!sel || !Object.keys(sel).length || spec?.type === 'ExternalName') continue;
    const backing = workloads.filter((w) => nsOf(w.o, defaultNamespace) === ns && labelsMatch(sel, w.t.metadata?.labels));
    if (!backing.length) {
      if (workloads.some((w) => nsOf(w.o, defaultNamespace) === ns))
        out.push({
          code: 'service.selector-mismatch',
          concept: 'service.selector-mismatch',
          severity: 'warning',
          cause: m['offline.service.selector']({ selector: selText(sel) }),
          fix: m['offline.service.selector.fix'](),
          object: ref(svc, defaultNamespace),
        });
      continue;
    }
    for (const p of spec?.ports ?? []) {
      const target = p.targetPort ?? p.port;
      const ok = backing.some((w) =>
        (w.t.spec?.containers ?? []).some((c) =>
          (c.ports ?? []).some((cp) => (typeof target === 'number' ? cp.containerPort === target : cp.name === target)),
        ),
      );
      // An undeclared numeric port may still be served; a named one that no container declares never is.
      if (ok || (typeof target === 'number' && backing.every((w) => (w.t.spec?.containers ?? []).every((c) => !c.ports?.length)))) continue;
      out.push({
        code: 'service.targetport-mismatch',
        concept: 'service.targetport-mismatch',
        severity: typeof target === 'number' ? 'warning' : 'error',
        cause: m['offline.service.targetport']({ port: String(p.port), target: String(target) }),
        fix: m['offline.service.targetport.fix'](),
        object: ref(svc, defaultNamespace),
      });
    }
  }

  for (const ing of objects.filter((o) => o.kind === 'Ingress')) {
    const ns = nsOf(ing, defaultNamespace);
    type Backend = { service?: { name: string; port?: { number?: number; name?: string } } };
    const spec = ing.spec as { defaultBackend?: Backend; rules?: { http?: { paths?: { backend?: Backend }[] } }[] } | undefined;
    const backends = [spec?.defaultBackend, ...(spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend))];
    for (const b of backends) {
      if (!b?.service) continue;
      const svc = objects.find((o) => o.kind === 'Service' && o.metadata?.name === b.service!.name && nsOf(o, defaultNamespace) === ns);
      if (!svc) {
        out.push({
          code: 'ingress',
          concept: 'ingress',
          severity: 'warning',
          cause: m['offline.ingress.service']({ service: b.service.name }),
          fix: m['offline.ref.missing.fix']({ kind: 'Service', name: b.service.name, ns }),
          object: ref(ing, defaultNamespace),
        });
        continue;
      }
      const ports = (svc.spec as { ports?: { port: number; name?: string }[] } | undefined)?.ports ?? [];
      const want = b.service.port;
      if (want && !ports.some((p) => (want.number !== undefined ? p.port === want.number : p.name === want.name))) {
        out.push({
          code: 'ingress',
          concept: 'ingress',
          severity: 'error',
          cause: m['offline.ingress.port']({ service: b.service.name, port: String(want.number ?? want.name ?? '') }),
          fix: m['offline.ingress.port.fix']({ ports: ports.map((p) => p.name ?? String(p.port)).join(', ') }),
          object: ref(ing, defaultNamespace),
        });
      }
    }
  }
  return out;
}

export interface OfflineProblem {
  code: string;
  concept: string;
  severity: Severity;
  cause: Message;
  fix: Message;
  affected: Ref[];
}

/** Equal causes on several objects are one problem listing them; worst first. */
export function groupOffline(findings: readonly OfflineFinding[]): OfflineProblem[] {
  const groups = new Map<string, OfflineProblem>();
  for (const f of findings) {
    const key = `${f.code}|${JSON.stringify(f.cause)}`;
    const g = groups.get(key) ?? { code: f.code, concept: f.concept, severity: f.severity, cause: f.cause, fix: f.fix, affected: [] };
    if (!g.affected.some((a) => a.kind === f.object.kind && a.name === f.object.name && a.namespace === f.object.namespace))
      g.affected.push(f.object);
    groups.set(key, g);
  }
  const rank = { ok: 0, info: 1, warning: 2, error: 3 } as const;
  return [...groups.values()].sort((a, b) => rank[b.severity] - rank[a.severity] || b.affected.length - a.affected.length);
}
