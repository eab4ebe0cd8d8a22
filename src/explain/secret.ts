// Explains a Secret: its type, its keys with their sizes (never values: the snapshot holds none, the
// plan executor drops them on arrival), and the Pods that use it.
import type { Explainer } from './contract.js';
import { finding } from '../model/finding.js';
import { builders } from '../model/message.js';
import type { Pod } from '../model/pod.js';
import { list, listOf } from '../model/read-plan.js';
import type { SecretSummaryObject } from '../model/workload.js';
import type { WMessages } from '../i18n/messages/workloads.js';
import { referencedObjects } from './pod-refs.js';
import { metaOf } from './workload-parts.js';
import { keySizes, missingKeys, absentOptional, podsUsing, refOf } from './config-usage.js';

const w = builders<WMessages>('wl');

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

export const explainer: Explainer = {
  group: '',
  kind: 'Secret',
  budget: 2,
  reads: (_s, ns) => ({ pods: list('Pod', { namespace: ns }) }),
  explain(snap) {
    const s = snap.object as SecretSummaryObject;
    const name = metaOf(s).name;
    const type = s.type ?? 'Opaque';
    const { lines } = keySizes(Object.entries(s.keySizes ?? {}));
    const total = Object.values(s.keySizes ?? {}).reduce((a, n) => a + n, 0);
    const pods = listOf<Pod>(snap, 'pods');
    const uses = (p: Pod) => referencedObjects(p).secrets.includes(name);
    const users = pods?.filter(uses).length;
    const known = (SECRET_TYPES as readonly string[]).includes(type);
    const missing = missingKeys(pods, 'Secret', name, Object.keys(s.keySizes ?? {}));
    return {
      kind: 'Explanation',
      target: refOf('Secret', s),
      verdict: missing[0]
        ? { severity: 'error', message: missing[0].title }
        : { severity: 'info', message: w['secret.verdict']({ type, keys: lines.length, pods: users === undefined ? '?' : String(users) }) },
      findings: [
        ...missing,
        ...absentOptional(pods, 'Secret', name, Object.keys(s.keySizes ?? {})),
        finding('type', 'secret', 'info', w['secret.type.title']({ type }), [
          known ? w['secret.type']({ type }) : w['secret.type.other'](),
        ]),
        finding('keys', 'secret', 'info', w['keys.title']({ count: lines.length, total }), [...lines, w['secret.novalues']()]),
        podsUsing(pods, uses, 'secret'),
      ],
      warnings: [...snap.warnings],
    };
  },
};
