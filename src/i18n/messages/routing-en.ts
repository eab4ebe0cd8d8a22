// English sentences of `trace` and `dns`. routing-ja.ts has the same keys (RoutingMessages type).
import { gatewayEn } from './routing-gateway-en.js';

type P<T> = (p: T) => string;
type N = () => string;

export const routingEn = {
  ...gatewayEn,
  none: (() => 'none') as N,
  more: ((p) => `… and ${p.count} more`) as P<{ count: number }>,
  'near.names': ((p) => ` Close names: ${p.names}.`) as P<{ names: string }>,
  'offline.unknown': (() =>
    'offline (-f): readiness, EndpointSlices and IPs cannot be known from manifests; Pod templates of workloads stand in for Pods') as N,

  // verdicts
  'verdict.broken': ((p) => `Broken at ${p.hop}: ${p.title} — ${p.fix}`) as P<{ hop: string; title: string; fix: string }>,
  'verdict.warning': ((p) => `Works with a warning at ${p.hop}: ${p.title}${p.fix ? ` — ${p.fix}` : ''}`) as P<{
    hop: string;
    title: string;
    fix: string;
  }>,
  'verdict.ok': ((p) => `Every hop is ok (${p.hops} hops): traffic reaches Ready Pods`) as P<{ hops: number }>,
  'verdict.ok.externalname': ((p) =>
    `Every hop is ok: DNS answers ${p.name} with a CNAME to ${p.ext}; no Pod of this cluster is involved`) as P<{
    name: string;
    ext: string;
  }>,
  'verdict.ok.offline': (() => 'Every hop that manifests can show is ok; readiness and endpoints are known only on a cluster') as N,
  'verdict.ok.condition': ((p) => `Traffic reaches Ready Pods (${p.hops} hops) ${p.condition}`) as P<{ hops: number; condition: string }>,

  // Service type (first hop)
  'type.noip': (() => 'not allocated yet') as N,
  'type.title': ((p) => `Service type ${p.type}, cluster IP ${p.ips}`) as P<{ type: string; ips: string }>,
  'type.clusterip': ((p) =>
    `Clients in the cluster connect to ${p.ips} on ${p.ports}. That IP belongs to no machine: kube-proxy on every node rewrites connections to it towards one ready endpoint.`) as P<{
    ips: string;
    ports: string;
  }>,
  'type.nodeport': ((p) => `NodePort: every node also accepts the traffic on node ports ${p.ports} and forwards it the same way.`) as P<{
    ports: string;
  }>,
  'type.lb': ((p) => `LoadBalancer: the external load balancer ${p.addrs} sends traffic to the node ports.`) as P<{ addrs: string }>,
  'type.lb.pending': (() =>
    'LoadBalancer: no external address yet (status.loadBalancer is empty): no load-balancer controller has provisioned one.') as N,
  'type.lb.pending.title': ((p) => `Service type LoadBalancer: EXTERNAL-IP <pending>, no external address yet (cluster IP ${p.ips})`) as P<{
    ips: string;
  }>,
  'type.lb.pending.class': ((p) =>
    `spec.loadBalancerClass is ${p.cls}: only the controller for that class provisions the address; the cloud provider's default one leaves this Service alone.`) as P<{
    cls: string;
  }>,
  'type.lb.pending.fix': ((p) =>
    `${p.cls ? `make sure a controller for loadBalancerClass ${p.cls} runs` : 'a cloud provider or a controller such as MetalLB must provision the address'}; kubectl describe service ${p.name} -n ${p.ns} shows what it reported (e.g. SyncLoadBalancerFailed)${p.nodePorts ? '; meanwhile the node ports work' : ''}`) as P<{
    cls: string;
    name: string;
    ns: string;
    nodePorts: boolean;
  }>,
  'type.externalips': ((p) => `externalIPs ${p.ips}: kube-proxy also accepts traffic sent to these addresses.`) as P<{ ips: string }>,
  'type.viaIngress': (() =>
    'Many Ingress controllers send traffic straight to the endpoints below rather than through the cluster IP.') as N,
  'type.headless.title': ((p) => `Headless Service (clusterIP: None), ports ${p.ports}`) as P<{ ports: string }>,
  'type.headless': ((p) =>
    `No virtual IP and no kube-proxy rules: DNS answers ${p.name}.${p.ns}.svc with the IPs of the ready endpoints, and clients connect to a Pod directly (see kubexplain dns service/${p.name}).`) as P<{
    name: string;
    ns: string;
  }>,
  'type.externalname.title': ((p) => `ExternalName Service → CNAME ${p.name}`) as P<{ name: string }>,
  'type.externalname': ((p) =>
    `DNS answers ${p.name} with a CNAME to ${p.ext}; no proxying, no endpoints, no ports are involved. The client connects to whatever ${p.ext} resolves to, still sending the name it used (TLS SNI, HTTP Host), which that server must accept.`) as P<{
    name: string;
    ext: string;
  }>,
  'type.externalname.ip.title': ((p) => `ExternalName ${p.ext} is an IP address, which DNS takes as a name made of digits`) as P<{
    ext: string;
  }>,
  'type.externalname.ip': ((p) =>
    `spec.externalName must be a DNS name: DNS answers ${p.name} with a CNAME to "${p.ext}", a name no DNS server resolves, so clients get no address.`) as P<{
    name: string;
    ext: string;
  }>,
  'type.externalname.ip.fix': ((p) =>
    `to reach ${p.ext}, use a Service without selector (ClusterIP, or headless with clusterIP: None) and an EndpointSlice listing ${p.ext}; or put a DNS name that resolves to it in spec.externalName`) as P<{
    ext: string;
  }>,
  'type.externalname.empty': (() => 'type ExternalName without spec.externalName: DNS has nothing to answer.') as N,
  'type.externalname.fix': (() => 'set spec.externalName to a DNS name') as N,

  // Service ports
  'svc.missing.title': ((p) => `Service ${p.name} does not exist`) as P<{ name: string }>,
  'svc.missing': ((p) => `There is no Service ${p.name} in namespace ${p.ns}.`) as P<{ name: string; ns: string }>,
  'svc.missing.fix': ((p) => `create the Service or correct the name.${p.near}`) as P<{ near: string }>,
  'svc.port.missing.title': ((p) => `no Service port ${p.port}`) as P<{ port: string }>,
  'svc.port.missing': ((p) => `Service ${p.name} has no port named or numbered ${p.port}.`) as P<{ name: string; port: string }>,
  'svc.port.missing.fix': ((p) => `use one of its ports: ${p.ports}`) as P<{ ports: string }>,
  'svc.noports.title': (() => 'the Service declares no ports') as N,
  'svc.noports': (() =>
    'Without ports nothing is proxied and no EndpointSlice ports are published (a headless Service without ports still gets DNS records).') as N,
  'svc.noports.fix': (() => 'add spec.ports with port and targetPort') as N,

  // targetPort
  'tp.title': ((p) => `Service port ${p.port} → targetPort ${p.target}`) as P<{ port: string; target: string }>,
  'tp.title.none': ((p) => `targetPort ${p.name}: no selected Pod has a container port named ${p.name}`) as P<{ name: string }>,
  'tp.title.protocol': ((p) => `the Service port is ${p.svcProto}, and the container port ${p.port} is ${p.ctrProto}`) as P<{
    target: string;
    svcProto: string;
    port: string;
    ctrProto: string;
  }>,
  'tp.title.undeclared': ((p) => `no container of the selected Pods declares port ${p.port}`) as P<{ port: number }>,
  'tp.title.partial': ((p) =>
    `targetPort ${p.name}: ${p.count} of ${p.total} Pods have no container port named ${p.name} (${p.missing})`) as P<{
    name: string;
    count: number;
    total: number;
    missing: string;
  }>,
  'tp.unknown': (() => 'The Pods could not be read, so the targetPort cannot be checked against their containers.') as N,
  'tp.nopods': (() => 'No Pod to resolve the targetPort against (see the Pods hop).') as N,
  'tp.selectorless': ((p) => `A Service without selector: the EndpointSlices carry the port; targetPort ${p.port} is not used.`) as P<{
    port: string;
  }>,
  'tp.named.ok': ((p) =>
    `The name ${p.name} is looked up in each Pod's container ports (name and protocol): ${p.ports}, in ${p.count}/${p.total} Pods.`) as P<{
    name: string;
    ports: string;
    count: number;
    total: number;
  }>,
  'tp.named.none': ((p) =>
    `No Pod has a container port named ${p.name}; their container ports: ${p.available}. The EndpointSlice controller publishes no endpoint for this port.`) as P<{
    name: string;
    available: string;
  }>,
  'tp.named.none.fix': ((p) =>
    `name the container port ${p.name} (ports: - name: ${p.name}) in the Pod template, or set targetPort to the container's port number`) as P<{
    name: string;
  }>,
  'tp.named.partial': ((p) =>
    `${p.name} resolves to ${p.ports} in some Pods, but ${p.count}/${p.total} Pods have no container port named ${p.name}: ${p.missing}. Those Pods get no endpoint for this port.`) as P<{
    name: string;
    ports: string;
    count: number;
    total: number;
    missing: string;
  }>,
  'tp.named.partial.fix': ((p) =>
    `add a container port named ${p.name} to those Pods' template (often an old ReplicaSet still running)`) as P<{ name: string }>,
  'tp.number.ok': ((p) => `Traffic goes to Pod port ${p.port}, declared as ${p.ports}.`) as P<{ port: number; ports: string }>,
  'tp.number.nodecl': ((p) =>
    `No container declares ports. Traffic goes to Pod port ${p.port} anyway (containerPort is informational); it works only if the process listens on ${p.port}.`) as P<{
    port: number;
  }>,
  'tp.number.nodecl.fix': ((p) => `check that the container listens on ${p.port}, and declare it in ports for clarity`) as P<{
    port: number;
  }>,
  'tp.number.other': ((p) =>
    `No container declares port ${p.port}; they declare ${p.others}. Kubernetes still sends the traffic to Pod port ${p.port} (containerPort is informational): it works if the process listens on ${p.port}, and is refused if it listens only on the declared port.`) as P<{
    port: number;
    others: string;
  }>,
  'tp.number.partial': ((p) => `${p.count}/${p.total} Pods declare no port ${p.port} (they declare ${p.others}).`) as P<{
    port: number;
    count: number;
    total: number;
    others: string;
  }>,
  'tp.number.other.fix': ((p) =>
    `if the app listens on ${p.port}${p.name}, set the Service's targetPort to ${p.port}; if it listens on ${p.target}, declare that containerPort`) as P<{
    target: number;
    port: string;
    name: string;
  }>,
  'tp.protocol': ((p) =>
    `Protocol mismatch: the Service port is ${p.svcProto} but the container port ${p.name} is ${p.ctrProto} (${p.port}).`) as P<{
    name: string;
    svcProto: string;
    ctrProto: string;
    port: string;
  }>,
  'tp.protocol.fix': ((p) => `set protocol: ${p.proto} on the Service port (or fix the container port's protocol)`) as P<{ proto: string }>,

  // EndpointSlices
  'eps.title.noport': ((p) => `EndpointSlices: ${p.listed} endpoint(s) listed without a port for ${p.port} (${p.slices} slices)`) as P<{
    listed: number;
    port: string;
    slices: number;
  }>,
  'eps.title': ((p) => `EndpointSlices: ${p.ready}/${p.total} endpoints ready (${p.slices} slices)`) as P<{
    ready: number;
    total: number;
    slices: number;
  }>,
  'eps.title.unknown': (() => 'EndpointSlices: unknown') as N,
  'eps.head': ((p) =>
    `The EndpointSlice controller keeps ${p.slices} slice(s) labelled kubernetes.io/service-name=${p.name}; kube-proxy sends traffic only to ready endpoints (serving and terminating ones only when none is ready).`) as P<{
    name: string;
    slices: number;
  }>,
  // Headless: no kube-proxy rules; the cluster DNS answers with the ready endpoints' addresses.
  'eps.head.headless': ((p) =>
    `The EndpointSlice controller keeps ${p.slices} slice(s) labelled kubernetes.io/service-name=${p.name}; the Service is headless, so no kube-proxy is involved: the cluster DNS answers its name with the addresses of the ready endpoints only.`) as P<{
    name: string;
    slices: number;
  }>,
  'eps.manual': ((p) =>
    `A Service without selector: its EndpointSlices (labelled kubernetes.io/service-name=${p.name}, managed by ${p.managed}) are written by hand or by another controller; Kubernetes does not update them when Pods change.`) as P<{
    name: string;
    managed: string;
  }>,
  'eps.line': ((p) => `${p.address} ready=${p.ready} serving=${p.serving} terminating=${p.terminating} ${p.target} node ${p.node}`) as P<{
    address: string;
    ready: string;
    serving: string;
    terminating: string;
    target: string;
    node: string;
  }>,
  'eps.serving': ((p) => `${p.count} endpoint(s) are serving but not ready (terminating Pods that still answer).`) as P<{ count: number }>,
  'eps.terminating': ((p) => `${p.count} endpoint(s) are terminating.`) as P<{ count: number }>,
  'eps.noport': ((p) => `No slice has a port for Service port ${p.port}: its targetPort resolved in no Pod.`) as P<{ port: string }>,
  'eps.noport.fix': (() => 'fix the targetPort (see the targetPort hop)') as N,
  'eps.noport.manual': ((p) =>
    `The EndpointSlices name their ports ${p.have}; kube-proxy pairs a slice port with the Service port of the same name, and this Service port is named ${p.want}.`) as P<{
    have: string;
    want: string;
  }>,
  'eps.noport.manual.fix': ((p) => `in EndpointSlice ${p.slice}, name the port ${p.want}, as the Service port is named`) as P<{
    slice: string;
    want: string;
  }>,
  'eps.noport.unnamed': (() => '"" (unnamed)') as N,
  'eps.none.fix': (() => 'no endpoint at all: make the selector match Pods (see the Pods hop)') as N,
  'eps.none.notready.fix': (() => "no endpoint is ready: fix the Pods' readiness (see the Pods hop)") as N,
  'eps.some.fix': ((p) => `${p.count} endpoint(s) get no traffic until they are ready`) as P<{ count: number }>,
  'eps.published': (() =>
    'publishNotReadyAddresses is true: the EndpointSlice controller marks every endpoint ready whatever its Pod says, so DNS and kube-proxy use them all.') as N,
  'eps.forbidden': (() =>
    'The EndpointSlices could not be read (no permission to list endpointslices.discovery.k8s.io); the Pods hop below judges from the selector over Pods instead.') as N,
  'eps.offline': ((p) =>
    `Offline: the EndpointSlice controller would list the Ready Pods that match ${p.selector}; which are ready cannot be known from manifests.`) as P<{
    selector: string;
  }>,
  'eps.offline.selectorless': (() =>
    'Offline: a Service without selector routes to the EndpointSlices written for it; none are in the manifests.') as N,
  'eps.selectorless.none': ((p) =>
    `Service ${p.name} has no selector and no EndpointSlice labelled kubernetes.io/service-name=${p.name}: nothing to route to.`) as P<{
    name: string;
  }>,
  'eps.selectorless.stray': ((p) =>
    `EndpointSlice ${p.slice} looks meant for it but is labelled ${p.have}: kube-proxy pairs a slice with a Service by that label only.`) as P<{
    slice: string;
    have: string;
  }>,
  'eps.selectorless.stray.fix': ((p) => `label EndpointSlice ${p.slice} kubernetes.io/service-name=${p.name}`) as P<{
    slice: string;
    name: string;
  }>,
  'eps.selectorless.none.fix': ((p) =>
    `add a selector, or create an EndpointSlice labelled kubernetes.io/service-name=${p.name} with the backend addresses`) as P<{
    name: string;
  }>,

  // Pods
  'pods.title': ((p) => `selector ${p.selector} matches ${p.count} Pod(s)`) as P<{ count: number; selector: string }>,
  // The verdict when no Pod is Ready and no probe failure is recorded: the Pods by name, and whether their endpoints exist.
  'pods.title.notready': ((p) =>
    `selector ${p.selector} matches ${p.count} Pod(s), none Ready (${p.pods}${p.more ? ` and ${p.more} more` : ''})${p.listed ? `: their ${p.listed} endpoint(s) exist but are not ready, so no traffic is sent` : ''}`) as P<{
    count: number;
    selector: string;
    pods: string;
    more: number;
    listed: number;
  }>,
  'pods.title.readiness': ((p) =>
    `selector ${p.selector} matches ${p.count} Pod(s), none Ready: the readiness probe of ${p.pod} (${p.probe}) fails${p.status ? ` with HTTP ${p.status}` : ''}`) as P<{
    count: number;
    selector: string;
    pod: string;
    probe: string;
    status: string;
  }>,
  'pods.title.unknown': (() => 'Pods: unknown') as N,
  'pods.forbidden': (() => 'The Pods could not be read (no permission to list pods).') as N,
  'pods.none.title': ((p) => `selector ${p.selector} matches no Pod`) as P<{ selector: string }>,
  'pods.none': ((p) =>
    `None of the ${p.count} Pods in the namespace carries every label of ${p.selector}, so the Service has no endpoints.`) as P<{
    selector: string;
    count: number;
  }>,
  'pods.nearmiss.head': (() => 'Near misses (almost the same labels):') as N,
  'pods.nearmiss': ((p) => `  ${p.pod}: ${p.diffs}`) as P<{ pod: string; diffs: string }>,
  'pods.nearmiss.absent': ((p) => `no label ${p.key} (wants ${p.want})`) as P<{ key: string; want: string }>,
  'pods.nearmiss.value': ((p) => `${p.key}=${p.have} (≠ ${p.want})`) as P<{ key: string; want: string; have: string }>,
  'pods.terminating': (() => ' terminating') as N,
  'ingress.class.isdefault': ((p) => `${p.cls} (default)`) as P<{ cls: string }>,
  'pods.nearmiss.key': ((p) => `has ${p.have} instead of ${p.key}=${p.want}`) as P<{ key: string; want: string; have: string }>,
  'pods.none.fix': ((p) => `label the Pod template with ${p.selector}, or change the Service selector to labels the Pods carry`) as P<{
    selector: string;
  }>,
  'pods.nearfix.value': ((p) =>
    `${p.pod} carries ${p.key}=${p.have}: change the Service selector ${p.key}=${p.want} to ${p.key}=${p.have} (or, if the selector is right, relabel the Pod template)`) as P<{
    pod: string;
    key: string;
    want: string;
    have: string;
  }>,
  'pods.nearfix.key': ((p) =>
    `${p.pod} carries the label under the key ${p.have}: change the Service selector key ${p.key} to ${p.have} (or, if the selector is right, relabel the Pod template)`) as P<{
    pod: string;
    key: string;
    have: string;
    want: string;
  }>,
  'pods.nearfix.absent': ((p) =>
    `${p.pod} has every label but ${p.key}=${p.want}: remove ${p.key} from the Service selector ${p.selector}, or add the label to that Pod template`) as P<{
    pod: string;
    key: string;
    want: string;
    selector: string;
  }>,
  'pods.misplaced': ((p) =>
    `${p.workload} carries ${p.labels} in its own metadata.labels, but Services select Pods, and Pods get the labels of spec.template.metadata.labels.`) as P<{
    workload: string;
    labels: string;
  }>,
  'pods.misplaced.fix': ((p) => `move ${p.labels} from ${p.workload}'s metadata.labels to its spec.template.metadata.labels`) as P<{
    workload: string;
    labels: string;
  }>,
  'pods.zero.title': ((p) => `${p.workload} has 0 replicas`) as P<{ workload: string }>,
  'pods.zero': ((p) =>
    `The Pod template of ${p.workload} matches ${p.selector}, but the workload is scaled to 0 replicas: there is no Pod to send traffic to. The labels are right.`) as P<{
    workload: string;
    selector: string;
  }>,
  'pods.zero.fix': ((p) => `scale it up: kubectl scale ${p.workload} --replicas=1 -n ${p.ns}`) as P<{ workload: string; ns: string }>,
  'pods.notcreated.title': ((p) => `${p.workload} has no Pod`) as P<{ workload: string }>,
  'pods.notcreated': ((p) =>
    `The Pod template of ${p.workload} matches the selector and it asks for ${p.replicas} replica(s), but no Pod exists: its controller could not create them.`) as P<{
    workload: string;
    replicas: number;
  }>,
  'pods.notcreated.fix': ((p) => `find out why: kubexplain explain ${p.workload} -n ${p.ns}`) as P<{ workload: string; ns: string }>,
  'pods.noendpoint': ((p) =>
    `${p.count} Pod(s) are Ready but none is a ready endpoint of this Service port (see the endpoint column): they receive no Service traffic.`) as P<{
    count: number;
  }>,
  'pods.noendpoint.fix': (() =>
    'check that the Service port and targetPort match a port of the Pods, and that the EndpointSlices are current') as N,
  'readiness.cause': ((p) =>
    `Cause: the readiness probe of ${p.pod} (${p.probe}) fails${p.status ? ` with HTTP ${p.status}` : ''}; the kubelet says "${p.said}" (${p.count}×).`) as P<{
    pod: string;
    probe: string;
    said: string;
    status: string;
    count: number;
  }>,
  'readiness.fix': ((p) =>
    `make the readiness probe succeed (fix the endpoint it checks, or the probe's path and port): kubexplain explain pod/${p.pod} -n ${p.ns}`) as P<{
    pod: string;
    ns: string;
  }>,
  'pods.notready': ((p) =>
    `${p.count} Pod(s) match, but none is Ready: the EndpointSlice controller marks their endpoints not ready and kube-proxy sends them nothing.`) as P<{
    count: number;
  }>,
  'pods.title.published': ((p) =>
    `selector ${p.selector} matches ${p.count} Pod(s), none Ready, yet they receive traffic (publishNotReadyAddresses)`) as P<{
    count: number;
    selector: string;
  }>,
  'pods.notready.published': ((p) =>
    `${p.count} Pod(s) match and none is Ready, but publishNotReadyAddresses: true publishes their endpoints as ready: kube-proxy and DNS send them traffic while their readiness check fails.`) as P<{
    count: number;
  }>,
  'pods.elsewhere.title': ((p) =>
    `selector ${p.selector} matches no Pod of this namespace, only Pods in ${p.count === 1 ? 'namespace' : 'namespaces'} ${p.ns}`) as P<{
    selector: string;
    ns: string;
    count: number;
  }>,
  'pods.elsewhere': ((p) =>
    `A Service selects Pods of its own namespace (${p.ns}) only; Pods with ${p.selector} in other namespaces never become its endpoints:`) as P<{
    selector: string;
    ns: string;
  }>,
  'pods.elsewhere.line': ((p) => `namespace ${p.ns}: ${p.count} Pod(s) (${p.pods})`) as P<{ ns: string; count: number; pods: string }>,
  'pods.elsewhere.fix': ((p) =>
    `create the Service in namespace ${p.ns}, next to its Pods (clients in any namespace can then use ${p.name}.${p.ns}), or run the workload in namespace ${p.here}`) as P<{
    name: string;
    ns: string;
    here: string;
  }>,
  'pods.elsewhere.fix.many': ((p) =>
    `create the Service in the namespace of the Pods it should reach, or run that workload in namespace ${p.here}`) as P<{ here: string }>,
  'pods.mixed.title': ((p) => `selector ${p.selector} matches Pods of ${p.count} different apps (${p.apps})`) as P<{
    selector: string;
    count: number;
    apps: string;
  }>,
  'pods.mixed': ((p) =>
    `The selector ${p.selector} does not tell the ${p.count} apps apart: kube-proxy spreads the Service's connections over all of their Pods, so a client gets one app or another at random.`) as P<{
    selector: string;
    count: number;
  }>,
  'pods.mixed.line': ((p) => `${p.app}: ${p.count} Pod(s), e.g. ${p.pod}`) as P<{ app: string; count: number; pod: string }>,
  'pods.mixed.fix': ((p) => `add ${p.label} to the selector of Service ${p.name}, so that it selects only that app's Pods`) as P<{
    label: string;
    name: string;
  }>,
  'pods.mixed.fix.choose': ((p) => `add to the Service selector the app label of the Pods meant to serve it (one of ${p.labels})`) as P<{
    labels: string;
  }>,
  'pods.notready.fix': ((p) => `find out why they are not Ready: kubexplain explain pod/${p.pod} -n ${p.ns}`) as P<{
    pod: string;
    ns: string;
  }>,
  'pods.some': ((p) => `${p.ready}/${p.total} Pods are Ready; only those receive traffic.`) as P<{ ready: number; total: number }>,
  'pods.all': ((p) => `All ${p.count} Pod(s) are Ready and receive traffic.`) as P<{ count: number }>,
  'pods.line': ((p) => `${p.pod} ${p.phase} Ready=${p.ready} ${p.ip} endpoint: ${p.endpoint}${p.terminating}`) as P<{
    pod: string;
    phase: string;
    ready: string;
    ip: string;
    endpoint: string;
    terminating: string;
  }>,
  'pods.ep.ready': (() => 'ready') as N,
  'pods.ep.notready': (() => 'not ready') as N,
  'pods.ep.none': (() => 'none') as N,
  'pods.selectorless.title': (() => 'Pods behind the manual EndpointSlices') as N,
  'pods.selectorless': (() => 'The manual endpoints name no Pod of this namespace (IPs outside the cluster, or Pods elsewhere).') as N,
  'pods.offline': (() => 'Offline: these workload Pod templates carry the selected labels; their Pods would be selected.') as N,
  'pods.template.line': ((p) => `${p.what}${p.replicas}`) as P<{ what: string; replicas: string }>,
  'pods.replicas': ((p) => ` (${p.count} replicas)`) as P<{ count: number }>,

  // container port
  'ctr.title': ((p) => `container port ${p.port}`) as P<{ port: string }>,
  'ctr.title.unknown': (() => 'container port: unknown') as N,
  'ctr.unknown': (() => 'No Pod to look at.') as N,
  'ctr.line': ((p) => `${p.port} in ${p.count} Pod(s)`) as P<{ port: string; count: number }>,
  'ctr.undeclared': ((p) => `Pod port ${p.port} (declared by no container)`) as P<{ port: number }>,
  'ctr.missing': ((p) => `no container port named ${p.name}`) as P<{ name: string }>,

  // NetworkPolicies
  'netpol.title': ((p) => `NetworkPolicies for port ${p.port}`) as P<{ port: string }>,
  'netpol.none': (() => 'No NetworkPolicy selects these Pods: all ingress traffic is admitted.') as N,
  'netpol.unknown': (() => 'The NetworkPolicies could not be read (no permission to list networkpolicies.networking.k8s.io).') as N,
  'netpol.all': (() => 'Admitted from any source: at least one policy allows this port from everywhere.') as N,
  'netpol.some': (() => 'Admitted only from some sources; the source of the traffic is unknown, so it depends on the client:') as N,
  'netpol.denied': ((p) => `Denied: NetworkPolicies select these Pods, and none admits ${p.port} from any source.`) as P<{ port: string }>,
  'netpol.denied.title': ((p) => `NetworkPolicy ${p.policies} admits nothing on ${p.port}`) as P<{ port: string; policies: string }>,
  'netpol.denied.undeclared.fix': ((p) =>
    `set the Service's targetPort to the declared port ${p.declared}, which ${p.policies} admits; if the app really listens on ${p.target}, add an ingress rule for port ${p.port} to ${p.policies}`) as P<{
    port: string;
    policies: string;
    declared: string;
    target: number;
  }>,
  'netpol.denied.fix': ((p) =>
    `add an ingress rule for port ${p.port} (from the clients that need it) to ${p.policies} or to a new policy selecting these Pods`) as P<{
    port: string;
    policies: string;
  }>,
  'netpol.line.all': ((p) => `  ${p.policy}: admits ${p.port} from anywhere`) as P<{ policy: string; port: string }>,
  'netpol.line.none': ((p) => `  ${p.policy}: admits nothing on ${p.port}`) as P<{ policy: string; port: string }>,
  'peer.ipblock': ((p) => `ipBlock ${p.cidr}${p.except ? ` except ${p.except}` : ''}`) as P<{ cidr: string; except: string }>,
  'peer.pods': ((p) => `pods ${p.selector}`) as P<{ selector: string }>,
  'peer.allpods': (() => 'all Pods') as N,
  'peer.namespace': ((p) => `namespace ${p.ns}`) as P<{ ns: string }>,
  'peer.namespaces': ((p) => `namespaces ${p.selector}`) as P<{ selector: string }>,
  'peer.allnamespaces': (() => 'namespaces (all)') as N,
  'peer.from': ((p) => `${p.pods} in ${p.where}`) as P<{ pods: string; where: string }>,
  'netpol.line.some': ((p) => `  ${p.policy}: admits ${p.port} from ${p.sources}`) as P<{ policy: string; port: string; sources: string }>,
  'netpol.cni': (() => 'NetworkPolicies are enforced only when the network plugin (CNI) supports them.') as N,
  'netpol.condition': ((p) =>
    `only from the sources admitted on ${p.port} by NetworkPolicy ${p.policies} (${p.sources}); connections from anywhere else are dropped at the Pods${p.proxy ? " (the Ingress controller's or Gateway's Pods must be among those sources)" : ''}`) as P<{
    policies: string;
    port: string;
    sources: string;
    proxy: boolean;
  }>,
  'netpol.dead.title': ((p) =>
    `NetworkPolicy ${p.policy} admits ${p.port} from Pods matching ${p.selector}, and no Pod of namespace ${p.ns} matches`) as P<{
    policy: string;
    port: string;
    selector: string;
    ns: string;
  }>,
  'netpol.dead': ((p) =>
    `A podSelector without a namespaceSelector means Pods of the policy's own namespace (${p.ns}); none there matches ${p.selector}, so that source admits nobody.`) as P<{
    ns: string;
    selector: string;
  }>,
  'netpol.dead.all': ((p) =>
    `No other source is admitted on ${p.port}: every connection to these Pods on it is dropped (from an Ingress controller, a Gateway or another namespace too).`) as P<{
    port: string;
  }>,
  'netpol.dead.fix': ((p) =>
    `if the clients run in another namespace, add a namespaceSelector to the same from entry as the podSelector ${p.selector}; else label the client Pods ${p.selector} (kubexplain explain networkpolicy/${p.policy} -n ${p.ns} shows where Pods with those labels run)`) as P<{
    policy: string;
    selector: string;
    ns: string;
  }>,

  'netpol.deadpods.title': ((p) =>
    `NetworkPolicy ${p.policy} admits ${p.port} from Pods matching ${p.selector} in the namespaces matching ${p.nsSelector}, and none runs there`) as P<{
    policy: string;
    port: string;
    selector: string;
    nsSelector: string;
  }>,
  'netpol.deadpods': ((p) =>
    `In one from entry the namespaceSelector and the podSelector must both match: the namespaces matching ${p.nsSelector} (${p.namespaces}) run no Pod matching ${p.selector}, so that source admits nobody.`) as P<{
    selector: string;
    nsSelector: string;
    namespaces: string;
  }>,
  'netpol.deadpods.fix': ((p) =>
    `compare ${p.selector} with the labels of the client Pods (kubectl get pods ${p.scope} --show-labels; kubexplain explain networkpolicy/${p.policy} -n ${p.ns})`) as P<{
    policy: string;
    selector: string;
    ns: string;
    scope: string;
  }>,
  'netpol.deadns.title': ((p) =>
    `NetworkPolicy ${p.policy} admits ${p.port} from the namespaces matching ${p.nsSelector}, and no namespace has those labels`) as P<{
    policy: string;
    port: string;
    nsSelector: string;
  }>,
  'netpol.deadns': ((p) =>
    `A namespaceSelector matches the labels of namespaces, not their names; no namespace carries ${p.nsSelector}, so that source admits nobody. Every namespace has the label kubernetes.io/metadata.name=<its name>.`) as P<{
    nsSelector: string;
  }>,
  'netpol.deadns.fix': ((p) =>
    `select the clients' namespace by kubernetes.io/metadata.name, or give it the labels ${p.nsSelector} (kubectl get namespaces --show-labels; kubexplain explain networkpolicy/${p.policy} -n ${p.ns})`) as P<{
    policy: string;
    nsSelector: string;
    ns: string;
  }>,
  // traffic policies
  'etp.title': ((p) => `externalTrafficPolicy: ${p.policy}`) as P<{ policy: string }>,
  'etp.cluster': (() =>
    "Cluster: any node accepts external traffic and may forward it to an endpoint on another node; the client IP is replaced by the node's (SNAT).") as N,
  'etp.local': ((p) =>
    `Local: a node forwards external traffic only to endpoints on itself and keeps the client IP; nodes without one fail the load balancer's health check (healthCheckNodePort ${p.port}).`) as P<{
    port: string;
  }>,
  'itp.title': ((p) => `internalTrafficPolicy: ${p.policy}`) as P<{ policy: string }>,
  'itp.cluster': (() => 'Cluster: traffic from inside the cluster goes to any ready endpoint.') as N,
  'itp.local': (() => 'Local: traffic from a Pod goes only to endpoints on the same node; a node without one drops it.') as N,
  'affinity.title': ((p) => `sessionAffinity: ${p.affinity}`) as P<{ affinity: string }>,
  'affinity.clientip': ((p) => `kube-proxy sends each client IP to the same endpoint for ${p.seconds}s.`) as P<{ seconds: number }>,
  'pnr.title': (() => 'publishNotReadyAddresses: true') as N,
  'pnr.detail': (() =>
    'Endpoints of Pods that are not Ready are published too (in DNS and as serving), as StatefulSet peers often need to find each other before they are ready.') as N,

  // Ingress
  'ingress.class.title': ((p) => `IngressClass ${p.cls}`) as P<{ cls: string }>,
  'ingress.class.title.missing': ((p) => `IngressClass ${p.cls} does not exist: no controller picks this Ingress up`) as P<{ cls: string }>,
  'ingress.class.title.noaddress': ((p) => `IngressClass ${p.cls}: no controller has published an address for this Ingress`) as P<{
    cls: string;
  }>,
  'ingress.class.found': ((p) => `IngressClass ${p.cls} exists; controller ${p.controller} implements this Ingress.`) as P<{
    cls: string;
    controller: string;
  }>,
  'ingress.class.default': ((p) => `No class named; the default IngressClass ${p.cls} (controller ${p.controller}) applies.`) as P<{
    cls: string;
    controller: string;
  }>,
  'ingress.class.missing': ((p) =>
    `IngressClass ${p.cls} does not exist: no Ingress controller picks this Ingress up, so its rules route nothing.`) as P<{ cls: string }>,
  'ingress.class.title.unset': ((p) => `no ingressClassName, and the default IngressClass ${p.cls} was not filled in`) as P<{
    cls: string;
  }>,
  'ingress.class.unset': ((p) =>
    `The API server writes the default class into an Ingress only when it is created: this one was created before ${p.cls} became the default (or without the DefaultIngressClass admission plugin). Whether controller ${p.controller} serves Ingresses without a class depends on that controller: name the class to be sure.`) as P<{
    cls: string;
    controller: string;
  }>,
  'ingress.class.unset.fix': ((p) => `set spec.ingressClassName: ${p.cls} on ${p.name}`) as P<{ name: string; cls: string }>,
  'ingress.class.title.none': (() => 'no IngressClass: none named, no single default') as N,
  'ingress.class.none': ((p) =>
    `No ingressClassName, and ${p.count} default IngressClasses (one is needed): no controller is bound to pick it up.`) as P<{
    count: number;
  }>,
  'ingress.class.annotation': (() =>
    'The class comes from the deprecated annotation kubernetes.io/ingress.class; prefer spec.ingressClassName.') as N,
  'ingress.class.unknown': (() => 'The IngressClasses could not be read (no permission to list ingressclasses.networking.k8s.io).') as N,
  'ingress.class.offline': (() =>
    'IngressClasses are cluster objects and none is in the manifests: whether a controller picks this Ingress up is known only on the cluster.') as N,
  'ingress.class.fix': ((p) =>
    `install the Ingress controller for that class, or set spec.ingressClassName of ${p.name} to an existing class (existing: ${p.classes})`) as P<{
    name: string;
    classes: string;
  }>,
  'ingress.class.none.fix': ((p) =>
    `set spec.ingressClassName of ${p.name} to the class whose controller should serve it (existing: ${p.classes}); marking a class default fills in only Ingresses created after it`) as P<{
    name: string;
    classes: string;
  }>,
  // No IngressClass at all: no Ingress controller is installed (installing one usually creates its class).
  'ingress.class.install.fix': ((p) =>
    `no IngressClass exists in this cluster, so no installed Ingress controller has registered one: ${p.cls ? `install the controller for class ${p.cls}` : `install an Ingress controller, then set spec.ingressClassName of ${p.name} to its class`} (installing a controller usually creates its IngressClass)`) as P<{
    name: string;
    cls: string;
  }>,
  'ingress.address': ((p) => `The controller publishes the address ${p.address}.`) as P<{ address: string }>,
  'ingress.noaddress': (() => 'No address in status.loadBalancer: no controller has admitted the Ingress (yet).') as N,
  'ingress.noaddress.fix': (() => 'check that the controller for this class is running and watching this namespace') as N,
  'tls.title': ((p) => `TLS for ${p.hosts} with Secret ${p.secret}`) as P<{ hosts: string; secret: string }>,
  'tls.ok': (() => 'The Secret exists with type kubernetes.io/tls; the controller terminates TLS with it.') as N,
  'tls.nosecret': (() => 'No secretName: the controller uses its default certificate (if any).') as N,
  'tls.unknown': (() => 'Whether the Secret exists could not be read (no permission, or offline).') as N,
  'tls.missing': ((p) => `Secret ${p.secret} does not exist: the controller serves its default (fake) certificate for these hosts.`) as P<{
    secret: string;
  }>,
  'tls.missing.fix': ((p) =>
    `create a kubernetes.io/tls Secret ${p.secret} in namespace ${p.ns} (kubectl create secret tls ${p.secret} --cert=… --key=…)`) as P<{
    secret: string;
    ns: string;
  }>,
  'tls.type': ((p) => `The Secret has type ${p.type}, not kubernetes.io/tls; controllers expect tls.crt and tls.key.`) as P<{
    type: string;
  }>,
  'ingress.host': ((p) => `Requests with Host ${p.host}`) as P<{ host: string }>,
  'ingress.host.any': (() => 'Requests with any Host (the rule names none)') as N,
  'ingress.path': ((p) => `and path ${p.path} (pathType ${p.type}: ${p.meaning})`) as P<{ path: string; type: string; meaning: string }>,
  'pathtype.exact': (() => 'the path must be exactly this, case-sensitive') as N,
  'pathtype.prefix': (() => 'matches this path and everything under it, element by element split on /') as N,
  'pathtype.impl': (() => "matching is up to the IngressClass's controller") as N,
  'ingress.default': (() => '(default backend)') as N,
  'ingress.default.detail': (() => 'Requests that match no rule go to the default backend.') as N,
  'ingress.rule.title.missing': ((p) => `rule ${p.where}: Service ${p.service} does not exist`) as P<{ where: string; service: string }>,
  'ingress.rule.title.badport': ((p) => `rule ${p.where}: Service ${p.service} has no port ${p.port}`) as P<{
    where: string;
    service: string;
    port: string;
  }>,
  'ingress.rule.title': ((p) => `rule ${p.where} → Service ${p.service} port ${p.port}`) as P<{
    where: string;
    service: string;
    port: string;
  }>,
  'ingress.rule.detail': (() => 'go to this Service port (the backend names it by name or number).') as N,
  'ingress.backend.missing': ((p) =>
    `Service ${p.service} does not exist in namespace ${p.ns}: the controller answers these requests with an error of its own (ingress-nginx: 503).`) as P<{
    service: string;
    ns: string;
  }>,
  'ingress.backend.unknown': ((p) => `Service ${p.service} could not be read.`) as P<{ service: string }>,
  'ingress.backend.offline': ((p) => `Service ${p.service} is not in the manifests; it may exist in the cluster.`) as P<{
    service: string;
  }>,
  'ingress.backend.missing.fix': ((p) => `create Service ${p.service} or point the backend at an existing one.${p.near}`) as P<{
    service: string;
    near: string;
  }>,
  'ingress.backend.noport.fix': ((p) => `the backend names no port: set port.name or port.number (ports: ${p.ports})`) as P<{
    ports: string;
  }>,
  'ingress.backend.badport': ((p) => `Service ${p.service} has no port ${p.port}.`) as P<{ service: string; port: string }>,
  'ingress.backend.badport.fix': ((p) =>
    `point the backend at one of Service ${p.service}'s ports: ${p.ports}.${p.hint ? ` ${p.hint}` : ''}`) as P<{
    service: string;
    ports: string;
    hint: string;
  }>,
  'backend.targetport': ((p) =>
    `${p.port} is the targetPort of its port ${p.svcPort} (the Pods' port); a backend names the Service's own port: ${p.svcPort}.`) as P<{
    port: string;
    svcPort: string;
  }>,
  'ingress.resource.title': ((p) => `backend is a resource ${p.kind}/${p.name}`) as P<{ kind: string; name: string }>,
  'ingress.resource.detail': (() =>
    'A resource backend (for example a storage bucket) is served by the controller itself; it is not traced.') as N,
  'ingress.norules.title': (() => 'no rules and no default backend') as N,
  'ingress.norules.detail': (() => 'The Ingress routes nothing.') as N,
  'ingress.norules.fix': (() => 'add spec.rules or spec.defaultBackend') as N,
  // renderer labels
  'label.notes': (() => 'notes') as N,
  'label.domain': ((p) => `cluster domain: ${p.zone} (${p.source})`) as P<{ zone: string; source: string }>,
  'label.source.detected': (() => 'detected') as N,
  'label.source.flag': (() => 'from --cluster-domain') as N,
  'label.source.assumed': (() => 'assumed') as N,
  'label.offline': (() => ' (offline)') as N,
  'label.warning': ((p) => `warning: ${p.text}`) as P<{ text: string }>,
  'md.trace.title': ((p) => `trace ${p.kind} ${p.name}${p.port} (namespace ${p.ns})`) as P<{
    kind: string;
    name: string;
    port: string;
    ns: string;
  }>,
  'md.trace.columns': (() => '#|status|from|to|finding') as N,
  'md.dns.title': ((p) => `DNS names of ${p.kind} ${p.name} (namespace ${p.ns})`) as P<{ kind: string; name: string; ns: string }>,
  'md.dns.domain': ((p) => `Cluster domain: ${p.zone} (${p.source})`) as P<{ zone: string; source: string }>,
  'md.dns.short': (() => 'Short names') as N,
  'md.warnings': (() => 'Warnings') as N,
  'label.columns': (() => 'type|name|value|note') as N,
  'label.short': ((p) => `short names (search ${p.domains}; ndots:${p.ndots})`) as P<{ domains: string; ndots: number }>,
  'label.short.line': ((p) =>
    `from ${p.from === '*' ? 'any namespace' : `namespace ${p.from}`}: ${p.tries === 1 ? '1 lookup' : `${p.tries} lookups`} → ${p.fqdn}`) as P<{
    from: string;
    tries: number;
    fqdn: string;
  }>,
  // explain endpointslice, trace of a per-Pod name
  'hop.title': ((p) => `${p.from} → ${p.to}: ${p.title}`) as P<{ from: string; to: string; title: string }>,
  'slice.title': ((p) => `EndpointSlice ${p.name}: ${p.ready}/${p.total} ready, ${p.type}`) as P<{
    name: string;
    ready: number;
    total: number;
    type: string;
  }>,
  'slice.detail': ((p) => `Service ${p.service}, managed by ${p.managed}, ports ${p.ports}`) as P<{
    service: string;
    managed: string;
    ports: string;
  }>,
  'slice.nolabel': (() => 'the slice has no kubernetes.io/service-name label: no Service routes to it') as N,
  'slice.nosvc': ((p) => `Service ${p.service} named by the slice's label does not exist`) as P<{ service: string }>,
  'trace.podname': ((p) =>
    `${p.name} names one Pod (hostname ${p.hostname}) behind Service ${p.service}; the trace shows the whole Service`) as P<{
    name: string;
    hostname: string;
    service: string;
  }>,
  // DNS
  'dns.search.title': (() => 'Short names and the search path') as N,
  'dns.search': ((p) =>
    `A Pod's /etc/resolv.conf (dnsPolicy ClusterFirst) has search ${p.domains} and options ndots:${p.ndots}: a name with fewer than ${p.ndots} dots is tried with each search domain first, then as written. So even a full name without a trailing dot costs extra lookups; end it with "." to ask once.`) as P<{
    domains: string;
    ndots: number;
  }>,
  'dns.zone.title': ((p) => `cluster domain ${p.zone} (assumed)`) as P<{ zone: string }>,
  'dns.zone.assumed': (() =>
    'The CoreDNS ConfigMap (kube-system/coredns) could not be read, so the zone is assumed to be cluster.local; pass --cluster-domain if your cluster uses another.') as N,
  'dns.offline': (() => 'offline (-f): IPs and endpoints are allocated by the cluster; names are shown with empty values') as N,
  'dns.cname': (() => 'ExternalName: a CNAME, no cluster IP') as N,
  'dns.externalname.title': (() => 'ExternalName Service') as N,
  'dns.externalname': ((p) =>
    `The Service is only a DNS alias: lookups get a CNAME to ${p.ext}, resolved further by the upstream DNS. No SRV records, no endpoints.`) as P<{
    ext: string;
  }>,
  'dns.a.clusterip': (() => 'the cluster IP (virtual, via kube-proxy)') as N,
  'dns.a.offline': (() => 'allocated when the object is created (unknown offline)') as N,
  'dns.a.offline.headless': (() => "the ready endpoints' IPs (unknown offline)") as N,
  'dns.a.sts': ((p) => `StatefulSet ${p.sts} Pod #${p.i} (IP unknown offline)`) as P<{ sts: string; i: number }>,
  'dns.srv': ((p) => `named port → port ${p.port} on the cluster IP's name`) as P<{ port: number }>,
  'dns.srv.headless': (() => 'one SRV answer per ready endpoint') as N,
  'dns.service.title': (() => 'Service A/AAAA and SRV records') as N,
  'dns.service': ((p) =>
    `${p.base} resolves to the cluster IP (A for IPv4, AAAA for IPv6, one per IP family). The IP stays the same for the Service's life; the Pods behind it change.`) as P<{
    base: string;
  }>,
  'dns.srv.title': (() => 'SRV records') as N,
  'dns.srv.detail': (() =>
    'Each named port gets _<port>._<protocol>.<service>.<namespace>.svc.<zone>, answering with the port number and the target name.') as N,
  'dns.srv.unnamed': (() => 'No port has a name, so there are no SRV records; name the ports to get them.') as N,
  'dns.headless.title': (() => 'headless Service: the names point at Pods') as N,
  'dns.headless': ((p) =>
    `${p.base} returns the IPs of the ready endpoints (no cluster IP). Each endpoint also gets its own name: <hostname>.${p.base} for Pods that set hostname and subdomain (StatefulSet Pods do), else CoreDNS names it by its dashed IP.`) as P<{
    base: string;
  }>,
  'dns.eps.unknown': (() => 'the endpoints could not be read (no permission to list endpointslices)') as N,
  'dns.headless.none': (() => 'no ready endpoint: the name answers with no address (NXDOMAIN/NODATA)') as N,
  'dns.a.endpoint': ((p) => `endpoint${p.who}${p.ready}`) as P<{ who: string; ready: string }>,
  'dns.headless.notready': ((p) =>
    `no ready endpoint: ${p.count} listed but not ready (${p.pods}), so the name answers with no address (NXDOMAIN/NODATA) until one is Ready`) as P<{
    count: number;
    pods: string;
  }>,
  'dns.a.unpublished': ((p) => `not served while ${p.who} is not Ready (its endpoint is not ready)`) as P<{ who: string }>,
  'dns.notready': (() => ', not ready (published: publishNotReadyAddresses)') as N,
  'dns.a.hostname': ((p) => `stable per-Pod name (hostname ${p.hostname})`) as P<{ hostname: string }>,
  'dns.a.dashed': (() => 'per-endpoint name from the dashed IP (CoreDNS)') as N,
  'dns.pod.title': (() => 'Pod A records') as N,
  'dns.pod': (() =>
    'Every Pod IP gets <ip-with-dashes>.<namespace>.pod.<zone>. The name changes with the IP, so it is rarely used; stable names come from Services and hostname/subdomain.') as N,
  'dns.pod.disabled': (() => 'not served: CoreDNS runs with pods disabled') as N,
  'dns.pod.mode': ((p) => `served (CoreDNS pods ${p.mode})`) as P<{ mode: string }>,
  'dns.pod.maybe': (() => "served when CoreDNS runs with pods insecure or verified (kubeadm's default: insecure)") as N,
  'dns.pod.noip': (() => 'the Pod has no IP yet') as N,
  'dns.hostname.title': (() => 'hostname and subdomain') as N,
  'dns.hostname.half': (() =>
    'Only one of hostname and subdomain is set; a per-Pod DNS name needs both, and a headless Service named like the subdomain.') as N,
  'dns.hostname.ok': ((p) => `hostname.subdomain: served through headless Service ${p.svc}`) as P<{ svc: string }>,
  'dns.sts.mismatch.title': ((p) => `StatefulSet ${p.sts}'s Pods get no names under ${p.svc}: its serviceName is ${p.serviceName}`) as P<{
    sts: string;
    svc: string;
    serviceName: string;
  }>,
  'dns.sts.mismatch': ((p) =>
    `A StatefulSet sets each Pod's subdomain to its serviceName (${p.serviceName}), so ${p.host} does not exist; here its Pods answer only to the Service name and their dashed-IP names. serviceName cannot be changed in place: recreate StatefulSet ${p.sts} with serviceName: ${p.svc}.`) as P<{
    sts: string;
    svc: string;
    serviceName: string;
    host: string;
  }>,
  'dns.hostname.nosvc': ((p) => `not served: there is no Service ${p.svc} (a headless Service named like the subdomain is needed)`) as P<{
    svc: string;
  }>,
  'dns.hostname.clusterip': ((p) =>
    `served by CoreDNS through Service ${p.svc}'s endpoints (when ready), though the DNS specification promises it only for a headless Service: set clusterIP: None to rely on it`) as P<{
    svc: string;
  }>,
  'dns.hostname.notready': ((p) =>
    `not served while the Pod is not Ready: CoreDNS answers only ready endpoints of Service ${p.svc} (unless it sets publishNotReadyAddresses)`) as P<{
    svc: string;
  }>,
  'dns.hostname.noselect': ((p) => `not served: Service ${p.svc} does not select this Pod`) as P<{ svc: string }>,
  'dns.hostname.unknown': ((p) => `served if a headless Service ${p.svc} selects the Pod (Services could not be read)`) as P<{
    svc: string;
  }>,
  'dns.pod.viaheadless': ((p) => `headless Service ${p.svc} answers with this Pod's IP (when ready)`) as P<{ svc: string }>,
  'dns.pod.viasvc': ((p) => `Service ${p.svc} selects this Pod (its cluster IP)`) as P<{ svc: string }>,
};

export type RoutingMessages = { [K in keyof typeof routingEn]: (typeof routingEn)[K] };
