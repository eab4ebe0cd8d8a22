// Explains a HorizontalPodAutoscaler (autoscaling/v2): what it scales and between which bounds,
// current against desired replicas, each metric's current value against its target, and its
// conditions (AbleToScale, ScalingActive, ScalingLimited) with the causes learners meet: the
// resource metrics API is not served (metrics-server is missing), a Utilization target on a
// container without a request, a target that does not exist. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel, type Severity } from '../model/finding.js';
import type { Container, Event } from '../model/pod.js';
import { quoted, type Message } from '../model/message.js';
import { commonParts, conditionsOf, eventsOf, m, nameOf, targetOf, type Condition } from './kind-parts.js';
import { get, listOf, objectOf, type ReadPlan } from '../model/read-plan.js';

interface MetricTarget {
  type?: string;
  averageUtilization?: number;
  averageValue?: string;
  value?: string;
}
interface Metric {
  type: string;
  resource?: { name: string; target?: MetricTarget; current?: { averageUtilization?: number; averageValue?: string } };
  containerResource?: {
    name: string;
    container: string;
    target?: MetricTarget;
    current?: { averageUtilization?: number; averageValue?: string };
  };
  pods?: { metric?: { name?: string }; target?: MetricTarget; current?: { averageValue?: string } };
  object?: {
    metric?: { name?: string };
    describedObject?: { kind?: string; name?: string };
    target?: MetricTarget;
    current?: { value?: string; averageValue?: string };
  };
  external?: { metric?: { name?: string }; target?: MetricTarget; current?: { value?: string; averageValue?: string } };
}

export interface Autoscaler extends KubeObject {
  spec?: {
    scaleTargetRef?: { apiVersion?: string; kind?: string; name?: string };
    minReplicas?: number;
    maxReplicas?: number;
    metrics?: Metric[];
  };
  status?: {
    currentReplicas?: number;
    desiredReplicas?: number;
    lastScaleTime?: string;
    currentMetrics?: Metric[];
    conditions?: Condition[];
  };
}

/** Scale targets the tool can read; others are taken on the controller's word (AbleToScale). */
const READABLE_TARGETS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet']);
/** The resource metrics API that metrics-server serves. */
export const METRICS_API = 'v1beta1.metrics.k8s.io';

export const explainer: Explainer = {
  kind: 'HorizontalPodAutoscaler',
  group: 'autoscaling',
  reads(target: KubeObject, namespace: string): ReadPlan {
    const ref = (target as Autoscaler).spec?.scaleTargetRef;
    const ns = target.metadata?.namespace ?? namespace;
    return {
      target: ref?.kind && ref.name && READABLE_TARGETS.has(ref.kind) ? get(ref.kind, ref.name, ns) : undefined,
      metricsApi: get('APIService', METRICS_API),
      events: eventsOf(target),
    };
  },
  explain(snap) {
    const h = snap.object as Autoscaler;
    const name = nameOf(h);
    const ref = h.spec?.scaleTargetRef ?? {};
    const refText = `${ref.kind ?? '?'} ${ref.name ?? '?'}`;
    const min = h.spec?.minReplicas ?? 1;
    const max = h.spec?.maxReplicas ?? 0;
    const metrics = h.spec?.metrics ?? [];
    const target = objectOf<KubeObject>(snap, 'target');
    const api = objectOf<KubeObject>(snap, 'metricsApi');
    const cond = (type: string) => conditionsOf(h).find((c) => c.type === type);
    const active = cond('ScalingActive');
    const able = cond('AbleToScale');
    const limited = cond('ScalingLimited');
    const findings: FindingModel[] = [];

    // What it scales.
    const targetMissing = target === null || (able?.status === 'False' && /not found/.test(able.message ?? ''));
    findings.push(
      finding('target', 'hpa', targetMissing ? 'error' : 'info', m['hpa.target']({ target: refText, min, max }), [
        targetMissing ? m['hpa.target.missing']({ target: refText }) : m['hpa.target.detail'](),
      ]),
    );
    findings.push(
      finding(
        'replicas',
        'hpa',
        'info',
        // Without a computed count the controller leaves desiredReplicas as it was (0 if never computed).
        active?.status === 'False'
          ? m['hpa.replicas.uncomputed']({ current: h.status?.currentReplicas ?? 0 })
          : m['hpa.replicas']({ current: h.status?.currentReplicas ?? 0, desired: h.status?.desiredReplicas ?? 0 }),
        h.status?.lastScaleTime ? [m['hpa.last-scale']({ at: h.status.lastScaleTime })] : [m['hpa.never-scaled']()],
      ),
    );

    // Each metric, current against target.
    const current = h.status?.currentMetrics ?? [];
    for (const [i, metric] of metrics.entries()) findings.push(metricFinding(metric, current, i));
    if (!metrics.length) findings.push(finding('metrics', 'hpa', 'info', m['hpa.metrics.default']()));

    // Utilization targets need a request on every container the metric covers.
    const fromTemplate = missingRequests(metrics, target ?? undefined);
    // The controller's own words name the container when the template does not show it (a sidecar a webhook injects).
    const said = /missing request for (\S+) in container "?([^"\s]+)"? of Pod "?([^"\s]+)"?/.exec(
      active?.status === 'False' ? (active.message ?? '') : '',
    );
    const injected = !fromTemplate.length && said && target ? { container: said[2]!, resource: said[1]!, pod: said[3]! } : undefined;
    const missing = fromTemplate.length || !injected ? fromTemplate : [injected];
    for (const x of missing)
      findings.push(
        finding(
          `requests.${x.resource}.${x.container}`,
          'hpa.not-scaling',
          'error',
          m['hpa.requests.missing']({ container: x.container, resource: x.resource, target: refText }),
          [m['hpa.requests.missing.detail']({ resource: x.resource })],
        ),
      );

    // The resource metrics API.
    const needsResourceApi = metrics.length === 0 || metrics.some((x) => x.type === 'Resource' || x.type === 'ContainerResource');
    // Not registered; or, when the APIService could not be read, the controller's own words say so.
    const apiMissing = needsResourceApi && (api === null || (api === undefined && /metrics\.k8s\.io/.test(active?.message ?? '')));
    const apiDown = needsResourceApi && !!api && (conditionsOf(api).find((c) => c.type === 'Available')?.status ?? 'True') !== 'True';
    if (needsResourceApi && (apiMissing || apiDown))
      findings.push(
        finding('metrics-api', 'hpa.not-scaling', 'error', apiMissing ? m['hpa.api.missing']() : m['hpa.api.down'](), [
          apiMissing ? m['hpa.api.missing.detail']() : m['hpa.api.down.detail'](),
          ...(active?.message ? [quoted(active.message)] : []),
        ]),
      );

    findings.push(...commonParts(h, 'hpa', listOf<Event>(snap, 'events'), conditionMeaning));

    let severity: Severity = 'ok';
    let text: Message;
    if (targetMissing) {
      severity = 'error';
      text = m['hpa.verdict.no-target']({
        name,
        target: refText,
        kind: (ref.kind ?? 'deployments').toLowerCase(),
        ns: h.metadata?.namespace ?? '',
      });
    } else if (apiMissing || apiDown) {
      severity = 'error';
      // Registered but not Available is not "missing": the fix is the running metrics-server, not an install.
      text = apiMissing ? m['hpa.verdict.no-metrics']({ name }) : m['hpa.verdict.metrics-down']({ name });
    } else if (missing.length) {
      severity = 'error';
      text = injected
        ? m['hpa.verdict.no-requests.injected']({ name, ...injected, target: refText })
        : m['hpa.verdict.no-requests']({ name, container: missing[0]!.container, resource: missing[0]!.resource, target: refText });
    } else if (active?.status === 'False' || able?.status === 'False') {
      severity = 'warning';
      const c = active?.status === 'False' ? active : able!;
      text = m['hpa.verdict.inactive']({ name, reason: c.reason ?? c.type });
    } else if (limited?.status === 'True' && limited.reason === 'TooManyReplicas') {
      severity = 'warning';
      // The metrics behind the clamp, current against target (": cpu 180% / 50%").
      const said = metrics
        .map((x) => {
          const now = currentOf(x, current).text;
          return now === undefined ? undefined : `${metricName(x)} ${now} / ${targetText(specOf(x)?.target)}`;
        })
        .filter(Boolean)
        .join(', ');
      text = m['hpa.verdict.max']({ name, max, metrics: said ? `: ${said}` : '' });
    } else if (limited?.status === 'True') {
      severity = limited.reason === 'TooManyReplicas' ? 'warning' : 'info';
      text = m['hpa.verdict.limited']({ name, reason: limited.reason ?? '', current: h.status?.currentReplicas ?? 0, min, max });
    } else text = m['hpa.verdict.ok']({ name, current: h.status?.currentReplicas ?? 0, min, max });
    return {
      kind: 'Explanation',
      target: targetOf(h, 'HorizontalPodAutoscaler'),
      verdict: { severity, message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};

const metricName = (x: Metric): string =>
  x.resource?.name ??
  (x.containerResource ? `${x.containerResource.name} (${x.containerResource.container})` : undefined) ??
  x.pods?.metric?.name ??
  x.object?.metric?.name ??
  x.external?.metric?.name ??
  x.type;

const targetText = (t: MetricTarget | undefined): string =>
  t?.averageUtilization !== undefined ? `${t.averageUtilization}%` : (t?.averageValue ?? t?.value ?? '?');

const specOf = (x: Metric) => x.resource ?? x.containerResource ?? x.pods ?? x.object ?? x.external;

/** A metric's current value from the status, as text ("180%", "250m"), when the controller reported one. */
function currentOf(metric: Metric, current: readonly Metric[]) {
  const name = metricName(metric);
  const now = current.find((c) => c.type === metric.type && metricName(c) === name);
  const cur = (now ? specOf(now) : undefined)?.current as
    { averageUtilization?: number; averageValue?: string; value?: string } | undefined;
  return { cur, text: cur?.averageUtilization !== undefined ? `${cur.averageUtilization}%` : (cur?.averageValue ?? cur?.value) };
}

function metricFinding(metric: Metric, current: readonly Metric[], i: number): FindingModel {
  const name = metricName(metric);
  const spec = specOf(metric);
  const { cur, text: curText } = currentOf(metric, current);
  const over =
    cur?.averageUtilization !== undefined && spec?.target?.averageUtilization !== undefined
      ? cur.averageUtilization > spec.target.averageUtilization
      : undefined;
  return finding(
    `metric.${i}`,
    'hpa',
    curText === undefined ? 'warning' : 'info',
    curText === undefined
      ? m['hpa.metric.unknown']({ type: metric.type, metric: name, target: targetText(spec?.target) })
      : m['hpa.metric']({ type: metric.type, metric: name, current: curText, target: targetText(spec?.target) }),
    [
      spec?.target?.type === 'Utilization' ? m['hpa.metric.utilization']() : m['hpa.metric.value'](),
      ...(over === undefined ? [] : [over ? m['hpa.metric.over']() : m['hpa.metric.under']()]),
    ],
  );
}

/** Containers without a request (or limit, which defaults it) for a Utilization target's resource. */
export function missingRequests(metrics: readonly Metric[], target: KubeObject | undefined): { container: string; resource: string }[] {
  const spec = (target?.spec as { template?: { spec?: { containers?: Container[]; initContainers?: Container[] } } } | undefined)?.template
    ?.spec;
  // Sidecars (restartable init containers) count towards the Pod's utilization as its containers do.
  const sidecars = (spec?.initContainers ?? []).filter((c) => (c as { restartPolicy?: string }).restartPolicy === 'Always');
  const containers = [...(spec?.containers ?? []), ...sidecars] as Container[];
  if (!containers.length) return [];
  const out: { container: string; resource: string }[] = [];
  const has = (c: Container, r: string) => c.resources?.requests?.[r] !== undefined || c.resources?.limits?.[r] !== undefined;
  for (const x of metrics) {
    if (x.type === 'Resource' && x.resource?.target?.type === 'Utilization')
      for (const c of containers) if (!has(c, x.resource.name)) out.push({ container: c.name, resource: x.resource.name });
    if (x.type === 'ContainerResource' && x.containerResource?.target?.type === 'Utilization') {
      const c = containers.find((y) => y.name === x.containerResource!.container);
      if (c && !has(c, x.containerResource.name)) out.push({ container: c.name, resource: x.containerResource.name });
    }
  }
  return out;
}

const conditionMeaning = (c: Condition): Message | undefined =>
  c.type === 'AbleToScale'
    ? c.status === 'True'
      ? m['hpa.cond.able']()
      : m['hpa.cond.unable']()
    : c.type === 'ScalingActive'
      ? c.status === 'True'
        ? m['hpa.cond.active']()
        : m['hpa.cond.inactive']()
      : c.type === 'ScalingLimited'
        ? c.status === 'True'
          ? m['hpa.cond.limited']()
          : m['hpa.cond.not-limited']()
        : undefined;
