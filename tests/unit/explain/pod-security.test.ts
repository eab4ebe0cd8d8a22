// Pod Security admission refusing a controller's Pods (tests/fixtures/pod-security, capture.sh): a
// Deployment, a Job, a DaemonSet and a CronJob in a namespace that enforces `restricted`. Each verdict names the
// level, the label that enforces it and the failed checks, cites the Pod Security section, and lists
// the API server's own words per check; the Job and the DaemonSet no longer read as "running" or
// "rolling out", nor the CronJob as "has not finished yet". en and ja.
import { describe, expect, it } from 'vitest';
import { explainFixture, fixtureObjects } from '../../support/fixture-reader.js';
import { classifyCreateFailure } from '../../../src/explain/causes/replicaset-create.js';

const NS = 'kx-psa';
const rs = fixtureObjects('pod-security').find((o) => o.kind === 'ReplicaSet')!.metadata!.name!;
const CHECKS = 'allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot != true, seccompProfile';

describe('Pod Security admission refuses the Pods of a workload', () => {
  it.each([
    ['Deployment', 'web', `ReplicaSet ${rs}`, 'web'],
    ['Job', 'migrate', 'Job migrate', 'migrate'],
    ['DaemonSet', 'agent', 'DaemonSet agent', 'agent'],
  ])('%s %s: the level, the label, the failed checks and the securityContext to set', async (kind, name, owner, container) => {
    const { e } = await explainFixture('pod-security', kind, name, NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(`${owner} cannot create Pods: the namespace enforces the Pod Security level restricted:latest`);
    expect(e.verdict.text).toContain('pod-security.kubernetes.io/enforce');
    expect(e.verdict.text).toContain(`"${CHECKS}"`);
    expect(e.verdict.text).toContain("set the fields these checks name in the Pod template's securityContext");
    // The event aggregator's prefix is not the API server's words.
    expect(e.verdict.text).not.toContain('combined from similar events');
    const cause = e.findings[0]!;
    expect(cause.concept).toBe('admission.pod-security');
    expect(cause.detail).toContain(
      `"allowPrivilegeEscalation != false (container "${container}" must set securityContext.allowPrivilegeEscalation=false)"`,
    );

    const ja = (await explainFixture('pod-security', kind, name, NS, 'ja')).e;
    expect(ja.verdict.text).toContain(`${owner} が Pod を作れません: Namespace が Pod Security のレベル restricted:latest を強制しており`);
    expect(ja.verdict.text).toContain(`「${CHECKS}」`);
    expect(ja.verdict.text).toContain('Pod テンプレートの securityContext に設定してください');
    expect(ja.verdict.text).not.toMatch(/cannot|namespace enforces|asks for/);
    expect(ja.findings[0]!.detail).toContain('「runAsNonRoot != true (pod or container');
  });
});

describe('a CronJob whose newest Job cannot create its Pods', () => {
  it('says its runs cannot start, with the Job and the Pod Security cause', async () => {
    const job = fixtureObjects('pod-security').find((o) => o.kind === 'Job' && o.metadata!.name!.startsWith('nightly-'))!.metadata!.name!;
    const { e } = await explainFixture('pod-security', 'CronJob', 'nightly', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain(
      `Its runs cannot start: Job ${job} cannot create Pods: the namespace enforces the Pod Security level restricted:latest`,
    );
    expect(e.verdict.text).not.toContain('has not finished yet');
    expect(e.findings[0]!.concept).toBe('admission.pod-security');
    const ja = (await explainFixture('pod-security', 'CronJob', 'nightly', NS, 'ja')).e;
    expect(ja.verdict.text).toContain(`実行が始められません: Job ${job} が Pod を作れません`);
    expect(ja.verdict.text).not.toContain('まだ終わっていません');
  });
});

describe('classifyCreateFailure: PodSecurity', () => {
  it('splits the checks on the commas outside parentheses and quotes (real baseline message)', () => {
    const f = classifyCreateFailure(
      'Error creating: pods "host-x" is forbidden: violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true), hostPath volumes (volumes "data", "logs"), privileged (container "app" must not set securityContext.privileged=true)',
    );
    expect(f).toEqual({
      kind: 'pod-security',
      level: 'baseline:latest',
      checks: [
        { name: 'host namespaces', text: 'host namespaces (hostNetwork=true)' },
        { name: 'hostPath volumes', text: 'hostPath volumes (volumes "data", "logs")' },
        { name: 'privileged', text: 'privileged (container "app" must not set securityContext.privileged=true)' },
      ],
    });
  });
});
