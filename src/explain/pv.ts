// Explains a PersistentVolume: its phase (Available, Bound, Released, Failed), the claim it is bound
// to and whether that claim still exists, the reclaim policy and what it does to the data, node
// affinity, and where the storage comes from. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Event } from '../model/pod.js';
import { quoted, type Message } from '../model/message.js';
import { commonParts, eventsOf, m, meta, nameOf, targetOf } from './kind-parts.js';
import { get, listOf, objectOf, type ReadPlan } from '../model/read-plan.js';
import { classFacts, type StorageClass } from './storageclass.js';
import { termText, type NodeSelectorTerm } from '../model/node-selector.js';

export interface PersistentVolume extends KubeObject {
  spec?: {
    capacity?: { storage?: string };
    accessModes?: string[];
    persistentVolumeReclaimPolicy?: string;
    storageClassName?: string;
    claimRef?: { name?: string; namespace?: string; uid?: string };
    nodeAffinity?: { required?: { nodeSelectorTerms?: NodeSelectorTerm[] } };
    csi?: { driver?: string; volumeHandle?: string };
    hostPath?: { path?: string };
    local?: { path?: string };
    nfs?: { server?: string; path?: string };
    [k: string]: unknown;
  };
  status?: { phase?: string; message?: string; reason?: string };
}

const SOURCES = [
  'csi',
  'hostPath',
  'local',
  'nfs',
  'iscsi',
  'fc',
  'awsElasticBlockStore',
  'gcePersistentDisk',
  'azureDisk',
  'azureFile',
  'cephfs',
  'rbd',
];

export const explainer: Explainer = {
  kind: 'PersistentVolume',
  group: '',
  reads(target: KubeObject): ReadPlan {
    const pv = target as PersistentVolume;
    const ref = pv.spec?.claimRef;
    return {
      claim: ref?.name && ref.namespace ? get('PersistentVolumeClaim', ref.name, ref.namespace) : undefined,
      storageClass: pv.spec?.storageClassName ? get('StorageClass', pv.spec.storageClassName) : undefined,
      events: eventsOf(pv),
    };
  },
  explain(snap) {
    const pv = snap.object as PersistentVolume;
    const name = nameOf(pv);
    const phase = pv.status?.phase ?? 'Pending';
    const policy = pv.spec?.persistentVolumeReclaimPolicy ?? 'Retain';
    const ref = pv.spec?.claimRef;
    const claimText = ref?.name ? `${ref.namespace ?? ''}/${ref.name}` : '';
    const claim = objectOf<KubeObject>(snap, 'claim');
    const findings: FindingModel[] = [];

    let sev: Severity = 'ok';
    let detail: Message[];
    if (phase === 'Available') detail = [m['pv.available']()];
    else if (phase === 'Bound') {
      sev = claim === null || (claim && ref?.uid && meta(claim).uid !== ref.uid) ? 'warning' : 'ok';
      detail = [claim === null ? m['pv.claim.gone']({ claim: claimText }) : m['pv.bound']({ claim: claimText })];
    } else if (phase === 'Released') {
      sev = 'warning';
      detail = [policy === 'Retain' ? m['pv.released.retain']() : m['pv.released.other']({ policy })];
    } else if (phase === 'Failed') {
      sev = 'error';
      detail = [m['pv.failed'](), ...(pv.status?.message ? [quoted(pv.status.message)] : [])];
    } else detail = [m['pv.pending']()];
    findings.push(finding('phase', 'pv', sev, m['pv.phase']({ name, phase }), detail));

    findings.push(
      finding('reclaim', 'pv', 'info', m['pv.reclaim']({ policy }), [
        policy === 'Delete' ? m['pv.reclaim.delete']() : policy === 'Retain' ? m['pv.reclaim.retain']() : m['pv.reclaim.recycle'](),
      ]),
    );
    const source = SOURCES.find((s) => pv.spec?.[s]);
    findings.push(
      finding(
        'storage',
        'pv',
        'info',
        m['pv.storage']({ capacity: pv.spec?.capacity?.storage ?? '?', modes: (pv.spec?.accessModes ?? []).join(', ') || '?' }),
        [
          source === 'csi'
            ? m['pv.source.csi']({ driver: pv.spec?.csi?.driver ?? '?', handle: pv.spec?.csi?.volumeHandle ?? '?' })
            : m['pv.source']({ source: source ?? '?' }),
          ...(pv.spec?.storageClassName ? [] : [m['pv.no-class']()]),
        ],
      ),
    );
    const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
    if (terms.length)
      findings.push(
        finding(
          'node-affinity',
          'pv',
          'info',
          m['pv.affinity'](),
          terms.map((t) =>
            m['pv.affinity.term']({
              term: termText(t),
            }),
          ),
        ),
      );
    const sc = objectOf<StorageClass>(snap, 'storageClass');
    if (sc) findings.push(classFacts(sc));
    findings.push(...commonParts(pv, 'pv', listOf<Event>(snap, 'events')));
    const text =
      phase === 'Bound'
        ? claim === null
          ? m['pv.verdict.orphan']({ name, claim: claimText })
          : m['pv.verdict.bound']({ name, claim: claimText })
        : phase === 'Released'
          ? m['pv.verdict.released']({ name, claim: claimText, policy })
          : m['pv.verdict.other']({ name, phase });
    return {
      kind: 'Explanation',
      target: targetOf(pv, 'PersistentVolume'),
      verdict: { severity: sev, message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};
