import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeLine } from '../../src/text/sanitize.js';

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
    ['word joiner U+2060 and invisible operators', 'ad\u2060min\u2062', 'admin'],
    ['soft hyphen U+00AD', 'pay\u00adments', 'payments'],
    ['line and paragraph separators become newlines', 'ok\u2028error: fake\u2029x', 'ok\nerror: fake\nx'],
    ['zero-width space, ZWNJ, BOM, LRM, Arabic letter mark', 'a\u200bb\u200cc\ufeffd\u200ee\u061cf', 'abcdef'],
    ['tag characters outside a flag', 'a\u{E0041}\u{E007F}b', 'ab'],
    ['interlinear annotation', 'x\ufff9y\ufffbz', 'xyz'],
    ['ZWJ between letters', 'a\u200db', 'ab'],
    ['ZWJ emoji sequence kept', '\u{1F469}\u200d\u{1F4BB} dev', '\u{1F469}\u200d\u{1F4BB} dev'],
    ['ZWJ with skin tone and variation selector kept', '\u{1F44B}\u{1F3FD}\u200d\u2640\ufe0f', '\u{1F44B}\u{1F3FD}\u200d\u2640\ufe0f'],
    [
      'subdivision flag tags kept',
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
    ],
    ['kanji variation selector kept', '\u845b\u{E0100}城', '\u845b\u{E0100}城'],
    ['halfwidth kana and dakuten untouched', 'ｶﾞｲﾄﾞ が', 'ｶﾞｲﾄﾞ が'],
    ['printable ASCII, tabs and newlines untouched', 'web-1\tRunning\n~ok', 'web-1\tRunning\n~ok'],
  ])('%s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('sanitizeLine folds newlines so a value cannot fake extra output lines', () => {
    expect(sanitizeLine('ok\nerror: fake\r\n')).toBe('ok error: fake ');
    expect(sanitizeLine('ok\u2028error: fake')).toBe('ok error: fake');
  });
});
