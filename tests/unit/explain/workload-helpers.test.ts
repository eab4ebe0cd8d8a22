// Pure helpers of the workload explainers: "did you mean" names, quantities, label selector queries,
// Secret summaries (values dropped on arrival), taint matching.
import { describe, expect, it } from 'vitest';
import { closeNames } from '../../../src/text/close-names.js';
import { formatQuantity, parseQuantity, percent } from '../../../src/explain/quantity.js';
import { summarizeSecret } from '../../../src/cluster/secret-summary.js';
import { selectorQuery } from '../../../src/explain/workload-parts.js';
import { tolerates } from '../../../src/explain/taints.js';
import { rawSecret } from './workload-fixtures.js';

describe('closeNames', () => {
  const pods = ['web-6bcdb5f4f9-9bwvq', 'web-6bcdb5f4f9-b8qrd', 'api-79cd48b5d9-dr6s9', 'db-0', 'db-1', 'worker-oom'];
  it('a prefix finds generated names', () => expect(closeNames('web', pods)).toEqual(['web-6bcdb5f4f9-9bwvq', 'web-6bcdb5f4f9-b8qrd']));
  it('a typo finds the stem or the name', () => {
    expect(closeNames('wokrer-oom', pods)).toEqual(['worker-oom']);
    expect(closeNames('apj', pods)).toEqual(['api-79cd48b5d9-dr6s9']);
    expect(closeNames('wbe', ['web', 'steady'])).toEqual(['web']);
  });
  it('an unrelated name finds nothing; the name itself is not suggested', () => {
    expect(closeNames('absent', pods)).toEqual([]);
    expect(closeNames('db-0', pods)).toEqual(['db-1']);
    // Two edits are most of a short name: web is not a typo of db (trace's own copy said it was).
    expect(closeNames('web', ['db', 'api'])).toEqual([]);
    expect(closeNames('shopfrnt', ['shopfront', 'shopfront-np', 'slow'])).toEqual(['shopfront']);
  });
});

describe('quantities', () => {
  it('parses and formats the forms the API serves', () => {
    expect(parseQuantity('100m')).toBeCloseTo(0.1);
    expect(parseQuantity('1k')).toBe(1000);
    expect(parseQuantity('64Mi')).toBe(64 * 2 ** 20);
    expect(parseQuantity('1Ti')).toBe(2 ** 40);
    expect(parseQuantity('1.5Gi')).toBe(1.5 * 2 ** 30);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('bogus')).toBeUndefined();
    expect(formatQuantity('cpu', 0.25)).toBe('250m');
    expect(formatQuantity('requests.memory', 96 * 2 ** 20)).toBe('96Mi');
    expect(percent('9', '10')).toBe(90);
    expect(percent('650m', '2')).toBe(33);
  });
});

describe('selectorQuery', () => {
  it('matchLabels and every matchExpressions operator', () => {
    expect(
      selectorQuery({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'x', operator: 'Exists' },
          { key: 'y', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web,tier in (a,b),env notin (dev),x,!y');
  });
});

describe('summarizeSecret', () => {
  it('keeps key sizes, drops data and the last-applied annotation', () => {
    const s = summarizeSecret(rawSecret());
    expect(s.keySizes).toEqual({ password: 18, username: 3 });
    expect(JSON.stringify(s)).not.toContain('KX-SENTINEL');
    expect(s).not.toHaveProperty('data');
    expect(s.metadata?.annotations).toEqual({});
  });
  it('is idempotent: a summary summarized again (check scans, then each plan reads the scan) keeps its keys', () => {
    expect(summarizeSecret(summarizeSecret(rawSecret())).keySizes).toEqual({ password: 18, username: 3 });
  });
});

describe('tolerates', () => {
  it('matches like the scheduler: key/value/effect, Exists, empty key with Exists', () => {
    const taint = { key: 'dedicated', value: 'db', effect: 'NoSchedule' };
    expect(tolerates([{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }], taint)).toBe(true);
    expect(tolerates([{ key: 'dedicated', operator: 'Exists' }], taint)).toBe(true);
    expect(tolerates([{ operator: 'Exists' }], taint)).toBe(true);
    expect(tolerates([{ key: 'dedicated', value: 'web' }], taint)).toBe(false);
    expect(tolerates([{ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }], taint)).toBe(false);
  });
});
