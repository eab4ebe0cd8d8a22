// Explains a Secret: its type, its keys with their sizes (never values: the snapshot holds none),
// and the Pods that use it. Pure.
import type { Explanation } from '../model/explanation.js';
import type { RelatedSnapshot, SecretSummaryObject } from '../model/workload.js';
import type { Lang } from '../i18n/lang.js';
import { wmessages } from '../i18n/messages/workloads.js';
import { referencedObjects } from './pod-refs.js';
import { asPods, fnd, metaOf } from './workload-common.js';
import { sizes, target, usedBy } from './config-usage.js';

const SECRET_TYPES = [
  'Opaque',
  'kubernetes.io/service-account-token',
  'kubernetes.io/dockerconfigjson',
  'kubernetes.io/dockercfg',
  'kubernetes.io/tls',
  'kubernetes.io/basic-auth',
  'kubernetes.io/ssh-auth',
  'bootstrap.kubernetes.io/token',
] as const;

export function explainSecret(snap: RelatedSnapshot, lang: Lang): Explanation {
  const w = wmessages(lang);
  const s = snap.object as SecretSummaryObject;
  const name = metaOf(s).name;
  const type = s.type ?? 'Opaque';
  const { lines, total } = sizes(Object.entries(s.keySizes ?? {}), w);
  const pods = asPods(snap.related.pods);
  const typeText = (SECRET_TYPES as readonly string[]).includes(type) ? w.secretType(type) : w['secret.type.other']();
  const findings = [
    fnd('type', 'secret', 'info', w['secret.type.title']({ type }), typeText),
    fnd('keys', 'secret', 'info', w['keys.title']({ count: lines.length, total }), [...lines, w['secret.novalues']()].join('\n')),
    usedBy(pods, (p) => referencedObjects(p).secrets.includes(name), 'secret', w),
  ];
  const users = pods?.filter((p) => referencedObjects(p).secrets.includes(name)).length;
  return {
    kind: 'Explanation',
    target: target('Secret', snap),
    verdict: { severity: 'info', text: w['secret.verdict']({ type, keys: lines.length, pods: users === undefined ? '?' : String(users) }) },
    findings,
    warnings: [...snap.warnings],
  };
}
