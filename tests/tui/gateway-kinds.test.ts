// The Gateway API kinds in the TUI's picker: listed with the routing kinds, reachable through `:`.
import { describe, expect, it } from 'vitest';
import { kindByAlias, kindGroup, TUI_KINDS } from '../../src/render/tui/kinds.js';

describe('Gateway API kinds in the TUI', () => {
  it('sit in the network group, after the core routing kinds, and `:` finds them by kubectl names', () => {
    for (const k of ['GatewayClass', 'Gateway', 'HTTPRoute', 'GRPCRoute', 'ReferenceGrant']) expect(kindGroup(k)).toBe('network');
    expect(TUI_KINDS.indexOf('Gateway')).toBeGreaterThan(TUI_KINDS.indexOf('NetworkPolicy'));
    expect(TUI_KINDS.indexOf('Gateway')).toBeLessThan(TUI_KINDS.indexOf('ConfigMap'));
    expect(kindByAlias('gtw')).toBe('Gateway');
    expect(kindByAlias('httproutes')).toBe('HTTPRoute');
    expect(kindByAlias('refgrant')).toBe('ReferenceGrant');
  });
});
