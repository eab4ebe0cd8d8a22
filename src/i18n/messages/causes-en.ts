// English sentences for the root causes of a failing Pod (src/explain/causes/, src/explain/pod-cause.ts):
// each verdict names the cause with its objects and one next step. Part of the `pod` catalog (keys `cause.*`).
/** "once", "4 times": counts of restarts and kills said as English does. */
const times = (n: number | string) => (String(n) === '1' ? 'once' : `${n} times`);

/** ` (3 restarts)`; nothing for a container never restarted (restartPolicy Never: a Job's Pod fails instead). */
const restartsEn = (n: number) => (n ? ` (${n} restart${n === 1 ? '' : 's'})` : '');

export const causesEn = {
  /** A list of names; say() joins the items with the language's separator. */
  list: (p: { items: string }) => `${p.items}`,

  // which container
  'cause.role.app': (p: { name: string }) => `container ${p.name}`,
  'cause.role.init': (p: { name: string }) => `init container ${p.name}`,
  'cause.role.sidecar': (p: { name: string }) => `sidecar ${p.name} (restartPolicy: Always)`,
  // the same, saying what the failing container blocks
  'cause.role.init.blocks': (p: { name: string }) => `init container ${p.name} (the app containers wait until it succeeds)`,
  'cause.role.sidecar.blocks': (p: { name: string }) =>
    `sidecar ${p.name} (restartPolicy: Always; the app containers wait until it has started)`,
  'cause.role.sidecar.beside': (p: { name: string }) =>
    `sidecar ${p.name} (restartPolicy: Always; the app containers run without it, and the Pod is not Ready while it fails)`,

  // scheduling
  'cause.sched.selector': (p: { selector: string; nodes: number }) =>
    `Pending: none of the ${p.nodes} nodes has the labels the Pod requires (${p.selector}) — label a node (kubectl label node NODE KEY=VALUE) or change the Pod's nodeSelector/affinity`,
  'cause.sched.taint': (p: { taint: string; nodes: string; key: string }) =>
    `Pending: node ${p.nodes}, where the Pod may run, has taint ${p.taint}, which the Pod does not tolerate — add a toleration for ${p.key} to the Pod (template), or remove the taint: kubectl taint node NODE ${p.key}-`,
  'cause.sched.taint.condition': (p: { taint: string; nodes: string; node: string; condition: string }) =>
    `Pending: node ${p.nodes}, where the Pod may run, has taint ${p.taint}, which the node lifecycle controller keeps while the node reports ${p.condition} — fix what the node reports (kubectl describe node ${p.node}) or let the Pod use other nodes; removing the taint does not last, and tolerating it places the Pod on a node in trouble`,
  'cause.sched.taint.unnamed': (p: { count: number }) =>
    `Pending: ${p.count} node(s) have a taint the Pod does not tolerate — see the taints (kubectl describe nodes | grep Taints) and add a matching toleration, or remove the taint`,
  'cause.sched.cordoned': (p: { nodes: string }) =>
    `Pending: node ${p.nodes}, where the Pod may run, is cordoned (SchedulingDisabled) — uncordon it: kubectl uncordon NODE`,
  'cause.sched.cordoned.unnamed': (p: { count: number }) =>
    `Pending: ${p.count} node(s) are cordoned (SchedulingDisabled) — kubectl get nodes shows which; uncordon one: kubectl uncordon NODE`,
  'cause.sched.toobig': (p: { resource: string; request: string; allocatable: string; node: string }) =>
    `Pending: the Pod requests ${p.request} ${p.resource}, more than any node offers (the largest, ${p.node}, has ${p.allocatable} allocatable) — lower the request or add a larger node`,
  'cause.sched.full': (p: { resource: string; request: string }) =>
    `Pending: no node the Pod may use has ${p.request} ${p.resource} free (other Pods' requests take the rest) — lower the request, scale other workloads down, or add a node`,
  'cause.sched.full.unknown': (p: { resource: string }) =>
    `Pending: Insufficient ${p.resource} on the nodes the Pod may use — lower its ${p.resource} request or add capacity`,
  'cause.sched.pods': (p: { count: number }) =>
    `Pending: ${p.count} node(s) already run as many Pods as they allow (allocatable pods) — add a node or remove Pods`,
  'cause.sched.pvc': (p: { claims: string; first: string }) =>
    `Pending: PersistentVolumeClaim ${p.claims} is not bound, so the Pod cannot be placed — kubexplain explain pvc/${p.first} says why (a StorageClass that does not exist or cannot provision, no default class, or no matching PersistentVolume)`,
  'cause.node-gone': (p: { phase: string; node: string; owned: boolean }) =>
    `${p.phase}: the Pod is bound to node ${p.node}, which does not exist (deleted, or a spec.nodeName that names no node) — no kubelet runs it, and the pod garbage collector deletes such a Pod within about a minute; ${p.owned ? 'its controller then creates a replacement' : 'recreate it with spec.nodeName naming an existing node, or without it so the scheduler chooses'}`,
  'cause.sched.pvc.why': (p: { why: string }) => `Pending: the Pod cannot be placed until its PersistentVolumeClaim is bound. ${p.why}`,
  'cause.sched.pvc.claim': (p: { name: string; phase: string; sc: string }) =>
    `${p.name} (${p.phase}, ${p.sc ? `StorageClass ${p.sc}` : 'no storageClassName: the default class'})`,
  'cause.sched.pvc.missing': (p: { claims: string }) =>
    `Pending: the Pod mounts PersistentVolumeClaim ${p.claims}, which does not exist — create the claim or fix spec.volumes[].persistentVolumeClaim.claimName`,
  'cause.sched.volume-node-affinity': (p: { count: number }) =>
    `Pending: the Pod's volume is bound to a PersistentVolume that ${p.count} node(s) cannot reach (node affinity of the volume, often its zone) — run the Pod in the volume's zone, or use a StorageClass with volumeBindingMode: WaitForFirstConsumer`,
  'cause.sched.volume-node-affinity.named': (p: { count: number; volumes: string; volume: string }) =>
    `Pending: the Pod's claim ${p.volumes} is bound, and that volume's nodeAffinity rules out ${p.count} node(s) (a local volume's node, or a disk's zone) — run the Pod where the volume is (kubectl get pv ${p.volume} -o jsonpath='{.spec.nodeAffinity}'), or give it a new volume from a StorageClass with volumeBindingMode: WaitForFirstConsumer`,
  'cause.sched.pod-anti-affinity': (p: { count: number; keys: string; terms: string }) =>
    `Pending: on ${p.count} node(s), a Pod that the Pod's required anti-affinity (${p.terms}) excludes already runs in the same ${p.keys} domain — more replicas than ${p.keys} domains? Add nodes, lower replicas, or make the rule preferred`,
  'cause.sched.existing-anti-affinity': (p: { count: number }) =>
    `Pending: Pods already running on ${p.count} node(s) have anti-affinity rules against this Pod — see their podAntiAffinity`,
  'cause.sched.pod-affinity': (p: { count: number; terms: string; selector: string; own: string }) =>
    `Pending: the Pod's required pod affinity (${p.terms}) needs a running Pod with those labels in the same topology domain, and no such Pod runs in the domain of any of the ${p.count} node(s)${p.own ? `; a term without namespaces or namespaceSelector looks in namespace ${p.own} only` : ''} — start those Pods first, or see where they run (kubectl get pods -A -l ${p.selector || '…'} -o wide) and fix the selector, its namespaces, or relax the rule`,
  'cause.sched.topology-spread': (p: { count: number; constraints: string }) =>
    `Pending: placing the Pod on any of ${p.count} node(s) would break its topologySpreadConstraints ${p.constraints} (whenUnsatisfiable: DoNotSchedule) — add nodes in the domains that have fewer matching Pods, or use whenUnsatisfiable: ScheduleAnyway`,
  'cause.sched.topology-min-domains': (p: { key: string; min: number; skew: number; count: number; domains: string }) =>
    `Pending: a topologySpreadConstraint on ${p.key} asks for minDomains ${p.min}, but the nodes the Pod may use span only ${p.count} ${p.key} domain(s) (${p.domains}); with fewer domains than minDomains the scheduler counts the global minimum as 0, so each domain takes at most maxSkew ${p.skew} matching Pod(s) — add nodes in another ${p.key} domain, or lower minDomains to ${p.count}`,
  'cause.sched.ports': (p: { count: number; ports: string }) =>
    `Pending: hostPort ${p.ports} is already taken by another Pod on ${p.count} node(s) the Pod may use — drop hostPort (a Service is the usual way), free the port, or let the Pod run on other nodes`,
  'cause.sched.node-name': (p: { count: number }) =>
    `Pending: spec.nodeName or a field selector pins the Pod to a node; ${p.count} node(s) are not it — fix the node name`,
  'cause.sched.other': (p: { message: string }) =>
    `Pending: the scheduler cannot place the Pod: ${p.message} — fix the constraint it names`,
  'cause.sched.unoffered': (p: { resource: string; request: string; nodes: number }) =>
    `Pending: the Pod requests ${p.request} ${p.resource}, which none of the ${p.nodes} node(s) it may use offers (not in their allocatable: an extended resource such as a GPU is advertised by a device plugin on the node) — run the device plugin on the nodes that have the hardware, add such a node, or remove the request`,
  'cause.sched.also.taint': (p: { nodes: string; taint: string }) =>
    `Also: node ${p.nodes}, which the Pod's node selection allows, has taint ${p.taint}, which the Pod does not tolerate.`,
  'cause.sched.also.cordoned': (p: { nodes: string }) =>
    `Also: node ${p.nodes}, which the Pod's node selection allows, is cordoned (SchedulingDisabled).`,
  'cause.sched.also.resources': (p: { nodes: string; resource: string; request: string; allocatable: string }) =>
    `Also: node ${p.nodes} has ${p.allocatable} ${p.resource} allocatable in all, less than the Pod's request of ${p.request}.`,
  'cause.sched.nominated': (p: { node: string; victims: string }) =>
    `Pending, nominated for node ${p.node}: the scheduler preempted lower-priority Pods there (${p.victims}) and places this Pod once they have terminated — nothing to change unless it lasts`,
  'cause.sched.nominated.held': (p: { node: string; victims: string; pod: string; ns: string }) =>
    `Pending, nominated for node ${p.node}: the scheduler preempted lower-priority Pods there, but ${p.victims} stays Terminating, held by its finalizer, and keeps the room — the controller that added the finalizer must remove it (kubectl get pod ${p.pod} -n ${p.ns} -o jsonpath='{.metadata.finalizers}')`,
  'cause.sched.nominated.unknown': (p: { node: string }) =>
    `Pending, nominated for node ${p.node}: the scheduler preempted lower-priority Pods there to make room and places this Pod once they have terminated — nothing to change unless it lasts (kubectl get pods -A --field-selector spec.nodeName=${p.node})`,
  'cause.sched.nominated.unread': (p: { node: string }) => `The Pods on node ${p.node} could not be read to name the preempted ones.`,
  'cause.sched.unconfirmed': () => 'Read from the scheduler message alone: the Node list could not be read to confirm it.',
  'cause.sched.reasons': (p: { total: number; reasons: string }) => `The scheduler checked ${p.total} nodes: ${p.reasons}.`,
  'cause.sched.reason': (p: { count: number; text: string }) => `${p.count} × ${p.text}`,

  // eviction and disruption
  'cause.evicted.pressure': (p: { resource: string; available: string; threshold: string }) =>
    `Evicted: the node ran low on ${p.resource} (available ${p.available}, eviction threshold ${p.threshold}) and the kubelet evicted the Pod — set requests to what the containers really use (Pods using more than they request are evicted first; Guaranteed QoS last); the owner, if any, creates a replacement`,
  'cause.evicted.condition': (p: { condition: string }) =>
    `Evicted: the kubelet evicted the Pod because the node had condition ${p.condition} — free the node's resources; the owner, if any, creates a replacement`,
  'cause.evicted.other': (p: { message: string }) =>
    `Evicted by the kubelet: ${p.message} — see the node's conditions; the owner, if any, creates a replacement`,
  'cause.evicted.container': (p: { container: string; usage: string; request: string }) =>
    `Container ${p.container} used ${p.usage}, more than its request of ${p.request}.`,
  'cause.disrupted.taint-manager': (p: { node: string; taints: string }) =>
    `Disrupted: the taint eviction controller deletes the Pod because its node ${p.node} has NoExecute taint ${p.taints}, which the Pod does not tolerate (or only for tolerationSeconds) — see why the node has it (often not-ready or unreachable): kubectl describe node ${p.node}; a toleration without tolerationSeconds keeps a Pod there`,
  'cause.disrupted.eviction-api': (p: { replaced: string }) =>
    `Disrupted: the Pod was evicted through the Eviction API (kubectl drain, a cluster autoscaler, a descheduler) — ${p.replaced}; a PodDisruptionBudget limits how many Pods of a workload go at once`,
  'cause.disrupted.owner': (p: { kind: string; name: string }) => `its owner ${p.kind} ${p.name} creates a replacement`,
  'cause.disrupted.no-owner': () =>
    'no controller owns it, so nothing recreates it: create it again, or run it under a Deployment so a replacement is made',
  'cause.disrupted.preemption': (p: { node: string; priority: number; class: string }) =>
    `Disrupted: the scheduler preempted the Pod (priority ${p.priority}, priorityClassName ${p.class}) on node ${p.node} to make room for a higher-priority Pod — its owner, if any, creates a replacement, which waits for room; give it a higher priorityClassName or add capacity`,
  'cause.disrupted.finalizers': (p: { finalizers: string }) =>
    `Finalizer ${p.finalizers} keeps the Pod object, and the room it takes, until the controller that added it removes it.`,
  'cause.disrupted.pod-gc': () => 'Disrupted: Pod garbage collection deletes the Pod (its node is gone or it is orphaned)',
  'cause.disrupted.kubelet': () => 'Disrupted: the kubelet is terminating the Pod (node pressure or node shutdown)',
  'cause.disrupted.other': (p: { reason: string }) => `Disrupted (${p.reason}): the Pod is about to be terminated`,

  'cause.poststart': (p: { container: string; hook: string; restarts: number }) =>
    `Restarting: the postStart hook of container ${p.container} (${p.hook}) failed, so the kubelet killed the container (restarted ${times(p.restarts)}); the event never shows the hook's output — check that the hook's command or URL works in that image (the app's own logs do not cover it), or move the work into the app or an init container`,
  'cause.poststart.http': (p: { container: string; hook: string; restarts: number; path: string; port: string }) =>
    `Restarting: the postStart hook of container ${p.container} (${p.hook}) failed, so the kubelet killed the container (restarted ${times(p.restarts)}); the hook is called as soon as the container starts, often before the app listens, and the event does not say why — make the app answer GET ${p.path} on port ${p.port} with 2xx from its first moment (or the hook fails each start), or do that work in the app itself`,
  'cause.poststart.missing': (p: { container: string; hook: string; restarts: number; program: string }) =>
    `Restarting: the postStart hook of container ${p.container} (${p.hook}) cannot run because the image has no ${p.program}, so the kubelet kills the container each time it starts (restarted ${times(p.restarts)}) — use a program the image has in lifecycle.postStart.exec.command (or add ${p.program} to the image), or move the work into the app or an init container`,
  'cause.poststart.said': (p: { container: string; hook: string; restarts: number }) =>
    `Restarting: the postStart hook of container ${p.container} (${p.hook}) failed, so the kubelet killed the container (restarted ${times(p.restarts)}); the event does not show the hook's error, the container's status (PostStartHookError) does: it is quoted below — fix what it says so that the hook succeeds in that image, or move the work into the app or an init container`,
  // a Pod being deleted: its preStop hook and the grace period (src/explain/causes/prestop.ts)
  'cause.prestop.failed': (p: { container: string; hook: string; grace: number; until: string; check: string }) =>
    `Terminating: the preStop hook of container ${p.container} (${p.hook}) failed (FailedPreStopHook), so what it does before the container stops (draining connections, deregistering) did not happen; a failed hook does not hold the Pod: the kubelet goes on with SIGTERM, and SIGKILL when the grace period of ${p.grace}s runs out (deletionTimestamp ${p.until}) — the event never shows the hook's output: ${p.check}`,
  'cause.prestop.check.exec': (p: { pod: string; container: string; command: string }) =>
    `run the hook by hand while the container still runs (kubectl exec ${p.pod} -c ${p.container} -- ${p.command}) or in another Pod of that image, and make it succeed`,
  'cause.prestop.check.other': () => "check that the hook's URL answers with 2xx in that container, and make it succeed",
  'cause.prestop.killed': (p: { container: string; hook: string; grace: number; until: string }) =>
    `Terminating: container ${p.container} was killed with SIGKILL (exit 137) when the grace period of ${p.grace}s ran out: its preStop hook (${p.hook}) and its shutdown after SIGTERM took longer, and the kubelet counts the hook's time against the grace period — make the hook finish well within terminationGracePeriodSeconds, or raise terminationGracePeriodSeconds`,
  'cause.stop.killed': (p: { container: string; grace: number; until: string }) =>
    `Terminating: container ${p.container} was killed with SIGKILL (exit 137) when the grace period of ${p.grace}s ran out: it did not exit after SIGTERM — make the app exit on SIGTERM (a shell as PID 1 does not pass it on), or raise terminationGracePeriodSeconds`,
  'cause.prestop.running': (p: { container: string; hook: string; grace: number; until: string; pod: string }) =>
    `Terminating: the kubelet first runs the preStop hook of container ${p.container} (${p.hook}), then sends SIGTERM; the grace period of ${p.grace}s includes the hook, so the container is stopped by about ${p.until} (deletionTimestamp; SIGKILL at most 2s later) — if the Pod is still there well after that, kubectl describe pod ${p.pod} shows a FailedPreStopHook event or what else holds it`,
  'cause.gate.missing': (p: { gate: string }) =>
    `Running but not Ready: the containers are ready, but the Pod has no condition ${p.gate}, which its readinessGates require — only the controller that owns that gate (e.g. a load balancer controller) sets it: check that it runs and manages this Pod`,
  'cause.gate.false': (p: { gate: string; status: string; said: string }) =>
    `Running but not Ready: the containers are ready, but readiness gate ${p.gate} is ${p.status}${p.said} — it is set by the controller that owns the gate (e.g. a load balancer controller): see what it reports for this Pod`,

  // probes and kills
  'cause.probe.liveness': (p: { container: string; probe: string; result: string; killed: number }) =>
    `Restarting: the liveness probe of ${p.container} (${p.probe}) fails${p.result}, and the kubelet killed the container ${times(p.killed)} (exit 137, not OOM) — fix what the endpoint checks, or give the app time to start (initialDelaySeconds, or a startupProbe)`,
  'cause.probe.startup': (p: { container: string; probe: string; result: string; killed: number }) =>
    `Restarting: the startup probe of ${p.container} (${p.probe}) fails${p.result}, so the kubelet kills the container before it finishes starting (${times(p.killed)}) — allow more time (failureThreshold × periodSeconds) or fix the endpoint`,
  'cause.probe.readiness': (p: { container: string; probe: string; result: string }) =>
    `Running but not Ready: the readiness probe of ${p.container} (${p.probe}) fails${p.result} — the Pod gets no Service traffic until it passes; fix what the endpoint checks or the probe's path/port`,
  // CreateContainerConfigError "failed to prepare subPath for volumeMount …": the kubelet hides the reason (pkg/kubelet/kubelet_pods.go)
  'cause.config.subpath': (p: { container: string; mount: string; subPath: string; mountPath: string; node: string }) =>
    `CreateContainerConfigError: the kubelet cannot prepare subPath ${p.subPath} of volume ${p.mount} for container ${p.container} (mounted at ${p.mountPath}); it keeps the reason out of the Pod's status and logs it on node ${p.node} — check that ${p.subPath} is a plain path inside the volume (no "..", no symlink leading out of it) and that the volume is still mounted on the node (a stale NFS mount fails this way); the kubelet's log on that node names the cause`,
  // a probe the kubelet cannot run (a port name the container does not declare) or that gets no answer in time
  'cause.probe.port-name': (p: { type: string; container: string; probe: string; port: string; declared: string; killed: number }) =>
    `${p.type === 'readiness' ? 'Running but not Ready' : 'Restarting'}: the ${p.type} probe of ${p.container} (${p.probe}) cannot run — it names port ${p.port}, but container ${p.container} declares no port of that name (${p.declared ? `its ports: ${p.declared}` : 'it declares no ports'}), so every check errors and counts as a failure${p.type === 'readiness' ? ' and the Pod gets no Service traffic' : `, and the kubelet killed the container ${times(p.killed)}`} — add name: ${p.port} to the container port it should check, or give the probe the port number`,
  'cause.probe.port-differs': (p: { container: string; port: string; declared: string }) =>
    `The probe checks port ${p.port}, but container ${p.container} declares containerPort ${p.declared}: if the app listens there, give the probe that port.`,
  'cause.probe.exec-missing': (p: { type: string; container: string; probe: string; program: string; killed: number }) =>
    `${p.type === 'readiness' ? 'Running but not Ready' : 'Restarting'}: the ${p.type} probe of ${p.container} (${p.probe}) cannot run — the image of container ${p.container} has no ${p.program} ("executable file not found"), so every check fails${p.type === 'readiness' ? ' and the Pod gets no Service traffic' : `, and the kubelet killed the container ${times(p.killed)}`} — use a command the image has, or an httpGet/tcpSocket probe`,
  'cause.probe.slow': (p: { type: string; container: string; probe: string; seconds: number; killed: number }) =>
    `${p.type === 'readiness' ? 'Running but not Ready' : 'Restarting'}: the ${p.type} probe of ${p.container} (${p.probe}) gets no answer within timeoutSeconds (${p.seconds}s), and each timeout counts as a failure${p.type === 'readiness' ? ' — the Pod gets no Service traffic until it passes' : `; the kubelet killed the container ${times(p.killed)} (exit 137, not OOM)`} — make the endpoint answer quickly without waiting on other services, or raise timeoutSeconds`,
  // a probe that has not passed yet, with no failure that explains it (src/explain/causes/probe-pending.ts)
  'cause.probe.startup.pending': (p: {
    who: string;
    probe: string;
    recorded: string;
    started: string;
    delay: number;
    period: number;
    threshold: number;
    window: number;
    until: string;
    pod: string;
  }) =>
    `Starting: the startup probe of ${p.who} (${p.probe}) has not passed yet, and ${p.recorded} — its readiness and liveness probes wait until it passes. The kubelet checks it every ${p.period}s, starting initialDelaySeconds (${p.delay}s) after the container started (${p.started}), and restarts the container only after ${p.threshold} failures in a row: about ${p.window}s, until ${p.until}. Watch it: kubectl get pod ${p.pod} -w; if it is restarted, kubectl describe pod ${p.pod} shows the probe's Unhealthy events`,
  'cause.probe.startup.failing': (p: {
    who: string;
    probe: string;
    result: string;
    count: number;
    started: string;
    delay: number;
    period: number;
    threshold: number;
    window: number;
    until: string;
    pod: string;
    container: string;
  }) =>
    `Starting: the startup probe of ${p.who} (${p.probe}) has failed ${times(p.count)} so far${p.result}, and the container has not been restarted yet: the kubelet restarts it after ${p.threshold} failures in a row (initialDelaySeconds ${p.delay} + ${p.threshold} × ${p.period}s: about ${p.window}s after it started at ${p.started}, until ${p.until}); its readiness and liveness probes wait until it passes — see how far the app got: kubectl logs ${p.pod} -c ${p.container}; if it only needs longer to start, raise failureThreshold, otherwise fix what the probe checks`,
  'cause.probe.readiness.pending': (p: {
    who: string;
    probe: string;
    recorded: string;
    started: string;
    delay: number;
    period: number;
    success: number;
    first: string;
    pod: string;
  }) =>
    `Running but not Ready: the readiness probe of ${p.who} (${p.probe}) has not passed yet, and ${p.recorded} — the kubelet first checks it initialDelaySeconds (${p.delay}s) after the container started (${p.started}, so from ${p.first}), then every ${p.period}s, and marks the container ready after ${p.success === 1 ? 'one success' : `${p.success} successes in a row`}; until then the Pod gets no Service traffic. Wait past that; if it stays not Ready, kubectl describe pod ${p.pod} shows the probe's Unhealthy events`,
  'cause.probe.pending.none': () => 'no failure of it is recorded',
  'cause.probe.pending.unread': () => "whether it failed is unknown (the Pod's events were not read)",
  'cause.probe.pending.unknown': () =>
    "A probe that passes writes no event, and the Pod's status does not say how many checks ran: the times above come from the probe's spec and the container's start, not from its results.",
  'cause.probe.status': (p: { status: number }) => ` with HTTP ${p.status}`,
  'cause.probe.refused': () => ' (connection refused: nothing listens on that port)',
  'cause.probe.timeout': () => ' (timed out)',
  'cause.probe.output': (p: { output: string }) => `: ${p.output}`,
  'cause.killed': (p: { who: string; restarts: number; pod: string }) =>
    `Restarting: ${p.who} was killed with SIGKILL (exit 137, not OOMKilled) and restarted ${times(p.restarts)}: a failing liveness probe, a stop that outlived terminationGracePeriodSeconds, or a kill from outside — see the events in kubectl describe pod ${p.pod}: a Killing event names a failed probe; without one, something outside the kubelet killed the process`,
  'cause.crashloop': (p: { who: string; code: string; reason: string; restarts: number; pod: string; container: string }) =>
    `CrashLoopBackOff: ${p.who} exited with code ${p.code} (${p.reason}) and was restarted ${times(p.restarts)} — read its logs: kubectl logs ${p.pod} -c ${p.container} --previous`,
  // an exit code that says what happened by itself (src/explain/causes/exit-codes.ts): meaning, then the next step
  'cause.crashloop.coded': (p: { who: string; code: string; reason: string; restarts: number; meaning: string; step: string }) =>
    `CrashLoopBackOff: ${p.who} exited with code ${p.code} (${p.reason}) and was restarted ${times(p.restarts)}: ${p.meaning} — ${p.step}`,
  'cause.exit.coded': (p: { who: string; code: string; reason: string; meaning: string; step: string }) =>
    `Failed: ${p.who} exited with code ${p.code} (${p.reason}): ${p.meaning} — ${p.step}`,
  'cause.exit.meaning.not-executable': () =>
    'code 126 is what a shell returns when it finds a command but cannot execute it (permission denied: no execute bit, or the path is a directory)',
  'cause.exit.step.not-executable': (p: { pod: string; logs: string }) =>
    `make the program or script that the command (or the image's entrypoint script) runs executable in the image (chmod +x when building it) and check its path; ${p.logs} names it`,
  'cause.exit.meaning.not-found': () =>
    'code 127 is a shell\'s "command not found": a program that the command, or the image\'s entrypoint script, runs is not in the image or not on its PATH',
  'cause.exit.step.not-found': (p: { pod: string; logs: string }) =>
    `check the command and args against what the image contains (a typo, a tool a slim image lacks); ${p.logs} names the missing command`,
  'cause.exit.meaning.abort': () => 'code 134 is 128+6, SIGABRT: the program aborted itself (a failed assertion or a fatal runtime error)',
  'cause.exit.meaning.segfault': () =>
    'code 139 is 128+11, SIGSEGV (segmentation fault): the program crashed on an invalid memory access: a bug in it or in a native library, or a binary built for another libc (glibc or musl) or CPU variant; no Kubernetes setting causes it',
  'cause.exit.step.crash': (p: { pod: string; logs: string }) => `read the end of ${p.logs}, and try the previous image version`,
  'cause.exit.meaning.sigterm': () =>
    'code 143 is 128+15, SIGTERM: something asked the process to stop and it did; the kubelet sends SIGTERM when it stops a container (a failed liveness probe or postStart hook, a deletion), and a process in the container can send it too',
  'cause.exit.step.sigterm': (p: { pod: string; logs: string }) =>
    `look for Killing events in kubectl describe pod ${p.pod} (without one, the stop came from inside the container: its entrypoint or a supervisor), then ${p.logs}`,
  'cause.exit.meaning.signal': (p: { code: string; signal: number; name: string }) =>
    `code ${p.code} is 128+${p.signal}: the process was killed by signal ${p.signal}${p.name ? ` (${p.name})` : ''}`,
  'cause.exit.step.signal': (p: { pod: string; logs: string }) =>
    `find what sends that signal: kubectl describe pod ${p.pod} (events) and ${p.logs}`,
  'cause.crashloop.completed': (p: { who: string; restarts: number; policy: string; pod: string; container: string }) =>
    `CrashLoopBackOff: ${p.who} exited with code 0 (Completed): its command finished without an error, and restartPolicy ${p.policy} starts it again each time (restarted ${times(p.restarts)}) — a container that should keep running must run its program in the foreground: check its command and args (an image such as busybox runs a shell that ends at once; a server started as a background daemon ends its command too; kubectl logs ${p.pod} -c ${p.container} --previous shows the last run's output); work that is meant to finish belongs in a Job`,
  'cause.init.running': (p: { container: string; since: string; command: string; pod: string }) =>
    `Init: init container ${p.container} has been running since ${p.since}${p.command} and has not finished — the app containers start only after it exits with code 0, and no event says why it waits: read what it is doing with kubectl logs ${p.pod} -c ${p.container} (a loop that waits for another service runs until that service answers: check that service)`,
  'cause.init.command': (p: { command: string }) => ` (${p.command})`,
  'cause.pull.pulling': (p: { container: string; image: string; since: string; node: string; pod: string }) =>
    `Pending: the kubelet on node ${p.node} is pulling image ${p.image} for container ${p.container} (event Pulling at ${p.since}, no Pulled yet); nothing has failed — a large image takes a while on a node's first pull. If it goes on, kubectl describe pod ${p.pod} shows ErrImagePull when the pull fails; a pull that only gets slower points at the node's network to the registry`,
  'cause.oomkilled': (p: { who: string; limit: string; restarts: number; pod: string }) =>
    `OOMKilled: ${p.who} used more memory than its limit${p.limit ? ` (${p.limit})` : ''} and was killed${restartsEn(p.restarts)} — raise the memory limit to what it really uses (kubectl top pod ${p.pod} while it runs) or fix the leak`,
  'cause.oomkilled.pod-limit': (p: { who: string; limit: string; restarts: number }) =>
    `OOMKilled: the Pod's containers together used more memory than its Pod-level limit (${p.limit}, spec.resources.limits.memory), and ${p.who}, which sets no limit of its own, was killed${restartsEn(p.restarts)} — raise the Pod's memory limit or fix the leak`,
  'cause.oomkilled.node': (p: { who: string; node: string; restarts: number }) =>
    `OOMKilled: ${p.who} sets no memory limit, so the kernel killed it when node ${p.node} ran out of memory${restartsEn(p.restarts)}; the kernel picks first the container that uses the most memory beyond its request — set resources.requests.memory to what it uses (kubectl top pod) and a limit, and see what fills the node's memory (kubectl describe node ${p.node})`,
  'cause.exit': (p: { who: string; code: string; reason: string; pod: string; container: string }) =>
    `Failed: ${p.who} exited with code ${p.code} (${p.reason}) — read its logs: kubectl logs ${p.pod} -c ${p.container}`,
  'cause.restarted': (p: { who: string; restarts: number; last: string }) =>
    `Running and Ready, but ${p.who} has restarted ${times(p.restarts)}${p.last} — the restarts are the problem to look at: kubectl describe pod and the events below`,
  'cause.restarted.last': (p: { code: number; reason: string }) => ` (last exit: code ${p.code}, ${p.reason})`,

  // image pulls
  'cause.pull.not-found': (p: { reason: string; who: string; image: string }) =>
    `${p.reason}: the image ${p.image} of ${p.who} does not exist in its registry (wrong name or tag) — fix the image reference`,
  'cause.pull.unauthorized': (p: { reason: string; who: string; image: string; status: string; secrets: string }) =>
    `${p.reason}: the registry refused to serve ${p.image} to the node${p.status} for ${p.who} — ${p.secrets}`,
  'cause.pull.missing-or-private': (p: { reason: string; who: string; image: string; secrets: string }) =>
    `${p.reason}: the registry denied ${p.image} to the node for ${p.who} without saying why: either the repository does not exist (a wrong name) or it is private and needs credentials — the registry answers both the same way; check the repository name first, then: ${p.secrets}`,
  'cause.pull.unreachable': (p: { reason: string; who: string; image: string }) =>
    `${p.reason}: the registry of ${p.image} (${p.who}) cannot be reached from the node (DNS, network or proxy) — check the registry host name and the node's network`,
  'cause.pull.rate-limited': (p: { reason: string; who: string; image: string; node: string }) =>
    `${p.reason}: the registry refuses to serve ${p.image} (${p.who}) to node ${p.node} for now: too many pulls (HTTP 429, a rate limit; Docker Hub limits pulls without an account per IP address); nothing is wrong with the image or the Pod, and the kubelet retries with back-off — pull with an account's credentials (a docker-registry Secret in imagePullSecrets), use a registry mirror or your own registry, or wait until the limit resets`,
  'cause.pull.invalid-name': (p: { who: string; image: string; field: string }) =>
    `InvalidImageName: ${p.image} (${p.who}) is not a valid image reference, so the kubelet does not try to pull it — fix ${p.field} (lowercase repository, registry/path:tag or @sha256:digest)`,
  'cause.pull.never-pull': (p: { who: string; image: string; node: string }) =>
    `ErrImageNeverPull: imagePullPolicy is Never and ${p.image} (${p.who}) is not on node ${p.node}, so the kubelet does not pull it — load the image onto that node (e.g. kind load docker-image, minikube image load), or set imagePullPolicy IfNotPresent to pull it from a registry`,
  'cause.pull.unknown': (p: { who: string; image: string; reason: string }) =>
    `${p.reason}: image ${p.image} of ${p.who} cannot be pulled — check the name and tag, the registry's credentials, and the Pod's events`,
  'cause.pull.secrets.none': () =>
    'the Pod names no imagePullSecrets: create a docker-registry Secret and add it to the Pod (or its ServiceAccount)',
  'cause.pull.secrets.missing': (p: { names: string }) =>
    `imagePullSecrets not found: ${p.names}, so the kubelet pulled without those credentials (the container is still created once a pull works) — create the Secret (kubectl create secret docker-registry)`,
  'cause.pull.secrets.unchecked': (p: { names: string; pod: string }) =>
    `the Pod names imagePullSecrets ${p.names}: check that they exist and hold credentials for this registry (kubexplain explain pod/${p.pod} says which exist)`,
  'cause.pull.secrets.present': (p: { names: string }) =>
    `imagePullSecrets ${p.names} exist but the registry rejects them — check the credentials and the registry host in the Secret`,
  'cause.pull.status': (p: { status: number }) => ` (HTTP ${p.status})`,
  'cause.pull.unretrievable': (p: { names: string }) =>
    `The kubelet could not read imagePullSecrets ${p.names} (FailedToRetrieveImagePullSecret): the pull went ahead without them. A missing pull Secret does not stop the container by itself; it fails only if the registry needs the credentials.`,
  'cause.pull.sa': (p: { sa: string; names: string }) =>
    `ServiceAccount ${p.sa} adds imagePullSecrets ${p.names} to new Pods (at creation; existing Pods keep theirs).`,

  // config references
  'cause.config.key': (p: { kind: string; name: string; key: string; keys: string }) =>
    `CreateContainerConfigError: ${p.kind} ${p.name} exists but has no key ${p.key} (its keys: ${p.keys}) — add the key to the ${p.kind}, or fix the key in the Pod's env`,
  'cause.config.key.near': (p: { kind: string; name: string; key: string; near: string }) =>
    `CreateContainerConfigError: ${p.kind} ${p.name} has no key ${p.key}, but has ${p.near} — a near miss (case or one letter): use the key the ${p.kind} has, or rename it`,
  'cause.config.key.unknown': (p: { kind: string; name: string; key: string }) =>
    `CreateContainerConfigError: key ${p.key} is not in ${p.kind} ${p.name} — add the key or fix the reference`,
  'cause.config.object': (p: { kind: string; name: string; ns: string }) =>
    `CreateContainerConfigError: ${p.kind} ${p.name} does not exist in namespace ${p.ns} — create it, or fix the name in the Pod's env/envFrom`,
  'cause.config.object.similar': (p: { kind: string; name: string; similar: string }) =>
    `CreateContainerConfigError: ${p.kind} ${p.name} does not exist; ${p.similar} does — fix the name in the Pod, or create ${p.name}`,
  'cause.config.other': (p: { message: string }) => `CreateContainerConfigError: ${p.message} — fix the reference it names`,
  // runAsNonRoot against the image's user (src/explain/causes/run-as-non-root.ts): no reference is missing
  'cause.nonroot.image-root': (p: { who: string; image: string; field: string }) =>
    `CreateContainerConfigError: ${p.who} must not run as root (runAsNonRoot: true in ${p.field}), but its image ${p.image} runs as root (its USER is root or unset), so the kubelet refuses to start it — the securityContext and the image disagree (no ConfigMap or Secret is missing): set securityContext.runAsUser to a numeric non-root UID the image works with (e.g. 1000), or use an image built to run as a non-root user`,
  'cause.nonroot.user-name': (p: { who: string; image: string; field: string; user: string }) =>
    `CreateContainerConfigError: ${p.who} must not run as root (runAsNonRoot: true in ${p.field}), and its image ${p.image} names its user by name (${p.user}), not by UID, so the kubelet cannot verify that it is not root and refuses to start it (no ConfigMap or Secret is missing) — set securityContext.runAsUser to that user's numeric UID (id -u ${p.user} in the image shows it), or use an image whose USER is a number`,
  'cause.nonroot.run-as-user-0': (p: { who: string; field: string }) =>
    `CreateContainerConfigError: ${p.who} sets runAsUser 0 (root) in ${p.field} together with runAsNonRoot: true; the two contradict each other, so the kubelet refuses to start it (no ConfigMap or Secret is missing) — set runAsUser to a non-root UID (e.g. 1000) or remove runAsUser: 0; if the app really needs root, dropping runAsNonRoot is a security decision`,
  'cause.nonroot.invalid-uid': (p: { who: string; image: string; field: string; user: string }) =>
    `CreateContainerConfigError: ${p.who} must not run as root (runAsNonRoot: true in ${p.field}), and its image ${p.image} runs as user ID ${p.user}, which is not a valid UID (1 to 2147483647), so the kubelet refuses to start it — set securityContext.runAsUser to a valid non-root UID, or fix the image's USER`,
  'cause.config.ref.key': (p: { name: string; keys: string; missing: string }) =>
    `Referenced key(s) missing: ${p.missing}. Keys present: ${p.keys}.`,

  // the runtime could not start the process (StartError, exit 128; CreateContainerError)
  'cause.start.notfound': (p: { reason: string; who: string; image: string; program: string; field: string }) =>
    `${p.reason}: ${p.who} cannot start: the program ${p.program} of its ${p.field} is not in image ${p.image} (no log is written) — fix ${p.field} in the Pod spec, or use an image that has the program`,
  'cause.start.split': (p: { reason: string; who: string; image: string; program: string; field: string; items: string }) =>
    `${p.reason}: ${p.who} cannot start: its ${p.field} is one string with spaces, "${p.program}", so the runtime looks for a program of that whole name — write each argument as its own item: ${p.field}: ${p.items}`,
  'cause.start.notfound.image': (p: { reason: string; who: string; image: string; program: string }) =>
    `${p.reason}: ${p.who} cannot start: the image's own entrypoint ${p.program} is not found in image ${p.image} (no log is written) — check the image and its tag, or set command in the Pod spec`,
  'cause.start.permission': (p: { reason: string; who: string; image: string; program: string }) =>
    `${p.reason}: ${p.who} cannot start: ${p.program} in image ${p.image} is not executable (permission denied) — make it executable in the image (chmod +x), or run it through a shell (command: ["sh", "${p.program}"])`,
  'cause.start.format': (p: { reason: string; who: string; image: string; program: string }) =>
    `${p.reason}: ${p.who} cannot start: ${p.program} in image ${p.image} cannot be executed on this node (exec format error: built for another CPU architecture, or a script without a #! line) — use an image built for the node's architecture`,
  'cause.start.name-reserved': (p: { reason: string; who: string; node: string }) =>
    `${p.reason}: ${p.who} is not created yet — an earlier create request for it is still being worked on by the container runtime on node ${p.node} ("failed to reserve container name"), which happens when the node is slow (disk I/O, a large image still being unpacked, an overloaded runtime); the kubelet retries and it usually clears once that request ends — if it persists, look at the node's load and its container runtime`,
  'cause.start.other': (p: { reason: string; who: string; image: string }) =>
    `${p.reason}: the container runtime could not start ${p.who} (image ${p.image}); such a container writes no log — read the runtime's message below`,

  // volumes the kubelet cannot set up (FailedMount, FailedAttachVolume)
  'cause.mount.missing': (p: { kind: string; name: string; volume: string; ns: string }) =>
    `FailedMount: ${p.kind} ${p.name} (volume ${p.volume}) does not exist in namespace ${p.ns}, so the kubelet cannot mount it and creates no container — create it, or fix the name in spec.volumes (optional: true if the Pod can start without it)`,
  'cause.mount.similar': (p: { kind: string; name: string; volume: string; similar: string }) =>
    `FailedMount: ${p.kind} ${p.name} (volume ${p.volume}) does not exist; ${p.similar} does — fix the name in spec.volumes, or create ${p.name}`,
  'cause.mount.exists-now': (p: { kind: string; name: string; volume: string }) =>
    `FailedMount: ${p.kind} ${p.name} (volume ${p.volume}) was missing and exists now — the kubelet retries the mount by itself; if the Pod stays in ContainerCreating, read its newest events`,
  'cause.mount.multi-attach': (p: { volume: string; pods: string }) =>
    `FailedAttachVolume: volume ${p.volume} attaches to one node at a time and is still attached to another${p.pods} — it detaches once the Pod there stops; a Deployment that mounts such a volume needs strategy Recreate, or use ReadWriteMany storage`,
  'cause.mount.multi-attach.pods': (p: { pods: string }) => ` (used by Pod ${p.pods})`,
  'cause.mount.other': (p: { reason: string; volume: string }) =>
    `${p.reason}: volume ${p.volume} cannot be set up, so no container is created — check the volume's source (PVC, Secret, ConfigMap, CSI driver) against the kubelet's message`,

  // other waiting reasons
  'cause.waiting': (p: { reason: string; who: string; message: string }) =>
    `${p.reason}: ${p.who} cannot start${p.message} — see the events below`,
  'cause.waiting.message': (p: { message: string }) => ` (${p.message})`,
};
