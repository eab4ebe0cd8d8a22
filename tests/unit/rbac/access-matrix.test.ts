// The access matrix on the sandbox's real RBAC objects: which rows are shown (built-in table plus the
// concrete resources of the subject's rules), resourceNames cells, and the comparison with the
// authorizer's answers (per-cell SubjectAccessReview verdicts, SelfSubjectRulesReview rules).
import { say } from '../../../src/i18n/localize.js';
import { describe, expect, it } from 'vitest';
import { matrixResources, nonEmptyRows, resourceLabel, subjectRisks } from '../../../src/rbac/access-rows.js';
import { cellRequest, cellsToVerify, withCellVerdicts, withRulesReview } from '../../../src/rbac/access-verify.js';
import { access, rulesFor } from '../../../src/rbac/resolve.js';
import { userInfoFor } from '../../../src/rbac/subjects.js';
import { sandboxSnapshot } from './fixtures.js';

const snapshot = sandboxSnapshot();
const ciBot = userInfoFor({ kind: 'ServiceAccount', namespace: 'rbac-fixture', name: 'ci-bot' });
const matrixFor = (user: typeof ciBot, ns: string) => access(snapshot, user, ns, matrixResources(rulesFor(snapshot, user, ns)));
const row = (m: ReturnType<typeof matrixFor>, label: string) => nonEmptyRows(m).find((r) => resourceLabel(r.resource) === label);

describe('access matrix', () => {
  it('ci-bot in rbac-fixture: pods and pods/exec from its Role, a named Secret, RBAC verbs outside the matrix verbs', () => {
    const m = matrixFor(ciBot, 'rbac-fixture');
    expect(
      row(m, 'pods')!
        .cells.filter((c) => c.allowed)
        .map((c) => c.verb),
    ).toEqual(['get', 'list', 'create']);
    expect(row(m, 'pods/exec')!.cells.find((c) => c.verb === 'create')!.allowed).toBe(true);
    expect(row(m, 'secrets')!.cells.find((c) => c.verb === 'get')).toMatchObject({ allowed: false, names: ['db-password'] });
    // bind/escalate/impersonate are not matrix verbs: no roles row, users only as a resource of its rule.
    expect(row(m, 'roles.rbac.authorization.k8s.io')).toBeUndefined();
    expect(m.rows.some((r) => r.resource.resource === 'users')).toBe(true);
  });

  it('lists the escalation risks it holds, each with its binding', () => {
    const applied = rulesFor(snapshot, ciBot, 'rbac-fixture');
    const risks = subjectRisks(applied).map((r) => `${r.id} ${r.binding.name}${r.limitedToNames ? ` ${r.limitedToNames.join(',')}` : ''}`);
    expect(risks).toEqual(
      expect.arrayContaining([
        'bind rbac-fixture-escalator',
        'escalate rbac-fixture-escalator',
        'impersonate rbac-fixture-escalator',
        'create-pods ci-bot-launch',
        'pods-exec ci-bot-launch',
        'read-secrets ci-bot-secrets db-password',
      ]),
    );
  });

  it('ci-bot elsewhere: nothing from its namespaced Roles', () => {
    const m = matrixFor(ciBot, 'shop');
    expect(row(m, 'pods')).toBeUndefined();
    expect(row(m, 'secrets')).toBeUndefined();
  });

  it('the custom resource of an aggregated role gets its own row', () => {
    const auditor = userInfoFor({ kind: 'Group', name: 'auditors' });
    const m = matrixFor(auditor, '');
    expect(
      row(m, 'widgets.example.com')!
        .cells.filter((c) => c.allowed)
        .map((c) => c.verb),
    ).toEqual(['get', 'list', 'watch']);
  });

  it('cluster-scoped cells never carry a namespace', () => {
    expect(cellRequest({ group: '', resource: 'nodes', clusterScoped: true }, 'get', 'shop').namespace).toBe('');
    expect(cellRequest({ group: '', resource: 'pods', subresource: 'log' }, 'get', 'shop')).toEqual({
      verb: 'get',
      group: '',
      resource: 'pods',
      subresource: 'log',
      namespace: 'shop',
    });
  });

  it('per-cell verdicts: agreement, and a disagreement named in the warnings', () => {
    const m = matrixFor(ciBot, 'rbac-fixture');
    const cells = cellsToVerify(m);
    expect(cells.length).toBe(nonEmptyRows(m).length * 8);
    const ours = cells.map((c) => m.rows[c.row]!.cells.find((x) => x.verb === c.verb)!.allowed);
    expect(withCellVerdicts(m, cells, ours).authorizer).toEqual({
      method: 'SubjectAccessReview',
      checked: cells.length,
      disagreements: [],
    });
    const flipped = ours.map((v, i) => (i === 0 ? !v : v));
    const d = withCellVerdicts(m, cells, flipped);
    expect(d.authorizer!.disagreements).toHaveLength(1);
    expect(say(d.warnings.at(-1)!, 'en')).toMatch(/^the authorizer disagrees on 1 cell\(s\)/);
  });

  it('a SelfSubjectRulesReview with the same rules agrees; a missing rule is a disagreement', () => {
    const m = matrixFor(ciBot, 'rbac-fixture');
    const applied = rulesFor(snapshot, ciBot, 'rbac-fixture');
    const rules = [...applied.clusterWide, ...applied.inNamespace].map((g) => g.rule);
    expect(withRulesReview(m, rules, false).authorizer!.disagreements).toEqual([]);
    const without = withRulesReview(
      m,
      rules.filter((r) => !(r.resources ?? []).includes('pods/exec')),
      true,
    );
    expect(without.authorizer!.incomplete).toBe(true);
    expect(without.authorizer!.disagreements.map((x) => `${x.verb} ${x.resource}`)).toEqual(
      expect.arrayContaining(['create pods/exec', 'create pods']),
    );
  });
});
