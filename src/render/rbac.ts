// Text and Markdown of AccessCheck (can) and WhoCan (who-can), in the chosen language: every sentence is a
// Message said here. Every line goes through the escaping writer, so names, rules and reasons from the
// cluster are sanitized (text) or escaped (Markdown: table pipes, HTML, links) as they are written.
import type { AccessCheck, AccessRequest, Grant, PolicyRule, WhoCan } from '../model/rbac.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localize.js';
import { rbacMessages } from '../i18n/messages/rbac.js';
import { rm, bindingText, roleText } from '../rbac/messages.js';
import type { Message } from '../model/message.js';
import { escapedWriter, type EscapedWriter } from '../text/escaped-writer.js';

const list = (xs: string[] | undefined) => `[${(xs ?? []).map((x) => (x === '' ? '""' : x)).join(',')}]`;

/** verbs=[get] apiGroups=[""] resources=[pods]: as kubectl prints a rule. */
export function describeRule(r: PolicyRule): string {
  if (r.nonResourceURLs?.length) return `verbs=${list(r.verbs)} nonResourceURLs=${list(r.nonResourceURLs)}`;
  const names = r.resourceNames?.length ? ` resourceNames=${list(r.resourceNames)}` : '';
  return `verbs=${list(r.verbs)} apiGroups=${list(r.apiGroups)} resources=${list(r.resources)}${names}`;
}

export function describeGrant(g: Grant, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  if (g.kind === 'superuser') return say(g.reason, lang);
  const agg = g.aggregatedFrom ? t['grant.aggregated']({ from: g.aggregatedFrom }) : '';
  return `${bindingText(g.binding)} ← ${roleText(g.role)}${agg} ← ${t['grant.rule']()} ${describeRule(g.rule)}`;
}

export function describeAccessRequest(q: AccessRequest, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  if ('nonResourceURL' in q) return `${q.verb} ${q.nonResourceURL}`;
  const res = `${q.group ? `${q.resource}.${q.group}` : q.resource}${q.subresource ? `/${q.subresource}` : ''}`;
  const where =
    q.namespace === undefined
      ? t['req.where.any']()
      : q.namespace === ''
        ? t['req.where.cluster']()
        : t['req.where.ns']({ ns: q.namespace });
  return t['req.text']({ verb: q.verb, res, name: q.name ?? '', where });
}

/** The first line of `can`: yes, no, or unknown. */
function verdictLine(c: AccessCheck, subjectText: string, lang: Lang): string {
  const request = describeAccessRequest(c.request, lang);
  if (c.answer === 'unknown') return say(rm['can.unknown']({ subject: subjectText, request }), lang);
  return rbacMessages(lang)['can.verdict']({ yes: c.answer === 'allowed', subject: subjectText, request });
}

function authorizerLine(c: AccessCheck, offline: boolean, lang: Lang): string {
  const t = rbacMessages(lang);
  if (c.authorizer)
    return t['can.authorizer']({ allowed: c.authorizer.allowed, reason: c.authorizer.reason, agree: c.agreement === 'agree' });
  return offline ? t['can.authorizer.offline']() : t['can.authorizer.forbidden']();
}

/** Warnings to print: offline answers say "offline" once, in their own line. */
function shown(warnings: readonly Message[], offline: boolean): Message[] {
  return warnings.filter((w) => !(offline && w.key === 'rbac:warn.offline'));
}

const userLine = (u: AccessCheck['user'], lang: Lang) => {
  const t = rbacMessages(lang);
  return t['access.user']({ user: u.username || t['access.none'](), groups: u.groups.join(', ') || t['access.none']() });
};

export function renderCanText(c: AccessCheck, subjectText: string, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const w = escapedWriter('text');
  w.line`${verdictLine(c, subjectText, lang)}`;
  w.line`${userLine(c.user, lang)}`;
  w.line`${t['can.rbac']({ allowed: c.allowed })}`;
  for (const g of c.grants) w.line`${t['can.grantedBy']({ grant: describeGrant(g, lang) })}`;
  if (!c.allowed) {
    if (c.nearMisses.length === 0) w.line`${t['can.noNearMiss']()}`;
    for (const m of c.nearMisses) w.line`${t['can.nearMiss']({ kind: m.kind, detail: say(m.detail, lang) })}`;
  }
  w.line`${authorizerLine(c, offline, lang)}`;
  if (!c.complete) w.line`${t['can.incomplete']()}`;
  for (const warning of shown(c.warnings, offline)) w.line`${t['warning']({ text: say(warning, lang) })}`;
  return w.text();
}

function subjectName(subj: WhoCan['subjects'][number]): string {
  return subj.kind === 'ServiceAccount' ? `${subj.namespace}/${subj.name}` : subj.name;
}

export function renderWhoCanText(who: WhoCan, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const w = escapedWriter('text');
  w.line`${t['whocan.header']({ request: describeAccessRequest(who.request, lang) })}`;
  if (who.subjects.length === 0) w.line`${t['whocan.nobody']()}`;
  for (const subj of who.subjects) {
    const status = t['whocan.status']({ status: offline ? 'offline' : subj.verified ? 'verified' : 'unverified' });
    const note = subj.note ? w`  (${say(subj.note, lang)})` : '';
    w.line`  ${subj.kind} ${subjectName(subj)}  ${status}${note}`;
    for (const g of subj.grants) w.line`    ${describeGrant(g, lang)}`;
  }
  if (!who.complete) w.line`${t['whocan.incomplete']()}`;
  if (offline) w.line`${t['access.offline']()}`;
  for (const warning of shown(who.warnings, offline)) w.line`${t['warning']({ text: say(warning, lang) })}`;
  return w.text();
}

export function renderCanMarkdown(c: AccessCheck, subjectText: string, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const w = escapedWriter('markdown');
  w.line`# ${verdictLine(c, subjectText, lang)}`;
  w.line();
  w.line`- ${userLine(c.user, lang)}`;
  w.line`- ${t['can.rbac']({ allowed: c.allowed })}`;
  w.line`- ${authorizerLine(c, offline, lang)}`;
  w.line();
  if (c.grants.length) {
    w.line`## ${t['md.grantedBy']()}`;
    w.line();
    for (const g of c.grants) w.line`- ${describeGrant(g, lang)}`;
    w.line();
  }
  if (!c.allowed) {
    w.line`## ${t['md.nearMisses']()}`;
    w.line();
    for (const m of c.nearMisses) w.line`- **${m.kind}**: ${say(m.detail, lang)}`;
    if (!c.nearMisses.length) w.line`- ${t['can.noNearMiss']().trim()}`;
    w.line();
  }
  const warnings = [...(c.complete ? [] : [t['can.incomplete']()]), ...shown(c.warnings, offline).map((x) => say(x, lang))];
  return warningsSection(w, t['md.warnings'](), warnings);
}

/** The closing Warnings section of a Markdown answer (none when there is nothing to warn of), and the text. */
function warningsSection(w: EscapedWriter, title: string, warnings: readonly string[]): string {
  if (warnings.length) {
    w.line`## ${title}`;
    w.line();
    for (const x of warnings) w.line`- ${x}`;
    w.line();
  }
  return w.text().replace(/\n$/, '');
}

export function renderWhoCanMarkdown(who: WhoCan, offline = false, lang: Lang = 'en'): string {
  const t = rbacMessages(lang);
  const w = escapedWriter('markdown');
  w.line`# ${t['whocan.header']({ request: describeAccessRequest(who.request, lang) }).replace(/[:：]$/, '')}`;
  w.line();
  if (!who.subjects.length) {
    w.line`${t['whocan.nobody']().trim()}`;
    w.line();
  } else {
    w.line`| ${t['md.col.subject']()} | ${t['md.col.kind']()} | ${t['md.col.verified']()} | ${t['md.col.grantedBy']()} |`;
    w.line`| --- | --- | --- | --- |`;
    for (const subj of who.subjects) {
      const verified = t['whocan.status']({ status: offline ? 'offline' : subj.verified ? 'verified' : 'unverified' });
      const grants = w.join(
        subj.grants.map((g) => describeGrant(g, lang)),
        '<br>',
      );
      const note = subj.note ? w` (${say(subj.note, lang)})` : '';
      w.line`| ${subjectName(subj)}${note} | ${subj.kind} | ${verified} | ${grants} |`;
    }
    w.line();
  }
  const warnings = [...(who.complete ? [] : [t['whocan.incomplete']()]), ...shown(who.warnings, offline).map((x) => say(x, lang))];
  if (offline) warnings.unshift(t['access.offline']());
  return warningsSection(w, t['md.warnings'](), warnings);
}
