// English sentences of Gateway API traces (part of the `route` catalog: spread into routing-en.ts).
type P<T> = (p: T) => string;
type N = () => string;

export const gatewayEn = {
  'gw.said': ((p) => `The controller says: "${p.text}"`) as P<{ text: string }>,
  'gw.offline': (() =>
    'offline (-f): Gateway, listener and route status (Accepted, Programmed, ResolvedRefs) is written by a controller in the cluster; from files only the spec is checked') as N,
  'gw.needs.status': (() => 'Needs status: only the controller in the cluster can confirm this (offline, only the spec is checked).') as N,
  'gw.noroutes.title': (() => 'No route attached') as N,
  'gw.noroutes': (() => 'No HTTPRoute or GRPCRoute (that could be read) names this Gateway in its parentRefs.') as N,

  // GatewayClass
  'gwc.title': ((p) => `GatewayClass ${p.name}`) as P<{ name: string }>,
  // A broken step's title says the cause (the verdict quotes the title).
  'gwc.title.missing': ((p) => `GatewayClass ${p.name} does not exist`) as P<{ name: string }>,
  'gwc.title.pending': ((p) => `GatewayClass ${p.name}: no controller has accepted it`) as P<{ name: string }>,
  'gwc.title.rejected': ((p) => `GatewayClass ${p.name}: its controller rejected it (${p.reason})`) as P<{ name: string; reason: string }>,
  'gwc.controller': ((p) => `controllerName: ${p.controller}`) as P<{ controller: string }>,
  'gwc.accepted': ((p) => `Accepted: the controller ${p.controller} runs Gateways of this class.`) as P<{ controller: string }>,
  'gwc.offline': (() => 'The GatewayClass is not in the files; it lives in the cluster (unknown offline).') as N,
  'gwc.unknown': (() => 'The GatewayClass could not be read (no permission to get gatewayclasses.gateway.networking.k8s.io).') as N,
  'gwc.missing': ((p) => `GatewayClass ${p.name} does not exist: no controller will take Gateways of this class.`) as P<{ name: string }>,
  'gwc.missing.fix': ((p) =>
    `set spec.gatewayClassName of ${p.gateway} to an existing class (${p.classes}), or install the controller that creates it`) as P<{
    gateway: string;
    classes: string;
  }>,
  'gwc.pending': ((p) =>
    `No controller has accepted GatewayClass ${p.name}: its Accepted condition is still the API server's default (Unknown, Pending).`) as P<{
    name: string;
  }>,
  'gwc.pending.fix': ((p) =>
    `is a Gateway controller installed and running for controllerName ${p.controller} (GatewayClass ${p.name})?`) as P<{
    name: string;
    controller: string;
  }>,
  'gwc.rejected': ((p) => `The controller rejected the class: Accepted=False, reason ${p.reason}.`) as P<{ reason: string }>,
  'gwc.rejected.fix': ((p) => `fix what the controller names (often spec.parametersRef) of GatewayClass ${p.name}`) as P<{ name: string }>,

  // Gateway
  'gw.title': ((p) => `Gateway ${p.name}`) as P<{ name: string }>,
  'gw.title.missing': ((p) => `Gateway ${p.name} does not exist`) as P<{ name: string }>,
  'gw.title.pending': ((p) => `Gateway ${p.name}: no controller has taken it`) as P<{ name: string }>,
  'gw.title.false': ((p) => `Gateway ${p.name}: ${p.type}=False (${p.reason})`) as P<{ name: string; type: string; reason: string }>,
  'gw.missing': ((p) => `Gateway ${p.name} does not exist.`) as P<{ name: string }>,
  'gw.missing.fix': (() => 'create the Gateway, or correct parentRefs (name, namespace) of the route') as N,
  'gw.unknown': (() => 'The Gateway could not be read (no permission to get gateways.gateway.networking.k8s.io).') as N,
  'gw.offline.gateway': (() => 'The Gateway is not in the files; it lives in the cluster (unknown offline).') as N,
  'gw.addresses': ((p) => `Addresses (status.addresses): ${p.addresses}`) as P<{ addresses: string }>,
  'gw.noaddress': (() => 'No address in status.addresses yet.') as N,
  'gw.noaddress.fix': (() => 'the controller has not assigned an address yet: check its logs and the Gateway events') as N,
  'gw.listeners': (() => 'Listeners:') as N,
  'gw.listener.line': ((p) =>
    `  ${p.name}: ${p.protocol} port ${p.port}, hostname ${p.host}${p.tls}, routes from namespaces: ${p.from}, attached routes: ${p.attached}`) as P<{
    name: string;
    protocol: string;
    port: number;
    host: string;
    tls: string;
    from: string;
    attached: string;
  }>,
  'gw.pending': (() =>
    "No controller has written this Gateway's status: Accepted and Programmed are still the API server's default (Unknown, Pending).") as N,
  'gw.pending.fix': ((p) => `is a Gateway controller installed and running for GatewayClass ${p.cls}?`) as P<{
    cls: string;
  }>,
  'gw.cond.false': ((p) => `${p.type}=False, reason ${p.reason}.`) as P<{ type: string; reason: string }>,
  'gw.accepted.fix': (() =>
    'fix the Gateway spec the controller rejects (listeners, addresses, infrastructure), then it reconciles again') as N,
  'gw.programmed.fix': ((p) =>
    `the controller of GatewayClass ${p.cls} has not programmed the data plane: check its logs and the Gateway events`) as P<{
    cls: string;
  }>,
  'gw.conds': ((p) => `Accepted: ${p.accepted}; Programmed: ${p.programmed}`) as P<{ accepted: string; programmed: string }>,
  'gw.stale': ((p) =>
    `The status describes generation ${p.observed}, the object is at generation ${p.generation}: the controller has not processed the latest change yet.`) as P<{
    observed: number;
    generation: number;
  }>,

  // listeners
  'ls.title': ((p) => `listener ${p.name}: ${p.protocol} :${p.port} ${p.host}`) as P<{
    name: string;
    protocol: string;
    port: number;
    host: string;
  }>,
  'ls.nostatus': (() => 'The controller wrote no status for this listener.') as N,
  'ls.cond': ((p) => `${p.type}=${p.status}, reason ${p.reason}.`) as P<{ type: string; status: string; reason: string }>,
  'ls.conflicted.fix': (() => 'give the listener a port, protocol and hostname no other listener of the Gateway uses') as N,
  'ls.refs.fix': ((p) =>
    `fix tls.certificateRefs: the Secret must exist (type kubernetes.io/tls) in ${p.ns}, or a ReferenceGrant must allow one from another namespace`) as P<{
    ns: string;
  }>,
  'ls.title.cond': ((p) => `${p.title}: ${p.type}=${p.status} (${p.reason})`) as P<{
    title: string;
    type: string;
    status: string;
    reason: string;
  }>,
  'ls.fix': ((p) => `fix what the controller names in the listener's ${p.type} condition`) as P<{ type: string }>,
  'ls.ok': ((p) => `Accepted and programmed; route kinds it takes: ${p.kinds}.`) as P<{ kinds: string }>,

  // routes
  'route.title': ((p) => `${p.route} attaches to ${p.parent}`) as P<{ route: string; parent: string }>,
  'route.title.broken': ((p) => `${p.route} does not attach to ${p.parent}: ${p.why}`) as P<{ route: string; parent: string; why: string }>,
  'route.why.nolistener': ((p) =>
    `${p.gateway} has no listener ${p.section !== '-' ? `named ${p.section}${p.port !== '-' ? ` on port ${p.port}` : ''}` : `on port ${p.port}`}`) as P<{
    gateway: string;
    section: string;
    port: string | number;
  }>,
  'route.why.ns': ((p) => `listener ${p.listener} does not allow routes from namespace ${p.ns}`) as P<{ listener: string; ns: string }>,
  'route.why.ns.selector': ((p) =>
    `listener ${p.listener} takes routes only from namespaces labelled ${p.selector}, and namespace ${p.ns} is not`) as P<{
    listener: string;
    ns: string;
    selector: string;
  }>,
  'route.why.kind': ((p) => `listener ${p.listener} does not take ${p.kind}`) as P<{ listener: string; kind: string }>,
  'route.why.host': ((p) => `its hostnames (${p.hosts}) match no listener hostname (${p.listeners})`) as P<{
    hosts: string;
    listeners: string;
  }>,
  'route.why.nostatus': ((p) => `no Gateway controller has accepted it (GatewayClass ${p.cls})`) as P<{ cls: string }>,
  'route.why.rejected': ((p) => `the controller did not accept it (reason ${p.reason})`) as P<{ reason: string }>,
  'route.hostnames': ((p) => `Route hostnames: ${p.hosts}`) as P<{ hosts: string }>,
  'route.listener': ((p) => `  listener ${p.name}: ${p.verdict}`) as P<{ name: string; verdict: string }>,
  'route.ns.denied': ((p) => `does not allow routes from namespace ${p.ns} (allowedRoutes.namespaces.from: ${p.from})`) as P<{
    ns: string;
    from: string;
  }>,
  'route.ns.denied.selector': ((p) =>
    `does not allow routes from namespace ${p.ns}: its allowedRoutes selector ${p.selector} does not match the namespace's labels (${p.labels})`) as P<{
    ns: string;
    selector: string;
    labels: string;
  }>,
  'route.ns.unknown': (() => " (the namespace's labels could not be read: the Selector is unchecked)") as N,
  'route.kind.denied': ((p) => `does not take ${p.kind} (allowedRoutes.kinds, or its protocol)`) as P<{ kind: string }>,
  'route.host.none': ((p) => `hostname ${p.listener} shares no hostname with the route`) as P<{ listener: string }>,
  'route.attaches': ((p) => `attaches for ${p.hosts}${p.unknown}`) as P<{ hosts: string; unknown: string }>,
  'route.nolistener': ((p) =>
    `${p.gateway} has no listener ${p.section !== '-' ? `named ${p.section}${p.port !== '-' ? ` on port ${p.port}` : ''}` : `on port ${p.port}`}.`) as P<{
    gateway: string;
    section: string;
    port: string | number;
  }>,
  'route.nolistener.fix': ((p) => `set parentRefs sectionName/port to one of the listeners: ${p.listeners}`) as P<{ listeners: string }>,
  'route.ns.fix': ((p) =>
    `set allowedRoutes.namespaces.from of listener ${p.listener} (${p.gateway}) to All, or to Selector matching ${p.ns}'s labels, or create the route in ${p.gwns}`) as P<{
    ns: string;
    listener: string;
    gateway: string;
    gwns: string;
  }>,
  // Selector: the namespace's labels are the usual fix (the listener's owner chose whom to admit).
  'route.ns.selector.fix': ((p) =>
    `${p.command ? `label namespace ${p.ns} so the selector matches: ${p.command}` : `give namespace ${p.ns} labels that match ${p.selector}`}, or change the selector of listener ${p.listener} (${p.gateway}), or create the route in ${p.gwns}`) as P<{
    ns: string;
    selector: string;
    command: string;
    listener: string;
    gateway: string;
    gwns: string;
  }>,
  'route.kind.fix': ((p) =>
    `attach to a listener whose protocol and allowedRoutes.kinds accept ${p.kind} (listener ${p.listener} does not)`) as P<{
    kind: string;
    listener: string;
  }>,
  'route.host.fix': ((p) =>
    `add to spec.hostnames a hostname that ${p.listeners} accepts, or change the listener's hostname (the route has ${p.hosts})`) as P<{
    hosts: string;
    listeners: string;
  }>,
  'route.needs.status': (() =>
    'Needs status: whether a controller accepted the route is in status.parents, which only the cluster has.') as N,
  'route.nostatus': ((p) =>
    `No controller has written status.parents for this parent: no Gateway controller has accepted the route (GatewayClass ${p.cls}).`) as P<{
    cls: string;
  }>,
  'route.nostatus.fix': ((p) => `is a Gateway controller installed for GatewayClass ${p.cls}?`) as P<{
    cls: string;
  }>,
  'route.controller': ((p) => `Status written by ${p.controller}.`) as P<{ controller: string }>,
  'route.conds': ((p) => `Accepted: ${p.accepted}; ResolvedRefs: ${p.refs}`) as P<{ accepted: string; refs: string }>,
  'route.rejected': ((p) => `The controller did not accept the route: Accepted=False, reason ${p.reason}.`) as P<{ reason: string }>,
  'route.rejected.fix': (() => 'fix what the controller names in the Accepted condition') as N,
  'route.unsupported.fix': (() =>
    'the controller does not support a value the route uses (a filter, a match type): use one it supports') as N,
  'route.partial': (() => 'PartiallyInvalid=True: some rules were dropped; the valid ones are served.') as N,
  'route.partial.fix': (() => 'fix the dropped rules the controller names') as N,
  'route.refs': ((p) => `ResolvedRefs=False, reason ${p.reason}: some backendRefs cannot be used.`) as P<{ reason: string }>,
  'route.refs.fix': ((p) =>
    p.reason === 'RefNotPermitted'
      ? 'a backend in another namespace needs a ReferenceGrant in that namespace'
      : p.reason === 'BackendNotFound'
        ? 'create the backend Service, or correct backendRefs'
        : p.reason === 'InvalidKind'
          ? 'use a backend kind the controller supports (Service)'
          : p.reason === 'UnsupportedProtocol'
            ? "set the backend Service port's appProtocol to one the implementation speaks (for a GRPCRoute: kubernetes.io/h2c or grpc)"
            : 'fix the backendRefs the controller names') as P<{ reason: string }>,
  'route.accepted': (() => 'Accepted by the controller, all references resolved.') as N,
  'route.noparents.title': (() => 'The route names no Gateway') as N,
  'route.noparents': (() => 'spec.parentRefs names no Gateway: no Gateway serves this route.') as N,
  'route.noparents.fix': (() => 'add a parentRef to the Gateway (and listener sectionName) that should serve the route') as N,

  // rules
  'rule.title': ((p) => `rule ${p.index}: ${p.matches}`) as P<{ index: string; matches: string }>,
  'rule.match.all': (() => 'PathPrefix / (every request)') as N,
  'rule.matches': ((p) => `Matches: ${p.matches}`) as P<{ matches: string }>,
  'rule.filters': ((p) => `Filters: ${p.filters}`) as P<{ filters: string }>,
  'rule.backends': ((p) => `${p.count} backendRef(s)`) as P<{ count: number }>,
  'rule.nobackends.fix': (() => 'add backendRefs to the rule (without a backend or a redirect, requests get HTTP 500)') as N,
  'rule.weights0': (() => 'Every backendRef has weight 0: the rule sends no request anywhere (the implementation answers 500).') as N,
  'rule.weights0.fix': (() => 'give at least one backendRef a weight above 0') as N,
  'url.rule': ((p) => `${p.url} is matched by ${p.match}.`) as P<{ url: string; match: string }>,
  'url.nomatch.title': ((p) => `no listener and route match ${p.url}`) as P<{ url: string }>,
  'url.nomatch': ((p) =>
    `None of ${p.gateways} Gateway(s) has an HTTP/HTTPS listener and an attached route (of ${p.routes} read) whose hostname and path match ${p.host}${p.path}.`) as P<{
    host: string;
    path: string;
    gateways: number;
    routes: number;
  }>,
  'url.nomatch.fix': ((p) => `add ${p.host} to a route's hostnames (and a listener that accepts it), with a rule matching the path`) as P<{
    host: string;
  }>,
  // a URL and the Ingresses (src/routing/ingress-url.ts)
  'url.ing.rule': ((p) =>
    `${p.url} is matched by Ingress ${p.name}: host ${p.host}, path ${p.path} (pathType ${p.type}), the longest path of the best host that matches.`) as P<{
    url: string;
    name: string;
    host: string;
    path: string;
    type: string;
  }>,
  'url.ing.default': ((p) => `No rule path of the Ingresses matches ${p.url}: the defaultBackend of Ingress ${p.name} takes it.`) as P<{
    url: string;
    name: string;
  }>,
  'url.ing.title': ((p) => `Ingress ${p.name} takes ${p.url}`) as P<{ name: string; url: string }>,
  'url.ing.also.title': ((p) => `Ingress ${p.name} also takes ${p.url}`) as P<{ name: string; url: string }>,
  'url.ing.also': ((p) =>
    `Gateway ${p.gateway} and Ingress ${p.name} both take this host and path; which one serves a request depends on the address the host name resolves to. This trace follows the Gateway; \`kubexplain trace ingress/${p.name}\` follows the other.`) as P<{
    gateway: string;
    name: string;
  }>,
  'url.tls.nohost.title': ((p) => `HTTPS to ${p.host}: no tls entry of Ingress ${p.name} names the host`) as P<{
    host: string;
    name: string;
  }>,
  'url.tls.nohost': ((p) =>
    `The controller terminates HTTPS for ${p.host} with its default (self-signed) certificate, which clients reject as not matching.`) as P<{
    host: string;
    name: string;
  }>,
  'url.tls.nohost.fix': ((p) =>
    `add ${p.host} to spec.tls[].hosts of Ingress ${p.name}, with secretName a kubernetes.io/tls Secret holding its certificate`) as P<{
    host: string;
    name: string;
  }>,
  'url.none.title': ((p) => `no Ingress rule, listener or route matches ${p.url}`) as P<{ url: string }>,
  'url.ing.nohost': ((p) => `None of ${p.count} Ingress(es) has a rule for host ${p.host}, nor a defaultBackend that takes it.`) as P<{
    count: number;
    host: string;
  }>,
  'url.ing.hosts': ((p) => `Hosts the Ingresses name: ${p.hosts}`) as P<{ hosts: string }>,
  'url.ing.wild': ((p) => `The wildcard ${p.pattern} stands for exactly one DNS label: ${p.host} has more in its place.`) as P<{
    pattern: string;
    host: string;
  }>,
  'url.ing.nopath': ((p) =>
    `Ingress ${p.name} takes host ${p.host}, but none of its paths matches ${p.path} (Prefix matches whole path elements: /api takes /api/v2, not /apiv2): ${p.paths}`) as P<{
    name: string;
    host: string;
    path: string;
    paths: string;
  }>,
  'url.fix.host': ((p) =>
    `check the host: Ingress ${p.name} serves ${p.near}; if ${p.host} is meant, add a rule with host ${p.host} to an Ingress`) as P<{
    name: string;
    near: string;
    host: string;
  }>,
  'url.fix.wild': ((p) => `add a rule with host ${p.host} to Ingress ${p.name} (${p.pattern} does not cover it)`) as P<{
    name: string;
    host: string;
    pattern: string;
  }>,
  'url.fix.path': ((p) =>
    `request a path Ingress ${p.name} takes (${p.near}), or add a path matching ${p.path} to its rule for ${p.host}`) as P<{
    name: string;
    near: string;
    path: string;
    host: string;
  }>,
  'url.fix.none': ((p) =>
    `add a rule with host ${p.host} and a path matching ${p.path} to an Ingress (or the host to an HTTPRoute's hostnames, with a listener that accepts it)`) as P<{
    host: string;
    path: string;
  }>,

  // backends
  'be.title': ((p) => `backendRef ${p.kind} ${p.ns}/${p.name}:${p.port}, weight ${p.weight} (${p.share}%)`) as P<{
    kind: string;
    name: string;
    ns: string;
    port: string | number;
    weight: number;
    share: number;
  }>,
  'be.kind': ((p) =>
    `The backend is a ${p.kind}, not a Service: only implementations that support this kind can use it (else ResolvedRefs InvalidKind).`) as P<{
    kind: string;
  }>,
  'be.grant': ((p) => `ReferenceGrant ${p.grant} in ${p.ns} allows this reference.`) as P<{ grant: string; ns: string }>,
  'be.grant.offline': ((p) =>
    `A backend in namespace ${p.ns} needs a ReferenceGrant there; the files hold none for it (unknown offline).`) as P<{ ns: string }>,
  'be.grant.unknown': ((p) => `The ReferenceGrants of ${p.ns} could not be read: whether the reference is allowed is unknown.`) as P<{
    ns: string;
  }>,
  // a broken backendRef: the cause in the title (the verdict is the title and the fix)
  'be.title.nogrant': ((p) =>
    `backendRef ${p.ns}/${p.name}:${p.port} refused: no ReferenceGrant in ${p.ns} permits it (RefNotPermitted)`) as P<{
    ns: string;
    name: string;
    port: string;
  }>,
  'be.title.missing': ((p) => `backendRef ${p.ns}/${p.name}:${p.port}: Service ${p.name} does not exist (BackendNotFound)`) as P<{
    ns: string;
    name: string;
    port: string;
  }>,
  'be.title.badport': ((p) => `backendRef ${p.ns}/${p.name}:${p.port}: Service ${p.name} has no port ${p.port}`) as P<{
    ns: string;
    name: string;
    port: string;
  }>,
  'be.title.noport': ((p) => `backendRef ${p.ns}/${p.name} names no port`) as P<{ ns: string; name: string }>,
  'be.nogrant': ((p) =>
    `The Service is in namespace ${p.ns}, the ${p.kind} in ${p.routeNs}, and no ReferenceGrant in ${p.ns} allows it: the reference is refused (ResolvedRefs RefNotPermitted).`) as P<{
    ns: string;
    routeNs: string;
    kind: string;
  }>,
  'be.nogrant.fix': ((p) =>
    `create a ReferenceGrant in namespace ${p.ns} with from: [{group: gateway.networking.k8s.io, kind: ${p.kind}, namespace: ${p.routeNs}}] and to: [{group: "", kind: Service, name: ${p.name}}]`) as P<{
    ns: string;
    routeNs: string;
    kind: string;
    name: string;
  }>,
  'be.noport': (() => 'The backendRef has no port; a Service backend needs one.') as N,
  'be.noport.fix': ((p) => `set backendRefs[].port to a port of Service ${p.name}`) as P<{ name: string }>,
  'be.missing': ((p) => `Service ${p.name} does not exist in namespace ${p.ns} (ResolvedRefs BackendNotFound).`) as P<{
    name: string;
    ns: string;
  }>,
  'be.missing.fix': ((p) => `create Service ${p.name} in ${p.ns}, or correct the backendRef name and namespace`) as P<{
    name: string;
    ns: string;
  }>,
  'be.offline': ((p) => `Service ${p.name} is not in the files; it may exist in the cluster (unknown offline).`) as P<{ name: string }>,
  'be.unknown': ((p) => `Service ${p.name} could not be read.`) as P<{ name: string }>,
  'be.badport': ((p) => `Service ${p.name} has no port ${p.port}.`) as P<{ name: string; port: number }>,
  'be.badport.fix': ((p) => `set the backendRef port to one of the Service ports: ${p.ports}.${p.hint ? ` ${p.hint}` : ''}`) as P<{
    ports: string;
    hint: string;
  }>,
  'be.weight0': (() => 'Weight 0: this backend gets no traffic.') as N,
  'be.ok': (() => 'The Service and its port exist; traffic continues below.') as N,
};

export type GatewayMessages = typeof gatewayEn;
