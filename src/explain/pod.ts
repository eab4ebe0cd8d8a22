// Explains one Pod from its snapshot. Pure: no I/O, no clock; every sentence comes from the
// message catalog. The verdict picks the most pressing problem and says what to do next.
import type { Explanation } from '../model/explanation.js';
import type { Finding, Severity, Verdict } from '../model/finding.js';
import type { Container, ContainerStatus, Pod, PodSnapshot, Probe } from '../model/pod.js';
import type { Lang } from '../i18n/lang.js';
import { messages, type Messages } from '../i18n/messages/index.js';
import { allContainers, referencedObjects } from './pod-refs.js';
import { dedupeEvents, matchesSelector, formatSelector } from './common.js';
import { schedulingConstraints } from './pod-scheduling.js';
import { podCause } from './pod-cause.js';
import { say } from '../i18n/localize.js';

const f = (id: string, concept: string, severity: Severity, title: string, detail: string): Finding => ({
  id,
  concept,
  severity,
  title,
  detail,
  docs: [],
});

export function explainPod(snap: PodSnapshot, lang: Lang): Explanation {
  const t = messages(lang);
  const pod = snap.pod;
  const findings: Finding[] = [
    ...termination(pod, t),
    phase(pod, t),
    ...conditions(pod, t),
    ...containers(pod, t),
    ...probes(pod, t),
    ...resources(pod, t),
    scheduling(snap, t),
    ...schedulingConstraints(snap, lang),
    ...owners(snap, t),
    serviceAccount(pod, t),
    ...references(snap, t),
    ...services(snap, t),
    ...dnsNames(snap, t),
    events(snap, t),
  ];
  return {
    kind: 'Explanation',
    target: { kind: 'Pod', name: pod.metadata.name, ...(pod.metadata.namespace ? { namespace: pod.metadata.namespace } : {}) },
    verdict: causeVerdict(snap, lang) ?? verdict(pod, t),
    findings,
    warnings: [...snap.warnings],
  };
}

/** The verdict from the Pod's root cause (src/explain/pod-cause.ts), when it has one. */
function causeVerdict(snap: PodSnapshot, lang: Lang): Verdict | undefined {
  const c = podCause({
    pod: snap.pod,
    ...(snap.events ? { events: snap.events } : {}),
    ...(snap.secrets ? { secrets: snap.secrets } : {}),
    ...(snap.configMaps ? { configMaps: snap.configMaps.map((name) => ({ name, keys: [] })) } : {}),
  });
  return c && { severity: c.severity, text: say(c.message, lang) };
}

const statuses = (pod: Pod): ContainerStatus[] => [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
const memLimit = (pod: Pod, name: string) => allContainers(pod).find((c) => c.name === name)?.resources?.limits?.memory;

export function verdict(pod: Pod, t: Messages): Verdict {
  const name = pod.metadata.name;
  if (pod.metadata.deletionTimestamp) {
    const g = pod.metadata.deletionGracePeriodSeconds;
    return { severity: 'warning', text: t['verdict.terminating']({ grace: g !== undefined ? ` (${g}s)` : '' }) };
  }
  const phase = pod.status?.phase ?? 'Unknown';
  const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (phase === 'Pending' && scheduled?.status === 'False') {
    const m = /^(\d+)\/(\d+) nodes are available/.exec(scheduled.message ?? '');
    const sel = pod.spec.nodeSelector;
    if (m && sel && Object.keys(sel).length && /node affinity\/selector/.test(scheduled.message ?? '')) {
      return {
        severity: 'error',
        text: t['verdict.unschedulable.selector']({ available: m[1]!, total: m[2]!, selector: formatSelector(sel) }),
      };
    }
    return { severity: 'error', text: t['verdict.unschedulable']({ message: scheduled.message ?? scheduled.reason ?? '' }) };
  }
  for (const s of statuses(pod)) {
    const w = s.state?.waiting;
    const last = s.lastState?.terminated;
    if (w?.reason === 'CrashLoopBackOff' || s.state?.terminated?.reason === 'OOMKilled') {
      if (last?.reason === 'OOMKilled' || s.state?.terminated?.reason === 'OOMKilled') {
        const lim = memLimit(pod, s.name);
        return {
          severity: 'error',
          text: t['verdict.oomkilled']({ container: s.name, limit: lim ? ` (${lim})` : '', restarts: s.restartCount }),
        };
      }
      if (w) {
        return {
          severity: 'error',
          text: t['verdict.crashloop']({
            container: s.name,
            code: String(last?.exitCode ?? '?'),
            reason: last?.reason ?? '?',
            restarts: s.restartCount,
            pod: name,
          }),
        };
      }
    }
    if (w?.reason === 'ImagePullBackOff' || w?.reason === 'ErrImagePull' || w?.reason === 'InvalidImageName') {
      return {
        severity: 'error',
        text: t['verdict.imagepull']({
          reason: w.reason,
          image: s.image ?? allContainers(pod).find((c) => c.name === s.name)?.image ?? '?',
        }),
      };
    }
    if (w?.reason === 'CreateContainerConfigError') {
      return { severity: 'error', text: t['verdict.configerror']({ message: w.message ?? '' }) };
    }
    if (w?.reason && w.reason !== 'ContainerCreating' && w.reason !== 'PodInitializing') {
      return {
        severity: 'error',
        text: t['verdict.waiting']({ reason: w.reason, container: s.name, message: w.message ? ` (${w.message})` : '' }),
      };
    }
  }
  if (phase === 'Failed') {
    const bad = statuses(pod).find((s) => s.state?.terminated && s.state.terminated.exitCode !== 0);
    if (bad?.state?.terminated) {
      const term = bad.state.terminated;
      return {
        severity: 'error',
        text: t['verdict.failed']({ container: bad.name, code: String(term.exitCode), reason: term.reason ?? '?', pod: name }),
      };
    }
    return {
      severity: 'error',
      text: t['verdict.failed.generic']({ reason: [pod.status?.reason, pod.status?.message].filter(Boolean).join(': ') || 'Failed' }),
    };
  }
  if (phase === 'Succeeded') return { severity: 'ok', text: t['verdict.succeeded']() };
  if (phase === 'Running') {
    const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
    if (ready?.status === 'True') return { severity: 'ok', text: t['verdict.ready']() };
    const unready = (pod.status?.containerStatuses ?? []).filter((s) => !s.ready).map((s) => s.name);
    return { severity: 'warning', text: t['verdict.notready']({ containers: unready.join(', ') || ready?.reason || 'Ready=False' }) };
  }
  if (phase === 'Pending')
    return { severity: 'info', text: t['verdict.pending']({ reason: pod.status?.reason ?? t['verdict.pending.starting']() }) };
  return { severity: 'warning', text: t['verdict.unknown']({ phase }) };
}

function termination(pod: Pod, t: Messages): Finding[] {
  if (!pod.metadata.deletionTimestamp) return [];
  return [
    f(
      'pod.terminating',
      'pod.termination',
      'warning',
      t['terminating.title'](),
      t['terminating.detail']({ since: pod.metadata.deletionTimestamp, grace: String(pod.metadata.deletionGracePeriodSeconds ?? 30) }),
    ),
  ];
}

function phase(pod: Pod, t: Messages): Finding {
  const p = pod.status?.phase ?? 'Unknown';
  const sev: Severity = p === 'Failed' ? 'error' : p === 'Pending' || p === 'Unknown' ? 'warning' : p === 'Succeeded' ? 'ok' : 'info';
  const key = (['Pending', 'Running', 'Succeeded', 'Failed'].includes(p) ? `phase.${p}` : 'phase.Unknown') as 'phase.Pending';
  return f('pod.phase', 'pod.phase', sev, t['phase.title']({ phase: p }), t[key]());
}

const KNOWN_CONDITIONS = [
  'PodScheduled',
  'PodReadyToStartContainers',
  'Initialized',
  'ContainersReady',
  'Ready',
  'DisruptionTarget',
] as const;

function conditions(pod: Pod, t: Messages): Finding[] {
  const gates = new Set((pod.spec.readinessGates ?? []).map((g) => g.conditionType));
  const out: Finding[] = [];
  const conds = pod.status?.conditions ?? [];
  for (const c of conds) {
    const known = (KNOWN_CONDITIONS as readonly string[]).includes(c.type);
    const meaning = known
      ? t[`condition.${c.type}` as 'condition.Ready']()
      : gates.has(c.type)
        ? t['condition.gate']()
        : t['condition.other']();
    const extra = [c.reason, c.message].filter(Boolean).join(': ');
    const bad = c.type === 'DisruptionTarget' ? c.status === 'True' : c.status !== 'True';
    const sev: Severity = !bad ? 'ok' : c.type === 'PodScheduled' ? 'error' : 'warning';
    out.push(
      f(
        `condition.${c.type}`,
        'pod.conditions',
        sev,
        t['condition.title']({ type: c.type, status: c.status }),
        extra ? `${meaning} ${extra}` : meaning,
      ),
    );
  }
  for (const g of gates) {
    if (!conds.some((c) => c.type === g))
      out.push(f(`condition.${g}`, 'pod.conditions', 'warning', t['condition.missing']({ type: g }), t['condition.gate']()));
  }
  return out;
}

function stateText(s: ContainerStatus | undefined, t: Messages): string {
  if (s?.state?.running) return t['state.running']();
  if (s?.state?.waiting) return t['state.waiting']({ reason: s.state.waiting.reason ?? '?' });
  if (s?.state?.terminated) return t['state.terminated']({ reason: s.state.terminated.reason ?? '?', code: s.state.terminated.exitCode });
  return t['state.unknown']();
}

function containers(pod: Pod, t: Messages): Finding[] {
  const list: [Container, 'init' | 'sidecar' | 'container', ContainerStatus | undefined][] = [
    ...(pod.spec.initContainers ?? []).map(
      (c) =>
        [c, c.restartPolicy === 'Always' ? 'sidecar' : 'init', pod.status?.initContainerStatuses?.find((s) => s.name === c.name)] as [
          Container,
          'init' | 'sidecar',
          ContainerStatus | undefined,
        ],
    ),
    ...pod.spec.containers.map(
      (c) =>
        [c, 'container', pod.status?.containerStatuses?.find((s) => s.name === c.name)] as [
          Container,
          'container',
          ContainerStatus | undefined,
        ],
    ),
  ];
  return list.map(([c, kind, s]) => {
    const lines: string[] = [];
    if (kind === 'sidecar') lines.push(t['container.sidecar']());
    if (c.image) lines.push(t['container.image']({ image: c.image }));
    const st = s?.state;
    if (!s) lines.push(t['container.nostatus']());
    else if (st?.running) lines.push(t['container.running']({ since: st.running.startedAt ?? '?' }));
    else if (st?.waiting)
      lines.push(
        t['container.waiting']({ reason: st.waiting.reason ?? '?', message: st.waiting.message ? ` — ${st.waiting.message}` : '' }),
      );
    else if (st?.terminated)
      lines.push(
        t['container.terminated']({
          code: st.terminated.exitCode,
          reason: st.terminated.reason ?? '?',
          signal: st.terminated.signal ? ` signal ${st.terminated.signal}` : '',
        }),
      );
    if (s) lines.push(t['container.ready']({ ready: s.ready ? t.yes() : t.no() }));
    if (s && s.restartCount > 0) lines.push(t['container.restarts']({ count: s.restartCount }));
    const last = s?.lastState?.terminated;
    if (last) lines.push(t['container.last']({ code: last.exitCode, reason: last.reason ?? '?' }));
    if (last?.exitCode === 137 || st?.terminated?.exitCode === 137) lines.push(t['container.code137']());
    const term = st?.terminated;
    const failedNow = !!st?.waiting && !['ContainerCreating', 'PodInitializing'].includes(st.waiting.reason ?? '');
    const sev: Severity =
      failedNow || (term && term.exitCode !== 0)
        ? 'error'
        : term
          ? 'ok'
          : s?.ready || (kind === 'init' && term)
            ? 'ok'
            : s && (s.restartCount > 0 || !s.ready)
              ? 'warning'
              : s
                ? 'ok'
                : 'info';
    const kindText = t[`container.kind.${kind}` as 'container.kind.init']();
    const concept = kind === 'init' ? 'container.init' : kind === 'sidecar' ? 'container.sidecar' : 'container.state';
    return f(
      `container.${c.name}`,
      concept,
      sev,
      t['container.title']({ kind: kindText, name: c.name, state: stateText(s, t) }),
      lines.join(t.sep()),
    );
  });
}

function describeProbe(p: Probe, t: Messages): string {
  const what = p.httpGet
    ? `HTTP GET ${p.httpGet.path ?? '/'} :${p.httpGet.port ?? ''}`
    : p.tcpSocket
      ? `TCP :${p.tcpSocket.port ?? ''}`
      : p.grpc
        ? `gRPC :${p.grpc.port ?? ''}`
        : p.exec
          ? `exec ${(p.exec.command ?? []).join(' ')}`
          : '?';
  return t['probe.every']({ what, period: p.periodSeconds ?? 10 });
}

function probes(pod: Pod, t: Messages): Finding[] {
  const out: Finding[] = [];
  for (const c of pod.spec.containers) {
    const s = pod.status?.containerStatuses?.find((x) => x.name === c.name);
    const running = !!s?.state?.running;
    out.push(
      c.readinessProbe
        ? f(
            `probe.readiness.${c.name}`,
            'probes.readiness',
            running && !s?.ready ? 'warning' : 'info',
            t['probe.readiness.title']({ container: c.name }),
            t['probe.readiness.set']({ probe: describeProbe(c.readinessProbe, t) }),
          )
        : f(
            `probe.readiness.${c.name}`,
            'probes.readiness',
            'info',
            t['probe.readiness.title']({ container: c.name }),
            t['probe.readiness.none'](),
          ),
    );
    if (c.livenessProbe)
      out.push(
        f(
          `probe.liveness.${c.name}`,
          'probes.liveness',
          'info',
          t['probe.liveness.title']({ container: c.name }),
          t['probe.liveness.set']({ probe: describeProbe(c.livenessProbe, t) }),
        ),
      );
  }
  return out;
}

function resources(pod: Pod, t: Messages): Finding[] {
  const fmt = (r?: Record<string, string>) =>
    r && Object.keys(r).length
      ? Object.entries(r)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')
      : t['resources.none']();
  const out = allContainers(pod).map((c) => {
    const oom = statuses(pod).some(
      (s) => s.name === c.name && (s.lastState?.terminated?.reason === 'OOMKilled' || s.state?.terminated?.reason === 'OOMKilled'),
    );
    const detail =
      t['resources.detail']({ requests: fmt(c.resources?.requests), limits: fmt(c.resources?.limits) }) +
      (c.resources?.limits?.memory ? '' : t.sep() + t['resources.nomemlimit']());
    return f(`resources.${c.name}`, 'resources', oom ? 'error' : 'info', t['resources.title']({ container: c.name }), detail);
  });
  const qos = pod.status?.qosClass;
  if (qos === 'Guaranteed' || qos === 'Burstable' || qos === 'BestEffort')
    out.push(f('qos', 'qos', 'info', t['qos.title']({ qos }), t[`qos.${qos}`]()));
  return out;
}

function scheduling(snap: PodSnapshot, t: Messages): Finding {
  const pod = snap.pod;
  const node = pod.spec.nodeName;
  const cond = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  const lines: string[] = [];
  if (pod.spec.nodeSelector && Object.keys(pod.spec.nodeSelector).length)
    lines.push(t['scheduling.selector']({ selector: formatSelector(pod.spec.nodeSelector) }));
  if (cond?.status === 'False' && cond.message) lines.push(t['scheduling.message']({ message: cond.message }));
  const nodeReady = (snap.node?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions?.find(
    (c) => c.type === 'Ready',
  );
  if (node && nodeReady && nodeReady.status !== 'True') lines.push(t['scheduling.node.notready']({ node }));
  return f(
    'scheduling',
    'pod.scheduling',
    node ? (nodeReady && nodeReady.status !== 'True' ? 'error' : 'ok') : cond?.status === 'False' ? 'error' : 'info',
    node ? t['scheduling.title.node']({ node }) : t['scheduling.title.none'](),
    lines.join(t.sep()),
  );
}

function owners(snap: PodSnapshot, t: Messages): Finding[] {
  const ref = snap.pod.metadata.ownerReferences?.find((o) => o.controller) ?? snap.pod.metadata.ownerReferences?.[0];
  if (!ref) return [f('owner', 'pod', 'info', t['owner.none.title'](), t['owner.none']())];
  const o = snap.owner;
  const title = t['owner.title']({ kind: ref.kind, name: ref.name });
  if (o && o.found === false) {
    const concept = ownerConcept(ref.kind);
    return [f('owner', concept, 'warning', title, t['owner.missing']({ kind: ref.kind, name: ref.name }))];
  }
  const parent = o?.found === true ? o.owner : undefined;
  if (ref.kind === 'ReplicaSet') {
    const out = [
      f(
        'owner',
        'owner.replicaset',
        'info',
        title,
        t['owner.replicaset']({ deployment: parent?.kind === 'Deployment' ? t['owner.ofDeployment']({ name: parent.name }) : '' }) +
          (o?.found === 'unknown' || !o ? t.sep() + t['owner.unknown']() : ''),
      ),
    ];
    if (parent?.kind === 'Deployment')
      out.push(
        f('owner.deployment', 'owner.deployment', 'info', t['owner.deployment.title']({ name: parent.name }), t['owner.deployment']()),
      );
    return out;
  }
  if (ref.kind === 'Job')
    return [
      f(
        'owner',
        'job',
        'info',
        title,
        t['owner.job']({ cronjob: parent?.kind === 'CronJob' ? t['owner.ofCronJob']({ name: parent.name }) : '' }),
      ),
    ];
  return [f('owner', ownerConcept(ref.kind), 'info', title, t['owner.other']({ kind: ref.kind }))];
}

const ownerConcept = (kind: string) =>
  (({ ReplicaSet: 'owner.replicaset', Job: 'job', StatefulSet: 'statefulset', DaemonSet: 'daemonset' }) as Record<string, string>)[kind] ??
  'pod';

function serviceAccount(pod: Pod, t: Messages): Finding {
  const name = pod.spec.serviceAccountName ?? 'default';
  return f('serviceaccount', 'serviceaccount', 'info', t['sa.title']({ name }), t['sa.detail']());
}

function references(snap: PodSnapshot, t: Messages): Finding[] {
  const refs = referencedObjects(snap.pod);
  const out: Finding[] = [];
  const one = (
    id: string,
    concept: string,
    kind: string,
    titleKey: 'ref.cm.title' | 'ref.secret.title' | 'ref.pvc.title',
    name: string,
    known: string[] | undefined,
    keys?: string[],
  ) => {
    const state = known === undefined ? 'unknown' : known.includes(name) ? 'exists' : 'missing';
    const detail =
      state === 'missing'
        ? t['ref.missing.detail']({ kind })
        : state === 'unknown'
          ? t['ref.unknown.detail']()
          : keys
            ? t['ref.secret.keys']({ keys: keys.join(', ') || '-' })
            : t['ref.exists.detail']();
    out.push(
      f(
        `${id}.${name}`,
        concept,
        state === 'missing' ? 'error' : state === 'unknown' ? 'warning' : 'ok',
        t[titleKey]({ name, state: t[`ref.${state}`]() }),
        detail,
      ),
    );
  };
  for (const n of refs.configMaps) one('configmap', 'configmap', 'ConfigMap', 'ref.cm.title', n, snap.configMaps);
  for (const n of refs.secrets)
    one(
      'secret',
      'secret',
      'Secret',
      'ref.secret.title',
      n,
      snap.secrets?.map((s) => s.name),
      snap.secrets?.find((s) => s.name === n)?.keys,
    );
  for (const n of refs.pvcs) one('pvc', 'pvc', 'PersistentVolumeClaim', 'ref.pvc.title', n, snap.pvcs);
  return out;
}

function services(snap: PodSnapshot, t: Messages): Finding[] {
  if (!snap.services) return [];
  const labels = snap.pod.metadata.labels ?? {};
  const selecting = snap.services.filter(
    (s) => s.spec?.selector && Object.keys(s.spec.selector).length && matchesSelector(s.spec.selector, labels),
  );
  if (selecting.length === 0) return [f('service', 'service', 'info', t['svc.none.title'](), t['svc.none']())];
  return selecting.map((svc) => {
    const selector = formatSelector(svc.spec!.selector!);
    if (!snap.endpointSlices)
      return f(
        `service.${svc.metadata.name}`,
        'service.endpoints',
        'warning',
        t['svc.title']({ name: svc.metadata.name, state: t['ref.unknown']() }),
        t['svc.detail.unknown']({ selector }),
      );
    const eps = snap.endpointSlices
      .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name)
      .flatMap((s) => s.endpoints ?? [])
      .filter(
        (e) =>
          e.targetRef?.kind === 'Pod' &&
          (e.targetRef.uid ? e.targetRef.uid === snap.pod.metadata.uid : e.targetRef.name === snap.pod.metadata.name),
      );
    if (eps.length === 0)
      return f(
        `service.${svc.metadata.name}`,
        'service.endpoints',
        'warning',
        t['svc.title']({ name: svc.metadata.name, state: t['svc.absent']() }),
        t['svc.detail.absent']({ selector }),
      );
    const c = eps[0]!.conditions ?? {};
    const yn = (b: boolean | undefined) => String(b ?? false);
    const state = c.terminating ? 'svc.terminating' : c.ready ? 'svc.ready' : 'svc.notready';
    return f(
      `service.${svc.metadata.name}`,
      'service.endpoints',
      c.ready ? 'ok' : 'warning',
      t['svc.title']({ name: svc.metadata.name, state: t[state]() }),
      t['svc.detail']({ selector, ready: yn(c.ready), serving: yn(c.serving), terminating: yn(c.terminating) }),
    );
  });
}

/**
 * The names cluster DNS serves for this Pod, in the assumed zone cluster.local (`kubexplain dns pod/NAME`
 * detects the zone and lists short names): its dashed-IP name, its hostname.subdomain name when a
 * headless Service of that name exists, and the names of the Services that select it.
 */
function dnsNames(snap: PodSnapshot, t: Messages): Finding[] {
  const pod = snap.pod;
  const ns = pod.metadata.namespace ?? 'default';
  const zone = 'cluster.local';
  const names: string[] = [];
  if (pod.status?.podIP) names.push(`${pod.status.podIP.replace(/[.:]/g, '-')}.${ns}.pod.${zone}`);
  const labels = pod.metadata.labels ?? {};
  for (const svc of snap.services ?? []) {
    const sel = svc.spec?.selector;
    if (sel && Object.keys(sel).length && matchesSelector(sel, labels)) names.push(`${svc.metadata.name}.${ns}.svc.${zone}`);
  }
  const out: Finding[] = [];
  const { hostname, subdomain } = pod.spec;
  if (hostname && subdomain) {
    const name = `${hostname}.${subdomain}.${ns}.svc.${zone}`;
    const headless = snap.services?.find((s) => s.metadata.name === subdomain);
    if (!snap.services || (headless && headless.spec?.clusterIP === 'None')) names.push(name);
    else out.push(f('dns.subdomain', 'dns.pod', 'warning', t['dns.subdomain.title']({ name }), t['dns.subdomain.detail']({ subdomain })));
  }
  if (names.length === 0) return out;
  return [
    f(
      'dns',
      'dns.pod',
      'info',
      t['dns.title']({ count: names.length }),
      t['dns.detail']({ names: names.join(', '), pod: pod.metadata.name, ns }),
    ),
    ...out,
  ];
}

function events(snap: PodSnapshot, t: Messages): Finding {
  if (!snap.events) return f('events', 'events', 'info', t['events.title']({ count: 0 }), t['ref.unknown.detail']());
  const list = dedupeEvents(snap.events);
  if (list.length === 0) return f('events', 'events', 'info', t['events.title']({ count: 0 }), t['events.none']());
  const lines = list.map((e) => t['events.line']({ type: e.type, reason: e.reason, count: e.count, message: e.message }));
  return f(
    'events',
    'events',
    list.some((e) => e.type === 'Warning') ? 'warning' : 'info',
    t['events.title']({ count: list.length }),
    lines.join('\n'),
  );
}
