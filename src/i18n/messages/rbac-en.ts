// English sentences of the RBAC commands (access) and the RBAC explainers. Same keys in rbac-ja.ts.
export const rbacEn = {
  // access
  'access.header': (p: { subject: string; where: string }) => `what ${p.subject} may do ${p.where}`,
  'access.where.ns': (p: { ns: string }) => `in namespace ${p.ns}`,
  'access.where.cluster': () => 'cluster-wide (ClusterRoleBindings only)',
  'access.user': (p: { user: string; groups: string }) => `user: ${p.user}  groups: ${p.groups}`,
  'access.none': () => '(none)',
  'access.nothing': () => 'nothing: no binding that applies grants any of the resources checked',
  'access.superuser': () => 'member of system:masters: the apiserver allows every request before RBAC is consulted',
  'access.legend': () => '✓ allowed   ~ only for the named objects below   · not allowed   (cluster-scoped rows: ClusterRoleBindings only)',
  'access.resource': () => 'RESOURCE',
  'access.named': (p: { verb: string; resource: string; names: string }) => `~ ${p.verb} ${p.resource} only for: ${p.names}`,
  'access.grantedBy': () => 'granted by:',
  'access.verified': (p: { method: string; checked: number }) => `authorizer (${p.method}): ${p.checked} cells compared, all agree`,
  'access.disagree': (p: { method: string; checked: number; count: number }) =>
    `authorizer (${p.method}): ${p.checked} cells compared, ${p.count} DISAGREE (see warnings)`,
  'access.rulesIncomplete': () => 'the authorizer says its rule list is incomplete (another authorizer may allow more)',
  'access.unverified': () => 'authorizer: not asked — unverified',
  'access.offline': () => 'not verified (offline): read from manifests, no cluster was asked',
  incomplete: () => 'incomplete: some RBAC objects could not be read; the answer may miss grants',
  warning: (p: { text: string }) => `warning: ${p.text}`,

  // explain role / clusterrole / bindings / serviceaccount
  'role.verdict': (p: { kind: string; name: string; rules: number; bindings: number; risks: number }) =>
    `${p.kind} ${p.name}: ${p.rules} rule(s), used by ${p.bindings} binding(s)${p.risks ? `, ${p.risks} permission(s) allow privilege escalation` : ', no escalation risk found'}`,
  'role.verdict.unused': (p: { kind: string; name: string; rules: number; risks: number }) =>
    `${p.kind} ${p.name}: ${p.rules} rule(s), bound by nobody — it grants nothing until a binding references it${p.risks ? ` (${p.risks} permission(s) would allow privilege escalation)` : ''}`,
  'role.rule.title': (p: { index: number; rule: string }) => `Rule ${p.index}: ${p.rule}`,
  'role.rule.detail': (p: { what: string; aggregated?: string }) => `${p.what}${p.aggregated ?? ''}`,
  // kubectl's notation of a rule, role, binding or subject: not translated.
  notation: (p: { text: string }) => `${p.text}`,
  sentences: (p: { first: string; then: string }) => `${p.first} ${p.then}`,
  'more.lines': (p: { count: number }) => `… +${p.count}`,
  'grants.line': (p: { rule: string; what: string }) => `${p.rule} — ${p.what}`,
  'risk.detail': (p: { reason: string; names?: string }) => `${p.reason}${p.names ?? ''}`,
  'sa.rbac.role.missing': (p: { role: string }) => `${p.role} (does not exist)`,
  'role.rule.aggregated': (p: { from: string }) => ` (from ClusterRole ${p.from})`,
  'role.rules.none': () => 'No rules: this role allows nothing.',
  'role.aggregation.title': (p: { count: number }) => `Aggregated from ${p.count} ClusterRole(s)`,
  'role.aggregation.detail': (p: { selectors: string; components: string }) =>
    `Its rules are filled in by the controller from every ClusterRole matching ${p.selectors}: ${p.components}. Editing its rules directly is undone.`,
  'role.aggregation.none': (p: { selectors: string }) => `aggregationRule ${p.selectors} matches no ClusterRole yet: it has no rules.`,
  'role.aggregatesInto.title': (p: { targets: string }) => `Aggregated into ${p.targets}`,
  'role.aggregatesInto.detail': () =>
    'Its labels match the aggregationRule of these ClusterRoles: whoever holds them also gets these rules.',
  'role.bindings.title': (p: { count: number }) => `Bound by ${p.count} binding(s)`,
  'role.bindings.none.title': () => 'Not bound',
  'role.bindings.none.detail': () => 'No RoleBinding or ClusterRoleBinding references it: it grants nothing.',
  'role.binding.line': (p: { binding: string; subjects: string; scope: string }) => `${p.binding} → ${p.subjects} (${p.scope})`,
  'scope.namespace': (p: { ns: string }) => `in namespace ${p.ns}`,
  'scope.cluster': () => 'in every namespace and cluster-wide',
  'risk.title': (p: { id: string; rule: number }) => `Escalation risk: ${p.id} (rule ${p.rule})`,
  'risk.names': (p: { names: string }) => ` Only for the objects named ${p.names}.`,
  'binding.verdict': (p: { kind: string; name: string; role: string; subjects: number; scope: string }) =>
    `${p.kind} ${p.name} grants ${p.role} to ${p.subjects} subject(s) ${p.scope}`,
  'binding.verdict.missing': (p: { kind: string; name: string; role: string }) =>
    `${p.kind} ${p.name} refers to ${p.role}, which does not exist — it grants nothing until the role is created`,
  'binding.verdict.unsupported': (p: { kind: string; name: string; role: string }) =>
    `${p.kind} ${p.name} refers to ${p.role}: a ClusterRoleBinding can only reference a ClusterRole — it grants nothing`,
  'binding.verdict.nosubjects': (p: { kind: string; name: string; role: string }) =>
    `${p.kind} ${p.name} refers to ${p.role} but has no subjects — it grants nothing`,
  'binding.role.title': (p: { role: string }) => `Role reference: ${p.role}`,
  'binding.role.exists': (p: { rules: number }) => `Exists, with ${p.rules} rule(s).`,
  'binding.role.clusterRoleInNs': (p: { ns: string }) =>
    `A RoleBinding to a ClusterRole grants its rules only inside namespace ${p.ns}; cluster-scoped resources and non-resource URLs in it are not granted.`,
  'binding.role.missing': () =>
    'Does not exist. The roleRef of a binding cannot be changed: create the role, or delete and recreate the binding.',
  'binding.subject.title': (p: { subject: string }) => `Subject: ${p.subject}`,
  'binding.subject.sa': (p: { exists: string }) => `A ServiceAccount: Pods that run as it get these permissions.${p.exists}`,
  'binding.subject.sa.missing': () => ' It does not exist (yet): the binding will apply as soon as it is created.',
  'binding.subject.sa.nonamespace': () => 'A ServiceAccount without namespace in a ClusterRoleBinding matches nobody.',
  'binding.subject.user': () => 'A user name as the authenticator reports it (certificate CN, OIDC claim); Kubernetes stores no users.',
  'binding.subject.group': (p: { note: string }) => `A group as the authenticator reports it${p.note ? `: ${p.note}` : ''}.`,
  'binding.subject.unknown': (p: { kind: string }) => `Unknown subject kind ${p.kind}: it matches nobody.`,
  'sa.rbac.title': (p: { count: number }) => `RBAC: bound by ${p.count} binding(s)`,
  'sa.rbac.none.title': () => 'RBAC: no binding names this ServiceAccount',
  'sa.rbac.none.detail': () =>
    'It has only what its groups get (system:serviceaccounts, system:serviceaccounts:<namespace>, system:authenticated).',
  'sa.rbac.grant.line': (p: { binding: string; role: string; scope: string }) => `${p.binding} → ${p.role} (${p.scope})`,
  'sa.risk.title': (p: { id: string; role: string }) => `Escalation risk via ${p.role}: ${p.id}`,
  'rule.what': (p: { verbs: string; resources: string; groups: string; names: string }) =>
    `Allows ${p.verbs} on ${p.resources} in ${p.groups}${p.names ? `, only for the objects named ${p.names}` : ''}.`,
  'rule.groups': (p: { groups: string }) => `API group(s) ${p.groups}`,
  'rule.what.nonresource': (p: { verbs: string; urls: string }) =>
    `Allows ${p.verbs} on the non-resource URL(s) ${p.urls} (only through a ClusterRoleBinding).`,
  'rule.all.verbs': () => 'every verb',
  'rule.all.resources': () => 'every resource',
  'rule.all.groups': () => 'every API group',
  'role.rule.star': (p: { entries: string; resource: string }) =>
    `${p.entries} is not a wildcard: RBAC matches an entry as written, except * (everything) and */SUB (that subresource of every resource), so it matches no request. List each subresource by name (${p.resource}/SUB), or */SUB for that subresource of every resource.`,
  'grants.title': (p: { rules: number }) => `What it grants: ${p.rules} rule(s)`,
  'risk.reason': (p: { id: string }) =>
    (
      ({
        bind: 'bind: can bind roles holding permissions it does not have, to anyone including itself.',
        escalate: 'escalate: can create or edit roles with permissions it does not have.',
        impersonate: 'impersonate: can act as other users, groups or ServiceAccounts, for example as a member of system:masters.',
        'create-pods':
          'create pods: a Pod can run as any ServiceAccount of its namespace and mount its Secrets; privileged or hostPath Pods where admission allows them.',
        'create-workloads': 'create workloads: controllers create the Pods for it, so this reaches as far as creating Pods.',
        'pods-exec': 'pods/exec: can run commands in running containers and read their mounted ServiceAccount tokens and Secrets.',
        'pods-attach': 'pods/attach: can attach to the input and output of running containers.',
        'read-secrets': 'secrets: get reads Secret values, and list and watch return the values of every Secret too, not just their names.',
        'create-serviceaccount-token': 'serviceaccounts/token: can mint tokens for ServiceAccounts and act with their permissions.',
        'nodes-proxy':
          'nodes/proxy: reaches the kubelet API, which can run commands in any Pod on the node, bypassing audit and admission.',
        'wildcard-verbs': '"*" verbs: every verb, including escalate, bind, impersonate and any added later.',
        'wildcard-resources': '"*" resources: every resource and subresource of the listed groups, including ones added later.',
        'wildcard-api-groups': '"*" apiGroups: every API group, including custom resources installed later.',
      }) as Record<string, string>
    )[p.id] ?? `${p.id}`,
  'role.verdict.component': (p: { kind: string; name: string; rules: number; into: string; risks: number }) =>
    `${p.kind} ${p.name}: ${p.rules} rule(s), bound by nobody directly; its rules reach whoever holds ${p.into} through aggregation${p.risks ? `, ${p.risks} permission(s) allow privilege escalation` : ''}`,
  'access.risks': () => 'permissions that allow privilege escalation:',
  'access.risk.line': (p: { id: string; source: string; names: string }) =>
    `! ${p.id}${p.names ? ` (only ${p.names})` : ''} — via ${p.source}`,
  // can / who-can
  'req.text': (p: { verb: string; res: string; name: string; where: string }) =>
    `${p.verb} ${p.res}${p.name ? ` named ${p.name}` : ''} ${p.where}`,
  'req.where.any': () => 'in any namespace',
  'req.where.cluster': () => 'cluster-wide',
  'req.where.ns': (p: { ns: string }) => `in namespace ${p.ns}`,
  'can.verdict': (p: { yes: boolean; subject: string; request: string }) =>
    `${p.yes ? 'yes' : 'no'} — ${p.subject} ${p.yes ? 'may' : 'may not'} ${p.request}`,
  'can.rbac': (p: { allowed: boolean }) => `RBAC as read: ${p.allowed ? 'allowed' : 'denied'}`,
  'can.grantedBy': (p: { grant: string }) => `  granted by ${p.grant}`,
  'can.noNearMiss': () => '  no binding for this subject comes close',
  'can.nearMiss': (p: { kind: string; detail: string }) => `  near miss ${p.kind}: ${p.detail}`,
  'can.authorizer': (p: { allowed: boolean; reason: string; agree: boolean }) =>
    `authorizer (SubjectAccessReview): ${p.allowed ? 'allowed' : 'denied'}${p.reason ? ` (${p.reason})` : ''} — ${p.agree ? 'agrees' : 'DISAGREES'}`,
  'can.authorizer.offline': () => 'authorizer: not verified (offline)',
  'can.authorizer.forbidden': () => 'authorizer: not asked (no permission to create SubjectAccessReviews) — unverified',
  'can.incomplete': () => 'incomplete: some RBAC objects could not be read',
  'whocan.header': (p: { request: string }) => `who can ${p.request}:`,
  'whocan.nobody': () => '  nobody (through RBAC as read)',
  'whocan.status': (p: { status: 'verified' | 'unverified' | 'offline' }): string =>
    p.status === 'offline' ? 'not verified (offline)' : `${p.status}`,
  'whocan.incomplete': () => 'incomplete: some RBAC objects could not be read; this list may miss subjects',
  'grant.aggregated': (p: { from: string }) => ` ← aggregated from ClusterRole ${p.from}`,
  'grant.rule': () => 'rule',
  // Answers made by the resolver (src/rbac): warnings, near misses, notes. Params are plain identifiers
  // (binding, role and resource names) or nested Messages.
  'md.grantedBy': () => 'Granted by',
  'md.nearMisses': () => 'Near misses',
  'md.warnings': () => 'Warnings',
  'md.col.subject': () => 'subject',
  'md.col.kind': () => 'kind',
  'md.col.verified': () => 'verified',
  'md.col.grantedBy': () => 'granted by',
  'warn.node.allowed': (p: { node: string }) =>
    `the Node authorizer, not RBAC, allows this: it lets the kubelet of node ${p.node} reach what the Pods bound to that node use`,
  'warn.node.denied': (p: { node: string; reason: string }) =>
    `the Node authorizer has no opinion for node ${p.node} (${p.reason}) and RBAC does not allow it either`,
  'warn.node.whoCan': (p: { resource: string }) =>
    `besides RBAC, the Node authorizer lets each kubelet (group system:nodes) reach the ${p.resource} of the Pods bound to its node (get; tokens: create); who-can lists RBAC grants only`,
  'warn.bootstrapRoles': (p: { roles: string; version: string }) =>
    `the files do not define ${p.roles}: the built-in definitions of Kubernetes ${p.version} were used (the API server creates them at start-up; a cluster may have changed them)`,
  'superuser.reason': () => 'member of system:masters: the apiserver allows every request of this group before RBAC is consulted',
  list: (p: { items: string }) => `${p.items ?? ''}`,
  via: (p: { binding: string; role: string; from?: string }) =>
    `${p.binding} → ${p.role}${p.from ? ` (rule aggregated from ${p.from})` : ''}`,
  'req.short': (p: { verb: string; res: string; name?: string }) => `${p.verb} ${p.res}${p.name ? ` named ${p.name}` : ''}`,
  more: (p: { items: string; more: number }) => `${p.items}${p.more ? ` and ${p.more} more` : ''}`,
  'warn.incomplete': (p: { resource: string; ns?: string; allNs?: boolean; readNs?: string }) =>
    `could not list ${p.resource}${p.ns ? ` in namespace ${p.ns}` : p.readNs ? ` in every namespace (only namespace ${p.readNs} was read)` : p.allNs ? ' in every namespace' : ''}: the answer may be incomplete`,
  'warn.dangling.missing': (p: { binding: string; role: string }) =>
    `${p.binding} refers to ${p.role}, which does not exist: it grants nothing`,
  'warn.dangling.unsupported': (p: { binding: string; role: string; crb: boolean }) =>
    `${p.binding} refers to ${p.role}, but it can only refer to ${p.crb ? 'a ClusterRole' : 'a Role or a ClusterRole'}: it grants nothing`,
  'warn.dangling.more': (p: { count: number }) => `${p.count} more bindings refer to roles that do not exist`,
  'warn.subject.saNoNamespace': (p: { binding: string; name: string }) =>
    `${p.binding} names ServiceAccount ${p.name} without a namespace: in a ClusterRoleBinding that matches nobody`,
  'warn.subject.unknownKind': (p: { binding: string; kind: string }) =>
    `${p.binding} has a subject of unknown kind ${p.kind}: it matches nobody`,
  'warn.subject.more': (p: { count: number }) => `${p.count} more binding subjects match nobody`,
  'warn.notApplied.cluster': (p: { count: number; nonResource: boolean; bindings: string }) =>
    `${p.count} RoleBinding(s) refer to roles that allow this, but a RoleBinding cannot grant ${p.nonResource ? 'non-resource URLs' : 'cluster-scoped resources'}: ${p.bindings}`,
  'warn.notApplied.namespace': (p: { count: number; bindings: string }) =>
    `${p.count} RoleBinding(s) allow this only inside their own namespace, not across all namespaces: ${p.bindings}`,
  'warn.groupMembership': () =>
    'group membership is decided by the authenticator (client certificates, OIDC, webhooks) and cannot be listed from the Kubernetes API: every member of the groups listed has this access',
  'warn.disagree.allowed': () =>
    'the apiserver allows this although RBAC as read does not: another authorizer (Node, webhook) or objects we could not read grant it',
  'warn.disagree.denied': () =>
    'the apiserver denies this although RBAC as read allows it: the objects changed, or another authorizer denies first',
  'warn.agg.badOperator': (p: { role: string }) =>
    `ClusterRole ${p.role}: a clusterRoleSelector has an invalid operator; the aggregation controller can't use it`,
  'warn.agg.cycle': (p: { role: string }) => `ClusterRole ${p.role} is part of an aggregation cycle; its rules are taken as they are`,
  'warn.agg.differs': (p: { role: string }) =>
    `ClusterRole ${p.role}: the rules written in the manifest differ from its aggregation; using the aggregation, as the controller would`,
  'warn.agg.unattributed': (p: { role: string; count: number }) =>
    `ClusterRole ${p.role}: ${p.count} rule(s) come from none of its aggregated components (a component changed or was deleted since the aggregation controller ran)`,
  'warn.agg.behind': (p: { role: string; count: number }) =>
    `ClusterRole ${p.role}: ${p.count} rule(s) of its components are not in its rules yet (the aggregation controller has not caught up); RBAC uses the rules as they are`,
  'warn.skipped': (p: { kind: string; index: number; why: string }) => `skipped ${p.kind} #${p.index}: ${p.why}`,
  'skip.noName': () => 'no metadata.name',
  'skip.noNamespace': (p: { kind: string; name: string }) => `${p.kind} ${p.name} has no namespace`,
  'skip.noRoleRef': (p: { binding: string }) => `${p.binding} has no roleRef`,
  'warn.ignoredApiVersion': (p: { kind: string; apiVersion: string }) => `ignored a ${p.kind} with apiVersion ${p.apiVersion}`,
  'warn.matrixDisagree': (p: { count: number; cells: string }) => `the authorizer disagrees on ${p.count} cell(s): ${p.cells}`,
  'cell.disagree': (p: { verb: string; resource: string; ours: boolean; authorizer: boolean }) =>
    `${p.verb} ${p.resource} (RBAC as read: ${p.ours ? 'allowed' : 'denied'}, authorizer: ${p.authorizer ? 'allowed' : 'denied'})`,
  'warn.offline': () => 'not verified (offline): read from manifests, no cluster was asked',
  'warn.noVerify': () => 'not verified (--no-verify): no SubjectAccessReviews were made',
  'warn.sarForbidden.subjects': () => 'not allowed to create SubjectAccessReviews: subjects are unverified',
  'warn.sarForbidden.matrix': () => 'not allowed to create SubjectAccessReviews: the matrix is unverified',
  'warn.groupsSynthetic': () => 'Groups were verified as a synthetic member (no user name; groups: the group and system:authenticated)',
  'warn.unservedResource': (p: { name: string; near: string }) =>
    `the API server serves no resource ${p.name}${p.near ? ` (did you mean ${p.near}?)` : ''}; RBAC rules may still name it`,
  'group.authenticated': () => 'every authenticated user (including every ServiceAccount)',
  'group.unauthenticated': () => 'anonymous requests (when anonymous authentication is enabled)',
  'group.serviceaccounts': () => 'every ServiceAccount in every namespace',
  'group.serviceaccountsNs': (p: { ns: string }) => `every ServiceAccount in namespace ${p.ns}`,
  'group.masters': () => 'superusers: the apiserver allows them everything without asking RBAC',
  'group.nodes': () => 'kubelets (node credentials); the Node authorizer also applies to them',
  'group.bootstrappers': () => 'bootstrap tokens',
  'near.otherNamespace': (p: { via: string; request: string; ns: string; allNs: boolean }) =>
    `${p.via} allows ${p.request}, but only in namespace ${p.ns}${p.allNs ? ' (across all namespaces it takes a ClusterRoleBinding)' : ''}`,
  'near.clusterScope': (p: { via: string; request: string; nonResource: boolean }) =>
    `${p.via} allows ${p.request}, but a RoleBinding cannot grant ${p.nonResource ? 'non-resource URLs' : 'cluster-scoped resources'}: that takes a ClusterRoleBinding`,
  'near.otherVerb': (p: { via: string; verbs: string; target: string; verb: string }) =>
    `${p.via} allows ${p.verbs} on ${p.target}, not ${p.verb}`,
  'near.names.other': (p: { via: string; names: string; name: string }) => `${p.via} allows it only for ${p.names}, not ${p.name}`,
  'near.names.none': (p: { via: string; names: string; verb: string; create: boolean }) =>
    `${p.via} allows it only for named objects (${p.names}); ${p.verb} without a name${p.create ? ' (create requests never carry a name)' : ''} is not covered`,
  'near.subresource': (p: { via: string; listed: string; request: string; match: string }) =>
    `${p.via} allows ${p.listed}, but the request is on ${p.request}: a subresource is matched only by its own name (${p.match})`,
  'near.subresource.star': (p: { via: string; entry: string; match: string }) =>
    `${p.via} lists ${p.entry}, which is not a wildcard: RBAC matches an entry as written, except * (everything) and */SUB (that subresource of every resource), so ${p.entry} matches no request; list ${p.match}`,
  'near.apiGroup': (p: { via: string; resource: string; groups: string; group: string }) =>
    `${p.via} allows ${p.resource} in API group(s) ${p.groups}, not ${p.group}`,
  'near.saNamespace': (p: { via: string; ns: string; name: string }) =>
    `${p.via} names ServiceAccount ${p.ns || '(no namespace)'}/${p.name}, a different account${p.ns ? '' : ' (without namespace it matches nobody in a ClusterRoleBinding)'}`,
  'near.missingRole': (p: { via: string }) => `${p.via} refers to a role that does not exist`,
  'can.unknown': (p: { subject: string; request: string }) =>
    `unknown — could not tell whether ${p.subject} may ${p.request}: RBAC could not be read completely and the authorizer could not be asked`,
};

export type RbacMessages = typeof rbacEn;
