// What the Gateway API explainers share: the snapshot the routing steps judge (built from the plan's
// reads), a step as a finding, and a verdict from the worst step. The diagnoses themselves are the
// trace's own (src/routing/gateway-steps.ts): explain and trace never disagree. Pure.
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { GatewayClass, GatewaySnapshot, Gateway, ReferenceGrant } from '../model/gateway.js';
import type { Message } from '../model/message.js';
import { builders } from '../model/message.js';
import type { GatewayExplainCatalog } from '../i18n/messages/gateway-explain-en.js';
import type { Step } from '../routing/gateway-steps.js';

export const x = builders<GatewayExplainCatalog>('gwx');
export { GROUP } from '../routing/gateway-match.js';

const SEVERITY: Record<Step['status'], Severity> = { ok: 'ok', warning: 'warning', broken: 'error' };
export const severityOf = (s: Step): Severity => s.severity ?? SEVERITY[s.status];

/** A step as a finding: its title, its lines, then its fix. `concept` overrides the step's (a GRPCRoute's steps). */
export const stepFinding = (s: Step, concept?: (c: string) => string): FindingModel =>
  finding(s.id, concept ? concept(s.concept) : s.concept, severityOf(s), s.title, [...s.detail, ...(s.fix ? [s.fix] : [])]);

/** The verdict: the first broken step with its fix, else the first warning, else what is fine. */
export function stepVerdict(steps: readonly Step[], ok: () => Message): { severity: Severity; message: Message } {
  const broken = steps.find((s) => s.status === 'broken');
  if (broken)
    return { severity: 'error', message: x['verdict.broken']({ title: broken.title, fix: broken.fix ?? broken.detail[0] ?? '' }) };
  const warn = steps.find((s) => s.status === 'warning');
  if (warn) return { severity: 'warning', message: x['verdict.warning']({ title: warn.title, ...(warn.fix ? { fix: warn.fix } : {}) }) };
  return { severity: 'ok', message: ok() };
}

/** The snapshot the routing steps judge, from what an explainer read (offline: from manifests, which carry no status). */
export function gatewaySnapshot(parts: {
  classes?: readonly GatewayClass[] | undefined;
  /** A class looked up by name: null when it does not exist. */
  named?: Record<string, GatewayClass | null | undefined>;
  gateways?: Record<string, Gateway | null | undefined>;
  grants?: Record<string, readonly ReferenceGrant[] | undefined>;
  namespaceLabels?: Record<string, Record<string, string>>;
  wanted?: readonly string[];
  offline?: boolean;
}): GatewaySnapshot {
  const gatewayClasses: Record<string, GatewayClass | null> = {};
  for (const c of parts.classes ?? []) gatewayClasses[c.metadata.name] = c;
  // A class a readable list does not hold is missing; one that could not be read is unknown (absent from the map).
  if (parts.classes) for (const n of parts.wanted ?? []) if (!(n in gatewayClasses)) gatewayClasses[n] = null;
  for (const [n, c] of Object.entries(parts.named ?? {})) if (c !== undefined) gatewayClasses[n] = c;
  const gateways: Record<string, Gateway | null> = {};
  for (const [k, gw] of Object.entries(parts.gateways ?? {})) if (gw !== undefined) gateways[k] = gw;
  const referenceGrants: Record<string, ReferenceGrant[]> = {};
  for (const [ns, l] of Object.entries(parts.grants ?? {})) if (l) referenceGrants[ns] = [...l];
  return {
    target: { kind: 'URL', host: '', path: '', namespace: '' },
    gatewayClasses,
    gateways,
    routes: [],
    referenceGrants,
    namespaceLabels: parts.namespaceLabels ?? {},
    backends: {},
    offline: parts.offline ?? false,
    warnings: [],
  };
}
