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
import { scaledValue } from './deployment.js';

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
  const excluded = { selector: 0, tainted: 0, taints: new Set<string>() };
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
      if (why.taint) excluded.tainted++;
      if (why.selector) excluded.selector++;
      for (const t of why.taints ?? []) excluded.taints.add(t);
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
  // Pods of the current template carry its generation (pod-template-generation, set by the controller).
  const generation = metaOf(ds).generation;
  const newPods =
    generation === undefined ? undefined : pods?.filter((p) => p.metadata.labels?.['pod-template-generation'] === String(generation));
  const badNew = v.updated < v.desired && newPods?.length ? worstPod(newPods, ctx) : undefined;
  const ru = (ds.spec as { updateStrategy?: { rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string } } })
    .updateStrategy?.rollingUpdate;
  const sev: Severity = bad?.severity === 'error' ? 'error' : 'warning';
  const why = bad ? w['why.pod']({ verdict: bad.message }) : '';
  // Pods the API server refuses (Pod Security, quota, webhook): counts alone read as a rollout in progress.
  const failedCreate = v.current < v.desired ? createFailure(eventsAbout(events, ds), pods ?? []) : undefined;
  const created = failedCreate ? createCause(`DaemonSet ${metaOf(ds).name}`, failedCreate.message) : undefined;
  if (created) findings.unshift(causeFinding(created, 'error'));
  const none = noneEligible(nodes, podSpec, excluded);
  const verdict: { severity: Severity; message: Message } = created
    ? { severity: 'error', message: created.message }
    : v.desired === 0
      ? { severity: 'warning', message: none.message }
      : badNew?.severity === 'error'
        ? {
            severity: 'error',
            message: w['ds.verdict.stuck']({
              ...v,
              pod: badNew.pod.metadata.name,
              node: badNew.pod.spec.nodeName ?? '-',
              verdict: badNew.message,
              unavailable: scaledValue(ru?.maxUnavailable, v.desired, true, '1'),
              surge: scaledValue(ru?.maxSurge, v.desired, true, '0'),
            }),
          }
        : v.updated < v.desired
          ? { severity: sev, message: w['ds.verdict.rolling']({ ...v, why }) }
          : v.available < v.desired
            ? { severity: sev, message: w['ds.verdict.bad']({ ...v, why }) }
            : { severity: 'ok', message: w['ds.verdict.ok'](v) };
  // No eligible node: the cause is taught where node labels and selectors (or taints) are, first.
  if (v.desired === 0 && !created && none.concept)
    findings.unshift(causeFinding({ concept: none.concept, terms: [], message: none.message, details: [] }, 'warning'));
  return { kind: 'Explanation', target: targetOf(ds, 'DaemonSet'), verdict, findings, warnings: [...snap.warnings] };
}

// The DaemonSet controller adds tolerations for the node-condition taints and unschedulable itself.
const AUTO_TOLERATED =
  /^node\.kubernetes\.io\/(not-ready|unreachable|disk-pressure|memory-pressure|pid-pressure|unschedulable|network-unavailable)$/;

/** Why a node runs no Pod of the DaemonSet: its nodeSelector or node affinity, a taint it does not tolerate, or not yet. */
function whyNot(
  node: KubeObject,
  placement: NodePlacement,
  tols: Toleration[],
): { text: Message; expected: boolean; taint?: boolean; selector?: boolean; taints?: string[] } {
  if (!placementAllows(placement, node))
    return { text: w['ds.why.selector']({ selector: placementText(placement) }), expected: true, selector: true };
  const taints = ((node.spec as { taints?: Taint[] } | undefined)?.taints ?? []).filter((t) => t.effect !== 'PreferNoSchedule');
  const blocking = taints.filter((t) => !AUTO_TOLERATED.test(t.key) && !tolerates(tols, t));
  if (blocking.length) {
    const taints = blocking.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`);
    return { text: w['ds.why.taint']({ taints: taints.join(', ') }), expected: true, taint: true, taints };
  }
  return { text: w['ds.why.pending'](), expected: false };
}

/** Why no node is eligible (desiredNumberScheduled 0): every node fails the node selection, or every node's taints. */
function noneEligible(
  nodes: readonly KubeObject[] | undefined,
  placement: NodePlacement & { nodeSelector?: Record<string, string> },
  excluded: { selector: number; tainted: number; taints: Set<string> },
): { message: Message; concept?: string } {
  if (!nodes) return { message: w['ds.verdict.none']() };
  if (nodes.length === 0) return { message: w['ds.verdict.noNodes']() };
  if (excluded.selector === nodes.length) {
    const label = Object.entries(placement.nodeSelector ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    return {
      message: w['ds.verdict.noMatch']({ selector: placementText(placement), total: nodes.length, label: label || 'KEY=VALUE' }),
      concept: 'scheduling.node-selector',
    };
  }
  // Every node the selection allows carries a taint the template does not tolerate.
  if (excluded.tainted && excluded.selector + excluded.tainted === nodes.length)
    return {
      message: w['ds.verdict.allTainted']({ total: excluded.tainted, taints: [...excluded.taints].join(', ') }),
      concept: 'taints.tolerations',
    };
  return { message: w['ds.verdict.none']() };
}
