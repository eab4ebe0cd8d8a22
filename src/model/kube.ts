// The shape every API object shares, as the API serves it (JSON). Kind-specific fields are typed
// where they are read (src/model/pod.ts, …) or as `import type` of @kubernetes/client-node's V1* types.
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; [k: string]: unknown };
  [k: string]: unknown;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Page size; lists are read in pages and concatenated. */
  limit?: number;
}
