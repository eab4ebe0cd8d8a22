// Text and Markdown rendering of AccessCheck (can) and WhoCan (who-can), in English or Japanese. Every string that came from the
// cluster (names, rules, reasons, warnings) goes through sanitizeLine before it reaches the terminal.
import type {
  AccessCheck,
  AccessRequest,
  BindingRef,
  Grant,
  NearMiss,
  PolicyRule,
  ResourceRequest,
  RoleRefSummary,
  WhoCan,
} from '../src/model/rbac.js';
import type { Lang } from '../src/i18n/lang.js';
import { rbacMessages } from '../src/i18n/messages/rbac.js';
import { sanitizeLine as s } from '../src/text/sanitize.js';
import { mdCode, mdInline } from '../src/text/markdown-escape.js';

const OFFLINE = 'not verified (offline): read from manifests, no cluster was asked';
const md = mdInline;

const list = (xs: string[] | undefined) => `[${(xs ?? []).map((x) => (x === '' ? '""' : x)).join(',')}]`;

export function describeRule(r: PolicyRule): string {
  if (r.nonResourceURLs?.length) return `verbs=${list(r.verbs)} nonResourceURLs=${list(r.nonResourceURLs)}`;
  const names = r.resourceNames?.length ? ` resourceNames=${list(r.resourceNames)}` : '';
  return `verbs=${list(r.verbs)} apiGroups=${list(r.apiGroups)} resources=${list(r.resources)}${names}`;
}

const binding = (b: BindingRef) => (b.kind === 'RoleBinding' ? `RoleBinding ${b.namespace}/${b.name}` : `ClusterRoleBinding ${b.name}`);
const role = (r: RoleRefSummary) => (r.kind === 'Role' ? `Role ${r.namespace}/${r.name}` : `ClusterRole ${r.name}`);

export function describeGrant(g: Grant, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  if (g.kind === 'superuser') return s(t['grant.superuser']({ reason: g.reason }));
  const agg = g.aggregatedFrom ? t['grant.aggregated']({ from: g.aggregatedFrom }) : '';
  return s(`${binding(g.binding)} ← ${role(g.role)}${agg} ← ${t['grant.rule']()} ${describeRule(g.rule)}`);
}

export function describeAccessRequest(q: AccessRequest, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  if ('nonResourceURL' in q) return s(`${q.verb} ${q.nonResourceURL}`);
  const res = `${q.group ? `${q.resource}.${q.group}` : q.resource}${q.subresource ? `/${q.subresource}` : ''}`;
  const where =
    q.namespace === undefined
      ? t['req.where.any']()
      : q.namespace === ''
        ? t['req.where.cluster']()
        : t['req.where.ns']({ ns: q.namespace });
  return s(t['req.text']({ verb: q.verb, res, name: q.name ?? '', where }));
}

/** The near miss in the output language: English from the resolver, other languages from its fields. */
function nearMissDetail(m: NearMiss, request: AccessRequest, lang: Lang): string {
  const t = rbacMessages(lang);
  const r = request as ResourceRequest;
  const via = `${binding(m.binding)} → ${m.role ? role(m.role) : '?'}${m.aggregatedFrom ? t['grant.aggregated']({ from: m.aggregatedFrom }) : ''}`;
  return s(
    t['nearMiss.detail']({
      kind: m.kind,
      detail: m.detail,
      via,
      ns: m.namespace ?? '',
      verbs: (m.rule?.verbs ?? []).join(', '),
      names: (m.rule?.resourceNames ?? []).join(', '),
      resources: (m.rule?.resources ?? []).join(', '),
      request: 'nonResourceURL' in request ? request.verb : `${request.verb} ${r.resource}${r.subresource ? `/${r.subresource}` : ''}`,
      groups: (m.rule?.apiGroups ?? []).map((x) => JSON.stringify(x)).join(', '),
      group: 'nonResourceURL' in request ? '' : JSON.stringify(r.group),
      allNs: !('nonResourceURL' in request) && (r.namespace === '' || r.namespace === undefined),
    }),
  );
}

export function renderCanText(c: AccessCheck, subjectText: string, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const out: string[] = [];
  const verdict = c.authorizer ? c.authorizer.allowed : c.allowed;
  out.push(t['can.verdict']({ yes: verdict, subject: s(subjectText), request: describeAccessRequest(c.request, lang) }));
  out.push(s(t['access.user']({ user: c.user.username || t['access.none'](), groups: c.user.groups.join(', ') || t['access.none']() })));
  out.push(t['can.rbac']({ allowed: c.allowed }));
  for (const g of c.grants) out.push(t['can.grantedBy']({ grant: describeGrant(g, lang) }));
  if (!c.allowed) {
    if (c.nearMisses.length === 0) out.push(t['can.noNearMiss']());
    for (const m of c.nearMisses) out.push(t['can.nearMiss']({ kind: m.kind, detail: nearMissDetail(m, c.request, lang) }));
  }
  if (c.authorizer)
    out.push(t['can.authorizer']({ allowed: c.authorizer.allowed, reason: s(c.authorizer.reason), agree: c.agreement === 'agree' }));
  else out.push(offline ? t['can.authorizer.offline']() : t['can.authorizer.forbidden']());
  if (!c.complete) out.push(t['can.incomplete']());
  for (const w of c.warnings) if (!(offline && w === OFFLINE)) out.push(s(t['warning']({ text: t['warning.text']({ text: w }) })));
  return `${out.join('\n')}\n`;
}

export function renderWhoCanText(w: WhoCan, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const out: string[] = [t['whocan.header']({ request: describeAccessRequest(w.request, lang) })];
  if (w.subjects.length === 0) out.push(t['whocan.nobody']());
  for (const subj of w.subjects) {
    const name = subj.kind === 'ServiceAccount' ? `${subj.namespace}/${subj.name}` : subj.name;
    const status = t['whocan.status']({ status: offline ? 'offline' : subj.verified ? 'verified' : 'unverified' });
    const note = subj.note ? t['group.note']({ group: subj.name, note: subj.note }) : '';
    out.push(`  ${subj.kind} ${s(name)}  ${status}${note ? `  (${s(note)})` : ''}`);
    for (const g of subj.grants) out.push(`    ${describeGrant(g, lang)}`);
  }
  if (!w.complete) out.push(t['whocan.incomplete']());
  if (offline) out.push(t['access.offline']());
  for (const warning of w.warnings)
    if (!(offline && warning === OFFLINE)) out.push(s(t['warning']({ text: t['warning.text']({ text: warning }) })));
  return `${out.join('\n')}\n`;
}

function subjectName(subj: WhoCan['subjects'][number]): string {
  return subj.kind === 'ServiceAccount' ? `${subj.namespace}/${subj.name}` : subj.name;
}

export function renderCanMarkdown(c: AccessCheck, subjectText: string, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const verdict = c.authorizer ? c.authorizer.allowed : c.allowed;
  const out = [`# ${md(t['can.verdict']({ yes: verdict, subject: subjectText, request: describeAccessRequest(c.request, lang) }))}`, ''];
  out.push(`- user: ${mdCode(c.user.username || '(none)')}, groups: ${md(c.user.groups.join(', ') || '(none)')}`);
  out.push(`- RBAC as read: **${c.allowed ? 'allowed' : 'denied'}**`);
  if (c.authorizer)
    out.push(
      `- authorizer (SubjectAccessReview): **${c.authorizer.allowed ? 'allowed' : 'denied'}**${c.authorizer.reason ? ` (${md(c.authorizer.reason)})` : ''} — ${c.agreement === 'agree' ? 'agrees' : 'DISAGREES'}`,
    );
  else out.push(`- authorizer: ${offline ? 'not verified (offline)' : 'not asked — unverified'}`);
  out.push('');
  if (c.grants.length) out.push('## Granted by', '', ...c.grants.map((g) => `- ${md(describeGrant(g, lang))}`), '');
  if (!c.allowed) {
    out.push('## Near misses', '');
    out.push(
      ...(c.nearMisses.length
        ? c.nearMisses.map((m) => `- **${m.kind}**: ${md(nearMissDetail(m, c.request, lang))}`)
        : ['- no binding for this subject comes close']),
      '',
    );
  }
  const warnings = [
    ...(c.complete ? [] : ['incomplete: some RBAC objects could not be read']),
    ...c.warnings.filter((x) => !(offline && x === OFFLINE)),
  ];
  if (warnings.length) out.push('## Warnings', '', ...warnings.map((w) => `- ${md(w)}`), '');
  return out.join('\n');
}

export function renderWhoCanMarkdown(w: WhoCan, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const out = [`# ${md(t['whocan.header']({ request: describeAccessRequest(w.request, lang) }).replace(/[:：]$/, ''))}`, ''];
  if (!w.subjects.length) out.push('Nobody (through RBAC as read).', '');
  else {
    out.push('| subject | kind | verified | granted by |', '| --- | --- | --- | --- |');
    for (const subj of w.subjects) {
      const verified = offline ? 'not verified (offline)' : subj.verified ? 'yes' : 'no';
      const grants = subj.grants.map((g) => md(describeGrant(g, lang))).join('<br>');
      const note = subj.note ? t['group.note']({ group: subj.name, note: subj.note }) : '';
      out.push(`| ${md(subjectName(subj))}${note ? ` (${md(note)})` : ''} | ${subj.kind} | ${verified} | ${grants} |`);
    }
    out.push('');
  }
  const warnings = [...(w.complete ? [] : ['incomplete: some RBAC objects could not be read; this list may miss subjects']), ...w.warnings];
  if (warnings.length) out.push('## Warnings', '', ...warnings.map((x) => `- ${md(x)}`), '');
  return out.join('\n');
}
