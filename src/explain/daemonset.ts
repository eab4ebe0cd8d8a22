// Explains a DaemonSet: its counts (desired/current/ready/updated/available/misscheduled), which
// nodes run no Pod of it and why (nodeSelector or required node affinity, untolerated taints), its Pods by state with the worst
// one explained by its root cause. Reads its Pods by selector, the Nodes and the namespace's events
// (4 requests). Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import type { ExplanationModel } from '../model/explanation.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { Event } from '../model/pod.js';
import { list, listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import { formatSelector } from './common.js';
import { placementAllows, placementText, type NodePlacement } from '../model/node-selector.js';
import {
  causeContext,
  conditionFinding,
  conditions,
  eventsAbout,
  eventsFinding,
  metaOf,
  namespaceEvents,
  podFindings,
  podsOf,
  podsRead,
  targetOf,
  w,
  worstPod,
} from './workload-parts.js';
import { tolerates, type Taint, type Toleration } from './taints.js';
import { createFailure } from './causes/replicaset-create.js';
import { causeFinding, createCause } from './workload-cause.js';

interface DsStatus {
  desiredNumberScheduled?: number;
  currentNumberScheduled?: number;
  numberReady?: number;
  updatedNumberScheduled?: number;
  numberAvailable?: number;
  numberMisscheduled?: number;
  numberUnavailable?: number;
}

export const explainer: Explainer = {
  group: 'apps',
  kind: 'DaemonSet',
  budget: 4,
  reads: (ds: KubeObject, ns: string): ReadPlan => ({ pods: podsRead(ds, ns), nodes: list('Node'), events: namespaceEvents(ds, ns) }),
  explain: (snap) => explainDaemonSet(snap),
};

export function explainDaemonSet(snap: Snapshot): ExplanationModel {
  const ds = snap.object;
  const st = (ds.status ?? {}) as DsStatus;
  const podSpec =
    (ds.spec as { template?: { spec?: NodePlacement & { nodeSelector?: Record<string, string>; tolerations?: Toleration[] } } } | undefined)
      ?.template?.spec ?? {};
  const events = listOf<Event>(snap, 'events');
  const ctx = causeContext(snap);
  const pods = podsOf(listOf<KubeObject>(snap, 'pods'), ds);
  const v = {
    desired: st.desiredNumberScheduled ?? 0,
    current: st.currentNumberScheduled ?? 0,
    ready: st.numberReady ?? 0,
    updated: st.updatedNumberScheduled ?? 0,
    available: st.numberAvailable ?? 0,
    misscheduled: st.numberMisscheduled ?? 0,
  };
  const findings: FindingModel[] = [
    finding(
      'counts',
      'daemonset',
      v.available >= v.desired && v.updated >= v.desired && v.misscheduled === 0 ? 'ok' : 'warning',
      w['ds.counts.title'](v),
      [w['ds.counts']()],
    ),
  ];
  if (podSpec.nodeSelector && Object.keys(podSpec.nodeSelector).length)
    findings.push(
      finding('nodeSelector', 'daemonset', 'info', w['ds.selector.title']({ selector: formatSelector(podSpec.nodeSelector) }), [
        w['ds.selector'](),
      ]),
    );
  const nodes = listOf<KubeObject>(snap, 'nodes');
  if (nodes && pods) {
    const running = new Set(pods.map((p) => p.spec.nodeName).filter(Boolean));
    const lines: Message[] = [];
    let unexpected = 0;
    let tainted = 0;
    for (const n of nodes) {
      const name = metaOf(n).name;
      if (running.has(name)) continue;
      const why = whyNot(n, podSpec, podSpec.tolerations ?? []);
      if (!why.expected) unexpected++;
      if (why.taint) tainted++;
      lines.push(w.line({ name, state: why.text }));
    }
    findings.push(
      lines.length
        ? finding(
            'nodes.without',
            // Nodes left out by a taint are taught where tolerations are, not by the DaemonSet's definition.
            tainted ? 'taints.tolerations' : 'daemonset',
            unexpected ? 'warning' : 'info',
            w['ds.nodes.title']({ count: lines.length, total: nodes.length }),
            lines,
          )
        : finding('nodes.without', 'daemonset', 'ok', w['ds.nodes.all']({ total: nodes.length })),
    );
  } else
    findings.push(finding('nodes.without', 'daemonset', 'warning', w['ds.nodes.title']({ count: '?', total: '?' }), [w['unknown.list']()]));
  if (v.misscheduled)
    findings.push(
      finding('misscheduled', 'daemonset', 'warning', w['ds.misscheduled.title']({ count: v.misscheduled }), [w['ds.misscheduled']()]),
    );
  findings.push(...conditions(ds).map((c) => conditionFinding('DaemonSet', c, c.status === 'True', 'daemonset')));
  findings.push(...podFindings(pods, ctx));
  const ev = eventsFinding(events, ds);
  if (ev) findings.push(ev);

  const bad = worstPod(pods, ctx);
  const sev: Severity = bad?.severity === 'error' ? 'error' : 'warning';
  const why = bad ? w['why.pod']({ verdict: bad.message }) : '';
  // Pods the API server refuses (Pod Security, quota, webhook): counts alone read as a rollout in progress.
  const failedCreate = v.current < v.desired ? createFailure(eventsAbout(events, ds), pods ?? []) : undefined;
  const created = failedCreate ? createCause(`DaemonSet ${metaOf(ds).name}`, failedCreate.message) : undefined;
  if (created) findings.unshift(causeFinding(created, 'error'));
  const verdict: { severity: Severity; message: Message } = created
    ? { severity: 'error', message: created.message }
    : v.desired === 0
      ? { severity: 'warning', message: w['ds.verdict.none']() }
      : v.updated < v.desired
        ? { severity: sev, message: w['ds.verdict.rolling']({ ...v, why }) }
        : v.available < v.desired
          ? { severity: sev, message: w['ds.verdict.bad']({ ...v, why }) }
          : { severity: 'ok', message: w['ds.verdict.ok'](v) };
  return { kind: 'Explanation', target: targetOf(ds, 'DaemonSet'), verdict, findings, warnings: [...snap.warnings] };
}

// The DaemonSet controller adds tolerations for the node-condition taints and unschedulable itself.
const AUTO_TOLERATED =
  /^node\.kubernetes\.io\/(not-ready|unreachable|disk-pressure|memory-pressure|pid-pressure|unschedulable|network-unavailable)$/;

/** Why a node runs no Pod of the DaemonSet: its nodeSelector or node affinity, a taint it does not tolerate, or not yet. */
function whyNot(node: KubeObject, placement: NodePlacement, tols: Toleration[]): { text: Message; expected: boolean; taint?: boolean } {
  if (!placementAllows(placement, node)) return { text: w['ds.why.selector']({ selector: placementText(placement) }), expected: true };
  const taints = ((node.spec as { taints?: Taint[] } | undefined)?.taints ?? []).filter((t) => t.effect !== 'PreferNoSchedule');
  const blocking = taints.filter((t) => !AUTO_TOLERATED.test(t.key) && !tolerates(tols, t));
  if (blocking.length)
    return {
      text: w['ds.why.taint']({ taints: blocking.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ') }),
      expected: true,
      taint: true,
    };
  return { text: w['ds.why.pending'](), expected: false };
}
