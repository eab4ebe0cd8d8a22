// Explains a ReplicaSet: its owning Deployment, replica counts, its Pods by state with the worst
// one explained. Pure.
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity } from '../model/finding.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages } from '../i18n/messages/workloads.js';
import { say } from '../i18n/localize.js';
import { createFailure } from './causes/replicaset-create.js';
import { createCause } from './workload-cause.js';
import {
  conditionFinding,
  conditions,
  eventsFinding,
  fnd,
  metaOf,
  podFindings,
  podsOf,
  templateImages,
  uidsOf,
  worstPod,
} from './workload-common.js';

export function explainReplicaSet(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const rs = snap.object;
  const m = metaOf(rs);
  const desired = (rs.spec as { replicas?: number } | undefined)?.replicas ?? 1;
  const st = (rs.status ?? {}) as { replicas?: number; readyReplicas?: number; availableReplicas?: number };
  const pods = podsOf(snap.related.pods, rs);
  const owner = m.ownerReferences?.find((o) => o.controller);
  const ready = st.readyReplicas ?? 0;
  const available = st.availableReplicas ?? 0;
  const findings: Finding[] = [
    fnd(
      'replicas',
      'replicaset',
      available >= desired ? 'ok' : 'warning',
      w['rs.replicas.title']({ desired, current: st.replicas ?? 0, ready, available }),
      w['rs.replicas']({ images: templateImages((rs.spec as { template?: unknown }).template) }),
    ),
    owner?.kind === 'Deployment'
      ? fnd(
          'owner',
          'owner.deployment',
          'info',
          w['owner.title']({ kind: owner.kind, name: owner.name }),
          w['rs.owner.deployment']({ name: owner.name }),
        )
      : fnd(
          'owner',
          'replicaset',
          owner ? 'info' : 'warning',
          owner ? w['owner.title']({ kind: owner.kind, name: owner.name }) : w['owner.none.title'](),
          owner ? '' : w['rs.owner.none'](),
        ),
    ...conditions(rs).map((c) => conditionFinding('ReplicaSet', c, c.status !== 'True', 'replicaset', w)),
    ...podFindings(pods, lang, 'pods', 'pod', 'all', snap.events),
    eventsFinding(snap.events, uidsOf(rs), lang),
  ];
  const bad = pods ? worstPod(pods, lang, snap.events) : undefined;
  const failedCreate = createFailure(
    snap.events?.filter((e) => (e as { involvedObject?: { uid?: string } }).involvedObject?.uid === m.uid),
    pods ?? [],
  );
  const replicaFailure = conditions(rs).find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  const sev: Severity = bad?.verdict.severity === 'error' ? 'error' : 'warning';
  const createMsg = failedCreate?.message ?? replicaFailure?.message;
  const verdict = createMsg
    ? { severity: 'error' as const, text: say(createCause(`ReplicaSet ${m.name}`, createMsg).message, lang) }
    : desired === 0
      ? { severity: 'info' as const, text: w['rs.verdict.zero']({ owner: owner ? ` (${owner.kind} ${owner.name})` : '' }) }
      : available >= desired
        ? { severity: 'ok' as const, text: w['rs.verdict.ok']({ ready, desired }) }
        : { severity: sev, text: w['rs.verdict.bad']({ available, desired, why: bad ? w['why.pod']({ verdict: bad.verdict.text }) : '' }) };
  return {
    kind: 'Explanation',
    target: { kind: 'ReplicaSet', name: m.name, ...(m.namespace ? { namespace: m.namespace } : {}) },
    verdict,
    findings,
    warnings: [...snap.warnings],
  };
}
