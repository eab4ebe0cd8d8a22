// Explains a ResourceQuota: used against hard for each resource (80 % and more is a warning, full is
// an error), its scopes, and the creations it refused (FailedCreate events naming it). Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Event } from '../model/pod.js';
import { quoted, type Message } from '../model/message.js';
import { percent } from './quantity.js';
import { commonParts, eventsOf, m, nameOf, targetOf, worst } from './kind-parts.js';
import { list, listOf, type ReadPlan } from '../model/read-plan.js';

export interface Quota extends KubeObject {
  spec?: {
    hard?: Record<string, string>;
    scopes?: string[];
    scopeSelector?: { matchExpressions?: { scopeName: string; operator: string; values?: string[] }[] };
  };
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

/** One finding per resource the quota caps: used/hard and how close to full. */
export function quotaUsage(q: Quota): FindingModel[] {
  const hard = q.status?.hard ?? q.spec?.hard ?? {};
  return Object.keys(hard)
    .sort()
    .map((r) => {
      const used = q.status?.used?.[r] ?? '0';
      const pct = percent(used, hard[r]);
      const sev: Severity = pct === undefined ? 'info' : pct >= 100 ? 'error' : pct >= 80 ? 'warning' : 'ok';
      return finding(
        `used.${r}`,
        sev === 'error' ? 'resourcequota.exceeded' : 'resourcequota',
        sev,
        m['quota.line']({ resource: r, used, hard: hard[r]!, pct: pct ?? '?' }),
        [
          sev === 'error' ? m['quota.full']({ resource: r }) : sev === 'warning' ? m['quota.near']({ resource: r }) : m['quota.room'](),
          ...(/^(requests|limits)\./.test(r) || r === 'cpu' || r === 'memory' ? [m['quota.needs-values']({ resource: r })] : []),
        ],
      );
    });
}

export const explainer: Explainer = {
  kind: 'ResourceQuota',
  group: '',
  reads(target: KubeObject, namespace: string): ReadPlan {
    const ns = target.metadata?.namespace ?? namespace;
    return { refused: list('Event', { namespace: ns, fieldSelector: 'reason=FailedCreate' }), events: eventsOf(target) };
  },
  explain(snap) {
    const q = snap.object as Quota;
    const name = nameOf(q);
    const usage = quotaUsage(q);
    const findings: FindingModel[] = [...usage];
    const scopes = [
      ...(q.spec?.scopes ?? []),
      ...(q.spec?.scopeSelector?.matchExpressions ?? []).map((e) => `${e.scopeName} ${e.operator} ${(e.values ?? []).join(',')}`.trim()),
    ];
    findings.push(
      finding(
        'scopes',
        'resourcequota',
        'info',
        scopes.length ? m['quota.scopes']({ scopes: scopes.join('; ') }) : m['quota.scopes.none'](),
      ),
    );
    const refused = (listOf<Event & { involvedObject?: { kind?: string; name?: string } }>(snap, 'refused') ?? []).filter(
      (e) => (e.message ?? '').includes(`exceeded quota: ${name}`) || (e.message ?? '').includes(`quota: ${name}:`),
    );
    if (refused.length)
      findings.push(
        finding(
          'refused',
          'resourcequota.exceeded',
          'error',
          m['quota.refused']({ count: refused.length }),
          refused.slice(-5).map((e) =>
            m['quota.refused.line']({
              kind: e.involvedObject?.kind ?? '?',
              name: e.involvedObject?.name ?? '?',
              message: quoted(e.message ?? ''),
            }),
          ),
        ),
      );
    findings.push(...commonParts(q, 'resourcequota', listOf<Event>(snap, 'events')));
    const full = usage.filter((f) => f.severity === 'error').map((f) => f.id.slice(5));
    const near = usage.filter((f) => f.severity === 'warning').map((f) => f.id.slice(5));
    const severity = refused.length ? 'error' : worst(usage, 'info');
    const text: Message = full.length
      ? m['quota.verdict.full']({ name, resources: full.join(', ') })
      : refused.length
        ? m['quota.verdict.refused']({ name, count: refused.length })
        : near.length
          ? m['quota.verdict.near']({ name, resources: near.join(', ') })
          : m['quota.verdict.ok']({ name, count: usage.length });
    return {
      kind: 'Explanation',
      target: targetOf(q, 'ResourceQuota'),
      verdict: { severity, message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};
