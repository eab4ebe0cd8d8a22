// What the explainers keep of a Secret: no values, ever (src/cluster/secret-summary.ts makes it on arrival).
import type { KubeObject } from '../model/kube.js';

/** What is kept of a Secret: metadata without last-applied-configuration, type, and each key's size in bytes. */
export interface SecretSummaryObject extends KubeObject {
  type?: string;
  keySizes: Record<string, number>;
}
