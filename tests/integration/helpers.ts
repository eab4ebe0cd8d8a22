// Shared plumbing for integration tests: clients on the run's cluster, one namespace per test
// file (created before, deleted after), and polling.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, inject } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

export function clients() {
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(inject('kubeconfig'));
  return {
    kc,
    core: kc.makeApiClient(k8s.CoreV1Api),
    apps: kc.makeApiClient(k8s.AppsV1Api),
    batch: kc.makeApiClient(k8s.BatchV1Api),
    discovery: kc.makeApiClient(k8s.DiscoveryV1Api),
  };
}

/** A fresh namespace for this file; returns a getter because the name exists only after beforeAll. */
export function useNamespace(prefix: string): () => string {
  const { core } = clients();
  const name = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
  beforeAll(async () => {
    await core.createNamespace({ body: { metadata: { name } } });
    // Pods are rejected until the namespace's default ServiceAccount exists.
    await waitFor(async () =>
      (await core.listNamespacedServiceAccount({ namespace: name })).items.some((s) => s.metadata?.name === 'default'),
    );
  });
  afterAll(async () => {
    await core.deleteNamespace({ name }).catch(() => undefined);
  });
  return () => name;
}

export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 60_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const condition = (pod: k8s.V1Pod, type: string) => pod.status?.conditions?.find((c) => c.type === type);

/** Writes an Event about a Pod's container as the kubelet writes it (kwok runs no probe and no hook). */
export async function kubeletEvent(
  pod: k8s.V1Pod,
  e: { container: string; reason: string; message: string; count: number },
): Promise<void> {
  const { core } = clients();
  const namespace = pod.metadata!.namespace!;
  const now = new Date();
  await core.createNamespacedEvent({
    namespace,
    body: {
      metadata: { name: `${pod.metadata!.name}.${Date.now().toString(16)}` },
      involvedObject: {
        kind: 'Pod',
        apiVersion: 'v1',
        name: pod.metadata!.name!,
        namespace,
        uid: pod.metadata!.uid!,
        fieldPath: `spec.containers{${e.container}}`,
      },
      reason: e.reason,
      message: e.message,
      type: 'Warning',
      source: { component: 'kubelet', host: pod.spec!.nodeName! },
      reportingComponent: 'kubelet',
      reportingInstance: pod.spec!.nodeName!,
      count: e.count,
      firstTimestamp: now,
      lastTimestamp: now,
    },
  });
}

/**
 * A kubeconfig that acts as an existing ServiceAccount (a 10-minute token) on the run's cluster, in
 * `namespace`: for tests of partial permissions.
 */
export async function serviceAccountKubeconfig(namespace: string, name: string): Promise<string> {
  const { kc, core } = clients();
  const token = (
    await core.createNamespacedServiceAccountToken({ namespace, name, body: { spec: { audiences: [], expirationSeconds: 600 } } })
  ).status!.token;
  const cluster = kc.getCurrentCluster()!;
  const file = join(tempDir('kx-kc-'), 'config');
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': name,
      clusters: [
        {
          name: 'c',
          cluster: { server: cluster.server, 'certificate-authority': cluster.caFile, 'certificate-authority-data': cluster.caData },
        },
      ],
      users: [{ name, user: { token } }],
      contexts: [{ name, context: { cluster: 'c', user: name, namespace } }],
    }),
  );
  return file;
}

/** The documents of the sample manifests in examples/. */
export const examples = (...files: string[]) =>
  files.flatMap((f) =>
    parseAllDocuments(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8')).map((d) => d.toJSON() as k8s.KubernetesObject),
  );

/** Creates the objects in `namespace` (Namespace objects left out). */
export async function createAll(docs: k8s.KubernetesObject[], namespace: string): Promise<void> {
  const api = k8s.KubernetesObjectApi.makeApiClient(clients().kc);
  for (const d of docs) {
    if (d.kind === 'Namespace') continue;
    await api.create({ ...d, metadata: { ...d.metadata, namespace } } as k8s.KubernetesObject);
  }
}
