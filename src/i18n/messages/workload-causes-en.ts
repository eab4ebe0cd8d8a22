// English sentences for the causes of workloads, CronJobs, Nodes and Namespaces (src/explain/causes/):
// part of the `wl` catalog (keys `cause.*`). Each names the exact object and one next step.
type N = number | string;
const one = (n: N) => String(n) === '1';
const pods = (n: N) => `${n} Pod${one(n) ? '' : 's'}`;

export const workloadCausesEn = {
  'cause.create.quota-exceeded': (p: { owner: string; quota: string; detail: string }) =>
    `${p.owner} cannot create Pods: ResourceQuota ${p.quota} is exceeded (${p.detail}) — lower the requests/limits or replicas, or raise the quota (kubectl describe resourcequota ${p.quota})`,
  'cause.create.quota-pods': (p: { owner: string; quota: string; detail: string }) =>
    `${p.owner} cannot create Pods: ResourceQuota ${p.quota} is exceeded (${p.detail}), a limit on the number of Pods — lower replicas (here or in other workloads of the namespace), or raise the quota's pods (kubectl describe resourcequota ${p.quota})`,
  'cause.create.quota-surge': (p: { owner: string; quota: string; detail: string; surge: N; desired: N }) =>
    `${p.owner} cannot create the rollout's new Pods: ResourceQuota ${p.quota} is exceeded (${p.detail}); the rollout adds up to maxSurge ${p.surge} Pod(s) above ${p.desired} replicas and, with maxUnavailable 0, removes no old Pod first — raise the quota by the surge (kubectl describe resourcequota ${p.quota}), or set maxUnavailable: 1 so that an old Pod goes first`,
  'cause.create.quota-line': (p: { resource: string; requested: string; used: string; limited: string }) =>
    `${p.resource}: requested ${p.requested}, used ${p.used}, limit ${p.limited}`,
  'cause.create.quota-must-specify': (p: { owner: string; quota: string; resources: string; containers: string }) =>
    `${p.owner} cannot create Pods: ResourceQuota ${p.quota} tracks ${p.resources}, so every container must set them (missing in: ${p.containers}) — set them in the Pod template, or add a LimitRange with defaults`,
  'cause.create.serviceaccount-missing': (p: { owner: string; sa: string }) =>
    `${p.owner} cannot create Pods: ServiceAccount ${p.sa} does not exist — create it (kubectl create serviceaccount ${p.sa}) or fix serviceAccountName in the Pod template`,
  'cause.create.webhook-denied': (p: { owner: string; webhook: string; reason: string }) =>
    `${p.owner} cannot create Pods: admission webhook ${p.webhook} denies them: ${p.reason} — change the Pod template to satisfy the policy, or ask its owners`,
  'cause.create.policy-denied': (p: { owner: string; policy: string; reason: string }) =>
    `${p.owner} cannot create Pods: ValidatingAdmissionPolicy ${p.policy} denies them: ${p.reason} — change the Pod template to satisfy the policy`,
  'cause.create.limitrange': (p: { owner: string; detail: string }) =>
    `${p.owner} cannot create Pods: a LimitRange of the namespace rejects them: ${p.detail} — fit the requests/limits to the LimitRange (kubectl describe limitrange)`,
  'cause.create.pod-security': (p: { owner: string; level: string; checks: string }) =>
    `${p.owner} cannot create Pods: the namespace enforces the Pod Security level ${p.level} (label pod-security.kubernetes.io/enforce), and the Pod template fails its checks ${p.checks} — set the fields these checks name in the Pod template's securityContext (each check's own words are listed with the cause)`,
  'cause.create.other': (p: { owner: string; message: string }) =>
    `${p.owner} cannot create Pods: ${p.message} — fix what the API server names`,
  'cause.pods.restarting': (p: { available: N; desired: N; verdict: string }) =>
    `All ${p.available} of ${p.desired} replicas are available, but a Pod is not well: ${p.verdict}`,

  'cause.cj.invalid': (p: { schedule: string; error: string }) =>
    `Invalid schedule ${p.schedule}: the CronJob controller cannot use it (${p.error}) and creates no Jobs — fix spec.schedule (5 fields: minute hour day-of-month month day-of-week)`,
  'cause.cj.timezone': (p: { tz: string }) =>
    `Unknown time zone ${p.tz}: the CronJob controller creates no Jobs — use an IANA name such as Asia/Tokyo or Etc/UTC in spec.timeZone`,
  'cause.cj.never': (p: { schedule: string }) =>
    `Schedule ${p.schedule} can never fire (no date matches it, e.g. a day that month does not have): no Job will ever be created — fix spec.schedule`,
  'cause.cj.event': (p: { reason: string; message: string }) => `The CronJob controller reports ${p.reason}: ${p.message}`,
  'cause.cj.missed': (p: { count: N; last: string; deadline: N }) =>
    `Missed: ${p.count} scheduled start(s) passed without a Job, the last at ${p.last}, older than startingDeadlineSeconds (${p.deadline}s), so the controller skips them — check that kube-controller-manager runs, and raise startingDeadlineSeconds if starts are late`,
  'cause.cj.toomany': (p: { count: N }) =>
    `More than ${p.count} scheduled starts were missed (TooManyMissedTimes): the controller starts only the most recent one and skips the rest — set or lower startingDeadlineSeconds, and check the controller's clock`,
  'cause.cj.next': (p: { schedule: string; next: string; tz: string }) =>
    `Not run yet: the first Job is created at ${p.next} (${p.tz}), the next time matching ${p.schedule}`,
  'cause.cj.next.title': (p: { next: string }) => `Next run: ${p.next}`,
  'cause.cj.next.detail': (p: { times: string; tz: string }) => `The next start times in ${p.tz}: ${p.times}.`,
  'cause.cj.tz.default': () => 'the controller time zone (UTC here)',

  'cause.node.network-plugin': (p: { name: string; reason: string; message: string }) =>
    `NotReady: the kubelet on ${p.name} reports the container network is not ready (${p.reason}: ${p.message}) — install or repair the CNI plugin on the node (its DaemonSet in kube-system, or /etc/cni/net.d)`,
  'cause.node.runtime': (p: { name: string; message: string }) =>
    `NotReady: the container runtime on ${p.name} is not ready (${p.message}) — check containerd/CRI-O on the node (systemctl status containerd; journalctl -u kubelet)`,
  'cause.node.pleg': (p: { name: string; message: string }) =>
    `NotReady: the kubelet on ${p.name} cannot list containers in time (${p.message}) — the runtime is overloaded or stuck; check the node's load and the runtime`,
  'cause.node.kubelet-stopped': (p: { name: string; since: string }) =>
    `NotReady (Unknown): the kubelet on ${p.name} stopped reporting (last heartbeat ${p.since}) — the node is down or unreachable, or the kubelet stopped: check the machine and journalctl -u kubelet`,
  'cause.node.other': (p: { name: string; reason: string; message: string }) =>
    `NotReady: the kubelet on ${p.name} reports ${p.reason}: ${p.message} — check the kubelet on the node (journalctl -u kubelet)`,
  'cause.node.taints': (p: { taints: string }) =>
    `The node controller added taints ${p.taints}: NoSchedule keeps new Pods away; NoExecute evicts running Pods that do not tolerate it (by default after 300s, the tolerationSeconds every Pod gets).`,
  'cause.node.evict.after': (p: { taint: string; seconds: N; at: string; count: N; pods: string }) =>
    `${pods(p.count)} ${one(p.count) ? 'tolerates' : 'tolerate'} ${p.taint} for ${p.seconds}s: evicted at ${p.at} unless the node is Ready again: ${p.pods}`,
  'cause.node.evict.now': (p: { taint: string; count: N; pods: string }) =>
    `${pods(p.count)} ${one(p.count) ? 'does' : 'do'} not tolerate ${p.taint}: evicted at once: ${p.pods}`,
  'cause.node.evict.never': (p: { taint: string; count: N; pods: string }) =>
    `${pods(p.count)} ${one(p.count) ? 'tolerates' : 'tolerate'} ${p.taint} without a time limit and ${one(p.count) ? 'stays' : 'stay'} (as DaemonSet Pods do): ${p.pods}`,
  'cause.ns.finalizers': (p: { name: string; objects: string }) =>
    `Terminating: namespace ${p.name} waits for objects whose finalizers are not removed: ${p.objects} — the controller that owns each finalizer must finish (is it running?); removing a finalizer by hand skips its cleanup`,
  'cause.ns.object': (p: { kind: string; name: string; finalizers: string }) => `${p.kind} ${p.name} (finalizer ${p.finalizers})`,
  'cause.ns.unseen': (p: { finalizers: string; name: string }) =>
    `Also held by finalizers on objects not read here: ${p.finalizers} — kubectl api-resources --verbs=list --namespaced -o name | xargs -n 1 kubectl get -n ${p.name} --ignore-not-found shows them`,
  'cause.ns.remaining': (p: { name: string; finalizers: string; resources: string; get: string }) =>
    `Terminating: namespace ${p.name} still has content with finalizers (${p.finalizers}) in ${p.resources} — find them (kubectl get ${p.get} -n ${p.name}) and let their controllers finish`,
  'cause.ns.failure': (p: { name: string; type: string; message: string }) =>
    `Terminating: the namespace controller cannot finish deleting ${p.name} (${p.type}): ${p.message} — fix the API it names (often an unavailable APIService)`,
  'cause.ns.content': (p: { name: string; resources: string }) =>
    `Terminating: namespace ${p.name} is still deleting its content (${p.resources}) — wait, or look at what blocks those objects`,
  'cause.ns.resource': (p: { resource: string; count: N }) => `${p.resource} ×${p.count}`,
  'cause.ns.finalizer': (p: { finalizer: string; count: N }) => `${p.finalizer} ×${p.count}`,
};
