// The one label-selector module: metav1.LabelSelector semantics per operator, the set-based string
// form, and that string parsed back as the API server reads it.
import { describe, expect, it } from 'vitest';
import { parseSelector, requirementsMatch, selectorAllows, selectorMatches, selectorString } from '../../../src/model/labels.js';

const web = { app: 'web', tier: 'fe' };

describe('selectorAllows / selectorMatches', () => {
  it('In: the key is there with one of the values', () => {
    const sel = { matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe', 'be'] }] };
    expect(selectorAllows(sel, web)).toBe(true);
    expect(selectorAllows(sel, { tier: 'db' })).toBe(false);
    expect(selectorAllows(sel, {})).toBe(false);
  });
  it('NotIn: matches objects without the key too', () => {
    const sel = { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['fe'] }] };
    expect(selectorAllows(sel, web)).toBe(false);
    expect(selectorAllows(sel, { tier: 'be' })).toBe(true);
    expect(selectorAllows(sel, { app: 'web' })).toBe(true);
  });
  it('Exists and DoesNotExist look at the key only', () => {
    expect(selectorAllows({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, { app: '' })).toBe(true);
    expect(selectorAllows({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, {})).toBe(false);
    expect(selectorAllows({ matchExpressions: [{ key: 'canary', operator: 'DoesNotExist' }] }, web)).toBe(true);
    expect(selectorAllows({ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, web)).toBe(false);
  });
  it('matchLabels and matchExpressions are ANDed; empty selects all, none selects all, invalid selects nothing', () => {
    const sel = { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['be'] }] };
    expect(selectorMatches(sel, web)).toBe(false);
    expect(selectorMatches({}, web)).toBe(true);
    expect(selectorMatches(undefined, web)).toBe(true);
    expect(selectorAllows({ matchExpressions: [{ key: 'app', operator: 'Gt', values: ['1'] }] }, web)).toBeNull();
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'Gt', values: ['1'] }] }, web)).toBe(false);
  });
});

describe('the set-based string form', () => {
  const sel = {
    matchLabels: { app: 'web' },
    matchExpressions: [
      { key: 'tier', operator: 'In', values: ['fe', 'be'] },
      { key: 'env', operator: 'NotIn', values: ['dev'] },
      { key: 'track', operator: 'Exists' },
      { key: 'canary', operator: 'DoesNotExist' },
    ],
  };
  it('prints as kubectl and the API server write it', () => {
    expect(selectorString(sel)).toBe('app=web,tier in (fe,be),env notin (dev),track,!canary');
    expect(selectorString(undefined)).toBe('');
  });
  it('parses back into requirements that agree with the selector on every label set', () => {
    const reqs = parseSelector(selectorString(sel))!;
    expect(reqs.map((r) => r.op)).toEqual(['=', 'in', 'notin', 'exists', '!exists']);
    const sets: Record<string, string>[] = [
      { app: 'web', tier: 'fe', track: 'a' },
      { app: 'web', tier: 'be', env: 'dev', track: 'a' },
      { app: 'web', tier: 'fe', track: 'a', canary: 'y' },
      { app: 'api', tier: 'fe', track: 'a' },
      { app: 'web', tier: 'fe' },
    ];
    for (const labels of sets) expect(requirementsMatch(reqs, labels), JSON.stringify(labels)).toBe(selectorMatches(sel, labels));
  });
  it('reads != and == and refuses what is not a selector', () => {
    expect(requirementsMatch(parseSelector('app==web,tier!=db')!, web)).toBe(true);
    expect(requirementsMatch(parseSelector('tier!=fe')!, web)).toBe(false);
    expect(parseSelector('app in fe')).toBeUndefined();
  });
});
