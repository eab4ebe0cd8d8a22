// Explains a ReplicaSet: its owning Deployment, replica counts, its Pods by state with the worst
// one explained by its root cause, and why it cannot create Pods (FailedCreate: the exact quota,
// ServiceAccount, webhook or policy). Reads its Pods by selector and the namespace's events (3
// requests), the Node list too when replicas are missing. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import type { ExplanationModel } from '../model/explanation.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { Event } from '../model/pod.js';
import { listOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import { createFailure } from './causes/replicaset-create.js';
import { causeFinding, createCause } from './workload-cause.js';
import {
  causeContext,
  conditionFinding,
  conditions,
  eventsAbout,
  eventsFinding,
  metaOf,
  namespaceEvents,
  nodesWhen,
  podFindings,
  podsOf,
  podsRead,
  targetOf,
  templateImages,
  w,
  worstPod,
} from './workload-parts.js';

interface RsStatus {
  replicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
}

export const explainer: Explainer = {
  group: 'apps',
  kind: 'ReplicaSet',
  budget: 4,
  reads(rs: KubeObject, ns: string): ReadPlan {
    const desired = (rs.spec as { replicas?: number } | undefined)?.replicas ?? 1;
    return {
      pods: podsRead(rs, ns),
      events: namespaceEvents(rs, ns),
      nodes: nodesWhen((((rs.status ?? {}) as RsStatus).availableReplicas ?? 0) < desired),
    };
  },
  explain: (snap) => explainReplicaSet(snap),
};

export function explainReplicaSet(snap: Snapshot): ExplanationModel {
  const rs = snap.object;
  const m = metaOf(rs);
  const desired = (rs.spec as { replicas?: number } | undefined)?.replicas ?? 1;
  const st = (rs.status ?? {}) as RsStatus;
  const events = listOf<Event>(snap, 'events');
  const ctx = causeContext(snap);
  const pods = podsOf(listOf<KubeObject>(snap, 'pods'), rs);
  const owner = m.ownerReferences?.find((o) => o.controller);
  const ready = st.readyReplicas ?? 0;
  const available = st.availableReplicas ?? 0;
  const findings: FindingModel[] = [
    finding(
      'replicas',
      'replicaset',
      available >= desired ? 'ok' : 'warning',
      w['rs.replicas.title']({ desired, current: st.replicas ?? 0, ready, available }),
      [w['rs.replicas']({ images: templateImages((rs.spec as { template?: unknown }).template) })],
    ),
    owner?.kind === 'Deployment'
      ? finding('owner', 'owner.deployment', 'info', w['owner.title']({ kind: owner.kind, name: owner.name }), [
          w['rs.owner.deployment']({ name: owner.name }),
        ])
      : owner
        ? finding('owner', 'replicaset', 'info', w['owner.title']({ kind: owner.kind, name: owner.name }))
        : finding('owner', 'replicaset', 'warning', w['owner.none.title'](), [w['rs.owner.none']()]),
    ...conditions(rs).map((c) => conditionFinding('ReplicaSet', c, c.status !== 'True', 'replicaset')),
    ...podFindings(pods, ctx),
  ];
  const ev = eventsFinding(events, rs);
  if (ev) findings.push(ev);
  const bad = worstPod(pods, ctx);
  const failedCreate = createFailure(eventsAbout(events, rs), pods ?? []);
  const replicaFailure = conditions(rs).find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  const sev: Severity = bad?.severity === 'error' ? 'error' : 'warning';
  const createMsg = failedCreate?.message ?? replicaFailure?.message;
  const created = createMsg ? createCause(`ReplicaSet ${m.name}`, createMsg) : undefined;
  if (created) findings.unshift(causeFinding(created, 'error'));
  const verdict: { severity: Severity; message: Message } = created
    ? { severity: 'error', message: created.message }
    : desired === 0
      ? {
          severity: 'info',
          message: w['rs.verdict.zero']({ owner: owner ? w['rs.owner.of']({ kind: owner.kind, name: owner.name }) : '' }),
        }
      : available >= desired
        ? { severity: 'ok', message: w['rs.verdict.ok']({ ready, desired }) }
        : { severity: sev, message: w['rs.verdict.bad']({ available, desired, why: bad ? w['why.pod']({ verdict: bad.message }) : '' }) };
  return { kind: 'Explanation', target: targetOf(rs, 'ReplicaSet'), verdict, findings, warnings: [...snap.warnings] };
}
