// The one node-selector matcher (src/model/node-selector.ts) against what the real scheduler decided
// on the sandbox: tests/fixtures/node-selector holds a kwok node labelled cores=16, gen=v3 and Pods
// whose required node affinity uses Gt, Lt and matchFields, some placed and some refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  nodeSelectorMatches,
  nodeSelectorTermMatches,
  parseInt64,
  placementAllows,
  placementText,
  type NodeLabelsAndName,
  type NodePlacement,
} from '../../../src/model/node-selector.js';
import { analyzeScheduling, type NodeLike } from '../../../src/explain/causes/scheduling.js';
import type { Pod } from '../../../src/model/pod.js';

const fixture = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')) as T;
const nodes = fixture<{ items: (NodeLike & NodeLabelsAndName)[] }>('node-selector/nodes.json').items;
const pods = fixture<{ items: Pod[] }>('node-selector/pods.json').items;
const events = fixture<{ items: { involvedObject: { name: string }; reason: string; message: string }[] }>(
  'node-selector/events.json',
).items;
const podNamed = (name: string) => pods.find((p) => p.metadata.name === name)!;
const node = nodes.find((n) => n.metadata?.name === 'kx-nsel-node')!;
const spec = (name: string) => podNamed(name).spec as NodePlacement;

describe('placementAllows agrees with the scheduler on captured Pods', () => {
  it.each(pods.map((p) => [p.metadata.name, p] as const))('%s', (_name, pod) => {
    const allowed = nodes.filter((n) => placementAllows(pod.spec as NodePlacement, n)).map((n) => n.metadata!.name);
    // A placed Pod's node is the only one its affinity allows here; a refused Pod is allowed nowhere.
    expect(allowed).toEqual(pod.spec.nodeName ? [pod.spec.nodeName] : []);
  });

  it('the captured outcomes are the ones the cases are about', () => {
    expect(node.metadata?.labels).toMatchObject({ 'kx-nsel/cores': '16', 'kx-nsel/gen': 'v3' });
    expect(podNamed('cores-gt-8').spec.nodeName).toBe('kx-nsel-node');
    expect(podNamed('by-name-or-cores').spec.nodeName).toBe('kx-nsel-node');
    expect(podNamed('cores-gt-32').spec.nodeName).toBeUndefined();
    // gen=v3 is no integer: Lt never matches it, whatever the bound.
    expect(podNamed('gen-lt-5').spec.nodeName).toBeUndefined();
  });
});

describe('Gt and Lt', () => {
  const term = (operator: string, value: string, key = 'kx-nsel/cores') => ({ matchExpressions: [{ key, operator, values: [value] }] });
  it('compare as integers, not as text ("16" > "8")', () => {
    expect(nodeSelectorTermMatches(term('Gt', '8'), node)).toBe(true);
    expect(nodeSelectorTermMatches(term('Gt', '16'), node)).toBe(false);
    expect(nodeSelectorTermMatches(term('Lt', '17'), node)).toBe(true);
    expect(nodeSelectorTermMatches(term('Lt', '100'), node)).toBe(true);
    expect(nodeSelectorTermMatches(term('Gt', '-3'), node)).toBe(true);
  });
  it('a label that is no int64 never matches; a bound that is none makes the term invalid', () => {
    expect(nodeSelectorTermMatches(term('Lt', '5', 'kx-nsel/gen'), node)).toBe(false);
    expect(nodeSelectorTermMatches(term('Gt', '-1', 'kx-nsel/gen'), node)).toBe(false);
    expect(nodeSelectorTermMatches(term('Gt', '1.5'), node)).toBe(false);
    expect(nodeSelectorTermMatches(term('Lt', '1e3'), node)).toBe(false);
    // A missing key is no integer either.
    expect(nodeSelectorTermMatches(term('Lt', '5', 'absent'), node)).toBe(false);
  });
  it('parses as strconv.ParseInt(s, 10, 64)', () => {
    expect(parseInt64('+7')).toBe(7n);
    expect(parseInt64('-0')).toBe(0n);
    expect(parseInt64('9223372036854775807')).toBe(9223372036854775807n);
    expect(parseInt64('9223372036854775808')).toBeUndefined();
    expect(parseInt64(' 7')).toBeUndefined();
    expect(parseInt64('0x10')).toBeUndefined();
    expect(parseInt64('1_000')).toBeUndefined();
    expect(parseInt64('')).toBeUndefined();
  });
});

describe('terms', () => {
  it('are ORed, their requirements ANDed; an empty term or list selects nothing', () => {
    const none = { matchExpressions: [{ key: 'kx-nsel/cores', operator: 'In', values: ['8'] }] };
    const some = { matchExpressions: [{ key: 'type', operator: 'In', values: ['kwok'] }] };
    expect(nodeSelectorMatches([none, some], node)).toBe(true);
    expect(nodeSelectorMatches([none], node)).toBe(false);
    expect(nodeSelectorMatches([{}], node)).toBe(false);
    expect(nodeSelectorMatches([], node)).toBe(false);
  });
  it('a term with an invalid requirement selects nothing (wrong value counts, unknown operators)', () => {
    expect(nodeSelectorTermMatches({ matchExpressions: [{ key: 'type', operator: 'In', values: [] }] }, node)).toBe(false);
    expect(nodeSelectorTermMatches({ matchExpressions: [{ key: 'type', operator: 'Exists', values: ['kwok'] }] }, node)).toBe(false);
    expect(nodeSelectorTermMatches({ matchExpressions: [{ key: 'type', operator: 'Equals', values: ['kwok'] }] }, node)).toBe(false);
  });
  it('matchFields: metadata.name with In or NotIn and one value', () => {
    const f = (operator: string, values: string[], key = 'metadata.name') => ({ matchFields: [{ key, operator, values }] });
    expect(nodeSelectorTermMatches(f('In', ['kx-nsel-node']), node)).toBe(true);
    expect(nodeSelectorTermMatches(f('NotIn', ['kx-nsel-node']), node)).toBe(false);
    expect(nodeSelectorTermMatches(f('In', ['kx-nsel-node', 'other']), node)).toBe(false);
    expect(nodeSelectorTermMatches(f('Exists', []), node)).toBe(false);
    expect(nodeSelectorTermMatches(f('In', ['kx-nsel-node'], 'spec.unschedulable'), node)).toBe(false);
  });
});

describe('scheduling uses it', () => {
  it('a Pod refused for Gt 32 gets the node-selector cause naming its expression, confirmed by the nodes', () => {
    const pod = podNamed('cores-gt-32');
    const message = events.find((e) => e.involvedObject.name === 'cores-gt-32' && e.reason === 'FailedScheduling')!.message;
    const a = analyzeScheduling(pod, message, nodes);
    expect(a?.cause).toEqual({ kind: 'node-selector', selector: 'kx-nsel/cores Gt (32)', nodes: nodes.length });
    expect(a?.confirmed).toBe(true);
  });
  it('prints nodeSelector and every term, fields included', () => {
    expect(placementText(spec('by-name-or-cores'))).toBe(
      'metadata.name In (kx-nsel-missing) or kx-nsel/cores Lt (17) and kx-nsel/cores Exists',
    );
    expect(placementText({ nodeSelector: { disktype: 'ssd' }, ...spec('gen-lt-5') })).toBe('disktype=ssd, kx-nsel/gen Lt (5)');
  });
});
