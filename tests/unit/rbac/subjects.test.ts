import { say } from '../../../src/i18n/localize.js';
import { describe, expect, it } from 'vitest';
import { ExitCode, KxError } from '../../../src/errors.js';
import {
  appliesTo,
  firstApplyingSubject,
  implicitGroupNote,
  parseServiceAccountUsername,
  parseSubject,
  subjectOfUser,
  userInfoFor,
  withImplicitGroups,
} from '../../../src/rbac/subjects.js';

describe('parseSubject', () => {
  it.each([
    ['me', { kind: 'Me' }],
    ['user:alice', { kind: 'User', name: 'alice' }],
    ['user:alice@example.com', { kind: 'User', name: 'alice@example.com' }],
    ['user:oidc:https://issuer#alice', { kind: 'User', name: 'oidc:https://issuer#alice' }],
    ['User:alice', { kind: 'User', name: 'alice' }],
    ['group:system:authenticated', { kind: 'Group', name: 'system:authenticated' }],
    ['sa:kube-system/default', { kind: 'ServiceAccount', namespace: 'kube-system', name: 'default' }],
    ['serviceaccount:ci/deployer.v2', { kind: 'ServiceAccount', namespace: 'ci', name: 'deployer.v2' }],
  ])('%s', (text, expected) => {
    expect(parseSubject(text)).toEqual(expected);
  });

  it.each([
    ['alice', 'expected me, user:NAME'],
    ['user:', 'name is empty'],
    ['group: ', 'name is empty'],
    ['user: alice', 'leading or trailing spaces'],
    ['sa:default', 'expected sa:NAMESPACE/NAME'],
    ['sa:/default', 'not a valid namespace name'],
    ['sa:Kube-System/default', 'not a valid namespace name'],
    ['sa:ns/', 'not a valid ServiceAccount name'],
    ['sa:ns/a/b', 'not a valid ServiceAccount name'],
    ['role:admin', 'expected me, user:NAME'],
    ['user:a\u001b[31mb', 'control characters'],
    ['', 'expected me'],
  ])('rejects %j with a one-line usage error', (text, fragment) => {
    let err: unknown;
    try {
      parseSubject(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KxError);
    const k = err as KxError;
    expect(k.exitCode).toBe(ExitCode.usage);
    expect(k.message).toContain(fragment);
    expect(k.message).not.toMatch(/[\n\u001b]/);
  });
});

describe('user info with implicit groups', () => {
  it('a user is authenticated', () => {
    expect(userInfoFor({ kind: 'User', name: 'alice' })).toEqual({ username: 'alice', groups: ['system:authenticated'] });
  });
  it('a ServiceAccount gets its username and three groups', () => {
    expect(userInfoFor({ kind: 'ServiceAccount', namespace: 'ci', name: 'deployer' })).toEqual({
      username: 'system:serviceaccount:ci:deployer',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:ci', 'system:authenticated'],
    });
  });
  it('user:system:serviceaccount:NS:NAME is treated like the ServiceAccount (as impersonation does)', () => {
    expect(userInfoFor({ kind: 'User', name: 'system:serviceaccount:ci:deployer' }).groups).toContain('system:serviceaccounts:ci');
  });
  it('anonymous is unauthenticated', () => {
    expect(userInfoFor({ kind: 'User', name: 'system:anonymous' })).toEqual({
      username: 'system:anonymous',
      groups: ['system:unauthenticated'],
    });
    expect(userInfoFor({ kind: 'Group', name: 'system:unauthenticated' })).toEqual({
      username: 'system:anonymous',
      groups: ['system:unauthenticated'],
    });
  });
  it('a group stands for an unnamed authenticated member', () => {
    expect(userInfoFor({ kind: 'Group', name: 'devs' })).toEqual({ username: '', groups: ['devs', 'system:authenticated'] });
  });
  it('withImplicitGroups is idempotent and keeps real groups first', () => {
    const u = withImplicitGroups({ username: 'bob', groups: ['oidc:devs', 'system:authenticated'] });
    expect(u.groups).toEqual(['oidc:devs', 'system:authenticated']);
    expect(withImplicitGroups(u)).toEqual(u);
  });
  it('parses ServiceAccount usernames strictly', () => {
    expect(parseServiceAccountUsername('system:serviceaccount:ns:sa')).toEqual({ namespace: 'ns', name: 'sa' });
    expect(parseServiceAccountUsername('system:serviceaccount:ns')).toBeNull();
    expect(parseServiceAccountUsername('system:serviceaccount:ns:sa:x')).toBeNull();
    expect(parseServiceAccountUsername('alice')).toBeNull();
  });
  it('subjectOfUser inverts userInfoFor', () => {
    expect(subjectOfUser(userInfoFor({ kind: 'ServiceAccount', namespace: 'a', name: 'b' }))).toEqual({
      kind: 'ServiceAccount',
      namespace: 'a',
      name: 'b',
    });
    expect(subjectOfUser(userInfoFor({ kind: 'Group', name: 'devs' }))).toEqual({ kind: 'Group', name: 'devs' });
  });
});

describe('appliesTo (appliesToUser)', () => {
  const alice = userInfoFor({ kind: 'User', name: 'alice' });
  const sa = userInfoFor({ kind: 'ServiceAccount', namespace: 'team-a', name: 'builder' });
  it.each([
    ['User by name', { kind: 'User', name: 'alice' }, alice, 'team-a', true],
    ['User names are exact', { kind: 'User', name: 'Alice' }, alice, 'team-a', false],
    ['Group by membership', { kind: 'Group', name: 'system:authenticated' }, alice, '', true],
    ['Group not held', { kind: 'Group', name: 'ops' }, alice, '', false],
    ['a User subject does not match a group name', { kind: 'User', name: 'system:authenticated' }, alice, '', false],
    ['SA with namespace', { kind: 'ServiceAccount', name: 'builder', namespace: 'team-a' }, sa, '', true],
    ['SA in another namespace', { kind: 'ServiceAccount', name: 'builder', namespace: 'team-b' }, sa, 'team-a', false],
    ['SA without namespace defaults to the RoleBinding namespace', { kind: 'ServiceAccount', name: 'builder' }, sa, 'team-a', true],
    ['SA without namespace, RoleBinding elsewhere', { kind: 'ServiceAccount', name: 'builder' }, sa, 'team-b', false],
    ['SA without namespace in a ClusterRoleBinding matches nobody', { kind: 'ServiceAccount', name: 'builder' }, sa, '', false],
    ['SA subject vs its username as User subject', { kind: 'User', name: 'system:serviceaccount:team-a:builder' }, sa, '', true],
    ['group of all ServiceAccounts of a namespace', { kind: 'Group', name: 'system:serviceaccounts:team-a' }, sa, '', true],
    ['unknown kind', { kind: 'Robot', name: 'alice' }, alice, '', false],
  ])('%s', (_d, subject, user, ns, expected) => {
    expect(appliesTo(subject, user, ns)).toBe(expected);
  });
  it('reports the first applying subject, as the upstream visitor does', () => {
    const subjects = [
      { kind: 'User', name: 'bob' },
      { kind: 'Group', name: 'system:authenticated' },
      { kind: 'User', name: 'alice' },
    ];
    expect(firstApplyingSubject(subjects, alice, '')).toBe(1);
    expect(firstApplyingSubject([], alice, '')).toBe(-1);
  });
  it('explains the built-in groups', () => {
    expect(say(implicitGroupNote('system:serviceaccounts:team-a')!, 'en')).toContain('team-a');
    expect(say(implicitGroupNote('system:masters')!, 'en')).toContain('without asking RBAC');
    expect(implicitGroupNote('devs')).toBeUndefined();
  });
});
