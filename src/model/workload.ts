// The snapshot the workload, Node, Namespace and config explainers work on: the target object and
// the lists its explainer declared it needs, read once. A list is undefined when it could not be
// read (403), so "none" and "unknown" never get confused. Secrets arrive here already without
// their values (see SecretSummary).
import type { KubeObject } from '../model/kube.js';
import type { Event } from './pod.js';

export type RelatedKey =
  | 'pods'
  | 'replicaSets'
  | 'jobs'
  | 'services'
  | 'pvcs'
  | 'nodes'
  | 'quotas'
  | 'limitRanges'
  | 'deployments'
  | 'statefulSets'
  | 'daemonSets'
  | 'cronJobs'
  | 'configMaps'
  | 'secrets'
  | 'serviceAccounts';

export interface RelatedSnapshot {
  /** The target. A Secret target is a SecretSummary: no values, no last-applied annotation. */
  object: KubeObject;
  related: Partial<Record<RelatedKey, KubeObject[]>>;
  events?: Event[];
  warnings: string[];
}

/** What is kept of a Secret: metadata without last-applied-configuration, type, and each key's size in bytes. */
export interface SecretSummaryObject extends KubeObject {
  type?: string;
  keySizes: Record<string, number>;
}
