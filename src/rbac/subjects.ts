// Subjects: the CLI syntax, the user info the apiserver would build (with its implicit groups), and
// whether a binding subject applies to a user (appliesToUser in pkg/registry/rbac/validation/rule.go).

import { em, usageError } from '../errors.js';
import type { BindingSubject, Subject, SubjectSpec, UserInfo } from '../model/rbac.js';
import { quoted, type Message } from '../model/message.js';
import { rm } from './messages.js';

export const SA_USER_PREFIX = 'system:serviceaccount:';
export const GROUP_AUTHENTICATED = 'system:authenticated';
export const GROUP_UNAUTHENTICATED = 'system:unauthenticated';
export const GROUP_SERVICEACCOUNTS = 'system:serviceaccounts';
export const GROUP_SERVICEACCOUNTS_PREFIX = 'system:serviceaccounts:';
export const GROUP_MASTERS = 'system:masters';
export const USER_ANONYMOUS = 'system:anonymous';
export const GROUP_NODES = 'system:nodes';
export const NODE_USER_PREFIX = 'system:node:';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const EXPECTED = em['subject.expected']();

function invalid(text: string, why: Message) {
  return usageError(em['subject.invalid']({ subject: quoted(text), why }), em['subject.invalid.hint']());
}

export function isDnsLabel(s: string): boolean {
  return s.length <= 63 && DNS_LABEL.test(s);
}

export function isDnsSubdomain(s: string): boolean {
  return s.length <= 253 && DNS_SUBDOMAIN.test(s);
}

/** Parses me | user:NAME | group:NAME | sa:NS/NAME (prefix case-insensitive; `serviceaccount:` also accepted). */
export function parseSubject(text: string): SubjectSpec {
  if (text === 'me') return { kind: 'Me' };
  const colon = text.indexOf(':');
  if (colon < 0) throw invalid(text, EXPECTED);
  const prefix = text.slice(0, colon).toLowerCase();
  const rest = text.slice(colon + 1);
  if (CONTROL.test(rest)) throw invalid(text, em['subject.control']());
  switch (prefix) {
    case 'user':
    case 'group': {
      if (rest.trim() === '') throw invalid(text, em['subject.empty']({ prefix }));
      if (rest !== rest.trim()) throw invalid(text, em['subject.spaces']({ prefix }));
      return { kind: prefix === 'user' ? 'User' : 'Group', name: rest };
    }
    case 'sa':
    case 'serviceaccount': {
      const slash = rest.indexOf('/');
      if (slash < 0) throw invalid(text, em['subject.sa']());
      const namespace = rest.slice(0, slash);
      const name = rest.slice(slash + 1);
      if (!isDnsLabel(namespace)) throw invalid(text, em['subject.namespace']({ name: quoted(namespace) }));
      if (!isDnsSubdomain(name)) throw invalid(text, em['subject.saName']({ name: quoted(name) }));
      return { kind: 'ServiceAccount', namespace, name };
    }
    default:
      throw invalid(text, EXPECTED);
  }
}

export function serviceAccountUsername(namespace: string, name: string): string {
  return `${SA_USER_PREFIX}${namespace}:${name}`;
}

/** system:serviceaccount:NS:NAME → {namespace, name}; anything else → null (as serviceaccount.SplitUsername). */
export function parseServiceAccountUsername(username: string): { namespace: string; name: string } | null {
  if (!username.startsWith(SA_USER_PREFIX)) return null;
  const parts = username.slice(SA_USER_PREFIX.length).split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { namespace: parts[0], name: parts[1] };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * Adds the groups the apiserver adds on its own: system:authenticated for every authenticated user
 * (system:unauthenticated for system:anonymous), and for a ServiceAccount user system:serviceaccounts and
 * system:serviceaccounts:NS. Idempotent; keeps the given groups first.
 */
export function withImplicitGroups(user: UserInfo): UserInfo {
  const groups = [...user.groups];
  if (user.username === USER_ANONYMOUS || groups.includes(GROUP_UNAUTHENTICATED)) {
    if (!groups.includes(GROUP_UNAUTHENTICATED)) groups.push(GROUP_UNAUTHENTICATED);
  } else {
    const sa = parseServiceAccountUsername(user.username);
    if (sa) groups.push(GROUP_SERVICEACCOUNTS, GROUP_SERVICEACCOUNTS_PREFIX + sa.namespace);
    groups.push(GROUP_AUTHENTICATED);
  }
  return { ...user, groups: unique(groups) };
}

/**
 * The user info a subject would have when impersonated (kubectl --as / --as-group). A User or Group gets
 * only the implicit groups: groups from the real authenticator (OIDC, certificates) are unknown here.
 * A Group subject means "an unnamed member of that group".
 */
export function userInfoFor(subject: Subject, extraGroups: string[] = []): UserInfo {
  switch (subject.kind) {
    case 'ServiceAccount':
      return withImplicitGroups({ username: serviceAccountUsername(subject.namespace ?? '', subject.name), groups: extraGroups });
    case 'User':
      // A kubelet authenticates as system:node:NAME in group system:nodes (its certificate's O).
      return withImplicitGroups({
        username: subject.name,
        groups: subject.name.startsWith(NODE_USER_PREFIX) ? [GROUP_NODES, ...extraGroups] : extraGroups,
      });
    case 'Group':
      if (subject.name === GROUP_UNAUTHENTICATED) {
        return withImplicitGroups({ username: USER_ANONYMOUS, groups: [subject.name, ...extraGroups] });
      }
      return withImplicitGroups({ username: '', groups: [subject.name, ...extraGroups] });
  }
}

/**
 * Whether one binding subject applies to the user. `bindingNamespace` is the RoleBinding's namespace, or ''
 * for a ClusterRoleBinding: a ServiceAccount subject without namespace defaults to it, and with neither it
 * matches nobody. Unknown kinds match nobody.
 */
export function appliesTo(subject: BindingSubject, user: UserInfo, bindingNamespace: string): boolean {
  switch (subject.kind) {
    case 'User':
      return user.username === subject.name;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount': {
      const ns = subject.namespace ? subject.namespace : bindingNamespace;
      if (!ns) return false;
      return user.username === serviceAccountUsername(ns, subject.name);
    }
    default:
      return false;
  }
}

/** Index of the first subject of a binding that applies to the user (as the upstream visitor reports), or -1. */
export function firstApplyingSubject(subjects: readonly BindingSubject[] | undefined, user: UserInfo, bindingNamespace: string): number {
  if (!subjects) return -1;
  for (let i = 0; i < subjects.length; i++) {
    if (appliesTo(subjects[i]!, user, bindingNamespace)) return i;
  }
  return -1;
}

/** A kubelet's identity, as the Node authorizer recognizes it: user system:node:NAME in group system:nodes. */
export function isNodeIdentity(user: UserInfo): boolean {
  return user.username.startsWith(NODE_USER_PREFIX) && user.username.length > NODE_USER_PREFIX.length && user.groups.includes(GROUP_NODES);
}

export function nodeName(username: string): string {
  return username.slice(NODE_USER_PREFIX.length);
}

/** Who is in the built-in groups; membership of any other group is decided by the authenticator. */
export function implicitGroupNote(group: string): Message | undefined {
  if (group === GROUP_AUTHENTICATED) return rm['group.authenticated']();
  if (group === GROUP_UNAUTHENTICATED) return rm['group.unauthenticated']();
  if (group === GROUP_SERVICEACCOUNTS) return rm['group.serviceaccounts']();
  if (group.startsWith(GROUP_SERVICEACCOUNTS_PREFIX))
    return rm['group.serviceaccountsNs']({ ns: group.slice(GROUP_SERVICEACCOUNTS_PREFIX.length) });
  if (group === GROUP_MASTERS) return rm['group.masters']();
  if (group === GROUP_NODES) return rm['group.nodes']();
  if (group === 'system:bootstrappers' || group.startsWith('system:bootstrappers:')) return rm['group.bootstrappers']();
  return undefined;
}

/** The subject a user info stands for, when it is a single principal. */
export function subjectOfUser(user: UserInfo): Subject {
  const sa = parseServiceAccountUsername(user.username);
  if (sa) return { kind: 'ServiceAccount', namespace: sa.namespace, name: sa.name };
  if (user.username === '' && user.groups[0]) return { kind: 'Group', name: user.groups[0] };
  return { kind: 'User', name: user.username };
}
