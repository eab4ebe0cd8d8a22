// HorizontalPodAutoscalers captured from the sandbox (tests/fixtures/hpa-sweep, capture.sh): a target that
// does not exist (AbleToScale False, FailedGetScale, as the controller wrote it), and the same HPA of an
// existing Deployment held at maxReplicas (ScalingLimited True, TooManyReplicas: the controller's words in
// pkg/controller/podautoscaler/horizontal.go; the sandbox has no metrics API, so that status is set here).
import { describe, expect, it } from 'vitest';
import { explainFixture, explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import type { KubeObject } from '../../../src/cluster/reader.js';

const NS = 'sweephpa-x';
const run = (kind: string, name: string, lang: 'en' | 'ja' = 'en') => explainFixture('hpa-sweep', kind, name, NS, lang);

const metricsApi = {
  apiVersion: 'apiregistration.k8s.io/v1',
  kind: 'APIService',
  metadata: { name: 'v1beta1.metrics.k8s.io' },
  spec: { group: 'metrics.k8s.io', version: 'v1beta1', service: { name: 'metrics-server', namespace: 'kube-system', port: 443 } },
  status: { conditions: [{ type: 'Available', status: 'True', reason: 'Passed', message: 'all checks passed' }] },
} as KubeObject;

/** HPA api as the controller writes it at its maximum: 4 replicas, cpu at 180% of requests against a 50% target. */
function atMax(): KubeObject[] {
  return [
    ...fixtureObjects('hpa-sweep').map((o) =>
      o.kind === 'HorizontalPodAutoscaler' && o.metadata?.name === 'api'
        ? ({
            ...o,
            status: {
              currentReplicas: 4,
              desiredReplicas: 4,
              lastScaleTime: '2026-12-01T11:18:00Z',
              currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 180, averageValue: '180m' } } }],
              conditions: [
                { type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
                {
                  type: 'ScalingActive',
                  status: 'True',
                  reason: 'ValidMetricFound',
                  message:
                    'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
                },
                {
                  type: 'ScalingLimited',
                  status: 'True',
                  reason: 'TooManyReplicas',
                  message: 'the desired replica count is more than the maximum replica count',
                },
              ],
            },
          } as KubeObject)
        : o,
    ),
    metricsApi,
  ];
}

describe('HorizontalPodAutoscaler sweep', () => {
  it('a missing target: the verdict names it, the controller condition, and where to look for the right name', async () => {
    const { e } = await run('hpa', 'ghost');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toBe(
      'HorizontalPodAutoscaler ghost cannot scale: Deployment ghost does not exist (AbleToScale False, FailedGetScale) — point spec.scaleTargetRef at an existing object (kubectl get deployment -n sweephpa-x lists them) or create Deployment ghost',
    );
    expect(e.findings.find((f) => f.id === 'target')?.severity).toBe('error');
    const ja = (await run('hpa', 'ghost', 'ja')).e;
    expect(ja.verdict.text).toContain('Deployment ghost が存在しません(AbleToScale False、FailedGetScale)');
    expect(ja.verdict.text).toContain('kubectl get deployment -n sweephpa-x で一覧できます');
  });

  it('held at maxReplicas (TooManyReplicas): says so with the metric against its target and the next step, a warning', async () => {
    const objects = atMax();
    const { e } = await explainObjects(objects, 'hpa', 'api', NS);
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toBe(
      'HorizontalPodAutoscaler api is held at maxReplicas 4: the metrics ask for more replicas (ScalingLimited TooManyReplicas: cpu 180% / 50%), so each Pod carries more than the target — raise spec.maxReplicas if the cluster has room for more Pods, or lower the load per Pod',
    );
    expect(e.findings.find((f) => f.id === 'metric.0')?.title).toBe('Resource metric cpu: 180% now, target 50%');
    const ja = (await explainObjects(objects, 'hpa', 'api', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('maxReplicas 4 で頭打ちです');
    expect(ja.verdict.text).toContain('ScalingLimited TooManyReplicas: cpu 180% / 50%');
    expect(ja.verdict.text).toContain('spec.maxReplicas を上げる');
  });

  it('the sandbox as captured (no metrics API): metrics-server is the cause, not the bound', async () => {
    const { e } = await run('hpa', 'api');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('the metrics API is not served (metrics-server is missing)');
    expect(e.verdict.text).not.toContain('maxReplicas');
  });

  // ScalingActive False as the controller writes it when a container of a Pod has no request
  // (replica_calculator.go: "missing request for %s in container %s of Pod %s").
  const noRequest = (container: string, change: (o: KubeObject) => KubeObject = (o) => o): KubeObject[] => [
    ...fixtureObjects('hpa-sweep').map((o) =>
      o.kind === 'HorizontalPodAutoscaler' && o.metadata?.name === 'api'
        ? ({
            ...o,
            status: {
              currentReplicas: 4,
              desiredReplicas: 4,
              currentMetrics: null,
              conditions: [
                {
                  type: 'AbleToScale',
                  status: 'True',
                  reason: 'SucceededGetScale',
                  message: "the HPA controller was able to get the target's current scale",
                },
                {
                  type: 'ScalingActive',
                  status: 'False',
                  reason: 'FailedGetResourceMetric',
                  message: `the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container ${container} of Pod api-7d4b9c8f6-x2x9k`,
                },
              ],
            },
          } as KubeObject)
        : change(o),
    ),
    metricsApi,
  ];

  it('a sidecar (restartable init container) without a request counts like a container: it is named, with the template to change', async () => {
    const withSidecar = (o: KubeObject): KubeObject => {
      if (o.kind !== 'Deployment') return o;
      const d = structuredClone(o) as KubeObject & { spec: { template: { spec: { initContainers?: unknown[] } } } };
      d.spec.template.spec.initContainers = [{ name: 'proxy', image: 'envoyproxy/envoy:v1.31', restartPolicy: 'Always' }];
      return d;
    };
    const objects = noRequest('proxy', withSidecar);
    const { e } = await explainObjects(objects, 'hpa', 'api', NS);
    expect(e.verdict.text).toBe(
      'HorizontalPodAutoscaler api cannot compute utilization: container proxy has no cpu request — add resources.requests.cpu to container proxy in the Pod template of Deployment api',
    );
    const ja = (await explainObjects(objects, 'hpa', 'api', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('コンテナ proxy に resources.requests.cpu を追加してください');
  });

  it('a container the template does not have (injected when the Pod is created): named from the controller, fixed where it is added', async () => {
    const objects = noRequest('istio-proxy');
    const { e } = await explainObjects(objects, 'hpa', 'api', NS);
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toBe(
      'HorizontalPodAutoscaler api cannot compute utilization: container istio-proxy of Pod api-7d4b9c8f6-x2x9k has no cpu request, and the Pod template of Deployment api has no such container, so something adds it when the Pod is created (a sidecar injector, say) — give that container a cpu request where it is added',
    );
    const ja = (await explainObjects(objects, 'hpa', 'api', NS, 'ja')).e;
    expect(ja.verdict.text).toContain('Pod api-7d4b9c8f6-x2x9k のコンテナ istio-proxy に cpu の requests がありません');
    expect(ja.verdict.text).toContain('そのコンテナを追加している側で cpu の requests を設定してください');
  });
});
