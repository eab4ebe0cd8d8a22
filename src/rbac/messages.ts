// The Messages the RBAC core returns (catalog `rbac`): pure code builds them, renderers say them.
import type { RbacMessages } from '../i18n/messages/rbac-en.js';
import { builders, message, type Message } from '../model/message.js';
import type { BindingRef, RoleRefSummary } from '../model/rbac.js';

export const rm = builders<RbacMessages>('rbac');

/** A list of names, joined in the output language ("a, b" / "a、b"); past `max`, "and N more". */
export function nameList(items: readonly string[], max = Infinity): Message {
  const shown = items.length <= max ? items : items.slice(0, max);
  return rm.more({ items: message('rbac:list', { items: [...shown] }), more: items.length - shown.length });
}

/** "RoleBinding ns/name", "ClusterRoleBinding name": Kubernetes' own words, the same in every language. */
export function bindingText(b: BindingRef): string {
  return b.kind === 'RoleBinding' ? `RoleBinding ${b.namespace}/${b.name}` : `ClusterRoleBinding ${b.name}`;
}

export function roleText(r: RoleRefSummary): string {
  return r.kind === 'Role' ? `Role ${r.namespace}/${r.name}` : `ClusterRole ${r.name}`;
}

/** binding → role (rule aggregated from X). */
export function via(b: BindingRef, r: RoleRefSummary | null, from?: string): Message {
  return rm.via({ binding: bindingText(b), role: r ? roleText(r) : '?', ...(from ? { from } : {}) });
}
