// Text and Markdown of AccessCheck (can) and WhoCan (who-can), in the chosen language: every sentence is a
// Message said here. Strings from the cluster (names, rules, reasons) are sanitized as they are written;
// Markdown escapes table pipes.
import type { AccessCheck, AccessRequest, Grant, PolicyRule, WhoCan } from '../model/rbac.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localize.js';
import { rbacMessages } from '../i18n/messages/rbac.js';
import { rm, bindingText, roleText } from '../rbac/messages.js';
import type { Message } from '../model/message.js';
import { sanitizeLine as s } from '../text/sanitize.js';
import { mdInline as md } from '../text/markdown-escape.js';

const list = (xs: string[] | undefined) => `[${(xs ?? []).map((x) => (x === '' ? '""' : x)).join(',')}]`;

/** verbs=[get] apiGroups=[""] resources=[pods]: as kubectl prints a rule. */
export function describeRule(r: PolicyRule): string {
  if (r.nonResourceURLs?.length) return `verbs=${list(r.verbs)} nonResourceURLs=${list(r.nonResourceURLs)}`;
  const names = r.resourceNames?.length ? ` resourceNames=${list(r.resourceNames)}` : '';
  return `verbs=${list(r.verbs)} apiGroups=${list(r.apiGroups)} resources=${list(r.resources)}${names}`;
}

export function describeGrant(g: Grant, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  if (g.kind === 'superuser') return s(say(g.reason, lang));
  const agg = g.aggregatedFrom ? t['grant.aggregated']({ from: g.aggregatedFrom }) : '';
  return s(`${bindingText(g.binding)} ← ${roleText(g.role)}${agg} ← ${t['grant.rule']()} ${describeRule(g.rule)}`);
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

/** The first line of `can`: yes, no, or unknown. */
function verdictLine(c: AccessCheck, subjectText: string, lang: Lang): string {
  const request = describeAccessRequest(c.request, lang);
  if (c.answer === 'unknown') return say(rm['can.unknown']({ subject: s(subjectText), request }), lang);
  return rbacMessages(lang)['can.verdict']({ yes: c.answer === 'allowed', subject: s(subjectText), request });
}

function authorizerLine(c: AccessCheck, offline: boolean, lang: Lang): string {
  const t = rbacMessages(lang);
  if (c.authorizer)
    return t['can.authorizer']({ allowed: c.authorizer.allowed, reason: s(c.authorizer.reason), agree: c.agreement === 'agree' });
  return offline ? t['can.authorizer.offline']() : t['can.authorizer.forbidden']();
}

/** Warnings to print: offline answers say "offline" once, in their own line. */
function shown(warnings: readonly Message[], offline: boolean): Message[] {
  return warnings.filter((w) => !(offline && w.key === 'rbac:warn.offline'));
}

export function renderCanText(c: AccessCheck, subjectText: string, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const out: string[] = [verdictLine(c, subjectText, lang)];
  out.push(s(t['access.user']({ user: c.user.username || t['access.none'](), groups: c.user.groups.join(', ') || t['access.none']() })));
  out.push(t['can.rbac']({ allowed: c.allowed }));
  for (const g of c.grants) out.push(t['can.grantedBy']({ grant: describeGrant(g, lang) }));
  if (!c.allowed) {
    if (c.nearMisses.length === 0) out.push(t['can.noNearMiss']());
    for (const m of c.nearMisses) out.push(t['can.nearMiss']({ kind: m.kind, detail: s(say(m.detail, lang)) }));
  }
  out.push(authorizerLine(c, offline, lang));
  if (!c.complete) out.push(t['can.incomplete']());
  for (const w of shown(c.warnings, offline)) out.push(s(t['warning']({ text: say(w, lang) })));
  return `${out.join('\n')}\n`;
}

function subjectName(subj: WhoCan['subjects'][number]): string {
  return subj.kind === 'ServiceAccount' ? `${subj.namespace}/${subj.name}` : subj.name;
}

export function renderWhoCanText(w: WhoCan, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const out: string[] = [t['whocan.header']({ request: describeAccessRequest(w.request, lang) })];
  if (w.subjects.length === 0) out.push(t['whocan.nobody']());
  for (const subj of w.subjects) {
    const status = t['whocan.status']({ status: offline ? 'offline' : subj.verified ? 'verified' : 'unverified' });
    const note = subj.note ? say(subj.note, lang) : '';
    out.push(`  ${subj.kind} ${s(subjectName(subj))}  ${status}${note ? `  (${s(note)})` : ''}`);
    for (const g of subj.grants) out.push(`    ${describeGrant(g, lang)}`);
  }
  if (!w.complete) out.push(t['whocan.incomplete']());
  if (offline) out.push(t['access.offline']());
  for (const warning of shown(w.warnings, offline)) out.push(s(t['warning']({ text: say(warning, lang) })));
  return `${out.join('\n')}\n`;
}

export function renderCanMarkdown(c: AccessCheck, subjectText: string, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const out = [`# ${md(verdictLine(c, subjectText, lang))}`, ''];
  out.push(
    `- ${md(t['access.user']({ user: c.user.username || t['access.none'](), groups: c.user.groups.join(', ') || t['access.none']() }))}`,
  );
  out.push(`- ${md(t['can.rbac']({ allowed: c.allowed }))}`);
  out.push(`- ${md(authorizerLine(c, offline, lang))}`, '');
  if (c.grants.length) out.push(`## ${t['md.grantedBy']()}`, '', ...c.grants.map((g) => `- ${md(describeGrant(g, lang))}`), '');
  if (!c.allowed) {
    out.push(`## ${t['md.nearMisses']()}`, '');
    out.push(
      ...(c.nearMisses.length
        ? c.nearMisses.map((m) => `- **${m.kind}**: ${md(say(m.detail, lang))}`)
        : [`- ${t['can.noNearMiss']().trim()}`]),
      '',
    );
  }
  const warnings = [...(c.complete ? [] : [t['can.incomplete']()]), ...shown(c.warnings, offline).map((w) => say(w, lang))];
  if (warnings.length) out.push(`## ${t['md.warnings']()}`, '', ...warnings.map((w) => `- ${md(w)}`), '');
  return out.join('\n');
}

export function renderWhoCanMarkdown(w: WhoCan, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const out = [`# ${md(t['whocan.header']({ request: describeAccessRequest(w.request, lang) }).replace(/[:：]$/, ''))}`, ''];
  if (!w.subjects.length) out.push(t['whocan.nobody']().trim(), '');
  else {
    out.push(`| ${t['md.col.subject']()} | ${t['md.col.kind']()} | ${t['md.col.verified']()} | ${t['md.col.grantedBy']()} |`);
    out.push('| --- | --- | --- | --- |');
    for (const subj of w.subjects) {
      const verified = t['whocan.status']({ status: offline ? 'offline' : subj.verified ? 'verified' : 'unverified' });
      const grants = subj.grants.map((g) => md(describeGrant(g, lang))).join('<br>');
      const note = subj.note ? ` (${md(say(subj.note, lang))})` : '';
      out.push(`| ${md(subjectName(subj))}${note} | ${subj.kind} | ${verified} | ${grants} |`);
    }
    out.push('');
  }
  const warnings = [...(w.complete ? [] : [t['whocan.incomplete']()]), ...shown(w.warnings, offline).map((x) => say(x, lang))];
  if (offline) warnings.unshift(t['access.offline']());
  if (warnings.length) out.push(`## ${t['md.warnings']()}`, '', ...warnings.map((x) => `- ${md(x)}`), '');
  return out.join('\n');
}
