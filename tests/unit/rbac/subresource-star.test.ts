// "pods/*" in a rule reads like "every subresource of pods", but RBAC matches a resource entry as written
// except "*" and "*/SUB" (pkg/apis/rbac/v1/evaluation_helpers.go ResourceMatches): the entry matches no
// request, as `kubectl auth can-i get pods --subresource=log --as carol` (no) confirms on the sandbox.
// Objects captured from the sandbox: tests/fixtures/rbac/sub-wild (Role sweeprt/sub-wild, RoleBinding carol-sub).
import { describe, expect, it } from 'vitest';
import { say } from '../../../src/i18n/localize.js';
import type { AccessRequest } from '../../../src/model/rbac.js';
import { canI } from '../../../src/rbac/resolve.js';
import { buildSnapshot } from '../../../src/rbac/snapshot.js';
import { userInfoFor } from '../../../src/rbac/subjects.js';
import { explainFixture } from '../../support/fixture-reader.js';
import { listItems } from './fixtures.js';

const items = listItems<{ kind: string }>('sub-wild/rbac.json');
const snap = buildSnapshot({
  clusterRoles: [],
  clusterRoleBindings: [],
  roles: items.filter((i) => i.kind === 'Role') as never[],
  roleBindings: items.filter((i) => i.kind === 'RoleBinding') as never[],
  source: 'live',
});
const carol = userInfoFor({ kind: 'User', name: 'carol' });
const req = (r: Partial<AccessRequest> & { verb: string }) =>
  ({ group: '', resource: 'pods', namespace: 'sweeprt', ...r }) as AccessRequest;

describe('a rule listing pods/*', () => {
  it('can: get pods/log is denied (as the authorizer says), and the near miss says pods/* is not a wildcard (en, ja)', () => {
    const c = canI(snap, carol, req({ verb: 'get', subresource: 'log' }));
    expect(c.allowed).toBe(false);
    expect(c.nearMisses.map((m) => m.kind)).toEqual(['subresource']);
    expect(say(c.nearMisses[0]!.detail, 'en')).toContain('lists pods/*, which is not a wildcard');
    expect(say(c.nearMisses[0]!.detail, 'en')).toContain('list pods/log, */log');
    expect(say(c.nearMisses[0]!.detail, 'ja')).toContain('pods/* はどのリクエストにも一致しません。pods/log, */log と書いてください');
  });

  it('can: get pods is denied too, with the same explanation', () => {
    const c = canI(snap, carol, req({ verb: 'get' }));
    expect(c.allowed).toBe(false);
    expect(say(c.nearMisses[0]!.detail, 'en')).toContain('pods/* matches no request; list pods');
  });

  it('explain role: the rule is a warning that names the entry and what to write instead (en, ja)', async () => {
    const e = (await explainFixture('rbac/sub-wild', 'Role', 'sub-wild', 'sweeprt')).e;
    const rule = e.findings.find((f) => f.id === 'rule.1')!;
    expect(rule.severity).toBe('warning');
    expect(rule.detail).toContain('pods/* is not a wildcard');
    expect(rule.detail).toContain('List each subresource by name (pods/SUB), or */SUB');
    // The rule holds nothing but pods/*: it is not said to allow anything.
    expect(rule.detail).not.toMatch(/^Allows/m);
    // */scale is the real wildcard form: no such warning on rule 2.
    expect(e.findings.find((f) => f.id === 'rule.2')!.detail).not.toContain('not a wildcard');
    // verbs: ["*"] is said as what it stands for.
    expect(e.findings.find((f) => f.id === 'rule.3')!.detail).toBe(
      'Allows every verb on services in API group(s) core (""), only for the objects named web.',
    );
    const ja = (await explainFixture('rbac/sub-wild', 'Role', 'sub-wild', 'sweeprt', 'ja')).e;
    expect(ja.findings.find((f) => f.id === 'rule.1')!.detail).toContain('pods/* はワイルドカードではありません');
    expect(ja.findings.find((f) => f.id === 'rule.3')!.detail).toBe(
      'API グループ core ("") の services に対する すべての verb を許可します(名前が web のオブジェクトだけ)。',
    );
  });
});
