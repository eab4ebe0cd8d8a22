// CreateContainerConfigError from runAsNonRoot (the kubelet's verifyRunAsNonRoot, v1.36): the image runs as
// root, the image names its user (not a UID, so the kubelet cannot check it), or the spec's own runAsUser is 0.
// The cause is the securityContext against the image, not a missing ConfigMap or Secret. Pure; returns data.
import type { Container, Pod } from '../../model/pod.js';

export interface NonRootProblem {
  kind: 'image-root' | 'image-user-name' | 'run-as-user-0' | 'invalid-uid';
  /** The image's user name (image-user-name) or UID (invalid-uid), as the kubelet wrote it. */
  user?: string;
  /** Where runAsNonRoot (or runAsUser, for run-as-user-0) is set: the container's securityContext or the Pod's. */
  field: string;
}

const RULES: [RegExp, NonRootProblem['kind']][] = [
  [/^container has runAsNonRoot and image will run as root\b/, 'image-root'],
  [/^container has runAsNonRoot and image has non-numeric user \(([^)]*)\)/, 'image-user-name'],
  [/^container's runAsUser breaks non-root policy\b/, 'run-as-user-0'],
  [/^container has runAsNonRoot and image has an invalid user id \((-?\d+)\)/, 'invalid-uid'],
];

/** The securityContext field that sets `key` for this container: its own wins over the Pod's. */
function fieldOf(pod: Pod, c: Container | undefined, key: 'runAsNonRoot' | 'runAsUser'): string {
  const init = pod.spec.initContainers?.some((x) => x.name === c?.name);
  if (c?.securityContext?.[key] !== undefined)
    return `${init ? 'spec.initContainers' : 'spec.containers'}[${c.name}].securityContext.${key}`;
  return `spec.securityContext.${key}`;
}

export function nonRootProblem(pod: Pod, container: string, message: string): NonRootProblem | undefined {
  for (const [re, kind] of RULES) {
    const hit = re.exec(message);
    if (!hit) continue;
    const c = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((x) => x.name === container);
    return {
      kind,
      ...(hit[1] !== undefined ? { user: hit[1] } : {}),
      field: fieldOf(pod, c, kind === 'run-as-user-0' ? 'runAsUser' : 'runAsNonRoot'),
    };
  }
  return undefined;
}
