import { say } from '../../../src/i18n/localize.js';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { ClusterRole, PolicyRule } from '../../../src/model/rbac.js';
import { aggregationComponents, labelSelectorMatches, resolveClusterRoles, ruleKey, rulesEqual } from '../../../src/rbac/aggregation.js';
import { snapshotFromManifests } from '../../../src/rbac/snapshot.js';
import { fixtureText, liveSnapshot } from './fixtures.js';

const cr = (
  name: string,
  rules: PolicyRule[],
  labels?: Record<string, string>,
  selectors?: ClusterRole['aggregationRule'],
): ClusterRole => ({
  metadata: { name, ...(labels ? { labels } : {}) },
  rules,
  ...(selectors ? { aggregationRule: selectors } : {}),
});
const find = <T extends { rule: PolicyRule }>(rules: T[], pred: (r: PolicyRule) => boolean): T | undefined =>
  rules.find((x) => pred(x.rule));

describe('labelSelectorMatches (metav1.LabelSelectorAsSelector)', () => {
  const labels = { app: 'web', tier: 'read' };
  it.each([
    ['matchLabels hit', { matchLabels: { app: 'web' } }, true],
    ['matchLabels miss', { matchLabels: { app: 'db' } }, false],
    ['matchLabels all must hold', { matchLabels: { app: 'web', tier: 'write' } }, false],
    ['empty selector selects everything', {}, true],
    ['In', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['read', 'x'] }] }, true],
    ['In, key absent', { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, false],
    ['NotIn, value listed', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['read'] }] }, false],
    ['NotIn, key absent matches', { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, true],
    ['Exists', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    ['DoesNotExist, absent', { matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] }, true],
  ])('%s', (_d, selector, expected) => {
    expect(labelSelectorMatches(selector, labels)).toBe(expected);
  });
  it('an unknown operator is invalid (null)', () => {
    expect(labelSelectorMatches({ matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] }, labels)).toBeNull();
  });
});

describe('rule equality (equality.Semantic: nil == [], order matters)', () => {
  it('treats missing lists as empty', () => {
    expect(
      rulesEqual(
        { verbs: ['get'], apiGroups: [''], resources: ['pods'] },
        { verbs: ['get'], apiGroups: [''], resources: ['pods'], resourceNames: [] },
      ),
    ).toBe(true);
  });
  it('is order-sensitive', () => {
    expect(ruleKey({ verbs: ['get', 'list'] })).not.toBe(ruleKey({ verbs: ['list', 'get'] }));
  });
});

describe('aggregationComponents: controller order', () => {
  it('per selector, sorted by name, self excluded, no repeats', () => {
    const all = [
      cr('zeta', [], { a: '1', b: '1' }),
      cr('alpha', [], { b: '1' }),
      cr('mid', [], { a: '1' }),
      cr('agg', [], { a: '1' }, { clusterRoleSelectors: [{ matchLabels: { a: '1' } }, { matchLabels: { b: '1' } }] }),
    ];
    const comps = aggregationComponents(all[3]!, all).map((c) => c.metadata.name);
    expect(comps).toEqual(['mid', 'zeta', 'alpha']);
  });
});

describe('live aggregation: provenance of the default roles', () => {
  const snap = liveSnapshot();
  const resolved = resolveClusterRoles(snap.clusterRoles, 'live');
  const admin = resolved.rules.get('admin')!;
  const edit = resolved.rules.get('edit')!;
  const view = resolved.rules.get('view')!;

  it('keeps the live rules as they are (the authorizer uses them)', () => {
    const liveAdmin = snap.clusterRoles.find((c) => c.metadata.name === 'admin')!;
    expect(admin.map((r) => r.rule)).toEqual(liveAdmin.rules);
    expect(admin).toHaveLength(26);
  });

  it('attributes view rules to system:aggregate-to-view and the CRD role', () => {
    const pods = find(view, (r) => r.resources?.includes('pods/log') ?? false)!;
    expect(pods.aggregatedFrom).toBe('system:aggregate-to-view');
    const crontabs = find(view, (r) => r.resources?.includes('crontabs') ?? false)!;
    expect(crontabs.aggregatedFrom).toBe('crontab-viewer');
  });

  it('records the chain admin ← edit ← view ← system:aggregate-to-view', () => {
    const podsLog = find(admin, (r) => r.resources?.includes('pods/log') ?? false)!;
    expect(podsLog.aggregatedFrom).toBe('edit');
    expect(podsLog.aggregationPath).toEqual(['edit', 'view', 'system:aggregate-to-view']);
    const crontabs = find(edit, (r) => r.resources?.includes('crontabs') ?? false)!;
    expect(crontabs.aggregationPath).toEqual(['view', 'crontab-viewer']);
  });

  it('attributes admin-only rules to system:aggregate-to-admin', () => {
    const rbac = find(admin, (r) => r.resources?.includes('rolebindings') ?? false)!;
    expect(rbac.aggregatedFrom).toBe('system:aggregate-to-admin');
    expect(rbac.aggregationPath).toEqual(['system:aggregate-to-admin']);
  });

  it('matchExpressions selectors work (monitoring ← prometheus-reader)', () => {
    const m = resolved.rules.get('monitoring')!;
    expect(m).toHaveLength(2);
    expect(m.every((r) => r.aggregatedFrom === 'prometheus-reader')).toBe(true);
  });

  it('plain ClusterRoles have no provenance', () => {
    expect(resolved.rules.get('node-reader')![0]!.aggregatedFrom).toBeUndefined();
  });

  it('has nothing to warn about on a converged cluster', () => {
    expect(resolved.warnings).toEqual([]);
  });

  it('warns when the controller has not caught up and when a rule matches no component', () => {
    const roles = snap.clusterRoles.map((c) => structuredClone(c));
    // A new component whose rule is not in view yet, and a hand-added rule in view.
    roles.push(
      cr('widgets-viewer', [{ verbs: ['get'], apiGroups: ['example.com'], resources: ['widgets'] }], {
        'rbac.authorization.k8s.io/aggregate-to-view': 'true',
      }),
    );
    roles.find((c) => c.metadata.name === 'view')!.rules!.push({ verbs: ['get'], apiGroups: [''], resources: ['secrets'] });
    const r = resolveClusterRoles(roles, 'live');
    const texts = r.warnings.filter((w) => w.role === 'view').map((w) => say(w.message, 'en'));
    expect(texts.some((t) => t.includes('not in its rules yet'))).toBe(true);
    expect(texts.some((t) => t.includes('come from none of its aggregated components'))).toBe(true);
    const hand = find(r.rules.get('view')!, (x) => x.resources?.[0] === 'secrets')!;
    expect(hand.aggregatedFrom).toBeUndefined();
    // Live truth: the not-yet-aggregated widgets rule is not granted by view.
    expect(r.rules.get('view')!.some((x) => x.rule.resources?.includes('widgets'))).toBe(false);
  });
});

describe('offline aggregation: computed as the controller would', () => {
  const docs = parseAllDocuments(fixtureText('manifests.yaml')).map((d) => d.toJS());
  const snap = snapshotFromManifests(docs, { defaultNamespace: 'dev' });
  const resolved = resolveClusterRoles(snap.clusterRoles, 'manifests');

  it('computes team-view from both selectors, deduplicating equal rules', () => {
    const tv = resolved.rules.get('team-view')!;
    expect(tv.map((r) => [r.rule.resources, r.aggregatedFrom])).toEqual([
      [['pods', 'pods/log'], 'team-pods-read'],
      [['crontabs'], 'crontabs-read'],
    ]);
  });

  it('computes nested aggregation with the whole path', () => {
    const te = resolved.rules.get('team-edit')!;
    expect(te.map((r) => r.aggregationPath)).toEqual([
      ['team-pods-write'],
      ['team-view', 'team-pods-read'],
      ['team-view', 'crontabs-read'],
    ]);
    expect(te.map((r) => r.index)).toEqual([0, 1, 2]);
  });

  it('replaces rules written in an aggregated manifest, with a warning', () => {
    const roles = [
      cr('agg', [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }], undefined, { clusterRoleSelectors: [{ matchLabels: { x: 'y' } }] }),
      cr('part', [{ verbs: ['get'], apiGroups: [''], resources: ['pods'] }], { x: 'y' }),
    ];
    const r = resolveClusterRoles(roles, 'manifests');
    expect(r.rules.get('agg')!.map((x) => x.rule.verbs)).toEqual([['get']]);
    expect(r.warnings[0]!.role).toBe('agg');
  });

  it('survives aggregation cycles', () => {
    const roles = [
      cr(
        'a',
        [{ verbs: ['get'], apiGroups: [''], resources: ['pods'] }],
        { agg: 'b' },
        { clusterRoleSelectors: [{ matchLabels: { agg: 'a' } }] },
      ),
      cr(
        'b',
        [{ verbs: ['list'], apiGroups: [''], resources: ['pods'] }],
        { agg: 'a' },
        { clusterRoleSelectors: [{ matchLabels: { agg: 'b' } }] },
      ),
    ];
    const r = resolveClusterRoles(roles, 'manifests');
    expect(r.warnings.some((w) => say(w.message, 'en').includes('cycle'))).toBe(true);
    expect(r.rules.has('a') && r.rules.has('b')).toBe(true);
  });

  it('an aggregationRule without selectors has no rules', () => {
    const r = resolveClusterRoles([cr('empty', [], undefined, { clusterRoleSelectors: [] }), cr('x', [{ verbs: ['get'] }])], 'manifests');
    expect(r.rules.get('empty')).toEqual([]);
  });
});
