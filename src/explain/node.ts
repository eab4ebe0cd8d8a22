// Explains a Node: conditions (Ready and the pressure conditions), taints and what their effects
// do, cordon, capacity vs allocatable, and its Pods with their summed requests. Pure.
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity, Verdict } from '../model/finding.js';
import type { Condition } from '../model/pod.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages } from '../i18n/messages/workloads.js';
import { allContainers } from './pod-refs.js';
import { formatQuantity, parseQuantity } from './quantity.js';
import { asPods, conditionFinding, conditions, eventsFinding, fnd, metaOf, podFindings, uidsOf } from './workload-common.js';
import type { Taint } from './taints.js';

const NEGATIVE = new Set(['MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable']);
const RESOURCES = ['cpu', 'memory', 'pods', 'ephemeral-storage'];

export function explainNode(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const node = snap.object;
  const m = metaOf(node);
  const spec = (node.spec ?? {}) as { unschedulable?: boolean; taints?: Taint[] };
  const st = (node.status ?? {}) as {
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    nodeInfo?: { kubeletVersion?: string; osImage?: string; containerRuntimeVersion?: string };
  };
  const healthy = (c: Condition) => (NEGATIVE.has(c.type) ? c.status === 'False' : c.status === 'True');
  const findings: Finding[] = conditions(node).map((c) => {
    const f = conditionFinding('Node', c, healthy(c), 'node', w);
    return c.type === 'Ready' && c.status !== 'True' ? { ...f, severity: 'error' as Severity } : f;
  });
  if (spec.unschedulable)
    findings.push(fnd('unschedulable', 'node', 'warning', w['node.cordoned.title'](), w['node.cordoned']({ name: m.name })));
  for (const t of spec.taints ?? []) {
    const effect =
      t.effect === 'NoExecute'
        ? w['taint.NoExecute']()
        : t.effect === 'PreferNoSchedule'
          ? w['taint.PreferNoSchedule']()
          : w['taint.NoSchedule']();
    findings.push(
      fnd(
        `taint.${t.key}`,
        'taints.tolerations',
        t.effect === 'PreferNoSchedule' ? 'info' : 'warning',
        w['taint.title']({ taint: `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}` }),
        effect,
      ),
    );
  }
  if (!spec.taints?.length) findings.push(fnd('taints', 'taints.tolerations', 'ok', w['taint.none.title'](), w['taint.none']()));
  const cap = st.capacity ?? {};
  const alloc = st.allocatable ?? {};
  findings.push(
    fnd(
      'capacity',
      'resources',
      'info',
      w['node.capacity.title'](),
      [
        ...RESOURCES.filter((r) => cap[r] || alloc[r]).map((r) =>
          w['node.capacity.line']({ resource: r, capacity: cap[r] ?? '-', allocatable: alloc[r] ?? '-' }),
        ),
        w['node.capacity'](),
      ].join('\n'),
    ),
  );

  const pods = asPods(snap.related.pods)?.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  if (pods) {
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
    findings.push(fnd('requests', 'resources', sev, w['node.requests.title']({ count: pods.length }), lines.join('\n')));
  }
  findings.push(...podFindings(pods, lang, 'pods', 'pod'));
  if (st.nodeInfo?.kubeletVersion)
    findings.push(
      fnd(
        'info',
        'kubelet',
        'info',
        w['node.info.title']({ version: st.nodeInfo.kubeletVersion }),
        w['node.info']({ os: st.nodeInfo.osImage ?? '?', runtime: st.nodeInfo.containerRuntimeVersion ?? '?' }),
      ),
    );
  findings.push(eventsFinding(snap.events, uidsOf(node), lang));
  return {
    kind: 'Explanation',
    target: { kind: 'Node', name: m.name },
    verdict: verdict(snap, spec, healthy, w, pods?.length),
    findings,
    warnings: [...snap.warnings],
  };
}

function verdict(
  snap: RelatedSnapshot,
  spec: { unschedulable?: boolean; taints?: Taint[] },
  healthy: (c: Condition) => boolean,
  w: ReturnType<typeof wmessages>,
  running: number | undefined,
): Verdict {
  const ready = conditions(snap.object).find((c) => c.type === 'Ready');
  if (!ready || ready.status !== 'True')
    return {
      severity: 'error',
      text: w['node.verdict.notready']({ status: ready?.status ?? 'Unknown', reason: ready?.reason ?? ready?.message ?? '?' }),
    };
  const pressure = conditions(snap.object)
    .filter((c) => c.type !== 'Ready' && !healthy(c))
    .map((c) => c.type);
  if (pressure.length) return { severity: 'warning', text: w['node.verdict.pressure']({ conditions: pressure.join(', ') }) };
  if (spec.unschedulable) return { severity: 'warning', text: w['node.verdict.cordoned']({ name: metaOf(snap.object).name }) };
  const hard = (spec.taints ?? []).filter((t) => t.effect !== 'PreferNoSchedule');
  if (hard.length)
    return { severity: 'info', text: w['node.verdict.tainted']({ taints: hard.map((t) => `${t.key}:${t.effect}`).join(', ') }) };
  return { severity: 'ok', text: w['node.verdict.ok']({ pods: String(running ?? '?') }) };
}
