// Which finding a check problem cites: the one the verdict names. A Service whose selector matches no
// Pod has two broken hops (the empty EndpointSlice, then the selector); its verdict names the selector,
// so the problem's code and handbook section are the selector's, not "no ready endpoints".
import { describe, expect, it } from 'vitest';
import { explainFixture } from '../support/fixture-reader.js';
import { causeFinding } from '../../src/check/group.js';

describe('causeFinding', () => {
  it('a Service selector typo: the selector hop the verdict quotes, not the empty EndpointSlice before it (en, ja)', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { e } = await explainFixture('routing', 'Service', 'typo', 'routing-fx', lang);
      expect(e.findings.find((f) => f.severity === 'error')!.concept).toBe('service.no-endpoints');
      expect(causeFinding(e)!.concept).toBe('service.selector-mismatch');
    }
  });
});
