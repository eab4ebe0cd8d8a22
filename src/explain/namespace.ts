// Explains a Namespace: its phase (Terminating and what blocks it), what lives in it, its
// ResourceQuotas (used/hard) and LimitRanges. Pure.
import type { KubeObject } from '../model/kube.js';
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity, Verdict } from '../model/finding.js';
import type { RelatedKey, RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages } from '../i18n/messages/workloads.js';
import { percent } from './quantity.js';
import { asPods, conditionFinding, conditions, fnd, metaOf, podFindings, worse } from './workload-common.js';

const COUNTED: [RelatedKey, string][] = [
  ['deployments', 'Deployments'],
  ['statefulSets', 'StatefulSets'],
  ['daemonSets', 'DaemonSets'],
  ['jobs', 'Jobs'],
  ['cronJobs', 'CronJobs'],
  ['services', 'Services'],
  ['configMaps', 'ConfigMaps'],
  ['secrets', 'Secrets'],
  ['pvcs', 'PersistentVolumeClaims'],
];

export function explainNamespace(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const ns = snap.object;
  const m = metaOf(ns);
  const phase = (ns.status as { phase?: string } | undefined)?.phase ?? 'Active';
  const terminating = phase === 'Terminating';
  const findings: Finding[] = [
    fnd(
      'phase',
      'namespace',
      terminating ? 'warning' : 'ok',
      w['ns.phase.title']({ phase }),
      terminating ? w['ns.phase.Terminating']() : w['ns.phase.Active'](),
    ),
    // Namespace conditions report deletion trouble; all are healthy when False.
    ...conditions(ns).map((c) => conditionFinding('Namespace', c, c.status !== 'True', 'namespace', w)),
  ];
  const counts = COUNTED.map(([key, label]) => `${label}: ${snap.related[key]?.length ?? '?'}`);
  findings.push(fnd('contents', 'namespace', 'info', w['ns.contents.title'](), counts.join(', ')));
  const pods = asPods(snap.related.pods);
  findings.push(...podFindings(pods, lang));
  const full: string[] = [];
  const quotaFindings = (snap.related.quotas ?? []).map((q) => quota(q, w, full));
  if (!snap.related.quotas) findings.push(fnd('quota', 'resourcequota', 'warning', w['ns.quota.none.title'](), w['unknown.list']()));
  else if (quotaFindings.length === 0)
    findings.push(fnd('quota', 'resourcequota', 'info', w['ns.quota.none.title'](), w['ns.quota.none']()));
  findings.push(...quotaFindings);
  for (const lr of snap.related.limitRanges ?? []) findings.push(limitRange(lr, w));
  const v: Verdict = terminating
    ? {
        severity: 'warning',
        text: w['ns.verdict.terminating']({
          reasons:
            conditions(ns)
              .filter((c) => c.status === 'True')
              .map((c) => c.message ?? c.reason ?? c.type)
              .join('; ') || w['ns.verdict.terminating.none'](),
        }),
      }
    : {
        severity: full.length ? 'warning' : 'ok',
        text: w['ns.verdict.active']({
          pods: String(pods?.length ?? '?'),
          bad: String(pods?.filter((p) => !['Running', 'Succeeded'].includes(p.status?.phase ?? '')).length ?? '?'),
          quota: full.length ? w['ns.why.quota']({ quotas: full.join(', ') }) : '',
        }),
      };
  return { kind: 'Explanation', target: { kind: 'Namespace', name: m.name }, verdict: v, findings, warnings: [...snap.warnings] };
}

/** One quota's used/hard per resource; resources at their limit are added to `full` ("compute: pods 10/10"). */
function quota(q: KubeObject, w: ReturnType<typeof wmessages>, full: string[]): Finding {
  const st = (q.status ?? {}) as { hard?: Record<string, string>; used?: Record<string, string> };
  let sev = 'ok' as Severity;
  const lines = Object.keys(st.hard ?? {})
    .sort()
    .map((r) => {
      const pct = percent(st.used?.[r], st.hard?.[r]);
      if (pct !== undefined && pct >= 100) {
        sev = worse(sev, 'error');
        full.push(`${metaOf(q).name}: ${r} ${st.used?.[r] ?? '0'}/${st.hard?.[r] ?? '?'}`);
      } else if (pct !== undefined && pct >= 80) sev = worse(sev, 'warning');
      return w['ns.quota.line']({
        resource: r,
        used: st.used?.[r] ?? '0',
        hard: st.hard?.[r] ?? '?',
        pct: pct === undefined ? '?' : String(pct),
      });
    });
  lines.push(sev === 'error' ? w['ns.quota.full']() : w['ns.quota']());
  return fnd(`quota.${metaOf(q).name}`, 'resourcequota', sev, w['ns.quota.title']({ name: metaOf(q).name }), lines.join('\n'));
}

function limitRange(lr: KubeObject, w: ReturnType<typeof wmessages>): Finding {
  const limits = (lr.spec as { limits?: Record<string, unknown>[] } | undefined)?.limits ?? [];
  const fmt = (o: unknown) =>
    Object.entries((o ?? {}) as Record<string, string>)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
  const lines = limits.map(
    (l) =>
      `${String(l.type)}: ${['default', 'defaultRequest', 'min', 'max', 'maxLimitRequestRatio']
        .filter((k) => l[k])
        .map((k) => `${k} ${fmt(l[k])}`)
        .join('; ')}`,
  );
  lines.push(w['ns.limitrange']());
  return fnd(`limitrange.${metaOf(lr).name}`, 'limitrange', 'info', w['ns.limitrange.title']({ name: metaOf(lr).name }), lines.join('\n'));
}
