// English sentences of the workload, Node, Namespace and config explainers (issue 4). The Japanese
// catalog (workloads-ja.ts) has the same shape (the WMessages type).
import { workloadCausesEn } from './workload-causes-en.js';

import { n, type N } from './english.js';
/** English plural: "1 Pod", "2 Pods". */

// What a condition means, by kind, type and (when it matters) reason or status.
const CONDITIONS: Record<string, string> = {
  'Deployment.Progressing.NewReplicaSetAvailable': 'The latest ReplicaSet is fully available: the last rollout completed.',
  'Deployment.Progressing.ReplicaSetUpdated': 'A rollout is in progress: the new ReplicaSet is being scaled up and the old ones down.',
  'Deployment.Progressing.NewReplicaSetCreated': 'The Deployment created the ReplicaSet for the current Pod template; the rollout starts.',
  'Deployment.Progressing.FoundNewReplicaSet': 'The Deployment found (adopted) a ReplicaSet matching the current Pod template.',
  'Deployment.Progressing.ProgressDeadlineExceeded':
    'The rollout made no progress within progressDeadlineSeconds: the controller reports it as failed. It does not roll back by itself.',
  'Deployment.Progressing.DeploymentPaused': 'The Deployment is paused: changes to the Pod template are not rolled out.',
  'Deployment.Progressing.DeploymentResumed': 'The Deployment was resumed: the rollout continues.',
  'Deployment.Progressing': 'Whether the rollout is progressing or has completed.',
  'Deployment.Available.True': 'At least replicas − maxUnavailable Pods are available: the Deployment serves at its minimum capacity.',
  'Deployment.Available.False': 'Fewer than replicas − maxUnavailable Pods are available: the Deployment is below its minimum capacity.',
  'Deployment.ReplicaFailure': 'A ReplicaSet could not create Pods (a quota, a LimitRange or an admission webhook refused them).',
  'ReplicaSet.ReplicaFailure': 'The ReplicaSet could not create Pods (a quota, a LimitRange or an admission webhook refused them).',
  'Job.Complete': 'The Job reached its completions: it is finished and creates no more Pods.',
  'Job.SuccessCriteriaMet': 'The success policy is met: the Job is about to be marked Complete (remaining Pods are terminated).',
  'Job.Failed': 'The Job failed and creates no more Pods.',
  'Job.FailureTarget':
    'The controller has decided that the Job fails: it stops the remaining Pods first, then adds Failed with the same reason (both stay True).',
  'Job.Suspended': 'The Job is suspended (spec.suspend=true): its active Pods were deleted and no new ones are created.',
  'Node.Ready.True': 'The kubelet is healthy and the node accepts Pods.',
  'Node.Ready.False': 'The kubelet reports the node unhealthy: new Pods are not scheduled here.',
  'Node.Ready.Unknown':
    'The node controller has not heard from the kubelet (node lease expired): the node may be down or unreachable; its Pods are evicted after the toleration period (300s by default).',
  'Node.MemoryPressure':
    'True when the node runs low on memory: the kubelet evicts Pods (BestEffort first) and the node gets a NoSchedule taint.',
  'Node.DiskPressure': 'True when disk space or inodes run low: the kubelet removes unused images and evicts Pods.',
  'Node.PIDPressure': 'True when process IDs run low on the node: the kubelet may evict Pods.',
  'Node.NetworkUnavailable': "True when the node's network is not configured (set by the network plugin or cloud provider).",
  'Namespace.NamespaceDeletionContentFailure': 'Deleting some objects in the namespace failed.',
  'Namespace.NamespaceDeletionDiscoveryFailure':
    'The namespace controller could not discover all resource types (an API service is unavailable), so it cannot finish deleting.',
  'Namespace.NamespaceContentRemaining': 'Objects remain in the namespace and are still being deleted.',
  'Namespace.NamespaceFinalizersRemaining': 'Objects in the namespace carry finalizers that their controller has not removed yet.',
  'Namespace.NamespaceDeletionGroupVersionParsingFailure': 'A resource type could not be parsed while deleting the namespace.',
};

const SECRET_TYPES: Record<string, string> = {
  Opaque: 'Opaque: arbitrary user-defined data.',
  'kubernetes.io/service-account-token':
    'A long-lived ServiceAccount token (legacy). Pods get short-lived projected tokens instead; prefer those.',
  'kubernetes.io/dockerconfigjson': 'Registry credentials (~/.docker/config.json): used through imagePullSecrets.',
  'kubernetes.io/dockercfg': 'Registry credentials in the legacy ~/.dockercfg format: used through imagePullSecrets.',
  'kubernetes.io/tls': 'A TLS certificate and its private key (tls.crt, tls.key), e.g. for an Ingress.',
  'kubernetes.io/basic-auth': 'Credentials for basic authentication (username, password).',
  'kubernetes.io/ssh-auth': 'An SSH private key (ssh-privatekey).',
  'bootstrap.kubernetes.io/token': 'A bootstrap token used when nodes join the cluster.',
};

const condition = (kind: string, type: string, status: string, reason?: string): string =>
  CONDITIONS[`${kind}.${type}.${reason ?? ''}`] ??
  CONDITIONS[`${kind}.${type}.${status}`] ??
  CONDITIONS[`${kind}.${type}`] ??
  'A condition reported by the controller.';

export const wen = {
  ...workloadCausesEn,
  // What a condition means, as a Message param (one object): the same table as condition().
  'condition.means': (p: { kind: string; type: string; status: string; reason: string }) =>
    condition(p.kind, p.type, p.status, p.reason || undefined),
  'condition.title': (p: { type: string; status: string; reason: string }) =>
    `Condition ${p.type}=${p.status}${p.reason ? ` (${p.reason})` : ''}`,
  'condition.said': (p: { said: string }) => `The controller says: ${p.said}`,
  line: (p: { name: string; state: string }) => `${p.name}: ${p.state}`,
  'why.and': (p: { first: string; second: string }) => `${p.first}${p.second}`,
  'unknown.list': () => 'Could not be read (see the warnings below).',
  'owner.title': (p: { kind: string; name: string }) => `Owned by ${p.kind} ${p.name}`,
  'owner.none.title': () => 'No owner',
  'ref.exists': () => 'exists',
  'ref.missing': () => 'not found',
  'ref.unknown': () => 'unknown',
  'why.pod': (p: { verdict: string }) => ` — ${p.verdict}`,

  // Pods of a workload
  'pods.title': (p: { count: N }) => `Pods: ${p.count}`,
  'pods.new.title': (p: { count: N }) => `Pods of the current ReplicaSet: ${p.count}`,
  'pods.old.title': (p: { count: N }) => `Pods of older ReplicaSets: ${p.count}`,
  'pods.none': () => 'No Pods yet.',
  'pods.group': (p: { state: string; count: number; names: string }) => `${p.state} (${p.count}): ${p.names}`,
  'pods.worst.title': (p: { pod: string }) => `Worst Pod: ${p.pod}`,
  'pods.worst.detail': (p: { verdict: string; pod: string; ns: string }) =>
    `${p.verdict}\nMore: kubexplain explain pod/${p.pod} -n ${p.ns}`,
  'selector.title': (p: { selector: string }) => `Selector ${p.selector}`,
  'selector.ok': () =>
    'The Pod template carries these labels, so the Pods it creates are its own. The selector cannot be changed after creation.',
  'selector.mismatch': (p: { labels: string }) =>
    `The Pod template's labels (${p.labels}) do not match the selector: the controller would not find its own Pods.`,

  // Deployment
  'deploy.verdict.paused': (p: { revision: N; name: string; ns: string; updated: N; desired: N; available: N; why: string }) =>
    `Paused at revision ${p.revision}: ${p.updated} of ${p.desired} replicas updated, ${p.available} available; template changes are not rolled out — resume with kubectl rollout resume deploy/${p.name} -n ${p.ns}`,
  'deploy.verdict.pausedChange': (p: { rs: string; revision: N; change: string; pods: N; name: string; ns: string }) =>
    `Paused: the Pod template changed (${p.change}) but is not rolled out: ${n(p.pods, 'Pod')} still run${String(p.pods) === '1' ? 's' : ''} revision ${p.revision} (ReplicaSet ${p.rs}) — roll it out with kubectl rollout resume deploy/${p.name} -n ${p.ns}`,
  'deploy.change.images': (p: { from: string; to: string }) => `${p.from} → ${p.to}`,
  'deploy.change.other': (p: { images: string }) => `same images ${p.images}, other fields differ`,
  'deploy.verdict.failure': (p: { message: string; updated: N; desired: N; available: N; why: string }) =>
    `Cannot create Pods: ${p.message} — ${p.updated} of ${p.desired} replicas updated, ${p.available} available${p.why}`,
  'deploy.verdict.deadline': (p: { rs: string; seconds: N; updated: N; desired: N; available: N; why: string; name: string; ns: string }) =>
    `Rollout stuck (ProgressDeadlineExceeded): new ReplicaSet ${p.rs} made no progress for ${p.seconds}s (${p.updated} of ${p.desired} replicas updated, ${p.available} available)${p.why}; if the fix takes time, roll back with kubectl rollout undo deploy/${p.name} -n ${p.ns}`,
  'deploy.verdict.blocked': (p: { rs: string; updated: N; desired: N; available: N; why: string }) =>
    `Rollout stuck: new ReplicaSet ${p.rs} cannot make its Pods available (${p.updated} of ${p.desired} replicas updated, ${p.available} available)${p.why}`,
  'deploy.verdict.rolling': (p: { updated: N; desired: N; available: N; why: string }) =>
    `Rolling out: ${p.updated} of ${p.desired} replicas updated, ${p.available} available${p.why}`,
  'deploy.verdict.degraded': (p: { updated: N; desired: N; available: N; why: string }) =>
    `Degraded: ${p.available} of ${p.desired} replicas available${p.why}`,
  'deploy.verdict.unobserved': (p: { generation: N; observed: N }) =>
    `Waiting for the controller: spec generation ${p.generation} is not processed yet (last seen ${p.observed}) — run again in a moment`,
  'deploy.verdict.zero': () => 'Scaled to zero: spec.replicas is 0, no Pods are wanted',
  'deploy.verdict.ok': (p: { desired: N; revision: N; images: string }) =>
    `Healthy: all ${p.desired} replicas updated and available (revision ${p.revision}, ${p.images})`,
  'deploy.why.newPods': (p: { pod: string; verdict: string }) => ` — new Pod ${p.pod} is failing: ${p.verdict}`,
  'deploy.why.notReady': (p: { pod: string; verdict: string }) => ` — new Pod ${p.pod} has not become Ready in time: ${p.verdict}`,
  'deploy.why.starting': (p: { pod: string; verdict: string }) => ` — new Pod ${p.pod} is still starting: ${p.verdict}`,
  'deploy.why.oldServe': (p: { rs: string; count: N }) => `; old ReplicaSet ${p.rs} still serves ${n(p.count, 'ready Pod')}`,
  'deploy.rollout.title': (p: { desired: N; total: N; updated: N; ready: N; available: N; unavailable: N }) =>
    `Replicas: ${p.desired} desired, ${p.total} current, ${p.updated} updated, ${p.ready} ready, ${p.available} available, ${p.unavailable} unavailable`,
  'deploy.rollout': () =>
    'updated: Pods of the current template; available: ready for at least minReadySeconds. A rollout is complete when every replica is updated and available and no old Pods remain.',
  'deploy.deadline': (p: { seconds: N; name: string }) =>
    `progressDeadlineSeconds is ${p.seconds}s. Fix what stops the new Pods, or go back: kubectl rollout undo deploy/${p.name}`,
  'deploy.strategy.title': (p: { type: string }) => `Strategy ${p.type}`,
  'deploy.strategy.recreate': () => 'Every old Pod is stopped before new ones start: expect downtime during each rollout.',
  'deploy.strategy.rolling': (p: { surge: string; unavailable: string; max: N; min: N }) =>
    `maxSurge ${p.surge}, maxUnavailable ${p.unavailable}: during a rollout at most ${p.max} Pods exist and at least ${p.min} stay available.`,
  'deploy.strategy.zeroUnavailable': () =>
    'With maxUnavailable 0 an old Pod is removed only after a new one is available: a broken new version never takes capacity away.',
  'deploy.paused.title': () => 'Paused',
  'deploy.paused': (p: { name: string; ns: string }) => `Template changes wait until kubectl rollout resume deploy/${p.name} -n ${p.ns}.`,
  'deploy.rs.none.title': () => 'ReplicaSets',
  'deploy.rs.title': (p: { name: string; revision: N; desired: N; ready: N; available: N }) =>
    `ReplicaSet ${p.name} (revision ${p.revision}): ${p.desired} desired, ${p.ready} ready, ${p.available} available`,
  'deploy.rs.images': (p: { images: string }) => `Images: ${p.images}`,
  'deploy.rs.diff': (p: { prev: N; from: string; to: string }) => `Changed since revision ${p.prev}: ${p.from} → ${p.to}`,
  'deploy.rs.current': () => "The current ReplicaSet: it runs the Deployment's Pod template.",
  'deploy.rs.paused': (p: { name: string; ns: string }) =>
    `Runs the previous Pod template: the Deployment is paused, so no ReplicaSet for the new template exists until kubectl rollout resume deploy/${p.name} -n ${p.ns}.`,
  'deploy.rs.old': (p: { limit: N }) =>
    `An older revision: scaled down as the new one becomes available, kept (up to revisionHistoryLimit ${p.limit}) for kubectl rollout undo.`,

  // ReplicaSet
  'rs.verdict.ok': (p: { ready: N; desired: N }) => `Healthy: ${p.ready} of ${n(p.desired, 'Pod')} ready`,
  'rs.verdict.bad': (p: { available: N; desired: N; why: string }) =>
    `Degraded: ${p.available} of ${n(p.desired, 'Pod')} available${p.why}`,
  'rs.verdict.zero': (p: { owner: string }) => `Scaled to zero: an old revision kept for rollback${p.owner}`,
  'rs.owner.of': (p: { kind: string; name: string }) => ` (${p.kind} ${p.name})`,
  'rs.replicas.title': (p: { desired: N; current: N; ready: N; available: N }) =>
    `Replicas: ${p.desired} desired, ${p.current} current, ${p.ready} ready, ${p.available} available`,
  'rs.replicas': (p: { images: string }) => `A ReplicaSet keeps this many Pods of one template running. Images: ${p.images}`,
  'rs.owner.deployment': (p: { name: string }) =>
    `Deployment ${p.name} scales this ReplicaSet during rollouts: change the Deployment, not the ReplicaSet.`,
  'rs.owner.none': () => 'No Deployment manages this ReplicaSet: nothing rolls out a new template for it.',

  // StatefulSet
  'sts.verdict.ok': (p: { ready: N; desired: N; why: string }) => `Healthy: ${p.ready} of ${p.desired} Pods ready${p.why}`,
  'sts.verdict.bad': (p: { ready: N; desired: N; updated: N; why: string }) => `Not ready: ${p.ready} of ${p.desired} Pods ready${p.why}`,
  'sts.verdict.rolling': (p: { ready: N; desired: N; updated: N; why: string }) =>
    `Rolling out: ${p.updated} of ${p.desired} Pods updated, ${p.ready} ready${p.why}`,
  'sts.verdict.zero': () => 'Scaled to zero: spec.replicas is 0 (its PVCs are kept)',
  'sts.why.ordered': (p: { missing: string; prev: string; verdict: string }) =>
    ` — ${p.missing} is not created: with podManagementPolicy OrderedReady it waits for ${p.prev} to be Running and Ready, and ${p.prev} is not: ${p.verdict}`,
  'sts.verdict.partition': (p: { partition: N; update: string; updated: string; current: string; old: string; name: string; ns: string }) =>
    `Partitioned update: ordinals ≥ ${p.partition} run the new revision ${p.update} (${p.updated}); ${p.old} stay on revision ${p.current} because updateStrategy.rollingUpdate.partition is ${p.partition} — to update them too, lower it: kubectl patch statefulset ${p.name} -n ${p.ns} -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":0}}}}'`,
  'sts.verdict.ondelete': (p: { update: string; current: string; old: string; count: N; next: string; name: string; ns: string }) =>
    `Update waits for you: with updateStrategy OnDelete the controller replaces a Pod only when it is deleted, so ${p.old} still run${String(p.count) === '1' ? 's' : ''} revision ${p.current} (new: ${p.update}) — delete them one at a time, highest ordinal first: kubectl delete pod ${p.next} -n ${p.ns}`,
  'sts.why.service': (p: { name: string }) => ` — its governing Service ${p.name} does not exist, so the Pods get no stable DNS names`,
  'sts.ordinals.title': (p: { ready: N; desired: N }) => `Ordinals: ${p.ready} of ${p.desired} ready`,
  'sts.ordinal.missing': (p: { name: string; ordered: string }) => `${p.name}: not created${p.ordered}`,
  'sts.ordinal.waits': (p: { prev: string }) => ` (waits for ${p.prev} to be Running and Ready)`,
  'sts.ordered': () =>
    'podManagementPolicy OrderedReady: Pods are created one at a time in ordinal order, each after the previous one is Ready, and removed in reverse.',
  'sts.parallel': () => 'podManagementPolicy Parallel: Pods are created and deleted without waiting for each other.',
  'sts.strategy.title': (p: { type: string }) => `Update strategy ${p.type}`,
  'sts.strategy.rolling': (p: { partition: N }) =>
    `Pods are replaced one at a time from the highest ordinal down; only ordinals ≥ partition (${p.partition}) are updated.`,
  'sts.strategy.ondelete': () => 'Pods are updated only when you delete them: the controller recreates each from the new template.',
  'sts.revision.same': (p: { revision: string }) => `Every Pod runs the current revision ${p.revision}.`,
  'sts.revision.diff': (p: { current: string; update: string; updated: N; desired: N }) =>
    `Update in progress: revision ${p.current} → ${p.update}, ${p.updated} of ${p.desired} Pods updated.`,
  'sts.service.title': (p: { name: string }) => `Governing Service ${p.name}`,
  'sts.service.none': () => 'No serviceName: the Pods get no per-Pod DNS names.',
  'sts.service.missing': (p: { name: string; sts: string }) =>
    `Service ${p.name} does not exist: create a headless Service (clusterIP: None) selecting the Pods so that ${p.sts}-0.${p.name} resolves.`,
  'sts.service.ok': (p: { name: string; sts: string; ns: string }) =>
    `A headless Service: each Pod gets a stable DNS name such as ${p.sts}-0.${p.name}.${p.ns}.svc.`,
  'sts.service.notheadless': (p: { name: string }) =>
    `Service ${p.name} has a cluster IP: per-Pod DNS names need a headless Service (clusterIP: None).`,
  'sts.pvc.title': (p: { template: string }) => `volumeClaimTemplate ${p.template}`,
  'sts.pvc.missing': (p: { name: string }) => `${p.name}: not created yet`,
  'sts.pvc.pending': (p: { name: string; phase: string; sc: string }) =>
    `${p.name}: ${p.phase} (storageClass ${p.sc}) — the Pod cannot start until the claim is bound to a volume`,
  'sts.pvc.nosc': () => 'none: the default StorageClass, if any',
  'sts.pvc.kept': () =>
    'Each ordinal gets its own claim, kept when the Pod is rescheduled (and by default when the StatefulSet is scaled down or deleted).',

  // DaemonSet
  'ds.verdict.ok': (p: { desired: N; ready: N }) =>
    `Healthy: running and ready on ${String(p.desired) === '1' ? 'the one eligible node' : `all ${p.desired} eligible nodes`}`,
  'ds.verdict.bad': (p: { desired: N; available: N; why: string }) => `Degraded: available on ${p.available} of ${p.desired} nodes${p.why}`,
  'ds.verdict.rolling': (p: { desired: N; updated: N; available: N; why: string }) =>
    `Rolling out: ${p.updated} of ${p.desired} nodes updated, ${p.available} available${p.why}`,
  'ds.verdict.none': () => 'No eligible node: the nodeSelector, affinity or taints exclude every node',
  'ds.verdict.noMatch': (p: { selector: string; total: N; label: string }) =>
    `No node matches: none of the ${n(p.total, 'node')} has the labels its Pod template selects (${p.selector}), so it runs no Pod — label the nodes that should run it (kubectl label node NODE ${p.label}) or change the template's nodeSelector/affinity`,
  'ds.verdict.allTainted': (p: { total: N; taints: string }) =>
    `No eligible node: each of the ${n(p.total, 'node')} its node selection allows has a taint its Pod template does not tolerate (${p.taints}), so it runs no Pod — add a matching toleration to the Pod template if it must run there`,
  'ds.verdict.noNodes': () => 'No node in the cluster: a DaemonSet runs one Pod per node and there is none',
  'ds.verdict.stuck': (p: { desired: N; updated: N; available: N; pod: string; node: string; verdict: string; unavailable: N; surge: N }) =>
    `Rollout stuck: ${p.updated} of ${p.desired} nodes updated, ${p.available} available — the new Pod ${p.pod} on node ${p.node} is failing: ${p.verdict}; the controller moves on to the next node only once it is available (maxUnavailable ${p.unavailable}, maxSurge ${p.surge})`,
  'ds.counts.title': (p: { desired: N; current: N; ready: N; updated: N; available: N; misscheduled: N }) =>
    `Nodes: ${p.desired} desired, ${p.current} current, ${p.ready} ready, ${p.updated} updated, ${p.available} available, ${p.misscheduled} misscheduled`,
  'ds.counts': () => 'A DaemonSet runs one Pod on every eligible node: desired is the number of nodes that should run it.',
  'ds.selector.title': (p: { selector: string }) => `nodeSelector ${p.selector}`,
  'ds.selector': () => 'Only nodes with these labels are eligible.',
  'ds.nodes.title': (p: { count: N; total: N }) => `Nodes without a Pod: ${p.count} of ${p.total}`,
  'ds.nodes.all': (p: { total: N }) => `Every node (${p.total}) runs a Pod`,
  'ds.why.selector': (p: { selector: string }) => `not eligible: labels do not match ${p.selector}`,
  'ds.why.taint': (p: { taints: string }) =>
    `not eligible: taint ${p.taints} not tolerated — if the DaemonSet must run there, add a matching toleration to its Pod template`,
  'ds.why.pending': () => 'eligible, but no Pod yet — see the events below',
  'ds.misscheduled.title': (p: { count: N }) => `${p.count} Pods on nodes that should not run them`,
  'ds.misscheduled': () => "A node's labels or taints changed after the Pod was placed; the controller deletes these Pods.",

  // Job
  'job.verdict.complete': (p: { succeeded: N; completions: N; duration: string }) =>
    `Complete: ${p.succeeded} of ${p.completions} completions succeeded${p.duration ? ` (${p.duration})` : ''}`,
  'job.verdict.failed': (p: { reason: string; message: string; why: string }) => `Failed (${p.reason}): ${p.message}${p.why}`,
  'job.verdict.running': (p: { active: N; succeeded: N; completions: N; failed: N; limit: N; why: string }) =>
    `Running: ${p.active} active, ${p.succeeded} of ${p.completions} succeeded, ${p.failed} failed (backoffLimit ${p.limit})${p.why}`,
  'job.verdict.stuck': (p: { active: N; succeeded: N; completions: N; pod: string; verdict: string }) =>
    `Not progressing: ${p.active} active, ${p.succeeded} of ${p.completions} succeeded — Pod ${p.pod}: ${p.verdict}`,
  'job.verdict.suspended': (p: { name: string }) =>
    `Suspended (spec.suspend true): the controller starts no Pods (suspending deletes the running ones) — resume it with kubectl patch job ${p.name} -p '{"spec":{"suspend":false}}'`,
  'job.reason.policy': (p: { index: N; rule: string; pod: string; match: string; limit: N }) =>
    `rule ${p.index} of podFailurePolicy (${p.rule}) matched Pod ${p.pod} (${p.match}), so the Job failed at once, without the retries backoffLimit ${p.limit} allows — fix that failure, then create the Job again (a failed Job never runs again)`,
  'job.reason.policy.unmatched': (p: { message: string }) =>
    `a podFailurePolicy rule failed the Job at once, without the retries of backoffLimit: ${p.message} — fix that failure, then create the Job again`,
  'job.rule.exit': (p: { action: string; container: string; operator: string; values: string }) =>
    `${p.action} when ${p.container ? `container ${p.container}` : 'any container'} exits with a code ${p.operator === 'NotIn' ? 'not ' : ''}in [${p.values}]`,
  'job.rule.conditions': (p: { action: string; conditions: string }) => `${p.action} when the Pod has condition ${p.conditions}`,
  'job.rule.line': (p: { index: N; rule: string }) => `Rule ${p.index}: ${p.rule}`,
  'job.match.exit': (p: { container: string; code: N }) => `container ${p.container} exited with code ${p.code}`,
  'job.match.condition': (p: { condition: string }) => `it has condition ${p.condition}`,
  'job.policy.title': (p: { count: N }) => `podFailurePolicy: ${n(p.count, 'rule')}`,
  'job.policy': () =>
    'A failed Pod is checked against the rules in order and the first match decides: FailJob fails the whole Job at once (no retries), FailIndex fails that index, Ignore does not count the failure towards backoffLimit, Count counts it; a failure no rule matches counts as usual.',
  'job.policy.matched': (p: { index: N; pod: string; match: string }) => `Rule ${p.index} matched Pod ${p.pod}: ${p.match}.`,
  'job.why.pod': (p: { pod: string; verdict: string }) => ` — last failed Pod ${p.pod}: ${p.verdict}`,
  'job.reason.backoff': (p: { limit: N; failed: N }) => `${n(p.failed, 'Pod')} failed, more than backoffLimit ${p.limit} allows`,
  'job.reason.deadline': (p: { seconds: N }) =>
    `the Job ran longer than activeDeadlineSeconds (${p.seconds}s, counted from the Job's start, time its Pods spent Pending included), so the controller stopped its Pods — raise activeDeadlineSeconds if the work needs longer, or find what held it up (kubectl get events --field-selector involvedObject.kind=Pod)`,
  'job.counts.title': (p: { completions: N; parallelism: N; succeeded: N; failed: N; active: N }) =>
    `Completions ${p.completions}, parallelism ${p.parallelism}: ${p.succeeded} succeeded, ${p.failed} failed, ${p.active} active`,
  'job.counts': (p: { completions: N }) =>
    `The Job is complete once ${n(p.completions, 'Pod')} succeeded; parallelism caps how many run at once.`,
  'job.workqueue': () => 'No completions: a work-queue Job, complete once any Pod succeeds and none is running.',
  'job.backoff.title': (p: { limit: N }) => `backoffLimit ${p.limit}`,
  'job.backoff': (p: { limit: N; failed: N }) =>
    `Failed Pods are retried with an exponential back-off (10s, 20s, 40s… up to 6 min); once the failures exceed ${p.limit}, the Job is marked Failed. Failed so far: ${p.failed}.`,
  // an Indexed Job with backoffLimitPerIndex (src/explain/job-indexes.ts)
  'job.counts.indexed': (p: { completions: N }) =>
    `An Indexed Job: the Job is complete once each of its ${p.completions} indexes (0 to ${Number(p.completions) - 1}) has a Pod that succeeded; parallelism caps how many run at once.`,
  'job.index.title': (p: { limit: N; max: string }) => `backoffLimitPerIndex ${p.limit}${p.max}`,
  'job.index.title.max': (p: { max: N }) => `, maxFailedIndexes ${p.max}`,
  'job.index.rule': (p: { limit: N; tries: N; max: string }) =>
    `Each index is tried up to ${n(p.tries, 'time')} on its own (the first try and ${p.limit} retries): an index whose Pods failed that often is failed for good (status.failedIndexes) while the other indexes go on, and the Job fails with reason FailedIndexes once every index has finished${p.max}. backoffLimit does not apply.`,
  'job.index.rule.max': (p: { max: N }) => `, or at once with reason MaxFailedIndexesExceeded when more than ${n(p.max, 'index')} failed`,
  'job.index.lost': (p: { index: N; failures: N; last: string }) =>
    `Index ${p.index}: failed ${n(p.failures, 'time')}, no retry left: failed for good${p.last}.`,
  'job.index.retrying': (p: { index: N; failures: N; tries: N; last: string }) =>
    `Index ${p.index}: ${n(p.failures, 'failure')} of the ${p.tries} tries it gets, retried${p.last}.`,
  'job.index.last': (p: { pod: string; container: string; code: N }) =>
    ` (last failed Pod ${p.pod}: container ${p.container} exited with code ${p.code})`,
  'job.index.pod': (p: { index: N; pod: string; container: string; code: N }) =>
    `index ${p.index}: Pod ${p.pod}, container ${p.container} exited with code ${p.code}`,
  'job.index.pod.gone': (p: { index: N }) => `index ${p.index}: its failed Pods are gone`,
  'job.reason.indexes': (p: { failed: string; count: N; total: N; tries: N; limit: N; completed: string; pods: string; next: string }) =>
    `${String(p.count) === '1' ? 'index' : 'indexes'} ${p.failed} failed (${p.count} of ${p.total}), each after ${n(p.tries, 'failure')} (backoffLimitPerIndex ${p.limit}), and every other index has finished (succeeded: ${p.completed}) — ${p.pods}. ${p.next}`,
  'job.reason.maxindexes': (p: { failed: string; count: N; max: N; pods: string; next: string }) =>
    `${n(p.count, 'index')} failed (${p.failed}), more than maxFailedIndexes ${p.max} allows, so the Job failed at once and stopped the Pods still running — ${p.pods}. ${p.next}`,
  'job.index.next': (p: { pod: string }) =>
    `Read the failed Pods' logs (kubectl logs ${p.pod}), fix the cause, and create the Job again: a failed Job never runs again`,
  'job.index.next.gone': () => 'Fix what made those indexes fail, and create the Job again: a failed Job never runs again',
  'job.verdict.running.indexes': (p: { active: N; succeeded: N; completions: N; state: string; why: string }) =>
    `Running: ${p.active} active, ${p.succeeded} of ${p.completions} indexes succeeded${p.state}${p.why}`,
  'job.index.running.lost': (p: { failed: string }) =>
    `; index ${p.failed} failed for good, so the Job will end Failed (FailedIndexes) once the other indexes finish`,
  'job.index.running.retrying': (p: { indexes: string; limit: N }) =>
    `; retrying index ${p.indexes}, under backoffLimitPerIndex ${p.limit}`,
  'job.index.retry': (p: { index: N; failures: N; tries: N }) => `${p.index} (${n(p.failures, 'failure')} of ${p.tries} tries)`,
  'job.owner.cronjob': (p: { name: string }) => `Created by CronJob ${p.name} for one scheduled run.`,

  // CronJob
  'cj.verdict.suspended': (p: { schedule: string }) => `Suspended: schedule ${p.schedule} creates no Jobs until spec.suspend is false`,
  'cj.verdict.failed': (p: { job: string; verdict: string; running: string }) => `Last run failed: Job ${p.job} — ${p.verdict}${p.running}`,
  'cj.verdict.ok': (p: { job: string; at: string; schedule: string; running: string }) =>
    `Healthy: last run Job ${p.job} succeeded (${p.at}); schedule ${p.schedule}${p.running}`,
  'cj.verdict.create': (p: { verdict: string }) => `Its runs cannot start: ${p.verdict}`,
  'cj.verdict.stuck': (p: { job: string; verdict: string }) => `Its current run is stuck: Job ${p.job} — ${p.verdict}`,
  'cj.verdict.running': (p: { jobs: string }) => `Running: Job ${p.jobs} has not finished yet`,
  'cj.verdict.never': (p: { schedule: string }) => `Not run yet: the first Job is created at the next time matching ${p.schedule}`,
  'cj.why.active': (p: { jobs: string }) => `; now running: ${p.jobs}`,
  'cj.schedule.title': (p: { schedule: string; tz: string }) => `Schedule ${p.schedule}${p.tz ? ` (${p.tz})` : ''}`,
  'cj.tz': (p: { tz: string }) => `Times are read in time zone ${p.tz}.`,
  'cj.tz.none': () =>
    "No timeZone: times are read in the kube-controller-manager's local time zone (often UTC). Set spec.timeZone to be explicit.",
  'cj.suspend.title': (p: { suspend: string }) => `suspend: ${p.suspend}`,
  'cj.suspend.true': () =>
    'No new Jobs are created; running ones continue. Runs missed while suspended may start on resume (startingDeadlineSeconds).',
  'cj.suspend.false': () => 'Jobs are created on schedule.',
  'cj.last.title': (p: { schedule: string; success: string }) => `Last scheduled ${p.schedule}, last successful ${p.success}`,
  'cj.last': () => 'lastScheduleTime is when a Job was last created; lastSuccessfulTime when one last completed.',
  'cj.last.never': () => 'No Job has been scheduled yet.',
  'cj.concurrency.title': (p: { policy: string }) => `concurrencyPolicy ${p.policy}`,
  'cj.concurrency.Allow': () => 'Runs may overlap: a new Job starts even if the previous one is still running.',
  'cj.concurrency.Forbid': () => 'Runs never overlap: a run is skipped while the previous Job is still running.',
  'cj.concurrency.Replace': () => 'A new run replaces a still-running Job (the old one is deleted).',
  'cj.history.title': (p: { ok: N; failed: N }) => `History: keeps ${p.ok} successful and ${p.failed} failed Jobs`,
  'cj.history': () => 'Older finished Jobs (and their Pods) are deleted.',
  'cj.jobs.title': (p: { count: N; active: N }) => `Jobs: ${p.count} kept, ${p.active} active`,
  'cj.jobs.none': () => 'No Jobs are kept.',

  // Node
  'node.verdict.notready': (p: { status: string; reason: string }) =>
    `NotReady (Ready=${p.status}, ${p.reason}): no new Pods are scheduled here — check the kubelet and the node's network`,
  'node.verdict.pressure': (p: { conditions: string; name: string }) =>
    `Under pressure: ${p.conditions}; the kubelet may evict Pods and the node's condition taints keep new Pods away — find what uses the resource on ${p.name} (kubectl describe node ${p.name}, kubectl top pods) and reduce it, or add capacity`,
  'node.verdict.cordoned': (p: { name: string }) =>
    `Cordoned: no new Pods are scheduled here; running ones stay — kubectl uncordon ${p.name} when it is ready again`,
  'node.verdict.tainted': (p: { taints: string }) => `Ready, with taints ${p.taints}: only Pods tolerating them are scheduled here`,
  'node.verdict.ok': (p: { pods: string }) => `Ready: schedulable, no pressure, ${n(p.pods, 'Pod')} running or starting`,
  'node.cordoned.title': () => 'Cordoned (spec.unschedulable)',
  'node.cordoned': (p: { name: string }) =>
    `The scheduler places no new Pods here (DaemonSet Pods excepted); running Pods are not evicted. kubectl uncordon ${p.name} reverts it.`,
  'taint.title': (p: { taint: string }) => `Taint ${p.taint}`,
  'taint.NoSchedule': () => 'NoSchedule: Pods without a matching toleration are not scheduled here; Pods already running stay.',
  'taint.PreferNoSchedule': () =>
    'PreferNoSchedule: the scheduler avoids the node for Pods without a matching toleration, but may still use it.',
  'taint.NoExecute': () =>
    'NoExecute: Pods without a matching toleration are not scheduled here and running ones are evicted (after tolerationSeconds, if they tolerate it for a while).',
  'taint.none.title': () => 'No taints',
  'taint.none': () => 'Any Pod may be scheduled here (subject to selectors and affinity).',
  'node.capacity.title': () => 'Capacity and allocatable',
  'node.capacity.line': (p: { resource: string; capacity: string; allocatable: string }) =>
    `${p.resource}: capacity ${p.capacity}, allocatable ${p.allocatable}`,
  'node.capacity': () =>
    "Allocatable is capacity minus what is reserved for the system and the kubelet: the scheduler fits Pods' requests into allocatable.",
  'node.requests.title': (p: { count: N }) => `Requests of its ${n(p.count, 'Pod')}`,
  'node.requests.line': (p: { resource: string; requested: string; allocatable: string; pct: string }) =>
    `${p.resource}: ${p.requested} requested of ${p.allocatable} allocatable (${p.pct}%)`,
  'node.requests.pods': (p: { count: N; max: string }) => `pods: ${p.count} of ${p.max}`,
  'node.requests': () => 'The scheduler counts requests, not actual use: a Pod fits only if its requests fit into what is left.',
  'node.info.title': (p: { version: string }) => `kubelet ${p.version}`,
  'node.info': (p: { os: string; runtime: string }) => `OS image ${p.os}, container runtime ${p.runtime}`,

  // Namespace
  'ns.verdict.active': (p: { pods: string; bad: string; quota: string }) =>
    `Active: ${n(p.pods, 'Pod')}, ${p.bad} neither Ready nor Completed${p.quota}`,
  'ns.verdict.terminating': (p: { reasons: string }) =>
    `Terminating: the namespace is being deleted and accepts no new objects — ${p.reasons}`,
  'ns.verdict.terminating.none': () =>
    'waiting for its objects to be deleted; if it hangs, look for finalizers and unavailable API services',
  'ns.why.quota': (p: { quotas: string }) => ` — quota exhausted: ${p.quotas}`,
  'ns.phase.title': (p: { phase: string }) => `Phase ${p.phase}`,
  'ns.phase.Active': () => 'The namespace is in use: objects can be created in it.',
  'ns.phase.Terminating': () =>
    'Deletion was requested: the namespace controller deletes every object in it, then the namespace itself. Until then no new objects can be created in it.',
  'ns.contents.title': () => 'Contents',
  'ns.quota.none.title': () => 'ResourceQuotas',
  'ns.quota.none': () => "No ResourceQuota: the namespace's total use is not capped.",
  'ns.quota.title': (p: { name: string }) => `ResourceQuota ${p.name}`,
  'ns.quota.line': (p: { resource: string; used: string; hard: string; pct: string }) =>
    `${p.resource}: ${p.used} of ${p.hard} used (${p.pct}%)`,
  'ns.quota': () =>
    'A create that would exceed a hard limit is refused by the API server (a Deployment then shows ReplicaFailure / FailedCreate). Quotas on requests.* require every Pod to set those requests.',
  'ns.quota.full': () =>
    'A limit is reached: new objects of that resource are refused (Deployments show ReplicaFailure / FailedCreate) until something is freed or the quota is raised.',
  'ns.limitrange.title': (p: { name: string }) => `LimitRange ${p.name}`,
  'ns.limitrange.line': (p: { type: string; limits: string }) => `${p.type}: ${p.limits}`,
  'ns.limitrange': () =>
    'Defaults are filled into containers that set no requests/limits when they are created; min/max are enforced on create.',

  // Pod scheduling constraints
  'aff.node.title': () => 'Node affinity',
  'aff.node': () =>
    'Required terms are alternatives (any one must match, all expressions within it); preferred ones only add weight to matching nodes. IgnoredDuringExecution: a running Pod stays when the labels change.',
  'aff.required': (p: { n: N; term: string }) => `required (term ${p.n}): ${p.term}`,
  'aff.preferred': (p: { weight: N; term: string }) => `preferred (weight ${p.weight}): ${p.term}`,
  'aff.pod.title': () => 'Pod affinity',
  'aff.pod': () => 'Place this Pod in the same topology domain (node, zone… by topologyKey) as Pods matching the selector.',
  'aff.anti.title': () => 'Pod anti-affinity',
  'aff.anti': () =>
    'Keep this Pod out of topology domains that already run Pods matching the selector (e.g. spread replicas across nodes).',
  'tol.title': (p: { count: N }) => `Tolerations: ${p.count}`,
  'tol.list': (p: { list: string }) => `Tolerates ${p.list}`,
  'tol.none': () => 'No tolerations besides the defaults (not-ready/unreachable for 300s).',
  'tol.node': (p: { node: string; taints: string }) => `Node ${p.node} has taints ${p.taints}`,
  'tol.untolerated': (p: { taints: string }) =>
    `Not tolerated: ${p.taints} — a NoExecute taint evicts the Pod; NoSchedule only keeps new Pods away`,
  'tol.blocked': () => 'The scheduler reports an untolerated taint: add a matching toleration or remove the taint from the node.',
  'tol.meaning': () =>
    'A taint keeps Pods off a node unless they tolerate it; a toleration allows the node but does not attract the Pod to it (use affinity for that).',

  // ConfigMap, Secret, ServiceAccount
  'keys.title': (p: { count: N; total: N }) => `Keys: ${p.count} (${n(p.total, 'byte')})`,
  'keys.line': (p: { key: string; bytes: N }) => `${p.key}: ${n(p.bytes, 'byte')}`,
  'use.title': (p: { count: N }) => `Used by ${n(p.count, 'Pod')}`,
  'use.line': (p: { pod: string; state: string }) => `${p.pod}: ${p.state}`,
  'secret.type': (p: { type: string }) => SECRET_TYPES[p.type] ?? '',
  'use.key.missing': (p: { kind: string; name: string; key: string; count: N }) =>
    `${p.kind} ${p.name} has no key ${p.key}, which ${n(p.count, 'Pod')} require${String(p.count) === '1' ? 's' : ''} in env: their containers cannot start (CreateContainerConfigError)`,
  'use.key.pods': (p: { pods: string }) => `Pods: ${p.pods}`,
  'use.key.near': (p: { key: string; near: string }) =>
    `It has ${p.near}: a near miss for ${p.key} (case or one letter). Use that name in the Pod template, or rename the key.`,
  'use.key.add': (p: { kind: string; name: string; key: string }) =>
    `Add the key ${p.key} to ${p.kind} ${p.name}, or fix the key name in the Pod template (or mark the reference optional: true).`,
  'use.key.optional': (p: { kind: string; name: string; key: string; env: string; count: N }) =>
    `${p.kind} ${p.name} has no key ${p.key}, which ${n(p.count, 'Pod')} name${String(p.count) === '1' ? 's' : ''} as optional: their containers run without the variable ${p.env}`,
  'use.key.add.optional': (p: { kind: string; name: string; key: string }) =>
    `No error and no event: add the key ${p.key} to ${p.kind} ${p.name} if the app needs the setting (Pods read env only when they start: restart them after), or fix the key name in the Pod template.`,
  'use.none': () => 'No Pod in the namespace refers to it (env, envFrom, volumes, imagePullSecrets).',
  'cm.verdict': (p: { keys: N; total: N; pods: string }) =>
    `ConfigMap with ${n(p.keys, 'key')} (${p.total} bytes), used by ${n(p.pods, 'Pod')}`,
  'cm.immutable': () => 'Immutable: its data cannot change; create a new ConfigMap to change it.',
  'cm.mutable': () => 'Changes reach mounted volumes after a delay; environment variables only when the Pod is recreated.',
  'secret.verdict': (p: { type: string; keys: N; pods: string }) =>
    `Secret of type ${p.type} with ${n(p.keys, 'key')}, used by ${n(p.pods, 'Pod')} (values are never shown)`,
  'secret.type.title': (p: { type: string }) => `Type ${p.type}`,
  'secret.type.other': () => 'A type defined by a tool or an operator.',
  'secret.novalues': () => 'kubexplain shows key names and sizes only, never values.',
  'sa.verdict': (p: { pods: string; automount: string }) => `ServiceAccount used by ${n(p.pods, 'Pod')}; token automount ${p.automount}`,
  'sa.verdict.missing': (p: { secrets: string }) =>
    `imagePullSecrets not found: ${p.secrets} — Pods of this ServiceAccount cannot pull from the private registry`,
  'sa.automount.default': () => 'true (default)',
  'ref.line': (p: { name: string; state: string }) => `${p.name}: ${p.state}`,
  'sa.automount.title': (p: { value: string }) => `automountServiceAccountToken: ${p.value}`,
  'sa.automount.true': () =>
    'Pods get a short-lived token for this account mounted at /var/run/secrets/kubernetes.io/serviceaccount, unless the Pod says otherwise.',
  'sa.automount.false': () => 'No token is mounted unless a Pod asks for one (spec.automountServiceAccountToken: true).',
  'sa.pull.title': (p: { count: N }) => `imagePullSecrets: ${p.count}`,
  'sa.pull': () => 'Added to every Pod of this account, for pulling images from private registries.',
  'sa.pull.none': () => 'None: Pods pull images without registry credentials unless they name their own.',
  'sa.secrets.title': (p: { count: N }) => `Secrets: ${p.count}`,
  'sa.secrets': () => 'Listed Secrets (legacy token Secrets or mountable ones).',
  'sa.rbac.title': () => 'Permissions',
  'sa.rbac': (p: { ns: string; name: string }) =>
    `What this account may do is granted by RoleBindings/ClusterRoleBindings: kubexplain access sa:${p.ns}/${p.name}`,
};

export type WMessages = typeof wen;
