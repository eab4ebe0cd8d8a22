// A Job's podFailurePolicy evaluated on its failed Pods as the Job controller does
// (pkg/controller/job/pod_failure_policy.go, v1.36): the rules in order, the first that matches wins.
// onExitCodes looks at terminated containers (app, then init) with a non-zero exit code, only the named
// container when containerName is set; onPodConditions at the Pod's conditions (status True unless
// given). So the verdict names the rule, the Pod and the container from the objects, not from the
// controller's message. Pure.
import type { Pod } from '../model/pod.js';
import { compareText } from '../text/compare.js';

export interface FailureRule {
  action: string;
  onExitCodes?: { containerName?: string; operator: string; values: number[] };
  onPodConditions?: { type: string; status?: string }[];
}

export interface RuleMatch {
  index: number;
  rule: FailureRule;
  pod: string;
  container?: string;
  exitCode?: number;
  condition?: string;
}

export const policyRules = (spec: unknown): FailureRule[] =>
  (spec as { podFailurePolicy?: { rules?: FailureRule[] } } | undefined)?.podFailurePolicy?.rules ?? [];

function exitMatch(pod: Pod, req: NonNullable<FailureRule['onExitCodes']>): { container: string; exitCode: number } | undefined {
  for (const s of [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])]) {
    const code = s.state?.terminated?.exitCode;
    if (code === undefined || code === 0 || (req.containerName && req.containerName !== s.name)) continue;
    if (req.values.includes(code) === (req.operator === 'In')) return { container: s.name, exitCode: code };
  }
  return undefined;
}

/** The first rule a failed Pod matches, or undefined (then the failure counts towards backoffLimit). */
export function matchRule(rules: readonly FailureRule[], pod: Pod): RuleMatch | undefined {
  if (pod.status?.phase !== 'Failed') return undefined;
  for (const [index, rule] of rules.entries()) {
    const base = { index, rule, pod: pod.metadata.name };
    if (rule.onExitCodes) {
      const hit = exitMatch(pod, rule.onExitCodes);
      if (hit) return { ...base, ...hit };
    }
    for (const req of rule.onPodConditions ?? [])
      if (pod.status?.conditions?.some((c) => c.type === req.type && c.status === (req.status ?? 'True')))
        return { ...base, condition: req.type };
  }
  return undefined;
}

/** The match that ended the Job (FailJob; FailIndex for an indexed Job), newest failed Pod first. */
export function failingMatch(rules: readonly FailureRule[], pods: readonly Pod[] | undefined): RuleMatch | undefined {
  const failed = [...(pods ?? [])]
    .filter((p) => p.status?.phase === 'Failed')
    .sort((a, b) => compareText(b.metadata.creationTimestamp ?? '', a.metadata.creationTimestamp ?? ''));
  for (const p of failed) {
    const m = matchRule(rules, p);
    if (m && (m.rule.action === 'FailJob' || m.rule.action === 'FailIndex')) return m;
  }
  return undefined;
}
