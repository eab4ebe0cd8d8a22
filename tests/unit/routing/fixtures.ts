// Snapshots built from objects captured with kubectl from the sandbox (tests/fixtures/routing):
// the shop namespace of examples/, and routing-fx with one Service per diagnosis (scenarios.yaml).
import { readFileSync } from 'node:fs';
import type {
  EndpointSlice,
  Ingress,
  IngressClass,
  NetworkPolicy,
  RoutedPod,
  RoutingSnapshot,
  Service,
} from '../../../src/model/routing.js';

const dir = new URL('../../fixtures/routing/', import.meta.url);
const items = <T>(file: string): T[] => (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { items: T[] }).items;

export const fx = {
  services: items<Service>('routing-fx-services.json'),
  slices: items<EndpointSlice>('routing-fx-endpointslices.json'),
  pods: items<RoutedPod>('routing-fx-pods.json'),
  policies: items<NetworkPolicy>('routing-fx-networkpolicies.json'),
  ingresses: items<Ingress>('routing-fx-ingresses.json'),
  classes: items<IngressClass>('ingressclasses.json'),
};
export const shop = {
  services: items<Service>('shop-services.json'),
  slices: items<EndpointSlice>('shop-endpointslices.json'),
  pods: items<RoutedPod>('shop-pods.json'),
  ingresses: items<Ingress>('shop-ingresses.json'),
};
export const corefile = readFileSync(new URL('coredns-Corefile', dir), 'utf8');

type Set = typeof fx | typeof shop;
const ns = (set: Set) => set.services[0]!.metadata.namespace!;

/** What fetchServiceRouting would read for `name`, from the captured objects. */
export function serviceSnapshot(set: Set, name: string, over: Partial<RoutingSnapshot> = {}): RoutingSnapshot {
  const svc = set.services.find((s) => s.metadata.name === name);
  if (!svc) throw new Error(`no fixture Service ${name}`);
  return {
    namespace: ns(set),
    services: { [name]: svc },
    endpointSlices: set.slices,
    pods: set.pods,
    networkPolicies: 'policies' in set ? set.policies : [],
    offline: false,
    warnings: [],
    ...over,
  };
}

/** What fetchIngressRouting would read for `name`. */
export function ingressSnapshot(set: Set, name: string, over: Partial<RoutingSnapshot> = {}): RoutingSnapshot {
  const ingress = set.ingresses.find((i) => i.metadata.name === name)!;
  const services: Record<string, Service | null> = {};
  for (const r of ingress.spec?.rules ?? [])
    for (const p of r.http?.paths ?? [])
      if (p.backend.service)
        services[p.backend.service.name] = set.services.find((s) => s.metadata.name === p.backend.service!.name) ?? null;
  return {
    namespace: ns(set),
    ingress,
    ingressClasses: 'classes' in set ? set.classes : [],
    tlsSecrets: (ingress.spec?.tls ?? []).map((t) => ({ name: t.secretName!, exists: false })),
    services,
    serviceNames: set.services.map((s) => s.metadata.name),
    endpointSlices: set.slices,
    pods: set.pods,
    networkPolicies: 'policies' in set ? set.policies : [],
    offline: false,
    warnings: [],
    ...over,
  };
}
