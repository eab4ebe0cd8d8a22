// Explains an Endpoints object by saying what replaced it: the core/v1 Endpoints API is deprecated
// since v1.33 in favour of discovery.k8s.io/v1 EndpointSlices, which kube-proxy, DNS and Ingress
// controllers read. The Endpoints object is still mirrored by a controller (at most 1000 addresses),
// so we summarise it, then explain the Service's EndpointSlices. Pure.
import type { Explainer } from './contract.js';
import type { KubeObject } from '../model/kube.js';
import { finding, type FindingModel } from '../model/finding.js';
import type { Event } from '../model/pod.js';
import type { EndpointSlice } from '../model/routing.js';
import { commonParts, eventsOf, m, meta, nameOf, targetOf } from './kind-parts.js';
import { get, list, listOf, objectOf, type ReadPlan } from '../model/read-plan.js';

export interface Endpoints extends KubeObject {
  subsets?: {
    addresses?: { ip: string }[];
    notReadyAddresses?: { ip: string }[];
    ports?: { name?: string; port: number; protocol?: string }[];
  }[];
}

export const explainer: Explainer = {
  kind: 'Endpoints',
  group: '',
  reads(target: KubeObject, namespace: string): ReadPlan {
    const ns = target.metadata?.namespace ?? namespace;
    const name = nameOf(target);
    return {
      service: get('Service', name, ns),
      slices: list('EndpointSlice', { namespace: ns, labelSelector: `kubernetes.io/service-name=${name}` }),
      events: eventsOf(target),
    };
  },
  explain(snap) {
    const ep = snap.object as Endpoints;
    const name = nameOf(ep);
    const ready = (ep.subsets ?? []).reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
    const notReady = (ep.subsets ?? []).reduce((n, s) => n + (s.notReadyAddresses?.length ?? 0), 0);
    const truncated = meta(ep).annotations?.['endpoints.kubernetes.io/over-capacity'] === 'truncated';
    const findings: FindingModel[] = [
      finding('deprecated', 'endpointslice', 'warning', m['ep.deprecated'](), [m['ep.deprecated.detail']({ name })]),
      finding('mirror', 'service.endpoints', truncated ? 'warning' : 'info', m['ep.mirror']({ ready, notReady }), [
        truncated ? m['ep.truncated']() : m['ep.mirror.detail'](),
      ]),
    ];
    const service = objectOf(snap, 'service');
    if (service === null) findings.push(finding('service', 'service', 'warning', m['ep.no-service']({ name })));
    const slices = listOf<EndpointSlice & { ports?: { name?: string; port?: number; protocol?: string }[] }>(snap, 'slices');
    let sliceReady = 0;
    if (slices) {
      for (const s of slices) {
        const eps = s.endpoints ?? [];
        const r = eps.filter((e) => e.conditions?.ready !== false).length;
        const serving = eps.filter((e) => e.conditions?.serving !== false && e.conditions?.ready === false).length;
        const term = eps.filter((e) => e.conditions?.terminating).length;
        sliceReady += r;
        findings.push(
          finding(
            `slice.${s.metadata.name}`,
            'endpointslice',
            r ? 'ok' : 'warning',
            m['ep.slice']({ name: s.metadata.name, ready: r, total: eps.length }),
            [
              m['ep.slice.detail']({
                serving,
                terminating: term,
                ports:
                  (s.ports ?? []).map((p) => `${p.port ?? '*'}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`).join(', ') || '-',
              }),
            ],
          ),
        );
      }
      if (!slices.length) findings.push(finding('slices', 'endpointslice', 'warning', m['ep.slices.none']({ name })));
    }
    findings.push(...commonParts(ep, 'service.endpoints', listOf<Event>(snap, 'events')));
    const text = slices ? m['ep.verdict']({ name, ready: sliceReady, slices: slices.length }) : m['ep.verdict.unread']({ name, ready });
    return {
      kind: 'Explanation',
      target: targetOf(ep, 'Endpoints'),
      verdict: { severity: slices && sliceReady === 0 ? 'warning' : 'info', message: text },
      findings,
      warnings: [...snap.warnings],
    };
  },
};
