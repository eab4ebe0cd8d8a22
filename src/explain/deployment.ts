// Explains a Deployment: rollout state, conditions, strategy, selector, ReplicaSet history with
// the image changed between revisions, and its Pods by state with the worst one explained by its
// root cause. Reads its Pods and ReplicaSets by its selector and the namespace's events (4 requests);
// the Node list too when fewer replicas are available than desired or some Pod is unavailable (a
// rollout), so an unschedulable Pod's taint, node or unmatched selector is named (one request more,
// only then). Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import type { ExplanationModel } from '../model/explanation.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { Event, Pod } from '../model/pod.js';
import { list, listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import { formatSelector, matchesSelector } from './common.js';
import { compareText } from '../text/compare.js';
import { createFailure } from './causes/replicaset-create.js';
import { causeFinding, createCause, type Cause } from './workload-cause.js';
import {
  causeContext,
  cond,
  conditionFinding,
  conditions,
  eventsAbout,
  eventsFinding,
  metaOf,
  namespaceEvents,
  nodesWhen,
  nsOf,
  ownedBy,
  podFindings,
  podsRead,
  selectorQuery,
  targetOf,
  templateImages,
  w,
  worstPod,
  startingPod,
} from './workload-parts.js';

interface DeploymentSpec {
  replicas?: number;
  paused?: boolean;
  progressDeadlineSeconds?: number;
  minReadySeconds?: number;
  revisionHistoryLimit?: number;
  selector?: { matchLabels?: Record<string, string> };
  strategy?: { type?: string; rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string } };
  template?: { metadata?: { labels?: Record<string, string> } };
}
interface DeploymentStatus {
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  observedGeneration?: number;
}

const REVISION = 'deployment.kubernetes.io/revision';
export const revisionOf = (o: KubeObject) => Number(metaOf(o).annotations?.[REVISION] ?? 0);

/** maxSurge/maxUnavailable as a count of Pods: percentages round up for surge, down for unavailable (as the controller does). */
export function scaledValue(v: number | string | undefined, desired: number, roundUp: boolean, dflt: string): number {
  const x = v ?? dflt;
  if (typeof x === 'number') return x;
  const pct = /^(\d+)%$/.exec(x);
  if (!pct) return Number(x) || 0;
  const n = (Number(pct[1]) * desired) / 100;
  return roundUp ? Math.ceil(n) : Math.floor(n);
}

export const explainer: Explainer = {
  group: 'apps',
  kind: 'Deployment',
  budget: 5,
  reads(d: KubeObject, ns: string): ReadPlan {
    const spec = (d.spec ?? {}) as DeploymentSpec;
    const st = (d.status ?? {}) as DeploymentStatus;
    return {
      pods: podsRead(d, ns),
      replicaSets: list('ReplicaSet', { namespace: nsOf(d, ns), labelSelector: selectorQuery(spec.selector) }),
      events: namespaceEvents(d, ns),
      // Also when a Pod is unavailable while enough are available: with maxUnavailable 0 a rollout's
      // new Pod may be unschedulable while the old ones keep the count at desired.
      nodes: nodesWhen((st.availableReplicas ?? 0) < (spec.replicas ?? 1) || (st.unavailableReplicas ?? 0) > 0),
    };
  },
  explain: (snap) => explainDeployment(snap),
};

export function explainDeployment(snap: Snapshot): ExplanationModel {
  const d = snap.object;
  const m = metaOf(d);
  const spec = (d.spec ?? {}) as DeploymentSpec;
  const st = (d.status ?? {}) as DeploymentStatus;
  const desired = spec.replicas ?? 1;
  const events = listOf<Event>(snap, 'events');
  const ctx = causeContext(snap);
  const rsList = listOf<KubeObject>(snap, 'replicaSets');
  const rss = (rsList?.filter((r) => ownedBy(r, d)) ?? []).sort((a, b) => revisionOf(b) - revisionOf(a));
  // The ReplicaSet of the Deployment's template, as the controller finds it (template equal but for
  // pod-template-hash). A paused Deployment creates none for a changed template: then there is no current one.
  const current =
    rss.find((r) => sameTemplate(r, d)) ??
    (spec.paused && rss.length ? undefined : (rss.find((r) => revisionOf(r) === revisionOf(d)) ?? rss[0]));
  const pods = listOf<Pod>(snap, 'pods')?.filter((p) => rss.length === 0 || rss.some((r) => ownedBy(p as unknown as KubeObject, r)));
  const newPods = current && pods ? pods.filter((p) => ownedBy(p as unknown as KubeObject, current)) : undefined;
  const oldPods = pods && newPods ? pods.filter((p) => !newPods.includes(p)) : undefined;

  const findings: FindingModel[] = [
    rollout(desired, st),
    ...conditions(d).map((c) =>
      conditionFinding(
        'Deployment',
        c,
        c.type === 'ReplicaFailure' ? c.status !== 'True' : c.status === 'True',
        'deployment.rollout',
        c.reason === 'ProgressDeadlineExceeded'
          ? w['deploy.deadline']({ seconds: spec.progressDeadlineSeconds ?? 600, name: m.name })
          : undefined,
      ),
    ),
    strategy(spec, desired),
    ...(spec.paused
      ? [
          finding('paused', 'deployment.rollout', 'warning', w['deploy.paused.title'](), [
            w['deploy.paused']({ name: m.name, ns: m.namespace ?? '' }),
          ]),
        ]
      : []),
    selector(spec),
    ...history(rss, current, rsList === undefined, spec.revisionHistoryLimit ?? 10, spec.paused ? metaOf(d) : undefined),
    ...podFindings(newPods ?? pods, ctx, { id: 'pods.new', which: newPods ? 'new' : 'all' }),
    ...(oldPods && oldPods.length ? podFindings(oldPods, ctx, { id: 'pods.old', concept: 'replicaset', which: 'old' }) : []),
  ];
  const ev = eventsFinding(events, d, ...rss.slice(0, 2));
  if (ev) findings.push(ev);
  const { cause, ...v } = verdict(d, spec, st, desired, newPods, oldPods, rss, current, ctx, events);
  if (cause) findings.unshift(causeFinding(cause, v.severity));
  return {
    kind: 'Explanation',
    target: targetOf(d, 'Deployment'),
    verdict: v,
    findings,
    warnings: [...snap.warnings],
  };
}

function verdict(
  d: KubeObject,
  spec: DeploymentSpec,
  st: DeploymentStatus,
  desired: number,
  newPods: Pod[] | undefined,
  oldPods: Pod[] | undefined,
  rss: KubeObject[],
  current: KubeObject | undefined,
  ctx: ReturnType<typeof causeContext>,
  events: readonly Event[] | undefined,
): { severity: Severity; message: Message; cause?: Cause } {
  const updated = st.updatedReplicas ?? 0;
  const available = st.availableReplicas ?? 0;
  const total = st.replicas ?? 0;
  const bad = worstPod(newPods, ctx);
  const oldRs = rss.filter((r) => r !== current && ((r.status as { replicas?: number } | undefined)?.replicas ?? 0) > 0);
  const oldServing = oldPods?.filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length ?? 0;
  const starting = bad ? undefined : startingPod(newPods, ctx);
  const deadlineExceeded = cond(d, 'Progressing')?.reason === 'ProgressDeadlineExceeded';
  const whyNew = bad
    ? w['deploy.why.newPods']({ pod: bad.pod.metadata.name, verdict: bad.message })
    : starting
      ? // Past the progress deadline a Pod that has not become Ready is no longer "still starting".
        w[deadlineExceeded ? 'deploy.why.notReady' : 'deploy.why.starting']({ pod: starting.pod.metadata.name, verdict: starting.message })
      : '';
  const whyOld =
    oldRs.length && oldServing ? w['deploy.why.oldServe']({ rs: oldRs.map((r) => metaOf(r).name).join(', '), count: oldServing }) : '';
  const why = whyNew && whyOld ? w['why.and']({ first: whyNew, second: whyOld }) : whyNew || whyOld;
  const progressing = cond(d, 'Progressing');
  const failure = cond(d, 'ReplicaFailure');
  const args = { updated, desired, available, why };
  const generation = metaOf(d).generation;
  if (generation !== undefined && st.observedGeneration !== undefined && st.observedGeneration < generation)
    return { severity: 'info', message: w['deploy.verdict.unobserved']({ generation, observed: st.observedGeneration }) };
  const where = { name: metaOf(d).name, ns: metaOf(d).namespace ?? '' };
  if (spec.paused && !current && rss[0]) {
    // The template changed while paused: name what changed and what still runs.
    const running = rss[0];
    const from = templateImages((running.spec as { template?: unknown }).template);
    const to = templateImages(spec.template);
    const change = from === to ? w['deploy.change.other']({ images: to }) : w['deploy.change.images']({ from, to });
    const count = (running.status as { replicas?: number } | undefined)?.replicas ?? 0;
    return {
      severity: 'warning',
      message: w['deploy.verdict.pausedChange']({ rs: metaOf(running).name, revision: revisionOf(running), change, pods: count, ...where }),
    };
  }
  if (spec.paused) return { severity: 'warning', message: w['deploy.verdict.paused']({ revision: revisionOf(d), ...where, ...args }) };
  // Pods that cannot even be created: the API server's reason, with the exact quota, ServiceAccount or webhook.
  const created = current ? createFailure(eventsAbout(events, current), newPods ?? []) : undefined;
  if (failure?.status === 'True' || created) {
    const ru = spec.strategy?.type === 'Recreate' ? undefined : (spec.strategy?.rollingUpdate ?? {});
    const room =
      ru && oldRs.length
        ? {
            surge: scaledValue(ru.maxSurge, desired, true, '25%'),
            unavailable: scaledValue(ru.maxUnavailable, desired, false, '25%'),
            desired,
          }
        : undefined;
    const c = createCause(
      `ReplicaSet ${current ? metaOf(current).name : metaOf(d).name}`,
      created?.message ?? failure?.message ?? '',
      room,
    );
    return { severity: 'error', message: c.message, cause: c };
  }
  const rs = current ? metaOf(current).name : '?';
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded')
    return {
      severity: 'error',
      message: w['deploy.verdict.deadline']({ ...args, ...where, rs, seconds: spec.progressDeadlineSeconds ?? 600 }),
    };
  if (desired === 0 && total === 0) return { severity: 'info', message: w['deploy.verdict.zero']() };
  const rolling = updated < desired || total > updated;
  const sev: Severity = bad?.severity === 'error' ? 'error' : 'warning';
  // A new Pod that fails (cannot be scheduled, pulled or started) stops the rollout until it is fixed.
  if (rolling && bad?.severity === 'error' && current) return { severity: 'error', message: w['deploy.verdict.blocked']({ ...args, rs }) };
  if (rolling) return { severity: sev, message: w['deploy.verdict.rolling'](args) };
  if (available < desired) return { severity: sev, message: w['deploy.verdict.degraded'](args) };
  // Restarts and failing probes on available Pods are never hidden behind a green verdict.
  if (bad) return { severity: 'warning', message: w['cause.pods.restarting']({ available, desired, verdict: bad.message }) };
  return { severity: 'ok', message: w['deploy.verdict.ok']({ desired, revision: revisionOf(d), images: templateImages(spec.template) }) };
}

/** Whether a ReplicaSet runs the Deployment's Pod template (the controller's EqualIgnoreHash: all but pod-template-hash). */
export function sameTemplate(rs: KubeObject, d: KubeObject): boolean {
  const a = (rs.spec as { template?: unknown } | undefined)?.template;
  const b = (d.spec as { template?: unknown } | undefined)?.template;
  return a !== undefined && b !== undefined && canonical(a, true) === canonical(b, true);
}

/** JSON with sorted keys; the template's pod-template-hash label left out. */
function canonical(v: unknown, template = false): string {
  if (Array.isArray(v)) return `[${v.map((x) => canonical(x)).join(',')}]`;
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const o = { ...(v as Record<string, unknown>) };
  if (template && o.metadata) {
    const md = { ...(o.metadata as { labels?: Record<string, string> }) };
    if (md.labels) {
      const { ['pod-template-hash']: _hash, ...labels } = md.labels;
      md.labels = labels;
    }
    o.metadata = md;
  }
  return `{${Object.keys(o)
    .sort(compareText)
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

function rollout(desired: number, st: DeploymentStatus): FindingModel {
  const v = {
    desired,
    total: st.replicas ?? 0,
    updated: st.updatedReplicas ?? 0,
    ready: st.readyReplicas ?? 0,
    available: st.availableReplicas ?? 0,
    unavailable: st.unavailableReplicas ?? 0,
  };
  const done = v.updated === desired && v.available === desired && v.total === desired;
  return finding('rollout', 'deployment.rollout', done ? 'ok' : v.available < desired ? 'warning' : 'info', w['deploy.rollout.title'](v), [
    w['deploy.rollout'](),
  ]);
}

function strategy(spec: DeploymentSpec, desired: number): FindingModel {
  if (spec.strategy?.type === 'Recreate')
    return finding('strategy', 'deployment.rollout', 'info', w['deploy.strategy.title']({ type: 'Recreate' }), [
      w['deploy.strategy.recreate'](),
    ]);
  const ru = spec.strategy?.rollingUpdate ?? {};
  const surge = scaledValue(ru.maxSurge, desired, true, '25%');
  const unavailable = scaledValue(ru.maxUnavailable, desired, false, '25%');
  const detail = [
    w['deploy.strategy.rolling']({
      surge: String(ru.maxSurge ?? '25%'),
      unavailable: String(ru.maxUnavailable ?? '25%'),
      max: desired + surge,
      min: Math.max(0, desired - unavailable),
    }),
    ...(unavailable === 0 ? [w['deploy.strategy.zeroUnavailable']()] : []),
  ];
  return finding('strategy', 'deployment.rollout', 'info', w['deploy.strategy.title']({ type: 'RollingUpdate' }), detail);
}

function selector(spec: DeploymentSpec): FindingModel {
  const sel = spec.selector?.matchLabels ?? {};
  const labels = spec.template?.metadata?.labels ?? {};
  const ok = matchesSelector(sel, labels);
  return finding('selector', 'labels.selector', ok ? 'ok' : 'error', w['selector.title']({ selector: formatSelector(sel) || '-' }), [
    ok ? w['selector.ok']() : w['selector.mismatch']({ labels: formatSelector(labels) }),
  ]);
}

function history(
  rss: KubeObject[],
  current: KubeObject | undefined,
  unknown: boolean,
  limit: number,
  paused: { name: string; namespace?: string } | undefined,
): FindingModel[] {
  if (unknown) return [finding('replicasets', 'replicaset', 'warning', w['deploy.rs.none.title'](), [w['unknown.list']()])];
  return rss.slice(0, 5).map((rs, i) => {
    const s = (rs.status ?? {}) as { replicas?: number; readyReplicas?: number; availableReplicas?: number };
    const spec = (rs.spec ?? {}) as { replicas?: number; template?: unknown };
    const prev = rss[i + 1];
    const lines: Message[] = [w['deploy.rs.images']({ images: templateImages(spec.template) })];
    if (prev) {
      const a = templateImages((prev.spec as { template?: unknown }).template);
      const b = templateImages(spec.template);
      if (a !== b) lines.push(w['deploy.rs.diff']({ prev: revisionOf(prev), from: a, to: b }));
    }
    lines.push(
      rs === current
        ? w['deploy.rs.current']()
        : paused && !current && i === 0
          ? w['deploy.rs.paused']({ name: paused.name, ns: paused.namespace ?? '' })
          : w['deploy.rs.old']({ limit }),
    );
    const sev: Severity =
      rs === current ? ((s.availableReplicas ?? 0) < (spec.replicas ?? 0) ? 'warning' : 'ok') : (s.replicas ?? 0) > 0 ? 'info' : 'ok';
    return finding(
      `replicaset.${metaOf(rs).name}`,
      'replicaset',
      sev,
      w['deploy.rs.title']({
        name: metaOf(rs).name,
        revision: revisionOf(rs),
        desired: spec.replicas ?? 0,
        ready: s.readyReplicas ?? 0,
        available: s.availableReplicas ?? 0,
      }),
      lines,
    );
  });
}
