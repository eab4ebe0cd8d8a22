// Examples and notes shown after `--help`, per verb: the help should teach what to type next.

export const HELP: Record<string, string> = {
  main: `
Examples:
  kubexplain -n shop                              the TUI on namespace shop (on a terminal)
  kubexplain po/worker-oom -n shop                why is this Pod failing, and what to do next
  kubexplain trace ingress/web -n shop            where does traffic stop
  kubexplain dns service/db -n shop               which names resolve, from where
  kubexplain who-can get secrets -A               every subject allowed, and which binding grants it
  kubexplain can sa:shop/deployer get pods/log -n shop
  kubexplain docs "readiness probe" --docs ~/notes/k8s

Exit codes: 0 ok (can: allowed) · 1 can: denied · 2 usage · 3 cannot connect or authenticate ·
4 not found · 5 forbidden · 6 not implemented · 7 sandbox · 8 can: unknown · 70 internal error (run with --debug)
`,
  explain: `
@kinds Kinds:
Any other kind gets a generic explanation (conditions, owners, events); Secrets show keys only.
The first line is the verdict: what is going on and what to do next.

Examples:
  kubexplain explain pod/api-7c9f -n shop
  kubexplain explain deploy/web -n shop -o json
  kubexplain explain node/kx-node-1 --lang ja
  kubexplain explain clusterrole/admin -f rbac/   offline, from manifests (RBAC kinds only)
`,
  trace: `
Hops: Ingress rule → Service port → targetPort → EndpointSlices → Pods → container port, each ok,
warning or broken with the fix named. Exit 0 whatever the hops show (it explains; it is not a check).

Examples:
  kubexplain trace service/web -n shop
  kubexplain trace service/web:http -n shop       one port, by name or number
  kubexplain trace ingress/web -n shop
  kubexplain trace web.shop.svc.cluster.local:80  or a short name: web, web.shop
  kubexplain trace svc/web -f examples/           offline: Pod templates stand in for Pods
`,
  dns: `
Examples:
  kubexplain dns service/db -n shop               A/AAAA, SRV per named port, per-Pod names of a headless Service
  kubexplain dns pod/db-0 -n shop
  kubexplain dns svc/web -n shop --from default   the short names a Pod in namespace default can use
`,
  'who-can': `
Resource: pods, pods/log (subresource), pods/NAME, deployments.apps, deploy, widgets.example.com,
/healthz (a non-resource URL). RoleBindings are always read; -A asks about every namespace.
Each subject is checked with a SubjectAccessReview unless --no-verify.

Examples:
  kubexplain who-can get pods/log -n shop
  kubexplain who-can list secrets -A -o json
  kubexplain who-can create pods -A -f rbac/      offline, from manifests
`,
  can: `
Subject: me | user:NAME | group:NAME | sa:NAMESPACE/NAME. Exit 0 when allowed, 1 when denied,
like kubectl auth can-i, and 8 when it cannot tell (RBAC not fully readable and the authorizer not
askable); the answer names the binding ← role ← rule, near misses, and the authorizer's own answer.
Resource: RESOURCE, RESOURCE/SUBRESOURCE, RESOURCE/SUBRESOURCE/NAME or RESOURCE/NAME (a subresource
wins; a name that collides with one, or contains "/", is given with --name).

Examples:
  kubexplain can me list secrets -n shop
  kubexplain can sa:shop/deployer get pods/log -n shop
  kubexplain can group:auditors get widgets.example.com -A
`,
  access: `
Examples:
  kubexplain access sa:shop/deployer -n shop
  kubexplain access me -A -o markdown
`,
  docs: `
Documents: --docs DIR|FILE (repeatable), else KUBEXPLAIN_DOCS, else docs: in
~/.config/kubexplain/config.yaml; then the built-in ja/en handbook.

Examples:
  kubexplain docs "readiness probe"
  kubexplain docs リソース制限 --docs ~/notes/k8s
  kubexplain docs --concept service.headless
  kubexplain docs --list
`,
  check: `
Reads the namespace (or every namespace with -A) with one list request per kind, explains every Pod,
workload, Service, Ingress, claim and ServiceAccount over that one snapshot, and prints the problems
grouped by root cause, worst first: one missing ConfigMap breaking five Pods of two Deployments is one
problem listing both Deployments; a Service without ready endpoints joins the problem of its Pods.
Each problem has a code (the concept key of its cause, stable: kubexplain docs --list) for CI filters.

Examples:
  kubexplain check -n shop                       what is broken in shop, and the fix for each cause
  kubexplain check -A --fail-on warning          the whole cluster; exit 1 on any warning or error
  kubexplain check -n shop -l app=api            only objects labelled app=api
  kubexplain check -n shop -o junit > check.xml  for a CI test report (also -o sarif, -o json)

Exit codes: 0 nothing at or above --fail-on (default error) · 1 problems at or above it · 2 usage ·
3 cannot connect · 5 forbidden (kinds that cannot be listed are warnings, the rest is still checked)
`,
  tui: `
Keys: ↑↓ move · ←→ kind · Enter/d the document section · t trace (Service, Ingress) · r who-can/can ·
/ filter · n namespace · ? help · q or Ctrl-C quit.
`,
};
