// Why a Service selector matches no Pod, most specific cause first: the workload meant to back it
// is scaled to 0; it asks for Pods but none exists; the labels sit on the workload's own metadata
// instead of its Pod template; a Pod nearly matches (a typo on one side); the Pods it means run in
// another namespace (a Service selects only in its own). Pure.
import type { RoutedPod, RoutedWorkload } from '../model/routing.js';
import { mapSelects, nearMisses, type NearMiss } from './selectors.js';

export type NoPodsCause =
  | { kind: 'scaled-zero'; workload: RoutedWorkload }
  | { kind: 'not-created'; workload: RoutedWorkload }
  | { kind: 'label-on-workload'; workload: RoutedWorkload; labels: Record<string, string> }
  | { kind: 'near'; near: NearMiss[] }
  | { kind: 'elsewhere'; namespaces: { namespace: string; pods: string[] }[] }
  | { kind: 'none' };

const ref = (w: RoutedWorkload) => `${w.kind.toLowerCase()}/${w.name}`;
export const workloadRef = ref;

export function whyNoPods(
  selector: Record<string, string>,
  pods: readonly RoutedPod[],
  workloads: readonly RoutedWorkload[],
  elsewhere: readonly RoutedPod[] = [],
): NoPodsCause {
  const backing = workloads.find((w) => mapSelects(selector, w.templateLabels));
  if (backing && backing.replicas === 0) return { kind: 'scaled-zero', workload: backing };
  if (backing) return { kind: 'not-created', workload: backing };
  // Labels written on the Deployment itself select nothing: Services select Pods, which get the template's labels.
  const misplaced = workloads.find((w) => mapSelects(selector, { ...w.templateLabels, ...w.labels }));
  if (misplaced) {
    const labels = Object.fromEntries(Object.entries(selector).filter(([k, v]) => misplaced.templateLabels[k] !== v));
    return { kind: 'label-on-workload', workload: misplaced, labels };
  }
  // A near miss here is a typo to fix here; only without one are exact matches elsewhere the cause.
  const near = nearMisses(selector, pods);
  if (near.length) return { kind: 'near', near };
  const byNs = new Map<string, string[]>();
  for (const p of elsewhere)
    if (p.metadata.namespace) byNs.set(p.metadata.namespace, [...(byNs.get(p.metadata.namespace) ?? []), p.metadata.name]);
  if (byNs.size) return { kind: 'elsewhere', namespaces: [...byNs].map(([namespace, names]) => ({ namespace, pods: names })) };
  return { kind: 'none' };
}
