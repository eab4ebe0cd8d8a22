// Explains a StatefulSet: readiness per ordinal (Pods start in order), update strategy and
// revisions, its governing headless Service, and the PVCs of its volumeClaimTemplates. Reads its
// Pods by selector, its Service, the namespace's claims and events (5 requests), the Node list too
// when replicas are missing (the first Pod that is not Ready is explained by its root cause). Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import type { ExplanationModel } from '../model/explanation.js';
import { finding, worseSeverity, type FindingModel, type Severity } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { Event, Pod } from '../model/pod.js';
import { get, list, listOf, objectOf, type ReadPlan, type Snapshot } from '../model/read-plan.js';
import { createFailure } from './causes/replicaset-create.js';
import { causeFinding, createCause } from './workload-cause.js';
import { claimReads } from './pod-claims.js';
import {
  causeContext,
  conditionFinding,
  conditions,
  eventsAbout,
  eventsFinding,
  metaOf,
  namespaceEvents,
  nodesWhen,
  nsOf,
  podState,
  podsOf,
  podsRead,
  podVerdicts,
  targetOf,
  w,
  worstFinding,
} from './workload-parts.js';

interface StsSpec {
  replicas?: number;
  serviceName?: string;
  podManagementPolicy?: string;
  updateStrategy?: { type?: string; rollingUpdate?: { partition?: number; maxUnavailable?: number | string } };
  volumeClaimTemplates?: { metadata?: { name?: string } }[];
  ordinals?: { start?: number };
}
interface StsStatus {
  replicas?: number;
  readyReplicas?: number;
  currentReplicas?: number;
  updatedReplicas?: number;
  availableReplicas?: number;
  currentRevision?: string;
  updateRevision?: string;
}

export const explainer: Explainer = {
  group: 'apps',
  kind: 'StatefulSet',
  budget: 8,
  reads(sts: KubeObject, ns: string): ReadPlan {
    const spec = (sts.spec ?? {}) as StsSpec;
    const st = (sts.status ?? {}) as StsStatus;
    return {
      pods: podsRead(sts, ns),
      service: spec.serviceName ? get('Service', spec.serviceName, nsOf(sts, ns)) : undefined,
      pvcs: spec.volumeClaimTemplates?.length ? list('PersistentVolumeClaim', { namespace: nsOf(sts, ns) }) : undefined,
      events: namespaceEvents(sts, ns),
      nodes: nodesWhen((st.readyReplicas ?? 0) < (spec.replicas ?? 1)),
    };
  },
  // An unscheduled Pod's unbound claim: its class (and volumes) say why; its events are the namespace's, read already.
  next: (snap) => claimReads((listOf<KubeObject>(snap, 'pods') ?? []) as unknown as Pod[], snap, false),
  explain: (snap) => explainStatefulSet(snap),
};

export function explainStatefulSet(snap: Snapshot): ExplanationModel {
  const sts = snap.object;
  const m = metaOf(sts);
  const spec = (sts.spec ?? {}) as StsSpec;
  const st = (sts.status ?? {}) as StsStatus;
  const desired = spec.replicas ?? 1;
  const start = spec.ordinals?.start ?? 0;
  const events = listOf<Event>(snap, 'events');
  const ctx = causeContext(snap);
  const pods = podsOf(listOf<KubeObject>(snap, 'pods'), sts);
  const ordered = spec.podManagementPolicy !== 'Parallel';

  // Ordinals: each Pod name-<i>, its state; with OrderedReady a missing Pod waits for the one before it.
  const ordinalLines: Message[] = [];
  let ordSev: Severity = 'ok';
  let firstBad: Pod | undefined;
  let firstMissing: { name: string; prev: string } | undefined;
  for (let i = start; pods && i < start + desired; i++) {
    const name = `${m.name}-${i}`;
    const pod = pods.find((p) => p.metadata.name === name);
    if (!pod) {
      ordSev = worseSeverity(ordSev, 'warning');
      if (ordered && i > start) firstMissing ??= { name, prev: `${m.name}-${i - 1}` };
      ordinalLines.push(
        w['sts.ordinal.missing']({ name, ordered: ordered && i > start ? w['sts.ordinal.waits']({ prev: `${m.name}-${i - 1}` }) : '' }),
      );
      continue;
    }
    const state = podState(pod);
    if (state !== 'Ready') {
      ordSev = worseSeverity(ordSev, state === 'Pending' || state === 'NotReady' ? 'warning' : 'error');
      firstBad ??= pod;
    }
    ordinalLines.push(w.line({ name, state }));
  }
  const service = serviceFinding(spec, snap, m.name);
  const findings: FindingModel[] = [
    finding(
      'ordinals',
      'statefulset',
      pods ? ordSev : 'warning',
      w['sts.ordinals.title']({ ready: st.readyReplicas ?? 0, desired }),
      pods ? [...ordinalLines, ordered ? w['sts.ordered']() : w['sts.parallel']()] : [w['unknown.list']()],
    ),
    strategy(spec, st, desired),
    service,
    ...claims(spec, listOf<KubeObject>(snap, 'pvcs'), m.name, start, desired),
    ...conditions(sts).map((c) => conditionFinding('StatefulSet', c, c.status === 'True', 'statefulset')),
  ];
  const bad = firstBad ? podVerdicts([firstBad], ctx)[0] : undefined;
  if (bad) findings.push(worstFinding('pods.worst', bad, events));
  const ev = eventsFinding(events, sts, ...((pods ?? []) as unknown as KubeObject[]));
  if (ev) findings.push(ev);

  const ready = st.readyReplicas ?? 0;
  const svcMissing = service.severity === 'error';
  // OrderedReady: the first missing ordinal waits for the one before it, which is the first Pod not Ready.
  const blocker = bad && firstMissing && bad.pod.metadata.name === firstMissing.prev ? firstMissing : undefined;
  const whyPod = bad
    ? blocker
      ? w['sts.why.ordered']({ missing: blocker.name, prev: blocker.prev, verdict: bad.message })
      : w['why.pod']({ verdict: bad.message })
    : '';
  const whySvc = svcMissing ? w['sts.why.service']({ name: spec.serviceName ?? '' }) : '';
  const why = whyPod && whySvc ? w['why.and']({ first: whyPod, second: whySvc }) : whyPod || whySvc;
  const rolling = st.updateRevision && st.currentRevision && st.updateRevision !== st.currentRevision;
  // Pods it cannot create (quota, ServiceAccount, webhook) come before anything its Pods say.
  const failed = createFailure(eventsAbout(events, sts), pods ?? []);
  const created = failed && ready < desired ? createCause(`StatefulSet ${m.name}`, failed.message) : undefined;
  if (created) findings.unshift(causeFinding(created, 'error'));
  const held = rolling && ready >= desired ? heldUpdate(spec, st, pods ?? [], m.name, m.namespace ?? '') : undefined;
  const verdict: { severity: Severity; message: Message } = created
    ? { severity: 'error', message: created.message }
    : held
      ? held
      : desired === 0
        ? { severity: 'info', message: w['sts.verdict.zero']() }
        : ready >= desired && !rolling
          ? { severity: svcMissing ? 'warning' : 'ok', message: w['sts.verdict.ok']({ ready, desired, why }) }
          : {
              severity: bad?.severity === 'error' ? 'error' : 'warning',
              message: (rolling ? w['sts.verdict.rolling'] : w['sts.verdict.bad'])({
                ready,
                desired,
                updated: st.updatedReplicas ?? 0,
                why,
              }),
            };
  return { kind: 'Explanation', target: targetOf(sts, 'StatefulSet'), verdict, findings, warnings: [...snap.warnings] };
}

const ordinalOf = (p: Pod) => Number(/-(\d+)$/.exec(p.metadata.name)?.[1] ?? -1);
const revisionOf = (p: Pod) => p.metadata.labels?.['controller-revision-hash'];

/**
 * An update that waits by design, every Pod Ready: a partition keeps the lower ordinals on the old
 * revision once the higher ones are updated; OnDelete replaces a Pod only when someone deletes it.
 */
function heldUpdate(spec: StsSpec, st: StsStatus, pods: readonly Pod[], name: string, ns: string) {
  const update = st.updateRevision ?? '?';
  const current = st.currentRevision ?? '?';
  const old = pods.filter((p) => revisionOf(p) !== update).sort((a, b) => ordinalOf(b) - ordinalOf(a));
  if (!old.length) return undefined;
  const names = (ps: readonly Pod[]) =>
    [...ps]
      .sort((a, b) => ordinalOf(a) - ordinalOf(b))
      .map((p) => p.metadata.name)
      .join(', ');
  if (spec.updateStrategy?.type === 'OnDelete')
    return {
      severity: 'warning' as Severity,
      message: w['sts.verdict.ondelete']({ update, current, old: names(old), count: old.length, next: old[0]!.metadata.name, name, ns }),
    };
  const partition = spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  // Only when the update reached every ordinal it may: the rest is held by the partition.
  if (partition <= 0 || old.some((p) => ordinalOf(p) >= partition)) return undefined;
  const updated = pods.filter((p) => revisionOf(p) === update);
  return {
    severity: 'info' as Severity,
    message: w['sts.verdict.partition']({ partition, update, updated: names(updated) || '-', current, old: names(old), name, ns }),
  };
}

function strategy(spec: StsSpec, st: StsStatus, desired: number): FindingModel {
  const type = spec.updateStrategy?.type ?? 'RollingUpdate';
  const partition = spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  const same = !st.updateRevision || st.currentRevision === st.updateRevision;
  return finding('strategy', 'statefulset', same ? 'info' : 'warning', w['sts.strategy.title']({ type }), [
    type === 'OnDelete' ? w['sts.strategy.ondelete']() : w['sts.strategy.rolling']({ partition }),
    same
      ? w['sts.revision.same']({ revision: st.currentRevision ?? '?' })
      : w['sts.revision.diff']({
          current: st.currentRevision ?? '?',
          update: st.updateRevision ?? '?',
          updated: st.updatedReplicas ?? 0,
          desired,
        }),
  ]);
}

function serviceFinding(spec: StsSpec, snap: Snapshot, sts: string): FindingModel {
  const name = spec.serviceName;
  if (!name) return finding('service', 'service.headless', 'info', w['sts.service.title']({ name: '-' }), [w['sts.service.none']()]);
  const svc = objectOf<KubeObject>(snap, 'service');
  const title = w['sts.service.title']({ name });
  if (svc === undefined) return finding('service', 'service.headless', 'warning', title, [w['unknown.list']()]);
  if (svc === null) return finding('service', 'service.headless', 'error', title, [w['sts.service.missing']({ name, sts })]);
  const headless = (svc.spec as { clusterIP?: string } | undefined)?.clusterIP === 'None';
  return finding('service', 'service.headless', headless ? 'ok' : 'warning', title, [
    headless ? w['sts.service.ok']({ name, sts, ns: metaOf(svc).namespace ?? '' }) : w['sts.service.notheadless']({ name }),
  ]);
}

function claims(spec: StsSpec, pvcs: readonly KubeObject[] | undefined, sts: string, start: number, desired: number): FindingModel[] {
  return (spec.volumeClaimTemplates ?? []).map((tpl) => {
    const t = tpl.metadata?.name ?? '?';
    if (!pvcs) return finding(`pvc.${t}`, 'pvc', 'warning', w['sts.pvc.title']({ template: t }), [w['unknown.list']()]);
    let sev: Severity = 'ok';
    const lines: Message[] = [];
    for (let i = start; i < start + desired; i++) {
      const name = `${t}-${sts}-${i}`;
      const pvc = pvcs.find((p) => metaOf(p).name === name);
      const phase = (pvc?.status as { phase?: string } | undefined)?.phase;
      if (!pvc) {
        sev = worseSeverity(sev, 'info');
        lines.push(w['sts.pvc.missing']({ name }));
      } else if (phase !== 'Bound') {
        sev = worseSeverity(sev, 'warning');
        const sc = (pvc.spec as { storageClassName?: string }).storageClassName;
        lines.push(w['sts.pvc.pending']({ name, phase: phase ?? '?', sc: sc ?? w['sts.pvc.nosc']() }));
      } else lines.push(w.line({ name, state: 'Bound' }));
    }
    lines.push(w['sts.pvc.kept']());
    return finding(`pvc.${t}`, 'pvc', sev, w['sts.pvc.title']({ template: t }), lines);
  });
}
