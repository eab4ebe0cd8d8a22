// Explains a ServiceAccount: token automount, imagePullSecrets (and whether they exist), its listed
// Secrets, the Pods that run as it, and what it may do through the bindings that name it (read
// alongside: every RBAC object, as a binding anywhere may name it). Pure.
import type { Explainer } from './contract.js';
import { finding, type FindingModel } from '../model/finding.js';
import { builders } from '../model/message.js';
import type { Pod } from '../model/pod.js';
import { list, listOf } from '../model/read-plan.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import { metaOf } from './workload-parts.js';
import { podsUsing, refOf } from './config-usage.js';
import { rbacReads, rbacSnapshotOf } from './rbac-common.js';
import { rbacFindingsForServiceAccount } from './rbac-serviceaccount.js';

const w = builders<WMessages>('wl');
const RBAC_KEYS = ['clusterRoles', 'clusterRoleBindings', 'roles', 'roleBindings'];

export const explainer: Explainer = {
  group: '',
  kind: 'ServiceAccount',
  reads: (_sa, ns) => ({
    pods: list('Pod', { namespace: ns }),
    secrets: list('Secret', { namespace: ns }),
    ...rbacReads(ns),
  }),
  explain(snap) {
    const sa = snap.object;
    const m = metaOf(sa);
    const secrets = ((sa.secrets as { name: string }[] | undefined) ?? []).map((x) => x.name);
    const pulls = ((sa.imagePullSecrets as { name: string }[] | undefined) ?? []).map((x) => x.name);
    const known = listOf(snap, 'secrets')?.map((x) => metaOf(x).name);
    const line = (name: string) =>
      w['ref.line']({
        name,
        state: known === undefined ? w['ref.unknown']() : known.includes(name) ? w['ref.exists']() : w['ref.missing'](),
      });
    const missingPull = known ? pulls.filter((n) => !known.includes(n)) : [];
    const automount = sa.automountServiceAccountToken as boolean | undefined;
    const pods = listOf<Pod>(snap, 'pods');
    const uses = (p: Pod) => (p.spec.serviceAccountName ?? 'default') === m.name;
    // What it may do: the bindings naming it, when every RBAC list could be read; else the pointer to `access`.
    const rbacRead = RBAC_KEYS.every((k) => listOf(snap, k) !== undefined);
    const findings: FindingModel[] = [
      finding(
        'automount',
        'serviceaccount',
        'info',
        w['sa.automount.title']({ value: automount === undefined ? w['sa.automount.default']() : String(automount) }),
        [automount === false ? w['sa.automount.false']() : w['sa.automount.true']()],
      ),
      finding(
        'imagePullSecrets',
        'serviceaccount',
        missingPull.length ? 'error' : 'info',
        w['sa.pull.title']({ count: pulls.length }),
        pulls.length ? [...pulls.map(line), w['sa.pull']()] : [w['sa.pull.none']()],
      ),
      ...(secrets.length
        ? [
            finding('secrets', 'serviceaccount', 'info', w['sa.secrets.title']({ count: secrets.length }), [
              ...secrets.map(line),
              w['sa.secrets'](),
            ]),
          ]
        : []),
      podsUsing(pods, uses, 'serviceaccount'),
      ...(rbacRead
        ? rbacFindingsForServiceAccount(rbacSnapshotOf(snap), m.namespace ?? '', m.name)
        : [finding('rbac', 'rbac.subjects', 'info', w['sa.rbac.title'](), [w['sa.rbac']({ ns: m.namespace ?? '', name: m.name })])]),
    ];
    const users = pods?.filter(uses).length;
    return {
      kind: 'Explanation',
      target: refOf('ServiceAccount', sa),
      verdict: missingPull.length
        ? { severity: 'error', message: w['sa.verdict.missing']({ secrets: missingPull.join(', ') }) }
        : {
            severity: 'info',
            message: w['sa.verdict']({ pods: users === undefined ? '?' : String(users), automount: String(automount ?? true) }),
          },
      findings,
      warnings: [...snap.warnings],
    };
  },
};
