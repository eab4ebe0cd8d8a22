// Explains a Deployment: rollout state, conditions, strategy, selector, ReplicaSet history with
// the image changed between revisions, and its Pods by state with the worst one explained. Pure.
import type { KubeObject } from '../model/kube.js';
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity, Verdict } from '../model/finding.js';
import type { Event, Pod } from '../model/pod.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages, type WMessages } from '../i18n/messages/workloads.js';
import { formatSelector, matchesSelector } from './common.js';
import { createFailure } from './causes/replicaset-create.js';
import { createCause } from './workload-cause.js';
import { say } from '../i18n/localize.js';
import {
  asPods,
  cond,
  conditionFinding,
  conditions,
  eventsFinding,
  fnd,
  metaOf,
  ownedBy,
  podFindings,
  templateImages,
  uidsOf,
  worstPod,
} from './workload-common.js';

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

export function explainDeployment(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const d = snap.object;
  const m = metaOf(d);
  const spec = (d.spec ?? {}) as DeploymentSpec;
  const st = (d.status ?? {}) as DeploymentStatus;
  const desired = spec.replicas ?? 1;
  const rss = (snap.related.replicaSets?.filter((r) => ownedBy(r, d)) ?? []).sort((a, b) => revisionOf(b) - revisionOf(a));
  const current = rss.find((r) => revisionOf(r) === revisionOf(d)) ?? rss[0];
  const pods = asPods(snap.related.pods?.filter((p) => rss.length === 0 || rss.some((r) => ownedBy(p, r))));
  const newPods = current && pods ? pods.filter((p) => ownedBy(p as unknown as KubeObject, current)) : undefined;
  const oldPods = pods && newPods ? pods.filter((p) => !newPods.includes(p)) : undefined;

  const findings: Finding[] = [
    rollout(desired, st, w),
    ...conditions(d).map((c) =>
      conditionFinding(
        'Deployment',
        c,
        c.type === 'ReplicaFailure' ? c.status !== 'True' : c.status === 'True',
        'deployment.rollout',
        w,
        c.reason === 'ProgressDeadlineExceeded' ? w['deploy.deadline']({ seconds: spec.progressDeadlineSeconds ?? 600, name: m.name }) : '',
      ),
    ),
    strategy(spec, desired, w),
    ...(spec.paused
      ? [
          fnd(
            'paused',
            'deployment.rollout',
            'warning',
            w['deploy.paused.title'](),
            w['deploy.paused']({ name: m.name, ns: m.namespace ?? '' }),
          ),
        ]
      : []),
    selector(spec, w),
    ...history(rss, current, snap.related.replicaSets === undefined, spec.revisionHistoryLimit ?? 10, w),
    ...podFindings(newPods ?? pods, lang, 'pods.new', 'pod', newPods ? 'new' : 'all', snap.events),
    ...(oldPods && oldPods.length ? podFindings(oldPods, lang, 'pods.old', 'replicaset', 'old') : []),
    eventsFinding(snap.events, uidsOf(d, ...rss.slice(0, 2)), lang),
  ];
  return {
    kind: 'Explanation',
    target: { kind: 'Deployment', name: m.name, ...(m.namespace ? { namespace: m.namespace } : {}) },
    verdict: verdict(d, spec, st, desired, newPods, oldPods, rss, current, lang, snap.events),
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
  lang: Lang,
  events: readonly Event[] | undefined,
): Verdict {
  const w = wmessages(lang);
  const updated = st.updatedReplicas ?? 0;
  const available = st.availableReplicas ?? 0;
  const total = st.replicas ?? 0;
  const bad = newPods ? worstPod(newPods, lang, events) : undefined;
  const oldRs = rss.filter((r) => r !== current && ((r.status as { replicas?: number } | undefined)?.replicas ?? 0) > 0);
  const oldServing = oldPods?.filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length ?? 0;
  const why =
    (bad ? w['deploy.why.newPods']({ verdict: bad.verdict.text }) : '') +
    (oldRs.length && oldServing ? w['deploy.why.oldServe']({ rs: oldRs.map((r) => metaOf(r).name).join(', '), count: oldServing }) : '');
  const progressing = cond(d, 'Progressing');
  const failure = cond(d, 'ReplicaFailure');
  const args = { updated, desired, available, why };
  const generation = (d.metadata as { generation?: number } | undefined)?.generation;
  if (generation !== undefined && st.observedGeneration !== undefined && st.observedGeneration < generation) {
    return { severity: 'info', text: w['deploy.verdict.unobserved']({ generation, observed: st.observedGeneration }) };
  }
  if (spec.paused)
    return { severity: 'warning', text: w['deploy.verdict.paused']({ revision: revisionOf(d), name: metaOf(d).name, ...args }) };
  // Pods that cannot even be created: the API server's reason, with the exact quota, ServiceAccount or webhook.
  const created = current
    ? createFailure(
        events?.filter((e) => involved(e) === metaOf(current).uid),
        newPods ?? [],
      )
    : undefined;
  if (failure?.status === 'True' || created) {
    const c = createCause(`ReplicaSet ${current ? metaOf(current).name : metaOf(d).name}`, created?.message ?? failure?.message ?? '');
    return { severity: 'error', text: say(c.message, lang) };
  }
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded')
    return { severity: 'error', text: w['deploy.verdict.deadline'](args) };
  if (desired === 0 && total === 0) return { severity: 'info', text: w['deploy.verdict.zero']() };
  const rolling = updated < desired || total > updated;
  const sev: Severity = bad?.verdict.severity === 'error' ? 'error' : 'warning';
  if (rolling) return { severity: sev, text: w['deploy.verdict.rolling'](args) };
  if (available < desired) return { severity: sev, text: w['deploy.verdict.degraded'](args) };
  // Restarts and failing probes on available Pods are never hidden behind a green verdict.
  if (bad) return { severity: 'warning', text: w['cause.pods.restarting']({ available, desired, verdict: bad.verdict.text }) };
  return { severity: 'ok', text: w['deploy.verdict.ok']({ desired, revision: revisionOf(d), images: templateImages(spec.template) }) };
}

const involved = (e: Event) => (e as { involvedObject?: { uid?: string } }).involvedObject?.uid;

function rollout(desired: number, st: DeploymentStatus, w: WMessages): Finding {
  const v = {
    desired,
    total: st.replicas ?? 0,
    updated: st.updatedReplicas ?? 0,
    ready: st.readyReplicas ?? 0,
    available: st.availableReplicas ?? 0,
    unavailable: st.unavailableReplicas ?? 0,
  };
  const done = v.updated === desired && v.available === desired && v.total === desired;
  return fnd(
    'rollout',
    'deployment.rollout',
    done ? 'ok' : v.available < desired ? 'warning' : 'info',
    w['deploy.rollout.title'](v),
    w['deploy.rollout'](),
  );
}

function strategy(spec: DeploymentSpec, desired: number, w: WMessages): Finding {
  if (spec.strategy?.type === 'Recreate')
    return fnd('strategy', 'deployment.rollout', 'info', w['deploy.strategy.title']({ type: 'Recreate' }), w['deploy.strategy.recreate']());
  const ru = spec.strategy?.rollingUpdate ?? {};
  const surge = scaledValue(ru.maxSurge, desired, true, '25%');
  const unavailable = scaledValue(ru.maxUnavailable, desired, false, '25%');
  const detail =
    w['deploy.strategy.rolling']({
      surge: String(ru.maxSurge ?? '25%'),
      unavailable: String(ru.maxUnavailable ?? '25%'),
      max: desired + surge,
      min: Math.max(0, desired - unavailable),
    }) + (unavailable === 0 ? `\n${w['deploy.strategy.zeroUnavailable']()}` : '');
  return fnd('strategy', 'deployment.rollout', 'info', w['deploy.strategy.title']({ type: 'RollingUpdate' }), detail);
}

function selector(spec: DeploymentSpec, w: WMessages): Finding {
  const sel = spec.selector?.matchLabels ?? {};
  const labels = spec.template?.metadata?.labels ?? {};
  const ok = matchesSelector(sel, labels);
  return fnd(
    'selector',
    'labels.selector',
    ok ? 'ok' : 'error',
    w['selector.title']({ selector: formatSelector(sel) || '-' }),
    ok ? w['selector.ok']() : w['selector.mismatch']({ labels: formatSelector(labels) }),
  );
}

function history(rss: KubeObject[], current: KubeObject | undefined, unknown: boolean, limit: number, w: WMessages): Finding[] {
  if (unknown) return [fnd('replicasets', 'replicaset', 'warning', w['deploy.rs.none.title'](), w['unknown.list']())];
  return rss.slice(0, 5).map((rs, i) => {
    const s = (rs.status ?? {}) as { replicas?: number; readyReplicas?: number; availableReplicas?: number };
    const spec = (rs.spec ?? {}) as { replicas?: number; template?: unknown };
    const prev = rss[i + 1];
    const lines = [w['deploy.rs.images']({ images: templateImages(spec.template) })];
    if (prev) {
      const a = templateImages((prev.spec as { template?: unknown }).template);
      const b = templateImages(spec.template);
      if (a !== b) lines.push(w['deploy.rs.diff']({ prev: revisionOf(prev), from: a, to: b }));
    }
    lines.push(rs === current ? w['deploy.rs.current']() : w['deploy.rs.old']({ limit }));
    const sev: Severity =
      rs === current ? ((s.availableReplicas ?? 0) < (spec.replicas ?? 0) ? 'warning' : 'ok') : (s.replicas ?? 0) > 0 ? 'info' : 'ok';
    return fnd(
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
      lines.join('\n'),
    );
  });
}
