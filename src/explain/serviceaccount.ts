// Explains a ServiceAccount: token automount, imagePullSecrets (and whether they exist), its listed
// Secrets, the Pods that run as it. What it may do (RBAC) comes from the RBAC explainer: pass its
// findings as `extra`. Pure.
import type { Explanation } from '../model/explanation.js';
import type { Finding } from '../model/finding.js';
import type { Pod } from '../model/pod.js';
import type { RelatedSnapshot } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages } from '../i18n/messages/workloads.js';
import { asPods, fnd, metaOf } from './workload-common.js';
import { target, usedBy } from './config-usage.js';

export function explainServiceAccount(snap: RelatedSnapshot, lang: Lang, extra: readonly Finding[] = []): Explanation {
  const w = wmessages(lang);
  const sa = snap.object;
  const m = metaOf(sa);
  const secrets = ((sa.secrets as { name: string }[] | undefined) ?? []).map((x) => x.name);
  const pulls = ((sa.imagePullSecrets as { name: string }[] | undefined) ?? []).map((x) => x.name);
  const known = snap.related.secrets?.map((x) => metaOf(x).name);
  const exists = (n: string) => (known === undefined ? w['ref.unknown']() : known.includes(n) ? w['ref.exists']() : w['ref.missing']());
  const missingPull = known ? pulls.filter((n) => !known.includes(n)) : [];
  const automount = sa.automountServiceAccountToken as boolean | undefined;
  const pods = asPods(snap.related.pods);
  const uses = (p: Pod) => (p.spec.serviceAccountName ?? 'default') === m.name;
  const findings: Finding[] = [
    fnd(
      'automount',
      'serviceaccount',
      'info',
      w['sa.automount.title']({ value: automount === undefined ? 'true (default)' : String(automount) }),
      automount === false ? w['sa.automount.false']() : w['sa.automount.true'](),
    ),
    fnd(
      'imagePullSecrets',
      'serviceaccount',
      missingPull.length ? 'error' : 'info',
      w['sa.pull.title']({ count: pulls.length }),
      pulls.length ? [...pulls.map((n) => `${n}: ${exists(n)}`), w['sa.pull']()].join('\n') : w['sa.pull.none'](),
    ),
    ...(secrets.length
      ? [
          fnd(
            'secrets',
            'serviceaccount',
            'info',
            w['sa.secrets.title']({ count: secrets.length }),
            [...secrets.map((n) => `${n}: ${exists(n)}`), w['sa.secrets']()].join('\n'),
          ),
        ]
      : []),
    usedBy(pods, uses, 'serviceaccount', w),
    ...(extra.length
      ? extra
      : [fnd('rbac', 'rbac.subjects', 'info', w['sa.rbac.title'](), w['sa.rbac']({ ns: m.namespace ?? '', name: m.name }))]),
  ];
  const users = pods?.filter(uses).length;
  return {
    kind: 'Explanation',
    target: target('ServiceAccount', snap),
    verdict: missingPull.length
      ? { severity: 'error', text: w['sa.verdict.missing']({ secrets: missingPull.join(', ') }) }
      : {
          severity: 'info',
          text: w['sa.verdict']({ pods: users === undefined ? '?' : String(users), automount: String(automount ?? true) }),
        },
    findings,
    warnings: [...snap.warnings],
  };
}
