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
  'role.rule.detail': (p: { what: string }) => p.what,
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
    `Allows ${p.verbs} on ${p.resources} in API group(s) ${p.groups}${p.names ? `, only for the objects named ${p.names}` : ''}.`,
  'rule.what.nonresource': (p: { verbs: string; urls: string }) =>
    `Allows ${p.verbs} on the non-resource URL(s) ${p.urls} (only through a ClusterRoleBinding).`,
  'rule.all': () => 'every',
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
    )[p.id] ?? p.id,
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
    p.status === 'offline' ? 'not verified (offline)' : p.status,
  'whocan.incomplete': () => 'incomplete: some RBAC objects could not be read; this list may miss subjects',
  'grant.aggregated': (p: { from: string }) => ` ← aggregated from ClusterRole ${p.from}`,
  'grant.rule': () => 'rule',
  'grant.superuser': (p: { reason: string }) => p.reason,
  'nearMiss.detail': (p: {
    kind: string;
    detail: string;
    via: string;
    ns: string;
    verbs: string;
    names: string;
    resources: string;
    request: string;
    groups: string;
    group: string;
    allNs: boolean;
  }) => p.detail,
  'group.note': (p: { group: string; note: string }): string => p.note,
  'warning.text': (p: { text: string }): string => p.text,
};

export type RbacMessages = typeof rbacEn;
