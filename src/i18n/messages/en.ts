// English sentences of `explain`. Every sentence the explainers write comes from here or ja.ts,
// keyed by id; the two catalogs have the same shape (the Messages type).
import { causesEn } from './causes-en.js';
export const en = {
  ...causesEn,
  // verdicts
  'verdict.terminating': (p: { grace: string; node: string; until: string }) =>
    `Terminating: the Pod is being deleted${p.grace}; no finalizer holds it, and the kubelet on node ${p.node} stops its containers (SIGTERM, then SIGKILL when the grace period ends at ${p.until}) — if it is still listed well after ${p.until}, that kubelet is not confirming the stop: check node ${p.node} (kubectl describe node ${p.node}) and the kubelet's log there`,
  'verdict.terminating.finalizers': (p: { finalizers: string; pod: string }) =>
    `Terminating: deletion was requested, and finalizer ${p.finalizers} keeps the Pod object until the controller that added it removes it — find that controller (the finalizer's name says whose it is) and why it does not finish; only when that controller is gone, remove the finalizers by hand: kubectl patch pod ${p.pod} --type=merge -p '{"metadata":{"finalizers":null}}'`,
  'verdict.terminating.node': (p: { node: string }) =>
    `Terminating: deletion was requested, but node ${p.node} is not Ready, so its kubelet cannot confirm that the containers stopped and the Pod stays — bring the node back or delete the Node object; force-delete the Pod (kubectl delete pod --grace-period=0 --force) only when you know its containers are gone`,
  'verdict.terminating.node-gone': (p: { node: string; pod: string }) =>
    `Terminating: deletion was requested, but the Pod's node ${p.node} no longer exists, so no kubelet will confirm that its containers stopped; the pod garbage collector of kube-controller-manager deletes such orphaned Pods within about a minute — if it stays, check that kube-controller-manager runs, or force-delete it (its node is gone, and its containers with it): kubectl delete pod ${p.pod} --grace-period=0 --force`,
  'verdict.failed': (p: { container: string; code: string; reason: string; pod: string }) =>
    `Failed: container ${p.container} exited with code ${p.code} (${p.reason}) and will not be restarted — read its logs: kubectl logs ${p.pod} -c ${p.container}`,
  'verdict.failed.generic': (p: { reason: string }) => `Failed: ${p.reason} — see the conditions and events below`,
  'verdict.succeeded': () => 'Completed: every container exited with code 0 — nothing to do',
  'verdict.ready': () => 'Running and Ready: every container runs and the Pod receives Service traffic',
  'verdict.ready.noservice': () => 'Running and Ready: every container runs and passes its readiness check (no Service selects the Pod)',
  'verdict.notready': (p: { containers: string }) =>
    `Running but not Ready: ${p.containers} not ready — the Pod gets no Service traffic; check the readiness probe`,
  'verdict.pending': (p: { reason: string }) => `Pending: ${p.reason} — see the events below`,
  'verdict.pending.starting': () => 'containers are starting',
  'verdict.unknown': (p: { phase: string }) => `${p.phase}: the kubelet's state of the Pod is unknown — check the node`,

  // phase
  'phase.title': (p: { phase: string }) => `Phase: ${p.phase}`,
  'phase.Pending': () =>
    'Accepted by the cluster, but not every container is running yet: waiting for scheduling, image pulls or container creation.',
  'phase.Running': () => 'Bound to a node and at least one container is running (or starting/restarting). Running does not mean Ready.',
  'phase.Succeeded': () => 'Every container exited with code 0 and none will be restarted.',
  'phase.Failed': () =>
    'Every container has stopped and at least one failed (non-zero exit or killed by the system); none will be restarted.',
  'phase.Unknown': () => "The Pod's state could not be obtained, usually because the node cannot be reached.",

  // conditions
  'condition.title': (p: { type: string; status: string }) => `Condition ${p.type}=${p.status}`,
  'condition.PodScheduled': () => 'True once the scheduler has bound the Pod to a node.',
  'condition.PodReadyToStartContainers': () => 'True once the Pod sandbox (network namespace, IP) is ready and containers can be started.',
  'condition.Initialized': () => 'True once every init container has completed (sidecars: started).',
  'condition.ContainersReady': () => 'True when every container passes its readiness check.',
  'condition.Ready': () => 'True when the Pod can serve: only then is it added to the endpoints of matching Services.',
  'condition.DisruptionTarget': () => 'True when the Pod is about to be terminated by a disruption (eviction, preemption, node shutdown).',
  'condition.gate': () => 'A readiness gate: an external controller must set this condition to True before the Pod is Ready.',
  'condition.other': () => 'A condition set by a controller.',
  'condition.missing': (p: { type: string }) => `Condition ${p.type} is not reported yet`,

  // containers
  'container.kind.container': () => 'Container',
  'container.kind.init': () => 'Init container',
  'container.kind.sidecar': () => 'Sidecar container',
  'container.title': (p: { kind: string; name: string; state: string }) => `${p.kind} ${p.name}: ${p.state}`,
  'container.running': (p: { since: string }) => `Running since ${p.since}.`,
  'container.waiting': (p: { reason: string; message: string }) => `Waiting: ${p.reason}${p.message}.`,
  'container.terminated': (p: { code: number; reason: string; signal: string }) =>
    `Terminated with exit code ${p.code} (${p.reason})${p.signal}.`,
  'container.nostatus': () => 'No status yet: the container has not been created.',
  'container.image': (p: { image: string }) => `Image ${p.image}.`,
  'container.ready': (p: { ready: string }) => `Ready: ${p.ready}.`,
  'container.restarts': (p: { count: number }) => `Restarted ${p.count} times.`,
  'container.last': (p: { code: number; reason: string }) => `Previous run ended with exit code ${p.code} (${p.reason}).`,
  'container.code137': () => 'Exit code 137 = 128 + 9: killed with SIGKILL (by the OOM killer when the reason is OOMKilled).',
  'container.sidecar': () =>
    'An init container with restartPolicy: Always is a sidecar: it starts before the app containers and keeps running beside them.',
  'state.running': () => 'running',
  'state.waiting': (p: { reason: string }) => `waiting (${p.reason})`,
  'state.terminated': (p: { reason: string; code: number }) => `terminated (${p.reason}, exit ${p.code})`,
  'state.unknown': () => 'not started',

  // probes
  'probe.readiness.title': (p: { container: string }) => `Readiness probe of ${p.container}`,
  'probe.readiness.none': () => 'No readiness probe: the container counts as ready as soon as it runs.',
  'probe.readiness.set': (p: { probe: string }) =>
    `${p.probe}. Until it succeeds the Pod is not Ready and gets no Service traffic; failures do not restart the container.`,
  'probe.liveness.title': (p: { container: string }) => `Liveness probe of ${p.container}`,
  'probe.liveness.set': (p: { probe: string }) => `${p.probe}. When it fails repeatedly the kubelet restarts the container.`,
  'probe.startup.title': (p: { container: string }) => `Startup probe of ${p.container}`,
  'probe.startup.set': (p: { probe: string }) =>
    `${p.probe}. Liveness and readiness probes wait until it succeeds; if it keeps failing the kubelet restarts the container.`,
  'probe.every': (p: { what: string; period: number }) => `${p.what}, every ${p.period}s`,

  // resources and QoS
  'resources.title': (p: { container: string }) => `Resources of ${p.container}`,
  'resources.detail': (p: { requests: string; limits: string }) => `Requests: ${p.requests}. Limits: ${p.limits}.`,
  'resources.none': () => 'none',
  'resources.nomemlimit': () => "No memory limit: the container may use the node's free memory and is killed first under memory pressure.",
  'qos.title': (p: { qos: string }) => `QoS class: ${p.qos}`,
  'qos.Guaranteed': () => 'Every container has equal requests and limits for CPU and memory: evicted last under node pressure.',
  'qos.Burstable': () => 'Some requests or limits are set but not all equal: evicted after BestEffort Pods.',
  'qos.BestEffort': () => 'No requests or limits at all: evicted first when the node runs short of resources.',

  // scheduling
  'scheduling.title.node': (p: { node: string }) => `Scheduled on node ${p.node}`,
  'scheduling.title.none': () => 'Not scheduled on any node',
  'scheduling.selector': (p: { selector: string }) => `nodeSelector: ${p.selector} (only nodes with these labels qualify).`,
  'scheduling.message': (p: { message: string }) => `The scheduler says: ${p.message}`,
  'scheduling.node.notready': (p: { node: string }) => `Node ${p.node} is not Ready.`,

  // owners
  'owner.none.title': () => 'No owner: a bare Pod',
  'owner.none': () => 'Nothing recreates this Pod if it is deleted or its node fails; use a Deployment or Job for that.',
  'owner.title': (p: { kind: string; name: string }) => `Owned by ${p.kind} ${p.name}`,
  'owner.replicaset': (p: { deployment: string }) =>
    `The ReplicaSet keeps the number of replicas${p.deployment}; it recreates the Pod if it is deleted.`,
  'owner.ofDeployment': (p: { name: string }) => `, and is itself managed by Deployment ${p.name}`,
  'owner.deployment.title': (p: { name: string }) => `Managed by Deployment ${p.name}`,
  'owner.deployment': () =>
    'The Deployment rolls out changes by creating a new ReplicaSet and scaling the old one down. Edit the Deployment, not the Pod.',
  'owner.job': (p: { cronjob: string }) => `The Job runs Pods until enough complete successfully${p.cronjob}.`,
  'owner.ofCronJob': (p: { name: string }) => `; it was created by CronJob ${p.name}`,
  'owner.other': (p: { kind: string }) => `The ${p.kind} controller manages this Pod.`,
  'owner.missing': (p: { kind: string; name: string }) =>
    `${p.kind} ${p.name} no longer exists: the Pod is orphaned and will be garbage-collected.`,
  'owner.unknown': () => 'Its details were not read.',

  // ServiceAccount
  'dns.title': (p: { count: number }) => `DNS names (${p.count})`,
  'dns.detail': (p: { names: string; pod: string; ns: string }) =>
    `Names that lead to this Pod: ${p.names}. A Service name resolves to the Service (or, headless, to its ready Pods), not to this Pod alone. Zone cluster.local assumed; kubexplain dns pod/${p.pod} -n ${p.ns} detects it and lists the short names.`,
  'dns.subdomain.title': (p: { name: string }) => `${p.name} does not resolve`,
  'dns.subdomain.detail': (p: { subdomain: string }) =>
    `The Pod sets hostname and subdomain ${p.subdomain}, but no headless Service (clusterIP: None) named ${p.subdomain} exists in its namespace, so DNS serves no name for it — create that headless Service or fix spec.subdomain.`,
  'sa.title': (p: { name: string }) => `ServiceAccount ${p.name}`,
  'sa.detail': () => "The identity the Pod's processes use towards the API server; RBAC bindings to it decide what they may do.",

  // ConfigMaps / Secrets / PVCs
  'ref.cm.title': (p: { name: string; state: string }) => `ConfigMap ${p.name}: ${p.state}`,
  'ref.secret.title': (p: { name: string; state: string }) => `Secret ${p.name}: ${p.state}`,
  'ref.exists': () => 'exists',
  'ref.missing': () => 'not found',
  'ref.unknown': () => 'existence unknown',
  'ref.keymissing': () => 'exists, but a referenced key is missing',
  'ref.optionalkey': () => 'exists, without a key an optional reference names',
  'ref.optional.key': (p: { kind: string; name: string; key: string; env: string; container: string }) =>
    `${p.kind} ${p.name} has no key ${p.key}; the reference is optional, so container ${p.container} starts without the variable ${p.env} (no error, no event) — if the app needs it, add ${p.key} to ${p.kind} ${p.name} (or fix the key name) and recreate the Pod: env is read only at start.`,
  'ref.missing.detail': (p: { kind: string }) =>
    `The Pod refers to a ${p.kind} that does not exist in its namespace: its containers cannot be created until it does (unless the reference is optional).`,
  'ref.optional': () => 'not found (optional)',
  'ref.pull': () => 'not found (image pull secret)',
  'ref.optional.detail': (p: { kind: string }) =>
    `Every reference to this ${p.kind} is optional: the containers start without it, and the variables or files it would give are absent.`,
  'ref.pull.detail': (p: { kind: string }) =>
    `This ${p.kind} is named only in imagePullSecrets: the kubelet pulls without it (event FailedToRetrieveImagePullSecret), and a private registry then refuses the pull.`,
  'ref.exists.detail': () => 'Referenced by the Pod and present in its namespace.',
  'ref.secret.keys': (p: { keys: string }) => `Referenced by the Pod and present; keys: ${p.keys} (values are never shown).`,
  'ref.unknown.detail': () => 'Could not be checked (see warnings).',

  // Services
  'svc.title': (p: { name: string; state: string }) => `Service ${p.name}: ${p.state}`,
  'svc.none.title': () => 'No Service selects this Pod',
  'svc.none': () => "No Service's selector matches the Pod's labels, so no Service sends it traffic.",
  'svc.ready': () => 'receives traffic',
  'svc.notready': () => 'selected but not ready',
  'svc.terminating': () => 'terminating',
  'svc.absent': () => 'not in its endpoints yet',
  'svc.detail': (p: { selector: string; ready: string; serving: string; terminating: string }) =>
    `Selector ${p.selector} matches the Pod. In the EndpointSlices: ready=${p.ready}, serving=${p.serving}, terminating=${p.terminating}.`,
  'svc.detail.absent': (p: { selector: string }) =>
    `Selector ${p.selector} matches the Pod, but no EndpointSlice lists it (no IP yet, or the controller has not caught up).`,
  'svc.detail.unknown': (p: { selector: string }) => `Selector ${p.selector} matches the Pod; its EndpointSlices could not be read.`,

  // events
  'events.title': (p: { count: number }) => `Recent events (${p.count})`,
  'events.none': () => 'No events (events expire after an hour by default).',
  'events.line': (p: { type: string; reason: string; count: number; message: string }) =>
    `${p.type} ${p.reason}${p.count > 1 ? ` ×${p.count}` : ''}: ${p.message}`,

  // termination
  'terminating.title': () => 'Termination in progress',
  'terminating.detail': (p: { until: string; grace: string }) =>
    `Deletion was requested with a grace period of ${p.grace}s: the kubelet runs each container's preStop hook, then sends SIGTERM, and SIGKILLs what still runs at ${p.until} (deletionTimestamp: the request time plus the grace period).`,

  // NetworkPolicies of a failing Pod (./pod-dns.ts)
  'netpol.dns.blocked': (p: { policies: string }) =>
    `DNS is blocked: this Pod's egress is limited by NetworkPolicy ${p.policies}, and none of them allows 53/UDP to kube-dns — a possible cause of the failure`,
  'netpol.dns.cause': (p: { pod: string }) =>
    `Whether the failure comes from it cannot be told from here: look in the logs (kubectl logs ${p.pod} --previous) for an unknown host or a timeout.`,
  yes: () => 'yes',
  no: () => 'no',
  'warning.budget': (p: { parts: string }) => `not read (request budget): ${p.parts}`,
};

export type Messages = typeof en;
