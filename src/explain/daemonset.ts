// Explains a DaemonSet: its counts (desired/current/ready/updated/available/misscheduled), which
// nodes run no Pod of it and why (nodeSelector, untolerated taints), its Pods by state. Pure.
import type { KubeObject } from '../model/kube.js';
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity } from '../model/finding.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages } from '../i18n/messages/workloads.js';
import { formatSelector, matchesSelector } from './common.js';
import { conditionFinding, conditions, eventsFinding, fnd, metaOf, podFindings, podsOf, uidsOf, worstPod } from './workload-common.js';
import { tolerates, type Taint, type Toleration } from './taints.js';

interface DsStatus {
  desiredNumberScheduled?: number;
  currentNumberScheduled?: number;
  numberReady?: number;
  updatedNumberScheduled?: number;
  numberAvailable?: number;
  numberMisscheduled?: number;
  numberUnavailable?: number;
}

export function explainDaemonSet(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const ds = snap.object;
  const m = metaOf(ds);
  const st = (ds.status ?? {}) as DsStatus;
  const podSpec =
    (ds.spec as { template?: { spec?: { nodeSelector?: Record<string, string>; tolerations?: Toleration[] } } } | undefined)?.template
      ?.spec ?? {};
  const pods = podsOf(snap.related.pods, ds);
  const v = {
    desired: st.desiredNumberScheduled ?? 0,
    current: st.currentNumberScheduled ?? 0,
    ready: st.numberReady ?? 0,
    updated: st.updatedNumberScheduled ?? 0,
    available: st.numberAvailable ?? 0,
    misscheduled: st.numberMisscheduled ?? 0,
  };
  const findings: Finding[] = [
    fnd(
      'counts',
      'daemonset',
      v.available >= v.desired && v.updated >= v.desired && v.misscheduled === 0 ? 'ok' : 'warning',
      w['ds.counts.title'](v),
      w['ds.counts'](),
    ),
  ];
  if (podSpec.nodeSelector && Object.keys(podSpec.nodeSelector).length)
    findings.push(
      fnd(
        'nodeSelector',
        'daemonset',
        'info',
        w['ds.selector.title']({ selector: formatSelector(podSpec.nodeSelector) }),
        w['ds.selector'](),
      ),
    );
  const nodes = snap.related.nodes;
  if (nodes && pods) {
    const running = new Set(pods.map((p) => p.spec.nodeName).filter(Boolean));
    const lines: string[] = [];
    let unexpected = 0;
    for (const n of nodes) {
      const name = metaOf(n).name;
      if (running.has(name)) continue;
      const why = whyNot(n, podSpec.nodeSelector ?? {}, podSpec.tolerations ?? [], w);
      if (!why.expected) unexpected++;
      lines.push(`${name}: ${why.text}`);
    }
    if (lines.length)
      findings.push(
        fnd(
          'nodes.without',
          'daemonset',
          unexpected ? 'warning' : 'info',
          w['ds.nodes.title']({ count: lines.length, total: nodes.length }),
          lines.join('\n'),
        ),
      );
    else findings.push(fnd('nodes.without', 'daemonset', 'ok', w['ds.nodes.all']({ total: nodes.length }), ''));
  } else findings.push(fnd('nodes.without', 'daemonset', 'warning', w['ds.nodes.title']({ count: '?', total: '?' }), w['unknown.list']()));
  if (v.misscheduled)
    findings.push(
      fnd('misscheduled', 'daemonset', 'warning', w['ds.misscheduled.title']({ count: v.misscheduled }), w['ds.misscheduled']()),
    );
  findings.push(...conditions(ds).map((c) => conditionFinding('DaemonSet', c, c.status === 'True', 'daemonset', w)));
  findings.push(...podFindings(pods, lang, 'pods', 'pod', 'all', snap.events), eventsFinding(snap.events, uidsOf(ds), lang));

  const bad = pods ? worstPod(pods, lang, snap.events) : undefined;
  const sev: Severity = bad?.verdict.severity === 'error' ? 'error' : 'warning';
  const why = bad ? w['why.pod']({ verdict: bad.verdict.text }) : '';
  const verdict =
    v.desired === 0
      ? { severity: 'warning' as const, text: w['ds.verdict.none']() }
      : v.updated < v.desired
        ? { severity: sev, text: w['ds.verdict.rolling']({ ...v, why }) }
        : v.available < v.desired
          ? { severity: sev, text: w['ds.verdict.bad']({ ...v, why }) }
          : { severity: 'ok' as const, text: w['ds.verdict.ok'](v) };
  return {
    kind: 'Explanation',
    target: { kind: 'DaemonSet', name: m.name, ...(m.namespace ? { namespace: m.namespace } : {}) },
    verdict,
    findings,
    warnings: [...snap.warnings],
  };
}

/** Why a node runs no Pod of the DaemonSet: its selector, a taint it does not tolerate, or not yet. */
function whyNot(
  node: KubeObject,
  sel: Record<string, string>,
  tols: Toleration[],
  w: ReturnType<typeof wmessages>,
): { text: string; expected: boolean } {
  const labels = metaOf(node).labels ?? {};
  if (!matchesSelector(sel, labels)) return { text: w['ds.why.selector']({ selector: formatSelector(sel) }), expected: true };
  const taints = ((node.spec as { taints?: Taint[] } | undefined)?.taints ?? []).filter((t) => t.effect !== 'PreferNoSchedule');
  // The DaemonSet controller adds tolerations for the node-condition taints and unschedulable itself.
  const auto =
    /^node\.kubernetes\.io\/(not-ready|unreachable|disk-pressure|memory-pressure|pid-pressure|unschedulable|network-unavailable)$/;
  const blocking = taints.filter((t) => !auto.test(t.key) && !tolerates(tols, t));
  if (blocking.length)
    return {
      text: w['ds.why.taint']({ taints: blocking.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ') }),
      expected: true,
    };
  return { text: w['ds.why.pending'](), expected: false };
}
