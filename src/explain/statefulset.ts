// Explains a StatefulSet: readiness per ordinal (Pods start in order), update strategy and
// revisions, its governing headless Service, and the PVCs of its volumeClaimTemplates. Pure.
import type { KubeObject } from '../model/kube.js';
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity } from '../model/finding.js';
import type { Pod } from '../model/pod.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localize.js';
import { createFailure } from './causes/replicaset-create.js';
import { createCause } from './workload-cause.js';
import { wmessages } from '../i18n/messages/workloads.js';
import {
  conditionFinding,
  conditions,
  eventsFinding,
  fnd,
  metaOf,
  podState,
  podsOf,
  podVerdicts,
  podWarnings,
  uidsOf,
  worse,
} from './workload-common.js';

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

export function explainStatefulSet(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const sts = snap.object;
  const m = metaOf(sts);
  const spec = (sts.spec ?? {}) as StsSpec;
  const st = (sts.status ?? {}) as StsStatus;
  const desired = spec.replicas ?? 1;
  const start = spec.ordinals?.start ?? 0;
  const pods = podsOf(snap.related.pods, sts);
  const ordered = spec.podManagementPolicy !== 'Parallel';

  // Ordinals: each Pod name-<i>, its state; with OrderedReady a missing Pod waits for the one before it.
  const ordinalLines: string[] = [];
  let ordSev: Severity = 'ok';
  let firstBad: Pod | undefined;
  for (let i = start; i < start + desired; i++) {
    const name = `${m.name}-${i}`;
    const pod = pods?.find((p) => p.metadata.name === name);
    if (!pods) break;
    if (!pod) {
      ordSev = worse(ordSev, 'warning');
      ordinalLines.push(
        w['sts.ordinal.missing']({ name, ordered: ordered && i > start ? w['sts.ordinal.waits']({ prev: `${m.name}-${i - 1}` }) : '' }),
      );
      continue;
    }
    const state = podState(pod);
    if (state !== 'Ready') {
      ordSev = worse(ordSev, state === 'Pending' || state === 'NotReady' ? 'warning' : 'error');
      firstBad ??= pod;
    }
    ordinalLines.push(`${name}: ${state}`);
  }
  const findings: Finding[] = [
    fnd(
      'ordinals',
      'statefulset',
      pods ? ordSev : 'warning',
      w['sts.ordinals.title']({ ready: st.readyReplicas ?? 0, desired }),
      pods ? [...ordinalLines, ordered ? w['sts.ordered']() : w['sts.parallel']()].join('\n') : w['unknown.list'](),
    ),
    strategy(spec, st, desired, w),
    service(spec, snap.related.services, w, m.name),
    ...claims(spec, snap.related.pvcs, m.name, start, desired, w),
    ...conditions(sts).map((c) => conditionFinding('StatefulSet', c, c.status === 'True', 'statefulset', w)),
  ];
  let detail: Finding | undefined;
  let badVerdict: string | undefined;
  if (firstBad) {
    const v = podVerdicts([firstBad], lang, snap.events)[0]!;
    badVerdict = v.verdict.text;
    detail = fnd(
      'pods.worst',
      'pod',
      v.verdict.severity,
      w['pods.worst.title']({ pod: firstBad.metadata.name }),
      [
        w['pods.worst.detail']({ verdict: v.verdict.text, pod: firstBad.metadata.name, ns: m.namespace ?? '' }),
        ...podWarnings(firstBad, snap.events, lang),
      ].join('\n'),
    );
    findings.push(detail);
  }
  findings.push(eventsFinding(snap.events, uidsOf(sts, ...((pods ?? []) as unknown as KubeObject[])), lang));

  const ready = st.readyReplicas ?? 0;
  const svcMissing = findings.find((f) => f.id === 'service')?.severity === 'error';
  const why =
    (badVerdict ? w['why.pod']({ verdict: badVerdict }) : '') + (svcMissing ? w['sts.why.service']({ name: spec.serviceName ?? '' }) : '');
  const rolling = st.updateRevision && st.currentRevision && st.updateRevision !== st.currentRevision;
  // Pods it cannot create (quota, ServiceAccount, webhook) come before anything its Pods say.
  const created = createFailure(
    snap.events?.filter((e) => (e as { involvedObject?: { uid?: string } }).involvedObject?.uid === m.uid),
    pods ?? [],
  );
  const verdict =
    created && ready < desired
      ? { severity: 'error' as Severity, text: say(createCause(`StatefulSet ${m.name}`, created.message).message, lang) }
      : desired === 0
        ? { severity: 'info' as const, text: w['sts.verdict.zero']() }
        : ready >= desired && !rolling
          ? { severity: (svcMissing ? 'warning' : 'ok') as Severity, text: w['sts.verdict.ok']({ ready, desired, why }) }
          : {
              severity: (detail?.severity === 'error' ? 'error' : 'warning') as Severity,
              text: (rolling ? w['sts.verdict.rolling'] : w['sts.verdict.bad'])({ ready, desired, updated: st.updatedReplicas ?? 0, why }),
            };
  return {
    kind: 'Explanation',
    target: { kind: 'StatefulSet', name: m.name, ...(m.namespace ? { namespace: m.namespace } : {}) },
    verdict,
    findings,
    warnings: [...snap.warnings],
  };
}

function strategy(spec: StsSpec, st: StsStatus, desired: number, w: ReturnType<typeof wmessages>): Finding {
  const type = spec.updateStrategy?.type ?? 'RollingUpdate';
  const partition = spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  const lines = [type === 'OnDelete' ? w['sts.strategy.ondelete']() : w['sts.strategy.rolling']({ partition })];
  const same = !st.updateRevision || st.currentRevision === st.updateRevision;
  lines.push(
    same
      ? w['sts.revision.same']({ revision: st.currentRevision ?? '?' })
      : w['sts.revision.diff']({
          current: st.currentRevision ?? '?',
          update: st.updateRevision ?? '?',
          updated: st.updatedReplicas ?? 0,
          desired,
        }),
  );
  return fnd(
    'strategy',
    'statefulset',
    same || type === 'OnDelete' ? 'info' : 'warning',
    w['sts.strategy.title']({ type }),
    lines.join('\n'),
  );
}

function service(spec: StsSpec, services: KubeObject[] | undefined, w: ReturnType<typeof wmessages>, sts: string): Finding {
  const name = spec.serviceName;
  if (!name) return fnd('service', 'service.headless', 'info', w['sts.service.title']({ name: '-' }), w['sts.service.none']());
  if (!services) return fnd('service', 'service.headless', 'warning', w['sts.service.title']({ name }), w['unknown.list']());
  const svc = services.find((s) => metaOf(s).name === name);
  if (!svc) return fnd('service', 'service.headless', 'error', w['sts.service.title']({ name }), w['sts.service.missing']({ name, sts }));
  const headless = (svc.spec as { clusterIP?: string } | undefined)?.clusterIP === 'None';
  return fnd(
    'service',
    'service.headless',
    headless ? 'ok' : 'warning',
    w['sts.service.title']({ name }),
    headless ? w['sts.service.ok']({ name, sts, ns: metaOf(svc).namespace ?? '' }) : w['sts.service.notheadless']({ name }),
  );
}

function claims(
  spec: StsSpec,
  pvcs: KubeObject[] | undefined,
  sts: string,
  start: number,
  desired: number,
  w: ReturnType<typeof wmessages>,
): Finding[] {
  return (spec.volumeClaimTemplates ?? []).map((tpl) => {
    const t = tpl.metadata?.name ?? '?';
    if (!pvcs) return fnd(`pvc.${t}`, 'pvc', 'warning', w['sts.pvc.title']({ template: t }), w['unknown.list']());
    let sev: Severity = 'ok';
    const lines: string[] = [];
    for (let i = start; i < start + desired; i++) {
      const name = `${t}-${sts}-${i}`;
      const pvc = pvcs.find((p) => metaOf(p).name === name);
      const phase = (pvc?.status as { phase?: string } | undefined)?.phase;
      if (!pvc) {
        sev = worse(sev, 'info');
        lines.push(w['sts.pvc.missing']({ name }));
      } else if (phase !== 'Bound') {
        sev = worse(sev, 'warning');
        lines.push(
          w['sts.pvc.pending']({
            name,
            phase: phase ?? '?',
            sc: (pvc.spec as { storageClassName?: string }).storageClassName ?? w['sts.pvc.nosc'](),
          }),
        );
      } else lines.push(`${name}: Bound`);
    }
    lines.push(w['sts.pvc.kept']());
    return fnd(`pvc.${t}`, 'pvc', sev, w['sts.pvc.title']({ template: t }), lines.join('\n'));
  });
}
