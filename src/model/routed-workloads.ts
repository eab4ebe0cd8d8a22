// Workloads as routing sees them (pure): their labels and Pod template's against a selector, and
// offline, each Pod template as a stand-in Pod. Used by the read plans of Service and Ingress and by
// the Gateway's backend reads in src/cluster.
import type { KubeObject } from './kube.js';
import type { RoutedPod, RoutedWorkload } from './routing.js';

/** Kinds whose Pod templates can back a Service. */
export const WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'] as const;
/** Kinds with replicas that a Service usually fronts; read live only when a selector matches no Pod. */
const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

type TemplateSpec = { metadata?: { labels?: Record<string, string> }; spec?: RoutedPod['spec'] };
type WorkloadSpec = { replicas?: number; template?: TemplateSpec; jobTemplate?: { spec?: { template?: TemplateSpec } } };

const templateOf = (w: KubeObject) => {
  const spec = w.spec as WorkloadSpec | undefined;
  return w.kind === 'CronJob' ? spec?.jobTemplate?.spec?.template : spec?.template;
};

/** Workloads as routing compares them with a selector: own labels, template labels, replicas. */
export function routedWorkloads(workloads: KubeObject[]): RoutedWorkload[] {
  return workloads.flatMap((w) => {
    const tpl = templateOf(w);
    if (!tpl) return [];
    const replicas = (w.spec as WorkloadSpec | undefined)?.replicas;
    return [
      {
        kind: w.kind ?? '',
        name: w.metadata?.name ?? '',
        labels: (w.metadata as { labels?: Record<string, string> } | undefined)?.labels ?? {},
        templateLabels: tpl.metadata?.labels ?? {},
        ...(REPLICATED.has(w.kind ?? '') ? { replicas: replicas ?? 1 } : {}),
      },
    ];
  });
}

/** Offline: each workload's Pod template as a stand-in Pod (labels and containers; no status). */
export function templatePods(workloads: KubeObject[]): RoutedPod[] {
  const out: RoutedPod[] = [];
  for (const w of workloads) {
    const spec = w.spec as WorkloadSpec | undefined;
    const tpl = templateOf(w);
    if (!tpl?.spec) continue;
    const name = w.metadata?.name ?? '';
    const replicas = REPLICATED.has(w.kind ?? '') ? (spec?.replicas ?? 1) : undefined;
    out.push({
      kind: 'Pod',
      metadata: {
        name: `${w.kind!.toLowerCase()}/${name}`,
        ...(w.metadata?.namespace ? { namespace: w.metadata.namespace } : {}),
        labels: tpl.metadata?.labels ?? {},
      },
      spec: { ...tpl.spec, containers: tpl.spec.containers ?? [] },
      template: { kind: w.kind!, name },
      ...(replicas !== undefined ? { replicas } : {}),
    } as RoutedPod);
  }
  return out;
}
