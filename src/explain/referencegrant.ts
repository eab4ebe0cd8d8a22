// Explains a ReferenceGrant: whom it lets refer into its namespace (from: kind and namespace) and to
// what (to: kind, optionally a name; does that object exist?), the references of routes (backendRefs)
// and Gateways (certificateRefs) it lets through, and the references into its namespace that no
// grant allows, with why this one does not match them. The matching is the trace's (grantFor). Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Message } from '../model/message.js';
import type { Gateway, ReferenceGrant } from '../model/gateway.js';
import { get, list, listOf, objectOf, type ReadPlan } from '../model/read-plan.js';
import { grantFor } from '../routing/gateway-match.js';
import { g } from '../routing/gateway-steps.js';
import { deletionFinding, nameOf, targetOf } from './kind-parts.js';
import { GROUP, x } from './gateway-parts.js';
import { routeReads, routesOf } from '../routing/gateway-plan.js';

interface Reference {
  from: { kind: string; namespace: string; name: string };
  to: { group: string; kind: string; name: string };
}

const CORE_TO = new Set(['Service', 'Secret']);
const refText = (r: Reference['from']) => `${r.kind.toLowerCase()}/${r.name} (${r.namespace})`;
const toText = (t: Reference['to']) => `${t.group ? `${t.kind}.${t.group}` : t.kind}/${t.name}`;

export const explainer: Explainer = {
  kind: 'ReferenceGrant',
  group: GROUP,
  reads(target: KubeObject, namespace: string): ReadPlan {
    const grant = target as unknown as ReferenceGrant;
    const ns = grant.metadata.namespace ?? namespace;
    const plan: ReadPlan = { ...routeReads(), gateways: list('Gateway'), grants: list('ReferenceGrant', { namespace: ns }) };
    for (const t of grant.spec?.to ?? [])
      if ((t.group ?? '') === '' && CORE_TO.has(t.kind) && t.name) plan[`to:${t.kind}/${t.name}`] = get(t.kind, t.name, ns);
    return plan;
  },
  explain(snap) {
    const grant = snap.object as unknown as ReferenceGrant;
    const ns = grant.metadata.namespace ?? '';
    const from = grant.spec?.from ?? [];
    const to = grant.spec?.to ?? [];
    const findings: FindingModel[] = [
      finding(
        'from',
        'referencegrant',
        'info',
        x['rg.from']({ count: from.length }),
        from.map((f) => x['rg.from.line']({ kind: f.group ? `${f.kind}.${f.group}` : f.kind, ns: f.namespace })),
      ),
    ];
    const toLines: Message[] = [];
    let toSeverity: Severity = 'info';
    for (const t of to) {
      const kind = t.group ? `${t.kind}.${t.group}` : t.kind;
      toLines.push(t.name ? x['rg.to.name']({ kind, name: t.name }) : x['rg.to.all']({ kind }));
      if (t.name && objectOf(snap, `to:${t.kind}/${t.name}`) === null) {
        toLines.push(x['rg.to.missing']({ kind, name: t.name }));
        toSeverity = 'warning';
      }
    }
    findings.push(finding('to', 'referencegrant', toSeverity, x['rg.to']({ count: to.length, ns }), toLines));

    const refs = referencesInto(snap, ns);
    const others = (listOf<ReferenceGrant>(snap, 'grants') ?? []).filter((o) => o.metadata.name !== grant.metadata.name);
    const lets = refs.filter((r) => grantFor([grant], r.from, r.to));
    const refused = refs.filter((r) => !grantFor([grant], r.from, r.to) && !grantFor(others, r.from, r.to));
    if (refs.length || routesOf(snap))
      findings.push(
        finding(
          'lets',
          'referencegrant',
          lets.length ? 'ok' : 'info',
          x['rg.lets']({ count: lets.length }),
          lets.length ? lets.map((r) => x['rg.lets.line']({ from: refText(r.from), to: toText(r.to) })) : [x['rg.lets.none']()],
        ),
      );
    if (refused.length)
      findings.push(
        finding('refused', 'referencegrant', 'warning', x['rg.unmatched']({ count: refused.length, ns }), [
          ...refused.map((r) => x['rg.unmatched.line']({ from: refText(r.from), to: toText(r.to), why: whyNot(grant, r) })),
          refused[0]!.from.kind === 'Gateway'
            ? x['cert.nogrant.fix']({ ns, gwns: refused[0]!.from.namespace, name: refused[0]!.to.name })
            : g['be.nogrant.fix']({ ns, routeNs: refused[0]!.from.namespace, kind: refused[0]!.from.kind, name: refused[0]!.to.name }),
        ]),
      );
    const gone = deletionFinding(snap.object, 'referencegrant');
    if (gone) findings.push(gone);
    const name = nameOf(snap.object);
    return {
      kind: 'Explanation',
      target: targetOf(snap.object, 'ReferenceGrant'),
      verdict: refused.length
        ? { severity: 'warning', message: x['rg.verdict.unmatched']({ name, count: refused.length }) }
        : lets.length
          ? { severity: 'ok', message: x['rg.verdict.ok']({ name, count: lets.length }) }
          : { severity: 'info', message: x['rg.verdict.idle']({ name }) },
      findings,
      warnings: [...snap.warnings],
    };
  },
};

/** Every cross-namespace reference into `ns` that needs a grant: route backendRefs and Gateway certificateRefs. */
function referencesInto(snap: Parameters<Explainer['explain']>[0], ns: string): Reference[] {
  const out: Reference[] = [];
  for (const r of routesOf(snap) ?? []) {
    const rns = r.metadata.namespace ?? '';
    if (rns === ns) continue;
    for (const b of (r.spec?.rules ?? []).flatMap((rule) => rule.backendRefs ?? []))
      if ((b.namespace ?? rns) === ns)
        out.push({
          from: { kind: r.kind, namespace: rns, name: r.metadata.name },
          to: { group: b.group ?? '', kind: b.kind ?? 'Service', name: b.name },
        });
  }
  for (const gw of listOf<Gateway>(snap, 'gateways') ?? []) {
    const gwns = gw.metadata.namespace ?? '';
    if (gwns === ns) continue;
    for (const c of (gw.spec?.listeners ?? []).flatMap((l) => l.tls?.certificateRefs ?? []))
      if ((c.namespace ?? gwns) === ns)
        out.push({
          from: { kind: 'Gateway', namespace: gwns, name: gw.metadata.name },
          to: { group: c.group ?? '', kind: c.kind ?? 'Secret', name: c.name },
        });
  }
  // One line per distinct reference (several rules often name the same backend).
  return [...new Map(out.map((r) => [`${refText(r.from)}→${toText(r.to)}`, r])).values()];
}

function whyNot(grant: ReferenceGrant, r: Reference): Message {
  const fromOk = (grant.spec?.from ?? []).some((f) => f.group === GROUP && f.kind === r.from.kind && f.namespace === r.from.namespace);
  return fromOk ? x['rg.why.to']({ kind: r.to.kind, name: r.to.name }) : x['rg.why.from']({ kind: r.from.kind, ns: r.from.namespace });
}
