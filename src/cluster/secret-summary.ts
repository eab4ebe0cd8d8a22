// Secret values never leave src/cluster: every Secret read (get or list, live or from files) is
// replaced here, the moment it arrives, by its metadata (without last-applied-configuration, which
// holds the values), type and the size of each key.
import type { KubeObject } from '../model/kube.js';
import type { SecretSummaryObject } from '../model/workload.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function summarizeSecret(s: KubeObject): SecretSummaryObject {
  const data = (s.data as Record<string, string> | undefined) ?? {};
  const stringData = (s.stringData as Record<string, string> | undefined) ?? {};
  // A summary summarized again (check scans the namespace, then each explainer's plan reads the scan)
  // keeps its key sizes: it has no data left to measure.
  const keySizes: Record<string, number> = {};
  const prior = (s as { keySizes?: unknown }).keySizes;
  if (prior && typeof prior === 'object')
    for (const [k, v] of Object.entries(prior as Record<string, unknown>)) if (typeof v === 'number') keySizes[k] = v;
  for (const [k, v] of Object.entries(data)) keySizes[k] = Buffer.from(String(v), 'base64').length;
  for (const [k, v] of Object.entries(stringData)) keySizes[k] = Buffer.byteLength(String(v));
  const meta = { ...(s.metadata ?? {}) } as { annotations?: Record<string, string>; managedFields?: unknown; [k: string]: unknown };
  if (meta.annotations) {
    const { [LAST_APPLIED]: _dropped, ...rest } = meta.annotations;
    meta.annotations = rest;
  }
  // managedFields list field names only, but nothing here needs them.
  delete meta.managedFields;
  return {
    apiVersion: s.apiVersion ?? 'v1',
    kind: 'Secret',
    metadata: meta as SecretSummaryObject['metadata'],
    ...(typeof s.type === 'string' ? { type: s.type } : {}),
    keySizes,
  };
}
