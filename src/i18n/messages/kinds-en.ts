// English sentences of kind resolution and of the explainers of issue 13 (storage, autoscaling,
// disruption budgets, policies, cluster kinds, any kind through the generic explainer). Catalog
// `kinds`; kinds-ja.ts has the same keys (the KindsCatalog type).
import { n, type N } from './english.js';

export const kindsEn = {
  // ── resolving kind names ──
  'discovery.forbidden': (p: { status: N }) =>
    `discovery is forbidden (HTTP ${p.status}): only the built-in kinds are known; ask for get on the non-resource URLs /api and /apis`,
  'discovery.failed': (p: { status: N }) =>
    `discovery failed (${p.status === 0 ? 'no answer' : `HTTP ${p.status}`}): only the built-in kinds are known`,
  'resolve.other-groups': (p: { name: string; chosen: string; others: string }) =>
    `"${p.name}" is served by more than one API group; as kubectl does, this is ${p.chosen}. For the other, name it in full: ${p.others}`,

  // ── parts every kind shares ──
  'condition.unknown-type': () => 'A condition type this tool does not know: reported as it is, neither good nor bad.',
  'condition.bad.positive': (p: { type: string; status: string }) => `${p.type} is healthy when True; it is ${p.status}.`,
  'condition.bad.negative': (p: { type: string; status: string }) => `${p.type} is a problem when True; it is ${p.status}.`,
  'phase.title': (p: { phase: string }) => `Phase ${p.phase}`,
  'generation.behind': (p: { generation: N; observed: N }) =>
    `Not yet reconciled: the spec is at generation ${p.generation}, the controller has acted on ${p.observed}`,
  'generation.behind.detail': () =>
    'The status describes an older spec. If this lasts, the controller that owns this kind is not running or cannot process the object.',
  'generation.current': (p: { generation: N }) => `The controller has acted on the latest spec (generation ${p.generation})`,
  'owner.controller': () => 'Its controller: it created this object and keeps it as its spec says.',
  'owner.plain': () => 'An owner (not its controller): deleting the owner deletes this object (garbage collection).',
  'deleting.title': (p: { since: string }) => `Being deleted since ${p.since}`,
  'deleting.finalizers': (p: { finalizers: string }) =>
    `Waiting for finalizers: ${p.finalizers}. The controllers that set them must remove them before the object goes away.`,
  'deleting.no-finalizers': () => 'No finalizers remain; the object should disappear shortly.',

  // ── StorageClass ──
  'sc.title': (p: { name: string; provisioner: string }) => `StorageClass ${p.name}, provisioner ${p.provisioner}`,
  'sc.default': () => 'The default class: claims that name no class get this one.',
  'sc.binding.wait': () =>
    'volumeBindingMode WaitForFirstConsumer: a volume is made (or chosen) only once a Pod using the claim is scheduled, on a node that Pod can run on. Until then the claim is Pending, which is normal.',
  'sc.binding.immediate': () => 'volumeBindingMode Immediate: a volume is made as soon as the claim exists, before any Pod uses it.',
  'sc.reclaim': (p: { policy: string }) =>
    `reclaimPolicy ${p.policy}: ${p.policy === 'Retain' ? 'the volume and its data are kept when the claim is deleted' : 'the volume and its data are deleted with the claim'}.`,
  'sc.expand.yes': () => 'allowVolumeExpansion: claims can be made larger by raising their request.',
  'sc.expand.no': () => 'Volume expansion is not allowed: a claim cannot grow; a larger request is refused.',
  'sc.no-provisioner': () =>
    'kubernetes.io/no-provisioner makes no volumes: an administrator creates them (local volumes, for example) and claims bind to those.',
  'sc.default.several': (p: { names: string }) => `More than one default StorageClass: ${p.names}`,
  'sc.default.several.detail': (p: { newest: string }) =>
    `A claim without a class gets the newest default, ${p.newest}. Keep one default to avoid surprises.`,
  'sc.default.none': () =>
    'The cluster has no default StorageClass: claims that name no class stay Pending unless a matching volume exists.',
  'sc.claims': (p: { count: N; pending: N }) => `${n(p.count, 'claim')} use this class${Number(p.pending) ? `, ${p.pending} Pending` : ''}`,
  'sc.claim': (p: { ns: string; name: string; phase: string }) => `${p.ns}/${p.name}: ${p.phase}`,
  'sc.verdict': (p: { name: string; provisioner: string; mode: string; isDefault: boolean }) =>
    `StorageClass ${p.name}${p.isDefault ? ' (default)' : ''}: volumes by ${p.provisioner}, binding ${p.mode}`,

  // ── PersistentVolumeClaim ──
  'pvc.request': (p: { size: string; modes: string }) => `Asks for ${p.size}, ${p.modes}`,
  'pvc.modes': (p: { modes: string }) =>
    `Access modes ${p.modes}: ReadWriteOnce is one node at a time, ReadWriteOncePod one Pod, ReadOnlyMany and ReadWriteMany many nodes (if the storage supports it).`,
  'pvc.block': () => 'volumeMode Block: the Pod gets a raw block device (volumeDevices), not a filesystem.',
  'pvc.bound': (p: { name: string; volume: string }) => `PersistentVolumeClaim ${p.name} is Bound to PersistentVolume ${p.volume}`,
  'pvc.bound.detail': (p: { capacity: string; modes: string }) => `The volume gives ${p.capacity}${p.modes ? `, ${p.modes}` : ''}.`,
  'pvc.bound.pv': (p: { volume: string; phase: string; reclaim: string }) =>
    `PersistentVolume ${p.volume}: phase ${p.phase}, reclaim policy ${p.reclaim}.`,
  'pvc.bound.pv-missing': (p: { volume: string }) =>
    `PersistentVolume ${p.volume} does not exist any more: Pods that mount the claim will fail to start.`,
  'pvc.lost': (p: { name: string; volume: string }) => `PersistentVolumeClaim ${p.name} is Lost: its volume ${p.volume} is gone`,
  'pvc.lost.detail': () =>
    'The PersistentVolume it was bound to was deleted. The data is not reachable through this claim; restore the volume or delete and recreate the claim.',
  'pvc.pending.failed': (p: { name: string }) => `PersistentVolumeClaim ${p.name} is Pending: provisioning failed`,
  'pvc.pending.failed.next': () =>
    "The provisioner said why above. Check the class parameters and the provisioner's logs; the claim is retried with a back-off.",
  'pvc.pending.no-class': (p: { name: string }) =>
    `PersistentVolumeClaim ${p.name} is Pending: it names no StorageClass and the cluster has no default class — recreate it with storageClassName set to a class that exists, or mark a class as default`,
  'pvc.pending.empty-class.title': (p: { name: string }) =>
    `PersistentVolumeClaim ${p.name} is Pending: storageClassName "" binds only a PersistentVolume without a class, and nothing provisions one — create a fitting volume without a class, or recreate the claim naming a StorageClass`,
  'pvc.pending.no-default': () =>
    'Nothing will make a volume for it. It waits, with no time limit, until a PersistentVolume without a class that fits it exists, or until a default StorageClass is set (then the class is filled in for it).',
  'pvc.pending.empty-class': () =>
    'storageClassName "" asks for no class: only a PersistentVolume without a class that fits it can bind; nothing is provisioned.',
  'pvc.pending.static-some': (p: { names: string }) => `Volumes without a class that fit: ${p.names} (the controller binds one shortly).`,
  'pvc.pending.static-none': () => 'No Available PersistentVolume without a class fits its size and access modes.',
  'pvc.pending.no-class.next': () =>
    'Set spec.storageClassName to a class from kubectl get storageclass (recreate the claim: the field cannot change), or mark a class as default.',
  'pvc.pending.empty-class.next': () => 'Create a matching PersistentVolume, or recreate the claim naming a StorageClass.',
  'pvc.pending.default-pending': (p: { name: string; sc: string }) =>
    `PersistentVolumeClaim ${p.name} is Pending: it names no class; the default class ${p.sc} is assigned to it`,
  'pvc.pending.default-pending.detail': () =>
    'A claim without a class gets the default class, even one made default after the claim. Look again in a moment.',
  'pvc.pending.class-missing': (p: { name: string; sc: string }) =>
    `PersistentVolumeClaim ${p.name} is Pending: StorageClass ${p.sc} does not exist, so nothing provisions a volume — create StorageClass ${p.sc}, or recreate the claim with a class that exists (storageClassName cannot be changed)`,
  'pvc.pending.class-missing.default': (p: { sc: string }) =>
    `The default class is ${p.sc}. Recreate the claim with an existing class (the field cannot change), or create the class.`,
  'pvc.pending.class-missing.none': () =>
    'The cluster has no default class either. Create the class, or recreate the claim with one that exists.',
  'pvc.pending.wait': (p: { name: string; sc: string }) =>
    `PersistentVolumeClaim ${p.name} is Pending until a Pod uses it (${p.sc} binds on first consumer): this is normal`,
  'pvc.pending.wait.detail': () => 'The volume is made where the first Pod using the claim is scheduled. Create that Pod.',
  'pvc.pending.no-provisioner': (p: { name: string; sc: string }) =>
    `PersistentVolumeClaim ${p.name} is Pending: class ${p.sc} provisions nothing and no volume fits`,
  'pvc.pending.no-provisioner.detail': () => "Create a PersistentVolume of that class that fits the claim's size and access modes.",
  'pvc.pending.provisioning': (p: { name: string; provisioner: string }) =>
    `PersistentVolumeClaim ${p.name} is Pending: waiting for the provisioner ${p.provisioner} — if no volume comes, see that ${p.provisioner} is installed and running (kubectl get csidrivers, its Pods) and read its events and logs`,
  'pvc.pending.provisioning.detail': (p: { provisioner: string }) =>
    `No volume yet. If this lasts, the provisioner ${p.provisioner} is not installed or not running (kubectl get csidrivers, and its Pods), or it is failing: see the events.`,
  'pvc.resize': (p: { from: string; to: string }) => `Resizing from ${p.from} to ${p.to}`,
  'pvc.resize.detail': () =>
    'The request is larger than the volume. The controller grows the volume, then the kubelet grows the filesystem when a Pod mounts it; see the conditions.',
  'pvc.cond.resizing': () => 'The volume is being expanded by the storage driver.',
  'pvc.cond.fs-pending': () => 'The volume grew; the filesystem grows when a Pod next mounts the claim (restart the Pod if none starts).',
  'pvc.cond.resize-error': () => 'Expanding failed; the driver says why. The claim keeps its old size until it succeeds.',
  'pvc.pods': (p: { count: N }) => `Used by ${n(p.count, 'Pod')}`,
  'pvc.pod': (p: { name: string; phase: string; node: string }) => `${p.name}: ${p.phase}${p.node ? ` on ${p.node}` : ''}`,
  'pvc.pods.none': () => 'No Pod in the namespace uses this claim.',

  // ── a Pod's claim ──
  'pvc-phase.unknown': (p: { claim: string }) => `PersistentVolumeClaim ${p.claim}: could not be read`,
  'pvc-phase.missing': (p: { claim: string }) =>
    `PersistentVolumeClaim ${p.claim} does not exist: the Pod cannot be scheduled until it does`,
  'pvc-phase.bound': (p: { claim: string; volume: string }) => `PersistentVolumeClaim ${p.claim} is Bound to ${p.volume}`,
  'pvc-phase.lost': (p: { claim: string; volume: string }) =>
    `PersistentVolumeClaim ${p.claim} is Lost: its volume ${p.volume} is gone, so the Pod cannot mount it`,
  'pvc-phase.pending': (p: { claim: string }) => `PersistentVolumeClaim ${p.claim} is Pending: no volume is bound yet, so the Pod waits`,
  'pvc-phase.next': (p: { claim: string }) => `kubexplain explain pvc/${p.claim}`,

  // ── HorizontalPodAutoscaler ──
  'hpa.target': (p: { target: string; min: N; max: N }) => `Scales ${p.target} between ${p.min} and ${p.max} replicas`,
  'hpa.target.detail': () =>
    "The controller reads the metrics every 15 seconds and sets the target's replicas through its scale subresource.",
  'hpa.target.missing': (p: { target: string }) =>
    `${p.target} does not exist: there is nothing to scale. Fix spec.scaleTargetRef or create it.`,
  'hpa.replicas': (p: { current: N; desired: N }) => `${p.current} replicas now, ${p.desired} wanted`,
  'hpa.replicas.uncomputed': (p: { current: N }) =>
    `${p.current} replicas now, no wanted count: the controller cannot compute one while ScalingActive is False`,
  'hpa.last-scale': (p: { at: string }) => `Last scaled at ${p.at}.`,
  'hpa.never-scaled': () => 'It has not scaled the target yet.',
  'hpa.metrics.default': () => 'No metrics listed: the default is CPU at 80 % of the requests.',
  'hpa.metric': (p: { type: string; metric: string; current: string; target: string }) =>
    `${p.type} metric ${p.metric}: ${p.current} now, target ${p.target}`,
  'hpa.metric.unknown': (p: { type: string; metric: string; target: string }) =>
    `${p.type} metric ${p.metric}: no current value, target ${p.target}`,
  'hpa.metric.utilization': () =>
    'Utilization is the average use across the Pods as a percentage of their requests: replicas = ceil(current × usage / target).',
  'hpa.metric.value': () => 'A value target: the controller compares the measured value with it and scales in proportion.',
  'hpa.metric.over': () => 'Above the target: the controller adds replicas (up to the maximum).',
  'hpa.metric.under': () => 'At or below the target: the controller removes replicas after the scale-down window (down to the minimum).',
  'hpa.requests.missing': (p: { container: string; resource: string; target: string }) =>
    `Container ${p.container} of ${p.target} has no ${p.resource} request`,
  'hpa.requests.missing.detail': (p: { resource: string }) =>
    `A Utilization target is a percentage of the requests, so every container needs resources.requests.${p.resource}; without one the controller cannot compute it (FailedGetResourceMetric: missing request). Add the request to the Pod template.`,
  'hpa.api.missing': () => 'The resource metrics API (metrics.k8s.io) is not served: metrics-server is missing',
  'hpa.api.missing.detail': () =>
    'CPU and memory metrics come from metrics-server, which this cluster does not run (no APIService v1beta1.metrics.k8s.io). Install metrics-server; until then the autoscaler keeps the current replicas.',
  'hpa.api.down': () => 'The resource metrics API is registered but not available',
  'hpa.api.down.detail': () =>
    'APIService v1beta1.metrics.k8s.io is not Available: metrics-server is not running or cannot be reached. Check its Pods (kubectl -n kube-system get pods -l k8s-app=metrics-server).',
  'hpa.cond.able': () => "AbleToScale: the controller can read and change the target's scale.",
  'hpa.cond.unable': () =>
    "AbleToScale False: the controller cannot read or change the target's scale (missing target, or a back-off after a change).",
  'hpa.cond.active': () => 'ScalingActive: the metrics could be read and a replica count computed.',
  'hpa.cond.inactive': () =>
    'ScalingActive False: no replica count could be computed, so the autoscaler does nothing (the reason says why).',
  'hpa.cond.limited': () => 'ScalingLimited: the wanted count was clamped by minReplicas or maxReplicas.',
  'hpa.cond.not-limited': () => 'ScalingLimited False: the wanted count is within the bounds.',
  'hpa.verdict.no-target': (p: { name: string; target: string; kind: string; ns: string }) =>
    `HorizontalPodAutoscaler ${p.name} cannot scale: ${p.target} does not exist (AbleToScale False, FailedGetScale) — point spec.scaleTargetRef at an existing object (kubectl get ${p.kind} -n ${p.ns} lists them) or create ${p.target}`,
  'hpa.verdict.no-metrics': (p: { name: string }) =>
    `HorizontalPodAutoscaler ${p.name} is not scaling: the metrics API is not served (metrics-server is missing) — install metrics-server; kubectl get apiservice v1beta1.metrics.k8s.io shows when it is served`,
  'hpa.verdict.metrics-down': (p: { name: string }) =>
    `HorizontalPodAutoscaler ${p.name} is not scaling: the metrics API is registered but not available — see why in kubectl get apiservice v1beta1.metrics.k8s.io and check the metrics-server Pods`,
  'hpa.verdict.no-requests': (p: { name: string; container: string; resource: string; target: string }) =>
    `HorizontalPodAutoscaler ${p.name} cannot compute utilization: container ${p.container} has no ${p.resource} request — add resources.requests.${p.resource} to container ${p.container} in the Pod template of ${p.target}`,
  'hpa.verdict.no-requests.injected': (p: { name: string; container: string; resource: string; pod: string; target: string }) =>
    `HorizontalPodAutoscaler ${p.name} cannot compute utilization: container ${p.container} of Pod ${p.pod} has no ${p.resource} request, and the Pod template of ${p.target} has no such container, so something adds it when the Pod is created (a sidecar injector, say) — give that container a ${p.resource} request where it is added`,
  'hpa.verdict.inactive': (p: { name: string; reason: string }) => `HorizontalPodAutoscaler ${p.name} is not scaling: ${p.reason}`,
  'hpa.verdict.max': (p: { name: string; max: N; metrics: string }) =>
    `HorizontalPodAutoscaler ${p.name} is held at maxReplicas ${p.max}: the metrics ask for more replicas (ScalingLimited TooManyReplicas${p.metrics}), so each Pod carries more than the target — raise spec.maxReplicas if the cluster has room for more Pods, or lower the load per Pod`,
  'hpa.verdict.limited': (p: { name: string; reason: string; current: N; min: N; max: N }) =>
    `HorizontalPodAutoscaler ${p.name} is held at a bound (${p.reason}): ${p.current} replicas, allowed ${p.min}–${p.max}`,
  'hpa.verdict.ok': (p: { name: string; current: N; min: N; max: N }) =>
    `HorizontalPodAutoscaler ${p.name} is scaling: ${p.current} replicas, allowed ${p.min}–${p.max}`,

  // ── NetworkPolicy ──
  'np.selects': (p: { selector: string; count: N }) => `Selects the Pods matching ${p.selector}: ${p.count} now`,
  'np.selects.all': (p: { ns: string; count: N }) => `An empty podSelector: selects every Pod of namespace ${p.ns} (${p.count} now)`,
  'np.selects.none': () => 'No Pod matches now; the policy applies to Pods created later with these labels.',
  'np.pod': (p: { name: string }) => `${p.name}`,
  'np.types': (p: { types: string }) => `Policy types: ${p.types}`,
  'np.types.detail': () =>
    'For each type listed, the selected Pods accept (Ingress) or open (Egress) only the traffic some policy allows; the other direction is not restricted by this policy.',
  'np.ingress.deny': () => 'Ingress: no rule, so this policy admits nothing: a default deny for incoming traffic',
  'np.ingress.deny.detail': () =>
    "Every connection to the selected Pods is dropped unless another NetworkPolicy selecting them allows it. This is the usual first step of a namespace's policy: deny, then allow what is needed.",
  'np.egress.deny': () => 'Egress: no rule, so this policy allows nothing out: a default deny for outgoing traffic',
  'np.egress.deny.detail': () =>
    'The selected Pods cannot open any connection, DNS lookups included (UDP and TCP 53 to kube-dns), unless another policy allows it.',
  'np.ingress.rule': (p: { n: N; ports: string }) => `Ingress rule ${p.n}: allows ports ${p.ports} from`,
  'np.ingress.rule.any-port': (p: { n: N }) => `Ingress rule ${p.n}: allows every port from`,
  'np.egress.rule': (p: { n: N; ports: string }) => `Egress rule ${p.n}: allows ports ${p.ports} to`,
  'np.egress.rule.any-port': (p: { n: N }) => `Egress rule ${p.n}: allows every port to`,
  'np.ingress.anywhere': () => 'anywhere (no from: every source, inside or outside the cluster)',
  'np.egress.anywhere': () => 'anywhere (no to: every destination)',
  'np.peer.pods': (p: { selector: string; ns: string }) => `Pods matching ${p.selector} in namespace ${p.ns}`,
  'np.peer.pods.all': (p: { ns: string }) => `every Pod of namespace ${p.ns}`,
  'np.peer.pods.any-ns': (p: { selector: string }) => `Pods matching ${p.selector} in every namespace`,
  'np.peer.all-ns': () => 'every Pod of every namespace (not outside the cluster)',
  'np.peer.pods.ns': (p: { selector: string; nsSelector: string }) => `Pods matching ${p.selector} in namespaces matching ${p.nsSelector}`,
  'np.peer.ns': (p: { nsSelector: string }) => `every Pod of the namespaces matching ${p.nsSelector}`,
  'np.peer.cidr': (p: { cidr: string }) => `addresses in ${p.cidr}`,
  'np.peer.cidr.except': (p: { cidr: string; except: string }) => `addresses in ${p.cidr} except ${p.except}`,
  'np.svc.title': (p: { count: N }) => `What this policy admits on the Services' ports (${p.count})`,
  'np.svc.all': (p: { service: string; port: string }) => `Service ${p.service} port ${p.port}: open to every source`,
  'np.svc.some': (p: { service: string; port: string }) =>
    `Service ${p.service} port ${p.port}: open only to the sources in the rules above`,
  'np.svc.dead': (p: { service: string; port: string }) =>
    `Service ${p.service} port ${p.port}: cut; the only sources the rules name match no Pod (see above)`,
  'np.svc.none': (p: { service: string; port: string }) =>
    `Service ${p.service} port ${p.port}: cut; no rule of this policy admits it (another policy may)`,
  'np.enforcement': () =>
    'Policies are enforced by the network plugin: with one that does not implement NetworkPolicy (flannel alone, for example), they are accepted and have no effect.',
  'np.verdict.deny-in': (p: { name: string; count: N }) =>
    `NetworkPolicy ${p.name} is a default deny for incoming traffic: ${p.count} Pods accept only what other policies allow`,
  'np.verdict.deny-out': (p: { name: string; count: N }) =>
    `NetworkPolicy ${p.name} is a default deny for outgoing traffic: ${p.count} Pods can reach only what other policies allow, DNS included`,
  'np.verdict.deny-both': (p: { name: string; count: N }) =>
    `NetworkPolicy ${p.name} cuts all traffic in and out of ${p.count} Pods, DNS included, except what other policies allow`,
  'np.ingress.nopods': (p: { n: N; selector: string; ns: string }) =>
    `Ingress rule ${p.n} admits Pods matching ${p.selector} of namespace ${p.ns}, and none runs there: it admits nobody now`,
  'np.egress.nopods': (p: { n: N; selector: string; ns: string }) =>
    `Egress rule ${p.n} allows Pods matching ${p.selector} of namespace ${p.ns}, and none runs there: it allows nothing now`,
  'np.peer.own-ns': (p: { ns: string }) =>
    `A podSelector without a namespaceSelector selects Pods of the policy's own namespace (${p.ns}) only.`,
  'np.peer.elsewhere': (p: { selector: string; namespaces: string }) => `Pods matching ${p.selector} run in namespace ${p.namespaces}.`,
  'np.peer.nsfix': (p: { ns: string }) =>
    `add namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ${p.ns}}} to the same entry as the podSelector (in one entry both must match; as a separate entry it would admit every Pod of ${p.ns})`,
  'np.peer.nsfix.any': () =>
    'if those Pods run in another namespace, add a namespaceSelector to the same entry as the podSelector; else check the labels of the Pods meant',
  'np.verdict.ingress.nopods': (p: { name: string; selector: string; ns: string; fix: string }) =>
    `NetworkPolicy ${p.name} admits Pods matching ${p.selector} of namespace ${p.ns} only, and none runs there — ${p.fix}`,
  'np.verdict.egress.nopods': (p: { name: string; selector: string; ns: string; fix: string }) =>
    `NetworkPolicy ${p.name} lets its Pods reach Pods matching ${p.selector} of namespace ${p.ns} only, and none runs there — ${p.fix}`,
  'np.all-namespaces': () => 'every namespace',
  'np.ingress.nons': (p: { n: N; nsSelector: string }) =>
    `Ingress rule ${p.n} admits Pods of the namespaces matching ${p.nsSelector}, and no namespace has those labels: it admits nobody now`,
  'np.egress.nons': (p: { n: N; nsSelector: string }) =>
    `Egress rule ${p.n} allows Pods of the namespaces matching ${p.nsSelector}, and no namespace has those labels: it allows nothing now`,
  'np.ingress.nopods.there': (p: { n: N; selector: string; nsSelector: string; namespaces: string }) =>
    `Ingress rule ${p.n} admits Pods matching ${p.selector} in the namespaces matching ${p.nsSelector} (${p.namespaces}), and none runs there: it admits nobody now`,
  'np.egress.nopods.there': (p: { n: N; selector: string; nsSelector: string; namespaces: string }) =>
    `Egress rule ${p.n} allows Pods matching ${p.selector} in the namespaces matching ${p.nsSelector} (${p.namespaces}), and none runs there: it allows nothing now`,
  'np.peer.ns-labels': () =>
    'A namespaceSelector matches the labels of namespaces, not their names. The API server gives every namespace the label kubernetes.io/metadata.name=<its name>; any other label is there only if someone set it.',
  'np.peer.ns-named': (p: { ns: string; key: string }) => `Namespace ${p.ns} exists, and has no label ${p.key}=${p.ns}.`,
  'np.peer.nsfix.label': (p: { ns: string; key: string }) =>
    `select it by name: namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ${p.ns}}}, or label it: kubectl label namespace ${p.ns} ${p.key}=${p.ns}`,
  'np.peer.nsfix.labels': () => "compare the namespaceSelector with the namespaces' labels (kubectl get namespaces --show-labels)",
  'np.peer.podfix': (p: { selector: string; command: string }) => `compare ${p.selector} with the labels of the Pods meant (${p.command})`,
  'np.verdict.ingress.nons': (p: { name: string; nsSelector: string; fix: string }) =>
    `NetworkPolicy ${p.name} admits only Pods of the namespaces matching ${p.nsSelector}, and no namespace has those labels — ${p.fix}`,
  'np.verdict.egress.nons': (p: { name: string; nsSelector: string; fix: string }) =>
    `NetworkPolicy ${p.name} lets its Pods reach only Pods of the namespaces matching ${p.nsSelector}, and no namespace has those labels — ${p.fix}`,
  'np.verdict.ingress.nopods.there': (p: { name: string; selector: string; nsSelector: string; fix: string }) =>
    `NetworkPolicy ${p.name} admits only Pods matching ${p.selector} in the namespaces matching ${p.nsSelector}, and none runs there — ${p.fix}`,
  'np.verdict.egress.nopods.there': (p: { name: string; selector: string; nsSelector: string; fix: string }) =>
    `NetworkPolicy ${p.name} lets its Pods reach only Pods matching ${p.selector} in the namespaces matching ${p.nsSelector}, and none runs there — ${p.fix}`,
  'np.dns.blocked': (p: { policies: string }) =>
    `The egress of these Pods is limited by ${p.policies}, and none of them allows DNS (53/UDP to kube-dns in kube-system): the Pods cannot resolve names`,
  'np.dns.alone': () =>
    "This policy's egress rules allow no DNS (53/UDP to kube-dns in kube-system); the namespace's other NetworkPolicies could not be read, so whether one of them allows it is not known",
  'np.dns.detail': () =>
    'Every name lookup, Service names included, goes to the cluster DNS (kube-dns: CoreDNS Pods in kube-system, port 53 over UDP, and TCP for long answers). Blocked, it times out, and the application reports an unknown host or a timeout rather than a refused connection.',
  'np.dns.fix': () =>
    'add an egress rule to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}] on ports 53/UDP and 53/TCP',
  'np.dns.unknown': (p: { policies: string }) =>
    `The egress of these Pods is limited by ${p.policies}; whether one of them allows DNS (53/UDP to kube-dns) is not known`,
  'np.dns.why.ipblock': () => 'A rule allows 53/UDP to an ipBlock: addresses, which cannot be matched to the kube-dns Pods from here.',
  'np.dns.why.namespaces': () => 'A rule names namespaces by their labels, and the namespaces could not be read.',
  'np.dns.why.pod-labels': () =>
    'A rule allows 53/UDP to Pods selected by other labels than k8s-app=kube-dns: whether they are the cluster DNS is not known.',
  'np.dns.allowed-by': (p: { policies: string }) => `DNS: allowed by NetworkPolicy ${p.policies}`,
  'np.dns.no-tcp': () =>
    'DNS is allowed on 53/UDP only: an answer too long for UDP is asked again over TCP 53, which no policy selecting these Pods allows',
  'np.verdict.dns': (p: { name: string; count: N; policies: string; fix: string }) =>
    `NetworkPolicy ${p.name} limits the Egress of ${p.count} Pods, and no policy selecting them for Egress (${p.policies}) allows DNS: their name lookups time out — ${p.fix}`,
  'np.verdict.dns.alone': (p: { name: string; count: N; fix: string }) =>
    `NetworkPolicy ${p.name} limits the Egress of ${p.count} Pods and its rules allow no DNS; the other policies could not be read: unless one of them allows 53/UDP to kube-dns, their name lookups time out — ${p.fix}`,
  'np.verdict.no-pods': (p: { name: string }) => `NetworkPolicy ${p.name} selects no Pod now: it cuts nothing`,
  'np.verdict.limits': (p: { name: string; count: N; types: string }) =>
    `NetworkPolicy ${p.name} limits ${p.types} of ${p.count} Pods to the rules below; other traffic is cut unless another policy allows it`,

  // ── ResourceQuota ──
  'quota.line': (p: { resource: string; used: string; hard: string; pct: N }) => `${p.resource}: ${p.used} of ${p.hard} used (${p.pct} %)`,
  'quota.full': (p: { resource: string }) =>
    `Full: a new object that needs more ${p.resource} is refused at creation ("exceeded quota"); a Deployment then shows FailedCreate on its ReplicaSet.`,
  'quota.near': (p: { resource: string }) => `80 % or more used: the next few objects needing ${p.resource} may be refused.`,
  'quota.room': () => 'Room left.',
  'quota.needs-values': (p: { resource: string }) =>
    `Because the quota caps ${p.resource}, every new Pod must state it (requests or limits) or be refused, unless a LimitRange fills in a default.`,
  'quota.scopes': (p: { scopes: string }) => `Counts only the objects in its scopes: ${p.scopes}`,
  'quota.scopes.none': () => 'No scopes: counts every object of the namespace.',
  'quota.refused': (p: { count: N }) => `Creations it refused (${p.count})`,
  'quota.refused.line': (p: { kind: string; name: string; message: string }) => `${p.kind} ${p.name}: ${p.message}`,
  'quota.verdict.full': (p: { name: string; resources: string }) =>
    `ResourceQuota ${p.name} is full for ${p.resources}: new objects that need more are refused`,
  'quota.verdict.refused': (p: { name: string; count: N }) => `ResourceQuota ${p.name} refused ${p.count} creations recently`,
  'quota.verdict.near': (p: { name: string; resources: string }) => `ResourceQuota ${p.name} is 80 % or more used for ${p.resources}`,
  'quota.verdict.ok': (p: { name: string; count: N }) => `ResourceQuota ${p.name} caps ${p.count} resources, all with room left`,

  // ── LimitRange ──
  'lr.item': (p: { type: string }) => `For each ${p.type}`,
  'lr.default': (p: { amounts: string }) => `default: limits ${p.amounts} are set on containers that state no limit.`,
  'lr.default-request': (p: { amounts: string }) => `defaultRequest: requests ${p.amounts} are set on containers that state no request.`,
  'lr.request-from-limit': () =>
    'With a default limit and no defaultRequest, a container without requests gets requests equal to its limits.',
  'lr.min': (p: { amounts: string }) => `min ${p.amounts}: a smaller request or limit is refused at creation.`,
  'lr.max': (p: { amounts: string }) => `max ${p.amounts}: a larger limit (or a missing one) is refused at creation.`,
  'lr.ratio': (p: { amounts: string }) => `maxLimitRequestRatio ${p.amounts}: limit ÷ request may not exceed this.`,
  'lr.pods': (p: { count: N }) => `Pods that got its defaults: ${p.count}`,
  'lr.pod': (p: { name: string; what: string }) => `${p.name}: ${p.what}`,
  'lr.pods.none': () => 'No Pod of the namespace got defaults from a LimitRange.',
  'lr.when': () =>
    'It acts only when a Pod (or claim) is created: changing it does not touch running Pods; they get the new values when recreated.',
  'lr.verdict.defaults': (p: { name: string; types: string; count: N }) =>
    `LimitRange ${p.name} fills in defaults for each ${p.types} that states none; ${p.count} Pods got them`,
  'lr.verdict.bounds': (p: { name: string; types: string }) => `LimitRange ${p.name} bounds the resources of each ${p.types}`,

  // ── PersistentVolume ──
  'pv.phase': (p: { name: string; phase: string }) => `PersistentVolume ${p.name} is ${p.phase}`,
  'pv.available': () => 'Free: no claim is bound to it; a claim that fits its class, size and access modes can bind it.',
  'pv.bound': (p: { claim: string }) => `Bound to the claim ${p.claim}; no other claim can use it.`,
  'pv.claim.gone': (p: { claim: string }) =>
    `Its claim ${p.claim} does not exist any more; the controller will mark the volume Released and apply its reclaim policy.`,
  'pv.released.retain': () =>
    'The claim was deleted and the data kept (Retain). The volume is not given to a new claim by itself: copy or wipe the data, then delete the volume, or remove spec.claimRef so it becomes Available.',
  'pv.released.other': (p: { policy: string }) => `The claim was deleted; the reclaim policy ${p.policy} is being applied.`,
  'pv.failed': () => 'Reclaiming failed (deleting or recycling the storage); the storage may still exist. The message says why.',
  'pv.pending': () => 'Not yet available: the volume is being set up.',
  'pv.reclaim': (p: { policy: string }) => `Reclaim policy ${p.policy}`,
  'pv.reclaim.delete': () => 'When its claim is deleted, the volume and the storage behind it are deleted: the data is gone.',
  'pv.reclaim.retain': () => 'When its claim is deleted, the volume and its data are kept for an administrator to handle.',
  'pv.reclaim.recycle': () => 'Recycle is deprecated: it wiped the files and offered the volume again.',
  'pv.storage': (p: { capacity: string; modes: string }) => `${p.capacity}, ${p.modes}`,
  'pv.source.csi': (p: { driver: string; handle: string }) => `Backed by the CSI driver ${p.driver} (volume ${p.handle}).`,
  'pv.source': (p: { source: string }) => `Backed by ${p.source}.`,
  'pv.no-class': () => 'No StorageClass: only claims that ask for no class (storageClassName: "") or name none can bind it.',
  'pv.affinity': () => 'Usable only on some nodes (nodeAffinity): a Pod using it is scheduled onto one of them',
  'pv.affinity.term': (p: { term: string }) => `${p.term}`,
  'pv.verdict.bound': (p: { name: string; claim: string }) => `PersistentVolume ${p.name} is Bound to ${p.claim}`,
  'pv.verdict.orphan': (p: { name: string; claim: string }) => `PersistentVolume ${p.name} is Bound to ${p.claim}, which no longer exists`,
  'pv.verdict.released': (p: { name: string; claim: string; policy: string }) =>
    `PersistentVolume ${p.name} is Released: its claim ${p.claim} was deleted (reclaim policy ${p.policy})`,
  'pv.verdict.other': (p: { name: string; phase: string }) => `PersistentVolume ${p.name} is ${p.phase}`,

  // ── IngressClass ──
  'ic.controller': (p: { controller: string }) => `Implemented by the controller ${p.controller}`,
  'ic.controller.detail': (p: { controller: string }) =>
    `Ingresses of this class are served by the Ingress controller that calls itself ${p.controller}. Nothing in the API says whether it runs: if none does, these Ingresses get no address and route nothing (check its Pods).`,
  'ic.default': () => 'The default IngressClass',
  'ic.default.detail': () => 'Ingresses created without spec.ingressClassName get this class.',
  'ic.default.several': (p: { names: string }) =>
    `More than one class is marked default (${p.names}): new Ingresses without a class are refused until only one is.`,
  'ic.parameters': (p: { kind: string; name: string }) => `Controller settings in ${p.kind} ${p.name}`,
  'ic.ingresses': (p: { count: N }) => `Used by ${n(p.count, 'Ingress')}`,
  'ic.ingress': (p: { ns: string; name: string }) => `${p.ns}/${p.name}`,
  'ic.unset': (p: { count: N }) => `${n(p.count, 'Ingress')} without a class, created before this class became the default`,
  'ic.unset.detail': (p: { name: string }) =>
    `The default is written into an Ingress only when it is created, so these did not get it; whether this controller serves them depends on it: set spec.ingressClassName: ${p.name} on them.`,
  'ic.ingresses.none': () => 'No Ingress uses this class.',
  'ic.verdict': (p: { name: string; controller: string; isDefault: boolean }) =>
    `IngressClass ${p.name}${p.isDefault ? ' (default)' : ''}: Ingresses of this class are served by ${p.controller}`,

  // ── PriorityClass ──
  'pc.value': (p: { value: N }) => `Priority ${p.value}`,
  'pc.value.detail': () =>
    'Higher values go first: pending Pods are scheduled in priority order, and under node pressure the kubelet evicts lower-priority Pods first.',
  'pc.system': () => 'A system priority (above 1000000000), reserved for critical cluster components.',
  'pc.preempt.lower': () => 'preemptionPolicy PreemptLowerPriority',
  'pc.preempt.lower.detail': () =>
    'When no node has room, the scheduler may evict lower-priority Pods (preemption) to make room for Pods of this class.',
  'pc.preempt.never': () => 'preemptionPolicy Never',
  'pc.preempt.never.detail': () => 'Pods of this class wait ahead of lower ones in the queue but never evict other Pods.',
  'pc.default': () => 'globalDefault: Pods without a priorityClassName get this class (at creation only).',
  'pc.not-default': () => 'Not the global default: only Pods that name it get it.',
  'pc.pods': (p: { count: N }) => `Used by ${n(p.count, 'Pod')}`,
  'pc.pod': (p: { ns: string; name: string }) => `${p.ns}/${p.name}`,
  'pc.pods.none': () => 'No Pod uses this class.',
  'pc.verdict': (p: { name: string; value: N; count: N; never: boolean }) =>
    `PriorityClass ${p.name}: priority ${p.value}${p.never ? ', never preempts' : ', may preempt lower Pods'}; ${p.count} Pods use it`,

  // ── Endpoints ──
  'ep.deprecated': () => 'The Endpoints API is deprecated since v1.33: EndpointSlices replace it',
  'ep.deprecated.detail': (p: { name: string }) =>
    `kube-proxy, cluster DNS and Ingress controllers read EndpointSlices (discovery.k8s.io/v1). Use kubectl get endpointslices -l kubernetes.io/service-name=${p.name}; this tool explains them below.`,
  'ep.mirror': (p: { ready: N; notReady: N }) => `This Endpoints object lists ${p.ready} ready and ${p.notReady} not-ready addresses`,
  'ep.mirror.detail': () => 'A controller keeps it in step with the Service for older clients.',
  'ep.truncated': () => 'Truncated: an Endpoints object holds at most 1000 addresses; the EndpointSlices have them all.',
  'ep.no-service': (p: { name: string }) => `No Service ${p.name}: these endpoints are managed by hand, or left over.`,
  'ep.slice': (p: { name: string; ready: N; total: N }) => `EndpointSlice ${p.name}: ${p.ready} of ${p.total} endpoints ready`,
  'ep.slice.detail': (p: { serving: N; terminating: N; ports: string }) =>
    `${p.serving} serving but not ready, ${p.terminating} terminating; ports ${p.ports}.`,
  'ep.slices.none': (p: { name: string }) => `No EndpointSlice for Service ${p.name}: traffic to it goes nowhere.`,
  'ep.verdict': (p: { name: string; ready: N; slices: N }) =>
    `Endpoints ${p.name} is the deprecated API; its EndpointSlices (${p.slices}) give ${p.ready} ready endpoints`,
  'ep.verdict.unread': (p: { name: string; ready: N }) =>
    `Endpoints ${p.name} is the deprecated API (${p.ready} ready addresses); its EndpointSlices could not be read`,

  // ── Event ──
  'ev.about': (p: { type: string; reason: string; what: string }) => `${p.type} event ${p.reason} about ${p.what}`,
  'ev.field': (p: { field: string }) => `About ${p.field} of that object.`,
  'ev.when': (p: { count: N; first: string; last: string }) => `Seen ${p.count} times, first ${p.first}, last ${p.last}`,
  'ev.ttl': () => 'Events are kept for a limited time (one hour by default): an old event may describe a state that has passed.',
  'ev.by': (p: { by: string }) => `Reported by ${p.by}`,
  'ev.by.detail': () => 'The component that saw it happen (a controller, the scheduler, a kubelet).',
  'ev.gone': (p: { what: string }) => `${p.what} does not exist any more.`,
  'ev.next.title': () => 'What to look at next',
  'ev.next': (p: { kind: string; name: string }) => `kubexplain explain ${p.kind}/${p.name}`,
  'ev.verdict.warning': (p: { reason: string; what: string; count: N; message: string }) =>
    `Warning ${p.reason} on ${p.what}${Number(p.count) > 1 ? ` (×${p.count})` : ''}: ${p.message}`,
  'ev.verdict.normal': (p: { reason: string; what: string; count: N }) =>
    `Normal ${p.reason} on ${p.what}${Number(p.count) > 1 ? ` (×${p.count})` : ''}: a routine step, not a problem`,

  // ── PodDisruptionBudget ──
  'pdb.selector': (p: { selector: string; count: N }) => `Covers the Pods matching ${p.selector}: ${p.count} now`,
  'pdb.selector.all': (p: { count: N }) => `An empty selector: covers every Pod of the namespace (${p.count} now)`,
  'pdb.selector.none': () => 'No selector: the budget covers no Pod',
  'pdb.pod': (p: { name: string; phase: string; ready: boolean }) => `${p.name}: ${p.phase}${p.ready ? ', Ready' : ', not Ready'}`,
  'pdb.pods.none': () =>
    "No Pod matches: the budget protects nothing. Check the selector against the Pods' labels (kubectl get pods --show-labels).",
  'pdb.min': (p: { value: string; count: N; expected: N }) =>
    `minAvailable ${p.value}: at least ${p.count} of ${p.expected} Pods must stay healthy during voluntary disruptions`,
  'pdb.max': (p: { value: string; count: N; expected: N }) =>
    `maxUnavailable ${p.value}: at most ${p.count} of ${p.expected} Pods may be unavailable during voluntary disruptions`,
  'pdb.healthy': (p: { current: N; desired: N; expected: N }) =>
    `${p.current} healthy (Ready) now, ${p.desired} required, ${p.expected} expected from their controllers.`,
  'pdb.unhealthy.always': () => 'unhealthyPodEvictionPolicy AlwaysAllow: Pods that are not Ready can always be evicted.',
  'pdb.unhealthy.if-healthy': () => 'Pods that are not Ready can be evicted only while the budget is met (IfHealthyBudget, the default).',
  'pdb.allowed': (p: { count: N }) => `${p.count} disruption${String(p.count) === '1' ? '' : 's'} allowed now`,
  'pdb.allowed.detail': (p: { count: N }) =>
    `An eviction (kubectl drain, a node upgrade, the cluster autoscaler) may take ${p.count} of these Pods now; more wait until Pods are healthy again.`,
  'pdb.blocked.detail': () =>
    'Every eviction of these Pods is refused (429 "Cannot evict pod as it would violate the pod\'s disruption budget"): kubectl drain keeps retrying and never finishes, and node upgrades stall. Deleting a Pod directly is not blocked.',
  'pdb.fix.unhealthy': (p: { healthy: N; desired: N }) =>
    `Only ${p.healthy} Pods are healthy and ${p.desired} are required: make the Pods Ready (explain them), or allow evicting unhealthy Pods with unhealthyPodEvictionPolicy: AlwaysAllow.`,
  'pdb.fix.max': (p: { value: string }) => `maxUnavailable ${p.value} allows no Pod to go: set it to 1 or more.`,
  'pdb.fix.min-all': (p: { value: string; expected: N }) =>
    `minAvailable ${p.value} asks for all ${p.expected} Pods: lower it (or use maxUnavailable: 1), or run more replicas than it requires.`,
  'pdb.fix.min': () => 'Run more replicas than minAvailable requires, or lower minAvailable.',
  'pdb.verdict.no-pods': (p: { name: string }) => `PodDisruptionBudget ${p.name} selects no Pods: it protects nothing`,
  'pdb.verdict.blocked': (p: { name: string; healthy: N; desired: N; next: string }) =>
    `PodDisruptionBudget ${p.name} allows 0 disruptions (${p.healthy} healthy, ${p.desired} required): drains and evictions of its Pods are blocked — ${p.next}`,
  'pdb.verdict.ok': (p: { name: string; count: N; healthy: N; desired: N }) =>
    `PodDisruptionBudget ${p.name} allows ${p.count} disruption${String(p.count) === '1' ? '' : 's'} (${p.healthy} healthy, ${p.desired} required)`,

  // ── generic ──
  'generic.verdict.bad': (p: { kind: string; name: string; conditions: string }) => `${p.kind} ${p.name}: ${p.conditions}`,
  'generic.verdict.phase': (p: { kind: string; name: string; phase: string }) => `${p.kind} ${p.name} is in phase ${p.phase}`,
  'generic.verdict.behind': (p: { kind: string; name: string }) =>
    `${p.kind} ${p.name}: its controller has not yet acted on the latest spec`,
  'generic.verdict.ok': (p: { kind: string; name: string }) => `${p.kind} ${p.name}: every condition it reports is healthy`,
  'generic.verdict.neutral': (p: { kind: string; name: string }) =>
    `${p.kind} ${p.name} reports conditions of types this tool cannot judge: read them below`,
  'generic.verdict.none': (p: { kind: string; name: string }) =>
    `${p.kind} ${p.name} reports no conditions: there is no explainer of its own for this kind, so only its owners and events are shown`,
};

export type KindsCatalog = typeof kindsEn;
