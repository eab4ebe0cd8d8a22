// The Pod's scheduling constraints beyond nodeSelector: node affinity (required/preferred), pod
// affinity and anti-affinity, and tolerations against its node's taints. Pure; part of explainPod.
import { finding, type FindingModel } from '../model/finding.js';
import type { KubeObject } from '../model/kube.js';
import { builders, type Message } from '../model/message.js';
import type { Pod } from '../model/pod.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import { tolerates, type Taint, type Toleration } from './taints.js';
import { requirementText, termText, type NodeSelectorRequirement, type NodeSelectorTerm } from '../model/node-selector.js';

const w = builders<WMessages>('wl');

export interface PodTerm {
  labelSelector?: { matchLabels?: Record<string, string>; matchExpressions?: NodeSelectorRequirement[] };
  topologyKey?: string;
  namespaces?: string[];
  namespaceSelector?: object;
}
export interface Affinity {
  nodeAffinity?: {
    requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: NodeSelectorTerm[] };
    preferredDuringSchedulingIgnoredDuringExecution?: { weight: number; preference: NodeSelectorTerm }[];
  };
  podAffinity?: {
    requiredDuringSchedulingIgnoredDuringExecution?: PodTerm[];
    preferredDuringSchedulingIgnoredDuringExecution?: { weight: number; podAffinityTerm: PodTerm }[];
  };
  podAntiAffinity?: Affinity['podAffinity'];
}

const term = (t: NodeSelectorTerm) => termText(t) || '-';
/** `app=cache @ kubernetes.io/hostname`: a pod (anti-)affinity term's selector and topology key. */
export const podTerm = (t: PodTerm) =>
  `${[...Object.entries(t.labelSelector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`), ...(t.labelSelector?.matchExpressions ?? []).map(requirementText)].join(',') || '*'} @ ${t.topologyKey ?? '?'}`;

// Tolerations every Pod gets from admission; not worth a line.
const DEFAULT_TOLERATION = /^node\.kubernetes\.io\/(not-ready|unreachable)$/;

export function schedulingConstraints(pod: Pod, node: KubeObject | undefined): FindingModel[] {
  const unschedulable = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
  const out: FindingModel[] = [];
  const a = (pod.spec.affinity ?? {}) as Affinity;
  const req = a.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const pref = a.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  if (req.length || pref.length) {
    const blocked = !!unschedulable && /affinity/.test(unschedulable.message ?? '');
    out.push(
      finding('affinity.node', 'affinity', blocked ? 'error' : 'info', w['aff.node.title'](), [
        ...req.map((t, i) => w['aff.required']({ n: i + 1, term: term(t) })),
        ...pref.map((p) => w['aff.preferred']({ weight: p.weight, term: term(p.preference) })),
        w['aff.node'](),
      ]),
    );
  }
  out.push(...podAffinity('affinity.pod', a.podAffinity, w['aff.pod.title'](), w['aff.pod'](), unschedulable?.message));
  out.push(...podAffinity('affinity.antipod', a.podAntiAffinity, w['aff.anti.title'](), w['aff.anti'](), unschedulable?.message));
  out.push(...tolerations(pod, node, (pod.spec.tolerations ?? []) as Toleration[], unschedulable?.message));
  return out;
}

function podAffinity(
  id: string,
  pa: Affinity['podAffinity'],
  title: Message,
  meaning: Message,
  message: string | undefined,
): FindingModel[] {
  const req = pa?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  const pref = pa?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  if (!req.length && !pref.length) return [];
  const blocked = !!message && /pod affinity|pod anti-affinity|affinity rules/.test(message);
  return [
    finding(id, 'scheduling.pod-affinity', blocked ? 'error' : 'info', title, [
      ...req.map((t, i) => w['aff.required']({ n: i + 1, term: podTerm(t) })),
      ...pref.map((p) => w['aff.preferred']({ weight: p.weight, term: podTerm(p.podAffinityTerm) })),
      meaning,
    ]),
  ];
}

function tolerations(pod: Pod, node: KubeObject | undefined, tols: Toleration[], message: string | undefined): FindingModel[] {
  const own = tols.filter((t) => !DEFAULT_TOLERATION.test(t.key ?? ''));
  const taints = (node?.spec as { taints?: Taint[] } | undefined)?.taints ?? [];
  const untolerated = taints.filter((t) => t.effect !== 'PreferNoSchedule' && !tolerates(tols, t));
  const lines = own.map(
    (t) =>
      `${t.key ?? '*'}${t.operator === 'Exists' ? '' : `=${t.value ?? ''}`}:${t.effect ?? '*'}${t.tolerationSeconds !== undefined ? ` (${t.tolerationSeconds}s)` : ''}`,
  );
  const taintBlocked = !!message && /untolerated taint/.test(message);
  if (!lines.length && !untolerated.length && !taintBlocked) return [];
  const detail = [
    lines.length ? w['tol.list']({ list: lines.join(', ') }) : w['tol.none'](),
    ...(node && taints.length
      ? [w['tol.node']({ node: pod.spec.nodeName ?? '', taints: taints.map((t) => `${t.key}:${t.effect}`).join(', ') })]
      : []),
    ...(untolerated.length ? [w['tol.untolerated']({ taints: untolerated.map((t) => `${t.key}:${t.effect}`).join(', ') })] : []),
    ...(taintBlocked ? [w['tol.blocked']()] : []),
    w['tol.meaning'](),
  ];
  return [
    finding(
      'tolerations',
      'taints.tolerations',
      taintBlocked ? 'error' : untolerated.some((t) => t.effect === 'NoExecute') ? 'warning' : 'info',
      w['tol.title']({ count: lines.length }),
      detail,
    ),
  ];
}
