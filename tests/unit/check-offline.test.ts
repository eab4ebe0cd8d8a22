// check -f through the built binary, no cluster: every manifest mistake of app.yaml found once, with
// its objects, in en and ja; correct manifests give no problem and exit 0.
import { describe, expect, it } from 'vitest';
import { runKx } from '../support/binary.js';
import type { CheckReport } from '../../src/model/check.js';

const file = (n: string) => new URL(`../fixtures/check-offline/${n}`, import.meta.url).pathname;
const nowhere = { KUBECONFIG: '/nonexistent/kubeconfig' };

describe('check -f (offline)', () => {
  it('finds each mistake once, names the objects, exits 1', async () => {
    const r = await runKx(['check', '-f', file('app.yaml'), '-o', 'json'], nowhere);
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.stdout) as CheckReport;
    const by = (code: string) =>
      rep.problems.filter((p) => p.code === code).map((p) => `${p.severity} ${p.affected.map((a) => a.name).join(',')}: ${p.cause}`);
    expect(by('labels.selector')).toEqual([
      expect.stringMatching(/^error api: the selector app=api does not match the Pod template's labels \(app=apii\)/),
    ]);
    expect(by('probes.readiness')).toEqual([expect.stringMatching(/^error api: .*port health/)]);
    expect(by('serviceaccount.missing')).toEqual(['warning api: ServiceAccount api-runner is referred to but not in these files']);
    // One missing ConfigMap used by two Deployments is one problem listing both.
    expect(by('config.missing-ref')).toEqual(['warning api,web: ConfigMap api-settings is referred to but not in these files']);
    expect(by('service.targetport-mismatch')).toEqual([expect.stringMatching(/^error web: port 80 sends to targetPort web-port/)]);
    // The quota needs requests.cpu and limits.memory: web sets neither.
    expect(by('resourcequota.exceeded').join('\n')).toMatch(/error web: ResourceQuota compute limits requests.cpu/);
    expect(by('ingress').sort()).toEqual([
      'error site: the backend port 8080 does not exist on Service web',
      'warning site: the backend Service shop is not in these files',
    ]);
    expect(by('api.removed')).toEqual(['error nightly: CronJob uses apiVersion batch/v1beta1, which Kubernetes v1.36 no longer serves']);
    // The Service api selects a template labelled app=apii? No: its selector matches none in the files.
    expect(by('service.selector-mismatch')).toEqual(['warning api: the selector app=api matches no Pod template in these files']);
    expect(rep.summary.requests).toBe(0);
  });

  it('in Japanese', async () => {
    const r = await runKx(['check', '-f', file('app.yaml'), '--lang', 'ja'], nowhere);
    expect(r.stdout).toContain('ConfigMap api-settings を参照していますが、これらのファイルにはありません');
    expect(r.stdout).toContain('影響: deployment/api、deployment/web');
    expect(r.stdout).toContain('オフライン: マニフェストだけを確認しました');
  });

  it('correct manifests: no problem, exit 0', async () => {
    const r = await runKx(['check', '-f', file('clean.yaml'), '-o', 'json'], nowhere);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as CheckReport).problems).toEqual([]);
  });
});
