// The RBAC explainers on the sandbox's real RBAC objects (tests/fixtures/rbac/sandbox/), through their
// real read plan: what a role grants and to whom, aggregation components, bindings whose role is missing,
// subjects that do not exist, and the permissions that allow privilege escalation — in English and Japanese.
import { describe, expect, it } from 'vitest';
import { getConcept } from '../../../src/docs/catalog.js';
import type { Explanation } from '../../../src/model/explanation.js';
import type { Lang } from '../../../src/i18n/lang.js';
import { explainFixture, fixtureObjects, FixtureReader } from '../../support/fixture-reader.js';
import { explainerFor } from '../../../commands/run-explain.js';
import { lookupKind } from '../../../src/cluster/kinds.js';
import { loadManifests, ManifestReader } from '../../../src/cluster/manifests.js';
import { fromStatus } from '../../../src/cluster/errors.js';
import { failure } from '../../support/kx-error.js';

const explain = async (kind: string, name: string, namespace = 'default', lang: Lang = 'en') =>
  (await explainFixture('rbac/sandbox', kind, name, namespace, lang)).e;
const risksOf = (e: Explanation) => e.findings.filter((f) => f.concept === 'rbac.escalation').map((f) => f.id.split('.')[1]);

describe('explain role / clusterrole', () => {
  it('Role shop/pod-reader: its rule in words, bound to the deployer ServiceAccount, no risk', async () => {
    const e = await explain('Role', 'pod-reader', 'shop', 'en');
    expect(e.target).toEqual({ kind: 'Role', name: 'pod-reader', namespace: 'shop' });
    expect(e.verdict).toEqual({
      severity: 'info',
      text: 'Role shop/pod-reader: 1 rule(s), used by 1 binding(s), no escalation risk found',
    });
    expect(e.findings[0]!.detail).toBe('Allows get, list, watch on pods, pods/log in API group(s) core ("").');
    expect(e.findings.find((f) => f.id === 'bindings')!.detail).toBe(
      'RoleBinding shop/deployer-reads-pods → ServiceAccount shop/deployer (in namespace shop)',
    );
    expect(risksOf(e)).toEqual([]);
  });

  it('Role pod-launcher: create pods and pods/exec are escalation risks', async () => {
    const e = await explain('Role', 'pod-launcher', 'rbac-fixture', 'en');
    expect(risksOf(e).sort()).toEqual(['create-pods', 'pods-exec']);
    expect(e.verdict.severity).toBe('warning');
    expect(e.findings.find((f) => f.id === 'rule.1')!.severity).toBe('warning');
  });

  it('Role secret-reader: reading secrets is a risk limited to the named object', async () => {
    const e = await explain('Role', 'secret-reader', 'rbac-fixture', 'en');
    const risk = e.findings.find((f) => f.id === 'risk.read-secrets.1')!;
    expect(risk.detail).toContain('Only for the objects named db-password.');
    expect(risk.concept).toBe('rbac.escalation');
  });

  it('an aggregated ClusterRole names its components, each rule the component it came from; the wildcard rule is flagged', async () => {
    const e = await explain('ClusterRole', 'rbac-fixture-aggregate', 'default', 'en');
    const agg = e.findings.find((f) => f.id === 'aggregation')!;
    expect(agg.title).toBe('Aggregated from 2 ClusterRole(s)');
    expect(agg.detail).toContain('rbac-fixture-widgets, rbac-fixture-wild');
    expect(e.findings.find((f) => f.id === 'rule.1')!.detail).toContain('(from ClusterRole rbac-fixture-widgets)');
    // get on every resource of every group: secrets, and the subresources that still authorize with get.
    expect(risksOf(e).sort()).toEqual([
      'nodes-proxy',
      'pods-attach',
      'pods-exec',
      'read-secrets',
      'wildcard-api-groups',
      'wildcard-resources',
    ]);
    expect(e.findings.find((f) => f.id === 'bindings')!.detail).toContain(
      'ClusterRoleBinding rbac-fixture-aggregate → Group auditors (in every namespace and cluster-wide)',
    );
  });

  it('a component ClusterRole says what it is aggregated into; edit reaches admin holders', async () => {
    const e = await explain('ClusterRole', 'rbac-fixture-widgets', 'default', 'en');
    expect(e.findings.find((f) => f.id === 'aggregated-into')!.title).toBe('Aggregated into rbac-fixture-aggregate');
    const edit = await explain('ClusterRole', 'edit', 'default', 'en');
    expect(edit.verdict.text).toMatch(/through aggregation/);
    expect(edit.verdict.text).toContain('admin');
    expect(risksOf(edit)).toEqual(
      expect.arrayContaining([
        'impersonate',
        'create-pods',
        'pods-exec',
        'read-secrets',
        'create-serviceaccount-token',
        'create-workloads',
      ]),
    );
  });

  it('cluster-admin: every wildcard flagged, bound to system:masters', async () => {
    const e = await explain('ClusterRole', 'cluster-admin', 'default', 'en');
    expect(risksOf(e)).toEqual(
      expect.arrayContaining(['wildcard-verbs', 'wildcard-resources', 'wildcard-api-groups', 'bind', 'escalate', 'impersonate']),
    );
    expect(e.findings.find((f) => f.id === 'bindings')!.detail).toContain('ClusterRoleBinding cluster-admin → Group system:masters');
  });

  it('speaks Japanese', async () => {
    const e = await explain('Role', 'pod-launcher', 'rbac-fixture', 'ja');
    expect(e.verdict.text).toBe(
      'Role rbac-fixture/pod-launcher: ルール 1 件、1 件のバインディングが使用。権限昇格につながる権限が 2 件あります',
    );
    expect(e.findings.find((f) => f.id === 'risk.pods-exec.1')!.detail).toMatch(/^pods\/exec: 動いているコンテナで/);
  });

  it('a role that does not exist is exit 4', async () => {
    const err = await failure(explain('Role', 'nope', 'shop', 'en'));
    expect(err.exitCode).toBe(4);
  });
});

describe('explain rolebinding / clusterrolebinding', () => {
  it('RoleBinding shop/deployer-reads-pods: the Role exists, the subject is the deployer ServiceAccount', async () => {
    const e = await explain('RoleBinding', 'deployer-reads-pods', 'shop', 'en');
    expect(e.verdict).toEqual({
      severity: 'ok',
      text: 'RoleBinding shop/deployer-reads-pods grants Role shop/pod-reader to 1 subject(s) in namespace shop',
    });
    expect(e.findings.find((f) => f.id === 'roleRef')).toMatchObject({ severity: 'ok', detail: 'Exists, with 1 rule(s).' });
    expect(e.findings.find((f) => f.id === 'subject.1')).toMatchObject({
      concept: 'serviceaccount',
      title: 'Subject: ServiceAccount shop/deployer',
    });
  });

  it('a binding to a missing Role grants nothing: error verdict', async () => {
    const e = await explain('RoleBinding', 'points-nowhere', 'rbac-fixture', 'en');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('Role rbac-fixture/missing-role, which does not exist');
    expect(e.findings.find((f) => f.id === 'roleRef')!.severity).toBe('error');
    expect(risksOf(e)).toEqual([]);
  });

  it('a subject ServiceAccount that does not exist is a warning; the granted pod creation is flagged', async () => {
    const e = await explain('RoleBinding', 'ci-bot-launch', 'rbac-fixture', 'en');
    expect(e.findings.find((f) => f.title === 'Subject: ServiceAccount rbac-fixture/ci-bot')!.severity).toBe('ok');
    const ghost = e.findings.find((f) => f.title === 'Subject: ServiceAccount rbac-fixture/ghost')!;
    expect(ghost.severity).toBe('warning');
    expect(ghost.detail).toContain('does not exist');
    expect(risksOf(e).sort()).toEqual(['create-pods', 'pods-exec']);
    expect(e.verdict.severity).toBe('warning');
  });

  it('a RoleBinding to a ClusterRole grants it only in its namespace', async () => {
    const e = await explain('RoleBinding', 'devs-view', 'rbac-fixture', 'en');
    expect(e.findings.find((f) => f.id === 'roleRef')!.detail).toContain('only inside namespace rbac-fixture');
    expect(e.findings.find((f) => f.id === 'subject.1')!.concept).toBe('rbac.subjects');
  });

  it('ClusterRoleBinding rbac-fixture-escalator: bind, escalate and impersonate everywhere', async () => {
    const e = await explain('ClusterRoleBinding', 'rbac-fixture-escalator', 'default', 'ja');
    expect(e.verdict.text).toBe(
      'ClusterRoleBinding rbac-fixture-escalator は ClusterRole rbac-fixture-escalator を 1 個のサブジェクトに すべての Namespace とクラスター全体で与えます',
    );
    expect(risksOf(e).sort()).toEqual(['bind', 'escalate', 'impersonate']);
  });
});

describe('explain serviceaccount: the bindings that name it', () => {
  it('lists the bindings naming the ServiceAccount and the risks of what they grant, once per role', async () => {
    const { e, requests } = await explainFixture('rbac/sandbox', 'sa', 'ci-bot', 'rbac-fixture');
    // The account, its namespace's Pods and Secrets, the four RBAC lists.
    expect(requests).toBe(7);
    const f = e.findings.filter((x) => x.id.startsWith('rbac.'));
    expect(f[0]!.title).toBe('RBAC: bound by 3 binding(s)');
    expect(f[0]!.detail.split('\n')).toEqual([
      'ClusterRoleBinding rbac-fixture-escalator → ClusterRole rbac-fixture-escalator (in every namespace and cluster-wide)',
      'RoleBinding rbac-fixture/ci-bot-launch → Role rbac-fixture/pod-launcher (in namespace rbac-fixture)',
      'RoleBinding rbac-fixture/ci-bot-secrets → Role rbac-fixture/secret-reader (in namespace rbac-fixture)',
    ]);
    expect(f.slice(1).map((x) => x.title)).toEqual(
      expect.arrayContaining([
        'Escalation risk via ClusterRole rbac-fixture-escalator: bind',
        'Escalation risk via Role rbac-fixture/pod-launcher: pods-exec',
      ]),
    );
  });

  it('a ServiceAccount nobody names gets one info finding', async () => {
    const { e: ja } = await explainFixture('rbac/sandbox', 'sa', 'default', 'rbac-fixture', 'ja');
    const f = ja.findings.filter((x) => x.id.startsWith('rbac.'));
    expect(f).toHaveLength(1);
    expect(f[0]!.title).toBe('RBAC: この ServiceAccount を名指しするバインディングはありません');
  });

  it('every finding of every explainer carries a concept of the catalog', async () => {
    const all = [
      await explain('ClusterRole', 'admin'),
      await explain('ClusterRole', 'rbac-fixture-aggregate'),
      await explain('RoleBinding', 'ci-bot-launch', 'rbac-fixture'),
      await explain('RoleBinding', 'points-nowhere', 'rbac-fixture'),
      await explain('ServiceAccount', 'ci-bot', 'rbac-fixture'),
    ].flatMap((e) => e.findings);
    for (const f of all) expect(getConcept(f.concept), f.concept).toBeDefined();
    expect(new Set(all.map((f) => f.id)).size).toBeGreaterThan(10);
  });
});

describe('explain on manifests and with partial permissions', () => {
  it('computes an aggregated ClusterRole from its components, as the controller would', async () => {
    const reader = new ManifestReader(await loadManifests([new URL('../../fixtures/rbac/offline/', import.meta.url).pathname]), 'shop');
    const e = await explainerFor(lookupKind('clusterrole')!)(reader, 'widget-viewer', 'shop', 'en');
    expect(e.findings.find((f) => f.id === 'rule.1')!.detail).toContain('(from ClusterRole widget-read)');
    expect(e.findings.find((f) => f.id === 'bindings')!.detail).toBe(
      'ClusterRoleBinding auditors-see-widgets → Group auditors (in every namespace and cluster-wide)',
    );
  });

  it('a namespace admin who may not list RoleBindings across namespaces still sees those of the namespace, warned', async () => {
    class NamespaceAdmin extends FixtureReader {
      override list(kind: string, opts?: { namespace?: string }) {
        if (kind.startsWith('Role') && !opts?.namespace)
          return Promise.reject(fromStatus(403, { verb: 'list', resource: kind.toLowerCase() + 's' }, 'https://sandbox'));
        return super.list(kind, opts);
      }
    }
    for (const lang of ['en', 'ja'] as const) {
      const reader = new NamespaceAdmin(fixtureObjects('rbac/sandbox'), 'shop');
      const e = await explainerFor(lookupKind('role')!)(reader, 'pod-reader', 'shop', lang);
      expect(e.findings.find((f) => f.id === 'bindings')!.detail).toContain('RoleBinding shop/deployer-reads-pods');
      expect(e.warnings).toContain(
        lang === 'en'
          ? 'no permission to list rolebindings.rbac.authorization.k8s.io in every namespace: only namespace shop was read'
          : 'すべての名前空間の rolebindings.rbac.authorization.k8s.io を list する権限がありません。名前空間 shop だけを読みました',
      );
    }
  });
});
