// Explains a PersistentVolumeClaim: its phase and why (no class and no default class, a class that
// does not exist, WaitForFirstConsumer, a provisioner that does not answer, ProvisioningFailed), the
// class's provisioner and binding mode, the bound volume's capacity and access modes against the
// request, resizing, and the Pods that use it. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Event, Pod } from '../model/pod.js';
import { quoted, type Message } from '../model/message.js';
import { parseQuantity } from './quantity.js';
import { commonParts, eventsOf, eventsWith, m, nameOf, targetOf, type Condition } from './kind-parts.js';
import { get, list, listOf, objectOf, type ReadPlan } from '../model/read-plan.js';
import { bindingMode, classFacts, defaultClasses, type StorageClass } from './storageclass.js';

export interface Claim extends KubeObject {
  spec?: {
    storageClassName?: string | null;
    volumeName?: string;
    accessModes?: string[];
    volumeMode?: string;
    resources?: { requests?: { storage?: string } };
  };
  status?: { phase?: string; capacity?: { storage?: string }; accessModes?: string[]; conditions?: Condition[] };
}

interface Volume extends KubeObject {
  spec?: {
    storageClassName?: string;
    capacity?: { storage?: string };
    accessModes?: string[];
    claimRef?: { name?: string; namespace?: string };
  };
  status?: { phase?: string };
}

/** "" asks for no class (static volumes only); absent asks for the default class. */
const classOf = (c: Claim): string | undefined => c.spec?.storageClassName ?? undefined;

export const podsUsing = (pods: readonly Pod[], claim: string): Pod[] =>
  pods.filter((p) =>
    (p.spec?.volumes ?? []).some(
      (v) =>
        v.persistentVolumeClaim?.claimName === claim ||
        ((v as { ephemeral?: unknown }).ephemeral && `${p.metadata.name}-${v.name}` === claim),
    ),
  );

export const explainer: Explainer = {
  kind: 'PersistentVolumeClaim',
  group: '',
  reads(target: KubeObject, namespace: string): ReadPlan {
    const c = target as Claim;
    const ns = c.metadata?.namespace ?? namespace;
    const pending = c.status?.phase !== 'Bound';
    return {
      classes: list('StorageClass'),
      volume: c.spec?.volumeName ? get('PersistentVolume', c.spec.volumeName) : undefined,
      pods: list('Pod', { namespace: ns }),
      events: eventsOf(c),
      // Static volumes a claim without a class could bind to.
      volumes: pending && !classOf(c) ? list('PersistentVolume') : undefined,
    };
  },
  explain(snap) {
    const c = snap.object as Claim;
    const name = nameOf(c);
    const phase = c.status?.phase ?? 'Pending';
    const classes = listOf<StorageClass>(snap, 'classes');
    const events = listOf<Event>(snap, 'events');
    const pods = listOf<Pod>(snap, 'pods');
    const users = pods && podsUsing(pods, name);
    const requested = c.spec?.resources?.requests?.storage;
    const findings: FindingModel[] = [];

    const className = classOf(c);
    const sc = className ? classes?.find((s) => nameOf(s) === className) : undefined;
    const defaults = classes ? defaultClasses(classes) : undefined;
    const why =
      phase === 'Bound'
        ? bound(c, objectOf<Volume>(snap, 'volume'))
        : phase === 'Lost'
          ? lost(c)
          : pendingWhy(c, listOf<Volume>(snap, 'volumes'), sc, defaults, users, events);
    findings.push(why);
    if (sc) findings.push(classFacts(sc));

    findings.push(
      finding(
        'request',
        'pvc',
        'info',
        m['pvc.request']({ size: requested ?? '?', modes: (c.spec?.accessModes ?? []).join(', ') || '?' }),
        [
          m['pvc.modes']({ modes: (c.spec?.accessModes ?? []).join(', ') || '?' }),
          ...(c.spec?.volumeMode === 'Block' ? [m['pvc.block']()] : []),
        ],
      ),
    );
    const resizing = resize(c);
    if (resizing) findings.push(resizing);
    if (users)
      findings.push(
        finding(
          'pods',
          'pvc',
          'info',
          m['pvc.pods']({ count: users.length }),
          users.length
            ? users.map((p) => m['pvc.pod']({ name: p.metadata.name, phase: p.status?.phase ?? '?', node: p.spec?.nodeName ?? '' }))
            : [m['pvc.pods.none']()],
        ),
      );
    findings.push(...commonParts(c, 'pvc', events, conditionMeaning));
    return {
      kind: 'Explanation',
      target: targetOf(c, 'PersistentVolumeClaim'),
      verdict: { severity: why.severity === 'info' ? 'info' : why.severity, message: why.title },
      findings,
      warnings: [...snap.warnings],
    };
  },
};

function bound(c: Claim, pv: Volume | null | undefined): FindingModel {
  const volume = c.spec?.volumeName ?? '';
  const detail: Message[] = [
    m['pvc.bound.detail']({ capacity: c.status?.capacity?.storage ?? '?', modes: (c.status?.accessModes ?? []).join(', ') }),
  ];
  if (pv === null) detail.push(m['pvc.bound.pv-missing']({ volume }));
  else if (pv)
    detail.push(
      m['pvc.bound.pv']({
        volume,
        phase: pv.status?.phase ?? '?',
        reclaim: String((pv.spec as { persistentVolumeReclaimPolicy?: string } | undefined)?.persistentVolumeReclaimPolicy ?? '?'),
      }),
    );
  return finding('phase', 'pvc', pv === null ? 'error' : 'ok', m['pvc.bound']({ name: nameOf(c), volume }), detail);
}

function lost(c: Claim): FindingModel {
  return finding('phase', 'pvc', 'error', m['pvc.lost']({ name: nameOf(c), volume: c.spec?.volumeName ?? '' }), [m['pvc.lost.detail']()]);
}

/**
 * Why a Pending claim is not bound, for the explanation of a Pod that waits for it: the same verdict
 * as explaining the claim, from its StorageClasses, its events and (without a class) the volumes.
 */
export function pendingClaimWhy(
  c: Claim,
  reads: { classes: readonly StorageClass[]; events?: readonly Event[]; volumes?: readonly KubeObject[] },
): FindingModel {
  const className = classOf(c);
  const sc = className ? reads.classes.find((s) => nameOf(s) === className) : undefined;
  // No user list: the Pod explained uses the claim, so "waits for its first consumer" does not apply.
  return pendingWhy(c, reads.volumes as Volume[] | undefined, sc, defaultClasses(reads.classes), undefined, reads.events);
}

/** Why a claim is Pending, most specific cause first. */
function pendingWhy(
  c: Claim,
  volumes: readonly Volume[] | undefined,
  sc: StorageClass | undefined,
  defaults: KubeObject[] | undefined,
  users: Pod[] | undefined,
  events: readonly Event[] | undefined,
): FindingModel {
  const name = nameOf(c);
  const className = classOf(c);
  // A class that does not exist (known from the class list) before the provisioner's words about it.
  if (className && defaults !== undefined && !sc)
    return finding('phase', 'pvc.unbound', 'error', m['pvc.pending.class-missing']({ name, sc: className }), [
      defaults.length ? m['pvc.pending.class-missing.default']({ sc: nameOf(defaults[0]!) }) : m['pvc.pending.class-missing.none'](),
    ]);
  const failed = eventsWith(events, 'ProvisioningFailed').at(-1);
  if (failed?.message)
    return finding('phase', 'pvc.unbound', 'error', m['pvc.pending.failed']({ name }), [
      quoted(failed.message),
      m['pvc.pending.failed.next'](),
    ]);
  if (!className) {
    const matching = staticMatches(c, volumes);
    const explicitNone = c.spec?.storageClassName === '';
    if (!explicitNone && defaults?.length)
      return finding('phase', 'pvc.unbound', 'warning', m['pvc.pending.default-pending']({ name, sc: nameOf(defaults[0]!) }), [
        m['pvc.pending.default-pending.detail'](),
      ]);
    const detail: Message[] = [explicitNone ? m['pvc.pending.empty-class']() : m['pvc.pending.no-default']()];
    if (matching !== undefined)
      detail.push(
        matching.length ? m['pvc.pending.static-some']({ names: matching.map(nameOf).join(', ') }) : m['pvc.pending.static-none'](),
      );
    detail.push(explicitNone ? m['pvc.pending.empty-class.next']() : m['pvc.pending.no-class.next']());
    // "" opts out of the default class, so whether one exists says nothing about this claim.
    const title = explicitNone ? m['pvc.pending.empty-class.title']({ name }) : m['pvc.pending.no-class']({ name });
    return finding('phase', 'pvc.unbound', matching?.length ? 'warning' : 'error', title, detail);
  }
  if (sc && bindingMode(sc) === 'WaitForFirstConsumer' && users?.length === 0)
    return finding('phase', 'pvc.unbound', 'info', m['pvc.pending.wait']({ name, sc: className }), [m['pvc.pending.wait.detail']()]);
  const provisioner = sc?.provisioner ?? '?';
  if (provisioner === 'kubernetes.io/no-provisioner')
    return finding('phase', 'pvc.unbound', 'warning', m['pvc.pending.no-provisioner']({ name, sc: className }), [
      m['pvc.pending.no-provisioner.detail'](),
    ]);
  return finding('phase', 'pvc.unbound', 'warning', m['pvc.pending.provisioning']({ name, provisioner }), [
    m['pvc.pending.provisioning.detail']({ provisioner }),
  ]);
}

/** Available volumes without a class that fit the claim (size and access modes); undefined when not read. */
function staticMatches(c: Claim, volumes: readonly Volume[] | undefined): Volume[] | undefined {
  if (!volumes) return undefined;
  const want = parseQuantity(c.spec?.resources?.requests?.storage) ?? 0;
  return volumes.filter(
    (v) =>
      v.status?.phase === 'Available' &&
      !v.spec?.storageClassName &&
      (parseQuantity(v.spec?.capacity?.storage) ?? 0) >= want &&
      (c.spec?.accessModes ?? []).every((mode) => v.spec?.accessModes?.includes(mode)),
  );
}

function resize(c: Claim): FindingModel | undefined {
  const want = parseQuantity(c.spec?.resources?.requests?.storage);
  const have = parseQuantity(c.status?.capacity?.storage);
  if (c.status?.phase !== 'Bound' || want === undefined || have === undefined || want <= have) return undefined;
  const sev: Severity = (c.status?.conditions ?? []).some((x) => /Error$/.test(x.type) && x.status === 'True') ? 'error' : 'warning';
  return finding(
    'resize',
    'pvc',
    sev,
    m['pvc.resize']({ from: c.status?.capacity?.storage ?? '?', to: c.spec?.resources?.requests?.storage ?? '?' }),
    [m['pvc.resize.detail']()],
  );
}

const conditionMeaning = (x: Condition): Message | undefined =>
  x.type === 'Resizing'
    ? m['pvc.cond.resizing']()
    : x.type === 'FileSystemResizePending'
      ? m['pvc.cond.fs-pending']()
      : /ResizeError$/.test(x.type)
        ? m['pvc.cond.resize-error']()
        : undefined;
