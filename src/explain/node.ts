// Explains a Node: conditions (Ready and the pressure conditions), why it is NotReady (the kubelet's
// reason and message, the taints the node lifecycle controller added and when its Pods are evicted),
// taints and what their effects do, cordon, capacity vs allocatable, and its Pods with their summed
// requests. Pure: returns Messages.
import type { Explainer } from './contract.js';
import type { ExplanationModel } from '../model/explanation.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { KubeObject } from '../model/kube.js';
import { builders, type Message } from '../model/message.js';
import type { Event, Pod } from '../model/pod.js';
import { list, listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import { conditionFindings, conditionsOf, eventsFinding, nameOf, type Condition } from './kind-parts.js';
import { allContainers } from './pod-refs.js';
import { podFindings } from './workload-parts.js';
import { formatQuantity, parseQuantity } from './quantity.js';
import { notReadyCause } from './causes/node-ready.js';
import { nodeCause, nodeEvictions } from './workload-cause.js';
import type { Taint } from './taints.js';

const w = builders<WMessages>('wl');
const RESOURCES = ['cpu', 'memory', 'pods', 'ephemeral-storage'];

interface NodeObject extends KubeObject {
  spec?: { unschedulable?: boolean; taints?: Taint[] };
  status?: {
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    nodeInfo?: { kubeletVersion?: string; osImage?: string; containerRuntimeVersion?: string };
    conditions?: Condition[];
  };
}

export const explainer: Explainer = {
  group: '',
  kind: 'Node',
  budget: 3,
  reads(node): ReadPlan {
    const name = nameOf(node);
    return {
      // Every namespace's Pods bound here.
      pods: list('Pod', { fieldSelector: `spec.nodeName=${name}` }),
      // By kind and name: the kubelet writes its Node events with the node's name as uid.
      events: list('Event', { fieldSelector: `involvedObject.kind=Node,involvedObject.name=${name}` }),
    };
  },
  explain: (snap) => explainNode(snap),
};

const meaning = (c: Condition): Message => w['condition.means']({ kind: 'Node', type: c.type, status: c.status, reason: c.reason ?? '' });

export function explainNode(snap: Snapshot): ExplanationModel {
  const node = snap.object as NodeObject;
  const name = nameOf(node);
  const spec = node.spec ?? {};
  const st = node.status ?? {};
  const notReady = notReadyCause(node);
  const cause = notReady && nodeCause(name, notReady);
  const findings: FindingModel[] = conditionFindings(node, 'node', meaning).map((f) =>
    f.id === 'condition.Ready' && notReady ? { ...f, severity: 'error' as Severity } : f,
  );
  const allPods = listOf<Pod>(snap, 'pods');
  const pods = allPods?.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  if (cause && notReady)
    findings.unshift(
      finding(
        'notready',
        cause.concept,
        'error',
        cause.message,
        [...cause.details, ...(pods ? nodeEvictions(notReady, pods) : [])],
        cause.terms,
      ),
    );
  if (spec.unschedulable)
    findings.push(finding('unschedulable', 'node', 'warning', w['node.cordoned.title'](), [w['node.cordoned']({ name })]));
  for (const t of spec.taints ?? [])
    findings.push(
      finding(
        `taint.${t.key}:${t.effect}`,
        'taints.tolerations',
        t.effect === 'PreferNoSchedule' ? 'info' : 'warning',
        w['taint.title']({ taint: `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}` }),
        [
          t.effect === 'NoExecute'
            ? w['taint.NoExecute']()
            : t.effect === 'PreferNoSchedule'
              ? w['taint.PreferNoSchedule']()
              : w['taint.NoSchedule'](),
        ],
      ),
    );
  if (!spec.taints?.length) findings.push(finding('taints', 'taints.tolerations', 'ok', w['taint.none.title'](), [w['taint.none']()]));
  const cap = st.capacity ?? {};
  const alloc = st.allocatable ?? {};
  findings.push(
    finding('capacity', 'resources', 'info', w['node.capacity.title'](), [
      ...RESOURCES.filter((r) => cap[r] || alloc[r]).map((r) =>
        w['node.capacity.line']({ resource: r, capacity: cap[r] ?? '-', allocatable: alloc[r] ?? '-' }),
      ),
      w['node.capacity'](),
    ]),
  );
  if (pods) findings.push(requests(pods, alloc));
  findings.push(...podFindings(pods, {}));
  if (st.nodeInfo?.kubeletVersion)
    findings.push(
      finding('info', 'kubelet', 'info', w['node.info.title']({ version: st.nodeInfo.kubeletVersion }), [
        w['node.info']({ os: st.nodeInfo.osImage ?? '?', runtime: st.nodeInfo.containerRuntimeVersion ?? '?' }),
      ]),
    );
  const events = eventsFinding(listOf<Event>(snap, 'events'));
  if (events) findings.push(events);
  return {
    kind: 'Explanation',
    target: { kind: 'Node', name },
    verdict: cause ? { severity: 'error', message: cause.message } : verdict(node, pods?.length),
    findings,
    warnings: [...snap.warnings],
  };
}

/** The summed requests of the node's running Pods against its allocatable (≥ 90 % or a full Pod count is a warning). */
function requests(pods: readonly Pod[], alloc: Record<string, string>): FindingModel {
  const sum: Record<string, number> = { cpu: 0, memory: 0 };
  for (const p of pods)
    for (const c of allContainers(p)) for (const r of ['cpu', 'memory']) sum[r]! += parseQuantity(c.resources?.requests?.[r]) ?? 0;
  let sev: Severity = 'info';
  const lines = ['cpu', 'memory'].map((r) => {
    const a = parseQuantity(alloc[r]);
    const pct = a ? Math.round((sum[r]! / a) * 100) : undefined;
    if (pct !== undefined && pct >= 90) sev = 'warning';
    return w['node.requests.line']({
      resource: r,
      requested: formatQuantity(r, sum[r]!),
      allocatable: alloc[r] ?? '-',
      pct: pct === undefined ? '?' : String(pct),
    });
  });
  const podCap = parseQuantity(alloc.pods);
  lines.push(w['node.requests.pods']({ count: pods.length, max: alloc.pods ?? '-' }));
  if (podCap !== undefined && pods.length >= podCap) sev = 'warning';
  lines.push(w['node.requests']());
  return finding('requests', 'resources', sev, w['node.requests.title']({ count: pods.length }), lines);
}

/** The verdict of a Ready node: pressure, cordon, hard taints, or fine. */
function verdict(node: NodeObject, running: number | undefined): { severity: Severity; message: Message } {
  const pressure = conditionsOf(node)
    .filter((c) => c.type !== 'Ready' && c.status === 'True' && /Pressure$|^NetworkUnavailable$/.test(c.type))
    .map((c) => c.type);
  if (pressure.length)
    return { severity: 'warning', message: w['node.verdict.pressure']({ conditions: pressure.join(', '), name: nameOf(node) }) };
  if (node.spec?.unschedulable) return { severity: 'warning', message: w['node.verdict.cordoned']({ name: nameOf(node) }) };
  const hard = (node.spec?.taints ?? []).filter((t) => t.effect !== 'PreferNoSchedule');
  if (hard.length)
    return { severity: 'info', message: w['node.verdict.tainted']({ taints: hard.map((t) => `${t.key}:${t.effect}`).join(', ') }) };
  return { severity: 'ok', message: w['node.verdict.ok']({ pods: String(running ?? '?') }) };
}
