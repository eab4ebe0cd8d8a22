// Plain-text rendering of AccessCheck (can) and WhoCan (who-can). Every string that came from the
// cluster (names, rules, reasons, warnings) goes through sanitizeLine before it reaches the terminal.
import type { AccessCheck, AccessRequest, BindingRef, Grant, NearMiss, PolicyRule, RoleRefSummary, WhoCan } from '../src/model/rbac.js';
import { sanitizeLine as s } from '../src/render/sanitize.js';

const OFFLINE = 'not verified (offline): read from manifests, no cluster was asked';
const md = (x: string) => s(x).replace(/\|/g, '\\|');

const list = (xs: string[] | undefined) => `[${(xs ?? []).map((x) => (x === '' ? '""' : x)).join(',')}]`;

export function describeRule(r: PolicyRule): string {
  if (r.nonResourceURLs?.length) return `verbs=${list(r.verbs)} nonResourceURLs=${list(r.nonResourceURLs)}`;
  const names = r.resourceNames?.length ? ` resourceNames=${list(r.resourceNames)}` : '';
  return `verbs=${list(r.verbs)} apiGroups=${list(r.apiGroups)} resources=${list(r.resources)}${names}`;
}

const binding = (b: BindingRef) => (b.kind === 'RoleBinding' ? `RoleBinding ${b.namespace}/${b.name}` : `ClusterRoleBinding ${b.name}`);
const role = (r: RoleRefSummary) => (r.kind === 'Role' ? `Role ${r.namespace}/${r.name}` : `ClusterRole ${r.name}`);

export function describeGrant(g: Grant): string {
  if (g.kind === 'superuser') return s(g.reason);
  const agg = g.aggregatedFrom ? ` ← aggregated from ClusterRole ${g.aggregatedFrom}` : '';
  return s(`${binding(g.binding)} ← ${role(g.role)}${agg} ← rule ${describeRule(g.rule)}`);
}

export function describeAccessRequest(q: AccessRequest): string {
  if ('nonResourceURL' in q) return s(`${q.verb} ${q.nonResourceURL}`);
  const res = `${q.group ? `${q.resource}.${q.group}` : q.resource}${q.subresource ? `/${q.subresource}` : ''}`;
  const where = q.namespace === undefined ? 'in any namespace' : q.namespace === '' ? 'cluster-wide' : `in namespace ${q.namespace}`;
  return s(`${q.verb} ${res}${q.name ? ` named ${q.name}` : ''} ${where}`);
}

function nearMiss(m: NearMiss): string {
  return s(`${m.kind}: ${m.detail}`);
}

export function renderCanText(c: AccessCheck, subjectText: string, offline = false): string {
  const out: string[] = [];
  const verdict = c.authorizer ? c.authorizer.allowed : c.allowed;
  out.push(`${verdict ? 'yes' : 'no'} — ${s(subjectText)} ${verdict ? 'may' : 'may not'} ${describeAccessRequest(c.request)}`);
  out.push(`user: ${s(c.user.username || '(none)')}  groups: ${s(c.user.groups.join(', ') || '(none)')}`);
  out.push(`RBAC as read: ${c.allowed ? 'allowed' : 'denied'}`);
  for (const g of c.grants) out.push(`  granted by ${describeGrant(g)}`);
  if (!c.allowed) {
    if (c.nearMisses.length === 0) out.push('  no binding for this subject comes close');
    for (const m of c.nearMisses) out.push(`  near miss ${nearMiss(m)}`);
  }
  if (c.authorizer) {
    out.push(`authorizer (SubjectAccessReview): ${c.authorizer.allowed ? 'allowed' : 'denied'}${c.authorizer.reason ? ` (${s(c.authorizer.reason)})` : ''} — ${c.agreement === 'agree' ? 'agrees' : 'DISAGREES'}`);
  } else {
    out.push(offline ? 'authorizer: not verified (offline)' : 'authorizer: not asked (no permission to create SubjectAccessReviews) — unverified');
  }
  if (!c.complete) out.push('incomplete: some RBAC objects could not be read');
  for (const w of c.warnings) if (!(offline && w === OFFLINE)) out.push(`warning: ${s(w)}`);
  return `${out.join('\n')}\n`;
}

export function renderWhoCanText(w: WhoCan, offline = false): string {
  const out: string[] = [`who can ${describeAccessRequest(w.request)}:`];
  if (w.subjects.length === 0) out.push('  nobody (through RBAC as read)');
  for (const subj of w.subjects) {
    const name = subj.kind === 'ServiceAccount' ? `${subj.namespace}/${subj.name}` : subj.name;
    out.push(`  ${subj.kind} ${s(name)}  ${offline ? 'not verified (offline)' : subj.verified ? 'verified' : 'unverified'}${subj.note ? `  (${s(subj.note)})` : ''}`);
    for (const g of subj.grants) out.push(`    ${describeGrant(g)}`);
  }
  if (!w.complete) out.push('incomplete: some RBAC objects could not be read; this list may miss subjects');
  if (offline) out.push('not verified (offline): read from manifests, no cluster was asked');
  for (const warning of w.warnings) if (!(offline && warning === OFFLINE)) out.push(`warning: ${s(warning)}`);
  return `${out.join('\n')}\n`;
}

function subjectName(subj: WhoCan['subjects'][number]): string {
  return subj.kind === 'ServiceAccount' ? `${subj.namespace}/${subj.name}` : subj.name;
}

export function renderCanMarkdown(c: AccessCheck, subjectText: string, offline = false): string {
  const verdict = c.authorizer ? c.authorizer.allowed : c.allowed;
  const out = [`# ${verdict ? 'yes' : 'no'} — ${md(subjectText)} ${verdict ? 'may' : 'may not'} ${md(describeAccessRequest(c.request))}`, ''];
  out.push(`- user: \`${md(c.user.username || '(none)')}\`, groups: ${md(c.user.groups.join(', ') || '(none)')}`);
  out.push(`- RBAC as read: **${c.allowed ? 'allowed' : 'denied'}**`);
  if (c.authorizer) out.push(`- authorizer (SubjectAccessReview): **${c.authorizer.allowed ? 'allowed' : 'denied'}**${c.authorizer.reason ? ` (${md(c.authorizer.reason)})` : ''} — ${c.agreement === 'agree' ? 'agrees' : 'DISAGREES'}`);
  else out.push(`- authorizer: ${offline ? 'not verified (offline)' : 'not asked — unverified'}`);
  out.push('');
  if (c.grants.length) out.push('## Granted by', '', ...c.grants.map((g) => `- ${md(describeGrant(g))}`), '');
  if (!c.allowed) {
    out.push('## Near misses', '');
    out.push(...(c.nearMisses.length ? c.nearMisses.map((m) => `- **${m.kind}**: ${md(m.detail)}`) : ['- no binding for this subject comes close']), '');
  }
  const warnings = [...(c.complete ? [] : ['incomplete: some RBAC objects could not be read']), ...c.warnings.filter((x) => !(offline && x === OFFLINE))];
  if (warnings.length) out.push('## Warnings', '', ...warnings.map((w) => `- ${md(w)}`), '');
  return out.join('\n');
}

export function renderWhoCanMarkdown(w: WhoCan, offline = false): string {
  const out = [`# Who can ${md(describeAccessRequest(w.request))}`, ''];
  if (!w.subjects.length) out.push('Nobody (through RBAC as read).', '');
  else {
    out.push('| subject | kind | verified | granted by |', '| --- | --- | --- | --- |');
    for (const subj of w.subjects) {
      const verified = offline ? 'not verified (offline)' : subj.verified ? 'yes' : 'no';
      const grants = subj.grants.map((g) => md(describeGrant(g))).join('<br>');
      out.push(`| ${md(subjectName(subj))}${subj.note ? ` (${md(subj.note)})` : ''} | ${subj.kind} | ${verified} | ${grants} |`);
    }
    out.push('');
  }
  const warnings = [...(w.complete ? [] : ['incomplete: some RBAC objects could not be read; this list may miss subjects']), ...w.warnings];
  if (warnings.length) out.push('## Warnings', '', ...warnings.map((x) => `- ${md(x)}`), '');
  return out.join('\n');
}
