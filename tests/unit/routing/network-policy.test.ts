// NetworkPolicy admission on the captured shopfront-clients policy and on variations of it.
import { describe, expect, it } from 'vitest';
import { say } from '../../../src/i18n/localize.js';
import { admission } from '../../../src/routing/network-policy.js';
import type { NetworkPolicy } from '../../../src/model/routing.js';
import { fx } from './fixtures.js';

const policy = fx.policies[0]!;
const labels = { app: 'shopfront', tier: 'web' };

describe('network policy admission', () => {
  it('the captured policy admits 8080 only from role=client Pods: depends on the client', () => {
    const v = admission([policy], labels, { port: 8080, name: 'http', protocol: 'TCP' });
    expect(v.admission).toBe('some');
    expect(v.policies[0]!.sources.map((m) => say(m, 'en'))).toEqual(['pods role=client in namespace routing-fx']);
    expect(v.policies[0]!.sources.map((m) => say(m, 'ja'))).toEqual(['名前空間 routing-fx の Pod role=client']);
  });
  it('another port, or UDP, is denied; unselected Pods are unrestricted', () => {
    expect(admission([policy], labels, { port: 9090, protocol: 'TCP' }).admission).toBe('none');
    expect(admission([policy], labels, { port: 8080, protocol: 'UDP' }).admission).toBe('none');
    expect(admission([policy], { app: 'other' }, { port: 8080, protocol: 'TCP' })).toEqual({ policies: [], admission: 'all' });
  });
  it('policies add up: an allow-all rule on the port wins; named ports and ranges match', () => {
    const open: NetworkPolicy = {
      metadata: { name: 'open', namespace: 'x' },
      spec: { podSelector: {}, ingress: [{ ports: [{ port: 'http' }] }] },
    };
    expect(admission([policy, open], labels, { port: 8080, name: 'http', protocol: 'TCP' }).admission).toBe('all');
    const range: NetworkPolicy = {
      metadata: { name: 'r', namespace: 'x' },
      spec: {
        podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['shopfront'] }] },
        ingress: [{ ports: [{ port: 8000, endPort: 8100 }], from: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }],
      },
    };
    const r = admission([range], labels, { port: 8080, protocol: 'TCP' }).policies[0]!;
    expect({ ...r, sources: r.sources.map((m) => say(m, 'en')) }).toEqual({
      policy: 'r',
      admission: 'some',
      sources: ['ipBlock 10.0.0.0/8'],
      peers: [{ ipBlock: { cidr: '10.0.0.0/8' } }],
    });
    const egressOnly: NetworkPolicy = { metadata: { name: 'e', namespace: 'x' }, spec: { podSelector: {}, policyTypes: ['Egress'] } };
    expect(admission([egressOnly], labels, { port: 8080, protocol: 'TCP' }).admission).toBe('all');
  });
});
