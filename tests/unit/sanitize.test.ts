import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeLine } from '../../src/render/sanitize.js';

describe('sanitize', () => {
  it.each([
    ['CSI colour', 'web\u001b[31m-1\u001b[0m', 'web-1'],
    ['cursor movement and clear screen', 'a\u001b[2J\u001b[Hb', 'ab'],
    ['OSC window title, BEL-terminated', '\u001b]0;owned\u0007pod', 'pod'],
    ['OSC 8 hyperlink, ST-terminated', '\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['DCS', '\u001bPq#0\u001b\\x', 'x'],
    ['8-bit CSI', 'a\u009b31mb', 'a31mb'],
    ['C0 controls but not tab/newline', 'a\u0000b\u0007c\td\ne', 'abc\td\ne'],
    ['bidi override (Trojan Source)', 'admin\u202e\u2066 ', 'admin '],
    ['Japanese text untouched', 'Podとは　5.6.2', 'Podとは　5.6.2'],
  ])('%s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('sanitizeLine folds newlines so a value cannot fake extra output lines', () => {
    expect(sanitizeLine('ok\nerror: fake\r\n')).toBe('ok error: fake ');
  });
});
