// The failure catalogue (tests/scenarios/*.yaml, one file per failure) against the real control
// plane, through the built binary: each scenario gets its own namespace and kwok nodes, applies its
// objects, waits for the scheduler and controllers, adds what kwok cannot simulate (status patches
// and Events shaped like the kubelet's), then checks the verdict of each target in en and ja:
// severity, the named cause, the object names and the next step. See tests/scenarios/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { request, type RequestOptions } from 'node:https';
import { KubernetesObjectApi, type KubernetesObject } from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clients, waitFor } from './helpers.js';
import { runKx } from '../support/binary.js';

interface Ref {
  kind: string;
  name?: string;
  /** A label selector, for objects with generated names (a Deployment's Pods). */
  selector?: string;
  /** A field selector on top, e.g. `status.phase=Failed` for the evicted one of a Deployment's Pods. */
  fieldSelector?: string;
}
interface Scenario {
  title: string;
  issue: string;
  nodes?: KubernetesObject[];
  /**
   * Objects applied in this order: namespaced ones in the scenario's namespace, cluster-scoped ones
   * (Namespace, admission policies) as they are, deleted afterwards. `{pauseMs: N}` waits N ms, e.g.
   * until the API server enforces a new admission policy.
   */
  apply?: (KubernetesObject & { pauseMs?: number })[];
  /**
   * Waited for, in order, before the patches: `exists`, `scheduled`, `unschedulable`, `phase:<Phase>`, `event:<Reason>`,
   * `condition:<Type>=<Status>`, `taint:<key>:<effect>` (e.g. one the node lifecycle controller adds), `field:<path>=<value>`,
   * `endpoints:<N>` (a Service whose EndpointSlices list N ready endpoints).
   */
  wait?: (Ref & { until: string; namespace?: string })[];
  /** Merge patches of the status subresource (what the kubelet would write). */
  status?: (Ref & { patch: Record<string, unknown> })[];
  /** Events as the kubelet or a controller writes them. */
  events?: (Ref & { type: string; reason: string; message: string; count?: number; component: string; fieldPath?: string })[];
  /**
   * Run after the patches, in order: deletions (e.g. a namespace whose contents hold a finalizer), waits, and
   * namespaced objects to create only now (e.g. a Pod the scheduler must see after a node's status patch), and status
   * patches or events of objects that exist only now (a StatefulSet's next ordinal, created once the one before is Ready),
   * and merge patches of an object's spec, as `kubectl set image` or `kubectl patch` would make them.
   */
  after?: (
    | { delete: Ref & { namespace?: string } }
    | { wait: Ref & { until: string } }
    | { apply: KubernetesObject }
    | { status: NonNullable<Scenario['status']>[number] }
    | { patch: Ref & { name: string; patch: Record<string, unknown> } }
    | { event: NonNullable<Scenario['events']>[number] }
  )[];
  expect: {
    /** The object explained or traced; for `verb: trace`, `{url: HOST/PATH}` traces a URL (kind and name unused). */
    target: Ref & { namespace?: string; url?: string };
    /** `explain` (default) or `trace` (a Service). */
    verb?: 'explain' | 'trace';
    severity: string;
    en: string[];
    ja: string[];
    /** Words the verdict must not contain in either language (a cause wrongly blamed). */
    absent?: string[];
    /** Concepts that some finding must carry. */
    concepts?: string[];
    /** Parts that some finding's title or detail must contain (e.g. the taints behind a verdict). */
    findings?: { en: string[]; ja: string[] };
  }[];
}

const DIR = new URL('../scenarios/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const { kc, core } = clients();
const api = KubernetesObjectApi.makeApiClient(kc);
const kx = (...args: string[]) => runKx([...args, '--kubeconfig', inject('kubeconfig')]);

const PLURAL: Record<string, string> = {
  Pod: 'pods',
  Node: 'nodes',
  Deployment: 'deployments',
  ReplicaSet: 'replicasets',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
  Job: 'jobs',
  CronJob: 'cronjobs',
  Namespace: 'namespaces',
  ConfigMap: 'configmaps',
  PersistentVolumeClaim: 'persistentvolumeclaims',
  PersistentVolume: 'persistentvolumes',
  NetworkPolicy: 'networkpolicies',
  PriorityClass: 'priorityclasses',
  Ingress: 'ingresses',
  StorageClass: 'storageclasses',
};
const GROUP: Record<string, string> = {
  Deployment: 'apis/apps/v1',
  ReplicaSet: 'apis/apps/v1',
  StatefulSet: 'apis/apps/v1',
  DaemonSet: 'apis/apps/v1',
  Job: 'apis/batch/v1',
  CronJob: 'apis/batch/v1',
  NetworkPolicy: 'apis/networking.k8s.io/v1',
  Ingress: 'apis/networking.k8s.io/v1',
  PriorityClass: 'apis/scheduling.k8s.io/v1',
  StorageClass: 'apis/storage.k8s.io/v1',
};
const CLUSTER = new Set([
  'Node',
  'Namespace',
  'PersistentVolume',
  'PriorityClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
]);

/** One raw API call with the test kubeconfig's credentials (for status patches, which the typed clients make awkward). */
async function call(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<Record<string, unknown>> {
  const server = new URL(kc.getCurrentCluster()!.server);
  const opts: RequestOptions = {
    method,
    host: server.hostname,
    port: server.port,
    path,
    headers: { 'content-type': contentType, accept: 'application/json' },
  };
  await kc.applyToHTTPSOptions(opts);
  return new Promise((resolve, reject) => {
    const req = request(opts, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => {
        const json = (data ? JSON.parse(data) : {}) as Record<string, unknown>;
        if ((res.statusCode ?? 500) >= 300) reject(new Error(`${method} ${path}: ${res.statusCode} ${String(json.message ?? data)}`));
        else resolve(json);
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });
}

const base = (kind: string, ns: string) =>
  `/${GROUP[kind] ?? 'api/v1'}${CLUSTER.has(kind) ? '' : `/namespaces/${ns}`}/${PLURAL[kind] ?? `${kind.toLowerCase()}s`}`;

/** The objects a Ref names (by name, or every match of its selector). */
async function resolve(ref: Ref, ns: string): Promise<KubernetesObject[]> {
  if (ref.name) return [await call('GET', `${base(ref.kind, ns)}/${ref.name}`)];
  const q = new URLSearchParams({
    ...(ref.selector ? { labelSelector: ref.selector } : {}),
    ...(ref.fieldSelector ? { fieldSelector: ref.fieldSelector } : {}),
  }).toString();
  return ((await call('GET', `${base(ref.kind, ns)}${q ? `?${q}` : ''}`)).items as KubernetesObject[]).map((o) => ({
    ...o,
    kind: ref.kind,
  }));
}

function reached(
  o: KubernetesObject & {
    spec?: { nodeName?: string; taints?: { key: string; effect: string }[] };
    status?: { phase?: string; conditions?: { type: string; status: string }[] };
  },
  until: string,
  events: { reason?: string; involvedObject?: { uid?: string } }[],
): boolean {
  if (until === 'exists') return true;
  if (until === 'scheduled') return !!o.spec?.nodeName;
  if (until.startsWith('phase:')) return o.status?.phase === until.slice('phase:'.length);
  if (until === 'unschedulable') return !!o.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.status === 'False');
  const ev = /^event:(\w+)$/.exec(until);
  if (ev) return events.some((e) => e.reason === ev[1] && e.involvedObject?.uid === o.metadata?.uid);
  const cond = /^condition:(\w+)=(\w+)$/.exec(until);
  if (cond) return !!o.status?.conditions?.some((c) => c.type === cond[1] && c.status === cond[2]);
  // field:<dot.path>=<value>: e.g. field:status.failed=1, a count a controller writes.
  const field = /^field:([\w.]+)=(.*)$/.exec(until);
  if (field) return String(field[1]!.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o)) === field[2];
  const taint = /^taint:(.+):(\w+)$/.exec(until);
  if (taint) return !!o.spec?.taints?.some((t) => t.key === taint[1] && t.effect === taint[2]);
  throw new Error(`unknown wait: ${until}`);
}

/** The scenario text with {{ns}}, {{run}} and {{now}} (an RFC 3339 time, for condition timestamps) filled in, parsed. */
function load(file: string, ns: string, run: string): Scenario {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const text = readFileSync(new URL(file, DIR), 'utf8').replaceAll('{{ns}}', ns).replaceAll('{{run}}', run).replaceAll('{{now}}', now);
  // merge: YAML 1.1's `<<: *anchor`, which the scenarios use to share a status (YAML 1.2 reads `<<` as a plain key).
  const [doc] = parseAllDocuments(text, { merge: true });
  return doc!.toJS() as Scenario;
}

/**
 * How many ready endpoints the EndpointSlices of Service `name` list. A Pod is Ready before the
 * EndpointSlice controller has caught up (seconds on a loaded machine), and a trace reads the slices.
 */
async function readyEndpoints(name: string, ns: string): Promise<number> {
  const q = `labelSelector=${encodeURIComponent(`kubernetes.io/service-name=${name}`)}`;
  const slices = (await call('GET', `/apis/discovery.k8s.io/v1/namespaces/${ns}/endpointslices?${q}`)).items as {
    endpoints?: { conditions?: { ready?: boolean } }[];
  }[];
  return slices.flatMap((s) => s.endpoints ?? []).filter((e) => e.conditions?.ready !== false).length;
}

/** Waits until every object `w` names has reached `w.until` (`endpoints:N`: Service `w.name` has N ready endpoints). */
async function untilReached(w: Ref & { until: string }, ns: string): Promise<void> {
  await waitFor(
    async () => {
      const eps = /^endpoints:(\d+)$/.exec(w.until);
      if (eps) return (await readyEndpoints(w.name!, ns)) >= Number(eps[1]);
      const objs = await resolve(w, ns);
      const events = w.until.startsWith('event:') ? ((await call('GET', `/api/v1/namespaces/${ns}/events`)).items as []) : [];
      return objs.length > 0 && objs.every((o) => reached(o, w.until, events));
    },
    90_000,
    `${w.kind} ${w.name ?? w.selector} ${w.until}`,
  );
}

// A scenario's own nodes take no other test's Pods: the scheduler favours empty nodes, and a Pod of
// another file placed on one was marked not Ready when the node stopped its heartbeat, or deleted with
// the node when the scenario ended (a CI run traced such a Pod mid-way). The taint is theirs alone; the
// scenario's Pods tolerate it.
const OWN = 'sandbox.kubexplain.io/scenario';

function ownNode(n: KubernetesObject & { spec?: { taints?: object[] } }, ns: string): KubernetesObject {
  return <KubernetesObject>{
    apiVersion: 'v1',
    kind: 'Node',
    ...n,
    spec: { ...n.spec, taints: [...(n.spec?.taints ?? []), { key: OWN, value: ns, effect: 'NoSchedule' }] },
  };
}

/** The object with a toleration of the scenario's own nodes in its Pod spec (Pods, workloads' templates, CronJobs'). */
function tolerateOwnNodes(o: KubernetesObject, s: Scenario): KubernetesObject {
  if (!s.nodes?.length) return o;
  type PodSpec = { tolerations?: object[] };
  const tolerate = (spec: PodSpec | undefined): PodSpec | undefined =>
    spec && { ...spec, tolerations: [...(spec.tolerations ?? []), { key: OWN, operator: 'Exists', effect: 'NoSchedule' }] };
  const x = o as KubernetesObject & { spec?: Record<string, unknown> };
  const template = (t: unknown) => t && { ...(t as object), spec: tolerate((t as { spec?: PodSpec }).spec) };
  if (o.kind === 'Pod') return { ...x, spec: tolerate(x.spec as PodSpec) } as KubernetesObject;
  if (o.kind === 'CronJob') {
    const jt = x.spec?.jobTemplate as { spec?: { template?: unknown } } | undefined;
    return {
      ...x,
      spec: { ...x.spec, jobTemplate: { ...jt, spec: { ...jt?.spec, template: template(jt?.spec?.template) } } },
    } as KubernetesObject;
  }
  if (x.spec?.template) return { ...x, spec: { ...x.spec, template: template(x.spec.template) } } as KubernetesObject;
  return o;
}

describe.each(FILES)('scenario %s', (file) => {
  const run = Math.random().toString(36).slice(2, 7);
  const ns = `scn-${file.replace(/\.yaml$/, '').slice(0, 40)}-${run}`;
  const s = load(file, ns, run);
  const clusterScoped: KubernetesObject[] = [];
  const until = (w: Ref & { until: string; namespace?: string }) => untilReached(w, w.namespace ?? ns);

  beforeAll(async () => {
    for (const n of s.nodes ?? []) await api.create(ownNode(n, ns));
    await core.createNamespace({ body: { metadata: { name: ns } } });
    await waitFor(async () =>
      (await core.listNamespacedServiceAccount({ namespace: ns })).items.some((a) => a.metadata?.name === 'default'),
    );
    for (const o of s.apply ?? []) {
      if (o.pauseMs) {
        await new Promise((r) => setTimeout(r, o.pauseMs));
        continue;
      }
      const cluster = CLUSTER.has(o.kind!);
      if (cluster) clusterScoped.push(o);
      const body = tolerateOwnNodes(
        { ...o, metadata: { ...o.metadata, ...(cluster ? {} : { namespace: o.metadata?.namespace ?? ns }) } },
        s,
      );
      // The typed client serializes a NetworkPolicy rule's `from` as `_from` and drops it: post it as written.
      if (o.kind === 'NetworkPolicy') await call('POST', base(o.kind, body.metadata!.namespace!), body);
      else await api.create(body);
    }
    for (const w of s.wait ?? []) await until(w);
    for (const p of s.status ?? []) await patchStatus(p);
    for (const e of s.events ?? []) await postEvents(e);
    for (const a of s.after ?? [])
      if ('delete' in a) await call('DELETE', `${base(a.delete.kind, a.delete.namespace ?? ns)}/${a.delete.name}`);
      else if ('apply' in a) await api.create(tolerateOwnNodes({ ...a.apply, metadata: { ...a.apply.metadata, namespace: ns } }, s));
      else if ('status' in a) await patchStatus(a.status);
      else if ('patch' in a)
        await call('PATCH', `${base(a.patch.kind, ns)}/${a.patch.name}`, a.patch.patch, 'application/merge-patch+json');
      else if ('event' in a) await postEvents(a.event);
      else await until(a.wait);
  }, 150_000);

  const patchStatus = async (p: NonNullable<Scenario['status']>[number]) => {
    for (const o of await resolve(p, ns))
      await call('PATCH', `${base(p.kind, ns)}/${o.metadata!.name}/status`, p.patch, 'application/merge-patch+json');
  };
  const postEvents = async (e: NonNullable<Scenario['events']>[number]) => {
    const now = new Date().toISOString();
    for (const o of await resolve(e, ns)) {
      const objNs = CLUSTER.has(e.kind) ? 'default' : ns;
      await call('POST', `/api/v1/namespaces/${objNs}/events`, {
        metadata: { generateName: `${o.metadata!.name}.` },
        involvedObject: {
          kind: e.kind,
          name: o.metadata!.name,
          ...(CLUSTER.has(e.kind) ? {} : { namespace: ns }),
          // The kubelet names its own Node by name, not by uid.
          uid: e.kind === 'Node' && e.component === 'kubelet' ? o.metadata!.name : o.metadata!.uid,
          apiVersion: o.apiVersion ?? 'v1',
          ...(e.fieldPath ? { fieldPath: e.fieldPath } : {}),
        },
        type: e.type,
        reason: e.reason,
        message: e.message,
        count: e.count ?? 1,
        firstTimestamp: now,
        lastTimestamp: now,
        source: {
          component: e.component,
          ...(e.component === 'kubelet'
            ? { host: e.kind === 'Node' ? o.metadata!.name : (o as { spec?: { nodeName?: string } }).spec?.nodeName }
            : {}),
        },
        reportingComponent: e.component,
        reportingInstance: e.component,
      });
    }
  };

  afterAll(async () => {
    // KX_SCENARIO_KEEP=1 leaves the namespace for `kubectl describe` while writing a scenario.
    if (process.env.KX_SCENARIO_KEEP) return;
    // Finalizers the scenario put on its objects (no controller removes them), so their namespaces can go.
    for (const o of s.apply ?? [])
      if (o.metadata?.finalizers?.length)
        await call(
          'PATCH',
          `${base(o.kind!, o.metadata.namespace ?? ns)}/${o.metadata.name}`,
          { metadata: { finalizers: null } },
          'application/merge-patch+json',
        ).catch(() => undefined);
    // A Job's Pod that never ends (left Pending by simulate: manual, such as a retry) keeps the Job controller's
    // batch.kubernetes.io/job-tracking finalizer after its Job is gone: no kubelet ever ends it here.
    const pods = (await call('GET', `/api/v1/namespaces/${ns}/pods`).catch(() => ({ items: [] }))).items as KubernetesObject[];
    for (const p of pods.filter((x) => x.metadata?.finalizers?.length))
      await call(
        'PATCH',
        `/api/v1/namespaces/${ns}/pods/${p.metadata!.name}`,
        { metadata: { finalizers: null } },
        'application/merge-patch+json',
      ).catch(() => undefined);
    await core.deleteNamespace({ name: ns }).catch(() => undefined);
    for (const o of clusterScoped.reverse()) await api.delete(o).catch(() => undefined);
    for (const n of s.nodes ?? []) await core.deleteNode({ name: n.metadata!.name! }).catch(() => undefined);
  });

  it.each(
    s.expect.map((e) => [`${e.verb ?? 'explain'} ${e.target.url ?? `${e.target.kind}/${e.target.name ?? e.target.selector}`}`, e] as const),
  )(`${s.title}: %s`, async (_label, e) => {
    const targetNs = e.target.namespace ?? ns;
    const [obj] = e.target.url ? [] : await resolve(e.target, targetNs);
    const target = e.target.url ?? `${e.target.kind.toLowerCase()}/${obj!.metadata!.name!}`;
    for (const lang of ['en', 'ja'] as const) {
      const r = await kx(e.verb ?? 'explain', target, '-n', targetNs, '-o', 'json', '--lang', lang);
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout) as {
        verdict: { severity: string; text: string };
        findings?: { concept: string; title: string; detail: string }[];
      };
      expect({ lang, severity: out.verdict.severity }).toEqual({ lang, severity: e.severity });
      for (const part of e[lang]) expect(out.verdict.text, `${lang} verdict`).toContain(part);
      for (const word of e.absent ?? []) expect(out.verdict.text.toLowerCase(), `${lang} verdict`).not.toContain(word.toLowerCase());
      for (const c of e.concepts ?? []) expect((out.findings ?? []).map((f) => f.concept)).toContain(c);
      const said = (out.findings ?? []).map((f) => `${f.title}\n${f.detail}`).join('\n');
      for (const part of e.findings?.[lang] ?? []) expect(said, `${lang} findings`).toContain(part);
    }
  });
});
