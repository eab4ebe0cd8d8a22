// What a Pod's explanation says about one of its PersistentVolumeClaims: the claim's phase, not only
// that it exists. For pod.ts (the Pod explainer reads its claims); pure.
import type { KubeObject } from '../model/kube.js';
import { type Severity } from '../model/finding.js';
import type { Message } from '../model/message.js';
import { m } from './kind-parts.js';

export interface ClaimPhase {
  severity: Severity;
  /** One sentence naming the claim, its phase and what it means for the Pod. */
  text: Message;
  /** What to run next, when something is wrong. */
  next?: Message;
}

/**
 * `pvc` as read: the object, null when it does not exist, undefined when it could not be read.
 * A Pod using a claim that is not Bound is not scheduled (Immediate) or waits for its volume.
 */
export function claimPhase(claimName: string, pvc: KubeObject | null | undefined): ClaimPhase {
  if (pvc === undefined) return { severity: 'info', text: m['pvc-phase.unknown']({ claim: claimName }) };
  if (pvc === null)
    return { severity: 'error', text: m['pvc-phase.missing']({ claim: claimName }), next: m['pvc-phase.next']({ claim: claimName }) };
  const phase = (pvc.status as { phase?: string } | undefined)?.phase ?? 'Pending';
  const volume = (pvc.spec as { volumeName?: string } | undefined)?.volumeName ?? '';
  if (phase === 'Bound') return { severity: 'ok', text: m['pvc-phase.bound']({ claim: claimName, volume }) };
  if (phase === 'Lost')
    return { severity: 'error', text: m['pvc-phase.lost']({ claim: claimName, volume }), next: m['pvc-phase.next']({ claim: claimName }) };
  return { severity: 'warning', text: m['pvc-phase.pending']({ claim: claimName }), next: m['pvc-phase.next']({ claim: claimName }) };
}
